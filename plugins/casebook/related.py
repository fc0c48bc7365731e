"""Related cases: for each case, the few others a reader should look at next.

Scoring (what a reader copying a model cares about, most first):

* +3 for every practice both cases apply (the reader came for the practice);
* +2 for every document both cases cite (the same rules applied);
* +1 when both are in the same sector (comparable units).

A case needs at least `MIN_SCORE` to count as related; ties go to the smaller slug, so
the result is deterministic.

Scoring every pair naively costs N² (10,000 cases: 10⁸ pairs). Instead every feature is
a bitset over the cases (bit i = i-th case by slug), and a case's scores against all
others are accumulated at once in bit-sliced counters: plane j holds bit j of every
case's score, and adding a feature is a ripple-carry over the planes with big-integer
AND/XOR. The best scores are then read off plane by plane.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from casebook.loader import CaseStudy

WEIGHTS = {"practice": 3, "regulation": 2, "sector": 1}
MIN_SCORE = 3


def features(case: CaseStudy, cited: Sequence[str]) -> list[tuple[str, str]]:
    """(kind, value) features of a case; `cited` are the documents it cites."""
    found = [("practice", p) for p in case.practices]
    found += [("regulation", r) for r in dict.fromkeys(cited)]
    return found + [("sector", case.sector)]


def related_cases(
    cases: Sequence[CaseStudy], cited: Sequence[Sequence[str]], limit: int = 5
) -> list[list[tuple[int, int]]]:
    """For each case (by position), up to `limit` (position, score) of its most related
    cases, best first. `cases` must be in slug order; `cited[i]` lists case i's documents.
    """
    feats = [features(case, cited[i]) for i, case in enumerate(cases)]
    bitsets = _bitsets(feats)
    full = (1 << len(cases)) - 1
    return [_best(feats[i], bitsets, full & ~(1 << i), limit) for i in range(len(cases))]


class RelatedCache:
    """The related lists of a live preview's previous build, with the bitsets behind them.

    When the same cases come back and only a few have other features (practices,
    documents, sector), only the cases whose score against one of those moved are ranked
    again; the result is the same as `related_cases`."""

    MAX_CHANGED = 50
    """More changed cases than this: rank everything again."""

    def __init__(self) -> None:
        self._slugs: tuple[str, ...] = ()
        self._feats: list[list[tuple[str, str]]] = []
        self._bitsets: dict[tuple[str, str], int] = {}
        self._result: list[list[tuple[int, int]]] = []

    def related(
        self, cases: Sequence[CaseStudy], cited: Sequence[Sequence[str]], limit: int = 5
    ) -> list[list[tuple[int, int]]]:
        """Same as `related_cases(cases, cited, limit)`, reusing the previous call's work."""
        feats = [features(case, cited[i]) for i, case in enumerate(cases)]
        slugs = tuple(case.slug for case in cases)
        changed = None
        if slugs == self._slugs:
            changed = [i for i, (a, b) in enumerate(zip(self._feats, feats, strict=True)) if a != b]
        if changed is None or len(changed) > self.MAX_CHANGED:
            bitsets = _bitsets(feats)
            full = (1 << len(cases)) - 1
            result = [_best(feats[i], bitsets, full & ~(1 << i), limit) for i in range(len(cases))]
        else:
            bitsets, result = self._update(feats, changed, limit)
        self._slugs, self._feats, self._bitsets, self._result = slugs, feats, bitsets, result
        return result

    def _update(
        self, feats: list[list[tuple[str, str]]], changed: list[int], limit: int
    ) -> tuple[dict[tuple[str, str], int], list[list[tuple[int, int]]]]:
        old, bitsets = self._bitsets, defaultdict(int, self._bitsets)
        for i in changed:
            for f in self._feats[i]:
                bitsets[f] &= ~(1 << i)
            for f in feats[i]:
                bitsets[f] |= 1 << i
        full = (1 << len(feats)) - 1
        moved = 0  # cases whose score against a changed case is not what it was
        for i in changed:
            others = full & ~(1 << i)
            before, after = _planes(self._feats[i], old, others), _planes(feats[i], bitsets, others)
            for j in range(max(len(before), len(after))):
                a = before[j] if j < len(before) else 0
                b = after[j] if j < len(after) else 0
                moved |= a ^ b
            moved |= 1 << i
        result = list(self._result)
        for i in _positions(moved):
            result[i] = _best(feats[i], bitsets, full & ~(1 << i), limit)
        return bitsets, result


def _bitsets(feats: Sequence[list[tuple[str, str]]]) -> dict[tuple[str, str], int]:
    bitsets: dict[tuple[str, str], int] = defaultdict(int)
    for i, fs in enumerate(feats):
        for f in fs:
            bitsets[f] |= 1 << i
    return bitsets


def _planes(feats: list[tuple[str, str]], bitsets: dict[tuple[str, str], int], others: int
            ) -> list[int]:  # fmt: skip
    """Bit-sliced scores of one case (with features `feats`) against every case in `others`."""
    planes: list[int] = []
    for f in feats:
        for _ in range(WEIGHTS[f[0]]):
            _increment(planes, bitsets.get(f, 0) & others)
    return planes


def _best(
    feats: list[tuple[str, str]], bitsets: dict[tuple[str, str], int], others: int, limit: int
) -> list[tuple[int, int]]:
    planes = _planes(feats, bitsets, others)
    found: list[tuple[int, int]] = []
    top = sum(WEIGHTS[f[0]] for f in feats)
    for score in range(top, MIN_SCORE - 1, -1):
        for position in _positions(_equal(planes, score, others)):
            found.append((position, score))
            if len(found) == limit:
                return found
    return found


def _increment(planes: list[int], bits: int) -> None:
    """Add 1 to the counter of every case in `bits` (ripple carry across the planes)."""
    j = 0
    while bits:
        if j == len(planes):
            planes.append(0)
        planes[j], bits = planes[j] ^ bits, planes[j] & bits
        j += 1


def _equal(planes: list[int], score: int, others: int) -> int:
    """Bitset of the cases whose counter equals `score`."""
    if score >> len(planes):
        return 0
    mask = others
    for j, plane in enumerate(planes):
        mask &= plane if score >> j & 1 else ~plane
        if not mask:
            break
    return mask


def _positions(bits: int) -> Iterator[int]:
    """Set bit positions, lowest (smallest slug) first."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low
