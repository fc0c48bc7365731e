"""End-to-end: strict builds of a tiny site and of the real docs/."""

from __future__ import annotations

import csv
import html
import io
from html.parser import HTMLParser
from pathlib import Path

from casebook import cli
from tests.conftest import (
    CASE,
    MKDOCS_YML,
    ROOT,
    BuildResult,
    build_tree,
    case_slugs,
    tiny_tree,
)

CASE_URI = "models/chi-bo-thu-nghiem.md"


class _Text(HTMLParser):
    """Visible text and links of an HTML page (scripts and styles skipped)."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.hrefs: list[str] = []
        self.attribute_names: set[str] = set()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        self.attribute_names.update(name for name, _ in attrs)
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def visible(html: str) -> str:
    """The page's visible text, whitespace collapsed."""
    return " ".join("".join(parse(html).chunks).split())


def parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def test_tiny_site_builds_strictly_with_generated_pages(tmp_path: Path) -> None:
    result = build_tree(tmp_path, tiny_tree())
    assert not result.aborted, result.warnings
    assert result.warnings == []
    case = parse(result.page("models/chi-bo-thu-nghiem/index.html"))
    text = visible(result.page("models/chi-bo-thu-nghiem/index.html"))
    assert "Chi bộ Thử nghiệm" in text and "Lai Châu" in text
    assert "../../practices/kiem-tra/" in case.hrefs
    assert "../../regulations/22-qd-tw-2021/" in case.hrefs
    index = parse(result.page("models/index.html"))
    assert "chi-bo-thu-nghiem/" in index.hrefs
    regulation = parse(result.page("regulations/22-qd-tw-2021/index.html"))
    assert "Mô hình viện dẫn (1)" in visible(result.page("regulations/22-qd-tw-2021/index.html"))
    assert "../../models/chi-bo-thu-nghiem/" in regulation.hrefs
    practice = parse(result.page("practices/kiem-tra/index.html"))
    assert "../../models/chi-bo-thu-nghiem/" in practice.hrefs
    home = parse(result.page("index.html"))
    assert "models/chi-bo-thu-nghiem/" in home.hrefs


def test_missing_required_key_fails_strict_build_naming_file_line_key(tmp_path: Path) -> None:
    broken = CASE.replace("members: 12\n", "")
    result = build_tree(tmp_path, tiny_tree({CASE_URI: broken}))
    assert result.aborted
    assert any(
        "models/chi-bo-thu-nghiem.md:1: members: thiếu khóa bắt buộc" in w for w in result.warnings
    ), result.warnings


def test_every_problem_of_every_file_is_reported_in_one_build(tmp_path: Path) -> None:
    first = CASE.replace("members: 12", "members: nhiều")
    second = CASE.replace("sector: hanh-chinh", "sector: hanh-chanh").replace(
        "practices: [kiem-tra]", "practices: [kiem-tra, giam-sat]"
    )
    files = tiny_tree({"models/a.md": first, "models/b.md": second})
    result = build_tree(tmp_path, files)
    assert result.aborted
    joined = "\n".join(result.warnings)
    assert "models/a.md:9: members:" in joined
    assert "models/b.md:6: sector:" in joined
    assert "models/b.md:14: practices[1]:" in joined


def test_marker_errors_fail_strict_build_with_the_lines_casebook_check_prints(
    tmp_path: Path,
) -> None:
    page = "---\ntitle: Trang thử\n---\n\n<!-- casebook:cases province=Huế -->\n"
    result = build_tree(tmp_path, tiny_tree({"trang.md": page}))
    assert result.aborted
    out = io.StringIO()
    assert cli.check(["--docs", str(tmp_path / "docs")], out=out) == 1
    printed = out.getvalue().splitlines()[0]
    assert printed.endswith(
        "/trang.md:5: casebook:cases: danh sách mô hình rỗng với điều kiện {'province': 'Huế'}"
    )
    rel = printed.split("/docs/", 1)[1]  # the plugin's logger names itself first
    assert [w for w in result.warnings if "trang.md" in w] == [f"casebook: {rel}"]


def test_yaml_syntax_error_is_not_swallowed(tmp_path: Path) -> None:
    broken = CASE.replace("members: 12", "members: [12")
    result = build_tree(tmp_path, tiny_tree({CASE_URI: broken}))
    assert result.aborted
    assert any("lỗi cú pháp YAML" in w and "chi-bo-thu-nghiem.md:" in w for w in result.warnings)


def test_front_matter_values_are_escaped_in_html(tmp_path: Path) -> None:
    payload = CASE.replace(
        "unit: Chi bộ Thử nghiệm",
        "unit: '<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>'",
    )
    result = build_tree(tmp_path, tiny_tree({CASE_URI: payload}))
    assert not result.aborted, result.warnings
    for page in ("models/chi-bo-thu-nghiem/index.html", "models/index.html"):
        html = result.page(page)
        assert "<script>alert(1)" not in html
        assert 'href="javascript:' not in html
        assert "<img" not in html
        assert "onerror" not in parse(html).attribute_names
        assert "alert(1)" in visible(html)  # shown as text, not run


def test_real_docs_build_strictly_with_zero_warnings(real_site: BuildResult) -> None:
    assert not real_site.aborted, real_site.warnings
    assert real_site.warnings == []
    cases = {p.parent.name for p in (real_site.site / "models").glob("*/index.html")}
    assert case_slugs(ROOT / "docs") <= cases, cases


def test_real_case_pages_are_small(real_site: BuildResult) -> None:
    pages = sorted((real_site.site / "models").glob("*/index.html"))
    assert pages  # a glob that matches nothing would pass the loop below
    for page in pages:
        assert page.stat().st_size < 40_000, page


def test_cases_are_not_in_the_navigation(real_site: BuildResult) -> None:
    home = real_site.page("index.html")
    nav_links = parse(home).hrefs
    assert not any("models/" in h and h.rstrip("/") != "models" for h in nav_links[:12])
    page = parse(real_site.page("practices/index.html"))
    # Case pages are reachable from generated pages, not from the navigation menu.
    assert sum("models/" in h for h in page.hrefs) <= 2


CHI_THI = """\
---
id: 05-ct-tw-2016
kind: chi-thi
number: "05"
symbol: CT/TW
issuer: Bộ Chính trị
date: 2016-05-15
title: Chỉ thị về đẩy mạnh học tập và làm theo Bác
status: unknown
replaced_by: null
amended_by: []
verified: true
aliases: []
---

Ghi chú.
"""


def test_citation_added_to_text_appears_on_regulation_page_after_rebuild(tmp_path: Path) -> None:
    files = tiny_tree({"regulations/05-ct-tw-2016.md": CHI_THI})
    before = build_tree(tmp_path, files, strict=False)
    assert "Mô hình viện dẫn (0)" in visible(before.page("regulations/05-ct-tw-2016/index.html"))
    sentence = "Chi bộ quán triệt Chỉ thị số 05-CT/TW về học tập và làm theo Bác."
    files[CASE_URI] = CASE + "\n" + sentence + "\n"
    after = build_tree(tmp_path, files, strict=False)
    page = after.page("regulations/05-ct-tw-2016/index.html")
    text = visible(page)
    assert "Mô hình viện dẫn (1)" in text and "Chi bộ Thử nghiệm" in text
    assert "<mark>Chỉ thị số 05-CT/TW</mark>" in html.unescape(page)
    assert "../../models/chi-bo-thu-nghiem/#vd-05-ct-tw-2016" in parse(page).hrefs
    assert 'id="vd-05-ct-tw-2016"' in after.page("models/chi-bo-thu-nghiem/index.html")
    # The front-matter does not list it yet: the editor is told, with file and line.
    line = (CASE + "\n" + sentence).split("\n").index(sentence) + 1
    assert any(f"chi-bo-thu-nghiem.md:{line}: regulations:" in w for w in after.warnings)


def test_date_mismatch_fails_strict_build_until_acknowledged(tmp_path: Path) -> None:
    wrong = CASE.replace("ngày 28/7/2021", "ngày 28/2/2021")
    result = build_tree(tmp_path, tiny_tree({CASE_URI: wrong}))
    assert result.aborted
    assert any("28/2/2021" in w and "28/07/2021" in w.replace("28/7/2021", "28/07/2021")
               for w in result.warnings)  # fmt: skip
    note = ("editorial_notes:\n  - regulation: 22-qd-tw-2021\n    issue: date-mismatch\n"
            "    note: Bài gốc ghi ngày 28/2/2021; ngày đúng là 28/7/2021.\n")  # fmt: skip
    acknowledged = wrong.replace("published: 2026-11-23\n", "published: 2026-11-23\n" + note)
    result = build_tree(tmp_path, tiny_tree({CASE_URI: acknowledged}))
    assert not result.aborted, result.warnings
    text = visible(result.page("models/chi-bo-thu-nghiem/index.html"))
    assert "Ghi chú biên tập" in text and "ngày đúng là 28/7/2021" in text


def test_issuer_mismatch_fails_strict_build_until_acknowledged(tmp_path: Path) -> None:
    wrong = CASE.replace("ngày 28/7/2021 về", "ngày 28/7/2021 của Bộ Chính trị về")
    result = build_tree(tmp_path, tiny_tree({CASE_URI: wrong}))
    assert result.aborted
    assert any("Bộ Chính trị" in w and "issuer-mismatch" in w for w in result.warnings)
    notes = (
        "editorial_notes:\n  - regulation: 22-qd-tw-2021\n    issue: issuer-mismatch\n"
        "    note: Bài gốc ghi là của Bộ Chính trị; sổ đăng ký ghi Ban Chấp hành Trung ương.\n"
        "  - issue: inferred\n    field: province\n"
        "    note: Bài gốc không nêu tên tỉnh; tỉnh do biên tập viên suy ra từ tên huyện.\n"
    )
    acknowledged = wrong.replace("published: 2026-11-23\n", "published: 2026-11-23\n" + notes)
    result = build_tree(tmp_path, tiny_tree({CASE_URI: acknowledged}))
    assert not result.aborted, result.warnings
    text = visible(result.page("models/chi-bo-thu-nghiem/index.html"))
    assert "sổ đăng ký ghi Ban Chấp hành Trung ương" in text
    assert "tỉnh do biên tập viên suy ra từ tên huyện" in text


def test_replaced_regulation_page_names_successor_and_cites_tan_uyen(
    real_site: BuildResult,
) -> None:
    page = real_site.page("regulations/76-qd-tw-2000/index.html")
    text = visible(page)
    assert "Quy định 213-QĐ/TW" in text and "02/01/2020" in text
    assert "Đảng bộ Công an huyện Tân Uyên" in text
    assert "<mark>Quy định số 76-QĐ/TW</mark>" in html.unescape(page)
    link = "../../models/dang-bo-cong-an-huyen-tan-uyen/#vd-76-qd-tw-2000"
    assert link in parse(page).hrefs
    case = real_site.page("models/dang-bo-cong-an-huyen-tan-uyen/index.html")
    assert 'id="vd-76-qd-tw-2000"' in case
    case_text = visible(case)
    assert "Văn bản đã được thay thế" in case_text  # the notice on the case page


def test_acknowledged_08_qdi_date_is_a_visible_note(real_site: BuildResult) -> None:
    text = visible(real_site.page("models/dang-bo-cong-an-huyen-tan-uyen/index.html"))
    assert "Ghi chú biên tập" in text and "25/10/2018" in text


def test_regulation_index_shows_replacement_chains(real_site: BuildResult) -> None:
    text = visible(real_site.page("regulations/index.html"))
    assert (
        "Quy định 30-QĐ/TW (26/07/2016) → Quy định 22-QĐ/TW (28/07/2021) → Quy định 296-QĐ/TW"
        in text
    )


def test_practice_page_lists_every_lesson_with_stable_anchors(tmp_path: Path) -> None:
    first = build_tree(tmp_path / "a", tiny_tree())
    page = first.page("practices/kiem-tra/index.html")
    anchor = "lai-chau--chi-bo-thu-nghiem--moi-ky-mot-nguoi"
    assert f'id="{anchor}"' in page
    assert "../../models/chi-bo-thu-nghiem/#bai-hoc-moi-ky-mot-nguoi" in parse(page).hrefs
    # A new case whose slug sorts first and whose lesson sorts first must not move the
    # existing anchor or change what it points to.
    newcomer = CASE.replace("province: Lai Châu", "province: An Giang").replace(
        "moi-ky-mot-nguoi", "bai-hoc-moi"
    )
    second = build_tree(tmp_path / "b", tiny_tree({"models/a-chi-bo-moi.md": newcomer}))
    again = second.page("practices/kiem-tra/index.html")
    assert f'id="{anchor}"' in again and 'id="an-giang--a-chi-bo-moi--bai-hoc-moi"' in again

    def lesson(html_text: str) -> str:
        start = html_text.index(f'id="{anchor}"')
        return html_text[start : html_text.index("</li>", start)]

    assert lesson(page) == lesson(again)


def test_edit_links_only_with_a_repository_and_only_on_authored_pages(tmp_path: Path) -> None:
    with_repo = MKDOCS_YML + "repo_url: https://example.invalid/kho\nedit_uri: edit/main/docs/\n"
    result = build_tree(tmp_path / "a", tiny_tree(), config=with_repo)
    case = parse(result.page("models/chi-bo-thu-nghiem/index.html"))
    edit = "https://example.invalid/kho/edit/main/docs/models/chi-bo-thu-nghiem.md"
    assert edit in case.hrefs and "Sửa trang này" in case.chunks
    for generated in ("models/index.html", "statistics/index.html", "provinces/index.html"):
        assert not any("/edit/" in h for h in parse(result.page(generated)).hrefs), generated
    without = build_tree(tmp_path / "b", tiny_tree(), config=MKDOCS_YML + "edit_uri: edit/x/\n")
    assert not any(
        "/edit/" in h for h in parse(without.page("models/chi-bo-thu-nghiem/index.html")).hrefs
    )


def test_json_schemas_are_published(real_site: BuildResult) -> None:
    import json

    for kind in ("case", "regulation", "practice"):
        published = json.loads(real_site.page(f"schemas/{kind}.schema.json"))
        assert published["properties"], kind
        assert all("title" in spec for spec in published["properties"].values())


def test_print_helpers_qr_code_and_citation(tmp_path: Path) -> None:
    config = MKDOCS_YML + "site_url: https://example.invalid/casebook/\n"
    result = build_tree(tmp_path, tiny_tree(), config=config)
    page = result.page("models/chi-bo-thu-nghiem/index.html")
    url = "https://example.invalid/casebook/models/chi-bo-thu-nghiem/"
    assert '<div class="cb-qr" aria-hidden="true"><svg' in page
    assert f"<title>Mã QR: {url}</title>" in html.unescape(page)
    text = visible(page)
    citation = (
        "Trích dẫn trang này: Chi bộ Thử nghiệm kiểm tra từng đảng viên. Chi bộ Thử nghiệm, "
        f"Lai Châu. Mô hình chi bộ tiêu biểu, {url}"
    )
    assert citation in text
    # Without a site URL there is nothing to encode: no QR code.
    bare = build_tree(tmp_path / "bare", tiny_tree())
    assert "cb-qr" not in bare.page("models/chi-bo-thu-nghiem/index.html")


def test_a_source_dated_by_month_reaches_page_data_and_year(tmp_path: Path) -> None:
    case = CASE.replace("  date: 2023-02-08", "  date: 2023-02").replace('"2022"', "null")
    result = build_tree(tmp_path, tiny_tree({CASE_URI: case}))
    assert not result.aborted, result.warnings
    assert "Bài báo thử nghiệm, Nguyễn Văn A, 02/2023" in visible(
        result.page("models/chi-bo-thu-nghiem/index.html")
    )
    (record,) = csv.DictReader(io.StringIO(result.page("data/cases.csv").lstrip("\ufeff")))
    assert (record["source_date"], record["year"]) == ("2023-02", "2023")
