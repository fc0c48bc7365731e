"""Paths and URLs of the site, from `routes` alone."""

from __future__ import annotations

import pytest

from casebook import routes


@pytest.mark.parametrize(
    ("src_uri", "expected"),
    [("models/chi-bo-a.md", ("case", "chi-bo-a")),
     ("practices/kiem-tra.md", ("practice", "kiem-tra")),
     ("regulations/qd-22-2021.md", ("regulation", "qd-22-2021")), ("provinces/lai-chau.md", None),
     ("statistics.md", None), ("courses/x.md", None)],
)  # fmt: skip
def test_record_of_names_the_kind_of_a_content_file(
    src_uri: str, expected: tuple[str, str] | None
) -> None:
    assert routes.record_of(src_uri) == expected


@pytest.mark.parametrize(
    ("uri", "url"),
    [("models/x.md", "models/x/"), ("provinces/index.md", "provinces/"), ("index.md", ""),
     ("data/cases.json", "data/cases.json"),
     ("practices/p/bai-hoc.pdf", "practices/p/bai-hoc.pdf")],
)  # fmt: skip
def test_url_path_gives_directory_urls(uri: str, url: str) -> None:
    assert routes.url_path(uri) == url


def test_a_case_url_round_trips_through_its_file() -> None:
    assert routes.record_of(routes.case_file("chi-bo-b")) == ("case", "chi-bo-b")
    assert routes.case_url("chi-bo-b") == routes.file_url(routes.case_file("chi-bo-b"))


def test_every_facet_folder_is_distinct_from_the_record_folders() -> None:
    folders = [*routes.RECORD_FOLDERS, routes.COURSES, *routes.FACET_DIRS.values()]
    assert len(folders) == len(set(folders))
    assert routes.facet_uri("sector", "cong-an") == f"{routes.FACET_DIRS['sector']}/cong-an.md"
