"""Render: escaping, relative links, markers."""

from __future__ import annotations

import json

import pytest

from casebook.index import Index
from casebook.loader import load_files
from casebook.render import bar_chart, course_page, escape, expand_markers, regulation_label
from casebook.routes import link, page_uri
from tests.conftest import CASE, PRACTICE, REGULATION, ROOT


@pytest.mark.parametrize(
    ("value", "forbidden"),
    [
        ("<script>alert(1)</script>", "<"),
        ("[x](javascript:alert(1))", "]("),
        ("**đậm** _nghiêng_", "*"),
        ("a | b", "|"),
        ("&lt;script&gt;", "&lt;"),
        ("`code`", "`"),
        ("dòng 1\ndòng 2", "\n"),
    ],
)
def test_escape_neutralises_html_and_markdown(value: str, forbidden: str) -> None:
    assert forbidden not in escape(value)


def test_escape_keeps_vietnamese_letters() -> None:
    assert escape("Chi bộ Đảng") == "Chi bộ Đảng"


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("models/a.md", "practices/kiem-tra.md", "../practices/kiem-tra.md"),
        ("index.md", "models/a.md", "models/a.md"),
        ("models/index.md", "models/a.md", "a.md"),
    ],
)
def test_links_are_relative_to_the_page(source: str, target: str, expected: str) -> None:
    assert link(source, target) == expected


def small_index() -> Index:
    corpus = load_files(
        [
            ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
            ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
            ("case", "models/chi-bo-thu-nghiem.md", CASE.encode()),
        ]
    )
    return Index.build(corpus)


def test_regulation_label_uses_kind_number_and_symbol() -> None:
    index = small_index()
    assert regulation_label(index.regulations["22-qd-tw-2021"]) == "Quy định 22-QĐ/TW"


def test_markers_expand_to_case_listings_and_report_unknown_ones() -> None:
    index = small_index()
    page = (
        '<!-- casebook:cases province="Lai Châu" -->\n<!-- casebook:cases sort=newest limit=1 -->'
    )
    text, errors = expand_markers(page, "index.md", index)
    assert text.count("(models/chi-bo-thu-nghiem.md)") == 2
    assert "casebook:" not in text and errors == []
    _, errors = expand_markers("<!-- casebook:cases province=Huế -->", "index.md", index)
    assert errors and "rỗng" in errors[0].message
    _, errors = expand_markers("<!-- casebook:lessonz practice=x -->", "index.md", index)
    assert errors and "lessonz" in errors[0].message and errors[0].key == "casebook:lessonz"


def test_note_kinds_table_lists_every_kind_the_schema_accepts() -> None:
    schema = json.loads((ROOT / "plugins/casebook/schemas/case.schema.json").read_text("utf-8"))
    kinds = schema["properties"]["editorial_notes"]["items"]["properties"]["issue"]["enum"]
    text, errors = expand_markers("<!-- casebook:vocabulary what=note_kinds -->", "x.md",
                                  small_index())  # fmt: skip
    assert errors == []
    assert sorted(line.split("`")[1] for line in text.splitlines() if "`" in line) == sorted(kinds)
    assert "Bài gốc ghi cơ quan ban hành khác sổ đăng ký văn bản" in text


@pytest.mark.parametrize(
    ("first", "number", "expected"),
    [
        ("models/index.md", 1, "models/index.md"),
        ("models/index.md", 2, "models/trang-2.md"),
        ("sectors/cong-an.md", 3, "sectors/cong-an/trang-3.md"),
    ],
)
def test_page_uris(first: str, number: int, expected: str) -> None:
    assert page_uri(first, number) == expected


def test_bar_chart_is_accessible_and_escaped() -> None:
    svg = str(bar_chart("c", "Số mô hình", [("<b>Lai Châu</b>", 3), ("Huế", 0)]))
    assert 'role="img"' in svg and 'aria-labelledby="c-t c-d"' in svg
    assert '<title id="c-t">' in svg and '<desc id="c-d">' in svg
    assert "<b>" not in svg and "Lai Châu" in svg
    assert svg.count("<rect") == 2
    assert "\n\n" not in svg  # a blank line would end the raw HTML block in Markdown


def test_lessons_marker_lists_lessons_with_links_to_their_case() -> None:
    index = small_index()
    text, errors = expand_markers("<!-- casebook:lessons practice=kiem-tra -->", "index.md", index)
    assert errors == []
    assert 'href="models/chi-bo-thu-nghiem/#bai-hoc-moi-ky-mot-nguoi"' in text
    assert 'id="lai-chau--chi-bo-thu-nghiem--moi-ky-mot-nguoi"' in text
    _, errors = expand_markers("<!-- casebook:lessons practice=khong-co -->", "index.md", index)
    assert errors


COURSE = """\
title: Học phần thử
items:
  - practice: kiem-tra
  - case: chi-bo-khong-co
  - lesson: chi-bo-thu-nghiem#moi-ky-mot-nguoi
  - regulation: 22-qd-tw-2021
"""


def test_course_page_leaves_out_exactly_the_items_the_check_reports() -> None:
    corpus = load_files(
        [
            ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
            ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
            ("case", "models/chi-bo-thu-nghiem.md", CASE.encode()),
            ("course", "courses/hoc-phan.yml", COURSE.encode()),
        ]
    )
    assert [p.format() for p in corpus.problems] == [
        "courses/hoc-phan.yml:4: case: «chi-bo-khong-co» không có trong nội dung"
    ]
    page = course_page(corpus.courses[0], Index.build(corpus))
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert [h.split(".")[0] for h in headings] == ["## 1", "## 2", "## 3"]
    assert "chi-bo-khong-co" not in page and "Bài học kinh nghiệm" in page
