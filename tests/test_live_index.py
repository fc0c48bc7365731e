"""Pagefind fed page by page during the build (casebook.live_index)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.live_index import LiveIndex, LiveIndexError, SplitIndex, bundle_sizes, check_bundle

PAGE = """<!doctype html><html lang="vi"><head><title>{title}</title></head><body>
<nav>Trình đơn chung</nav><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main>
</body></html>"""
PAGES = {
    "models/a/index.html": PAGE.format(title="Chi bộ A", text="Đảng viên sinh hoạt đều."),
    "models/b/index.html": PAGE.format(title="Chi bộ B", text="Kiểm tra, giám sát."),
    "index.html": "<html><body><p>Trang không đánh dấu</p></body></html>",
}


def entry(site: Path, bundle: str = "pagefind") -> dict[str, object]:
    data = json.loads((site / bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return dict(data["languages"]["vi"])


def test_live_index_matches_the_cli_on_the_same_pages(tmp_path: Path) -> None:
    live, cli = tmp_path / "live", tmp_path / "cli"
    for site in (live, cli):
        for rel, html in PAGES.items():
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            (site / rel).write_text(html, encoding="utf-8")
    index = LiveIndex()
    for rel, html in PAGES.items():
        index.add(html, "/" + rel.removesuffix("index.html"))
    index.write(live / "pagefind")
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(cli), "--silent",
                    "--exclude-selectors", ".headerlink"], check=True)  # fmt: skip
    assert entry(live)["page_count"] == entry(cli)["page_count"] == 2
    fragments = sorted(p.name for p in (live / "pagefind" / "fragment").iterdir())
    assert fragments == sorted(p.name for p in (cli / "pagefind" / "fragment").iterdir())


def test_a_dead_pagefind_is_an_error_not_a_hang(tmp_path: Path) -> None:
    index = LiveIndex()
    index._proc.kill()  # what a crash of the Pagefind process looks like
    with pytest.raises(LiveIndexError):
        for _ in range(2000):  # fills the pipe: the write must fail, not block
            index.add(PAGE.format(title="x", text="y" * 1000), "/x/")
        index.write(tmp_path / "pagefind")
    index.close()


def test_a_bundle_with_an_empty_entry_file_fails_the_build(tmp_path: Path) -> None:
    index = LiveIndex()
    index.add(PAGES["models/a/index.html"], "/models/a/")
    index.write(tmp_path / "pagefind")  # a complete bundle passes the check
    (tmp_path / "pagefind" / "pagefind-entry.json").write_text("", encoding="utf-8")
    with pytest.raises(LiveIndexError, match="pagefind-entry.json"):
        check_bundle(tmp_path / "pagefind")


@pytest.mark.parametrize(
    ("pages", "most"), [(0, 3), (1, 3), (3, 3), (4, 3), (10, 3), (10_100, 2500), (7, 100)]
)
def test_bundle_sizes_are_few_even_and_within_the_limit(pages: int, most: int) -> None:
    sizes = bundle_sizes(pages, most)
    assert sum(sizes) == pages
    assert all(size <= most for size in sizes)
    assert len(sizes) == max(1, -(-pages // most))  # no more bundles than needed
    assert max(sizes) - min(sizes) <= 1


class FakeIndex(LiveIndex):
    """A LiveIndex without Pagefind: records what it was given and where it was written."""

    live: list[FakeIndex] = []
    started: list[FakeIndex] = []

    def __init__(self) -> None:  # noqa: D107 - no process
        self.urls: list[str] = []
        self.folder: Path | None = None
        self.indexed = set()
        FakeIndex.started.append(self)
        FakeIndex.live.append(self)
        self.most_alive = len(FakeIndex.live)

    def add(self, html: str, url: str) -> None:
        self.urls.append(url)

    def write(self, bundle: Path) -> None:
        self.folder = bundle
        self.indexed = set(self.urls)
        self.close()

    def close(self) -> None:
        if self in FakeIndex.live:
            FakeIndex.live.remove(self)


def test_split_index_writes_even_bundles_in_order_and_lists_them(tmp_path: Path) -> None:
    FakeIndex.started, FakeIndex.live = [], []
    (tmp_path / "pagefind").mkdir()
    split = SplitIndex(tmp_path, expected=7, most=3, start=FakeIndex)
    urls = [f"/models/{n}/" for n in range(8)]  # one page more than expected
    for url in urls:
        split.add("<html></html>", url)
    split.write()
    parts = FakeIndex.started
    assert [p.urls for p in parts] == [urls[:3], urls[3:5], urls[5:]]
    assert [p.folder for p in parts] == [tmp_path / "pagefind", tmp_path / "pagefind-2",
                                         tmp_path / "pagefind-3"]  # fmt: skip
    assert max(p.most_alive for p in parts) <= 2, "at most two Pagefind processes at once"
    assert split.indexed == set(urls)
    listing = json.loads((tmp_path / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    assert listing == {"bundles": ["pagefind/", "pagefind-2/", "pagefind-3/"]}


def test_split_index_merges_to_the_same_pages_as_one_index(tmp_path: Path) -> None:
    pages = {f"/models/{n}/": PAGE.format(title=f"Chi bộ {n}", text=f"Đảng viên số {n}.")
             for n in range(5)}  # fmt: skip
    one, split = tmp_path / "one", tmp_path / "split"
    index = LiveIndex()
    splitter = SplitIndex(split, expected=len(pages), most=2)
    for url, html in pages.items():
        index.add(html, url)
        splitter.add(html, url)
    index.write(one / "pagefind")
    splitter.write()
    bundles = json.loads((split / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    assert len(bundles["bundles"]) == 3
    assert [entry(split, b)["page_count"] for b in bundles["bundles"]] == [2, 2, 1]
    assert splitter.indexed == index.indexed == set(pages)
    fragments = {p.name for b in bundles["bundles"] for p in (split / b / "fragment").iterdir()}
    assert fragments == {p.name for p in (one / "pagefind" / "fragment").iterdir()}
