"""Live preview: what an edit touched, so a rebuild re-renders only those pages.

The engine rebuilds after every save. Between two builds the loader keeps each unchanged
file's record (the same object), so a page whose records are all the same objects as last
time is unchanged: only the edited case and the generated pages listing it are rendered
again. Engine-agnostic: the plugin asks `touched(uri, deps)` for each page.

Saving existing cases needs no full rebuild at all: `quick_update` swaps the edited
records into the previous corpus and index and names the pages to render again, which
the plugin hands to the engine's page pipeline one by one (the edited case first).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
import jinja2.bccache

from casebook import render
from casebook.index import Index, IndexCache
from casebook.loader import (
    CaseStudy,
    Corpus,
    FileCache,
    Problem,
    RecordKind,
    check_courses,
    check_references,
    load_cached,
)
from casebook.render import ALL


def _same(old: Sequence[object], new: Sequence[object]) -> bool:
    if len(old) != len(new):
        return False
    return all(a is b or (type(a) is int and a == b) for a, b in zip(old, new, strict=True))


class Tracker:
    """Remembers the records behind every page between the builds of one preview."""

    def __init__(self) -> None:
        self._pages: dict[str, Sequence[object]] = {}
        self._records: Sequence[object] = ()
        self.corpus_changed = True
        self.rendered = 0

    def start(self, records: Sequence[object]) -> None:
        """A new build over `records` (every case, practice and regulation)."""
        self.corpus_changed = not _same(self._records, records)
        self._records = records
        self.rendered = 0

    def touched(self, uri: str, deps: Sequence[object]) -> bool:
        """Whether the page at `uri`, showing `deps`, must be rendered again."""
        old = self._pages.get(uri)
        self._pages[uri] = deps
        changed = old is None or (self.corpus_changed if deps is ALL else not _same(old, deps))
        self.rendered += changed
        return changed


class TemplateCache(jinja2.BytecodeCache):
    """Compiled theme templates kept in memory between the builds of a preview: the
    engine makes a new template environment per build, and compiling the theme's
    templates again cost about a second each time. Keys include a checksum of the
    template source, so an edited template is compiled afresh."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (data := self._store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


@dataclass(frozen=True)
class Quick:
    """The corpus and index after saving existing cases."""

    corpus: Corpus
    index: Index
    edited: tuple[CaseStudy, ...]
    problems: tuple[Problem, ...]
    """The edited cases' citation problems (warnings, as in a full build)."""


def quick_update(corpus: Corpus, edited: Iterable[CaseStudy], cache: IndexCache) -> Quick | None:
    """The corpus and index after `edited` (new records of existing, valid cases) replace
    their previous records. None when the edit needs a full rebuild: a case that was not
    loaded before, or a problem in an edited file (a full build reports it)."""
    new = {case.path: case for case in edited}
    known = {case.path for case in corpus.cases}
    if not new or not new.keys() <= known:
        return None
    cases = tuple(new.get(case.path, case) for case in corpus.cases)
    # The same checks as the loader's, for the edited cases only (the rest are unchanged).
    part = Corpus(tuple(new.values()), corpus.regulations, corpus.practices, corpus.sectors, ())
    if any(problem.path in new for problem in check_references(part)):
        return None
    kept = tuple(problem for problem in corpus.problems if problem.path not in new)
    after = Corpus(cases, corpus.regulations, corpus.practices, corpus.sectors, kept,
                   corpus.courses)  # fmt: skip
    if check_courses(corpus.courses, after) != check_courses(corpus.courses, corpus):
        return None
    index = Index.build(after, cache)
    problems = tuple(p for p in index.problems if p.path in new)
    return Quick(after, index, tuple(new.values()), problems)


def touched_pages(
    update: Quick, tracker: Tracker, generated_uris: frozenset[str]
) -> tuple[list[render.Generated], list[str]] | None:
    """The generated pages (unrendered) and the authored pages (paths; the edited cases
    first) that show an edited case, the cases listing it as related included. None when
    a generated page appears or disappears (e.g. a case moved to a new province): that
    needs a full rebuild. `tracker` is left untouched when None is returned."""
    index = update.index
    pages = render.generated(index)
    if frozenset(page.uri for page in pages) != generated_uris:
        return None
    tracker.start(records(index))
    made = [page for page in pages if tracker.touched(page.uri, page.deps)]
    edited = {case.path for case in update.edited}
    ordered = [*update.edited, *(r for r in records(index) if r.path not in edited)]
    content = [r.path for r in ordered if tracker.touched(r.path, render.content_deps(r, index))]
    return made, content


def records(index: Index) -> tuple[render.Record, ...]:
    """Every case, practice and regulation: what a tracker's build is over."""
    return (*index.cases, *index.practices.values(), *index.regulations.values())


def edited_cases(
    changes: Iterable[str], docs: Path, corpus: Corpus, file_cache: FileCache
) -> list[CaseStudy] | None:
    """The new records of the existing cases among `changes` (paths the watcher saw
    written), loaded through `file_cache`. None when a change needs a full build: a file
    added, removed or other than a case (editors' scratch files aside), a problem in it."""
    known = {case.path for case in corpus.cases}
    edited = []
    for changed in map(Path, sorted(changes)):
        rel = changed.relative_to(docs).as_posix() if changed.is_relative_to(docs) else None
        if rel is not None and rel in known and changed.is_file():
            record, problems = load_cached(RecordKind.CASE, rel, changed, file_cache)
            if not isinstance(record, CaseStudy) or problems:
                return None
            edited.append(record)
        elif rel is None or rel in known or changed.exists() and not _scratch(changed):
            return None
    return edited


def _scratch(path: Path) -> bool:
    """An editor's temporary file (hidden, backup or swap): not part of the site."""
    return path.name.startswith(".") or path.name.endswith(("~", ".swp", ".swx", ".tmp"))


def page_modified(
    src_uri: str, index: Index, tracker: Tracker, skipped: set[str], marker_pages: set[str]
) -> bool | None:
    """Whether `serve --dirty` must render an authored or generated page again (it
    compares file times only, so it would render every generated page and miss authored
    pages that list an edited case); None: leave it to the file's time."""
    if src_uri in skipped:
        return False
    if (record := render.content_record(src_uri, index)) is not None:
        return True if tracker.touched(src_uri, render.content_deps(record, index)) else None
    if src_uri in marker_pages and tracker.corpus_changed:
        return True  # its listings may show what changed
    return None
