"""Accessibility: axe-core (from npm, see package.json) in headless Chromium on the real
site: the home page, a case, a practice (lesson) page, a regulation and the search page
(with results on screen), at desktop and phone widths. No serious or critical violation.

The two rules that failed at first (`color-contrast` of Material's red palette, tabs,
footer, badges and facet counts; `link-in-text-block` in the citing sentences) are fixed
in docs/assets/casebook.css and search.css; KNOWN_VIOLATIONS stays empty and
`test_known_violations_are_fixed` keeps it so.

axe-core comes from node_modules (`npm ci`): without it the tests skip locally and fail
in CI (the environment variable CI is set).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SEARCH_SOURCE = ROOT / "docs" / "search.md"

PAGES = {
    "home": "",
    "case": "models/chi-bo-phong-an-ninh-chinh-tri-noi-bo/",
    "practice": "practices/kiem-tra/",
    "regulation": "regulations/22-qd-tw-2021/",
    "search": "search/?q=ki%E1%BB%83m+tra",  # with results and facets on screen
}
WIDTHS = (1280, 360)

KNOWN_VIOLATIONS: dict[str, str] = {}


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    page: str
    width: int
    nodes: tuple[str, ...]

    def __str__(self) -> str:
        shown = "; ".join(self.nodes[:3]) + (" …" if len(self.nodes) > 3 else "")
        where = f"{self.page} @{self.width}px"
        return f"{self.rule} ({self.impact}, {len(self.nodes)} nodes) on {where}: {shown}"


Audit = Callable[[str, int], list[Violation]]

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact,
    nodes: v.nodes.map(n => n.target.join(" ") + " " + n.html.replace(/\\s+/g, " ").slice(0, 100)),
  }));
}"""


@pytest.fixture(scope="module")
def axe_script() -> Path:
    if not AXE.exists():
        message = "axe-core is not installed: run `npm ci` in the repository root"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (CI must install it before the tests)")
        pytest.skip(message)
    return AXE


@pytest.fixture(scope="module")
def audit(browser: Browser, server: str, axe_script: Path) -> Iterator[Audit]:
    """audit(name, width) → serious and critical violations, each page audited once."""
    done: dict[tuple[str, int], list[Violation]] = {}

    def run(name: str, width: int) -> list[Violation]:
        if (name, width) not in done:
            done[name, width] = _audit(browser, server, axe_script, name, width)
        return done[name, width]

    yield run
    audits, nodes = Counter[str](), Counter[str]()
    for found in done.values():
        for v in found:
            audits[v.rule] += 1
            nodes[v.rule] += len(v.nodes)
    by_rule = ", ".join(f"{r}: {audits[r]} audits, {nodes[r]} nodes" for r in sorted(audits))
    print(f"\naxe-core: {len(done)} page audits; serious/critical: {by_rule or 'none'}")


def _audit(browser: Browser, server: str, axe: Path, name: str, width: int) -> list[Violation]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(server + PAGES[name], wait_until="networkidle")
        # Pages that load content (search results) mark it aria-busy until it is there.
        page.wait_for_function("() => !document.querySelector('[aria-busy=\"true\"]')")
        page.add_script_tag(path=str(axe))
        found: list[dict[str, Any]] = page.evaluate(RUN_AXE)
    finally:
        page.close()
    return [
        Violation(v["id"], v["impact"], PAGES[name] or "/", width, tuple(v["nodes"]))
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


def pages_present() -> list[str]:
    return [name for name in PAGES if name != "search" or SEARCH_SOURCE.exists()]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_violations(audit: Audit, name: str, width: int) -> None:
    if name not in pages_present():
        pytest.skip("docs/search.md does not exist")
    found = audit(name, width)
    for v in found:
        print(v)
    assert [str(v) for v in found if v.rule not in KNOWN_VIOLATIONS] == []


def test_known_violations_are_fixed(audit: Audit) -> None:
    found = [v for name in pages_present() for width in WIDTHS for v in audit(name, width)]
    assert [str(v) for v in found] == []
