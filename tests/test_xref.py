"""Cross-references: resolution against the registry, anchors, sentences, checks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casebook import issuers, xref
from casebook.citations import find_citations
from casebook.loader import CaseStudy, Regulation, load_files
from tests.conftest import CASE, PRACTICE, REGULATION
from tests.issuer_table import REAL_ISSUER_TEXT


def regulation(ident: str, number: str | None, symbol: str | None, date: str | None,
               kind: str = "quy-dinh", aliases: str = "[]",
               issuer: str = "Ban Chấp hành Trung ương") -> tuple[str, str, bytes]:  # fmt: skip
    text = (
        REGULATION.replace("id: 22-qd-tw-2021", f"id: {ident}")
        .replace("issuer: Ban Chấp hành Trung ương", f"issuer: {issuer}")
        .replace('number: "22"', f"number: {number!r}" if number else "number: null")
        .replace("symbol: QĐ/TW", f"symbol: {symbol or 'null'}")
        .replace("date: 2021-07-28", f"date: {date or 'null'}")
        .replace("kind: quy-dinh", f"kind: {kind}")
        .replace("aliases: []", f"aliases: {aliases}")
    )
    return ("regulation", f"regulations/{ident}.md", text.encode())


REGISTRY = [
    regulation("22-qd-tw-2021", "22", "QĐ/TW", "2021-07-28"),
    regulation("22-qd-tu-2015", "22", "QĐ/TU", "2015-01-01", issuer="Ban Thường vụ Tỉnh ủy"),
    regulation("08-qdi-tw-2018", "08", "QĐi/TW", "2018-10-25"),
    regulation("76-qd-tw-2000", "76", "QĐ/TW", "2000-06-15",
               aliases='["Quy định số 76 của Bộ Chính trị"]', issuer="Bộ Chính trị khóa VIII"),
    regulation("05-ct-tw-2016", "05", "CT/TW", "2016-05-15", kind="chi-thi",
               issuer="Bộ Chính trị"),
    regulation("109-qd-tw-2018", "109", "QĐ/TW", "2018-01-03", issuer="Ban Bí thư"),
    regulation("21-kl-tw-2021", "21", "KL/TW", "2021-10-25", kind="ket-luan",
               issuer="Ban Chấp hành Trung ương Đảng khóa XIII (Hội nghị Trung ương 4)"),
    regulation("04-nq-tw-2016", "04", "NQ/TW", "2016-10-30", kind="nghi-quyet",
               aliases='["Nghị quyết Trung ương 4 khóa XII"]'),
    regulation("dieu-le-dang-2011", None, None, "2011-01-19", kind="dieu-le"),
    regulation("35-ct-tw-2019", "35", "CT/TW", "2019-05-30", kind="chi-thi",
               issuer="Bộ Chính trị"),
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


ISSUER_KEYS = [
    ("Ban Chấp hành Trung ương Đảng khóa XIII (Hội nghị Trung ương 4)", "bch-tw"),
    ("Hội nghị Trung ương 8 khóa XII", "bch-tw"),
    ("Bộ Chính trị khóa VIII", "bo-chinh-tri"),
    ("Ban Bí thư Trung ương Đảng", "ban-bi-thu"),
    ("Uỷ ban Kiểm tra Trung ương", "ubkt-tw"),
    ("Ban Tổ chức Trung ương", "ban-to-chuc-tw"),
    ("Ban Thường vụ Tỉnh ủy Hà Giang", None),
    ("Ban Chấp hành Đảng bộ Sở Tư pháp", None),
    ("Ủy ban Kiểm tra Đảng ủy Công an thành phố", None),
    (None, None),
]


@pytest.mark.parametrize(("issuer", "key"), ISSUER_KEYS)
def test_registry_issuer_is_read_as_a_central_body_or_none(issuer: str | None,
                                                           key: str | None) -> None:  # fmt: skip
    assert issuers.issuer_key(issuer) == key


# (body, documents whose issuer the text misstates). Only the words adjoining a citation
# name its issuer; an issuer named for a neighbouring document must not be taken.
ISSUERS = [
    ("Chi bộ phổ biến Quy định số 109-QĐ/TW ngày 03/01/2018 của Ban Chấp hành Trung ương "
     "Đảng về kiểm tra.", ["109-qd-tw-2018"]),
    ("Chi bộ phổ biến Quy định số 109-QĐ/TW ngày 03/01/2018 của Ban Bí thư.", []),
    ("Chi bộ phổ biến Quy định số 109-QĐ/TW của Ban Bí thư Trung ương Đảng.", []),
    ("Gắn với Kết luận số 21-KL/TW của Bộ Chính trị.", ["21-kl-tw-2021"]),
    ("Gắn với Kết luận số 21 của Bộ Chính trị.", ["21-kl-tw-2021"]),
    ("Kết luận số 21-KL/TW do Hội nghị Trung ương 4 khóa XIII ban hành.", []),
    ("Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII.", []),
    ("Kết luận số 21-KL/TW (khóa XIII) của Ban chấp hành trung ương.", []),
    ("Bộ Chính trị đã ban hành Quy định số 109-QĐ/TW để kiểm tra.", ["109-qd-tw-2018"]),
    ("Ban Bí thư ban hành Quy định số 109-QĐ/TW để kiểm tra.", []),
    # The issuer belongs to the nearer document, not to both.
    ("Bộ Chính trị ban hành Chỉ thị số 05-CT/TW, còn Quy định số 109-QĐ/TW ngày "
     "03/01/2018 của Ban Bí thư thì nói về kiểm tra.", []),
    ("Chỉ thị số 05-CT/TW và Quy định số 109-QĐ/TW của Ban Bí thư.", []),
    ("Quy định số 109-QĐ/TW của Bộ Chính trị và Chỉ thị số 05-CT/TW.", ["109-qd-tw-2018"]),
    # Named inside the subject, not as the issuer.
    ("Quy định số 109-QĐ/TW về trách nhiệm của Bộ Chính trị.", []),
    ("Quy định số 08-QĐi/TW về nêu gương, trước hết là Ủy viên Bộ Chính trị.", []),
    # A local body is not a central one; a local registry issuer is not compared.
    ("Quy định số 109-QĐ/TW của Ban Chấp hành Đảng bộ Sở Tư pháp.", []),
    ("Quy định số 22-QĐ/TU của Ban Bí thư.", []),
    # Across a paragraph break the words belong to another paragraph.
    ("Chi bộ quán triệt Quy định số 109-QĐ/TW\n\ncủa Bộ Chính trị thì chưa.", []),
    ("Quy định số 76 của Bộ Chính trị về nơi cư trú.", []),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), ISSUERS)
def test_issuer_stated_next_to_a_citation_is_compared_with_the_registry(
    body: str, expected: list[str], registry: list[Regulation]
) -> None:
    case = case_with(body, regulations="[]")
    found = xref.mentions(case, registry)
    mismatches = list(xref._issuer_mismatches(case.body, found, {r.id: r for r in registry}))
    assert [reg_id for _, reg_id, *_ in mismatches] == expected
    assert all(issue == "issuer-mismatch" for issue, *_ in mismatches)


def _detected_issuers(text: str) -> list[tuple[str, str | None]]:
    found = find_citations(text)
    return [(text[c.start : c.end], issuers.stated_issuer(
                text, c.start, c.end, found[i - 1].end if i else 0,
                found[i + 1].start if i + 1 < len(found) else None))
            for i, c in enumerate(found)]  # fmt: skip


def test_issuer_detector_on_real_text_is_never_wrong_and_mostly_finds_it() -> None:
    """On held-out real sentences: no issuer is ever misread (that would be a false
    warning), none is read where the text names none, and most stated ones are found."""
    found = missed = 0
    for source, text, labelled in REAL_ISSUER_TEXT:
        detected = dict(_detected_issuers(text))
        for written, truth in labelled:
            got = next(v for k, v in detected.items() if k.startswith(written))
            assert got in (truth, None) and (truth is not None or got is None), (source, written)
            found += got is not None
            missed += truth is not None and got is None
    assert found >= 0.8 * (found + missed), (found, missed)


def test_check_reports_issuer_mismatch_until_acknowledged(registry: list[Regulation]) -> None:
    body = "Chi bộ gắn việc này với Kết luận số 21-KL/TW của Bộ Chính trị."
    by_id = {r.id: r for r in registry}
    case = case_with(body, regulations="[21-kl-tw-2021]")
    (problem,) = xref.check(case, xref.mentions(case, registry), by_id)
    assert "Bộ Chính trị" in problem.message and "Ban Chấp hành Trung ương" in problem.message
    assert "issue: issuer-mismatch" in problem.message
    assert problem.line == case.body_line + 1
    note = ("editorial_notes:\n  - regulation: 21-kl-tw-2021\n    issue: issuer-mismatch\n"
            "    note: Bài gốc ghi sai cơ quan ban hành.\n")  # fmt: skip
    acknowledged = case_with(body, regulations="[21-kl-tw-2021]", notes=note)
    assert xref.check(acknowledged, xref.mentions(acknowledged, registry), by_id) == []
    # Once the text names the right issuer, the note is stale and reported.
    fixed = body.replace("Bộ Chính trị", "Ban Chấp hành Trung ương")
    stale = case_with(fixed, regulations="[21-kl-tw-2021]", notes=note)
    (problem,) = xref.check(stale, xref.mentions(stale, registry), by_id)
    assert problem.key == "editorial_notes[0]"


INFERRED = [
    # (front-matter key emptied, the note's field, problem keys)
    (None, "province", []),
    ("province", "province", ["editorial_notes[0].field"]),
    ("party_groups", "party_groups", ["editorial_notes[0].field"]),
    ("province", None, []),  # a note about the body names no key: never stale
]


@pytest.mark.parametrize(("emptied", "field", "keys"), INFERRED)
def test_inferred_note_is_stale_only_when_its_key_is_empty(
    emptied: str | None, field: str | None, keys: list[str], registry: list[Regulation]
) -> None:
    key = f"    field: {field}\n" if field else ""
    note = ("editorial_notes:\n  - issue: inferred\n" + key
            + "    note: Bài gốc không nêu tên tỉnh; biên tập viên suy ra.\n")  # fmt: skip
    case = case_with("Theo Quy định số 22-QĐ/TW ngày 28/7/2021.", notes=note)
    assert case.editorial_notes[0].field == field
    if emptied:
        case = replace(case, **{emptied: None})
    problems = xref.check(case, xref.mentions(case, registry), {r.id: r for r in registry})
    assert [p.key for p in problems] == keys


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
