"""Pagefind indexing that runs *while* the site is built, on the second core.

The Pagefind CLI can only start once every page is written, so a build paid for both in
sequence. Pagefind also has a service mode (`pagefind --service`, what its Node and Python
APIs drive): requests are base64-encoded JSON, each followed by a comma, on stdin;
responses come back the same way on stdout. We hand it every page as soon as the engine
has rendered it and ask it to write the bundle at the end. A full pipe blocks the sender,
so memory stays bounded whatever the number of pages.

The official Python wrapper is not used: it polls for each response with a 0.1 s sleep,
which alone would cost 1,000 s at 10,000 pages.
"""

from __future__ import annotations

import base64
import json
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casebook import routes

PAGES_PER_BUNDLE = 2500
"""Pages per full-text bundle. Pagefind's memory grows with the pages of an index and
triples while it writes the bundle (about 3 GB at 10,000 pages): one process per bundle,
each gone before the next but one starts, keeps a build's peak bounded at any size."""

EXCLUDE_SELECTORS = (".headerlink",)
"""Never indexed: permalink signs would show in excerpts."""


class LiveIndexError(Exception):
    """Pagefind failed; the message says what happened, in Vietnamese."""


def pagefind_binary() -> Path:
    """The Pagefind program of the `pagefind[bin]` package."""
    try:
        from pagefind.service import get_executable
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise LiveIndexError("thiếu gói pagefind[bin]; hãy chạy lại `make serve`") from exc
    binary = get_executable()
    if binary is None:  # pragma: no cover - a broken installation
        raise LiveIndexError("không tìm thấy chương trình Pagefind (gói pagefind[bin])")
    return Path(binary)


class LiveIndex:
    """One Pagefind index, fed page by page. Not thread-safe: call from one thread."""

    def __init__(self, exclude_selectors: tuple[str, ...] = EXCLUDE_SELECTORS) -> None:
        self._proc = subprocess.Popen(
            [str(pagefind_binary()), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self._next_id = 0
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)
        self._answers: dict[int, dict[str, Any]] = {}
        self._errors: list[str] = []
        self._pending = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        config = {"exclude_selectors": list(exclude_selectors)}
        self._index_id = int(self._call({"type": "NewIndex", "config": config})["index_id"])
        self.indexed: set[str] = set()
        """URLs of the pages Pagefind found words in."""

    def add(self, html: str, url: str) -> None:
        """Queue one rendered page (its absolute URL path, e.g. `/models/x/`)."""
        payload = {"type": "AddFile", "index_id": self._index_id, "url": url,
                   "file_path": None, "file_contents": html}  # fmt: skip
        self._send(payload, wait=False)

    def write(self, bundle: Path) -> None:
        """Wait for every page, write the bundle to the folder `bundle`, stop Pagefind."""
        try:
            assert self._proc.stdin is not None
            self._proc.stdin.flush()
            with self._done:  # every page indexed before the bundle is written
                self._done.wait_for(lambda: self._pending == 0 or not self._reader.is_alive())
            if self._errors:
                shown = "; ".join(self._errors[:3])
                raise LiveIndexError(f"Pagefind báo lỗi ở {len(self._errors)} trang: {shown}")
            self._call({"type": "WriteFiles", "index_id": self._index_id,
                        "output_path": str(bundle)})  # fmt: skip
            self._finish(bundle)
        finally:
            self.close()
        check_bundle(bundle)

    def _finish(self, bundle: Path) -> None:
        """Let Pagefind exit on its own once the bundle is complete: its answer to WriteFiles
        can come before the last file is flushed, and stopping it then (or closing its input,
        which ends it) left empty files (pagefind-entry.json, the WebAssembly) on a busy
        machine."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self._proc.poll() is None:
            try:
                check_bundle(bundle)
                break
            except LiveIndexError:
                time.sleep(0.02)
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=120)
        except subprocess.TimeoutExpired:  # pragma: no cover - a hung Pagefind
            pass

    def close(self) -> None:
        """Stop Pagefind (idempotent)."""
        if self._proc.poll() is None:
            self._proc.terminate()
        self._proc.wait()
        self._reader.join()
        for pipe in (self._proc.stdin, self._proc.stdout):
            if pipe is not None and not pipe.closed:
                try:
                    pipe.close()
                except BrokenPipeError:  # unsent bytes of an aborted build
                    pass

    # --- the wire ----------------------------------------------------------------------

    def _send(self, payload: dict[str, Any], *, wait: bool) -> int:
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
            self._pending += 1
        request = {"message_id": message_id, "payload": payload}
        data = base64.b64encode(json.dumps(request, ensure_ascii=False).encode()) + b","
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(data)
            if wait:
                self._proc.stdin.flush()
        except BrokenPipeError as exc:
            raise LiveIndexError("Pagefind dừng bất thường khi đang lập chỉ mục") from exc
        return message_id

    def _call(self, payload: dict[str, Any]) -> dict[str, Any]:
        message_id = self._send(payload, wait=True)
        with self._done:
            self._done.wait_for(lambda: message_id in self._answers or not self._reader.is_alive())
            answer = self._answers.pop(message_id, None)
        if answer is None:
            raise LiveIndexError("Pagefind dừng bất thường khi đang lập chỉ mục")
        if answer.get("type") == "Error":
            raise LiveIndexError(f"Pagefind báo lỗi: {answer.get('message')}")
        return answer

    def _read(self) -> None:
        assert self._proc.stdout is not None
        buffer = b""
        while chunk := self._proc.stdout.read1(1 << 16):  # type: ignore[attr-defined]
            buffer += chunk
            *messages, buffer = buffer.split(b",")
            for raw in messages:
                self._answer(json.loads(base64.b64decode(raw)))
        with self._done:
            self._done.notify_all()

    def _answer(self, response: dict[str, Any]) -> None:
        payload = response.get("payload") or {}
        message_id = response.get("message_id")
        with self._done:
            self._pending -= 1
            if payload.get("type") == "Error":
                self._errors.append(str(payload.get("message", "?"))[:300])
            elif payload.get("type") == "IndexedFile" and payload.get("page_word_count"):
                self.indexed.add(str(payload.get("page_url")))
            if payload.get("type") in ("NewIndex", "WriteFiles", "Error"):
                if isinstance(message_id, int):
                    self._answers[message_id] = payload
            self._done.notify_all()


def check_bundle(bundle: Path) -> None:
    """A bundle whose entry file or WebAssembly is empty would break search for every
    reader: fail the build instead."""
    entry = bundle / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError) as exc:
        raise LiveIndexError(f"Pagefind ghi thiếu tệp {entry.name} trong {bundle.name}/") from exc
    empty = [p.name for p in bundle.glob("wasm.*") if p.stat().st_size == 0]
    if not languages or empty:
        raise LiveIndexError(f"Pagefind ghi chỉ mục không trọn vẹn trong {bundle.name}/")


def bundle_sizes(pages: int, most: int = PAGES_PER_BUNDLE) -> list[int]:
    """The fewest bundles of at most `most` pages for `pages` pages, as even as possible."""
    count = max(1, -(-pages // most))
    size, extra = divmod(pages, count)
    return [size + (1 if k < extra else 0) for k in range(count)]


class SplitIndex:
    """The full text as one Pagefind bundle per `bundle_sizes(expected)` pages, in the order
    pages are added (folders from `routes.full_text_bundle`). A full bundle is written on a
    second thread while the next one is fed, one writer at a time, so at most two Pagefind
    processes live at once. Pages beyond `expected` go to the last bundle; a bundle gets a
    process only when its first page arrives. Searches merge the bundles (search.js)."""

    def __init__(
        self, site_dir: Path, expected: int, *, most: int = PAGES_PER_BUNDLE,
        start: Callable[[], LiveIndex] = LiveIndex,
    ) -> None:  # fmt: skip
        pagefind_binary()  # a missing program fails the build before any page is rendered
        self._site_dir = site_dir
        self._sizes = bundle_sizes(expected, most)
        self._start = start
        self._current: LiveIndex | None = None
        self._added = 0
        self._bundles: list[str] = []
        self._writer: threading.Thread | None = None
        self._writing: LiveIndex | None = None
        self._failure: LiveIndexError | None = None
        self.indexed: set[str] = set()
        """URLs of the pages Pagefind found words in, over every bundle."""

    def add(self, html: str, url: str) -> None:
        """Queue one rendered page (its absolute URL path, e.g. `/models/x/`)."""
        if self._current is None:
            self._current, self._added = self._start(), 0
        self._current.add(html, url)
        self._added += 1
        number = len(self._bundles)
        if number < len(self._sizes) - 1 and self._added >= self._sizes[number]:
            self._hand_over()

    def write(self) -> None:
        """Write the last bundle, wait for every writer, then the list of bundles."""
        try:
            if self._current is None and not self._bundles:
                self._current = self._start()  # no page at all: an empty bundle, as before
            if self._current is not None:
                self._hand_over()
            self._join()
        finally:
            self.close()
        if self._failure is not None:
            raise self._failure
        listing = {"bundles": [folder + "/" for folder in self._bundles]}
        (self._site_dir / routes.FULL_TEXT_LIST).write_text(json.dumps(listing), encoding="utf-8")

    def close(self) -> None:
        """Stop every Pagefind still running (idempotent)."""
        for index in (self._current, self._writing):
            if index is not None:
                index.close()
        self._current = None
        self._join()

    def _hand_over(self) -> None:
        index, self._current = self._current, None
        assert index is not None
        folder = routes.full_text_bundle(len(self._bundles))
        self._bundles.append(folder)
        self._join()  # one writer at a time
        self._writing = index
        self._writer = threading.Thread(target=self._write, args=(index, folder), daemon=True)
        self._writer.start()

    def _write(self, index: LiveIndex, folder: str) -> None:
        try:
            index.write(self._site_dir / folder)
            self.indexed |= index.indexed
        except LiveIndexError as exc:
            self._failure = self._failure or exc

    def _join(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer, self._writing = None, None
