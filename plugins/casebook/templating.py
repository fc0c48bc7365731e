"""The Jinja environment every generated page goes through, and its helpers.

Every value interpolated into a template is escaped for both HTML and Markdown (see
`escape`), so front-matter can never inject markup, links or script; link targets come
from `routes` and are relative to the page being rendered.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import jinja2
import segno
from markupsafe import Markup

from casebook.facets import FACETS, province_slug
from casebook.index import Index
from casebook.index import Lesson as IndexLesson
from casebook.loader import Regulation
from casebook.routes import (
    FACET_DIRS,
    case_uri,
    course_uri,
    href,
    link,
    practice_province_uri,
    practice_uri,
    regulation_uri,
)
from casebook.vocabulary import AWARD_LEVELS, DOCUMENT_KINDS, REGULATION_STATUSES, UNIT_LEVELS
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
        UNIT_LEVELS=UNIT_LEVELS,
        AWARD_LEVELS=AWARD_LEVELS,
        STATUSES=REGULATION_STATUSES,
        KINDS=DOCUMENT_KINDS,
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
    return f"{DOCUMENT_KINDS[reg.kind]} {code}" if code else reg.title


PAGE_SIZE = 100
"""Cases per listing page: keeps every generated page far below 200 KB at any N."""


def qr_svg(url: str) -> Markup:
    """A QR code of `url` as inline SVG, for printed handouts (segno, no network)."""
    svg = segno.make(url, error="m").svg_inline(scale=2, title=f"Mã QR: {url}")
    return Markup(svg)


def highlight(mention: Mention) -> Markup:
    """The citing sentence, escaped, with the citation itself marked."""
    start, end = mention.in_sentence
    text = mention.sentence
    return escape(text[:start]) + Markup("<mark>") + escape(text[start:end]) + \
        Markup("</mark>") + escape(text[end:])  # fmt: skip


def by_province(lessons: list[IndexLesson]) -> dict[str, list[IndexLesson]]:
    groups: dict[str, list[IndexLesson]] = {}
    for lesson in lessons:
        groups.setdefault(province_slug(lesson.case), []).append(lesson)
    return groups


def lesson_groups(lessons: list[IndexLesson]) -> list[tuple[str, str, list[IndexLesson]]]:
    """(province slug, province label, lessons) in the lessons' order."""
    return [(slug, group[0].case.province or "Không rõ tỉnh, thành phố", group)
            for slug, group in by_province(lessons).items()]  # fmt: skip


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
