"""The MkDocs adapter: every use of MkDocs' internals lives here, behind a small interface.

MkDocs has no public API for what a live preview needs (watching only writes, rebuilding
part of a site, reloading browsers early), for handing redirects to mkdocs-redirects or
for sharing anchor ids with its link validator. What this module uses (private names,
attributes MkDocs does not document) was written for the versions in `TESTED`;
`preview_supported` checks them at start-up, and with other versions the plugin falls
back to plain `serve --dirty` with a one-line notice.

- `LivePreview`: takes over a `LiveReloadServer` (`observer`, `_watched_paths`,
  `builder`, `_rebuild_cond`, `_epoch_cond`) and renders single pages through the build's
  page pipeline (`_populate_page`, `_build_page`).
- `mark_modified`: tells `serve --dirty` which files to rebuild (sets `file.__class__`).
- `add_redirects`: mutates the redirects plugin's `redirect_maps`.
- `ShareAnchorIds`: hands ids to MkDocs' `present_anchor_ids` (used by `mdext`).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import watchdog.events
import watchdog.observers
from markdown import Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation

TESTED = {"mkdocs": "1.6.", "properdocs": "1.6."}
"""Engine → version prefix the internals used here were written for (mkdocs-redirects
1.2 for `add_redirects`: the project pins it to <2)."""


def _engine() -> tuple[str, str]:
    """(distribution, version) of the engine running us: `import mkdocs` is ProperDocs
    under ProperDocs."""
    module = sys.modules["mkdocs"]
    return module.__name__, str(getattr(module, "__version__", "?"))


def preview_supported() -> str | None:
    """None when the engine is a version the live preview was written for, else the
    one-line notice to log before falling back to plain `serve --dirty`."""
    name, version = _engine()
    if version.startswith(TESTED.get(name, "?")):
        return None
    wanted = TESTED.get(name, "1.6.")
    return (
        f"xem trước nhanh tắt: viết cho {name} {wanted}x, đang chạy {version}; "
        "dùng `serve --dirty` thông thường"
    )


class _Preview(File):
    """A file whose rebuild the live preview decides instead of file times."""

    preview_modified = True

    def is_modified(self) -> bool:
        return self.preview_modified


def mark_modified(file: File, *, modified: bool) -> None:
    """Make `serve --dirty` rebuild `file` (or skip it) whatever its modification time."""
    file.__class__ = _Preview
    assert isinstance(file, _Preview)
    file.preview_modified = modified


def add_redirects(config: MkDocsConfig, moved: Mapping[str, str]) -> bool:
    """Hand `moved` (old path → new page) to mkdocs-redirects; False when the site does
    not use that plugin. It keeps a reference to this dict and writes it after the build."""
    redirect_plugin = config.plugins.get("redirects")
    if redirect_plugin is None:
        return False
    redirect_plugin.config["redirect_maps"].update(moved)
    return True


class Changes(watchdog.events.FileSystemEventHandler):
    """Wakes the server when a file is written, moved or deleted (not merely opened or
    read), and keeps the paths named since the last rebuild."""

    def __init__(self, wake: Callable[[], None] = lambda: None) -> None:
        self._lock = threading.Lock()
        self._paths: set[str] = set()
        self._wake = wake

    def on_any_event(self, event: watchdog.events.FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed_no_write"):
            return
        with self._lock:
            self._paths.update(str(p) for p in (event.src_path, event.dest_path) if p)
        self._wake()

    def take(self) -> set[str]:
        with self._lock:
            paths, self._paths = self._paths, set()
        return paths


@dataclass(frozen=True)
class _Site:
    """The engine's view of the last full build of a live preview, reused by quick ones."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: jinja2.Environment
    doc_files: Sequence[File]


class LivePreview:
    """A `serve --dirty` server taken over: woken by writes only, and a rebuild that
    first tries `quick(changed paths)`, which renders single pages with `render`."""

    def __init__(self) -> None:
        self.changes = Changes()
        self.server: LiveReloadServer | None = None
        self.site: _Site | None = None

    def attach(
        self, server: LiveReloadServer, builder: Callable[[], Any], quick: Callable[[], bool]
    ) -> None:
        """serve polls the docs folder every 0.5 s; at 10,000 files each poll takes 0.2 s
        of the interpreter, slowing the rebuild it triggers. The platform's file events
        (inotify on Linux) cost nothing while waiting. They include files merely opened
        and read, which the server's own handler would take for edits (and the build's
        reads would trigger the next build): `Changes` wakes the server on writes only
        and keeps their paths for `quick`."""
        watched = dict(server._watched_paths)
        for path, count in watched.items():
            for _ in range(count):
                server.unwatch(path)
        server.observer = watchdog.observers.Observer()  # type: ignore[assignment]
        self.changes = Changes(lambda: _wake(server))
        for path, count in watched.items():
            server._watched_paths[path] = count
            server._watch_refs[path] = server.observer.schedule(self.changes, path, recursive=True)
        self.server = server

        def rebuild() -> None:  # saving existing cases needs no full build
            if not quick():
                builder()

        server.builder = rebuild

    def keep_site(self, config: MkDocsConfig, files: Files, nav: Navigation, env: Any) -> None:
        """Remember the full build's files, navigation and templates for quick rebuilds."""
        docs = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        self.site = _Site(config, files, nav, env, docs)

    def forget_site(self) -> None:
        """After a failed build: the next save rebuilds in full."""
        self.site = None

    def docs_dir(self) -> Path | None:
        """The kept site's docs folder (None: no full build to reuse yet)."""
        return Path(self.site.config.docs_dir) if self.site is not None else None

    def set_content(self, uri: str, markdown: str) -> None:
        """New Markdown for a generated page of the kept site."""
        assert self.site is not None
        file = self.site.files.get_file_from_path(uri)
        assert file is not None, uri
        file.content_string = markdown

    def has_page(self, uri: str) -> bool:
        return self.site is not None and self.site.files.get_file_from_path(uri) is not None

    def render(self, uri: str) -> None:
        """One page through the engine's page pipeline, as a build does it."""
        from mkdocs.commands.build import _build_page, _populate_page

        site = self.site
        assert site is not None
        file = site.files.get_file_from_path(uri)
        assert file is not None and file.page is not None, uri
        _populate_page(file.page, site.config, site.files)
        _build_page(file.page, site.config, site.doc_files, site.nav, site.env,
                    excluded=file.inclusion.is_excluded())  # fmt: skip
        anchors = site.config.validation.links.anchors
        file.page.validate_anchor_links(files=site.files, log_level=anchors)

    def reload_browsers(self) -> None:
        """Let the browsers reload now: the edited case is written, the pages that list it
        follow. (The server does the same once the rebuild returns; a browser already on
        this version does not reload twice.)"""
        server = self.server
        if server is not None:
            with server._epoch_cond:
                server._visible_epoch = server._wanted_epoch
                server._epoch_cond.notify_all()


def _wake(server: LiveReloadServer) -> None:
    """Ask the server for a rebuild, as its own file handler does."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


_COLLECTORS = ("mkdocs_raw_html", "properdocs_raw_html")
"""The anchor-id collectors of MkDocs and of its fork ProperDocs."""


class ShareAnchorIds(Preprocessor):
    """MkDocs finds the anchor ids of raw HTML by parsing the whole page with html.parser
    (its `mkdocs_raw_html` preprocessor) to validate links to anchors. `mdext`'s stash
    runs before it, so that parse skips our blocks (a tenth of the build); this hands it
    the blocks' ids (`ids()`) instead. Engines without that collector are left alone."""

    def __init__(self, md: Markdown, ids: Callable[[], set[str]]) -> None:
        super().__init__(md)
        self.ids = ids

    def run(self, lines: list[str]) -> list[str]:
        for name in _COLLECTORS:
            if name in self.md.preprocessors:
                found = getattr(self.md.preprocessors[name], "present_anchor_ids", None)
                if isinstance(found, set):
                    found.update(self.ids())
        return lines
