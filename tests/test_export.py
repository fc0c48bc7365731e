"""Open data: JSON, CSV and the feed hold exactly the site's cases; the codebook names
every column."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from tests.conftest import BuildResult
from tests.test_build import parse, visible


def case_pages(site: BuildResult) -> set[str]:
    return {
        p.parent.name
        for p in (site.site / "models").glob("*/index.html")
        if not p.parent.name.startswith("trang-")
    }


def test_json_and_csv_hold_exactly_the_cases_of_the_site(real_site: BuildResult) -> None:
    pages = case_pages(real_site)
    records = json.loads(real_site.page("data/cases.json"))
    assert {r["slug"] for r in records} == pages and len(records) == len(pages)
    rows = list(csv.DictReader(io.StringIO(real_site.page("data/cases.csv").lstrip("\ufeff"))))
    assert {r["slug"] for r in rows} == pages and len(rows) == len(pages)
    tan_uyen = next(r for r in rows if r["slug"] == "dang-bo-cong-an-huyen-tan-uyen")
    assert tan_uyen["members"] == "113" and tan_uyen["province_today"] == "Lai Châu"
    assert "76-qd-tw-2000" in tan_uyen["regulations"].split("; ")


def test_codebook_names_every_column(real_site: BuildResult) -> None:
    header = next(csv.reader(io.StringIO(real_site.page("data/cases.csv").lstrip("\ufeff"))))
    codebook = parse(real_site.page("data/index.html"))
    text = visible(real_site.page("data/index.html"))
    for column in header:
        assert column in codebook.chunks, column
    regulations = json.loads(real_site.page("data/regulations.json"))
    for key in regulations[0]:
        assert key in codebook.chunks, key
    assert f"{len(case_pages(real_site))} mô hình" in text


def test_feed_lists_new_cases(real_site: BuildResult) -> None:
    root = ET.fromstring(real_site.page("feed.xml").encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(case_pages(real_site))
    links = {e.find("a:link", ns).get("href") for e in entries}  # type: ignore[union-attr]
    assert "models/dang-bo-cong-an-huyen-tan-uyen/" in links
