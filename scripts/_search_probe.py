#!/usr/bin/env python3
"""Helper of bench.py: bytes a reader's first search transfers, in headless Chromium.

Each query opens `search/?q=…` in a fresh browser context (empty cache) and waits for the
results. Everything the page loads is counted: the page itself, styles, scripts, Pagefind
files. The site is served the way a compressing static host serves it: text files (HTML,
CSS, JavaScript, JSON, SVG) gzip-compressed, Pagefind's files as they are (Pagefind
compresses them itself). The bytes are counted by the server, as sent.

Usage: `python scripts/_search_probe.py SITE_DIR QUERY… [--full] [--detail]`; prints one JSON
object {query: bytes}. `--full` searches the full text (Pagefind, `?toan-van=1`) instead of
the first index; `--detail` adds, on stderr, one line per query and file type.
"""

from __future__ import annotations

import gzip
import json
import sys
import threading
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import chromium  # scripts/chromium.py: the browser discovery the tests use
from playwright.sync_api import sync_playwright

from casebook import routes

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
COMPRESSED = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".xml")


class Ledger:
    """Bytes sent per file type, and files per type (thread-safe)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.size: Counter[str] = Counter()
        self.files: Counter[str] = Counter()

    def add(self, path: str, sent: int) -> None:
        with self.lock:
            self.size[file_type(path)] += sent
            self.files[file_type(path)] += 1


def handler_for(site: Path, ledger: Ledger) -> type[SimpleHTTPRequestHandler]:
    class Gzipping(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            path = unquote(urlsplit(self.path).path)
            target = site / path.lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                self.send_error(404)
                return
            body = target.read_bytes()
            gzipped = target.suffix in COMPRESSED
            if gzipped:
                body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(target)))
            if gzipped:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            ledger.add(path, len(body))

    return Gzipping


def measure(site: Path, query: str, detail: bool, full: bool = False) -> int:
    ledger = Ledger()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site, ledger))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    executable = chromium.find()  # before Playwright starts: it may ask Playwright itself
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=ARGS)
            context = browser.new_context()  # a fresh profile: empty cache
            page = context.new_page()
            page.goto(
                f"{base}{routes.url_path(routes.SEARCH_PAGE)}?q={quote(query)}"
                + ("&toan-van=1" if full else "")
            )
            # "networkidle" alone comes too early: the search computes between requests.
            # Wait for the results on screen, then for the network to settle.
            page.wait_for_function(
                """q => { const r = document.getElementById("cb-results");
                          return r && r.getAttribute("aria-busy") === "false"
                                 && r.dataset.cbQuery === q; }""",
                arg=query.strip(),
                timeout=180_000,
            )
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    for kind, n in ledger.size.most_common() if detail else []:
        print(f"  {query}: {kind:14} {n:9} B {ledger.files[kind]:5} files", file=sys.stderr)
    return sum(ledger.size.values())


def file_type(path: str) -> str:
    """`page`, `css`, `js`, `wasm`, `pf_index`, `pf_fragment`, … for a URL path."""
    name = path.rsplit("/", 1)[-1]
    if "/pagefind" in path:
        if name.startswith("wasm."):
            return "wasm"
        return name.rsplit(".", 1)[-1] if ".pf_" in name else f"pagefind {name}"
    if not name or name.endswith(".html"):
        return "page"
    return name.rsplit(".", 1)[-1]


def main() -> int:
    args = [a for a in sys.argv[1:] if a not in ("--detail", "--full")]
    site, queries = Path(args[0]), args[1:]
    detail, full = "--detail" in sys.argv[1:], "--full" in sys.argv[1:]
    print(json.dumps({q: measure(site, q, detail, full) for q in queries}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
