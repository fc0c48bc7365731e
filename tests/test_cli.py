"""Editor commands through their entry points: `casebook new` and `casebook check`."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebook import cli
from casebook.loader import load_tree, schema, split_document
from tests.conftest import CASE, PRACTICE, REGULATION, ROOT, case_slugs, run_build


def tree(tmp_path: Path, cases: dict[str, str]) -> Path:
    docs = tmp_path / "docs"
    for rel, text in {
        "practices/kiem-tra.md": PRACTICE,
        "regulations/22-qd-tw-2021.md": REGULATION,
        **{f"models/{name}": body for name, body in cases.items()},
    }.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    return docs


def run_check(docs: Path, *args: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = cli.check(["--docs", str(docs), *args], out=out)
    return code, out.getvalue().splitlines()


def test_check_passes_on_the_real_content() -> None:
    code, lines = run_check(ROOT / "docs")
    assert code == 0
    on_disk = len(case_slugs(ROOT / "docs"))
    assert lines == [f"Đã kiểm tra {on_disk} mô hình: không có vấn đề nào."]


# (edit of a valid case, the exact problem lines expected)
BAD_INPUT = [
    (("members: 12", "members: -1"),
     ["{d}/models/a.md:9: members: phải lớn hơn hoặc bằng 1, nhận được -1"]),
    (("members: 12", "member: 12"),
     ["{d}/models/a.md:1: members: thiếu khóa bắt buộc; thêm dòng «members: ...» vào phần "
      "khai báo (giữa hai dòng ---)",
      "{d}/models/a.md:9: member: khóa không được phép; có phải «members»?"]),
    (("practices: [kiem-tra]", "practices: [kiem-tra, giam-sat]"),
     ["{d}/models/a.md:14: practices[1]: cách làm «giam-sat» không có trong danh mục"]),
    (("ngày 28/7/2021", "ngày 28/2/2021"),
     ["{d}/models/a.md:31: bài ghi «Quy định số 22-QĐ/TW ngày 28/2/2021» ngày 28/2/2021, sổ "
      "đăng ký ghi 28/7/2021; sửa lại, hoặc ghi nhận bằng editorial_notes (regulation: "
      "22-qd-tw-2021, issue: date-mismatch)"]),
]  # fmt: skip


@pytest.mark.parametrize(("edit", "expected"), BAD_INPUT)
def test_check_prints_exactly_one_line_per_problem(
    tmp_path: Path, edit: tuple[str, str], expected: list[str]
) -> None:
    docs = tree(tmp_path, {"a.md": CASE.replace(*edit)})
    code, lines = run_check(docs)
    assert code == 1
    assert lines[:-1] == [line.format(d=docs.as_posix()) for line in expected]
    assert lines[-1].endswith(f": {len(expected)} vấn đề.")


# An authored page with front-matter: its markers are counted from the file's first line.
MARKER_PAGE = """---
title: Trang thử
---

# Danh sách

<!-- casebook:cases province=Huế -->

<!-- casebook:lessonz practice=x -->
"""


def test_check_reports_marker_errors_at_their_file_line(tmp_path: Path) -> None:
    in_body = len(CASE.splitlines()) + 2  # the marker appended below the case's body
    docs = tree(tmp_path, {"a.md": CASE + "\n<!-- casebook:vocabulary what=towns -->\n"})
    (docs / "trang.md").write_text(MARKER_PAGE, encoding="utf-8")
    (docs / ".nhap").mkdir()  # hidden, as the engine leaves it: not a page
    (docs / ".nhap" / "trang.md").write_text(MARKER_PAGE, encoding="utf-8")
    code, lines = run_check(docs)
    assert code == 1
    d = docs.as_posix()
    assert lines[:-1] == [
        f"{d}/models/a.md:{in_body}: casebook:vocabulary: danh mục «towns» không có; chọn: "
        "practices, sectors, unit_levels, award_levels, note_kinds, provinces",
        f"{d}/trang.md:7: casebook:cases: danh sách mô hình rỗng với điều kiện "
        "{'province': 'Huế'}",
        f"{d}/trang.md:9: casebook:lessonz: không biết danh sách «lessonz» (chỉ có: cases, "
        "lessons, vocabulary)",
    ]


def test_check_github_format(tmp_path: Path) -> None:
    docs = tree(tmp_path, {"a.md": CASE.replace("members: 12", "members: -1")})
    code, lines = run_check(docs, "--format", "github")
    assert code == 1
    assert lines == [
        f"::error file={docs.as_posix()}/models/a.md,line=9,title=members::"
        "phải lớn hơn hoặc bằng 1, nhận được -1"
    ]


def test_check_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.check(["--docs", str(tmp_path / "nowhere")], out=io.StringIO()) == 2
    assert cli.main(["frobnicate"]) == 2
    with pytest.raises(SystemExit) as exc:
        cli.check(["--format", "xml"])
    assert exc.value.code == 2
    assert "lỗi tham số" in capsys.readouterr().err


def test_new_writes_a_template_that_passes_check_once_filled(tmp_path: Path) -> None:
    docs = tree(tmp_path, {})
    args = ["--docs", str(docs), "--unit", "Chi bộ Thôn Đồng Tâm", "--province", "Khánh Hoà",
            "--sector", "xa-phuong", "--practice", "kiem-tra", "--no-input"]  # fmt: skip
    assert cli.new(args, out=io.StringIO()) == 0
    path = docs / "models" / "chi-bo-thon-dong-tam.md"
    text = path.read_text(encoding="utf-8")
    assert 'province: "Khánh Hòa"' in text and "# Số đảng viên:" in text
    code, lines = run_check(docs)
    assert code == 1 and any("title: quá ngắn" in line for line in lines)
    path.write_text(text.replace('title: ""', 'title: "Chi bộ Thôn Đồng Tâm kiểm tra"'))
    assert run_check(docs)[0] == 0
    # The slug is unique: a second case of the same unit gets a suffix, the first keeps its own.
    assert cli.new(args, out=io.StringIO()) == 0
    assert (docs / "models" / "chi-bo-thon-dong-tam-2.md").exists()


def test_new_rejects_unknown_vocabulary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    docs = tree(tmp_path, {})
    args = ["--docs", str(docs), "--unit", "Chi bộ A", "--sector", "ngan-hang",
            "--practice", "kiem-tra", "--no-input"]  # fmt: skip
    assert cli.new(args, out=io.StringIO()) == 2
    assert "lĩnh vực «ngan-hang» không hợp lệ" in capsys.readouterr().err
    assert not list((docs / "models").glob("*.md"))


def test_new_from_text_only_suggests(tmp_path: Path) -> None:
    docs = tree(tmp_path, {})
    source = tmp_path / "bai.txt"
    source.write_text(
        "Chi bộ có 21 đảng viên, sinh hoạt tại 3 tổ đảng. Thực hiện Quy định số 22-QĐ/TW "
        "ngày 28/7/2021, năm 2022 chi bộ được tặng giấy khen của Đảng ủy.", encoding="utf-8"
    )  # fmt: skip
    args = ["--docs", str(docs), "--unit", "Chi bộ B", "--sector", "cong-an",
            "--practice", "kiem-tra", "--no-input", "--from-text", str(source)]  # fmt: skip
    assert cli.new(args, out=io.StringIO()) == 0
    text = (docs / "models" / "chi-bo-b.md").read_text(encoding="utf-8")
    assert "# GỢI Ý (cần kiểm tra với nguồn): 21 (từ «có 21 đảng viên»)" in text
    assert "# GỢI Ý (cần kiểm tra với nguồn): 3 (từ «3 tổ đảng»)" in text
    assert "→ 22-qd-tw-2021" in text
    assert '{title: "giấy khen", issuer: "Đảng ủy", year: 2022, level: "co-so"}' in text
    assert "members: null" in text and "party_groups: null" in text  # never written as facts
    assert "regulations: []" in text and "source: null" in text  # no URL, no headline


def test_new_from_a_real_article_suggests_url_title_parent_level_and_documents(
    tmp_path: Path,
) -> None:
    docs = tree(tmp_path, {})
    (docs / "regulations" / "dieu-le-dang-2011.md").write_text(
        (ROOT / "docs" / "regulations" / "dieu-le-dang-2011.md").read_text(encoding="utf-8")
    )
    article = ROOT / "tests" / "articles" / "chi-bo-thanh-tien.txt"
    url = article.read_text(encoding="utf-8").splitlines()[0]
    args = ["--docs", str(docs), "--unit", "Chi bộ Thành Tiến", "--sector", "xa-phuong",
            "--practice", "kiem-tra", "--no-input", "--from-text", str(article)]  # fmt: skip
    assert cli.new(args, out=io.StringIO()) == 0
    text = (docs / "models" / "chi-bo-thanh-tien.md").read_text(encoding="utf-8")
    hint = "# GỢI Ý (cần kiểm tra với nguồn): "
    for line in [
        f"{hint}tiêu đề bài nguồn «Chi bộ Thành Tiến nhiều năm hoàn thành xuất sắc nhiệm vụ»",
        f'{hint}"Đảng bộ xã Tràng Xá"\nparent: null',
        f"{hint}chi-bo-truc-thuoc (",
        f"{hint}«Điều lệ Đảng» → dieu-le-dang-2011\nregulations: []",
        "# Giá trị được phép: chi-bo-co-so, chi-bo-truc-thuoc, dang-bo-co-so, ",
        "# level: trung-uong, bo-nganh, tinh, huyen, co-so, null",
        f'date: "2023-02-16", author: null, url: "{url}"}}',
    ]:
        assert line in text, line
    assert "unit_level: null" in text and 'title: ""' in text  # suggestions, not facts
    code, lines = run_check(docs)
    assert code == 1 and lines[0].endswith("title: quá ngắn (ít nhất 5 ký tự)"), lines


def test_new_warns_about_a_slug_that_names_no_place(tmp_path: Path) -> None:
    docs = tree(tmp_path, {})
    args = ["--docs", str(docs), "--sector", "xa-phuong", "--practice", "kiem-tra", "--no-input"]
    out = io.StringIO()
    assert cli.new([*args, "--unit", "Chi bộ Thôn 17"], out=out) == 0
    assert "cảnh báo: tên tệp «chi-bo-thon-17» không nêu địa danh" in out.getvalue()
    out = io.StringIO()
    assert cli.new([*args, "--unit", "Chi bộ Thôn 17", "--slug", "chi-bo-thon-17-xa-tan-lap"],
                   out=out) == 0  # fmt: skip
    assert "cảnh báo" not in out.getvalue()
    assert (docs / "models" / "chi-bo-thon-17-xa-tan-lap.md").exists()


@pytest.mark.parametrize(
    ("slug", "generic"),
    [("chi-bo-thon-17", True), ("chi-bo-to-dan-pho-3", True), ("dang-bo-co-quan", True),
     ("chi-bo-thon-na-don", False), ("chi-bo-thon-17-xa-tan-lap", False)],
)  # fmt: skip
def test_generic_slug(slug: str, generic: bool) -> None:
    assert cli.generic_slug(slug) is generic


def test_help_lists_every_command_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    lines = capsys.readouterr().out.splitlines()
    listed = [line.split()[0] for line in lines if line.startswith("  ")]
    assert listed == list(cli.COMMANDS) == ["new", "check", "documents", "urls"]
    assert cli.main([]) == 2 and "Các lệnh:" in capsys.readouterr().err


def test_new_case_appears_on_practice_and_regulation_pages_after_build(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    docs = tmp_path / "docs"
    args = ["--docs", str(docs), "--unit", "Chi bộ Thôn Nà Đon", "--province", "Lai Châu",
            "--sector", "xa-phuong", "--practice", "kiem-tra", "--no-input"]  # fmt: skip
    assert cli.new(args, out=io.StringIO()) == 0
    path = docs / "models" / "chi-bo-thon-na-don.md"
    text = path.read_text(encoding="utf-8").replace('title: ""', 'title: "Thôn Nà Đon kiểm tra"')
    text = text.replace("regulations: []", "regulations: [22-qd-tw-2021]")
    path.write_text(text + "\nChi bộ thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021.\n")
    assert run_check(docs)[0] == 0
    result = run_build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert not result.aborted, result.warnings
    for page in ("practices/kiem-tra/index.html", "regulations/22-qd-tw-2021/index.html"):
        assert "models/chi-bo-thon-na-don/" in result.page(page)


def test_console_script_and_module_entry_points(tmp_path: Path) -> None:
    for command in ([sys.executable, "-m", "casebook", "check"],
                    [str(Path(sys.executable).parent / "casebook"), "check"]):  # fmt: skip
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert "không có vấn đề nào" in done.stdout


NEW_DOCUMENT = (
    "Chi bộ vận dụng Hướng dẫn số 12-HD/BTCTW ngày 15/3/2023 của Ban Tổ chức Trung ương "
    "về nâng cao chất lượng sinh hoạt chi bộ.\n"
)


def test_documents_writes_the_page_and_lists_the_id_in_one_step(tmp_path: Path) -> None:
    docs = tree(tmp_path, {"a.md": CASE + NEW_DOCUMENT})
    code, lines = run_check(docs)
    assert code == 1 and "casebook documents" in lines[0], lines
    out = io.StringIO()
    assert cli.documents(["--docs", str(docs), str(docs / "models" / "a.md")], out=out) == 0
    page = docs / "regulations" / "12-hd-btctw-2023.md"
    assert out.getvalue().splitlines() == [
        f"Đã tạo {page.as_posix()} (verified: false).",
        "regulations: thêm 12-hd-btctw-2023.",
    ]
    corpus = load_tree(docs)
    reg = next(r for r in corpus.regulations if r.id == "12-hd-btctw-2023")
    found = (reg.kind, reg.number, reg.symbol, reg.issuer, reg.date, reg.verified, reg.status)
    assert found == ("huong-dan", "12", "HD/BTCTW", "Ban Tổ chức Trung ương",
                     dt.date(2023, 3, 15), False, "unknown")  # fmt: skip
    assert reg.title == "Hướng dẫn về nâng cao chất lượng sinh hoạt chi bộ"
    written = set(split_document(page.read_text(encoding="utf-8")).front)
    assert written == set(schema("regulation")["properties"]) - {"redirect_from"}
    assert corpus.cases[0].regulations == ("22-qd-tw-2021", "12-hd-btctw-2023")
    assert run_check(docs) == (0, ["Đã kiểm tra 1 mô hình: không có vấn đề nào."])
    assert cli.documents(["--docs", str(docs), str(docs / "models" / "a.md")], out=out) == 0
    assert out.getvalue().splitlines()[-1] == "regulations: đã đủ."


def test_documents_leaves_an_unknown_title_to_the_editor(tmp_path: Path) -> None:
    text = CASE.replace("regulations: [22-qd-tw-2021]", "regulations:\n  - 22-qd-tw-2021")
    docs = tree(tmp_path, {"a.md": text + "Chi bộ học Chỉ thị số 35-CT/TW ngày 30/5/2019.\n"})
    out = io.StringIO()
    assert cli.documents(["--docs", str(docs), str(docs / "models" / "a.md")], out=out) == 0
    assert "điền title (trích yếu)" in out.getvalue()
    code, lines = run_check(docs)
    assert code == 1
    title = f"{docs.as_posix()}/regulations/35-ct-tw-2019.md:9: title: quá ngắn (ít nhất 3 ký tự)"
    assert lines[0] == title, lines
    assert "regulations: [22-qd-tw-2021, 35-ct-tw-2019]\n" in (docs / "models" / "a.md").read_text()


@pytest.mark.parametrize(
    ("replace", "expected"),
    [
        (("regulations: [22-qd-tw-2021]", "regulations: 22-qd-tw-2021"),
         ":15: regulations: phải là danh sách mã văn bản, ví dụ [a, b]"),
        (("regulations: [22-qd-tw-2021]\n", ""),
         ":1: regulations: thiếu khóa này trong phần khai báo"),
        (("members: 12", "members: [12"), ":10: lỗi cú pháp YAML"),  # as `casebook check` says
    ],
)  # fmt: skip
def test_documents_names_file_line_and_key_of_a_front_matter_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], replace: tuple[str, str], expected: str
) -> None:
    text = CASE.replace(*replace)
    assert text != CASE
    docs = tree(tmp_path, {"a.md": text})
    case = docs / "models" / "a.md"
    assert cli.documents(["--docs", str(docs), str(case)], out=io.StringIO()) == 2
    assert capsys.readouterr().err.startswith(f"lỗi: {case}{expected}")
    assert case.read_text(encoding="utf-8") == text, "nothing is written"
