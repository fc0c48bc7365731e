"""Browse pages and statistics agree with counts computed here, independently, from the
front-matter of a synthetic corpus (read with plain YAML, not with our loader)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, BuildResult, run_build

N = 150
Corpus = tuple[list[dict[str, Any]], BuildResult]


class _Tables(HTMLParser):
    """Every table of a page as rows of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self.tables:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables(html: str) -> list[list[list[str]]]:
    parser = _Tables()
    parser.feed(html)
    return parser.tables


def counts(table: list[list[str]]) -> dict[str, int]:
    """First column → last column (as int), header row skipped."""
    return {row[0]: int(row[-1]) for row in table[1:]}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("synth")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "synth_corpus.py"), "--count", str(N),
         "--out", str(root), "--force"], check=True, capture_output=True,
    )  # fmt: skip
    fronts = [
        yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1])
        for p in sorted((root / "docs" / "models").glob("*.md"))
    ]
    mp = pytest.MonkeyPatch()
    mp.setenv("CASEBOOK_SEARCH", "false")
    result = run_build(root / "mkdocs.yml", root / "site")
    mp.undo()
    assert not result.aborted, result.warnings[:5]
    return fronts, result


def year_of(front: dict[str, Any]) -> str:
    if front.get("period"):
        return str(front["period"])[-4:]
    source = front.get("source") or {}
    return str(source["date"])[:4] if source.get("date") else "Không rõ"


def test_province_page_counts_match_front_matter(
    corpus: tuple[list[dict[str, Any]], BuildResult],
) -> None:
    fronts, site = corpus
    expected = Counter(f["province"] or "Không rõ" for f in fronts)
    (table,) = tables(site.page("provinces/index.html"))
    assert counts(table) == dict(expected)
    hanoi = [row for row in table if row[0] == "Hà Giang"]
    assert not hanoi or hanoi[0][1] == "Tuyên Quang"  # the present-day column


def test_sector_year_award_and_practice_counts(
    corpus: tuple[list[dict[str, Any]], BuildResult],
) -> None:
    fronts, site = corpus
    names = yaml.safe_load((ROOT / "plugins/casebook/data/sectors.yml").read_text("utf-8"))
    (sectors,) = tables(site.page("sectors/index.html"))
    assert counts(sectors) == dict(Counter(names[f["sector"]] for f in fronts))
    (years,) = tables(site.page("years/index.html"))
    assert counts(years) == dict(Counter(year_of(f) for f in fronts))
    levels = {"trung-uong": "Trung ương", "bo-nganh": "Bộ, ngành", "tinh": "Cấp tỉnh",
              "huyen": "Cấp huyện", "co-so": "Cơ sở", None: "Không rõ cấp"}  # fmt: skip
    awards: Counter[str] = Counter()
    for f in fronts:
        awards.update({levels[a["level"]] for a in f["awards"]} or {"Chưa ghi nhận khen thưởng"})
    (award_table,) = tables(site.page("awards/index.html"))
    assert counts(award_table) == dict(awards)
    stats = tables(site.page("statistics/index.html"))
    practice_names = {
        p.stem: yaml.safe_load(p.read_text("utf-8").split("---\n")[1])["name"]
        for p in (ROOT / "docs" / "practices").glob("*.md")
    }
    practices = Counter(practice_names[k] for f in fronts for k in f["practices"])
    assert counts(stats[0]) == dict(practices)  # the first chart's table
    assert counts(stats[1]) == counts(tables(site.page("provinces/index.html"))[0])


def test_listings_are_paginated_and_complete(
    corpus: tuple[list[dict[str, Any]], BuildResult],
) -> None:
    fronts, site = corpus
    first = tables(site.page("models/index.html"))[0]
    second = tables(site.page("models/trang-2/index.html"))[0]
    assert len(first) - 1 == 100 and len(first) + len(second) - 2 == N
    # Every case appears on its sector page (across that page's pagination).
    sector = fronts[0]["sector"]
    rows = []
    for page in sorted((site.site / "sectors").glob(f"{sector}/**/index.html")):
        rows += tables(page.read_text(encoding="utf-8"))[0][1:]
    expected = sum(f["sector"] == sector for f in fronts)
    assert len(rows) == expected
