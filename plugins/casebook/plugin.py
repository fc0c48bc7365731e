"""MkDocs events → core calls: glue only. With `engine_mkdocs`, the only module that
imports mkdocs.

Flow: `on_files` checks every content file and builds the index (`site.check_all`), then
adds the generated files (`site.generated_files`); `on_page_markdown` swaps each case,
practice and regulation page for its rendered Markdown and expands editor markers
elsewhere (`site.page_markdown`); `on_post_build` checks that no case went missing. Content
problems are logged as warnings, so `mkdocs build --strict` fails on them. MkDocs'
internals (the live preview's server and page pipeline, redirects) are the adapter's.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from casebook import engine_mkdocs, handout, permalinks, preview, render, site
from casebook.conservation import Ledger
from casebook.index import Index, IndexCache
from casebook.live_index import PAGES_PER_BUNDLE, LiveIndexError, SplitIndex
from casebook.loader import Corpus, FileCache, Problem
from casebook.preview import TemplateCache, Tracker
from casebook.text import compact_html

log = get_plugin_logger(__name__)


class CasebookConfig(Config):
    """Options of the `casebook` plugin."""

    enabled = opt.Type(bool, default=True)
    """Turn the plugin off (e.g. to measure a build without it)."""

    search = opt.Type(bool, default=True)
    """Index the built site with Pagefind after every build (off: no search index)."""

    search_bundle_pages = opt.Type(int, default=PAGES_PER_BUNDLE)
    """Most pages per Pagefind bundle of the full text: more pages, fewer bundles to fetch
    for a full-text search, but more memory while building (Pagefind's grows with it)."""

    pdf = opt.Type(bool, default=False)
    """Make a PDF handout per practice and per course pack (WeasyPrint). The project's
    mkdocs.yml turns it on (`make build`); `make preview` turns it off."""

    pdf_cache = opt.Type(str, default=".cache/casebook/pdf")
    """Folder, relative to mkdocs.yml, keeping PDFs by the hash of their content, so an
    unchanged handout is not rendered again; empty: no cache."""

    preview = opt.Type(bool, default=False)
    """Live preview (`make preview`, i.e. `mkdocs serve --dirty`): after a save, render
    only the edited case and the pages that show it; skip the open-data export."""

    url_manifest = opt.Type(str, default=permalinks.MANIFEST)
    """Committed list of published URLs, relative to mkdocs.yml; checked when it exists."""


def searchable(page: Page) -> bool:
    """Whether overrides/main.html marks the page for Pagefind (only those are indexed)."""
    return bool(page.meta.get("casebook_search"))


class CasebookPlugin(BasePlugin[CasebookConfig]):
    """Validate case studies, index them and generate cross-reference pages."""

    def __init__(self) -> None:
        self.index: Index | None = None
        self.search_index: SplitIndex | None = None
        self.tracker: Tracker | None = None
        self.ledger: Ledger | None = None
        self.file_cache: FileCache | None = None
        self.template_cache: TemplateCache | None = None
        self.index_cache: IndexCache | None = None
        # A live preview's state between builds (see `_quick`).
        self.corpus: Corpus | None = None
        self.generated_uris: frozenset[str] = frozenset()
        self.live = engine_mkdocs.LivePreview()
        self.nav: Navigation | None = None
        self.marker_pages: set[str] = set()  # authored pages with casebook markers

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across the rebuilds of `serve`, with the
        # tracker of a live preview; every other build starts afresh (on_config).
        if self.config.preview and command == "serve" and dirty:
            if (notice := engine_mkdocs.preview_supported()) is not None:
                log.info(notice)
                return
            self.tracker = Tracker()
            self.file_cache = {}
            self.index_cache = IndexCache()
            self.template_cache = TemplateCache()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer | None:
        if self.tracker is not None:
            self.live.attach(server, builder, self._quick)
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
        manifest = Path(config.config_file_path).parent / self.config.url_manifest
        checked = site.check_all(Path(config.docs_dir), manifest, self.file_cache, self.index_cache)
        self.corpus, self.index = checked.corpus, checked.index
        self._redirect(config, checked.redirects)
        self._report(checked.problems)
        made = self._generate(checked.index, config)
        self.generated_uris, self.ledger = made.uris, made.ledger
        self._add_files(files, config, made)
        self._mark_touched(files, set(made.skipped))
        return files

    def _add_files(self, files: Files, config: MkDocsConfig, made: site.Generated) -> None:
        """The generated files (a skipped page keeps an empty file), each replacing an
        authored file at the same path."""
        for uri, content in [*made.files.items(), *((uri, "") for uri in made.skipped)]:
            if (authored := files.get_file_from_path(uri)) is not None:
                files.remove(authored)
            files.append(File.generated(config, uri, content=content))

    def _report(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            log.warning(problem.format())

    def _redirect(self, config: MkDocsConfig, moved: dict[str, str]) -> None:
        """Hand `redirect_from` entries to mkdocs-redirects."""
        if moved and not engine_mkdocs.add_redirects(config, moved):
            log.warning(
                "redirect_from cần plugin mkdocs-redirects (thêm `- redirects` vào plugins)"
            )

    def _generate(self, index: Index, config: MkDocsConfig) -> site.Generated:
        folder = self.config.pdf_cache
        cache_dir = Path(config.config_file_path).parent / folder if folder else None
        handouts = site.Handouts(config.site_url or "", cache_dir) if self.config.pdf else None
        try:
            made = site.generated_files(
                index,
                self.tracker,
                handouts,
                config.site_name,
                config.site_url or "",
                search=self.config.search,
            )
        except handout.HandoutError as exc:
            raise PluginError(str(exc)) from exc
        for note in made.notes:
            log.info(note)
        return made

    def _mark_touched(self, files: Files, skipped: set[str]) -> None:
        """Tell `serve --dirty` what to render again (see `preview.page_modified`)."""
        tracker, index = self.tracker, self.index
        if tracker is None or index is None:
            return
        for file in files.documentation_pages():
            modified = preview.page_modified(
                file.src_uri, index, tracker, skipped, self.marker_pages
            )
            if modified is not None:
                engine_mkdocs.mark_modified(file, modified=modified)
        log.info(f"xem trước: dựng lại {tracker.rendered} trang")
        # The caches live across the preview's builds: keep them out of the collector's
        # way (measured at 10,000 cases: 0.6 s less per rebuild).
        gc.freeze()

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.index is None:
            return markdown
        src, links = page.file.src_uri, render.PageLinks(page.edit_url, page.canonical_url)
        title, generated = page.meta.get("title"), bool(page.file.generated_by)
        out = site.page_markdown(markdown, src, title, generated, links, self.index,
                                 self.config.pdf)  # fmt: skip
        self._update_page(page, out)
        if self.ledger is not None:
            self.ledger.page(src, out.text)
        return out.text

    def _update_page(self, page: Page, out: site.PageMarkdown) -> None:
        if out.search is not None:
            page.meta["casebook_search"] = out.search  # overrides/main.html marks the page
        if out.title is not None:
            page.meta["title"] = out.title
        if self.tracker is not None and out.has_markers:
            self.marker_pages.add(page.file.src_uri)  # a preview renders it after every edit

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> None:
        self.nav = nav

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> None:
        if self.template_cache is not None:
            env.bytecode_cache = self.template_cache
        if self.tracker is not None and self.nav is not None:
            self.live.keep_site(config, files, self.nav, env)
        # Pagefind indexes each page as soon as it is rendered, in its own process.
        if self.config.enabled and self.config.search:
            self._stop_search()
            marked = sum(1 for f in files.documentation_pages() if f.page and searchable(f.page))
            try:
                self.search_index = SplitIndex(
                    Path(config.site_dir), marked, most=self.config.search_bundle_pages
                )
            except LiveIndexError as exc:
                raise PluginError(str(exc)) from exc

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.config.enabled:
            output = compact_html(output)
        if self.search_index is not None and searchable(page):
            self.search_index.add(output, "/" + page.url)
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.tracker is not None:
            # The site stays in memory for quick rebuilds: keep its objects out of the
            # collector's way (a full collection at 10,000 cases takes tenths of a second).
            gc.freeze()
        self._write_search()
        if self.ledger is not None and self.index is not None:
            if (lost := site.lost_cases(self.index, self.ledger)) is not None:
                raise PluginError(lost)

    def _write_search(self) -> None:
        if self.search_index is not None:
            search_index, self.search_index = self.search_index, None
            try:
                search_index.write()
            except LiveIndexError as exc:
                raise PluginError(str(exc)) from exc
            if self.ledger is not None:
                self.ledger.searchable = search_index.indexed

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_search()
        self.live.forget_site()  # the next save rebuilds in full

    def _stop_search(self) -> None:
        if self.search_index is not None:
            self.search_index.close()
            self.search_index = None

    def _quick(self) -> bool:
        """Render a live preview after saving existing cases, without a full rebuild.

        The engine would rescan, re-read and re-navigate all files (about 3 s at 10,000
        cases) before rendering anything. Instead the edited cases are loaded again, the
        index is updated (`preview.quick_update`), and the pages that show them go through
        the engine's own page pipeline, every plugin event included; the browser reloads as
        soon as the edited case is written. False: this needs a full build (a file added,
        removed or other than a case, a problem in the file, the first build)."""
        start = time.perf_counter()
        changes, docs = self.live.changes.take(), self.live.docs_dir()
        if not changes or docs is None or self.tracker is None or self.config.pdf:
            return False
        if self.corpus is None or self.file_cache is None or self.index_cache is None:
            return False
        edited = preview.edited_cases(changes, docs, self.corpus, self.file_cache)
        if edited is None:
            return False
        update = preview.quick_update(self.corpus, edited, self.index_cache)
        if update is None:
            return False
        self.corpus, self.index = update.corpus, update.index
        self._report(update.problems)
        first = [record.path for record in update.edited]
        for uri in first:
            self.live.render(uri)
        self.live.reload_browsers()  # the edited cases are written: show them now
        self._report(site.marker_problems(docs, update.corpus, update.index))
        shown = time.perf_counter() - start
        rendered = self._render_listings(update, self.tracker, first)
        if rendered is None:
            return False
        log.info(
            f"xem trước nhanh: dựng lại {len(first) + rendered} trang (trang vừa sửa "
            f"sau {shown:.2f} s, tất cả sau {time.perf_counter() - start:.2f} s)"
        )
        return True

    def _render_listings(
        self, update: preview.Quick, tracker: Tracker, first: list[str]
    ) -> int | None:
        """Render the pages that show the edited cases (after `first`, the cases
        themselves); how many, or None when a full build is needed after all."""
        touched = preview.touched_pages(update, tracker, self.generated_uris)
        if touched is None:
            return None
        pages, content = touched
        for page in pages:
            self.live.set_content(page.uri, page.make())
        rest = [*(page.uri for page in pages), *(uri for uri in content if uri not in first)]
        rest += sorted(uri for uri in self.marker_pages if self.live.has_page(uri))
        for uri in rest:
            self.live.render(uri)
        return len(rest)
