"""Build the Pagefind search index over a built site (engine-agnostic: plain files in,
a `pagefind/` bundle out)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what to do, in Vietnamese."""


def index_site(site_dir: Path) -> None:
    """Run Pagefind (the PyPI package and its bundled binary; no network) on `site_dir`."""
    # Permalink signs would show in excerpts: not content.
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent",
               "--exclude-selectors", ".headerlink"]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:  # pragma: no cover - the interpreter itself failed to start
        raise SearchIndexError(f"không chạy được Pagefind: {exc}") from exc
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        hint = "hãy cài lại bằng `make serve` (gói pagefind[bin])"
        raise SearchIndexError(
            f"Pagefind lỗi khi lập chỉ mục tìm kiếm: {' / '.join(detail)}; {hint}"
        )
