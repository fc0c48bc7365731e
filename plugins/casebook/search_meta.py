"""What the search indexes get for a page: Pagefind metadata and filters, and the entries
of the small first index (`first_index`)."""

from __future__ import annotations

import html
import re

from casebook import first_index
from casebook.index import Index
from casebook.loader import CaseStudy, Practice, Regulation
from casebook.routes import case_uri, practice_uri, regulation_uri, url_path
from casebook.templating import regulation_code, regulation_label
from casebook.vocabulary import AWARD_LEVELS, REGULATION_STATUSES, UNIT_LEVELS
from casebook.xref import paragraphs

SearchData = dict[str, list[tuple[str, str]]]
"""What the search index gets for a page: `meta` (shown on result cards), `filters`
(facets), `weighted` (extra words that rank the page high) and `first`: the few fields the
small first index holds, as (kind, text) blocks; kind "text" is body text an excerpt may
quote, "quote" is body text an excerpt may quote that the first index does not hold, any
other kind is a field the result card already shows."""

QUOTE_CHARS = 1200
"""At most this much of a page's Markdown body goes into the first index as "quote" text:
a document's note (its own number, its relations), the lead of a case without lessons."""

# Lines of a Markdown body that are not prose: table rows and rules, HTML and comments
# (our listing markers), admonition heads, attribute lists, link definitions.
_CHROME = re.compile(r"^\s*(\||:?-{3,}|<|!!!|\?\?\?|\{:|\[[^\]]+\]:)")
_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[\^[^\]]*\]"), ""),  # footnote references
    (re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]"), r"\1\2"),  # links
    (re.compile(r"<[^>\n]+>|\{:[^}\n]*\}"), ""),  # inline HTML, attribute lists
    (re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s+", re.M), ""),  # quote and list marks
    (re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`"), ""),  # emphasis, code
]


def prose(markdown: str, limit: int = QUOTE_CHARS) -> list[str]:
    """The body's prose paragraphs as plain text, in order, up to about `limit` characters:
    no headings, code, tables, HTML or Markdown marks (what an excerpt may quote)."""
    out: list[str] = []
    for _, block in paragraphs(markdown):
        text = "\n".join(line for line in block.split("\n") if not _CHROME.match(line))
        for pattern, repl in _INLINE:
            text = pattern.sub(repl, text)
        text = " ".join(html.unescape(text).split())
        if text and limit > 0:
            out.append(text)
            limit -= len(text)
    return out


def case_search(case: CaseStudy, index: Index) -> SearchData:
    """Pagefind metadata and filters of a case page (rendered by the theme override)."""
    practices = [index.practices[k].name if k in index.practices else k for k in case.practices]
    levels = dict.fromkeys(AWARD_LEVELS.get(a.level or "", "Không rõ cấp") for a in case.awards)
    cited = index.cited_by_case(case)
    sector = index.sectors.get(case.sector, case.sector)
    place = [case.unit, case.parent, case.district, case.province, sector]
    return {
        "meta": [("kind", "mo-hinh"), ("unit", case.unit),
                 ("province", case.province or "Không rõ"), ("year", str(case.year or "")),
                 ("practices", "; ".join(practices))],
        "filters": [("loai", "Mô hình"), *[("practice", p) for p in practices],
                    ("province", case.province or "Không rõ"),
                    ("province_today", case.province_today or "Không rõ"),
                    ("sector", index.sectors.get(case.sector, case.sector)),
                    ("unit_level", UNIT_LEVELS.get(case.unit_level or "", "Không rõ")),
                    *[("award", lv) for lv in levels or ["Chưa ghi nhận khen thưởng"]],
                    ("year", str(case.year or "Không rõ")),
                    *[("regulation", regulation_label(r)) for r in cited]],
        "first": [*[("text", lesson.text) for lesson in case.lessons],
                  *[("quote", text) for text in ([] if case.lessons else prose(case.body)[:1])],
                  ("place", " · ".join(x for x in place if x)),
                  ("practices", " · ".join(practices)),
                  *[("document", f"{regulation_label(r)}: {r.title}") for r in cited]],
    }  # fmt: skip


def practice_search(practice: Practice) -> SearchData:
    return {"meta": [("kind", "cach-lam")], "filters": [("loai", "Cách làm")],
            "first": [("text", practice.definition)]}  # fmt: skip


def regulation_search(reg: Regulation) -> SearchData:
    """Metadata, filter and weighted aliases (so "quy dinh 22" finds the page first)."""
    return {
        "meta": [("kind", "van-ban"), ("symbol", regulation_code(reg) or regulation_label(reg)),
                 ("summary", reg.title), ("status", REGULATION_STATUSES[reg.status])],
        "filters": [("loai", "Văn bản")],
        "weighted": [("aliases", "; ".join([regulation_label(reg), *reg.aliases]))],
        # The note first: it names the document by its number ("Quy định số 22-QĐ/TW
        # ngày …"), so a search for the number quotes it; the title the card shows, last.
        "first": [*[("quote", text) for text in prose(reg.body)], ("text", reg.title),
                  ("issuer", reg.issuer or "")],
    }  # fmt: skip


def first_index_entries(index: Index) -> list[first_index.Entry]:
    """Every case, practice and document as the first search index sees it: cases first
    (browsing by filters lists them first), then practices, then documents."""
    entries = []
    for case in index.cases:
        entries.append(_entry(case_uri(case), case.title, case_search(case, index)))
    for practice in index.practices.values():
        entries.append(_entry(practice_uri(practice), practice.name, practice_search(practice)))
    for reg in index.regulations.values():
        data = regulation_search(reg)
        entries.append(_entry(regulation_uri(reg), regulation_label(reg), data,
                              regulation_code(reg)))  # fmt: skip
    return entries


def _entry(uri: str, title: str, data: SearchData, symbol: str | None = None) -> first_index.Entry:
    blocks = [*data.get("first", []), *data.get("weighted", [])]
    return first_index.Entry(url_path(uri), title, data["meta"], data["filters"], blocks, symbol)
