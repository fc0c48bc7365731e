"""Permanent URLs: the committed manifest of published page URLs, and redirects.

A case, practice or regulation URL derives from its file name (slug or id), never from a
title. Once published (listed in the manifest), a URL must keep working: if its file is
renamed, the new file declares `redirect_from: [old-name]` and the old URL redirects.
A published URL that disappears without a redirect is a problem naming the old URL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from casebook.loader import CaseStudy, Corpus, Practice, Problem, Regulation

MANIFEST = "published-urls.txt"
_HEADER = (
    "# Published URLs (relative to the site root). A URL listed here must keep working:\n"
    "# rename a page only with `redirect_from: [old-name]` in its front-matter.\n"
    "# Updated by `casebook new` and `casebook urls --write`; never remove a line.\n"
)

_Record = CaseStudy | Practice | Regulation


def _records(corpus: Corpus) -> Iterator[tuple[str, str, _Record]]:
    """(folder, name, record) of every page with a permanent URL."""
    yield from (("models", c.slug, c) for c in corpus.cases)
    yield from (("practices", p.key, p) for p in corpus.practices)
    yield from (("regulations", r.id, r) for r in corpus.regulations)


def page_urls(corpus: Corpus) -> set[str]:
    """Directory URLs of every case, practice and regulation page."""
    return {f"{folder}/{name}/" for folder, name, _ in _records(corpus)}


def redirects(corpus: Corpus) -> tuple[dict[str, str], list[Problem]]:
    """Old page → new page, as docs paths (`models/old.md` → `models/new.md`), for the
    redirects plugin; an old name that is still a live page is a problem."""
    live = page_urls(corpus)
    found: dict[str, str] = {}
    problems = []
    for folder, name, record in _records(corpus):
        for i, old in enumerate(record.redirect_from):
            if f"{folder}/{old}/" in live:
                msg = f"«{old}» vẫn là một trang đang có; không thể chuyển hướng từ nó"
                line = record.lines.get(f"redirect_from[{i}]", 1)
                problems.append(Problem(record.path, line, f"redirect_from[{i}]", msg))
            else:
                found[f"{folder}/{old}.md"] = f"{folder}/{name}.md"
    return found, problems


def read_manifest(path: Path) -> list[str]:
    """The published URLs, in file order (comments and blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def write_manifest(path: Path, urls: Iterable[str]) -> None:
    """Write the manifest sorted; callers pass the union of old and new URLs."""
    path.write_text(_HEADER + "".join(f"{u}\n" for u in sorted(set(urls))), encoding="utf-8")


def check_manifest(published: list[str], corpus: Corpus) -> list[Problem]:
    """Published URLs that no longer resolve, and live pages missing from the manifest."""
    live = page_urls(corpus)
    moved = {old.removesuffix(".md") + "/" for old in redirects(corpus)[0]}
    problems = []
    offset = len(_HEADER.splitlines())
    for n, url in enumerate(published, start=offset + 1):
        if url not in live and url not in moved:
            old = url.rstrip("/").rsplit("/", 1)[-1]
            msg = (f"đường dẫn đã công bố «{url}» không còn trang nào; nếu đã đổi tên tệp, thêm "
                   f"`redirect_from: [{old}]` vào trang mới")  # fmt: skip
            problems.append(Problem(MANIFEST, n, None, msg))
    known = set(published)
    for folder, name, record in _records(corpus):
        if f"{folder}/{name}/" not in known:
            msg = f"trang mới chưa có trong {MANIFEST}; chạy `casebook urls --write`"
            problems.append(Problem(record.path, 1, None, msg))
    return problems
