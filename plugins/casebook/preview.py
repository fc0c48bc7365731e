"""Live preview: what an edit touched, so a rebuild re-renders only those pages.

The engine rebuilds after every save. Between two builds the loader keeps each unchanged
file's record (the same object), so a page whose records are all the same objects as last
time is unchanged: only the edited case and the generated pages listing it are rendered
again. Engine-agnostic: the plugin asks `touched(uri, deps)` for each page.
"""

from __future__ import annotations

from collections.abc import Sequence

import jinja2
import jinja2.bccache

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
