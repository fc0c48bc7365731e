"""Checks beyond the schema: template leftovers and real dates in one file, then the
references between files (vocabulary, ids, slugs, duplicates, course items)."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from casebook.front_matter import Document
from casebook.records import CaseStudy, Corpus, Course, CourseItem, Problem, Regulation
from casebook.schema import _key_path, _nearest_line
from casebook.vocabulary import provinces

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

_PLACEHOLDER = re.compile(r"[.…?\s]+|x{3,}|(?:todo|tbd|fixme)\b.*", re.I | re.S)
_TRAILING_DOTS = re.compile(r".{0,60}\s(?:\.{3}|…)", re.S)


def is_placeholder(text: str) -> bool:
    """Whether a value is a template leftover: "...", "TODO …", "Đảng ủy ..."."""
    value = text.strip()
    return bool(_PLACEHOLDER.fullmatch(value) or _TRAILING_DOTS.fullmatch(value))


def _strings(value: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[str, str]]:
    """(key path, text) of every string in the front-matter."""
    if isinstance(value, str):
        yield _key_path(parts), value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*parts, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*parts, i))


def placeholders(path: str, doc: Document) -> list[Problem]:
    """Template leftovers ("...", "TODO", "Đảng ủy ...") that the schema would accept."""
    problems = []
    for key, text in _strings(doc.front):
        if is_placeholder(text):
            msg = (f"«{text.strip()}» là chỗ giữ chỗ, chưa phải giá trị; ghi đúng theo nguồn, hoặc "
                   "null nếu nguồn không nêu")  # fmt: skip
            problems.append(Problem(path, _nearest_line(doc.lines, key), key, msg))
    return problems


def _real_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_source_date(path: str, doc: Document) -> list[Problem]:
    """A source date must exist (the schema's pattern lets 2023-13 and 2023-02-31 by)."""
    source = doc.front.get("source")
    value = source.get("date") if isinstance(source, dict) else None
    if not isinstance(value, str) or len(value) == 4:
        return []
    if len(value) == 7 and "01" <= value[5:] <= "12":
        return []
    if len(value) == 10 and _real_date(value):
        return []
    form = "YYYY-MM" if len(value) == 7 else "YYYY-MM-DD"
    msg = f"«{value}» không phải {'tháng' if len(value) == 7 else 'ngày'} có thật dạng {form}"
    return [Problem(path, _nearest_line(doc.lines, "source.date"), "source.date", msg)]


def course_targets(
    cases: Iterable[CaseStudy], practices: Iterable[str], regulations: Iterable[str]
) -> dict[str, set[str]]:
    """What a course item may name, by kind: case slugs, "slug#lesson-id", practice keys
    and regulation ids."""
    cases = tuple(cases)
    return {
        "case": {c.slug for c in cases},
        "lesson": {f"{c.slug}#{x.id}" for c in cases for x in c.lessons},
        "practice": set(practices),
        "regulation": set(regulations),
    }


def missing_course_items(course: Course, targets: Mapping[str, set[str]]) -> list[CourseItem]:
    """The items of `course` that name no record of `targets` (see `course_targets`)."""
    return [item for item in course.items if item.target not in targets[item.kind]]


def check_courses(courses: Iterable[Course], corpus: Corpus) -> list[Problem]:
    """Every item of a course must name a record that exists."""
    targets = course_targets(
        corpus.cases, (p.key for p in corpus.practices), (r.id for r in corpus.regulations)
    )
    return [
        Problem(course.path, item.line, item.kind, f"«{item.target}» không có trong nội dung")
        for course in courses
        for item in missing_course_items(course, targets)
    ]


def check_references(corpus: Corpus) -> list[Problem]:
    """Problems between records: unknown vocabulary and ids, bad slugs, duplicates."""
    practices = {p.key for p in corpus.practices}
    regulations = {r.id for r in corpus.regulations}
    problems = [
        p for case in corpus.cases for p in _check_case(case, corpus, practices, regulations)
    ]
    for reg in corpus.regulations:
        targets = [("replaced_by", reg.replaced_by)] if reg.replaced_by else []
        targets += [(f"amended_by[{i}]", a) for i, a in enumerate(reg.amended_by)]
        problems += _unknown(reg.path, reg.lines, targets, regulations, "mã văn bản")
    for pr in corpus.practices:
        targets = [(f"regulations[{i}]", r) for i, r in enumerate(pr.regulations)]
        problems += _unknown(pr.path, pr.lines, targets, regulations, "mã văn bản")
    return problems + _duplicate_regulations(corpus.regulations)


def _check_case(
    case: CaseStudy, corpus: Corpus, practices: set[str], regulations: set[str]
) -> list[Problem]:
    problems = []
    if not re.fullmatch(SLUG_PATTERN, case.slug):
        msg = "tên tệp phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ chi-bo-abc.md)"
        problems.append(Problem(case.path, 1, None, msg))
    problems += _unknown(case.path, case.lines, [("sector", case.sector)],
                         set(corpus.sectors), "lĩnh vực")  # fmt: skip
    if case.province is not None:
        problems += _unknown(case.path, case.lines, [("province", case.province)],
                             set(provinces()["present_day"]), "tỉnh, thành phố")  # fmt: skip
    problems += _unknown(case.path, case.lines,
                         [(f"practices[{i}]", p) for i, p in enumerate(case.practices)],
                         practices, "cách làm")  # fmt: skip
    problems += _unknown(case.path, case.lines,
                         [(f"regulations[{i}]", r) for i, r in enumerate(case.regulations)],
                         regulations, "mã văn bản")  # fmt: skip
    return problems + _check_lessons(case)


def _check_lessons(case: CaseStudy) -> list[Problem]:
    problems, seen = [], set()
    for i, lesson in enumerate(case.lessons):
        key = f"lessons[{i}]"
        if lesson.practice not in case.practices:
            msg = f"bài học gắn cách làm «{lesson.practice}» không có trong practices của bài"
            problems.append(Problem(case.path, lesson.line, f"{key}.practice", msg))
        if lesson.id in seen:
            msg = f"mã bài học «{lesson.id}» bị trùng trong bài"
            problems.append(Problem(case.path, lesson.line, f"{key}.id", msg))
        seen.add(lesson.id)
    return problems


def _unknown(
    path: str, lines: Mapping[str, int], items: list[tuple[str, str]], known: set[str], what: str
) -> list[Problem]:
    problems = []
    for key, value in items:
        if value not in known:
            hint = difflib.get_close_matches(value, sorted(known), n=1)
            tail = f"; có phải «{hint[0]}»?" if hint else ""
            msg = f"{what} «{value}» không có trong danh mục{tail}"
            problems.append(Problem(path, _nearest_line(lines, key), key, msg))
    return problems


def _duplicate_regulations(regs: Iterable[Regulation]) -> list[Problem]:
    """Two pages for one (number, symbol, date) make every citation of it ambiguous."""
    first: dict[tuple[Any, ...], Regulation] = {}
    problems = []
    for reg in regs:
        ident = (reg.number, reg.symbol, reg.date)
        if reg.number and ident in first:
            msg = f"trùng số, ký hiệu và ngày với {first[ident].path}"
            problems.append(Problem(reg.path, reg.lines.get("number", 1), "number", msg))
        first.setdefault(ident, reg)
    return problems
