"""Permanent URLs: which page URLs are published, and redirects.

A case, practice or regulation URL derives from its file name (slug or id), never from a
title. Once published, a URL must keep working: if its file is renamed, the new file
declares `redirect_from: [old-name]` and the old URL redirects. A published URL that
disappears without a redirect is a problem naming the old URL.

"Published" means: every page on the default branch (`origin/main`, else `main`; the
environment variable CASEBOOK_PUBLISHED_REF names another ref, empty to skip git) where
the current work branched from it, plus
every URL in the committed manifest, which remembers URLs that no longer have a file (a
renamed page's old name). A new page is not published yet, so it needs no manifest edit.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from casebook import routes
from casebook.loader import CaseStudy, Corpus, Practice, Problem, Regulation, discover

MANIFEST = "published-urls.txt"
_HEADER = (
    "# Published URLs (relative to the site root). A URL listed here must keep working:\n"
    "# rename a page only with `redirect_from: [old-name]` in its front-matter.\n"
    "# Pages on the default branch count as published too; `casebook urls --write` records\n"
    "# them here (needed only for a renamed page's old URL). Never remove a line.\n"
)

_Record = CaseStudy | Practice | Regulation


def _records(corpus: Corpus) -> Iterator[tuple[str, str, _Record]]:
    """(folder, name, record) of every page with a permanent URL."""
    yield from ((routes.CASES, c.slug, c) for c in corpus.cases)
    yield from ((routes.PRACTICES, p.key, p) for p in corpus.practices)
    yield from ((routes.REGULATIONS, r.id, r) for r in corpus.regulations)


def page_urls(corpus: Corpus) -> set[str]:
    """Directory URLs of every case, practice and regulation page."""
    return {routes.record_url(folder, name) for folder, name, _ in _records(corpus)}


def redirects(corpus: Corpus) -> tuple[dict[str, str], list[Problem]]:
    """Old page → new page, as docs paths (`models/old.md` → `models/new.md`), for the
    redirects plugin; an old name that is still a live page is a problem."""
    live = page_urls(corpus)
    found: dict[str, str] = {}
    problems = []
    for folder, name, record in _records(corpus):
        for i, old in enumerate(record.redirect_from):
            if routes.record_url(folder, old) in live:
                msg = f"«{old}» vẫn là một trang đang có; không thể chuyển hướng từ nó"
                line = record.lines.get(f"redirect_from[{i}]", 1)
                problems.append(Problem(record.path, line, f"redirect_from[{i}]", msg))
            else:
                found[routes.record_file(folder, old)] = routes.record_file(folder, name)
    return found, problems


def manifest_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, URL) of the manifest, in file order (comments and blanks skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, s.strip()) for n, s in enumerate(lines, 1) if s.strip() and s[0] != "#"]


def read_manifest(path: Path) -> list[str]:
    """The published URLs, in file order."""
    return [url for _, url in manifest_lines(path)]


def write_manifest(path: Path, urls: Iterable[str]) -> None:
    """Write the manifest sorted; callers pass the union of old and new URLs."""
    path.write_text(_HEADER + "".join(f"{u}\n" for u in sorted(set(urls))), encoding="utf-8")


DEFAULT_REFS = ("origin/main", "main")
"""Where published pages are looked up when CASEBOOK_PUBLISHED_REF is not set."""


@dataclass(frozen=True)
class Published:
    """A published URL and where that is recorded (docs-relative path and line)."""

    url: str
    path: str
    line: int
    where: str


def file_urls(paths: Iterable[str]) -> set[str]:
    """`models/x.md` → `models/x/` for content files (generated `index.md` excluded)."""
    return {routes.file_url(p) for p in paths if not p.endswith("/index.md")}


def _git(docs: Path, *args: str) -> str | None:
    """Output of a git command run in `docs`, None when git or the repository is missing."""
    try:
        done = subprocess.run(["git", "-C", str(docs), *args], capture_output=True, text=True,
                              timeout=60, check=False)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def branch_pages(docs: Path) -> tuple[str, set[str]] | None:
    """(ref, content files as docs paths) published on the default branch when the
    current work started from it (their merge base: pages the branch received later
    are not the branch's to lose); None outside git."""
    wanted = os.environ.get("CASEBOOK_PUBLISHED_REF")
    for ref in DEFAULT_REFS if wanted is None else [wanted] if wanted else []:
        base = (_git(docs, "merge-base", "HEAD", ref) or ref).strip()
        listing = _git(docs, "ls-tree", "-r", "--name-only", base, "--", *routes.RECORD_FOLDERS)
        if listing is not None:
            return ref, {line for line in listing.splitlines() if line.endswith(".md")}
    return None


def published(docs: Path, manifest: Path) -> list[Published]:
    """Every published URL once: the manifest's lines first, then the branch's pages."""
    found: dict[str, Published] = {}
    if manifest.exists():
        label = os.path.relpath(manifest, docs)
        for n, url in manifest_lines(manifest):
            found.setdefault(url, Published(url, label, n, manifest.name))
    branch = branch_pages(docs)
    if branch is not None:
        ref, paths = branch
        for path in sorted(paths):
            url = routes.file_url(path)
            found.setdefault(url, Published(url, path, 1, f"nhánh {ref}"))
    return [p for p in found.values() if not p.url.endswith("/index/")]


def check(docs: Path, manifest: Path, corpus: Corpus) -> list[Problem]:
    """Published URLs with neither a file on disk nor a redirect. A file with errors still
    counts as present: its problems are reported on their own, not as a lost URL."""
    present = file_urls(rel for _, rel, _ in discover(docs))
    moved = {routes.file_url(old) for old in redirects(corpus)[0]}
    problems = []
    for item in published(docs, manifest):
        if item.url not in present and item.url not in moved:
            old = item.url.rstrip("/").rsplit("/", 1)[-1]
            msg = (f"đường dẫn đã công bố «{item.url}» (theo {item.where}) không còn trang "
                   f"nào; nếu đã đổi tên tệp, thêm `redirect_from: [{old}]` vào trang mới; "
                   "nếu muốn bỏ trang, hãy hỏi người duyệt")  # fmt: skip
            problems.append(Problem(item.path, item.line, None, msg))
    return problems
