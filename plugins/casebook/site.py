"""One build of the site, engine-agnostic: what the plugin asks of the core.

- `check_all`: every content problem (files, references, citations, permalinks, editor
  markers), the one list that both the build and `casebook check` report.
- `generated_files`: every generated file (pages, PDF handouts, open data, schemas) of a
  build, or of a live preview's rebuild (only what an edit touched).
- `page_markdown`: the Markdown of one page (a record's rendered page, markers expanded,
  a title safe to print) and what the engine should do with it.
- `lost_cases`: the conservation check after a build.
"""

from __future__ import annotations

import html
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casebook import (
    conservation,
    export,
    first_index,
    handout,
    markers,
    permalinks,
    preview,
    render,
    routes,
    search_meta,
    templating,
)
from casebook.conservation import Ledger
from casebook.front_matter import split_body
from casebook.index import Index, IndexCache
from casebook.loader import (
    Corpus,
    FileCache,
    Practice,
    Problem,
    RecordT,
    Regulation,
    load_tree,
    schema,
)
from casebook.preview import Tracker

SCHEMA_KINDS = ("case", "regulation", "practice")
"""Record kinds whose JSON Schema is published at `schemas/<kind>.schema.json`."""


@dataclass(frozen=True)
class Checked:
    """A docs tree loaded, indexed and checked."""

    corpus: Corpus
    index: Index
    problems: tuple[Problem, ...]
    redirects: dict[str, str]
    """`redirect_from` entries: old path → new page, for the engine's redirects."""


def check_all(
    docs_dir: Path,
    manifest: Path,
    file_cache: FileCache | None = None,
    index_cache: IndexCache | None = None,
) -> Checked:
    """Load `docs_dir`, build the index and collect every problem, in file order per
    check: loading, citations, `redirect_from`, published URLs (`manifest`), then editor
    markers."""
    corpus = load_tree(docs_dir, file_cache)
    index = Index.build(corpus, index_cache)
    moved, redirect_problems = permalinks.redirects(corpus)
    published = permalinks.check(docs_dir, manifest, corpus)
    problems = (*corpus.problems, *index.problems, *redirect_problems, *published,
                *marker_problems(docs_dir, corpus, index))  # fmt: skip
    return Checked(corpus, index, problems, moved)


def marker_problems(docs_dir: Path, corpus: Corpus, index: Index) -> list[Problem]:
    """The errors of every editor marker, in records' bodies and in the other Markdown
    pages of `docs_dir` (read here: the loader reads only records), at their file line."""
    records: list[RecordT] = [*corpus.cases, *corpus.regulations, *corpus.practices]
    problems = [p for r in records for p in markers.marker_problems(r.path, r.body,
                r.body_line, index)]  # fmt: skip
    for path, file in authored_pages(docs_dir):
        if b"casebook:" in (raw := file.read_bytes()):
            body, line = split_body(raw.decode("utf-8-sig", errors="replace"))
            problems += markers.marker_problems(path, body, line, index)
    return problems


def authored_pages(docs_dir: Path) -> Iterator[tuple[str, Path]]:
    """(docs-relative path, file) of each Markdown page outside the record folders (the
    loader reads those), hidden files and folders left out as the engine leaves them."""
    for folder, dirs, files in os.walk(docs_dir):
        rel = Path(folder).relative_to(docs_dir)
        top = rel == Path(".")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (top and d in routes.RECORD_FOLDERS))  # fmt: skip
        for name in sorted(files):
            if name.endswith(".md") and not name.startswith("."):
                yield (rel / name).as_posix(), Path(folder, name)


@dataclass(frozen=True)
class Handouts:
    """Where PDF handouts are made from: the site's public address (printed addresses and
    QR codes only when known) and the folder caching PDFs by content hash (None: none)."""

    site_url: str
    cache_dir: Path | None


@dataclass(frozen=True)
class Generated:
    """The generated files of one build."""

    files: dict[str, str | bytes]
    """src path → content, for the engine to add (replacing an authored file)."""
    skipped: tuple[str, ...]
    """Generated pages a live preview leaves as they were (nothing they show changed)."""
    uris: frozenset[str]
    """Every generated page, rendered or skipped."""
    ledger: Ledger | None
    """The conservation ledger of a full build (None in a live preview)."""
    notes: tuple[str, ...]
    """Lines for the build's log."""


def generated_files(
    index: Index, tracker: Tracker | None, handouts: Handouts | None, site_name: str,
    site_url: str, *, search: bool = True,
) -> Generated:  # fmt: skip
    """Every generated file; with `tracker` (a live preview) only the pages an edit
    touched, and placeholders for the open-data files (10 MB at 10,000 cases); with
    `search`, the first index a reader's first query loads (not in a preview)."""
    if tracker is not None:
        tracker.start(preview.records(index))
    pages = render.generated(index, handouts is not None)
    made = [page for page in pages if tracker is None or tracker.touched(page.uri, page.deps)]
    files: dict[str, str | bytes] = {page.uri: page.make() for page in made}
    notes = []
    if handouts is not None:
        pdfs, note = make_handouts(index, handouts)
        files |= pdfs
        notes.append(note)
    if tracker is None:
        files |= export.files(index, site_name, site_url)
    else:
        files |= dict.fromkeys(routes.OPEN_DATA, "Bản xem trước không tạo tệp dữ liệu mở.\n")
    first: dict[str, str] = {}
    if search and tracker is None:  # what a reader's first query loads
        first = first_index.build(search_meta.first_index_entries(index))
        files |= first
    files |= {routes.schema_path(kind): json.dumps(schema(kind), ensure_ascii=False,
              indent=2) for kind in SCHEMA_KINDS}  # fmt: skip
    # A preview renders a part of the site: nothing to account for. Pages enter the
    # ledger as they are rendered (`page_markdown`), generated ones included.
    ledger = Ledger() if tracker is None else None
    if ledger is not None:
        ledger.export(files[routes.CASES_JSON])
        if first:
            ledger.first(first)
    rendered = {page.uri for page in made}
    skipped = tuple(page.uri for page in pages if page.uri not in rendered)
    return Generated(files, skipped, frozenset(p.uri for p in pages), ledger, tuple(notes))


def make_handouts(index: Index, options: Handouts) -> tuple[dict[str, str | bytes], str]:
    """PDF handouts, one per practice (its lessons) and one per course pack, and a log
    line. Raises `handout.HandoutError` when WeasyPrint fails."""
    start = time.perf_counter()
    base = options.site_url.rstrip("/")
    jobs = [(routes.handout_uri(p), p.name, routes.practice_uri(p),
             render.practice_handout(p, index)) for p in index.practices.values()]  # fmt: skip
    jobs += [(routes.course_pdf_uri(c), c.title, routes.course_uri(c),
              render.course_page(c, index)) for c in index.courses]  # fmt: skip
    cache = handout.PdfCache(options.cache_dir)
    made: dict[str, str | bytes] = {}
    for uri, title, source, text in jobs:
        address = f"{base}/{source}" if base else None
        url = f"{base}/{routes.url_path(source)}" if base else None
        qr = str(templating.qr_svg(url)) if url else ""
        html = handout.to_html(text, title, url, qr, address)
        made[uri] = cache.pdf(html)
    cache.prune()
    took = time.perf_counter() - start
    return made, f"PDF: {len(made)} tệp, {cache.made} tệp mới dựng, {took:.2f} s"


def lost_cases(index: Index, ledger: Ledger) -> str | None:
    """The build failure when a case is missing from a page that should show it."""
    gaps = conservation.missing(index, ledger)
    if not gaps:
        return None
    shown = "\n  ".join(gaps[:30])
    more = f"\n  … và {len(gaps) - 30} chỗ khác" if len(gaps) > 30 else ""
    return f"Mô hình bị mất khỏi trang dựng ra ({len(gaps)} chỗ):\n  {shown}{more}"


@dataclass(frozen=True)
class PageMarkdown:
    """One page's Markdown and what the engine should set on the page."""

    text: str
    title: str | None
    """The title to print (escaped or ours), None: leave the page's title alone."""
    search: search_meta.SearchData | None
    """Pagefind data of a record's page (overrides/main.html prints it)."""
    has_markers: bool
    """The page (authored) lists records through editor markers (their errors are
    problems of `check_all`)."""


def page_markdown(
    markdown: str, src_uri: str, title: object, generated: bool, links: render.PageLinks,
    index: Index, pdf: bool,
) -> PageMarkdown:  # fmt: skip
    """A record's rendered page in place of its file's Markdown (other pages as they
    are), with editor markers expanded. The theme prints the title unescaped (<title>,
    header, nav): ours get the H1's text, any other (an authored page, a record that
    failed validation and is shown as written) is escaped, so that front-matter can never
    become markup."""
    search = None
    text = markdown
    if (record := render.content_record(src_uri, index)) is not None:
        text = content_page(record, index, links, pdf)
        search = search_data(record, index)
    ours = templating.plain_title(text) if record is not None or generated else None
    if ours is None and title is not None:
        ours = html.escape(str(title), quote=False)
    has_markers = markers.MARKER.search(text) is not None
    text, _ = markers.expand_markers(text, src_uri, index)
    return PageMarkdown(text, ours, search, has_markers)


def search_data(record: render.Record, index: Index) -> search_meta.SearchData:
    """The Pagefind data of a record's page."""
    if isinstance(record, Practice):
        return search_meta.practice_search(record)
    if isinstance(record, Regulation):
        return search_meta.regulation_search(record)
    return search_meta.case_search(record, index)


def content_page(record: render.Record, index: Index, links: render.PageLinks, pdf: bool) -> str:
    """Rendered Markdown for a loaded case, practice or regulation page."""
    if isinstance(record, Practice):
        return render.practice_page(
            record, index, links, routes.handout_uri(record) if pdf else None
        )
    if isinstance(record, Regulation):
        return render.regulation_page(record, index, links)
    return render.case_page(record, index, links)
