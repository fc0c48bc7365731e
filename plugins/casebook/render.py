"""Index → Markdown pages, through Jinja templates in `templates/`.

Knows nothing of MkDocs' `File`: it returns Markdown strings keyed by docs-relative path.
Every value interpolated into a template is escaped for both HTML and Markdown (see
`escape`), so front-matter can never inject markup, links or script.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any, TypeVar

import jinja2
import segno
from markupsafe import Markup

from casebook import first_index
from casebook.export import CASE_COLUMNS, REGULATION_COLUMNS
from casebook.index import (
    AWARD_LEVELS,
    FACETS,
    KINDS,
    NOTE_KINDS,
    STATUSES,
    UNIT_LEVELS,
    Index,
    province_slug,
)
from casebook.index import Lesson as IndexLesson
from casebook.loader import CaseStudy, Course, CourseItem, Practice, Regulation, provinces
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
    href,
    link,
    page_uri,
    practice_listing_uri,
    practice_province_uri,
    practice_uri,
    record_of,
    regulation_uri,
    url_path,
)
from casebook.xref import Mention

# Characters that open HTML or Markdown inline syntax (links, emphasis, code, table
# cells, attribute lists). Values never start a line in our templates, so line-start
# syntax (#, -, +, =) cannot fire; leaving common punctuation alone keeps Markdown fast.
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]|<>&\"']")


def escape(value: object) -> Markup:
    """Text → Markup safe in Markdown *and* HTML: specials become numeric entities."""
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    return Markup(_MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text).replace("\n", " "))


def plain_title(markdown_text: str) -> str | None:
    """The page's `# H1` as HTML-escaped text (our templates entity-escape values, so the
    entities are decoded first and everything is escaped once, for the theme)."""
    first = markdown_text.lstrip("\n").split("\n", 1)[0]
    if not first.startswith("# "):
        return None
    return html.escape(html.unescape(first[2:].strip()), quote=False)


def vi_date(value: dt.date | str | None) -> str:
    """A date the way Vietnamese documents write it: 02/01/2020; a partial ISO date
    ("2020-01", "2020") as precise as it is: 01/2020, 2020."""
    if isinstance(value, str):
        return "/".join(reversed(value.split("-")))
    return f"{value:%d/%m/%Y}" if value else "không rõ"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("casebook", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=escape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["vi_date"] = vi_date
    env.filters["code"] = regulation_code
    env.globals.update(
        UNIT_LEVELS=UNIT_LEVELS, AWARD_LEVELS=AWARD_LEVELS, STATUSES=STATUSES, KINDS=KINDS
    )
    return env


def regulation_code(reg: Regulation) -> str | None:
    """Number and symbol as written: '22-QĐ/TW' (Party style) or '14/KH-CAH' (state style)."""
    if not (reg.number and reg.symbol):
        return reg.number
    sep = "/" if "-" in reg.symbol and "/" not in reg.symbol else "-"
    return f"{reg.number}{sep}{reg.symbol}"


def regulation_label(reg: Regulation) -> str:
    """How readers name a document: 'Quy định 22-QĐ/TW', or the title without a number."""
    code = regulation_code(reg)
    return f"{KINDS[reg.kind]} {code}" if code else reg.title


PAGE_SIZE = 100
"""Cases per listing page: keeps every generated page far below 200 KB at any N."""

LESSONS_INLINE = 150
"""Up to this many lessons a practice page lists them all; beyond, one page per province."""


@dataclass(frozen=True)
class PageLinks:
    """What the engine knows about a page's own addresses (both optional)."""

    edit_url: str | None = None  # the file in the repository, when one is configured
    url: str | None = None  # absolute URL of the page, when the site URL is configured


def qr_svg(url: str) -> Markup:
    """A QR code of `url` as inline SVG, for printed handouts (segno, no network)."""
    svg = segno.make(url, error="m").svg_inline(scale=2, title=f"Mã QR: {url}")
    return Markup(svg)


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


def highlight(mention: Mention) -> Markup:
    """The citing sentence, escaped, with the citation itself marked."""
    start, end = mention.in_sentence
    text = mention.sentence
    return escape(text[:start]) + Markup("<mark>") + escape(text[start:end]) + \
        Markup("</mark>") + escape(text[end:])  # fmt: skip


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


SearchData = dict[str, list[tuple[str, str]]]
"""What the search index gets for a page: `meta` (shown on result cards), `filters`
(facets), `weighted` (extra words that rank the page high) and `first`: the few fields the
small first index holds, as (kind, text) blocks; kind "text" is body text an excerpt may
quote, any other kind is a field the result card already shows."""


def case_search(case: CaseStudy, index: Index) -> SearchData:
    """Pagefind metadata and filters of a case page (rendered by the theme override)."""
    practices = [index.practices[k].name if k in index.practices else k for k in case.practices]
    levels = dict.fromkeys(AWARD_LEVELS.get(a.level or "", "Không rõ cấp") for a in case.awards)
    cited = index.cited_by_case(case)
    sector = index.sectors.get(case.sector, case.sector)
    place = [case.unit, case.parent, case.district, case.province, sector]
    return {
        "meta": [("kind", "mo-hinh"), ("unit", case.unit),
                 ("province", case.province or "Không rõ"), ("year", str(case.year or "")),
                 ("practices", "; ".join(practices))],
        "filters": [("loai", "Mô hình"), *[("practice", p) for p in practices],
                    ("province", case.province or "Không rõ"),
                    ("province_today", case.province_today or "Không rõ"),
                    ("sector", index.sectors.get(case.sector, case.sector)),
                    ("unit_level", UNIT_LEVELS.get(case.unit_level or "", "Không rõ")),
                    *[("award", lv) for lv in levels or ["Chưa ghi nhận khen thưởng"]],
                    ("year", str(case.year or "Không rõ")),
                    *[("regulation", regulation_label(r)) for r in cited]],
        "first": [*[("text", lesson.text) for lesson in case.lessons],
                  ("place", " · ".join(x for x in place if x)),
                  ("practices", " · ".join(practices)),
                  *[("document", f"{regulation_label(r)}: {r.title}") for r in cited]],
    }  # fmt: skip


def practice_search(practice: Practice) -> SearchData:
    return {"meta": [("kind", "cach-lam")], "filters": [("loai", "Cách làm")],
            "first": [("text", practice.definition)]}  # fmt: skip


def regulation_search(reg: Regulation) -> SearchData:
    """Metadata, filter and weighted aliases (so "quy dinh 22" finds the page first)."""
    return {
        "meta": [("kind", "van-ban"), ("symbol", regulation_code(reg) or regulation_label(reg)),
                 ("summary", reg.title), ("status", STATUSES[reg.status])],
        "filters": [("loai", "Văn bản")],
        "weighted": [("aliases", "; ".join([regulation_label(reg), *reg.aliases]))],
        "first": [("text", reg.title), ("issuer", reg.issuer or "")],
    }  # fmt: skip


def first_index_entries(index: Index) -> list[first_index.Entry]:
    """Every case, practice and document as the first search index sees it: cases first
    (browsing by filters lists them first), then practices, then documents."""
    entries = []
    for case in index.cases:
        entries.append(_entry(case_uri(case), case.title, case_search(case, index)))
    for practice in index.practices.values():
        entries.append(_entry(practice_uri(practice), practice.name, practice_search(practice)))
    for reg in index.regulations.values():
        data = regulation_search(reg)
        entries.append(_entry(regulation_uri(reg), regulation_label(reg), data,
                              regulation_code(reg)))  # fmt: skip
    return entries


def _entry(uri: str, title: str, data: SearchData, symbol: str | None = None) -> first_index.Entry:
    blocks = [*data.get("first", []), *data.get("weighted", [])]
    return first_index.Entry(url_path(uri), title, data["meta"], data["filters"], blocks, symbol)


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
    """Items whose target exists (a missing one was reported by the loader)."""
    known: dict[str, set[str]] = {
        "case": {c.slug for c in index.cases},
        "lesson": {f"{c.slug}#{x.id}" for c in index.cases for x in c.lessons},
        "practice": set(index.practices),
        "regulation": set(index.regulations),
    }
    return [item for item in course.items if item.target in known[item.kind]]


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
        for slug, group in _by_province(lessons).items():
            uri = practice_province_uri(practice, slug)
            deps = (practice, *{id(x.case): x.case for x in group}.values())  # no hashing
            make = lambda u=uri, g=group: render("practice_province.md.j2", u, index,  # noqa: E731
                                                 practice=practice, lessons=g)  # fmt: skip
            pages.append(Generated(uri, deps, make))
    return pages


def _by_province(lessons: list[IndexLesson]) -> dict[str, list[IndexLesson]]:
    groups: dict[str, list[IndexLesson]] = {}
    for lesson in lessons:
        groups.setdefault(province_slug(lesson.case), []).append(lesson)
    return groups


def lesson_groups(lessons: list[IndexLesson]) -> list[tuple[str, str, list[IndexLesson]]]:
    """(province slug, province label, lessons) in the lessons' order."""
    return [(slug, group[0].case.province or "Không rõ tỉnh, thành phố", group)
            for slug, group in _by_province(lessons).items()]  # fmt: skip


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


def statistics(index: Index) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """(id, title, rows of (label, number of cases)) for each chart of the statistics page."""
    practices = [(p.name, len(index.cases_for_practice(p.key))) for p in index.practices.values()]
    sections = [("practice", "Cách làm", sorted(practices, key=lambda r: (-r[1], r[0])))]
    for facet in FACETS:
        rows = [(t.label, len(t.cases)) for t in index.terms(facet)]
        sections.append((facet, FACETS[facet], rows))
    return sections


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int]]) -> Markup:
    """An accessible horizontal bar chart as inline SVG (no JavaScript): `<title>` and
    `<desc>` name it and list every value; labels are escaped."""
    top = max((n for _, n in rows), default=0) or 1
    height = 22 * len(rows) + 8
    desc = "; ".join(f"{label}: {n}" for label, n in rows)
    parts = [
        f'<svg class="cb-chart" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'viewBox="0 0 760 {height}" width="100%" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]
    for i, (label, n) in enumerate(rows):
        y = 22 * i + 4
        width = round(340 * n / top)
        parts.append(
            f'<text x="366" y="{y + 13}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="374" y="{y + 2}" width="{width}" height="14" rx="2"></rect>'
            f'<text x="{380 + width}" y="{y + 13}">{n}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def render(template: str, page_uri: str, index: Index, **context: Any) -> str:
    """Render `template` for the page at `page_uri` (links are made relative to it)."""
    # Link targets are built from validated slugs and ids, so they are marked safe;
    # everything else goes through `escape`.
    linker: Callable[[str], Markup] = lambda to: Markup(link(page_uri, to))  # noqa: E731
    hrefer: Callable[[str], Markup] = lambda to: Markup(href(page_uri, to))  # noqa: E731
    return _environment().get_template(template).render(
        link=linker, href=hrefer, index=index, page_uri=page_uri, label=regulation_label,
        uri=_uris(),
        highlight=highlight, PAGE_SIZE=PAGE_SIZE, FACETS=FACETS, FACET_DIRS=FACET_DIRS,
        qr_svg=qr_svg, lesson_groups=lesson_groups,
        **context,
    )  # fmt: skip


def _uris() -> Mapping[str, Callable[..., str]]:
    return {
        "case": case_uri,
        "regulation": regulation_uri,
        "practice": practice_uri,
        "course": course_uri,
        "practice_province": practice_province_uri,
    }


# --- Markers ----------------------------------------------------------------------------

_VALUE = r'"[^"]*"|[^\s>"]+'
_ARG = rf"[a-z_]+=(?:{_VALUE})"
MARKER = re.compile(rf"<!--\s*casebook:(?P<what>[a-z]+)(?P<args>(?:\s+{_ARG})*)\s*-->")
"""An editor-placed listing, e.g. `<!-- casebook:cases province="Lai Châu" limit=5 -->`."""


def expand_markers(markdown: str, page_uri: str, index: Index) -> tuple[str, list[str]]:
    """Replace every marker with its listing; return the page and marker errors."""
    errors: list[str] = []

    def replace(match: re.Match[str]) -> str:
        args = {k: v.strip('"') for k, v in re.findall(rf"([a-z_]+)=({_VALUE})", match["args"])}
        listing = _LISTINGS.get(match["what"])
        if listing is None:
            errors.append(
                f"không biết danh sách «{match['what']}» (chỉ có: {', '.join(_LISTINGS)})"
            )
            return match.group()
        return listing(args, page_uri, index, errors)

    return MARKER.sub(replace, markdown), errors


def _case_listing(args: dict[str, str], page_uri: str, index: Index, errors: list[str]) -> str:
    """`<!-- casebook:cases province="Lai Châu" sort=newest limit=5 -->`"""
    limit = int(args.pop("limit", "0") or 0)
    newest = args.pop("sort", "") == "newest"
    cases = index.filter_cases(**args)
    if newest:
        cases = tuple(sorted(cases, key=lambda c: (-c.published.toordinal(), c.slug)))
    if limit > 0:
        cases = cases[:limit]
    if not cases:
        errors.append(f"danh sách mô hình rỗng với điều kiện {args}")
    return render("case_list.md.j2", page_uri, index, cases=cases)


def _lesson_listing(args: dict[str, str], page_uri: str, index: Index, errors: list[str]) -> str:
    """`<!-- casebook:lessons practice=kiem-tra province="Lai Châu" limit=10 -->`"""
    key = args.pop("practice", "")
    if key not in index.practices:
        errors.append(f"danh sách bài học cần practice=<khóa cách làm>, nhận được «{key}»")
        return ""
    limit = int(args.pop("limit", "0") or 0)
    allowed = set(index.filter_cases(**args))
    lessons = [x for x in index.lessons_for_practice(key) if x.case in allowed]
    lessons = lessons[:limit] if limit > 0 else lessons
    if not lessons:
        errors.append(f"danh sách bài học rỗng với điều kiện practice={key} {args}")
    return render("lesson_list.md.j2", page_uri, index, lessons=lessons)


def _vocabulary(args: dict[str, str], page_uri: str, index: Index, errors: list[str]) -> str:
    """`<!-- casebook:vocabulary what=practices -->` (or sectors, unit_levels, award_levels,
    note_kinds, provinces): the keys editors may use, with their names, always current."""
    what = args.get("what", "")
    tables: dict[str, Mapping[str, str]] = {
        "practices": {k: p.name for k, p in sorted(index.practices.items())},
        "sectors": index.sectors,
        "unit_levels": UNIT_LEVELS,
        "award_levels": AWARD_LEVELS,
        "note_kinds": NOTE_KINDS,
        "provinces": provinces()["present_day"],
    }
    if what not in tables:
        errors.append(f"danh mục «{what}» không có; chọn: {', '.join(tables)}")
        return ""
    return render("vocabulary.md.j2", page_uri, index, rows=tables[what].items(), what=what)


_Listing = Callable[[dict[str, str], str, Index, list[str]], str]
_LISTINGS: dict[str, _Listing] = {
    "cases": _case_listing,
    "lessons": _lesson_listing,
    "vocabulary": _vocabulary,
}
