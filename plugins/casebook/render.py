"""Index → Markdown pages, through Jinja templates in `templates/`.

Knows nothing of MkDocs' `File`: it returns Markdown strings keyed by docs-relative path.
Every value interpolated into a template is escaped for both HTML and Markdown (see
`escape`), so front-matter can never inject markup, links or script.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from casebook.index import AWARD_LEVELS, KINDS, STATUSES, UNIT_LEVELS, Index
from casebook.loader import CaseStudy, Practice, Regulation
from casebook.xref import Mention

# Characters that start Markdown syntax (links, emphasis, code, tables, headings, HTML).
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+!|<>&\"'~=:-]")


def escape(value: object) -> Markup:
    """Text → Markup safe in Markdown *and* HTML: specials become numeric entities."""
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    return Markup(_MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text).replace("\n", " "))


def link(from_uri: str, to_uri: str) -> str:
    """Relative Markdown link target from one docs page to another."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def vi_date(value: dt.date | None) -> str:
    """A date the way Vietnamese documents write it: 02/01/2020."""
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


def render(template: str, page_uri: str, **context: Any) -> str:
    """Render `template` for the page at `page_uri` (links are made relative to it)."""
    # Link targets are built from validated slugs and ids, so they are marked safe;
    # everything else goes through `escape`.
    linker: Callable[[str], Markup] = lambda to: Markup(link(page_uri, to))  # noqa: E731
    return _environment().get_template(template).render(link=linker, **context)


def case_uri(case: CaseStudy) -> str:
    return f"models/{case.slug}.md"


def regulation_uri(reg: Regulation) -> str:
    return f"regulations/{reg.id}.md"


def practice_uri(practice: Practice) -> str:
    return f"practices/{practice.key}.md"


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


def case_page(case: CaseStudy, index: Index) -> str:
    """A case page: fact box, editorial notes, the body with its citations linked, the
    documents it cites (with status and successors), lesson summary."""
    body = Markup(link_citations(case, index))
    return render("case.md.j2", case_uri(case), case=case, index=index, body=body,
                  label=regulation_label, uri=_uris())  # fmt: skip


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


def practice_page(practice: Practice, index: Index) -> str:
    """A practice page: definition, authored introduction, the cases applying it."""
    return render("practice.md.j2", practice_uri(practice), practice=practice, index=index,
                  body=Markup(practice.body), label=regulation_label, uri=_uris())  # fmt: skip


def regulation_page(reg: Regulation, index: Index) -> str:
    """A regulation page: identity, status and replacement chain, the authored note, and
    every citing case with the sentence that cites it and a deep link to it."""
    return render("regulation.md.j2", regulation_uri(reg), reg=reg, index=index,
                  body=Markup(reg.body), label=regulation_label, uri=_uris(),
                  highlight=highlight)  # fmt: skip


def generated_pages(index: Index) -> dict[str, str]:
    """Pages that exist only at build time: the three browse indexes."""
    pages = {}
    for uri, template in (
        ("models/index.md", "case_index.md.j2"),
        ("practices/index.md", "practice_index.md.j2"),
        ("regulations/index.md", "regulation_index.md.j2"),
    ):
        pages[uri] = render(template, uri, index=index, label=regulation_label, uri=_uris())
    return pages


def _uris() -> Mapping[str, Callable[[Any], str]]:
    return {"case": case_uri, "regulation": regulation_uri, "practice": practice_uri}


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
        if match["what"] != "cases":
            errors.append(f"không biết danh sách «{match['what']}» (chỉ có: cases)")
            return match.group()
        return _case_listing(args, page_uri, index, errors)

    return MARKER.sub(replace, markdown), errors


def _case_listing(args: dict[str, str], page_uri: str, index: Index, errors: list[str]) -> str:
    limit = int(args.pop("limit", "0") or 0)
    newest = args.pop("sort", "") == "newest"
    cases = index.filter_cases(**args)
    if newest:
        cases = tuple(sorted(cases, key=lambda c: (-c.published.toordinal(), c.slug)))
    if limit > 0:
        cases = cases[:limit]
    if not cases:
        errors.append(f"danh sách mô hình rỗng với điều kiện {args}")
    return render("case_list.md.j2", page_uri, cases=cases, uri=_uris())
