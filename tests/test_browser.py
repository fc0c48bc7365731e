"""Real-browser checks in headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from tests.conftest import (  # noqa: F401 (re-exported)
    ARGS,
    CHROMIUM,
    MKDOCS_YML,
    ROOT,
    BuildResult,
    build_tree,
    serve,
    tiny_tree,
)

pytestmark = pytest.mark.browser


def visit(browser: Browser, url: str, width: int = 1280) -> tuple[str, list[str]]:
    """Open `url`; return the visible text and every URL the page requested."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url, wait_until="networkidle")
    text = page.inner_text("body")
    page.close()
    return text, requested


def test_home_page_shows_vietnamese_content_and_newest_cases(browser: Browser, server: str) -> None:
    text, _ = visit(browser, server)
    assert "Mô hình chi bộ tiêu biểu" in text
    assert "Mô hình mới cập nhật" in text
    assert "Cách làm hay" in text  # top navigation
    assert "Chi bộ Phòng An ninh chính trị nội bộ" in text


def test_case_page_shows_its_fact_box(browser: Browser, server: str) -> None:
    url = server + "models/chi-bo-phong-an-ninh-chinh-tri-noi-bo/"
    text, _ = visit(browser, url, width=360)
    assert "Số đảng viên" in text and "21" in text
    assert "Số tổ đảng" in text
    assert "Bài học kinh nghiệm" in text


@pytest.mark.parametrize(
    "path",
    ["", "models/", "models/dang-bo-cong-an-huyen-tan-uyen/", "regulations/76-qd-tw-2000/"],
)
def test_no_request_leaves_loopback(browser: Browser, server: str, path: str) -> None:
    _, requested = visit(browser, server + path)
    assert requested, "the page made no request at all"
    outside = [u for u in requested if urlsplit(u).hostname not in ("127.0.0.1", None)]
    outside = [u for u in outside if not u.startswith(("data:", "blob:"))]
    assert outside == []


def test_deep_link_from_regulation_lands_on_the_citation(browser: Browser, server: str) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(server + "regulations/76-qd-tw-2000/")
    page.get_by_role("link", name="xem đoạn viện dẫn").first.click()
    page.wait_for_url("**/models/dang-bo-cong-an-huyen-tan-uyen/#vd-76-qd-tw-2000")
    target = page.locator("#vd-76-qd-tw-2000")
    assert target.inner_text() == "Quy định số 76-QĐ/TW"
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < 740  # scrolled into view
    page.close()


def test_copy_links_and_citation_are_filled_in(browser: Browser, server: str) -> None:
    page = browser.new_page()
    page.goto(server + "practices/kiem-tra/")
    lessons = page.locator(".cb-lessons li[id]")
    assert lessons.count() >= 1
    assert lessons.first.locator("button.cb-copy").inner_text() == "Chép liên kết"
    cite = page.locator("[data-cb-cite]")
    assert server + "practices/kiem-tra/" in cite.inner_text()
    assert page.locator(".cb-cite-date").inner_text().count("/") == 2
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()  # the print stylesheet hides it
    page.close()


def printed_links(browser: Browser, tmp_path: Path, site_url: str | None) -> tuple[list[str], str]:
    """What the print stylesheet adds after each link of a case page, and the cited URL."""
    assets = {f"assets/{name}": (ROOT / "docs" / "assets" / name).read_text(encoding="utf-8")
              for name in ("casebook.css", "casebook.js")}  # fmt: skip
    config = (
        MKDOCS_YML + "extra_css: [assets/casebook.css]\nextra_javascript: [assets/casebook.js]\n"
    )
    config += f"site_url: {site_url}\n" if site_url else ""
    result = build_tree(tmp_path, {**tiny_tree(), **assets}, config=config)
    assert not result.aborted, result.warnings
    with serve(result.site) as url:
        page = browser.new_page()
        page.goto(url + "models/chi-bo-thu-nghiem/")
        page.emulate_media(media="print")
        after = page.eval_on_selector_all(
            ".md-content a[href]", "all => all.map(a => getComputedStyle(a, '::after').content)"
        )
        cited = page.locator(".cb-cite-url").inner_text()
        page.close()
    return [c for c in after if c not in ("none", "normal", '""')], cited


def test_printed_links_show_the_public_address(browser: Browser, tmp_path: Path) -> None:
    shown, cited = printed_links(browser, tmp_path, "https://example.invalid/cb/")
    assert any("<https://example.invalid/cb/practices/kiem-tra/>" in c for c in shown), shown
    assert all("https://example.invalid/cb/" in c for c in shown), shown
    assert cited == "https://example.invalid/cb/models/chi-bo-thu-nghiem/"


def test_without_an_address_no_link_path_is_printed(browser: Browser, tmp_path: Path) -> None:
    shown, cited = printed_links(browser, tmp_path, None)
    assert shown == []
    assert cited.startswith("http://127.0.0.1:")  # where the reader opened it
