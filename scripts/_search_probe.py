#!/usr/bin/env python3
"""Helper of bench.py: bytes of Pagefind files the first search transfers, in Chromium.

Usage: `python scripts/_search_probe.py SITE_DIR QUERY [--detail]`; prints the byte count
(with `--detail`, then one line per file type: bytes, number of files).
"""

from __future__ import annotations

import functools
import sys
import threading
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import chromium  # scripts/chromium.py: the browser discovery the tests use
from playwright.sync_api import Response, sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    site, query = Path(sys.argv[1]), sys.argv[2]
    detail = "--detail" in sys.argv[3:]
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    size: Counter[str] = Counter()
    files: Counter[str] = Counter()

    def count(response: Response) -> None:
        if "/pagefind/" in response.url:
            kind = file_type(response.url)
            # The header, not body(): DevTools may hand back a truncated body of a large file.
            length = response.header_value("content-length")
            size[kind] += int(length) if length else len(response.body())
            files[kind] += 1

    executable = chromium.find()  # before Playwright starts: it may ask Playwright itself
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        page = browser.new_page()
        page.on("response", count)
        if (site / "search" / "index.html").exists():  # our search page, as a reader uses it
            page.goto(f"{base}search/?q={quote(query)}")
            # "networkidle" alone comes too early: the search computes for seconds between
            # requests. Wait for the results on screen, then for the network to settle.
            page.wait_for_function(
                """q => { const r = document.getElementById("cb-results");
                          return r.getAttribute("aria-busy") === "false"
                                 && r.dataset.cbQuery === q; }""",
                arg=query.strip(),
                timeout=120_000,
            )
            page.wait_for_load_state("networkidle")
        else:  # the bare Pagefind API
            page.goto(base)
            page.evaluate("async q => { const pf = await import('/pagefind/pagefind.js');"
                          " const r = await pf.search(q); await Promise.all("
                          "r.results.slice(0, 5).map(x => x.data())); }", query)  # fmt: skip
            page.wait_for_load_state("networkidle")
        browser.close()
    httpd.shutdown()
    print(sum(size.values()))
    for kind, n in size.most_common() if detail else []:
        print(f"{kind:12} {n:9} B {files[kind]:5} files")
    return 0


def file_type(url: str) -> str:
    """`pf_index`, `pf_fragment`, `pagefind.js`, … for a Pagefind bundle URL."""
    name = url.split("?")[0].rsplit("/", 1)[-1]
    if name.startswith("wasm."):
        return "wasm"
    return name.rsplit(".", 1)[-1] if ".pf_" in name else name


if __name__ == "__main__":
    raise SystemExit(main())
