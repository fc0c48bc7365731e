"""Every URL and source path of the site, in one place.

Content files live in `docs/<folder>/<name>.md` and are served at `<folder>/<name>/`
(directory URLs); generated pages, PDF handouts, open-data files, JSON Schemas and the
first search index get their paths here too. Other modules ask this one instead of
spelling a folder (`tests/test_architecture.py` fails when one does), so renaming a
folder, or adding a page type, starts and mostly ends in this file.

Plain functions on names; no I/O, no imports of other casebook modules at run time (the
loader and the vocabulary use it, so it sits below them).
"""

from __future__ import annotations

import posixpath
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebook.records import CaseStudy, Course, Practice, Regulation

# --- Folders ------------------------------------------------------------------------------

CASES = "models"
REGULATIONS = "regulations"
PRACTICES = "practices"
COURSES = "courses"

RECORD_FOLDERS: dict[str, str] = {CASES: "case", REGULATIONS: "regulation", PRACTICES: "practice"}
"""docs/ sub-folder → record kind of its Markdown files (`index.md` is reserved for the
generated listing of the folder)."""

COURSE_SUFFIX = ".yml"
"""Course packs are `docs/courses/<name>.yml`."""

FACET_DIRS = {"province": "provinces", "sector": "sectors", "award": "awards", "year": "years"}
"""Browse facet → the folder of its pages (`<folder>/index.md`, `<folder>/<term>.md`)."""

SEARCH_PAGE = "search.md"
"""The authored search page, where a query in the address (`?q=`) is run."""

FIRST_INDEX = "search/first"
"""The folder of the small first search index."""

FULL_TEXT = "pagefind"
"""Pagefind's full text: the first bundle; the next ones are `pagefind-2`, `pagefind-3` …
(see `full_text_bundle`), all listed in FULL_TEXT_LIST for search.js."""

FULL_TEXT_LIST = f"{FULL_TEXT}/bundles.json"
"""`{"bundles": ["pagefind/", "pagefind-2/", …]}`, written after the last bundle."""

STATISTICS = "statistics.md"
CODEBOOK = "data/index.md"
CASES_JSON = "data/cases.json"
OPEN_DATA = (CASES_JSON, "data/cases.csv", "data/regulations.json", "feed.xml")
"""The open-data files' paths in the site, in the order `export.files` makes them."""

PACKAGE_DATA = "data"
"""The package folder of the closed vocabularies (`data/*.yml`)."""


def full_text_bundle(number: int) -> str:
    """The folder of full-text bundle `number` (0, 1, …) in the site."""
    return FULL_TEXT if number == 0 else f"{FULL_TEXT}-{number + 1}"


def schema_path(kind: str) -> str:
    """The JSON Schema of a record kind, in the package and in the site."""
    return f"schemas/{kind}.schema.json"


# --- Source paths of records and pages ----------------------------------------------------


def folder_index(folder: str) -> str:
    """The generated listing page of a folder: `models` → `models/index.md`."""
    return f"{folder}/index.md"


def record_file(folder: str, name: str) -> str:
    """The source path of a record's page: ("models", "x") → `models/x.md`."""
    return f"{folder}/{name}.md"


def case_file(slug: str) -> str:
    return record_file(CASES, slug)


def case_uri(case: CaseStudy) -> str:
    return case_file(case.slug)


def regulation_uri(reg: Regulation) -> str:
    return record_file(REGULATIONS, reg.id)


def practice_uri(practice: Practice) -> str:
    return record_file(PRACTICES, practice.key)


def practice_listing_uri(practice: Practice) -> str:
    """The paginated table of the cases applying a practice (when it has many)."""
    return f"{PRACTICES}/{practice.key}/mo-hinh.md"


def practice_province_uri(practice: Practice, province_slug: str) -> str:
    """The lessons of a practice from one province (when it has many lessons)."""
    return f"{PRACTICES}/{practice.key}/{province_slug}.md"


def handout_uri(practice: Practice) -> str:
    """The printable PDF of a practice's lessons."""
    return f"{PRACTICES}/{practice.key}/bai-hoc.pdf"


def course_file(file_name: str) -> str:
    """The source path of a course pack file: `x.yml` → `courses/x.yml`."""
    return f"{COURSES}/{file_name}"


def course_uri(course: Course) -> str:
    return record_file(COURSES, course.name)


def course_pdf_uri(course: Course) -> str:
    return f"{COURSES}/{course.name}.pdf"


def facet_uri(facet: str, term_slug: str) -> str:
    """The listing of one facet term: ("sector", "cong-an") → `sectors/cong-an.md`."""
    return record_file(FACET_DIRS[facet], term_slug)


def page_uri(first: str, number: int) -> str:
    """models/index.md → models/trang-2.md; sectors/cong-an.md → sectors/cong-an/trang-2.md"""
    if number == 1:
        return first
    stem = first.removesuffix(".md")
    return f"{stem.removesuffix('/index')}/trang-{number}.md"


def record_of(src_uri: str) -> tuple[str, str] | None:
    """(record kind, name) of a content file's path, None for any other page:
    `models/x.md` → ("case", "x")."""
    folder, _, name = src_uri.partition("/")
    kind = RECORD_FOLDERS.get(folder)
    return None if kind is None else (kind, name.removesuffix(".md"))


# --- URLs ---------------------------------------------------------------------------------


def url_path(uri: str) -> str:
    """Site path of a docs file with directory URLs: models/x.md → models/x/,
    provinces/index.md → provinces/, index.md → '' (other files keep their name)."""
    if not uri.endswith(".md"):
        return uri
    stem = uri[:-3]
    if stem == "index":
        return ""
    return f"{stem.removesuffix('/index')}/"


def case_url(slug: str) -> str:
    """A case page's directory URL relative to the site root: `models/<slug>/`."""
    return url_path(case_file(slug))


def record_url(folder: str, name: str) -> str:
    """The directory URL of a record's page: ("models", "x") → `models/x/`."""
    return f"{folder}/{name}/"


def file_url(path: str) -> str:
    """`models/x.md` → `models/x/` (the URL a content file had, index pages included)."""
    return path.removesuffix(".md") + "/"


@cache
def link(from_uri: str, to_uri: str) -> str:
    """Relative Markdown link target from one docs page to another."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


@cache
def href(from_uri: str, to_uri: str) -> str:
    """Relative URL from one page to another, for links written as raw HTML (which the
    engine does not rewrite): the hot listings are HTML because Python-Markdown's inline
    pass over them costs more than the rest of the page."""
    target, base = url_path(to_uri), url_path(from_uri)
    rel = posixpath.relpath(target or ".", base or ".")
    if target.endswith("/") or not target:
        rel = "./" if rel == "." else f"{rel}/"
    return rel
