"""Index: queries over a corpus, deterministic order."""

from __future__ import annotations

import datetime as dt

import pytest

from casebook.index import CaseFilter, Index
from casebook.loader import Corpus, load_files
from tests.conftest import CASE, PRACTICE, REGULATION


def corpus(*cases: tuple[str, str]) -> Corpus:
    files = [
        ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
        ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
    ]
    files += [("case", f"models/{slug}.md", text.encode()) for slug, text in cases]
    result = load_files(files)
    assert result.problems == ()
    return result


def test_lookups_by_practice_regulation_and_filters() -> None:
    other = CASE.replace("province: Lai Châu", "province: Hà Giang").replace(
        "regulations: [22-qd-tw-2021]", "regulations: []"
    )
    other = other.replace("Quy định số 22-QĐ/TW", "quy định")
    index = Index.build(corpus(("b-case", CASE), ("a-case", other)))
    assert [c.slug for c in index.cases] == ["a-case", "b-case"]
    assert [c.slug for c in index.cases_for_practice("kiem-tra")] == ["a-case", "b-case"]
    assert [c.slug for c in index.cases_citing("22-qd-tw-2021")] == ["b-case"]
    assert index.cases_citing("unknown") == ()
    assert [c.slug for c in index.select(CaseFilter(province="Hà Giang"))] == ["a-case"]
    assert [c.slug for c in index.select(CaseFilter(year=2022, practice="kiem-tra"))] == [
        "a-case",
        "b-case",
    ]
    case = index.case("a-case")
    assert case is not None and case.province == "Hà Giang"
    assert index.select(CaseFilter(province="Lai Châu", regulation="22-qd-tw-2021")) == (
        index.case("b-case"),
    )


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, CaseFilter()),
        (
            {"province": "Huế", "practice": "kiem-tra"},
            CaseFilter(province="Huế", practice="kiem-tra"),
        ),
        ({"year": "2022"}, CaseFilter(year=2022)),
        ({"year": "gần đây"}, None),  # not a year: the listing is empty, reported by render
        ({"colour": "đỏ"}, None),  # not a field a listing can filter on
    ],
)
def test_case_filter_from_marker_arguments(
    criteria: dict[str, str], expected: CaseFilter | None
) -> None:
    assert CaseFilter.parse(criteria) == expected


def test_unknown_filter_key_matches_no_case() -> None:
    index = Index.build(corpus(("a-case", CASE)))
    assert index.select(CaseFilter.parse({"colour": "đỏ"})) == ()
    assert len(index.select(CaseFilter.parse({}))) == 1


def test_newest_orders_by_published_date_then_slug() -> None:
    older = CASE.replace("published: 2026-11-23", "published: 2026-01-01")
    index = Index.build(corpus(("old", older), ("new-b", CASE), ("new-a", CASE)))
    assert [c.slug for c in index.newest(2)] == ["new-a", "new-b"]
    assert index.newest(5)[-1].published == dt.date(2026, 1, 1)


def test_replacement_chain_follows_successors_and_stops_on_cycles() -> None:
    def reg(ident: str, number: str, year: int, replaced_by: str | None) -> tuple[str, str, bytes]:
        text = REGULATION.replace("22-qd-tw-2021", ident).replace('"22"', f'"{number}"')
        text = text.replace("2021-07-28", f"{year}-01-01")
        text = text.replace("replaced_by: null", f"replaced_by: {replaced_by or 'null'}")
        return ("regulation", f"regulations/{ident}.md", text.encode())

    files = [
        reg("30-qd-tw-2016", "30", 2016, "22-qd-tw-2021"),
        reg("22-qd-tw-2021", "22", 2021, "296-qd-tw-2025"),
        reg("296-qd-tw-2025", "296", 2025, "30-qd-tw-2016"),  # a (wrong) cycle
    ]
    index = Index.build(load_files(files))
    first = index.regulations["30-qd-tw-2016"]
    assert [r.id for r in index.successors(first)] == ["22-qd-tw-2021", "296-qd-tw-2025"]
    assert [kind for kind, _ in index.regulations_by_kind()] == ["quy-dinh"]
