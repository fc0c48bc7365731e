"""MkDocs events → core calls. The only module that imports mkdocs.

Flow: `on_files` loads and checks every content file (loader), builds the index and adds
the generated browse pages; `on_page_markdown` swaps each case, practice and regulation
page for its rendered Markdown and expands editor markers elsewhere. Content problems are
logged as warnings, so `mkdocs build --strict` fails on them.
"""

from __future__ import annotations

import gc
import html
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import watchdog.events
import watchdog.observers
from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from casebook import conservation, export, first_index, handout, permalinks, preview, render
from casebook.conservation import Ledger
from casebook.index import Index, IndexCache
from casebook.live_index import LiveIndex, LiveIndexError
from casebook.loader import (
    Corpus,
    FileCache,
    Practice,
    Problem,
    Regulation,
    load_cached,
    load_tree,
    schema,
)
from casebook.preview import TemplateCache, Tracker
from casebook.text import compact_html

log = get_plugin_logger(__name__)


class _Preview(File):
    """A file whose rebuild the live preview decides instead of file times."""

    preview_modified = True

    def is_modified(self) -> bool:
        return self.preview_modified

    @classmethod
    def mark(cls, file: File, *, modified: bool) -> None:
        file.__class__ = cls
        assert isinstance(file, cls)
        file.preview_modified = modified


@dataclass(frozen=True)
class _Site:
    """The engine's view of the last full build of a live preview, reused by quick ones."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: jinja2.Environment
    doc_files: Sequence[File]


class _Changes(watchdog.events.FileSystemEventHandler):
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


class CasebookConfig(Config):
    """Options of the `casebook` plugin."""

    enabled = opt.Type(bool, default=True)
    """Turn the plugin off (e.g. to measure a build without it)."""

    search = opt.Type(bool, default=True)
    """Index the built site with Pagefind after every build (off: no search index)."""

    pdf = opt.Type(bool, default=False)
    """Make a PDF handout per practice and per course pack (WeasyPrint; a few seconds)."""

    preview = opt.Type(bool, default=False)
    """Live preview (`make preview`, i.e. `mkdocs serve --dirty`): after a save, render
    only the edited case and the pages that show it; skip the open-data export."""

    url_manifest = opt.Type(str, default=permalinks.MANIFEST)
    """Committed list of published URLs, relative to mkdocs.yml; checked when it exists."""


def _wake(server: LiveReloadServer) -> None:
    """Ask the server for a rebuild, as its own file handler does."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


def _scratch(path: Path) -> bool:
    """An editor's temporary file (hidden, backup or swap): not part of the site."""
    return path.name.startswith(".") or path.name.endswith(("~", ".swp", ".swx", ".tmp"))


class CasebookPlugin(BasePlugin[CasebookConfig]):
    """Validate case studies, index them and generate cross-reference pages."""

    def __init__(self) -> None:
        self.index: Index | None = None
        self.search_index: LiveIndex | None = None
        self.tracker: Tracker | None = None
        self.ledger: Ledger | None = None
        self.file_cache: FileCache | None = None
        self.template_cache: TemplateCache | None = None
        self.index_cache: IndexCache | None = None
        # A live preview's state between builds (see `_quick`).
        self.corpus: Corpus | None = None
        self.generated_uris: frozenset[str] = frozenset()
        self.site: _Site | None = None
        self.server: LiveReloadServer | None = None
        self.changes = _Changes()
        self.nav: Navigation | None = None
        self.marker_pages: set[str] = set()  # authored pages with casebook markers

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across the rebuilds of `serve`, with the
        # tracker of a live preview; every other build starts afresh (on_config).
        if self.config.preview and command == "serve" and dirty:
            self.tracker = Tracker()
            self.file_cache = {}
            self.index_cache = IndexCache()
            self.template_cache = TemplateCache()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer | None:
        if self.tracker is None:
            return server
        # serve polls the docs folder every 0.5 s; at 10,000 files each poll takes 0.2 s of
        # the interpreter, slowing the rebuild it triggers. The platform's file events
        # (inotify on Linux) cost nothing while waiting. They include files merely opened
        # and read, which the server's own handler would take for edits (and the build's
        # reads would trigger the next build): `_Changes` wakes the server on writes only
        # and keeps their paths for `_quick`.
        watched = dict(server._watched_paths)
        for path, count in watched.items():
            for _ in range(count):
                server.unwatch(path)
        server.observer = watchdog.observers.Observer()  # type: ignore[assignment]
        self.changes = _Changes(lambda: _wake(server))
        for path, count in watched.items():
            server._watched_paths[path] = count
            server._watch_refs[path] = server.observer.schedule(self.changes, path, recursive=True)
        self.server = server

        def rebuild() -> None:  # saving existing cases needs no full build (`_quick`)
            if not self._quick():
                builder()

        server.builder = rebuild
        return server

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        # A fresh start on every (re)build: only a live preview's caches carry over.
        self.index = None
        self.ledger = None
        if self.tracker is not None:
            gc.unfreeze()  # the last build's objects may be garbage now (see on_post_build)
        if not config.repo_url:
            # Without a repository an edit link would point nowhere: hide it.
            config.edit_uri = None
            config.edit_uri_template = None
        return config

    @event_priority(-50)  # late, so that files added by other plugins are already there
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return files
        corpus = load_tree(Path(config.docs_dir), self.file_cache)
        self.index = Index.build(corpus, self.index_cache)
        for problem in corpus.problems + self.index.problems + self._permalinks(corpus, config):
            log.warning(problem.format())
        tracker = self.tracker
        if tracker is not None:
            tracker.start(preview.records(self.index))
        pages: dict[str, str | bytes] = {}
        skipped: list[str] = []
        generated = render.generated(self.index, self.config.pdf)
        self.corpus = corpus
        self.generated_uris = frozenset(page.uri for page in generated)
        for page in generated:
            if tracker is None or tracker.touched(page.uri, page.deps):
                pages[page.uri] = page.make()
            else:
                skipped.append(page.uri)
        if self.config.pdf:
            pages |= self._handouts(self.index, config)
        if tracker is None:
            pages |= export.files(self.index, config.site_name, config.site_url or "")
        else:  # a preview skips the open-data files (10 MB at 10,000 cases): placeholders
            pages |= dict.fromkeys(export.PATHS, "Bản xem trước không tạo tệp dữ liệu mở.\n")
        first: dict[str, str] = {}
        if tracker is None and self.config.search:  # what a reader's first query loads
            first = first_index.build(render.first_index_entries(self.index))
            pages |= first
        # The JSON Schemas, published at stable URLs for editors' tools.
        pages |= {f"schemas/{k}.schema.json": json.dumps(schema(k), ensure_ascii=False, indent=2)
                  for k in ("case", "regulation", "practice")}  # fmt: skip
        # A preview renders a part of the site: nothing to account for. Pages enter the
        # ledger in on_page_markdown, generated ones included.
        self.ledger = Ledger() if tracker is None else None
        if self.ledger is not None:
            self.ledger.export(pages["data/cases.json"])
            if first:
                self.ledger.first(first)
        for uri, markdown in [*pages.items(), *((uri, "") for uri in skipped)]:
            if (authored := files.get_file_from_path(uri)) is not None:
                files.remove(authored)
            files.append(File.generated(config, uri, content=markdown))
        if tracker is not None:
            self._mark_touched(files, tracker, set(skipped))
            # The caches live across the preview's builds: keep them out of the
            # collector's way (measured at 10,000 cases: 0.6 s less per rebuild).
            gc.freeze()
        return files

    def _mark_touched(self, files: Files, tracker: Tracker, skipped: set[str]) -> None:
        """Tell `serve --dirty` what to rebuild: it compares file times only, so it would
        rebuild every generated page and miss authored pages that list an edited case."""
        assert self.index is not None
        for file in files.documentation_pages():
            if file.src_uri in skipped:
                _Preview.mark(file, modified=False)
            elif (record := render.content_record(file.src_uri, self.index)) is not None:
                if tracker.touched(file.src_uri, render.content_deps(record, self.index)):
                    _Preview.mark(file, modified=True)
            elif file.src_uri in self.marker_pages and tracker.corpus_changed:
                _Preview.mark(file, modified=True)  # its listings may show what changed
        log.info(f"xem trước: dựng lại {tracker.rendered} trang")

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.index is None:
            return markdown
        replaced = None
        if (record := render.content_record(page.file.src_uri, self.index)) is not None:
            links = render.PageLinks(page.edit_url, page.canonical_url)
            replaced = self._content_page(record, links)
            # overrides/main.html marks the page for Pagefind, with this data
            page.meta["casebook_search"] = self._search_data(record)
        text = replaced if replaced is not None else markdown
        # The theme prints the title unescaped (<title>, header, nav): ours get the H1's
        # text, any other title (an authored page, a record that failed validation and is
        # shown as written) is escaped, so front-matter can never become markup.
        ours = render.plain_title(text) if replaced is not None or page.file.generated_by else None
        if ours is not None:
            page.meta["title"] = ours
        elif page.meta.get("title") is not None:
            page.meta["title"] = html.escape(str(page.meta["title"]), quote=False)
        if self.tracker is not None and render.MARKER.search(text):
            self.marker_pages.add(page.file.src_uri)  # a preview renders it after every edit
        text, errors = render.expand_markers(text, page.file.src_uri, self.index)
        for error in errors:
            log.warning(f"{page.file.src_uri}: {error}")
        if self.ledger is not None:
            self.ledger.page(page.file.src_uri, text)
        return text

    def _handouts(self, index: Index, config: MkDocsConfig) -> dict[str, str | bytes]:
        """PDF handouts: one per practice (its lessons), one per course pack."""
        base = (config.site_url or "").rstrip("/")
        jobs = [
            (
                render.handout_uri(p),
                p.name,
                f"{base}/practices/{p.key}/",
                render.practice_handout(p, index),
            )
            for p in index.practices.values()
        ]
        jobs += [(render.course_pdf_uri(c), c.title, f"{base}/courses/{c.name}/",
                  render.course_page(c, index)) for c in index.courses]  # fmt: skip
        made: dict[str, str | bytes] = {}
        for uri, title, url, text in jobs:
            qr = str(render.qr_svg(url)) if base else ""
            try:
                made[uri] = handout.to_pdf(handout.to_html(text, title, url if base else None, qr))
            except handout.HandoutError as exc:
                raise PluginError(str(exc)) from exc
        return made

    def _permalinks(self, corpus: Corpus, config: MkDocsConfig) -> tuple[Problem, ...]:
        """Check the URL manifest and hand `redirect_from` entries to mkdocs-redirects."""
        moved, problems = permalinks.redirects(corpus)
        manifest = Path(config.config_file_path).parent / self.config.url_manifest
        if manifest.exists():
            problems += permalinks.check_manifest(permalinks.read_manifest(manifest), corpus)
        redirect_plugin = config.plugins.get("redirects")
        if moved and redirect_plugin is None:
            log.warning(
                "redirect_from cần plugin mkdocs-redirects (thêm `- redirects` vào plugins)"
            )
        elif moved and redirect_plugin is not None:
            # The redirects plugin keeps a reference to this dict and writes it after the build.
            redirect_plugin.config["redirect_maps"].update(moved)
        return tuple(problems)

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> None:
        self.nav = nav

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> None:
        if self.template_cache is not None:
            env.bytecode_cache = self.template_cache
        if self.tracker is not None and self.nav is not None:
            docs = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
            self.site = _Site(config, files, self.nav, env, docs)
        # Pagefind indexes each page as soon as it is rendered, in its own process.
        if self.config.enabled and self.config.search:
            self._stop_search()
            try:
                self.search_index = LiveIndex()
            except LiveIndexError as exc:
                raise PluginError(str(exc)) from exc

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.config.enabled:
            output = compact_html(output)
        if self.search_index is not None:
            self.search_index.add(output, "/" + page.url)
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.tracker is not None:
            # The site stays in memory for quick rebuilds: keep its objects out of the
            # collector's way (a full collection at 10,000 cases takes tenths of a second).
            gc.freeze()
        if self.search_index is not None:
            search_index, self.search_index = self.search_index, None
            try:
                search_index.write(Path(config.site_dir))
            except LiveIndexError as exc:
                raise PluginError(str(exc)) from exc
            if self.ledger is not None:
                self.ledger.searchable = search_index.indexed
        if self.ledger is not None and self.index is not None:
            gaps = conservation.missing(self.index, self.ledger)
            if gaps:
                shown = "\n  ".join(gaps[:30])
                more = f"\n  … và {len(gaps) - 30} chỗ khác" if len(gaps) > 30 else ""
                raise PluginError(f"Mô hình bị mất khỏi trang dựng ra ({len(gaps)} chỗ):"
                                  f"\n  {shown}{more}")  # fmt: skip

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_search()
        self.site = None  # the next save rebuilds in full

    def _quick(self) -> bool:
        """Render a live preview after saving existing cases, without a full rebuild.

        The engine would rescan, re-read and re-navigate all files (about 3 s at 10,000
        cases) before rendering anything. Instead the edited cases are loaded again, the
        index is updated (`preview.quick_update`), and the pages that show them go through
        the engine's own page pipeline, every plugin event included; the browser reloads as
        soon as the edited case is written. False: this needs a full build (a file added,
        removed or other than a case, a problem in the file, the first build)."""
        start = time.perf_counter()
        changes = self.changes.take()
        site, tracker, cache = self.site, self.tracker, self.index_cache
        if not changes or site is None or tracker is None or cache is None or self.config.pdf:
            return False
        if self.corpus is None or self.file_cache is None:
            return False
        docs = Path(site.config.docs_dir)
        known = {case.path for case in self.corpus.cases}
        edited = []
        for changed in map(Path, sorted(changes)):
            rel = changed.relative_to(docs).as_posix() if changed.is_relative_to(docs) else None
            if rel is not None and rel in known and changed.is_file():
                record, problems = load_cached("case", rel, changed, self.file_cache)
                if record is None or problems:
                    return False
                edited.append(record)
            elif rel is None or rel in known or changed.exists() and not _scratch(changed):
                return False
        update = preview.quick_update(self.corpus, edited, cache)
        if update is None:
            return False
        self.corpus, self.index = update.corpus, update.index
        for problem in update.problems:
            log.warning(problem.format())
        first = [record.path for record in update.edited]
        for uri in first:
            self._render(site, uri)
        self._reload_browsers()  # the edited cases are written: show them now
        shown = time.perf_counter() - start
        touched = preview.touched_pages(update, tracker, self.generated_uris)
        if touched is None:
            return False
        pages, content = touched
        for page in pages:
            file = site.files.get_file_from_path(page.uri)
            assert file is not None, page.uri
            file.content_string = page.make()
        rest = [*(page.uri for page in pages), *(uri for uri in content if uri not in first)]
        rest += sorted(uri for uri in self.marker_pages if site.files.get_file_from_path(uri))
        for uri in rest:
            self._render(site, uri)
        log.info(
            f"xem trước nhanh: dựng lại {len(first) + len(rest)} trang (trang vừa sửa "
            f"sau {shown:.2f} s, tất cả sau {time.perf_counter() - start:.2f} s)"
        )
        return True

    def _render(self, site: _Site, uri: str) -> None:
        """One page through the engine's page pipeline, as a build does it."""
        file = site.files.get_file_from_path(uri)
        assert file is not None and file.page is not None, uri
        _populate_page(file.page, site.config, site.files)
        _build_page(file.page, site.config, site.doc_files, site.nav, site.env,
                    excluded=file.inclusion.is_excluded())  # fmt: skip
        anchors = site.config.validation.links.anchors
        file.page.validate_anchor_links(files=site.files, log_level=anchors)

    def _reload_browsers(self) -> None:
        """Let the browsers reload now: the edited case is written, the pages that list it
        follow. (The server does the same once the rebuild returns; a browser already on
        this version does not reload twice.)"""
        server = self.server
        if server is not None:
            with server._epoch_cond:
                server._visible_epoch = server._wanted_epoch
                server._epoch_cond.notify_all()

    def _stop_search(self) -> None:
        if self.search_index is not None:
            self.search_index.close()
            self.search_index = None

    def _search_data(self, record: render.Record) -> render.SearchData:
        assert self.index is not None
        if isinstance(record, Practice):
            return render.practice_search(record)
        if isinstance(record, Regulation):
            return render.regulation_search(record)
        return render.case_search(record, self.index)

    def _content_page(self, record: render.Record, links: render.PageLinks) -> str:
        """Rendered Markdown for a loaded case, practice or regulation page."""
        assert self.index is not None
        if isinstance(record, Practice):
            pdf = render.handout_uri(record) if self.config.pdf else None
            return render.practice_page(record, self.index, links, pdf)
        if isinstance(record, Regulation):
            return render.regulation_page(record, self.index, links)
        return render.case_page(record, self.index, links)
