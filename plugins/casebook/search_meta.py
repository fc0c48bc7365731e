"""What the search indexes get for a page: Pagefind metadata and filters, and the entries
of the small first index (`first_index`)."""

from __future__ import annotations

from casebook import first_index
from casebook.index import Index
from casebook.loader import CaseStudy, Practice, Regulation
from casebook.routes import case_uri, practice_uri, regulation_uri, url_path
from casebook.templating import regulation_code, regulation_label
from casebook.vocabulary import AWARD_LEVELS, REGULATION_STATUSES, UNIT_LEVELS

SearchData = dict[str, list[tuple[str, str]]]
"""What the search index gets for a page: `meta` (shown on result cards), `filters`
(facets), `weighted` (extra words that rank the page high) and `first`: the few fields the
small first index holds, as (kind, text) blocks; kind "text" is body text an excerpt may
quote, any other kind is a field the result card already shows."""


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
        "first": [("text", reg.title), ("issuer", reg.issuer or "")],
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
