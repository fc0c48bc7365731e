"""Records → answers: who cites a document, which cases apply a practice, what is new.

Built once per build from a `Corpus`, then read-only. Every list it returns has a
deterministic order so that generated pages do not churn between builds. Imports neither
mkdocs nor jinja2.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from casebook import xref
from casebook.loader import CaseStudy, Corpus, Practice, Problem, Regulation
from casebook.xref import Mention

UNIT_LEVELS = {
    "chi-bo-co-so": "Chi bộ cơ sở",
    "chi-bo-truc-thuoc": "Chi bộ trực thuộc đảng ủy cơ sở",
    "dang-bo-co-so": "Đảng bộ cơ sở",
    "dang-bo-cap-tren-co-so": "Đảng bộ cấp trên cơ sở",
}

AWARD_LEVELS = {
    "trung-uong": "Trung ương",
    "bo-nganh": "Bộ, ngành",
    "tinh": "Cấp tỉnh",
    "huyen": "Cấp huyện",
    "co-so": "Cơ sở",
}

STATUSES = {
    "in-force": "Còn hiệu lực",
    "replaced": "Đã được thay thế",
    "amended": "Đã được sửa đổi",
    "expired": "Hết hiệu lực",
    "unknown": "Chưa xác định",
}

KINDS = {
    "dieu-le": "Điều lệ",
    "nghi-quyet": "Nghị quyết",
    "quy-dinh": "Quy định",
    "quy-che": "Quy chế",
    "chi-thi": "Chỉ thị",
    "ket-luan": "Kết luận",
    "huong-dan": "Hướng dẫn",
    "ke-hoach": "Kế hoạch",
    "thong-bao": "Thông báo",
    "cong-van": "Công văn",
    "quyet-dinh": "Quyết định",
    "nghi-dinh": "Nghị định",
    "thong-tu": "Thông tư",
    "luat": "Luật",
    "other": "Văn bản khác",
}


@dataclass(frozen=True)
class Index:
    """Read-only queries over one corpus."""

    cases: tuple[CaseStudy, ...]
    regulations: Mapping[str, Regulation]
    practices: Mapping[str, Practice]
    sectors: Mapping[str, str]
    problems: tuple[Problem, ...]
    _by_slug: Mapping[str, CaseStudy]
    _by_practice: Mapping[str, tuple[CaseStudy, ...]]
    _by_regulation: Mapping[str, tuple[CaseStudy, ...]]
    _mentions: Mapping[str, tuple[Mention, ...]]

    @classmethod
    def build(cls, corpus: Corpus) -> Index:
        """Index a corpus: cases sorted by slug, citations found in every case's text and
        resolved, lookups precomputed. Citation mismatches become `problems`."""
        cases = tuple(sorted(corpus.cases, key=lambda c: c.slug))
        registry = {r.id: r for r in sorted(corpus.regulations, key=_regulation_order)}
        mentions = {c.slug: tuple(xref.mentions(c, corpus.regulations)) for c in cases}
        problems = [p for c in cases for p in xref.check(c, mentions[c.slug], registry)]
        by_practice: dict[str, list[CaseStudy]] = defaultdict(list)
        by_regulation: dict[str, list[CaseStudy]] = defaultdict(list)
        for case in cases:
            for key in case.practices:
                by_practice[key].append(case)
            cited = {m.regulation for m in mentions[case.slug] if m.regulation}
            for reg_id in sorted(cited | set(case.regulations)):
                by_regulation[reg_id].append(case)
        return cls(
            cases=cases,
            regulations=registry,
            practices={p.key: p for p in sorted(corpus.practices, key=lambda p: p.name)},
            sectors=corpus.sectors,
            problems=tuple(problems),
            _by_slug={c.slug: c for c in cases},
            _by_practice={k: tuple(v) for k, v in by_practice.items()},
            _by_regulation={k: tuple(v) for k, v in by_regulation.items()},
            _mentions=mentions,
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

    def filter_cases(self, **criteria: str) -> tuple[CaseStudy, ...]:
        """Cases whose fields equal the given values (`practice` and `regulation` test
        membership), e.g. `filter_cases(province="Lai Châu", practice="kiem-tra")`."""
        return tuple(c for c in self.cases if all(_matches(c, k, v) for k, v in criteria.items()))

    def regulations_by_kind(self) -> list[tuple[str, list[Regulation]]]:
        """Regulations grouped by kind in the order of `KINDS`."""
        groups: dict[str, list[Regulation]] = defaultdict(list)
        for reg in self.regulations.values():
            groups[reg.kind].append(reg)
        return [(kind, groups[kind]) for kind in KINDS if groups.get(kind)]

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


def _matches(case: CaseStudy, key: str, value: str) -> bool:
    if key == "practice":
        return value in case.practices
    if key == "regulation":
        return value in case.regulations
    if key == "year":
        return str(case.year) == value
    return str(getattr(case, key, None)) == value


def _regulation_order(reg: Regulation) -> tuple[str, int, str]:
    """Oldest first within a kind; undated documents last."""
    date = reg.date.isoformat() if reg.date else "9999"
    return (date, int(reg.number or 0), reg.id)
