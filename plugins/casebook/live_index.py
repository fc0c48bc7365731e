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
from pathlib import Path
from typing import Any

EXCLUDE_SELECTORS = (".headerlink",)
"""Never indexed: permalink signs would show in excerpts."""


class LiveIndexError(Exception):
    """Pagefind failed; the message says what happened, in Vietnamese."""


class LiveIndex:
    """One Pagefind index, fed page by page. Not thread-safe: call from one thread."""

    def __init__(self, exclude_selectors: tuple[str, ...] = EXCLUDE_SELECTORS) -> None:
        try:
            from pagefind.service import get_executable
        except ImportError as exc:  # pragma: no cover - a broken installation
            raise LiveIndexError("thiếu gói pagefind[bin]; hãy chạy lại `make serve`") from exc
        binary = get_executable()
        if binary is None:  # pragma: no cover - a broken installation
            raise LiveIndexError("không tìm thấy chương trình Pagefind (gói pagefind[bin])")
        self._proc = subprocess.Popen(
            [str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
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

    def write(self, site_dir: Path) -> None:
        """Wait for every page, write the bundle to `site_dir/pagefind`, stop Pagefind."""
        try:
            assert self._proc.stdin is not None
            self._proc.stdin.flush()
            with self._done:  # every page indexed before the bundle is written
                self._done.wait_for(lambda: self._pending == 0 or not self._reader.is_alive())
            if self._errors:
                shown = "; ".join(self._errors[:3])
                raise LiveIndexError(f"Pagefind báo lỗi ở {len(self._errors)} trang: {shown}")
            self._call({"type": "WriteFiles", "index_id": self._index_id,
                        "output_path": str(site_dir / "pagefind")})  # fmt: skip
            self._finish()
        finally:
            self.close()
        check_bundle(site_dir / "pagefind")

    def _finish(self) -> None:
        """Let Pagefind exit on its own after WriteFiles: stopping it at once left a bundle
        with empty files (pagefind-entry.json, the WebAssembly) in a build on a busy machine,
        so its answer apparently comes before the last file is flushed."""
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
