"""Index → Markdown pages, through Jinja templates in `templates/`.

Knows nothing of MkDocs' `File`: it returns Markdown strings keyed by docs-relative path.
`generated()` lists every page that exists only at build time; the pages of authored
records (cases, practices, regulations) are rendered in place of their files. The Jinja
environment is `templating`'s, search data `search_meta`'s, charts `charts`', editor
markers `markers`'; their public names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from markupsafe import Markup

from casebook.charts import bar_chart, statistics
from casebook.checks import course_targets, missing_course_items
from casebook.export import CASE_COLUMNS, REGULATION_COLUMNS
from casebook.facets import FACETS
from casebook.index import Index
from casebook.loader import CaseStudy, Course, CourseItem, Practice, Regulation
from casebook.markers import MARKER, expand_markers
from casebook.routes import (
    CASES,
    CODEBOOK,
    COURSES,
    FACET_DIRS,
    PRACTICES,
    REGULATIONS,
    STATISTICS,
    case_uri,
    course_pdf_uri,
    course_uri,
    facet_uri,
    folder_index,
    link,
    page_uri,
    practice_listing_uri,
    practice_province_uri,
    practice_uri,
    record_of,
    regulation_uri,
)
from casebook.search_meta import (
    SearchData,
    case_search,
    first_index_entries,
    practice_search,
    regulation_search,
)
from casebook.templating import (
    PAGE_SIZE,
    by_province,
    escape,
    highlight,
    lesson_groups,
    plain_title,
    qr_svg,
    regulation_code,
    regulation_label,
    render,
    vi_date,
)

__all__ = [
    "ALL", "LESSONS_INLINE", "MARKER", "PAGE_SIZE", "Generated", "PageLinks", "Pager", "Record",
    "SearchData", "bar_chart", "case_page", "case_search", "content_deps", "content_record",
    "course_page", "escape", "expand_markers", "first_index_entries", "generated",
    "generated_pages", "highlight", "lesson_groups", "link_citations", "plain_title",
    "practice_handout", "practice_page", "practice_search", "qr_svg", "regulation_code",
    "regulation_label", "regulation_page", "regulation_search", "render", "statistics",
    "vi_date",
]  # fmt: skip

LESSONS_INLINE = 150
"""Up to this many lessons a practice page lists them all; beyond, one page per province."""


@dataclass(frozen=True)
class PageLinks:
    """What the engine knows about a page's own addresses (both optional)."""

    edit_url: str | None = None  # the file in the repository, when one is configured
    url: str | None = None  # absolute URL of the page, when the site URL is configured


def case_page(case: CaseStudy, index: Index, links: PageLinks = PageLinks()) -> str:
    """A case page: fact box, editorial notes, the body with its citations linked, the
    documents it cites (with status and successors), lesson summary, related cases."""
    body = Markup(link_citations(case, index))
    return render("case.md.j2", case_uri(case), index, case=case, body=body, links=links)


def link_citations(case: CaseStudy, index: Index) -> str:
    """The case body with every resolved citation turned into a link to its regulation
    page, carrying the stable anchor that regulation pages deep-link to."""
    body = case.body
    for m in reversed(index.mentions_in(case.slug)):
        reg = index.regulations.get(m.regulation or "")
        if reg is None or m.anchor is None:
            continue
        target = link(case_uri(case), regulation_uri(reg))
        linked = f"[{body[m.start : m.end]}]({target}){{: #{m.anchor} .cb-cite }}"
        body = body[: m.start] + linked + body[m.end :]
    return body


def practice_page(
    practice: Practice, index: Index, links: PageLinks = PageLinks(), pdf: str | None = None
) -> str:
    """A practice page: definition and introduction, every lesson tagged with it (or, when
    there are many, one page per province), the cases applying it, the documents those
    cases cite most, and practices that go with it."""
    lessons = index.lessons_for_practice(practice.key)
    cases = index.cases_for_practice(practice.key)
    return render("practice.md.j2", practice_uri(practice), index, practice=practice,
                  body=Markup(practice.body), lessons=lessons,
                  split=len(lessons) > LESSONS_INLINE, cases=cases,
                  listing=practice_listing_uri(practice) if len(cases) > PAGE_SIZE else None,
                  top=index.top_regulations(cases, 10),
                  companions=index.related_practices(practice.key, 5),
                  links=links, pdf=pdf)  # fmt: skip


def practice_handout(practice: Practice, index: Index) -> str:
    """Markdown of the printable lesson handout of a practice (every lesson, by province)."""
    lessons = index.lessons_for_practice(practice.key)
    return render("practice_handout.md.j2", practice_uri(practice), index, practice=practice,
                  lessons=lessons)  # fmt: skip


def course_page(course: Course, index: Index, pdf: bool = False) -> str:
    """A course pack page: its items in teaching order, with the trainer's notes."""
    uri = course_uri(course)
    return render("course.md.j2", uri, index, course=course, items=_present(course, index),
                  pdf=course_pdf_uri(course) if pdf else None)  # fmt: skip


def _present(course: Course, index: Index) -> list[CourseItem]:
    """Items whose target exists (`checks.check_courses` reported the others)."""
    targets = course_targets(index.cases, index.practices, index.regulations)
    missing = missing_course_items(course, targets)
    return [item for item in course.items if item not in missing]


def regulation_page(reg: Regulation, index: Index, links: PageLinks = PageLinks()) -> str:
    """A regulation page: identity, status and replacement chain, the authored note, and
    every citing case with the sentence that cites it and a deep link to it (paginated)."""
    pages = _paged(regulation_uri(reg), index.cases_citing(reg.id))
    uri, cases, pager = pages[0]
    return render("regulation.md.j2", uri, index, reg=reg, body=Markup(reg.body),
                  cases=cases, pager=pager, links=links)  # fmt: skip


@dataclass(frozen=True)
class Generated:
    """A page that exists only at build time: its Markdown is made on demand (`make`),
    and `deps` are the records it shows, so a preview can tell whether an edit touched it
    (ALL: it summarises every record)."""

    uri: str
    deps: tuple[object, ...]
    make: Callable[[], str]


ALL: tuple[object, ...] = ("*",)
"""The dependencies of a page that summarises the whole corpus (re-made on every edit)."""


def generated_pages(index: Index, pdf: bool = False) -> dict[str, str]:
    """Every page that exists only at build time, keyed by docs-relative path."""
    return {g.uri: g.make() for g in generated(index, pdf)}


def generated(index: Index, pdf: bool = False) -> list[Generated]:
    """Every generated page, unrendered."""

    def page(uri: str, template: str, deps: tuple[object, ...], **context: Any) -> Generated:
        return Generated(uri, deps, lambda: render(template, uri, index, **context))

    pages = [
        page(folder_index(PRACTICES), "practice_index.md.j2", ALL),
        page(folder_index(REGULATIONS), "regulation_index.md.j2", ALL),
        page(STATISTICS, "statistics.md.j2", ALL, chart=bar_chart, sections=statistics(index)),
        page(CODEBOOK, "codebook.md.j2", ALL, regulation_columns=REGULATION_COLUMNS,
             case_columns=[(name, meaning) for name, meaning, _ in CASE_COLUMNS]),
        page(folder_index(COURSES), "course_index.md.j2", ALL),
    ]  # fmt: skip
    for course in index.courses:
        pages.append(Generated(course_uri(course), ALL, partial(course_page, course, index, pdf)))
    intro = f"Cơ sở dữ liệu hiện có {len(index.cases)} mô hình."
    pages += _listing(folder_index(CASES), "Mô hình", intro, index.cases, index)
    for facet, folder in FACET_DIRS.items():
        pages += _facet_pages(facet, folder, index)
    for practice in index.practices.values():
        pages += _practice_subpages(practice, index)
    for reg in index.regulations.values():
        for uri, cases, pager in _paged(regulation_uri(reg), index.cases_citing(reg.id))[1:]:
            pages.append(page(uri, "regulation_more.md.j2", (reg, *cases), reg=reg, cases=cases,
                              pager=pager))  # fmt: skip
    return pages


Record = CaseStudy | Practice | Regulation


def content_record(src_uri: str, index: Index) -> Record | None:
    """The loaded case, practice or regulation an authored page stands for (None: the
    page is something else, or its record failed validation)."""
    found = record_of(src_uri)
    if found is None:
        return None
    kind, name = found
    if kind == "case":
        return index.case(name)
    return (index.practices if kind == "practice" else index.regulations).get(name)


def content_deps(record: Record, index: Index) -> tuple[object, ...]:
    """The records shown on the page of `record`."""
    if isinstance(record, Practice):
        return (record, *index.cases_for_practice(record.key))
    if isinstance(record, Regulation):
        return (record, *index.cases_citing(record.id)[:PAGE_SIZE])
    # A case page lists its related cases (title, province) in rank order.
    return (record, *(x for other, score in index.related(record) for x in (other, score)))


def _facet_pages(facet: str, folder: str, index: Index) -> list[Generated]:
    first = folder_index(folder)
    make = lambda: render("facet_index.md.j2", first, index, facet=facet, folder=folder)  # noqa: E731
    pages = [Generated(first, ALL, make)]
    for term in index.terms(facet):
        title = f"{FACETS[facet]}: {term.label}"
        intro = f"{len(term.cases)} mô hình."
        if term.note:
            intro += f" Tỉnh, thành phố hiện nay (từ 1/7/2025): {term.note}."
        pages += _listing(facet_uri(facet, term.slug), title, intro, term.cases, index)
    return pages


def _practice_subpages(practice: Practice, index: Index) -> list[Generated]:
    pages: list[Generated] = []
    cases = index.cases_for_practice(practice.key)
    if len(cases) > PAGE_SIZE:
        title = f"Mô hình áp dụng: {practice.name}"
        pages += _listing(practice_listing_uri(practice), title, f"{len(cases)} mô hình.",
                          cases, index)  # fmt: skip
    lessons = index.lessons_for_practice(practice.key)
    if len(lessons) > LESSONS_INLINE:
        for slug, group in by_province(lessons).items():
            uri = practice_province_uri(practice, slug)
            deps = (practice, *{id(x.case): x.case for x in group}.values())  # no hashing
            make = lambda u=uri, g=group: render("practice_province.md.j2", u, index,  # noqa: E731
                                                 practice=practice, lessons=g)  # fmt: skip
            pages.append(Generated(uri, deps, make))
    return pages


def _listing(
    first: str, title: str, intro: str, cases: Sequence[CaseStudy], index: Index
) -> list[Generated]:
    """A paginated case table: `first` and, past PAGE_SIZE cases, `…/trang-N.md`."""

    def make(uri: str, chunk: Sequence[CaseStudy], pager: Pager) -> Callable[[], str]:
        return lambda: render("case_listing.md.j2", uri, index, title=title, intro=intro,
                              cases=chunk, pager=pager)  # fmt: skip

    # A listing's intro counts every case of the term: a new one changes every page.
    return [Generated(uri, (len(cases), *chunk), make(uri, chunk, pager))
            for uri, chunk, pager in _paged(first, cases)]  # fmt: skip


@dataclass(frozen=True)
class Pager:
    """Where a page sits in a paginated listing."""

    number: int
    uris: tuple[str, ...]


T = TypeVar("T")


def _paged(
    first: str, items: Sequence[T], size: int = PAGE_SIZE
) -> list[tuple[str, Sequence[T], Pager]]:
    count = max(1, -(-len(items) // size))
    uris = tuple(page_uri(first, n) for n in range(1, count + 1))
    return [(uris[n], items[n * size : (n + 1) * size], Pager(n + 1, uris)) for n in range(count)]
