"""Conservation: no case silently vanishes from a place readers or machines look for it.

After the build, every loaded case must be linked from the listing pages of each of its
practices and cited documents, from a browse page of each facet (province, sector, award
level, year) and from the list of all cases; it must be in the search index and in the
open-data export. The ledger is filled from what was actually rendered, indexed and
exported, not from the index that produced them, so a template or pagination bug shows.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from casebook.facets import FACETS
from casebook.index import Index
from casebook.loader import CaseStudy
from casebook.routes import (
    CASES,
    FACET_DIRS,
    FIRST_INDEX,
    PRACTICES,
    REGULATIONS,
    case_file,
    case_url,
    facet_uri,
    folder_index,
    page_uri,
    practice_uri,
    regulation_uri,
    url_path,
)

_HREF = re.compile(r'href="([^"#?]+)')  # raw HTML: relative to the page's URL
_MD_LINK = re.compile(r"\]\(([^)#\s]+\.md)")  # Markdown: relative to the page's file
_SLUG = "([a-z0-9][a-z0-9-]*)"
_CASE_URL = re.compile(re.escape(case_url("@")).replace("@", _SLUG))
_CASE_FILE = re.compile(re.escape(case_file("@")).replace("@", _SLUG))


def linked_cases(uri: str, text: str) -> set[str]:
    """Slugs of the case pages that the page at `uri` links to."""
    found: set[str] = set()
    base = url_path(uri)
    for target in _HREF.findall(text):
        path = posixpath.normpath(posixpath.join(base, target)) + "/"
        if match := _CASE_URL.fullmatch(path):
            found.add(match[1])
    folder = posixpath.dirname(uri)
    for target in _MD_LINK.findall(text):
        if match := _CASE_FILE.fullmatch(posixpath.normpath(posixpath.join(folder, target))):
            found.add(match[1])
    return found


_LISTINGS = tuple(f"{d}/" for d in (PRACTICES, REGULATIONS, *FACET_DIRS.values()))
_ALL_CASES = (folder_index(CASES), page_uri(folder_index(CASES), 2).removesuffix("2.md"))
"""The list of every case: its first page and the prefix of the others (`…/trang-N.md`)."""


def _own_pages(first: str) -> tuple[str, str]:
    """Prefixes of a listing that starts at `first`: itself, and its further pages."""
    return first, first.removesuffix(".md") + "/"


def is_listing(uri: str) -> bool:
    """Pages whose case links the ledger records: everything that lists cases."""
    return uri.startswith(_LISTINGS) or uri == _ALL_CASES[0] or uri.startswith(_ALL_CASES[1])


@dataclass
class Ledger:
    """What the build produced: which cases each listing page links, which pages the
    search index holds, which cases the export holds."""

    links: dict[str, set[str]] = field(default_factory=dict)
    searchable: set[str] | None = None  # page URLs (None: search is off)
    exported: set[str] | None = None  # case slugs (None: no export in this build)
    first_index: set[str] | None = None  # page URLs in the first search index (None: off)

    def page(self, uri: str, text: str) -> None:
        if is_listing(uri):
            self.links[uri] = linked_cases(uri, text)

    def export(self, cases_json: str | bytes) -> None:
        self.exported = {row["slug"] for row in json.loads(cases_json)}

    def first(self, files: dict[str, str]) -> None:
        """The pages of the first search index, read from its record files as written."""
        records = (json.loads(text) for path, text in files.items()
                   if path.rsplit("/", 1)[-1].startswith("r"))  # fmt: skip
        self.first_index = {"/" + r["u"] for chunk in records for r in chunk}


def _places(
    case: CaseStudy, index: Index, terms: dict[str, dict[str, list[str]]]
) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(where, page-uri prefixes) of every listing that must link the case."""
    yield "danh sách mọi mô hình", _ALL_CASES
    for key in case.practices:
        if key in index.practices:
            yield f"trang cách làm «{key}»", _own_pages(practice_uri(index.practices[key]))
    for reg in index.cited_by_case(case):
        yield f"trang văn bản «{reg.id}»", _own_pages(regulation_uri(reg))
    for facet in FACET_DIRS:
        slugs = terms[facet].get(case.slug, [])
        if not slugs:
            yield f"trang duyệt theo «{FACETS[facet]}»", ()
        for slug in slugs:
            yield f"trang «{FACETS[facet]}: {slug}»", _own_pages(facet_uri(facet, slug))


def missing(index: Index, ledger: Ledger) -> list[str]:
    """Every place a case should be and is not, in Vietnamese ('' list: all conserved)."""
    by_slug: dict[str, set[str]] = {}
    for uri, slugs in ledger.links.items():
        for slug in slugs:
            by_slug.setdefault(slug, set()).add(uri)
    terms: dict[str, dict[str, list[str]]] = {facet: {} for facet in FACET_DIRS}
    for facet in FACET_DIRS:
        for term in index.terms(facet):
            for member in term.cases:
                terms[facet].setdefault(member.slug, []).append(term.slug)
    gaps: list[str] = []
    for case in index.cases:
        pages = by_slug.get(case.slug, set())
        for where, prefixes in _places(case, index, terms):
            if not prefixes or not any(p.startswith(prefixes) for p in pages):
                gaps.append(f"{case.slug}: thiếu trên {where}")
        url = "/" + case_url(case.slug)
        if ledger.searchable is not None and url not in ledger.searchable:
            gaps.append(f"{case.slug}: thiếu trong chỉ mục tìm kiếm")
        if ledger.first_index is not None and url not in ledger.first_index:
            gaps.append(f"{case.slug}: thiếu trong chỉ mục tìm kiếm đầu ({FIRST_INDEX})")
        if ledger.exported is not None and case.slug not in ledger.exported:
            gaps.append(f"{case.slug}: thiếu trong dữ liệu mở (cases.json)")
    return gaps
