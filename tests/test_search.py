"""The search page and the header search form, in headless Chromium (Debian's), on the real
content built with its Pagefind bundle.

Expected values (which pages contain a phrase, facet counts) are computed here from the
built HTML or from docs/models/*.md front-matter, never from the search UI itself.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page

from tests.conftest import CASE, MKDOCS_YML, ROOT, BuildResult, build_tree, serve, tiny_tree

# The fixtures `browser` (Debian's Chromium; fails, not skips, in CI when it is missing),
# `real_site` and `server` (the real docs/ built once, with its Pagefind bundle, served on
# 127.0.0.1) come from tests/conftest.py.

pytestmark = pytest.mark.browser

DOCS = ROOT / "docs"
REG_22 = "/regulations/22-qd-tw-2021/"

# ---------------------------------------------------------------- fixtures


OpenPage = Callable[..., Page]


@pytest.fixture
def open_page(browser: Browser) -> Iterator[OpenPage]:
    """New pages that record every request; at the end, all must have stayed on loopback."""
    pages: list[Page] = []
    requested: list[str] = []
    errors: list[str] = []

    def make(width: int = 1280) -> Page:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.on("request", lambda request: requested.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.close()
    assert requested, "no request at all"
    outside = [u for u in requested if urlsplit(u).hostname not in ("127.0.0.1", None)]
    assert [u for u in outside if not u.startswith(("data:", "blob:"))] == []
    assert errors == []


# ---------------------------------------------------------------- helpers


def wait_done(page: Page, query: str) -> None:
    """Wait until the results for `query` (as typed, trimmed) are on screen."""
    page.wait_for_function(
        """q => {
            const r = document.getElementById("cb-results");
            return r.getAttribute("aria-busy") === "false" && r.dataset.cbQuery === q;
        }""",
        arg=query.strip(),
    )


def result_paths(page: Page, everything: bool = False) -> list[str]:
    """URL paths of the result titles, in order; with `everything`, page through all."""
    more = page.locator("#cb-more")
    while everything and more.is_visible():
        before = page.locator("#cb-hits > li").count()
        more.click()
        page.wait_for_function(
            "n => document.querySelectorAll('#cb-hits > li').length > n", arg=before
        )
    hrefs = page.eval_on_selector_all(
        "#cb-hits .cb-hit__title a", "links => links.map(a => a.href)"
    )
    return [urlsplit(h).path for h in hrefs]


def search(open_page: OpenPage, server: str, everything: bool = False, **params: Any) -> Page:
    page = open_page()
    page.goto(server + "search/?" + urlencode(params, doseq=True))
    wait_done(page, str(params.get("q", "")))
    return page


def result_count(page: Page) -> int:
    match = re.match(r"(\d+) kết quả", page.inner_text("#cb-status"))
    return int(match.group(1)) if match else 0


class _IndexedText(HTMLParser):
    """The text Pagefind indexes: inside data-pagefind-body, outside data-pagefind-ignore."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[bool, bool]] = []  # (inside the body, ignored), per element
        self.parts: list[str] = []

    def state(self) -> tuple[bool, bool]:
        return self.stack[-1] if self.stack else (False, False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        body, ignored = self.state()
        names = {name for name, _ in attrs}
        body = body or "data-pagefind-body" in names
        self.stack.append((body, ignored or "data-pagefind-ignore" in names))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        body, ignored = self.state()
        if body and not ignored:
            self.parts.append(data)


def words(text: str) -> str:
    """Lowercase words joined by single spaces, padded: ' sinh hoạt chi bộ '."""
    return " " + " ".join(re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())) + " "


def fold(text: str) -> str:
    marks = unicodedata.combining
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not marks(c))
    return stripped.replace("đ", "d").replace("Đ", "D")


@functools.cache
def indexed_words(site: Path, path: str) -> str:
    parser = _IndexedText()
    parser.feed((site / path.strip("/") / "index.html").read_text(encoding="utf-8"))
    return words(" ".join(parser.parts))


def contains(site: Path, path: str, phrase: str, folded: bool = False) -> bool:
    text, wanted = indexed_words(site, path), words(phrase)
    return fold(wanted) in fold(text) if folded else wanted in text


@functools.cache
def first_records(site: Path) -> dict[str, dict[str, Any]]:
    """The first index's records (title, body text, fields) by URL path, as built."""
    out = {}
    for path in (site / "search" / "first").glob("r*.json"):
        for record in json.loads(path.read_text(encoding="utf-8")):
            out["/" + record["u"]] = record
    assert out, "no first index"
    return out


def first_contains(site: Path, path: str, phrase: str, folded: bool = False) -> bool:
    """Does one field of the page in the first index (title, a body text, a fact field)
    hold the phrase?"""
    record, wanted = first_records(site)[path], words(phrase)
    for block in [record["t"], *record["x"], *record["f"]]:
        text = words(block)
        if (fold(wanted) in fold(text)) if folded else (wanted in text):
            return True
    return False


def quoted_text(site: Path, path: str) -> list[str]:
    """The body text an excerpt of the first index may quote, in order: text kept for
    excerpts only ("q"), then the indexed body text ("x")."""
    record = first_records(site)[path]
    return [*record.get("q", []), *record["x"]]


def front_matter(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    assert isinstance(data, dict)
    return data


@functools.cache
def cases() -> dict[str, dict[str, Any]]:
    """docs/models/*.md front-matter by URL path, with practice and sector names resolved."""
    practices = {
        p.stem: front_matter(p)["name"]
        for p in (DOCS / "practices").glob("*.md")
        if p.name != "index.md"
    }
    sectors = yaml.safe_load((ROOT / "plugins/casebook/data/sectors.yml").read_text("utf-8"))
    out = {}
    for path in sorted((DOCS / "models").glob("*.md")):
        if path.name == "index.md":
            continue
        meta = front_matter(path)
        out[f"/models/{path.stem}/"] = {
            "province": meta["province"] or "Không rõ",
            "practice": [practices[k] for k in meta["practices"]],
            "sector": sectors[meta["sector"]],
        }
    assert out, "no case in docs/models"
    return out


def values_of(case: dict[str, Any], group: str) -> list[str]:
    value = case[group]
    return value if isinstance(value, list) else [value]


def open_filters(page: Page) -> None:
    """Open the filter panel (closed unless the URL selects a filter) and wait for its data."""
    if not page.locator("#cb-filters").evaluate("d => d.open"):
        page.locator("#cb-filters > summary").click()
    page.wait_for_selector('#cb-filters[data-cb-facets="ready"]', state="attached")


def facet_counts(page: Page, group: str) -> dict[str, int]:
    open_filters(page)
    rows = page.eval_on_selector_all(
        f'[data-cb-group="{group}"] .cb-opt:not([hidden])',
        """opts => opts.map(o => [
            o.querySelector("input").value,
            Number(o.querySelector(".cb-opt__count").dataset.count),
        ])""",
    )
    return {value: count for value, count in rows}


def check(page: Page, group: str, value: str) -> None:
    open_filters(page)
    page.locator(f'[data-cb-group="{group}"] input[value="{value}"]').check()


# ---------------------------------------------------------------- Vietnamese queries


@pytest.mark.parametrize(
    ("query", "phrases"),
    [
        ("dang vien", ["đảng viên"]),
        ("kiem tra giam sat", ["kiểm tra", "giám sát"]),
        ("dieu le dang", ["Điều lệ Đảng"]),
    ],
)
def test_query_without_marks_finds_the_words_with_marks(
    open_page: OpenPage, server: str, real_site: BuildResult, query: str, phrases: list[str]
) -> None:
    page = search(open_page, server, q=query)
    paths = result_paths(page)
    assert len(paths) >= 3, paths
    # Pages holding the words with their marks come first (the first one does).
    holds = [all(first_contains(real_site.site, p, x) for x in phrases) for p in paths]
    assert holds[0] and holds == sorted(holds, reverse=True), list(zip(paths, holds, strict=True))


def test_query_with_marks_ranks_exact_words_first(
    open_page: OpenPage, server: str, real_site: BuildResult
) -> None:
    page = search(open_page, server, q="đảng viên")
    paths = result_paths(page, everything=True)
    exact = [first_contains(real_site.site, p, "đảng viên") for p in paths]
    assert exact[0] and not all(exact), "the content must have pages with and without it"
    assert exact == sorted(exact, reverse=True), list(zip(paths, exact, strict=True))


@pytest.mark.parametrize(
    ("query", "folded"), [("sinh hoạt chi bộ", False), ("sinh hoat chi bo", True)]
)
def test_phrase_hits_rank_above_scattered_syllables(
    open_page: OpenPage, server: str, real_site: BuildResult, query: str, folded: bool
) -> None:
    page = search(open_page, server, q=query)
    paths = result_paths(page, everything=True)
    phrase = [first_contains(real_site.site, p, "sinh hoạt chi bộ", folded) for p in paths]
    assert phrase[0] and not all(phrase), "the content must have pages with and without it"
    assert phrase == sorted(phrase, reverse=True), list(zip(paths, phrase, strict=True))


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("22 QD TW", REG_22),
        ("qd 22", REG_22),
        ("22-QĐ/TW", REG_22),
        ("quy dinh 22", REG_22),
        ("22/QĐ-TW", REG_22),
        ("QĐ 22", REG_22),
        ("quy định số 22", REG_22),
        ("08-QĐi/TW", "/regulations/08-qdi-tw-2018/"),
        ("76 qd tw", "/regulations/76-qd-tw-2000/"),
    ],
)
def test_regulation_number_puts_the_regulation_first(
    open_page: OpenPage, server: str, query: str, first: str
) -> None:
    page = search(open_page, server, q=query)
    assert result_paths(page)[0] == first
    card = page.locator("#cb-hits > li").first.text_content() or ""
    assert "Văn bản" in card and "Hiệu lực" in card
    # Its excerpt quotes the document's own text, the number marked (not its title alone).
    excerpt = page.locator("#cb-hits > li").first.locator(".cb-hit__excerpt")
    assert (excerpt.text_content() or "").strip(), card
    number = first.split("/")[2].split("-")[0]
    assert number in excerpt.locator("mark").all_text_contents(), excerpt.inner_html()


def build_search_site(root: Path, overrides: dict[str, str | None]) -> BuildResult:
    """The tiny docs tree with `overrides`, the search page, its script and the theme
    override, built strictly (no warning)."""
    files: dict[str, str | bytes] = dict(tiny_tree(overrides))
    for rel in ("search.md", "assets/search.js", "assets/search.css"):
        files[rel] = (DOCS / rel).read_bytes()
    theme = f"  name: material\n  custom_dir: {ROOT / 'overrides'}\n"
    config = MKDOCS_YML.replace("  name: material\n", theme)
    config += "extra_javascript:\n  - assets/search.js\nextra_css:\n  - assets/search.css\n"
    result = build_tree(root, files, config)
    assert not result.aborted and result.warnings == [], result.warnings
    return result


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A tiny site with the search UI: one case says "đảng viên"; a practice says "đang"
    many times and "viên" (in "học viên") but never "đảng viên"."""
    practice = """\
        ---
        key: hoc-tap
        name: Học tập
        definition: Học viên đang học, đang nghe giảng, đang ghi chép bài.
        ---

        Học viên đang học; lớp đang mở; học viên đang làm bài, đang hỏi, đang trả lời.
        """
    result = build_search_site(
        tmp_path_factory.mktemp("tiny-search"), {"practices/hoc-tap.md": practice}
    )
    with serve(result.site) as url:
        yield url


def test_exact_words_beat_a_page_that_repeats_the_folded_syllable(
    open_page: OpenPage, tiny_site: str
) -> None:
    case, practice = "/models/chi-bo-thu-nghiem/", "/practices/hoc-tap/"
    paths = result_paths(search(open_page, tiny_site, q="đảng viên"), everything=True)
    assert paths[0] == case and practice in paths, paths
    # Without marks, both spellings are tried: the page with "đảng viên" still comes first.
    paths = result_paths(search(open_page, tiny_site, q="dang vien"), everything=True)
    assert paths[0] == case and practice in paths, paths


def test_a_page_matched_on_its_title_shows_the_lead_of_its_body(
    open_page: OpenPage, tiny_site: str
) -> None:
    """No sentence of the body has a query word: the card still quotes the body (its first
    sentence, nothing marked), never the title or a fact field."""
    page = search(open_page, tiny_site, q="thu nghiem")
    card = page.locator("#cb-hits > li", has=page.locator('a[href$="/chi-bo-thu-nghiem/"]'))
    excerpt = card.locator(".cb-hit__excerpt")
    assert excerpt.text_content() == "Mỗi kỳ sinh hoạt kiểm tra một đảng viên để đi vào chiều sâu."
    assert excerpt.locator("mark").count() == 0


# ---------------------------------------------------------------- filters


@pytest.mark.parametrize("group", ["province", "practice", "sector"])
def test_facet_counts_match_the_front_matter(open_page: OpenPage, server: str, group: str) -> None:
    expected = Counter(v for case in cases().values() for v in values_of(case, group))
    page = search(open_page, server)
    assert facet_counts(page, group) == dict(expected)


def test_filter_data_loads_when_the_panel_opens(open_page: OpenPage, server: str) -> None:
    """The first search downloads no filter data (nor any Pagefind file); opening the panel
    shows the counts."""
    page = open_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.goto(server + "search/?q=dang+vien")
    wait_done(page, "dang vien")
    assert not page.locator("#cb-filters").evaluate("d => d.open")
    assert result_paths(page), "the search must have results"
    facets = "/search/first/facets.json"
    assert [u for u in fetched if u == facets or "/pagefind/" in u] == []
    page.locator("#cb-filters > summary").click()
    page.wait_for_selector('#cb-filters[data-cb-facets="ready"]', state="attached")
    assert facets in fetched
    counts = facet_counts(page, "loai")
    assert counts and sum(counts.values()) == result_count(page), counts


def test_two_filters_narrow_the_results(open_page: OpenPage, server: str) -> None:
    page = search(open_page, server)
    check(page, "practice", "Kiểm tra")
    wait_done(page, "")
    with_practice = {p for p, c in cases().items() if "Kiểm tra" in c["practice"]}
    assert set(result_paths(page, everything=True)) == with_practice
    # Counts in the other groups now describe cases with this practice only.
    sectors = Counter(cases()[p]["sector"] for p in with_practice)
    assert facet_counts(page, "sector") == dict(sectors)
    check(page, "sector", "Công an")
    wait_done(page, "")
    both = {p for p in with_practice if cases()[p]["sector"] == "Công an"}
    assert both and len(both) < len(with_practice), "pick filters that narrow"
    assert set(result_paths(page, everything=True)) == both
    assert result_count(page) == len(both)


def test_filters_alone_list_every_case_of_a_province(open_page: OpenPage, server: str) -> None:
    provinces = Counter(c["province"] for c in cases().values())
    for province in provinces:
        page = search(open_page, server, province=province)
        expected = {p for p, c in cases().items() if c["province"] == province}
        assert set(result_paths(page, everything=True)) == expected, province
        assert page.locator(f'input[name="province"][value="{province}"]').is_checked()


def test_url_state_round_trips(open_page: OpenPage, server: str) -> None:
    page = open_page()
    page.goto(server + "search/?q=giam+sat&practice=Ki%E1%BB%83m+tra")
    wait_done(page, "giam sat")
    assert page.input_value("#cb-q") == "giam sat"
    assert page.locator('input[name="practice"][value="Kiểm tra"]').is_checked()
    paths = result_paths(page)
    assert paths and set(paths) <= {p for p, c in cases().items() if "Kiểm tra" in c["practice"]}
    # Changes go back into the URL (replaceState), so the search can be shared as it is.
    check(page, "sector", "Công an")
    page.fill("#cb-q", "kiem tra")
    wait_done(page, "kiem tra")
    state = parse_qs(urlsplit(page.url).query)
    assert state == {"q": ["kiem tra"], "practice": ["Kiểm tra"], "sector": ["Công an"]}
    again = open_page()
    again.goto(page.url)
    wait_done(again, "kiem tra")
    assert result_paths(again) == result_paths(page)
    assert again.locator('input[name="sector"][value="Công an"]').is_checked()


# ---------------------------------------------------------------- entry point and small screens


def test_header_form_submits_to_the_search_page(open_page: OpenPage, server: str) -> None:
    page = open_page()
    page.goto(server)
    field = page.get_by_role("search").get_by_role("searchbox")
    field.fill("kiem tra")
    field.press("Enter")
    page.wait_for_url("**/search/?q=kiem+tra")
    wait_done(page, "kiem tra")
    assert page.input_value("#cb-q") == "kiem tra"
    assert result_count(page) > 0


def test_search_is_usable_at_360_px(open_page: OpenPage, server: str) -> None:
    home = open_page(width=360)
    home.goto(server + "about/")
    box = home.locator("#cb-hq").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert box["width"] >= 80
    page = open_page(width=360)
    page.goto(server + "search/")
    wait_done(page, "")
    field = page.locator("#cb-q")
    box = field.bounding_box()
    assert field.is_visible() and box is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["width"] >= 200
    field.fill("giam sat")
    wait_done(page, "giam sat")
    assert result_count(page) > 0
    assert page.locator("#cb-hits > li").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


# ---------------------------------------------------------------- synthetic corpus


SYNTH_BUNDLE = 50
"""Pages per full-text bundle of the synthetic site."""


@pytest.fixture(scope="module")
def synth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A 120-case synthetic site, indexed by Pagefind in bundles of at most 50 pages (what a
    site of 10,000 cases gets with the default of 2,500), served on loopback."""
    import subprocess
    import sys

    from tests.conftest import run_build, serve

    root = tmp_path_factory.mktemp("synth-search")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "synth_corpus.py"), "--count", "120",
         "--out", str(root), "--force"], check=True, capture_output=True,
    )  # fmt: skip
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    option = "      search: !ENV [CASEBOOK_SEARCH, true]\n"
    assert option in config
    config = config.replace(option, option + f"      search_bundle_pages: {SYNTH_BUNDLE}\n")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = run_build(root / "mkdocs.yml", root / "site")
    assert not result.aborted, result.warnings[:3]
    with serve(root / "site") as url:
        yield url, root


def test_synthetic_corpus_folding_and_facets(
    open_page: OpenPage, synth_server: tuple[str, Path]
) -> None:
    url, root = synth_server
    page = open_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.goto(url + "search/?q=dang+vien")
    wait_done(page, "dang vien")
    # The first search reads a few shards of the first index and no Pagefind file.
    shards = len(list((root / "site" / "search" / "first").glob("t*.json")))
    loaded = {u for u in fetched if re.search(r"/search/first/t\d+\.json$", u)}
    assert shards > 1 and 0 < len(loaded) < shards, (len(loaded), shards)
    assert [u for u in fetched if "/pagefind/" in u] == []
    paths = result_paths(page)
    assert paths and all(p.startswith(("/models/", "/practices/", "/regulations/")) for p in paths)
    assert first_contains(root / "site", paths[0], "đảng viên")
    expected: dict[str, int] = {}
    for path in (root / "docs" / "models").glob("*.md"):
        province = front_matter(path)["province"] or "Không rõ"
        expected[province] = expected.get(province, 0) + 1
    browse = search(open_page, url)
    assert facet_counts(browse, "province") == expected


def test_full_text_in_bundles_finds_and_counts_as_one_index(
    open_page: OpenPage, synth_server: tuple[str, Path]
) -> None:
    url, root = synth_server
    site = root / "site"
    bundles = json.loads((site / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    assert len(bundles["bundles"]) >= 3
    bundle_of: dict[str, str] = {}  # page URL → its bundle, from the fragments
    for bundle in bundles["bundles"]:
        for fragment in (site / bundle / "fragment").iterdir():
            data = json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd") :])
            bundle_of[data["url"]] = bundle
    assert len(set(bundle_of.values())) == len(bundles["bundles"])
    first = result_paths(search(open_page, url, q="dang vien"), everything=True)
    full = result_paths(search(open_page, url, q="dang vien", **{"toan-van": "1"}), everything=True)
    assert set(first) <= set(full), "the full text finds at least what the first index finds"
    assert len({bundle_of[p] for p in full}) >= 2, "results come from every bundle searched"
    expected: dict[str, int] = {}
    for path in (root / "docs" / "models").glob("*.md"):
        province = front_matter(path)["province"] or "Không rõ"
        expected[province] = expected.get(province, 0) + 1
    browse = search(open_page, url, **{"toan-van": "1"})
    assert facet_counts(browse, "province") == expected, "facets add up over the bundles"
    province = max(expected, key=lambda p: expected[p])
    listed = search(open_page, url, province=province, **{"toan-van": "1"})
    paths = set(result_paths(listed, everything=True))
    assert len(paths) == expected[province], "a filter alone lists its pages from every bundle"
    assert len({bundle_of[p] for p in paths}) >= 2


def test_related_case_titles_are_not_indexed_text(tmp_path: Path) -> None:
    """A case matches a query for what it says, not for the titles of the related cases
    listed under it."""
    other = CASE.replace("Chi bộ Thử nghiệm", "Chi bộ Láng giềng")
    theme = f"  name: material\n  custom_dir: {ROOT / 'overrides'}\n"  # marks the indexed part
    config = MKDOCS_YML.replace("  name: material\n", theme)
    result = build_tree(tmp_path, tiny_tree({"models/chi-bo-lang-gieng.md": other}), config)
    assert not result.aborted, result.warnings
    html = result.page("models/chi-bo-thu-nghiem/index.html")
    assert "Chi bộ Láng giềng" in html  # shown to readers
    text = indexed_words(result.site, "models/chi-bo-thu-nghiem")
    assert words("Láng giềng") not in text
    assert words("Chi bộ Thử nghiệm kiểm tra từng đảng viên") in text
    # The documents it applies are part of what it says.
    assert words("22-QĐ/TW") in text
    assert words("công tác kiểm tra, giám sát và kỷ luật của Đảng") in text


# ---------------------------------------------------------------- full text, excerpts


def body_only_word(site: Path) -> tuple[str, str]:
    """A word of one page's full text that no page of the first index holds."""
    first = " ".join(
        fold(words(" ".join([r["t"], *r["x"], *r["f"]]))) for r in first_records(site).values()
    )
    seen: Counter[str] = Counter()
    where: dict[str, str] = {}
    for path in sorted(first_records(site)):
        for w in set(indexed_words(site, path).split()):
            seen[w] += 1
            where[w] = path
    candidates = sorted(
        w for w, n in seen.items()
        if n == 1 and w.isalpha() and len(w) >= 6 and f" {fold(w)} " not in f" {first} "
    )  # fmt: skip
    assert candidates, "the content must have words outside the first index"
    return candidates[0], where[candidates[0]]


def test_full_text_is_searched_when_the_first_index_has_nothing(
    open_page: OpenPage, server: str, real_site: BuildResult
) -> None:
    word, path = body_only_word(real_site.site)
    page = search(open_page, server, q=word)
    assert parse_qs(urlsplit(page.url).query).get("toan-van") == ["1"]
    assert "trong toàn văn" in page.inner_text("#cb-status")
    assert result_paths(page)[0] == path


def test_full_text_on_request_and_back(open_page: OpenPage, server: str) -> None:
    page = search(open_page, server, q="dang vien")
    first = result_paths(page, everything=True)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.locator("#cb-full").click()
    page.wait_for_function("() => location.search.includes('toan-van=1')")
    wait_done(page, "dang vien")
    assert [u for u in fetched if u.startswith("/pagefind/")], "the full text comes from Pagefind"
    assert "trong toàn văn" in page.inner_text("#cb-status")
    full = result_paths(page, everything=True)
    assert set(first) <= set(full), "the full text finds at least what the first index finds"
    page.locator("#cb-full").click()
    page.wait_for_function("() => !location.search.includes('toan-van')")
    wait_done(page, "dang vien")
    assert result_paths(page, everything=True) == first


FACT_LABELS = ("Thông tin", "Nội dung", "Đơn vị", "Cấp tổ chức", "Trực thuộc", "Số đảng viên")


@pytest.mark.parametrize("full", [False, True])
def test_excerpts_quote_the_matching_sentence_of_the_body(
    open_page: OpenPage, server: str, real_site: BuildResult, full: bool
) -> None:
    params = {"q": "kiem tra giam sat", **({"toan-van": "1"} if full else {})}
    page = search(open_page, server, **params)
    cards = page.eval_on_selector_all(
        "#cb-hits > li",
        """cards => cards.map(c => [c.querySelector(".cb-hit__title a").pathname,
            c.querySelector(".cb-hit__excerpt")?.textContent || null,
            Array.from(c.querySelectorAll(".cb-hit__excerpt mark"), m => m.textContent)])""",
    )
    quoted = [(path, text, marks) for path, text, marks in cards if text]
    assert len([q for q in quoted if q[2]]) >= 3, cards
    if not full:  # every page of the first index has body text to quote
        assert len(quoted) == len(cards), cards
    for path, text, marks in quoted:
        assert all(fold(m.lower()) in ("kiem", "tra", "giam", "sat") for m in marks)
        if not marks:  # no sentence has a query word: the lead of the body, as it is
            assert not set(fold(words(text)).split()) & {"kiem", "tra", "giam", "sat"}, text
            lead = quoted_text(real_site.site, path)[0]
            assert not full and lead.startswith(text.strip("… ")), (path, text)
        assert not any(text.startswith(label) for label in FACT_LABELS), text
        assert "Thông tinNội dung" not in text
        if not full:  # a sentence of the page's body text, cut at word boundaries
            body = " ".join(quoted_text(real_site.site, path))
            for piece in text.strip("… ").split(" … "):
                assert piece.strip("… ") in body, (path, piece)
        else:  # words of the indexed page, in order
            assert words(text.replace("…", " ")).strip() in indexed_words(real_site.site, path)


# ---------------------------------------------------------------- relevance table


def regulation_code(meta: dict[str, Any]) -> str | None:
    """'22-QĐ/TW' (Party style) or '14/KH-CAH' (state style), from a document's front-matter."""
    number, symbol = meta.get("number"), meta.get("symbol")
    if not (number and symbol):
        return None
    sep = "/" if "-" in symbol and "/" not in symbol else "-"
    return f"{number}{sep}{symbol}"


SEARCH_TYPES = {"qd", "qdi", "nq", "ct", "kl", "hd", "kh", "cv", "tb"}
"""Document types whose numbers search.js recognises ("22-QĐ/TW", "qd 22")."""


def plain(text: str) -> str:
    """What a reader types without marks: 'Sinh hoạt chuyên đề' → 'sinh hoat chuyen de'."""
    return fold(words(text)).strip()


def relevance_table(docs: Path, cases: int = 5) -> list[tuple[str, set[str], str]]:
    """(query, pages one of which must come first, why), derived from the content of any
    docs tree: document numbers as written and typed without marks, practice names typed
    without marks, and case titles with and without marks."""
    rows: list[tuple[str, set[str], str]] = []
    numbered: dict[str, set[str]] = {}  # the same number, type and issuer: any may come first
    for path in sorted((docs / "regulations").glob("*.md")):
        code = regulation_code(front_matter(path)) if path.name != "index.md" else None
        if code and plain(code).split()[1] in SEARCH_TYPES:
            numbered.setdefault(code, set()).add(f"/regulations/{path.stem}/")
    for code, target in numbered.items():
        rows.append((code, target, "document number"))
        if len(rows) < 24:
            rows.append((plain(code), target, "document number without marks"))
    for path in sorted((docs / "practices").glob("*.md")):
        if path.name != "index.md":
            name = front_matter(path)["name"]
            rows.append((plain(name), titled(docs, name), "practice name"))
    models = sorted(p for p in (docs / "models").glob("*.md") if p.name != "index.md")
    for path in models[:: max(1, len(models) // cases)][:cases]:
        title = front_matter(path)["title"]
        rows.append((title, titled(docs, title), "case title"))
        rows.append((plain(title), titled(docs, title), "case title without marks"))
    return rows


def titled(docs: Path, title: str) -> set[str]:
    """Pages whose title is `title` (folded): any of them may come first."""
    out = set()
    for folder, key in (("models", "title"), ("practices", "name")):
        for path in (docs / folder).glob("*.md"):
            if path.name != "index.md" and plain(front_matter(path)[key]) == plain(title):
                out.add(f"/{folder}/{path.stem}/")
    return out


@pytest.mark.parametrize("corpus", ["real", "synthetic"])
def test_relevance_table(open_page: OpenPage, request: pytest.FixtureRequest, corpus: str) -> None:
    """The page a query names comes first, on the real content and on the synthetic corpus."""
    if corpus == "real":
        url, docs = request.getfixturevalue("server"), DOCS
    else:
        url, root = request.getfixturevalue("synth_server")
        docs = root / "docs"
    rows = relevance_table(docs)
    assert len(rows) >= 30, rows
    page = open_page()
    wrong = []
    for query, expected, why in rows:
        page.goto(url + "search/?" + urlencode({"q": query}))
        wait_done(page, query)
        paths = result_paths(page)
        if not paths or paths[0] not in expected:
            wrong.append((why, query, sorted(expected), paths[:3]))
    assert wrong == []


def test_typing_does_not_fall_back_to_the_full_text_until_submitted(
    open_page: OpenPage, server: str, real_site: BuildResult
) -> None:
    """A half-typed word finds nothing in the first index: that alone must not download
    the full-text index on a slow link; submitting the query does."""
    word, path = body_only_word(real_site.site)
    page = search(open_page, server)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.fill("#cb-q", word)
    wait_done(page, word)
    assert page.inner_text("#cb-status").startswith("Không có kết quả")
    assert [u for u in fetched if u.startswith("/pagefind/")] == []
    assert page.locator("#cb-full").is_visible()
    page.press("#cb-q", "Enter")
    page.wait_for_function("() => location.search.includes('toan-van=1')")
    wait_done(page, word)
    assert result_paths(page)[0] == path


# Held-out real text: sentences from public Vietnamese articles (baomoi.com "Một số giải pháp
# nâng cao chất lượng sinh hoạt chi bộ"; an article on Đảng bộ phường Đoàn Kết; the book
# "Hỏi đáp về sinh hoạt chi bộ ở cơ sở"), found with the search tool and used as lessons of
# a test case. The expected excerpt of each query was written down before the code ran on
# them; nothing was tuned on them.
REAL_LESSONS = [
    "Nâng cao chất lượng sinh hoạt chi bộ là một trong những nhiệm vụ quan trọng trực tiếp"
    " nâng cao chất lượng hoạt động của tổ chức đảng, không ngừng củng cố đội ngũ đảng viên."
    " Đây là một trong những biện pháp cơ bản để góp phần ổn định về tổ chức, chính trị, tư"
    " tưởng của tổ chức Đảng, đảng viên; đồng thời là cơ sở để giáo dục, bồi dưỡng, rèn"
    " luyện, sàng lọc và phát triển đảng viên.",
    "Đảng bộ phường Đoàn Kết có 20 chi bộ trực thuộc, với gần 600 đảng viên, trong đó có 13"
    " chi bộ tổ dân phố, bản.",
    "Sinh hoạt chi bộ là các hoạt động tập thể của đảng viên trong chi bộ để thảo luận và"
    " quyết định những vấn đề cần thiết, gồm các cuộc họp chi bộ thường kỳ, hội nghị chi bộ"
    " và đại hội chi bộ.",
]
# query → a piece the excerpt must contain, and pieces it must not contain
HELD_OUT = [
    ("phat trien dang vien", "sàng lọc và phát triển đảng viên", ["Nâng cao chất lượng"]),
    ("to dan pho", "13 chi bộ tổ dân phố", ["Sinh hoạt chi bộ là"]),
    ("dai hoi chi bo", "hội nghị chi bộ và đại hội chi bộ", ["Đoàn Kết"]),
    ("sinh hoat chi bo", "sinh hoạt chi bộ", ["Đoàn Kết", "phát triển đảng viên"]),
    ("bồi dưỡng", "giáo dục, bồi dưỡng", ["Nâng cao chất lượng sinh hoạt"]),
]


@pytest.fixture(scope="module")
def held_out_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    lessons = "".join(
        f"  - id: bai-hoc-{i}\n    practice: kiem-tra\n    text: {text}\n"
        for i, text in enumerate(REAL_LESSONS)
    )
    case = re.sub(r"lessons:\n(?:  .*\n)+", "lessons:\n" + lessons, CASE)
    result = build_search_site(
        tmp_path_factory.mktemp("held-out"), {"models/chi-bo-thu-nghiem.md": case}
    )
    with serve(result.site) as url:
        yield url


@pytest.mark.parametrize(("query", "wanted", "unwanted"), HELD_OUT)
def test_excerpt_on_held_out_real_sentences(
    open_page: OpenPage, held_out_site: str, query: str, wanted: str, unwanted: list[str]
) -> None:
    page = search(open_page, held_out_site, q=query)
    card = page.locator("#cb-hits > li", has=page.locator('a[href$="/chi-bo-thu-nghiem/"]'))
    text = card.locator(".cb-hit__excerpt").text_content() or ""
    assert wanted in text, text
    assert not [u for u in unwanted if u in text], text
    marked = card.locator(".cb-hit__excerpt mark").all_text_contents()
    assert {fold(m.lower()) for m in marked} == set(fold(query).split()), marked
