"""Cross-references: resolution against the registry, anchors, sentences, checks."""

from __future__ import annotations

import pytest

from casebook import xref
from casebook.citations import find_citations
from casebook.loader import CaseStudy, Regulation, load_files
from tests.conftest import CASE, PRACTICE, REGULATION


def regulation(ident: str, number: str | None, symbol: str | None, date: str | None,
               kind: str = "quy-dinh", aliases: str = "[]") -> tuple[str, str, bytes]:  # fmt: skip
    text = (
        REGULATION.replace("id: 22-qd-tw-2021", f"id: {ident}")
        .replace('number: "22"', f"number: {number!r}" if number else "number: null")
        .replace("symbol: QĐ/TW", f"symbol: {symbol or 'null'}")
        .replace("date: 2021-07-28", f"date: {date or 'null'}")
        .replace("kind: quy-dinh", f"kind: {kind}")
        .replace("aliases: []", f"aliases: {aliases}")
    )
    return ("regulation", f"regulations/{ident}.md", text.encode())


REGISTRY = [
    regulation("22-qd-tw-2021", "22", "QĐ/TW", "2021-07-28"),
    regulation("22-qd-tu-2015", "22", "QĐ/TU", "2015-01-01"),
    regulation("08-qdi-tw-2018", "08", "QĐi/TW", "2018-10-25"),
    regulation("76-qd-tw-2000", "76", "QĐ/TW", "2000-06-15",
               aliases='["Quy định số 76 của Bộ Chính trị"]'),
    regulation("05-ct-tw-2016", "05", "CT/TW", "2016-05-15", kind="chi-thi"),
    regulation("04-nq-tw-2016", "04", "NQ/TW", "2016-10-30", kind="nghi-quyet",
               aliases='["Nghị quyết Trung ương 4 khóa XII"]'),
    regulation("dieu-le-dang-2011", None, None, "2011-01-19", kind="dieu-le"),
    regulation("35-ct-tw-2019", "35", "CT/TW", "2019-05-30", kind="chi-thi"),
    regulation("35-qd-cb-2020", "35", "QĐ/CB", "2020-10-09", kind="quyet-dinh"),
]  # fmt: skip


@pytest.fixture(scope="module")
def registry() -> list[Regulation]:
    corpus = load_files(REGISTRY)
    assert corpus.problems == ()
    return list(corpus.regulations)


RESOLUTION = [
    ("Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Trung ương.", ("22-qd-tw-2021",)),
    ("Thực hiện Quy định số 22-QĐ/TU của Tỉnh ủy.", ("22-qd-tu-2015",)),
    ("Theo Quy định 22 - QÐ/TW (viết bằng Ð).", ("22-qd-tw-2021",)),
    ("Thực hiện Quy định số 8-QĐi/TW về nêu gương.", ("08-qdi-tw-2018",)),
    ("Quy định số 76 của Bộ Chính trị về nơi cư trú.", ("76-qd-tw-2000",)),
    ("Quy định 76 được quán triệt.", ("76-qd-tw-2000",)),
    ("Gắn với Nghị quyết Trung ương 4 khóa XII.", ("04-nq-tw-2016",)),
    ("Chương VII Điều lệ Đảng quy định về kiểm tra.", ("dieu-le-dang-2011",)),
    ("Quán triệt Chỉ thị 35 của Bộ Chính trị.", ("35-ct-tw-2019",)),
    ("Chi bộ ban hành Quyết định số 35-QĐ/CB.", ("35-qd-cb-2020",)),
    ("Quy định số 22 về kiểm tra.", ("22-qd-tu-2015", "22-qd-tw-2021")),  # ambiguous
    ("Quy định số 22 ngày 28/7/2021 về kiểm tra.", ("22-qd-tw-2021",)),  # the date decides
    ("Thực hiện Quy định số 999-QĐ/TW.", ()),
]


@pytest.mark.parametrize(("text", "expected"), RESOLUTION)
def test_resolution(text: str, expected: tuple[str, ...], registry: list[Regulation]) -> None:
    (cite,) = find_citations(text)
    assert xref.resolve(cite, text[cite.start :], registry) == expected


def case_with(body: str, regulations: str = "[22-qd-tw-2021]", notes: str = "") -> CaseStudy:
    text = CASE.split("---\n\n", 1)[0].replace("regulations: [22-qd-tw-2021]",
                                                f"regulations: {regulations}")  # fmt: skip
    files = [*REGISTRY, ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
             ("case", "models/c.md", (text + notes + "---\n\n" + body).encode())]  # fmt: skip
    corpus = load_files(files)
    assert corpus.problems == (), corpus.problems
    return corpus.cases[0]


def test_mentions_have_stable_anchors_sentences_and_lines(registry: list[Regulation]) -> None:
    body = (
        "## Bối cảnh\n\nMở đầu. Chi bộ làm theo Quy định số 22-QĐ/TW ngày 28/7/2021. Câu sau.\n\n"
        "`Quy định số 76-QĐ/TW` trong mã thì bỏ qua.\n\nNhắc lại Quy định 22-QĐ/TW lần hai."
    )
    case = case_with(body)
    found = xref.mentions(case, registry)
    assert [m.anchor for m in found] == ["vd-22-qd-tw-2021", "vd-22-qd-tw-2021-2"]
    first = found[0]
    assert first.sentence == "Chi bộ làm theo Quy định số 22-QĐ/TW ngày 28/7/2021."
    start, end = first.in_sentence
    assert first.sentence[start:end] == "Quy định số 22-QĐ/TW ngày 28/7/2021"
    assert case.body[first.start : first.end] == first.citation.text
    file_lines = (CASE.split("---\n\n", 1)[0] + "---\n\n" + body).split("\n")
    assert "Quy định số 22-QĐ/TW" in file_lines[first.line - 1]


def test_check_reports_date_mismatch_until_acknowledged(registry: list[Regulation]) -> None:
    body = "Đảng ủy thực hiện Quy định số 08-QĐi/TW, ngày 25/2/2018 về nêu gương."
    case = case_with(body, regulations="[08-qdi-tw-2018]")
    found = xref.mentions(case, registry)
    by_id = {r.id: r for r in registry}
    (problem,) = xref.check(case, found, by_id)
    assert "25/2/2018" in problem.message and "25/10/2018" in problem.message
    assert problem.line == case.body_line + 1  # the body starts with the blank line
    note = ("editorial_notes:\n  - regulation: 08-qdi-tw-2018\n    issue: date-mismatch\n"
            "    note: Bài gốc ghi sai ngày ban hành.\n")  # fmt: skip
    acknowledged = case_with(body, regulations="[08-qdi-tw-2018]", notes=note)
    assert xref.check(acknowledged, xref.mentions(acknowledged, registry), by_id) == []


def test_check_compares_front_matter_with_text(registry: list[Regulation]) -> None:
    body = "Chi bộ quán triệt Chỉ thị số 05-CT/TW về học tập và làm theo Bác."
    case = case_with(body, regulations="[22-qd-tw-2021]")
    problems = xref.check(case, xref.mentions(case, registry), {r.id: r for r in registry})
    assert sorted(p.key or "" for p in problems) == ["regulations", "regulations[0]"]
    assert any("05-ct-tw-2016" in p.message for p in problems)


def test_unresolved_citation_points_to_the_command_that_adds_it(
    registry: list[Regulation],
) -> None:
    case = case_with("Theo Kế hoạch số 58-KH/ĐUCA ngày 20/9/2021.", regulations="[]")
    (problem,) = xref.check(case, xref.mentions(case, registry), {r.id: r for r in registry})
    assert "«Kế hoạch số 58-KH/ĐUCA ngày 20/9/2021»" in problem.message
    assert "`casebook documents <tệp này>`" in problem.message
    assert "title: ..." not in problem.message  # no skeleton with a placeholder to paste


def test_stale_editorial_note_is_reported(registry: list[Regulation]) -> None:
    note = ("editorial_notes:\n  - regulation: 22-qd-tw-2021\n    issue: date-mismatch\n"
            "    note: Ghi chú không còn đúng nữa.\n")  # fmt: skip
    case = case_with("Theo Quy định số 22-QĐ/TW ngày 28/7/2021.", notes=note)
    (problem,) = xref.check(case, xref.mentions(case, registry), {r.id: r for r in registry})
    assert problem.key == "editorial_notes[0]"


def _paragraphs_reference(body: str) -> list[tuple[int, str]]:
    """The plain line-by-line reading that `xref.paragraphs` must keep giving."""
    found, offset, block_start, fenced, block = [], 0, 0, False, []
    for line in body.split("\n"):
        if xref._FENCE.match(line):
            fenced = not fenced
        prose = not fenced and not xref._FENCE.match(line) and not line.lstrip().startswith("#")
        if line.strip() and prose:
            if not block:
                block_start = offset
            block.append(line)
        elif block:
            found.append((block_start, "\n".join(block)))
            block = []
        offset += len(line) + 1
    if block:
        found.append((block_start, "\n".join(block)))
    return found


@pytest.mark.parametrize(
    "body",
    [
        "a\n\n```\ncode Quy định 5\n```\n# h\n  # h2\n\t\nx\ny\n~~~\nz\n~~~\n\n"
        "  ```py\nq\n   ```\nend",
        "",
        "\n\n",
        "#",
        " x\n#x\n x #",
        "x\n```",
        "```\n```\n```\nQuy định 5",
        "a\u00a0\n\u2003\nb",
        "text with ``` inline\nnext",
        CASE,
    ],
)
def test_paragraphs_match_the_line_by_line_reading(body: str) -> None:
    assert list(xref.paragraphs(body)) == _paragraphs_reference(body)
