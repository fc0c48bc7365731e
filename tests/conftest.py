"""Shared fixtures: a tiny docs tree written from Python literals, and a strict build.

In the spirit of mkdocs-awesome-pages' e2e harness: write `mkdocs.yml` and a docs tree
into a temporary directory, build with `strict=True`, then read the output.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import logging
import os
import shutil
import textwrap
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from playwright.sync_api import Browser, sync_playwright

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")

ROOT = Path(__file__).resolve().parent.parent


def copy_site(root: Path) -> Path:
    """A copy of the real project under `root` (docs, config, theme override, URL
    manifest): what `make check` and `make build` read. Returns `root`."""
    for name in ("docs", "overrides"):
        shutil.copytree(ROOT / name, root / name)
    for name in ("mkdocs.yml", "published-urls.txt"):
        shutil.copy(ROOT / name, root / name)
    return root


def case_slugs(docs: Path) -> set[str]:
    """The slug of every case file on disk: what a build must publish, however many."""
    return {p.stem for p in (docs / "models").glob("*.md") if p.stem != "index"}


PRACTICE = """\
---
key: kiem-tra
name: Kiểm tra
definition: Chi bộ xem xét việc chấp hành nhiệm vụ của đảng viên.
regulations: [22-qd-tw-2021]
---

Giới thiệu cách làm kiểm tra.
"""

REGULATION = """\
---
id: 22-qd-tw-2021
kind: quy-dinh
number: "22"
symbol: QĐ/TW
issuer: Ban Chấp hành Trung ương
date: 2021-07-28
title: Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng
status: in-force
replaced_by: null
amended_by: []
verified: true
aliases: []
---

Ghi chú về văn bản.
"""

CASE = """\
---
title: Chi bộ Thử nghiệm kiểm tra từng đảng viên
unit: Chi bộ Thử nghiệm
unit_level: chi-bo-co-so
parent: Đảng ủy Khối Thử nghiệm
sector: hanh-chinh
province: Lai Châu
district: null
members: 12
members_note: null
party_groups: 2
period: "2022"
awards: []
practices: [kiem-tra]
regulations: [22-qd-tw-2021]
lessons:
  - id: moi-ky-mot-nguoi
    practice: kiem-tra
    text: Mỗi kỳ sinh hoạt kiểm tra một đảng viên để đi vào chiều sâu.
source:
  title: Bài báo thử nghiệm
  outlet: null
  date: 2023-02-08
  author: Nguyễn Văn A
  url: null
published: 2026-11-23
---

## Bối cảnh

Chi bộ thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 về kiểm tra, giám sát.
"""

MKDOCS_YML = """\
site_name: Thử nghiệm
theme:
  name: material
  language: vi
  font: false
plugins:
  - casebook
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - tables
"""


def tiny_tree(overrides: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """A valid docs tree; `overrides` maps docs-relative paths to new content (None
    removes the file)."""
    files: dict[str, str | None] = {
        "index.md": "# Trang chủ\n\n<!-- casebook:cases sort=newest limit=5 -->\n",
        "practices/kiem-tra.md": PRACTICE,
        "regulations/22-qd-tw-2021.md": REGULATION,
        "models/chi-bo-thu-nghiem.md": CASE,
    }
    files.update(overrides or {})
    return {k: v for k, v in files.items() if v is not None}


@dataclass
class BuildResult:
    site: Path
    warnings: list[str]
    aborted: bool

    def page(self, path: str) -> str:
        return (self.site / path).read_text(encoding="utf-8")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_tree(
    root: Path, files: Mapping[str, str | bytes], config: str = MKDOCS_YML, strict: bool = True
) -> BuildResult:
    """Write `files` under root/docs, build strictly, return output and warnings."""
    docs = root / "docs"
    for rel, content in files.items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(textwrap.dedent(content), encoding="utf-8")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return run_build(root / "mkdocs.yml", root / "site", strict)


def run_build(config_file: Path, site_dir: Path, strict: bool = True) -> BuildResult:
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    aborted = False
    try:
        cfg = load_config(str(config_file), strict=strict, site_dir=str(site_dir))
        build(cfg)
    except Abort:
        aborted = True
    finally:
        logger.removeHandler(handler)
    return BuildResult(site_dir, handler.messages, aborted)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuildResult]:
    """The real docs/ built strictly, once per test session."""
    site = tmp_path_factory.mktemp("site")
    yield run_build(ROOT / "mkdocs.yml", site)


# --- Browser ----------------------------------------------------------------------------


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Browser discovery is shared with `make chromium` (scripts/chromium.py): Debian's
# chromium, Playwright's download, or $CASEBOOK_CHROMIUM.
chromium = _script("chromium")
CHROMIUM: str | None = chromium.find()
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on an ephemeral loopback port; yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(directory))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def server(real_site: BuildResult) -> Iterator[str]:
    """The real site, built once per session, served on loopback."""
    with serve(real_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium, fresh profile. Missing, it fails every browser test (never a
    skip: a run that could not test in a browser is not green) with the line that says
    what to install."""
    if CHROMIUM is None:
        pytest.fail(chromium.HINT, pytrace=False)
    with sync_playwright() as p:
        # launch() starts from a fresh temporary profile every time.
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()
