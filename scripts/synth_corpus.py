"""Generate a synthetic Casebook corpus: N valid case studies for tests and benchmarks.

    python scripts/synth_corpus.py --count N --out DIR [--seed S] [--force]

writes a complete MkDocs project into DIR:

* ``DIR/mkdocs.yml``: the real ``mkdocs.yml`` with ``docs_dir: docs``, the site name
  suffixed " (tổng hợp)" and nav entries for real case pages dropped (plugins, theme and
  extensions unchanged); a theme ``custom_dir`` is copied next to it;
* ``DIR/docs/``: the real docs tree (home, about, assets, the regulation registry, the
  practice pages and any other page) copied byte for byte, except the real case studies;
* ``DIR/docs/models/<slug>.md``: N synthetic case studies.

Every case is valid against ``case.schema.json`` and the loader's cross-checks, uses the
real practice keys and registry ids, and cites in its text exactly the documents listed in
its ``regulations`` front-matter, with the registry's own dates. Citation phrasings are
checked against the citation finder and resolver at start-up, so a registry change can
only remove a phrasing, never produce a warning.

Output depends only on (count, seed) and the real docs tree: one `random.Random(seed)` is
consumed case by case, so the first K cases of a larger run equal a run with ``--count K``.
Needs the project's virtualenv (the `casebook` package must be importable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, NoReturn, TypeVar

try:
    import yaml

    from casebook.citations import find_citations
    from casebook.loader import Practice, Regulation, discover, load_files
    from casebook.text import slugify
    from casebook.vocabulary import labels
    from casebook.xref import resolve
except ModuleNotFoundError as exc:  # run with a Python that lacks the project's packages
    sys.exit(
        f"synth_corpus: lỗi: thiếu gói «{exc.name}»; hãy chạy bằng Python của môi trường ảo "
        "(.venv/bin/python scripts/synth_corpus.py ...) sau khi cài bằng make"
    )

ROOT = Path(__file__).resolve().parent.parent
"""The real project: its mkdocs.yml and docs/ are the templates of every synthetic site."""

MAX_COUNT = 99_999
"""Slugs end in a five-digit case number."""

PUBLISHED_BASE = dt.date(2026, 1, 5)
"""`published` is this date plus a number of days derived from the case number."""

T = TypeVar("T")


class SynthError(Exception):
    """A problem the user can fix (arguments, output directory); exit code 2."""


class SourceError(Exception):
    """The real docs tree cannot serve as a template; exit code 1."""


# --- Vocabulary that is not in the docs tree: scripts/synth_data.yml --------------------------


def _read_only(value: object) -> object:
    """YAML lists become tuples, recursively: the data is shared by every case."""
    if isinstance(value, list):
        return tuple(_read_only(v) for v in value)
    if isinstance(value, dict):
        return {k: _read_only(v) for k, v in value.items()}
    return value


_DATA: dict[str, Any] = {
    key: _read_only(value)
    for key, value in yaml.safe_load(
        Path(__file__).with_name("synth_data.yml").read_text("utf-8")
    ).items()
}

PROVINCES: tuple[str, ...] = _DATA["provinces"]
CITIES = frozenset(_DATA["cities"])
"""Centrally-run cities: "thành phố", "Thành ủy" and "quận" instead of province words."""
HIGHLANDS = frozenset(_DATA["highlands"])
"""Northern mountain provinces, where villages are "bản"."""
SOUTH = frozenset(PROVINCES[PROVINCES.index("Hồ Chí Minh") :])
"""Southern provinces (the tail of PROVINCES), where villages are "ấp"."""
_PLACE_FIRST: tuple[str, ...] = _DATA["place_first"]
_PLACE_SECOND: tuple[str, ...] = _DATA["place_second"]
_SURNAMES: tuple[str, ...] = _DATA["surnames"]
_MIDDLE_NAMES: tuple[str, ...] = _DATA["middle_names"]
_GIVEN_NAMES: tuple[str, ...] = _DATA["given_names"]
# Unit level → (bag weight, kind of unit name, members range, Vietnamese description).
LEVELS: dict[str | None, tuple[int, str, tuple[int, int], str]] = _DATA["levels"]
AWARD_LEVELS: tuple[str | None, ...] = (*labels("award_levels"), None)
UNITS: dict[str, dict[str, tuple[tuple[str, str | None], ...]]] = _DATA["units"]
SECTOR_CONTEXT: dict[str, str] = _DATA["sector_context"]
SECTOR_RESULT: dict[str, str] = _DATA["sector_result"]
WORKPLACE: dict[str, str] = _DATA["workplace"]
RECRUITS: dict[str, str] = _DATA["recruits"]
MINISTRY: dict[str, str] = _DATA["ministry"]
TERMS: tuple[tuple[int, str], ...] = _DATA["terms"]
METHODS: dict[str, tuple[str, ...]] = _DATA["methods"]
GENERIC_METHODS: tuple[str, ...] = _DATA["generic_methods"]
LESSONS: dict[str, tuple[tuple[str, str], ...]] = _DATA["lessons"]
HEADLINES: dict[str, tuple[str, ...]] = _DATA["headlines"]
GENERIC_HEADLINES: tuple[str, ...] = _DATA["generic_headlines"]
CONTEXT: tuple[str, ...] = _DATA["context"]
INTRO_MEMBERS: tuple[str, ...] = _DATA["intro_members"]
INTRO_NO_MEMBERS: tuple[str, ...] = _DATA["intro_no_members"]
METHOD_INTRO: tuple[str, ...] = _DATA["method_intro"]
PRACTICE_LEADS: tuple[str, ...] = _DATA["practice_leads"]
CITE_METHOD: tuple[str, ...] = _DATA["cite_method"]
CITE_CONTEXT: tuple[str, ...] = _DATA["cite_context"]
CITE_AGAIN: tuple[str, ...] = _DATA["cite_again"]
RESULTS: tuple[str, ...] = _DATA["results"]
AWARDS_TEXT: tuple[str, ...] = _DATA["awards_text"]
NO_AWARDS_TEXT: tuple[str, ...] = _DATA["no_awards_text"]
LIMITS: tuple[str, ...] = _DATA["limits"]
LESSON_INTRO: tuple[str, ...] = _DATA["lesson_intro"]
ORDINALS: tuple[str, ...] = _DATA["ordinals"]
REFLECTIONS: tuple[str, ...] = _DATA["reflections"]
EXTRA_METHODS: tuple[str, ...] = _DATA["extra_methods"]
EXTRA_RESULTS: tuple[str, ...] = _DATA["extra_results"]
SOURCE_NOTES: tuple[str, ...] = _DATA["source_notes"]
SOURCE_TEXT: tuple[str, ...] = _DATA["source_text"]
SOURCE_TITLES: tuple[str, ...] = _DATA["source_titles"]
SPECIAL_TOPICS: tuple[str, ...] = _DATA["special_topics"]
COUNT_WORDS: dict[int, str] = _DATA["count_words"]


# --- Registry: which documents can be cited, and how ----------------------------------------

# Type words as readers write them, from the package's vocabulary (the Statute, laws and
# "other" are cited by name, not by a type word and a number).
_BY_NAME = ("dieu-le", "luat", "other")
KIND_WORDS = {k: v for k, v in labels("document_kinds").items() if k not in _BY_NAME}


@dataclass(frozen=True)
class Vocabulary:
    """What the real docs tree offers: sectors, practices, citable documents."""

    sectors: tuple[str, ...]
    practices: tuple[Practice, ...]
    regulations: tuple[Regulation, ...]
    forms: Mapping[str, tuple[str, ...]]
    """Registry id → citation phrasings that resolve to exactly that document (documents
    with no such phrasing are absent and never cited)."""


def candidate_forms(reg: Regulation) -> list[str]:
    """Ways to cite `reg` in running text: aliases, number and symbol, with the registry's
    date and issuer. Not all survive `usable_form`."""
    forms = list(reg.aliases)
    word = KIND_WORDS.get(reg.kind)
    if not (word and reg.number and reg.symbol):
        return forms
    sep = "/" if "-" in reg.symbol and "/" not in reg.symbol else "-"
    base = f"{word} số {reg.number}{sep}{reg.symbol}"
    dated = [base]
    if reg.date:
        d = reg.date
        dated += [
            f"{base} ngày {d.day}/{d.month}/{d.year}",
            f"{base} ngày {d:%d/%m/%Y}",
            f"{base} ngày {d.day} tháng {d.month} năm {d.year}",
        ]
    forms += dated + [f"{word} {reg.number}{sep}{reg.symbol}"]
    issuer = re.sub(r"\s*\([^)]*\)\s*$", "", reg.issuer or "")
    if issuer:
        forms += [f"{form} của {issuer}" for form in dated[:2]]
    prefix = f"{word} về "
    if reg.title.startswith(prefix) and len(reg.title) < 160:
        topic = reg.title[len(prefix) :]
        forms += [f"{form} về {topic}" for form in dated[:2]]
    return forms


def usable_form(form: str, reg: Regulation, registry: Sequence[Regulation]) -> bool:
    """Whether `form` holds exactly one citation, at its start, that the build resolves to
    `reg` alone, with no date or the registry's date."""
    cites = list(find_citations(form))
    if len(cites) != 1 or cites[0].start != 0:
        return False
    cite = cites[0]
    if resolve(cite, form, registry) != (reg.id,):
        return False
    return cite.date is None or cite.date == reg.date


def load_vocabulary(docs: Path) -> Vocabulary:
    """Read the real practices and registry (not the real cases) and check every
    citation phrasing. Raises `SourceError` when the tree has problems."""
    files = [(kind, rel, path.read_bytes()) for kind, rel, path in discover(docs)]
    corpus = load_files(f for f in files if f[0] != "case")
    if corpus.problems:
        shown = "\n".join(p.format() for p in corpus.problems[:10])
        raise SourceError(f"thư mục nguồn {docs} có lỗi nội dung:\n{shown}")
    regs = tuple(sorted(corpus.regulations, key=lambda r: r.id))
    forms: dict[str, tuple[str, ...]] = {}
    for reg in regs:
        usable = [f for f in dict.fromkeys(candidate_forms(reg)) if usable_form(f, reg, regs)]
        if usable:
            forms[reg.id] = tuple(usable)
    practices = tuple(sorted(corpus.practices, key=lambda p: p.key))
    if not practices:
        raise SourceError(f"thư mục nguồn {docs} không có trang cách làm nào (practices/*.md)")
    return Vocabulary(tuple(sorted(corpus.sectors)), practices, regs, forms)


def is_central(reg: Regulation) -> bool:
    """Documents any unit may cite: the Statute and Central documents (symbol …TW)."""
    return reg.kind == "dieu-le" or bool(reg.symbol and reg.symbol.endswith("TW"))


# --- Random helpers -------------------------------------------------------------------------


class Bag(Generic[T]):
    """Draw without replacement, refilling when empty: every value appears once per round,
    so even a small corpus covers the whole vocabulary."""

    def __init__(self, items: Sequence[T], rng: random.Random) -> None:
        self._items = list(items)
        self._rng = rng
        self._pool: list[T] = []

    def draw(self) -> T:
        """The next value of the current round."""
        if not self._pool:
            self._pool = self._items[:]
            self._rng.shuffle(self._pool)
        return self._pool.pop()


def _weighted(rng: random.Random, choices: Sequence[tuple[T, int]]) -> T:
    values = [v for v, _ in choices]
    return rng.choices(values, weights=[w for _, w in choices])[0]


def _thousands(value: int) -> str:
    """1250 → '1.250', the Vietnamese way."""
    return f"{value:,}".replace(",", ".")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join_vi(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]


def _place(rng: random.Random) -> str:
    first = rng.choice(_PLACE_FIRST)
    second = rng.choice([s for s in _PLACE_SECOND if s != first])
    return f"{first} {second}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE_NAMES)} {rng.choice(_GIVEN_NAMES)}"


# --- One case -------------------------------------------------------------------------------


@dataclass
class _Bags:
    sectors: Bag[str]
    practices: Bag[Practice]
    provinces: Bag[str]
    levels: Bag[str | None]
    awards: Bag[str | None]


@dataclass(frozen=True)
class _Award:
    title: str
    issuer: str | None
    year: int | None
    level: str | None


@dataclass
class _Section:
    heading: str
    paragraphs: list[list[tuple[str, bool]]]  # (sentence, may be dropped to fit the budget)


def _words(sections: Iterable[_Section]) -> int:
    return sum(
        len(s.heading.split()) + 1 + sum(len(t.split()) for p in s.paragraphs for t, _ in p)
        for s in sections
    )


class _CaseWriter:
    """Draws one case from the shared random stream and renders its file."""

    MIN_WORDS, MAX_WORDS = 420, 690

    # Set by `draw`, in this order.
    sector: str
    province: str | None
    level: str | None
    start: int
    end: int
    period: str
    names: dict[str, str]
    unit: str
    parent: str | None
    district: str | None
    short: str
    members: int | None
    members_note: str | None
    party_groups: int | None
    practices: list[Practice]
    source_date: dt.date
    regulations: list[Regulation]
    awards: list[_Award]
    lessons: list[tuple[str, str, str]]
    fields: dict[str, str]
    title: str
    source: dict[str, str | None]

    def __init__(self, number: int, rng: random.Random, vocab: Vocabulary, bags: _Bags) -> None:
        self.number = number
        self.rng = rng
        self.vocab = vocab
        self.bags = bags

    # Front-matter ---------------------------------------------------------------------

    def draw(self) -> tuple[str, str]:
        """(slug, file text) of the case."""
        rng = self.rng
        self.sector = self.bags.sectors.draw()
        province = self.bags.provinces.draw()
        self.province = None if rng.random() < 0.03 else province
        self.level = self.bags.levels.draw()
        self.start = rng.randint(2010, 2025)
        self.end = min(2025, self.start + rng.choice((0, 0, 1, 2, 3, 4, 5)))
        self.period = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        self._unit()
        self._members()
        self.practices = self._practices()
        self.source_date = self._source_date()
        self.regulations = self._regulations()
        award_count = _weighted(rng, ((0, 25), (1, 40), (2, 25), (3, 10)))
        self.awards = [self._award() for _ in range(award_count)]
        self.lessons = self._lessons()
        self.fields = self._fields()
        self.title = self._title()
        self.source = self._source()
        body = self._body()
        stem = slugify(self.unit)
        if len(stem) > 48:  # cut at a word boundary
            stem = stem[:49].rsplit("-", 1)[0]
        slug = f"{stem}-{self.number:05d}"
        return slug, self._front_matter() + body

    def _unit(self) -> None:
        rng = self.rng
        kind = LEVELS[self.level][1] or rng.choice(("chi", "dang"))
        table = UNITS.get(self.sector) or UNITS["khac"]
        unit, parent = rng.choice(table[kind])
        district = _place(rng)
        city = self.province in CITIES
        self.names = {
            "place": _place(rng),
            "place2": _place(rng),
            "district": district,
            "huyen": f"{'quận' if city else 'huyện'} {district}",
            "tinh": (
                f"{'thành phố' if city else 'tỉnh'} {self.province}" if self.province else "tỉnh"
            ),
            "village": (
                "ấp" if self.province in SOUTH else "bản" if self.province in HIGHLANDS else "thôn"
            ),
            "n": str(rng.randint(1, 9)),
            "m": str(rng.randint(1, 9)),
        }
        self.unit = unit.format_map(self.names)
        self.parent = parent.format_map(self.names) if parent and rng.random() > 0.05 else None
        named = district in self.unit or district in (self.parent or "")
        self.district = district if named or rng.random() > 0.3 else None
        self.short = "chi bộ" if self.unit.startswith("Chi bộ") else "đảng bộ"

    def _members(self) -> None:
        rng = self.rng
        low, high = LEVELS[self.level][2]
        # Skewed towards small units, as real ones are.
        members = int(low + (high - low) * rng.random() ** 2)
        self.members = members
        self.members_note = None
        if rng.random() < 0.08:
            self.members = None
            step = 100 if members >= 1000 else 10 if members >= 50 else 5
            rounded = max(step, members // step * step)
            self.members_note = f"{rng.choice(('hơn', 'gần', 'khoảng', 'trên'))} " + _thousands(
                rounded
            )
        self.party_groups = None
        if self.short == "chi bộ" and members >= 12 and rng.random() < 0.6:
            self.party_groups = min(12, max(2, members // 8))

    def _practices(self) -> list[Practice]:
        count = _weighted(self.rng, ((2, 3), (3, 4), (4, 3), (5, 2)))
        count = min(count, len(self.vocab.practices))
        chosen: list[Practice] = []
        while len(chosen) < count:
            practice = self.bags.practices.draw()
            if practice not in chosen:
                chosen.append(practice)
        return chosen

    def _source_date(self) -> dt.date:
        year = min(2025, self.end + self.rng.choice((0, 0, 1)))
        return dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _regulations(self) -> list[Regulation]:
        """Documents fit for this case: citable, issued before the source article, central
        or local to the case's province (and, for police documents, to police units)."""
        rng = self.rng
        by_id = {r.id: r for r in self.vocab.regulations}

        def fits(reg: Regulation) -> bool:
            if reg.id not in self.vocab.forms or (reg.date and reg.date > self.source_date):
                return False
            successor = by_id.get(reg.replaced_by or "")
            if successor and successor.date and successor.date <= self.source_date:
                return False  # an article does not apply a document already replaced
            if is_central(reg):
                return True
            issuer = reg.issuer or ""
            local = bool(self.province) and f"{self.province}" in issuer
            return local and ("Công an" not in issuer or self.sector == "cong-an")

        linked = [r for p in self.practices for r in p.regulations]
        pool = [by_id[i] for i in dict.fromkeys(linked) if i in by_id and fits(by_id[i])]
        others = [r for r in self.vocab.regulations if fits(r) and r not in pool]
        count = _weighted(rng, ((0, 8), (1, 35), (2, 35), (3, 17), (4, 5)))
        chosen = rng.sample(pool, min(count, len(pool)))
        if others and (rng.random() < 0.2 or len(chosen) < count):
            chosen.append(rng.choice(others))
        return chosen

    def _award(self) -> _Award:
        rng = self.rng
        level = self.bags.awards.draw()
        year = rng.randint(self.start, self.end) if rng.random() > 0.1 else None
        province = self.province
        city = province in CITIES
        committee = f"{'Thành ủy' if city else 'Tỉnh ủy'} {province}" if province else "Tỉnh ủy"
        district = self.district or self.names["district"]
        options: tuple[tuple[str, str | None], ...]
        if level == "trung-uong":
            options = (
                ("Huân chương Lao động hạng Ba", "Chủ tịch nước"),
                ("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
                ("Cờ thi đua của Chính phủ", "Chính phủ"),
            )
        elif level == "bo-nganh":
            ministry = MINISTRY.get(self.sector, "Bộ Nội vụ")
            options = ((f"Bằng khen của {ministry}", ministry),)
        elif level == "tinh":
            people = f"Ủy ban nhân dân {self.names['tinh']}"
            options = (
                (f"Bằng khen của Ban Thường vụ {committee}", f"Ban Thường vụ {committee}"),
                (f"Cờ thi đua của {people}", people),
            )
        elif level == "huyen":
            body = f"{'Quận ủy' if city else 'Huyện ủy'} {district}"
            options = (
                (f"Giấy khen của Ban Thường vụ {body}", f"Ban Thường vụ {body}"),
                ("Giấy khen tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu", body),
            )
        elif level == "co-so":
            options = (("Giấy khen hoàn thành xuất sắc nhiệm vụ", self.parent),)
        else:
            options = (
                ("Giấy khen chi bộ trong sạch, vững mạnh", None),
                ("Danh hiệu tổ chức đảng hoàn thành xuất sắc nhiệm vụ", None),
            )
        title, issuer = rng.choice(options)
        return _Award(title, issuer, year, level)

    def _lessons(self) -> list[tuple[str, str, str]]:
        """(id, practice key, text) for one to four lessons, ids unique in the case."""
        rng = self.rng
        pool: list[tuple[str, str, str]] = []
        for p in self.practices:
            known = LESSONS.get(p.key)
            if known:
                pool += [(ident, p.key, text) for ident, text in known]
            else:
                text = f"Cách làm «{p.name}» cần được duy trì đều đặn, gắn với nhiệm vụ đơn vị."
                pool.append((f"{p.key}-duy-tri", p.key, text))
        chosen = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
        seen: set[str] = set()
        lessons = []
        for ident, key, text in chosen:
            while ident in seen:  # only if two practices share a fallback id
                ident += "-2"
            seen.add(ident)
            lessons.append((ident, key, text))
        return lessons

    def _fields(self) -> dict[str, str]:
        rng = self.rng
        members = self.members
        where = [
            self.names["huyen"] if self.district else "",
            self.names["tinh"] if self.province else "",
        ]
        period_text = (
            f"năm {self.start}"
            if self.start == self.end
            else f"từ năm {self.start} đến năm {self.end}"
        )
        term = next((t for y, t in reversed(TERMS) if y <= self.end), TERMS[0][1])
        topics = rng.sample(SPECIAL_TOPICS, 2)
        size = members if members is not None else 100
        fields = {
            "short": self.short,
            "Short": _upper_first(self.short),
            "unit": self.unit,
            "leader": _person(rng),
            "start": str(self.start),
            "period_text": period_text,
            "Period_cap": _upper_first(period_text),
            "term": term,
            "where": ", ".join(w for w in where if w) or "một địa phương bài viết gốc không nêu",
            "members": _thousands(members) if members is not None else "",
            "members_note": self.members_note or "",
            "groups": f", sinh hoạt ở {self.party_groups} tổ đảng" if self.party_groups else "",
            "pct_young": str(rng.randint(15, 60)),
            "pct": str(rng.randint(85, 98)),
            "pct_attend": str(rng.randint(90, 99)),
            "day": str(rng.randint(3, 25)),
            "k_days": str(rng.randint(2, 5)),
            "minutes": str(rng.choice((5, 10, 15))),
            "k_checked": str(rng.randint(2, 6)),
            "k_watched": str(rng.randint(1, 4)),
            "k_new": str(rng.randint(1, 12)),
            "k_households": str(rng.randint(5, 20)),
            "k_excellent": str(rng.randint(1, self.end - self.start + 1)),
            "topic_a": topics[0],
            "topic_b": topics[1],
            "workplace": WORKPLACE.get(self.sector, "trụ sở cơ quan"),
            "recruits": RECRUITS.get(self.sector, "quần chúng trẻ trong đơn vị"),
            "size": "nhỏ" if size < 30 else "vừa" if size < 300 else "lớn",
            "count_word": COUNT_WORDS.get(len(self.practices), str(len(self.practices))),
            "practice_list": _join_vi([_lower_first(p.name) for p in self.practices]),
        }
        return fields

    def _title(self) -> str:
        main = self.practices[0]
        pool = HEADLINES.get(main.key, ()) + GENERIC_HEADLINES[: 1 + self.rng.randint(0, 3)]
        return f"{self.unit}: {self.rng.choice(pool)}"

    def _source(self) -> dict[str, str | None]:
        rng = self.rng
        outlets = ["Bản tin Sinh hoạt chi bộ", "Trang thông tin Xây dựng Đảng"]
        if self.district:
            outlets.append(f"Trang thông tin điện tử Huyện ủy {self.district}")
        if self.parent:
            outlets.append(f"Bản tin {self.parent}")
        practice = _lower_first(self.practices[0].name)
        title = rng.choice(SOURCE_TITLES).format(
            unit=self.unit, unit_lc=_lower_first(self.unit), practice=practice
        )
        return {
            "title": title,
            "outlet": rng.choice(outlets) if rng.random() > 0.15 else None,
            "date": self.source_date.isoformat(),
            "author": _person(rng) if rng.random() > 0.2 else None,
        }

    # Body -----------------------------------------------------------------------------

    def _say(self, template: str, **extra: str) -> str:
        return template.format_map({**self.fields, **extra} if extra else self.fields)

    def _cite(self, reg: Regulation) -> str:
        forms = self.vocab.forms[reg.id]
        if len(self.regulations) > 2:  # keep long phrasings (with the title) for short lists
            forms = tuple(f for f in forms if len(f) <= 90) or forms
        return self.rng.choice(forms)

    def _body(self) -> str:
        rng = self.rng
        say = self._say
        # Each document is cited once, in the paragraph of the first practice it belongs to,
        # else in the background section.
        placed: set[str] = set()
        practice_regs: dict[str, list[Regulation]] = {}
        for p in self.practices:
            own = [r for r in self.regulations if r.id in p.regulations and r.id not in placed]
            practice_regs[p.key] = own
            placed.update(r.id for r in own)
        context_regs = [r for r in self.regulations if r.id not in placed]

        # Bối cảnh
        level_text = LEVELS[self.level][3]
        if self.parent and self.level == "chi-bo-truc-thuoc":
            level_text = f"chi bộ trực thuộc {self.parent}"
        elif self.parent:
            level_text += f" trực thuộc {self.parent}"
        opening = f"{self.unit} là {level_text}, ở {self.fields['where']}."
        members = rng.choice(INTRO_MEMBERS if self.members is not None else INTRO_NO_MEMBERS)
        first = [(opening, False), (say(members), False)]
        contexts = rng.sample(CONTEXT, 2)
        second = [
            (say(SECTOR_CONTEXT.get(self.sector, CONTEXT[1])), True),
            (say(contexts[0]), True),
            (say(contexts[1]), True),
        ]
        for reg in context_regs:
            second.append((say(rng.choice(CITE_CONTEXT), cite=self._cite(reg)), False))
        background = _Section("Bối cảnh", [first, second])

        # Cách làm
        method = _Section("Cách làm", [[(say(rng.choice(METHOD_INTRO)), False)]])
        per_practice = {2: 3, 3: 3}.get(len(self.practices), 2)
        for p in self.practices:
            pool = METHODS.get(p.key, GENERIC_METHODS)
            name = _lower_first(p.name)
            picked = rng.sample(pool, min(per_practice, len(pool)))
            sentences = [say(t, practice=name) for t in picked]
            lead = say(rng.choice(PRACTICE_LEADS), practice=name)
            paragraph = [(lead + _lower_first(sentences[0]), False)]
            paragraph += [(s, True) for s in sentences[1:]]
            for reg in practice_regs[p.key]:
                paragraph.append((say(rng.choice(CITE_METHOD), cite=self._cite(reg)), False))
            method.paragraphs.append(paragraph)
        extras_method: list[tuple[str, bool]] = []
        method.paragraphs.append(extras_method)

        # Kết quả
        results = rng.sample(RESULTS, 3)
        sector_result = SECTOR_RESULT.get(self.sector, results[2])
        outcome = [(say(results[0]), False), (say(sector_result), True), (say(results[1]), True)]
        if self.awards:
            listed = _join_vi([f"{a.title} ({a.year})" if a.year else a.title for a in self.awards])
            honours = [(say(rng.choice(AWARDS_TEXT), awards=_lower_first(listed)), False)]
        else:
            honours = [(say(rng.choice(NO_AWARDS_TEXT)), False)]
        honours.append((say(rng.choice(LIMITS)), True))
        result = _Section("Kết quả", [outcome, honours])

        # Bài học kinh nghiệm
        lessons: list[list[tuple[str, bool]]] = [[(say(rng.choice(LESSON_INTRO)), False)]]
        for i, (_, _, text) in enumerate(self.lessons):
            lessons.append([(f"{ORDINALS[i]}, {_lower_first(text)}", False)])
        closing = [(say(t), True) for t in rng.sample(REFLECTIONS, 2)]
        if self.regulations and rng.random() < 0.15:
            again = rng.choice(self.regulations)
            closing.append((say(rng.choice(CITE_AGAIN), cite=self._cite(again)), False))
        lessons.append(closing)
        lesson_section = _Section("Bài học kinh nghiệm", lessons)

        # Nguồn
        src = self.source
        by = f" của {src['author']}" if src["author"] else ""
        outlet = f", {src['outlet']}" if src["outlet"] else ""
        d = self.source_date
        source_line = say(
            rng.choice(SOURCE_TEXT),
            source_title=str(src["title"]),
            by=by,
            outlet=outlet,
            source_date=f"{d:%d/%m/%Y}",
        )
        notice = say(rng.choice(SOURCE_NOTES))
        source = _Section("Nguồn", [[(notice, False), (source_line, False)]])

        sections = [background, method, result, lesson_section, source]
        self._fit(sections, extras_method, outcome)
        out = []
        for section in sections:
            out.append(f"## {section.heading}")
            out += [" ".join(t for t, _ in p) for p in section.paragraphs if p]
        return "\n\n".join(out) + "\n"

    def _fit(
        self,
        sections: list[_Section],
        extras_method: list[tuple[str, bool]],
        outcome: list[tuple[str, bool]],
    ) -> None:
        """Trim random optional sentences, or add extra ones, to bring the body near a
        random target between MIN_WORDS and MAX_WORDS."""
        rng = self.rng
        target = rng.randint(self.MIN_WORDS + 20, self.MAX_WORDS - 50)
        words = _words(sections)
        optional = [(p, t) for s in sections for p in s.paragraphs for t in p if t[1]]
        rng.shuffle(optional)
        while words > target and optional:
            paragraph, sentence = optional.pop()
            paragraph.remove(sentence)
            words -= len(sentence[0].split())
        extras = [(extras_method, self._say(t)) for t in rng.sample(EXTRA_METHODS, 4)]
        extras += [(outcome, self._say(t)) for t in rng.sample(EXTRA_RESULTS, 2)]
        rng.shuffle(extras)
        while words < target and extras:
            paragraph, text = extras.pop()
            paragraph.append((text, True))
            words += len(text.split())

    # Serialisation --------------------------------------------------------------------

    def _front_matter(self) -> str:
        q = _yaml_str
        lines = [
            "---",
            f"title: {q(self.title)}",
            f"unit: {q(self.unit)}",
            f"unit_level: {self.level or 'null'}",
            f"parent: {q(self.parent)}",
            f"sector: {self.sector}",
            f"province: {q(self.province)}",
            f"district: {q(self.district)}",
            f"members: {self.members if self.members is not None else 'null'}",
            f"members_note: {q(self.members_note)}",
            f"party_groups: {self.party_groups if self.party_groups is not None else 'null'}",
            f"period: {q(self.period)}",
        ]
        if self.awards:
            lines.append("awards:")
            for a in self.awards:
                lines += [
                    f"  - title: {q(a.title)}",
                    f"    issuer: {q(a.issuer)}",
                    f"    year: {a.year if a.year is not None else 'null'}",
                    f"    level: {a.level or 'null'}",
                ]
        else:
            lines.append("awards: []")
        lines.append("practices:")
        lines += [f"  - {p.key}" for p in self.practices]
        if self.regulations:
            lines.append("regulations:")
            lines += [f"  - {r.id}" for r in self.regulations]
        else:
            lines.append("regulations: []")
        lines.append("lessons:")
        for ident, key, text in self.lessons:
            lines += [f"  - id: {ident}", f"    practice: {key}", f"    text: {q(text)}"]
        src = self.source
        lines += [
            "source:",
            f"  title: {q(src['title'])}",
            f"  outlet: {q(src['outlet'])}",
            f"  date: '{src['date']}'",
            f"  author: {q(src['author'])}",
            "  url: null",
        ]
        published = PUBLISHED_BASE + dt.timedelta(days=(self.number * 7) % 360)
        lines += [f"published: '{published.isoformat()}'", "---", "", ""]
        return "\n".join(lines)


def _yaml_str(value: str | None) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML), or null."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


# --- The site around the cases --------------------------------------------------------------

_NAV_ITEM = re.compile(r"^\s*-\s*(?:[^:#]+:\s*)?[\"']?([^\s\"':#]+\.md)[\"']?\s*$")


def mkdocs_config(text: str, docs: Path, source_docs: Path) -> str:
    """The real mkdocs.yml adapted to a synthetic site in `docs`: `docs_dir: docs`, site name
    suffixed " (tổng hợp)", and nav entries dropped when their page is a real file of
    `source_docs` missing from `docs` (a real case study). Entries for pages the plugin
    generates at build time are kept. Everything else (plugins, theme, extensions, YAML
    tags) is kept verbatim."""
    out: list[str] = []
    in_nav = False
    for line in text.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            in_nav = line.split(":", 1)[0].strip() == "nav"
        if line.startswith("site_name:"):
            name = yaml.safe_load(line)["site_name"]
            out += [f"site_name: {_yaml_str(f'{name} (tổng hợp)')}", "docs_dir: docs"]
            continue
        if line.startswith("docs_dir:"):
            continue
        match = _NAV_ITEM.match(line) if in_nav else None
        if match and (source_docs / match[1]).is_file() and not (docs / match[1]).is_file():
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def _copy_tree(source_root: Path, out: Path) -> None:
    """Copy the real docs tree except the real case studies, and any theme custom_dir."""
    docs = source_root / "docs"
    shutil.copytree(docs, out / "docs", ignore=_ignore_models(docs))
    config = (source_root / "mkdocs.yml").read_text(encoding="utf-8")
    for match in re.finditer(r"^\s*custom_dir:\s*[\"']?([^\s\"'#]+)", config, re.M):
        extra = source_root / match[1]
        if extra.is_dir() and not (out / match[1]).exists():
            shutil.copytree(extra, out / match[1])


def _ignore_models(docs: Path) -> Callable[[str, list[str]], set[str]]:
    def ignore(directory: str, names: list[str]) -> set[str]:
        if Path(directory) == docs:
            # Course packs name real cases, which a synthetic corpus does not have.
            return {"models", "courses"} & set(names)
        return {n for n in names if n == "__pycache__"}

    return ignore


def _prepare(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise SynthError(f"«{out}» đã tồn tại và không phải là thư mục")
    taken = [p for p in (out / "mkdocs.yml", out / "docs") if p.exists()]
    if taken and not force:
        raise SynthError(
            f"«{out}» đã có {', '.join(p.name for p in taken)}; "
            "hãy chọn thư mục khác hoặc thêm --force để ghi đè"
        )
    for path in taken:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    out.mkdir(parents=True, exist_ok=True)


def generate(
    count: int, out: Path, seed: int = 0, *, force: bool = False, source_root: Path = ROOT
) -> list[Path]:
    """Write a synthetic MkDocs project with `count` cases into `out`; return the case
    files written, in order. Same (count, seed, source tree) → byte-identical files.

    Raises `SynthError` for a bad count or an occupied `out` (unless `force`, which
    replaces `out/mkdocs.yml` and `out/docs` only) and `SourceError` when the real docs
    tree under `source_root` has problems.
    """
    if not 0 <= count <= MAX_COUNT:
        raise SynthError(f"số bài phải từ 0 đến {MAX_COUNT}, nhận được {count}")
    vocab = load_vocabulary(source_root / "docs")
    out = Path(out)
    _prepare(out, force)
    _copy_tree(source_root, out)
    config = (source_root / "mkdocs.yml").read_text(encoding="utf-8")
    adapted = mkdocs_config(config, out / "docs", source_root / "docs")
    (out / "mkdocs.yml").write_text(adapted, encoding="utf-8")
    models = out / "docs" / "models"
    models.mkdir(parents=True, exist_ok=True)

    rng = random.Random(seed)
    level_items = [lv for lv, (weight, *_) in LEVELS.items() for _ in range(weight)]
    bags = _Bags(
        sectors=Bag(vocab.sectors, rng),
        practices=Bag(vocab.practices, rng),
        provinces=Bag(PROVINCES, rng),
        levels=Bag(level_items, rng),
        awards=Bag(AWARD_LEVELS, rng),
    )
    written = []
    for number in range(1, count + 1):
        slug, text = _CaseWriter(number, rng, vocab, bags).draw()
        path = models / f"{slug}.md"
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


# --- Command line ---------------------------------------------------------------------------

USAGE = "python scripts/synth_corpus.py --count N --out THƯ_MỤC [--seed S] [--force]"

_ARGPARSE_VI = (
    ("the following arguments are required:", "thiếu tham số bắt buộc:"),
    ("unrecognized arguments:", "tham số không hợp lệ:"),
    ("expected one argument", "cần một giá trị"),
    ("ignored explicit argument", "không nhận giá trị"),
    ("argument", "tham số"),
)


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing English and exiting."""

    def error(self, message: str) -> NoReturn:
        for english, vietnamese in _ARGPARSE_VI:
            message = message.replace(english, vietnamese)
        raise _UsageError(message)


def _int_arg(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"«{text}» không phải số nguyên") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"phải từ {low} đến {high}, nhận được {value}")
        return value

    return parse


def _parser() -> _Parser:
    parser = _Parser(
        prog="synth_corpus.py",
        usage=USAGE,
        add_help=False,
        description="Sinh một bộ mô hình chi bộ tổng hợp (hợp lệ, tất định) để kiểm thử và "
        "đo hiệu năng: một dự án MkDocs đầy đủ trong THƯ_MỤC.",
    )
    group = parser.add_argument_group("tham số")
    group.add_argument(
        "--count", type=_int_arg(0, MAX_COUNT), metavar="N", help="số bài mô hình cần sinh"
    )
    group.add_argument(
        "--out", type=Path, metavar="THƯ_MỤC", help="thư mục đích (tạo mới nếu chưa có)"
    )
    group.add_argument(
        "--seed",
        type=_int_arg(0, 2**63 - 1),
        default=0,
        metavar="S",
        help="hạt giống ngẫu nhiên (mặc định 0)",
    )
    group.add_argument(
        "--force", action="store_true", help="ghi đè mkdocs.yml và docs/ có sẵn trong THƯ_MỤC"
    )
    group.add_argument("-h", "--help", action="help", help="in hướng dẫn này rồi thoát")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (2 for user errors, 1 for a broken
    source tree). Messages are in Vietnamese, never a traceback."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.count is None or args.out is None:
            missing = [n for n, v in (("--count", args.count), ("--out", args.out)) if v is None]
            raise _UsageError(f"thiếu tham số bắt buộc: {', '.join(missing)}")
        written = generate(args.count, args.out, args.seed, force=args.force)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except _UsageError as exc:
        print(f"synth_corpus: lỗi: {exc}\nCách dùng: {USAGE}", file=sys.stderr)
        return 2
    except SynthError as exc:
        print(f"synth_corpus: lỗi: {exc}", file=sys.stderr)
        return 2
    except SourceError as exc:
        print(f"synth_corpus: lỗi: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" «{exc.filename}»" if exc.filename else ""
        print(f"synth_corpus: lỗi đọc, ghi tệp{where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Đã sinh {len(written)} bài mô hình trong {args.out / 'docs' / 'models'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
