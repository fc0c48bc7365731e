#!/usr/bin/env python3
"""Helper of bench.py: bytes of Pagefind files the first search transfers, in Chromium.

Usage: `python scripts/_search_probe.py SITE_DIR QUERY`; prints the byte count.
"""

from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Response, sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    site, query = Path(sys.argv[1]), sys.argv[2]
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    total = 0

    def count(response: Response) -> None:
        nonlocal total
        if "/pagefind/" in response.url:
            total += len(response.body())

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page()
        page.on("response", count)
        if (site / "search" / "index.html").exists():  # our search page, as a reader uses it
            page.goto(f"{base}search/?q={quote(query)}", wait_until="networkidle")
        else:  # the bare Pagefind API
            page.goto(base)
            page.evaluate("async q => { const pf = await import('/pagefind/pagefind.js');"
                          " const r = await pf.search(q); await Promise.all("
                          "r.results.slice(0, 5).map(x => x.data())); }", query)  # fmt: skip
            page.wait_for_load_state("networkidle")
        browser.close()
    httpd.shutdown()
    print(total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
