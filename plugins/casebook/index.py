"""Records → answers: who cites a document, which cases apply a practice, what is new.

Built once per build from a `Corpus`, then read-only. Every list it returns has a
deterministic order so that generated pages do not churn between builds. Imports neither
mkdocs nor jinja2.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from casebook import xref
from casebook.facets import FACETS, Term, province_slug, terms
from casebook.loader import CaseStudy, Corpus, Course, Practice, Problem, Regulation
from casebook.related import RelatedCache, related_cases
from casebook.vocabulary import DOCUMENT_KINDS
from casebook.xref import Mention


@dataclass(frozen=True)
class Lesson:
    """A lesson with the case it comes from, as listed on a practice page."""

    case: CaseStudy
    id: str
    text: str

    @property
    def anchor(self) -> str:
        """Stable anchor on the practice page: province, case slug and lesson id — never
        a position, so adding a case does not move existing anchors. The province comes
        first so that a split practice page can send an old link to its province page."""
        return f"{province_slug(self.case)}--{self.case.slug}--{self.id}"


_Scan = tuple[tuple[Mention, ...], list[Problem], list[str]]
"""A case's citations, their problems (`xref.check`) and every document it cites."""


def _scan(case: CaseStudy, resolver: xref.Registry, registry: Mapping[str, Regulation]) -> _Scan:
    mentions = tuple(xref.mentions(case, resolver))
    in_text = {m.regulation for m in mentions if m.regulation}
    cited = sorted(in_text | set(case.regulations))
    return mentions, xref.check(case, mentions, registry), cited


class IndexCache:
    """What a live preview's index keeps between builds: each case's scan (citations,
    their problems, cited documents) and the related-case ranking (`RelatedCache`)."""

    def __init__(self) -> None:
        self._regulations: tuple[Regulation, ...] = ()
        self._found: dict[str, tuple[CaseStudy, _Scan]] = {}
        self.related = RelatedCache()

    def scan(
        self, cases: Iterable[CaseStudy], regulations: tuple[Regulation, ...],
        resolver: xref.Registry, registry: Mapping[str, Regulation],
    ) -> dict[str, _Scan]:  # fmt: skip
        """Each case's scan by slug, found again only for new or edited cases."""
        same = len(regulations) == len(self._regulations) and all(
            a is b for a, b in zip(regulations, self._regulations, strict=True)
        )
        if not same:  # a document changed: every citation may resolve differently
            self._found, self._regulations = {}, regulations
        found: dict[str, tuple[CaseStudy, _Scan]] = {}
        for case in cases:
            hit = self._found.get(case.slug)
            if hit is None or hit[0] is not case:
                hit = (case, _scan(case, resolver, registry))
            found[case.slug] = hit
        self._found = found
        return {slug: hit[1] for slug, hit in found.items()}


@dataclass(frozen=True)
class Index:
    """Read-only queries over one corpus."""

    cases: tuple[CaseStudy, ...]
    regulations: Mapping[str, Regulation]
    practices: Mapping[str, Practice]
    sectors: Mapping[str, str]
    problems: tuple[Problem, ...]
    courses: tuple[Course, ...]
    _by_slug: Mapping[str, CaseStudy]
    _by_practice: Mapping[str, tuple[CaseStudy, ...]]
    _by_regulation: Mapping[str, tuple[CaseStudy, ...]]
    _mentions: Mapping[str, tuple[Mention, ...]]
    _facets: Mapping[str, tuple[Term, ...]]
    _related: Mapping[str, tuple[tuple[CaseStudy, int], ...]]
    _lessons: dict[str, tuple[Lesson, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def build(cls, corpus: Corpus, cache: IndexCache | None = None) -> Index:
        """Index a corpus: cases sorted by slug, citations found in every case's text and
        resolved, lookups precomputed. Citation mismatches become `problems`.

        With `cache` (a live preview, whose loader keeps unchanged records), the citations
        of a case are found again only when the case or the documents changed, and only
        the cases whose related cases may have moved are ranked again."""
        cases = tuple(sorted(corpus.cases, key=lambda c: c.slug))
        registry = {r.id: r for r in sorted(corpus.regulations, key=_regulation_order)}
        resolver = xref.Registry.of(corpus.regulations)
        if cache is None:
            scans = {c.slug: _scan(c, resolver, registry) for c in cases}
        else:
            scans = cache.scan(cases, corpus.regulations, resolver, registry)
        cited = [scans[case.slug][2] for case in cases]
        if cache is None:
            related = related_cases(cases, cited)
        else:
            related = cache.related.related(cases, cited)
        return cls(
            cases=cases,
            regulations=registry,
            practices={p.key: p for p in sorted(corpus.practices, key=lambda p: p.name)},
            sectors=corpus.sectors,
            problems=tuple(p for scan in scans.values() for p in scan[1]),
            courses=corpus.courses,
            _by_slug={c.slug: c for c in cases},
            _by_practice=_grouped((case, case.practices) for case in cases),
            _by_regulation=_grouped(zip(cases, cited, strict=True)),
            _mentions={slug: scan[0] for slug, scan in scans.items()},
            _facets={name: tuple(terms(name, cases, corpus.sectors)) for name in FACETS},
            _related={
                c.slug: tuple((cases[j], score) for j, score in related[i])
                for i, c in enumerate(cases)
            },
        )

    def case(self, slug: str) -> CaseStudy | None:
        """The case with this slug, if it loaded."""
        return self._by_slug.get(slug)

    def cases_for_practice(self, key: str) -> tuple[CaseStudy, ...]:
        """Cases applying practice `key`, by slug."""
        return self._by_practice.get(key, ())

    def cases_citing(self, reg_id: str) -> tuple[CaseStudy, ...]:
        """Cases citing regulation `reg_id` in their text or front-matter, by slug."""
        return self._by_regulation.get(reg_id, ())

    def mentions_in(self, slug: str) -> tuple[Mention, ...]:
        """Citations found in a case's text, in reading order."""
        return self._mentions.get(slug, ())

    def mentions_of(self, reg_id: str, slug: str) -> list[Mention]:
        """The places where case `slug` cites regulation `reg_id`."""
        return [m for m in self.mentions_in(slug) if m.regulation == reg_id]

    def cited_by_case(self, case: CaseStudy) -> list[Regulation]:
        """Documents a case cites (text or front-matter), in order of first mention."""
        ids = [m.regulation for m in self.mentions_in(case.slug) if m.regulation]
        ids += list(case.regulations)
        return [self.regulations[i] for i in dict.fromkeys(ids) if i in self.regulations]

    def related(self, case: CaseStudy) -> tuple[tuple[CaseStudy, int], ...]:
        """Up to five most related cases with their scores (see `casebook.related`)."""
        return self._related.get(case.slug, ())

    def terms(self, facet: str) -> tuple[Term, ...]:
        """Every term of a facet, in reading order (unknown last)."""
        return self._facets[facet]

    def lessons_for_practice(self, key: str) -> list[Lesson]:
        """Every lesson tagged with practice `key`, ordered by province, case, lesson."""
        if (known := self._lessons.get(key)) is None:
            found = [
                Lesson(case, lesson.id, lesson.text)
                for case in self.cases_for_practice(key)
                for lesson in case.lessons
                if lesson.practice == key
            ]
            found.sort(key=lambda x: (province_slug(x.case), x.case.slug))
            known = self._lessons[key] = tuple(found)
        return list(known)

    def top_regulations(
        self, cases: Iterable[CaseStudy], limit: int
    ) -> list[tuple[Regulation, int]]:
        """The documents most cited by `cases` (count of citing cases), most first."""
        counts: Counter[str] = Counter()
        for case in cases:
            counts.update({r.id for r in self.cited_by_case(case)})
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self.regulations[i], n) for i, n in ranked]

    def related_practices(self, key: str, limit: int) -> list[tuple[Practice, int]]:
        """Practices that co-occur with `key` in the same cases, with the shared count."""
        counts: Counter[str] = Counter()
        for case in self.cases_for_practice(key):
            counts.update(p for p in case.practices if p != key and p in self.practices)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self.practices[k], n) for k, n in ranked]

    def chain_of(self, reg: Regulation) -> list[Regulation]:
        """The replacement chain that holds `reg` (just `[reg]` when it has none)."""
        return next((c for c in self.chains() if reg in c), [reg])

    def chains(self) -> list[list[Regulation]]:
        """Replacement chains (30-QĐ/TW → 22-QĐ/TW → …), each from a document that
        replaces nothing known."""
        replaced = {r.replaced_by for r in self.regulations.values() if r.replaced_by}
        roots = [r for r in self.regulations.values() if r.replaced_by and r.id not in replaced]
        return [[root, *self.successors(root)] for root in roots]

    def newest(self, limit: int) -> tuple[CaseStudy, ...]:
        """The most recently published cases, newest first (ties by slug)."""
        ordered = sorted(self.cases, key=lambda c: (-c.published.toordinal(), c.slug))
        return tuple(ordered[:limit])

    def select(self, chosen: CaseFilter | None) -> tuple[CaseStudy, ...]:
        """The cases `chosen` matches, by slug (None, a filter that could not be read
        from a marker: none)."""
        if chosen is None:
            return ()
        if chosen == _EVERY_CASE:  # a listing of all cases: no need to test each one
            return self.cases
        return tuple(c for c in self.cases if chosen.matches(c))

    def regulations_by_kind(self) -> list[tuple[str, list[Regulation]]]:
        """Regulations grouped by kind in the order of `DOCUMENT_KINDS`."""
        groups: dict[str, list[Regulation]] = defaultdict(list)
        for reg in self.regulations.values():
            groups[reg.kind].append(reg)
        return [(kind, groups[kind]) for kind in DOCUMENT_KINDS if groups.get(kind)]

    def successors(self, reg: Regulation) -> list[Regulation]:
        """The replacement chain after `reg` (A → B → C), stopping at unknown ids or cycles."""
        chain: list[Regulation] = []
        current = reg
        while current.replaced_by and current.replaced_by in self.regulations:
            current = self.regulations[current.replaced_by]
            if current is reg or current in chain:
                break
            chain.append(current)
        return chain


def _grouped(keyed: Iterable[tuple[CaseStudy, Iterable[str]]]) -> dict[str, tuple[CaseStudy, ...]]:
    """key → the cases listing it, in the order given."""
    groups: dict[str, list[CaseStudy]] = defaultdict(list)
    for case, keys in keyed:
        for key in keys:
            groups[key].append(case)
    return {key: tuple(found) for key, found in groups.items()}


def _regulation_order(reg: Regulation) -> tuple[str, int, str]:
    """Oldest first within a kind; undated documents last."""
    date = reg.date.isoformat() if reg.date else "9999"
    return (date, int(reg.number or 0), reg.id)


# --- Case filters -----------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilter:
    """Which cases a listing shows: each field given must match (`None`: any value).
    `practice` and `regulation` test membership; `regulation` the front-matter list."""

    province: str | None = None
    district: str | None = None
    sector: str | None = None
    unit_level: str | None = None
    parent: str | None = None
    year: int | None = None
    practice: str | None = None
    regulation: str | None = None

    def matches(self, case: CaseStudy) -> bool:
        """Whether `case` has every value this filter names."""
        wanted = (
            (self.province, case.province), (self.district, case.district),
            (self.sector, case.sector), (self.unit_level, case.unit_level),
            (self.parent, case.parent), (self.year, case.year),
        )  # fmt: skip
        return (
            all(value is None or value == own for value, own in wanted)
            and (self.practice is None or self.practice in case.practices)
            and (self.regulation is None or self.regulation in case.regulations)
        )

    @classmethod
    def parse(cls, criteria: Mapping[str, str]) -> CaseFilter | None:
        """A filter from a marker's `key=value` strings, e.g. `province="Lai Châu"
        practice=kiem-tra`; `None` when a key is not a filter or the year is not a
        number: such a filter matches no case."""
        if not set(criteria) <= set(cls.__dataclass_fields__):
            return None
        year = criteria.get("year")
        if year is not None and not year.isdigit():
            return None
        get = criteria.get
        return cls(province=get("province"), district=get("district"), sector=get("sector"),
                   unit_level=get("unit_level"), parent=get("parent"),
                   year=int(year) if year is not None else None, practice=get("practice"),
                   regulation=get("regulation"))  # fmt: skip


_EVERY_CASE = CaseFilter()
