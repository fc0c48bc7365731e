"""End-to-end: strict builds of a tiny site and of the real docs/."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import CASE, BuildResult, build_tree, tiny_tree

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


def parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def test_tiny_site_builds_strictly_with_generated_pages(tmp_path: Path) -> None:
    result = build_tree(tmp_path, tiny_tree())
    assert not result.aborted, result.warnings
    assert result.warnings == []
    case = parse(result.page("models/chi-bo-thu-nghiem/index.html"))
    text = " ".join(case.chunks)
    assert "Chi bộ Thử nghiệm" in text and "Lai Châu" in text
    assert "../../practices/kiem-tra/" in case.hrefs
    assert "../../regulations/22-qd-tw-2021/" in case.hrefs
    index = parse(result.page("models/index.html"))
    assert "chi-bo-thu-nghiem/" in index.hrefs
    regulation = parse(result.page("regulations/22-qd-tw-2021/index.html"))
    assert "Mô hình viện dẫn (1)" in " ".join(regulation.chunks)
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
        assert "alert(1)" in " ".join(parse(html).chunks)  # shown as text, not run


def test_real_docs_build_strictly_with_zero_warnings(real_site: BuildResult) -> None:
    assert not real_site.aborted, real_site.warnings
    assert real_site.warnings == []
    cases = sorted(p.parent.name for p in (real_site.site / "models").glob("*/index.html"))
    assert len(cases) == 5, cases


def test_real_case_pages_are_small(real_site: BuildResult) -> None:
    for page in (real_site.site / "models").glob("*/index.html"):
        assert page.stat().st_size < 40_000, page


def test_cases_are_not_in_the_navigation(real_site: BuildResult) -> None:
    home = real_site.page("index.html")
    nav_links = parse(home).hrefs
    assert not any("models/" in h and h.rstrip("/") != "models" for h in nav_links[:12])
    page = parse(real_site.page("practices/index.html"))
    # Case pages are reachable from generated pages, not from the navigation menu.
    assert sum("models/" in h for h in page.hrefs) <= 2
