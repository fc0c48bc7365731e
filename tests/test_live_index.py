"""Pagefind fed page by page during the build (casebook.live_index)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.live_index import LiveIndex, LiveIndexError, check_bundle

PAGE = """<!doctype html><html lang="vi"><head><title>{title}</title></head><body>
<nav>Trình đơn chung</nav><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main>
</body></html>"""
PAGES = {
    "models/a/index.html": PAGE.format(title="Chi bộ A", text="Đảng viên sinh hoạt đều."),
    "models/b/index.html": PAGE.format(title="Chi bộ B", text="Kiểm tra, giám sát."),
    "index.html": "<html><body><p>Trang không đánh dấu</p></body></html>",
}


def entry(site: Path) -> dict[str, object]:
    data = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
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
    index.write(live)
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
        index.write(tmp_path)
    index.close()


def test_a_bundle_with_an_empty_entry_file_fails_the_build(tmp_path: Path) -> None:
    index = LiveIndex()
    index.add(PAGES["models/a/index.html"], "/models/a/")
    index.write(tmp_path)  # a complete bundle passes the check
    (tmp_path / "pagefind" / "pagefind-entry.json").write_text("", encoding="utf-8")
    with pytest.raises(LiveIndexError, match="pagefind-entry.json"):
        check_bundle(tmp_path / "pagefind")
