"""Browse facets: each a row of `FACET_TABLE` (label, the terms a case has, their order).

Every term of a facet (a province, a sector, an award level, a year) gets its own page;
`index.Index` computes the terms once per build with `terms()`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from casebook.records import CaseStudy
from casebook.text import fold, slugify
from casebook.vocabulary import AWARD_LEVELS, provinces

UNKNOWN = ("khong-ro", "Không rõ")
NO_AWARD = ("khong-co", "Chưa ghi nhận khen thưởng")


@dataclass(frozen=True)
class Term:
    """One value of a facet (a province, a sector, …) and the cases that have it."""

    facet: str
    slug: str
    label: str
    cases: tuple[CaseStudy, ...]
    note: str | None = None
    """For provinces: the present-day province (after the 1 July 2025 merger)."""


_Values = Callable[[CaseStudy, Mapping[str, str]], list[tuple[str, str]]]


def _no_rank(slug: str, sectors: Mapping[str, str]) -> int:
    return 0


def _no_note(label: str) -> str | None:
    return None


@dataclass(frozen=True)
class Facet:
    """A browse facet: its label, the terms a case has, and how terms are ordered."""

    label: str
    values: _Values
    """(slug, label) of every term of a case; the sector vocabulary is passed in."""
    rank: Callable[[str, Mapping[str, str]], int] = _no_rank
    """Order of a known term after "known first" and before its folded label."""
    note: Callable[[str], str | None] = _no_note
    """A note shown with a term (for provinces: the present-day province)."""


def province_slug(case: CaseStudy) -> str:
    """The province's term: its browse page and the first part of a lesson's anchor."""
    return slugify(case.province) if case.province else UNKNOWN[0]


def _province_values(case: CaseStudy, sectors: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(province_slug(case), case.province)] if case.province else [UNKNOWN]


def _sector_values(case: CaseStudy, sectors: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(case.sector, sectors.get(case.sector, case.sector))]


def _award_values(case: CaseStudy, sectors: Mapping[str, str]) -> list[tuple[str, str]]:
    levels = [a.level for a in case.awards]
    if not levels:
        return [NO_AWARD]
    return [(lv, AWARD_LEVELS[lv]) if lv else ("khong-ro-cap", "Không rõ cấp") for lv in levels]


def _year_values(case: CaseStudy, sectors: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(str(case.year), str(case.year))] if case.year else [UNKNOWN]


def _in_order(table: Mapping[str, str], slug: str) -> int:
    return list(table).index(slug) if slug in table else 99


def _present_day(label: str) -> str | None:
    return None if label == UNKNOWN[1] else provinces()["present_day"].get(label)


FACET_TABLE: Mapping[str, Facet] = {
    "province": Facet("Tỉnh, thành phố", _province_values, note=_present_day),
    "sector": Facet("Lĩnh vực", _sector_values, rank=lambda slug, known: _in_order(known, slug)),
    "award": Facet("Cấp khen thưởng", _award_values,
                   rank=lambda slug, _: _in_order(AWARD_LEVELS, slug)),
    "year": Facet("Năm", _year_values, rank=lambda slug, _: -int(slug) if slug.isdigit() else 0),
}  # fmt: skip
"""Browse facets: name → `Facet`. Each term of a facet gets its own page."""

FACETS: Mapping[str, str] = {name: facet.label for name, facet in FACET_TABLE.items()}
"""Browse facets: name → Vietnamese label."""


def terms(name: str, cases: Iterable[CaseStudy], sectors: Mapping[str, str]) -> list[Term]:
    """The terms of facet `name` over `cases`, in reading order (unknown last)."""
    facet = FACET_TABLE[name]
    members: dict[tuple[str, str], list[CaseStudy]] = defaultdict(list)
    for case in cases:
        for value in dict.fromkeys(facet.values(case, sectors)):
            members[value].append(case)
    terms = [
        Term(name, slug, label, tuple(found), facet.note(label))
        for (slug, label), found in members.items()
    ]
    return sorted(terms, key=lambda t: (t.slug in _LAST, facet.rank(t.slug, sectors),
                                        fold(t.label).lower()))  # fmt: skip


_LAST = {UNKNOWN[0], NO_AWARD[0], "khong-ro-cap"}
