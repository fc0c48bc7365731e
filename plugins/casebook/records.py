"""The typed records a docs tree is read into, and the problem type every check returns.

Plain frozen dataclasses: no I/O, no YAML. `loader` builds them; everything else reads them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeAlias

from casebook.vocabulary import provinces


class RecordKind(StrEnum):
    """The kinds of content file (each has its schema in `schemas/<kind>.schema.json`)."""

    CASE = "case"
    REGULATION = "regulation"
    PRACTICE = "practice"
    COURSE = "course"


class CourseItemKind(StrEnum):
    """What a course item names: a case slug, "slug#lesson-id", a practice key, a regulation id."""

    CASE = "case"
    LESSON = "lesson"
    PRACTICE = "practice"
    REGULATION = "regulation"


@dataclass(frozen=True)
class Problem:
    """One content problem, located as precisely as we can."""

    path: str
    line: int | None
    key: str | None
    message: str

    def format(self) -> str:
        """`file:line: key: message`, the editor-facing form."""
        line = self.line if self.line is not None else 1
        key = f" {self.key}:" if self.key else ""
        return f"{self.path}:{line}:{key} {self.message}"


@dataclass(frozen=True)
class Award:
    """An award the unit received, as the source states it."""

    title: str
    issuer: str | None
    year: int | None
    level: str | None


@dataclass(frozen=True)
class Lesson:
    """A lesson learnt (*bài học kinh nghiệm*) of a case, tied to one of its practices."""

    id: str
    practice: str
    text: str
    line: int


@dataclass(frozen=True)
class EditorialNote:
    """An editor's acknowledgement of a mismatch, shown to readers instead of a warning."""

    issue: str
    note: str
    regulation: str | None
    citation: str | None
    line: int
    field: str | None = None  # the front-matter key an `inferred` note explains


@dataclass(frozen=True)
class Source:
    """The published article a case is written from."""

    title: str
    outlet: str | None
    date: str | None
    """As precise as the source: "2023-02-08", "2023-02" or "2023"."""
    author: str | None
    url: str | None

    @property
    def year(self) -> int | None:
        """The year of `date`."""
        return int(self.date[:4]) if self.date else None


@dataclass(frozen=True, kw_only=True)
class MarkdownRecord:
    """What every record read from a Markdown file keeps besides its front-matter: the
    body, its first line in the file, each key's line, and the page's former addresses."""

    body: str
    body_line: int
    lines: Mapping[str, int] = field(repr=False, compare=False)
    redirect_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseStudy(MarkdownRecord):
    """One case study (`docs/models/<slug>.md`)."""

    slug: str
    path: str
    title: str
    unit: str
    unit_level: str | None
    parent: str | None
    sector: str
    province: str | None
    district: str | None
    members: int | None
    members_note: str | None
    party_groups: int | None
    period: str | None
    awards: tuple[Award, ...]
    practices: tuple[str, ...]
    regulations: tuple[str, ...]
    lessons: tuple[Lesson, ...]
    source: Source | None
    published: dt.date
    editorial_notes: tuple[EditorialNote, ...] = ()

    @property
    def province_today(self) -> str | None:
        """The present-day province (after the 1 July 2025 merger) of `province`."""
        return provinces()["present_day"].get(self.province or "")

    @property
    def year(self) -> int | None:
        """The last year the case reports on: end of `period`, else the source's year."""
        if self.period:
            return int(self.period[-4:])
        return self.source.year if self.source else None


@dataclass(frozen=True)
class Regulation(MarkdownRecord):
    """One document of the registry (`docs/regulations/<id>.md`): a *văn bản*."""

    id: str
    path: str
    kind: str
    number: str | None
    symbol: str | None
    issuer: str | None
    date: dt.date | None
    title: str
    status: str
    replaced_by: str | None
    amended_by: tuple[str, ...]
    verified: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Practice(MarkdownRecord):
    """One practice (*cách làm*) of the catalogue (`docs/practices/<key>.md`)."""

    key: str
    path: str
    name: str
    definition: str
    regulations: tuple[str, ...]


@dataclass(frozen=True)
class CourseItem:
    """One record a course names, with the trainer's note and its line."""

    kind: CourseItemKind
    target: str  # slug, "slug#lesson-id", key or id
    note: str | None
    line: int


@dataclass(frozen=True)
class Course:
    """A trainer's course pack: records in teaching order (docs/courses/<name>.yml)."""

    name: str
    path: str
    title: str
    description: str | None
    items: tuple[CourseItem, ...]


@dataclass(frozen=True)
class Corpus:
    """Everything loaded from a docs tree, plus every problem found on the way."""

    cases: tuple[CaseStudy, ...]
    regulations: tuple[Regulation, ...]
    practices: tuple[Practice, ...]
    sectors: Mapping[str, str]
    problems: tuple[Problem, ...]
    courses: tuple[Course, ...] = ()


RecordT: TypeAlias = CaseStudy | Regulation | Practice
AnyRecord: TypeAlias = CaseStudy | Regulation | Practice | Course

FileCache: TypeAlias = dict[str, tuple[tuple[int, int], AnyRecord | None, list[Problem]]]
"""Path → ((mtime_ns, size), record, problems) of each file, kept by a live preview."""
