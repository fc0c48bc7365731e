"""Conservation: a case missing from a listing, the search index or the export fails the
build, naming the case and the place."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook import conservation, first_index, render, routes
from casebook.conservation import Ledger, linked_cases
from casebook.index import Index
from tests.conftest import build_tree, tiny_tree
from tests.test_render import small_index

SLUG = "chi-bo-thu-nghiem"


def full_ledger() -> tuple[Ledger, Index]:
    index = small_index()
    ledger = Ledger()
    for uri, text in render.generated_pages(index).items():
        ledger.page(uri, text)
    for practice in index.practices.values():
        ledger.page(routes.practice_uri(practice), render.practice_page(practice, index))
    for reg in index.regulations.values():
        ledger.page(routes.regulation_uri(reg), render.regulation_page(reg, index))
    return ledger, index


def test_every_case_is_on_every_page_it_belongs_to() -> None:
    ledger, index = full_ledger()
    assert conservation.missing(index, ledger) == []
    assert any(SLUG in links for links in ledger.links.values())


@pytest.mark.parametrize("lost", ["practices/kiem-tra.md", "provinces/lai-chau.md",
                                  "regulations/22-qd-tw-2021.md", "models/index.md"])  # fmt: skip
def test_a_case_dropped_from_one_listing_is_reported_with_its_place(lost: str) -> None:
    ledger, index = full_ledger()
    assert SLUG in ledger.links[lost]
    ledger.links[lost].discard(SLUG)
    gaps = conservation.missing(index, ledger)
    assert len(gaps) == 1 and gaps[0].startswith(f"{SLUG}: thiếu trên ")


def test_search_index_and_export_are_accounted_for() -> None:
    ledger, index = full_ledger()
    ledger.searchable, ledger.exported, ledger.first_index = set(), set(), set()
    assert conservation.missing(index, ledger) == [
        f"{SLUG}: thiếu trong chỉ mục tìm kiếm",
        f"{SLUG}: thiếu trong chỉ mục tìm kiếm đầu (search/first)",
        f"{SLUG}: thiếu trong dữ liệu mở (cases.json)",
    ]


def test_the_first_index_is_read_from_its_record_files() -> None:
    ledger, index = full_ledger()
    files = first_index.build(render.first_index_entries(index))
    ledger.first(files)
    assert ledger.first_index and f"/models/{SLUG}/" in ledger.first_index
    assert conservation.missing(index, ledger) == []
    ledger.first({k: v.replace(f'"models/{SLUG}/"', '"models/khac/"') for k, v in files.items()})
    assert conservation.missing(index, ledger) == [
        f"{SLUG}: thiếu trong chỉ mục tìm kiếm đầu (search/first)"
    ]


@pytest.mark.parametrize(
    ("uri", "text", "expected"),
    [
        ("models/index.md", '<a href="chi-bo-a/">', {"chi-bo-a"}),
        ("provinces/lai-chau/trang-2.md", '<a href="../../../models/chi-bo-a/">', {"chi-bo-a"}),
        ("practices/x.md", "[A](../models/chi-bo-a.md) [B](../practices/y.md)", {"chi-bo-a"}),
        ("practices/x.md", '<a href="../../practices/y/">', set()),
    ],
)
def test_links_are_resolved_from_the_page_that_holds_them(
    uri: str, text: str, expected: set[str]
) -> None:
    assert linked_cases(uri, text) == expected


def test_a_listing_that_loses_a_case_fails_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = render._listing

    def lossy(first: str, title: str, intro: str, cases, index):  # type: ignore[no-untyped-def]
        return original(first, title, intro, cases[:-1] if "provinces/" in first else cases,
                        index)  # fmt: skip

    monkeypatch.setattr(render, "_listing", lossy)
    result = build_tree(tmp_path, tiny_tree())
    assert result.aborted
    assert any(f"{SLUG}: thiếu trên trang «Tỉnh, thành phố: lai-chau»" in w
               for w in result.warnings), result.warnings  # fmt: skip
