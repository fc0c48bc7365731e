"""The editor-marker language: a comment an editor places in a page, e.g.
`<!-- casebook:cases province="Lai Châu" limit=5 -->`, expands to a listing that stays
current (like Material's `<!-- material/tags -->`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping

from casebook.index import CaseFilter, Index
from casebook.loader import Problem, provinces
from casebook.templating import render
from casebook.vocabulary import AWARD_LEVELS, NOTE_KINDS, UNIT_LEVELS

_VALUE = r'"[^"]*"|[^\s>"]+'
_ARG = rf"[a-z_]+=(?:{_VALUE})"
MARKER = re.compile(rf"<!--\s*casebook:(?P<what>[a-z]+)(?P<args>(?:\s+{_ARG})*)\s*-->")
"""An editor-placed listing, e.g. `<!-- casebook:cases province="Lai Châu" limit=5 -->`."""


def expand_markers(markdown: str, page_uri: str, index: Index) -> tuple[str, list[Problem]]:
    """Replace every marker with its listing; return the page and the markers' errors,
    each a problem of `page_uri` at its line in `markdown` (1: the first), keyed by the
    marker (`casebook:<listing>`)."""
    errors: list[Problem] = []

    def expand(match: re.Match[str]) -> str:
        args = {k: v.strip('"') for k, v in re.findall(rf"([a-z_]+)=({_VALUE})", match["args"])}
        found: list[str] = []
        listing = _LISTINGS.get(match["what"])
        if listing is None:
            found.append(f"không biết danh sách «{match['what']}» (chỉ có: {', '.join(_LISTINGS)})")
            text = match.group()
        else:
            text = listing(args, page_uri, index, found)
        line = markdown.count("\n", 0, match.start()) + 1
        errors.extend(Problem(page_uri, line, f"casebook:{match['what']}", m) for m in found)
        return text

    return MARKER.sub(expand, markdown), errors


def marker_problems(path: str, body: str, body_line: int, index: Index) -> list[Problem]:
    """The marker errors of a page whose Markdown `body` starts at line `body_line` of the
    file `path`, each at its marker's line in the file."""
    if "casebook:" not in body:  # most pages: no marker, nothing to expand
        return []
    _, errors = expand_markers(body, path, index)
    return [dataclasses.replace(e, line=(e.line or 1) + body_line - 1) for e in errors]


def _case_listing(args: dict[str, str], page_uri: str, index: Index, errors: list[str]) -> str:
    """`<!-- casebook:cases province="Lai Châu" sort=newest limit=5 -->`"""
    limit = int(args.pop("limit", "0") or 0)
    newest = args.pop("sort", "") == "newest"
    cases = index.select(CaseFilter.parse(args))
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
    allowed = set(index.select(CaseFilter.parse(args)))
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
