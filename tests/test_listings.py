"""Generated listings on a phone (360 px) and on a desktop, in headless Chromium, on the real
content: nothing scrolls sideways, no word is broken inside a syllable, and a case list
shows one card per case on a phone and a table on a wide screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.conftest import BuildResult

pytestmark = pytest.mark.browser

# Every problem a listing has at the current width: the page or a table scrolling
# sideways, a word laid out on two lines (broken inside a syllable) or past the edge.
PROBLEMS = """() => {
  const doc = document.documentElement, vw = doc.clientWidth, bad = [];
  if (doc.scrollWidth > vw) bad.push("page " + doc.scrollWidth);
  const root = document.querySelector(".md-content");
  for (const el of root.querySelectorAll("table, .md-typeset__scrollwrap, .md-typeset__table")) {
    if (el.scrollWidth > el.clientWidth + 1) bad.push("scrolls: " + el.className);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, parent = node.parentElement;
    if (!parent.closest("table, ul, ol")) continue;
    if (parent.closest("thead, svg, .cb-sep, [hidden]")) continue;
    for (const m of node.textContent.matchAll(/[\\p{L}\\p{N}]+/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
      if (rects.length > 1) bad.push("broken: " + m[0]);
      if (rects.some(r => r.right > vw + 0.5)) bad.push("outside: " + m[0]);
    }
  }
  return bad;
}"""


def listing_pages(site: Path) -> list[str]:
    """The generated listings: all cases, every browse index and one page of each, the
    practices and documents indexes, one practice page, one case page (its documents)."""
    pages = ["models/", "practices/", "regulations/", "statistics/"]
    for folder in ("provinces", "sectors", "awards", "years"):
        pages.append(f"{folder}/")
        first = sorted(p for p in (site / folder).glob("*/index.html"))
        pages += [p.parent.relative_to(site).as_posix() + "/" for p in first[:1]]
    for folder in ("practices", "models"):
        some = sorted(p for p in (site / folder).glob("*/index.html"))
        pages += [p.parent.relative_to(site).as_posix() + "/" for p in some[:1]]
    return [p for p in pages if (site / p / "index.html").exists()]


def test_listings_fit_a_360_px_phone(browser: Browser, server: str, real_site: BuildResult) -> None:
    pages = listing_pages(real_site.site)
    assert len(pages) >= 10, pages
    page = browser.new_page(viewport={"width": 360, "height": 740})
    problems = {}
    for path in pages:
        page.goto(server + path)
        if found := page.evaluate(PROBLEMS):
            problems[path] = found[:5]
    page.close()
    assert problems == {}


def test_case_list_is_cards_on_a_phone_and_a_table_on_a_desktop(
    browser: Browser, server: str
) -> None:
    phone = browser.new_page(viewport={"width": 360, "height": 740})
    phone.goto(server + "models/")
    rows = phone.locator("table.cb-cases tbody tr")
    assert rows.count() >= 1
    first = rows.first.bounding_box()
    assert first is not None and first["width"] <= 360
    head = phone.locator("table.cb-cases thead").bounding_box()
    assert head is not None and head["height"] <= 1, "column headers only for screen readers"
    # Province and year share a line; practices are chips.
    place = rows.first.locator(".cb-card__place").bounding_box()
    year = rows.first.locator(".cb-card__year").bounding_box()
    assert place and year and abs(place["y"] - year["y"]) < 2
    assert rows.first.locator(".cb-chip").count() >= 1
    phone.close()
    desk = browser.new_page(viewport={"width": 1280, "height": 900})
    desk.goto(server + "models/")
    assert desk.locator("table.cb-cases thead th").first.is_visible()
    cells = desk.locator("table.cb-cases tbody tr").first.locator("td")
    boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
    assert len({round(b["y"]) for b in boxes if b}) == 1, "one row per case"
    assert desk.evaluate(PROBLEMS) == []
    desk.close()
