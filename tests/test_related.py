"""Related cases: the bit-sliced scorer must agree with the obvious pairwise definition."""

from __future__ import annotations

import dataclasses
import random

from casebook.loader import CaseStudy, load_files
from casebook.related import MIN_SCORE, WEIGHTS, RelatedCache, related_cases
from tests.conftest import CASE, PRACTICE, REGULATION

PRACTICES = [f"p{i}" for i in range(8)]
REGULATIONS = [f"r{i}" for i in range(6)]
SECTORS = ["a", "b", "c"]


def base_case() -> CaseStudy:
    files = [
        ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
        ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
        ("case", "models/base.md", CASE.encode()),
    ]
    return load_files(files).cases[0]


def naive(
    cases: list[CaseStudy], cited: list[list[str]], limit: int
) -> list[list[tuple[int, int]]]:
    """Score every pair directly, exactly as the module docstring defines it."""
    result = []
    for i, a in enumerate(cases):
        scored = []
        for j, b in enumerate(cases):
            if i == j:
                continue
            score = WEIGHTS["practice"] * len(set(a.practices) & set(b.practices))
            score += WEIGHTS["regulation"] * len(set(cited[i]) & set(cited[j]))
            score += WEIGHTS["sector"] * (a.sector == b.sector)
            if score >= MIN_SCORE:
                scored.append((j, score))
        scored.sort(key=lambda js: (-js[1], js[0]))
        result.append(scored[:limit])
    return result


def random_case(rng: random.Random, base: CaseStudy, slug: str) -> tuple[CaseStudy, list[str]]:
    practices = tuple(rng.sample(PRACTICES, rng.randint(1, 4)))
    case = dataclasses.replace(base, slug=slug, practices=practices, sector=rng.choice(SECTORS))
    return case, rng.sample(REGULATIONS, rng.randint(0, 3))


def test_bit_sliced_scores_match_pairwise_scores() -> None:
    rng = random.Random(7)
    base = base_case()
    made = [random_case(rng, base, f"c{i:03d}") for i in range(120)]
    cases, cited = [c for c, _ in made], [r for _, r in made]
    assert related_cases(cases, cited) == naive(cases, cited, 5)


def test_the_preview_cache_reranks_only_what_moved_with_the_same_result() -> None:
    rng = random.Random(11)
    base = base_case()
    made = [random_case(rng, base, f"c{i:03d}") for i in range(150)]
    cases, cited = [c for c, _ in made], [r for _, r in made]
    cache = RelatedCache()
    assert cache.related(cases, cited) == naive(cases, cited, 5)
    for edits in (1, 1, 3, 0, 8, RelatedCache.MAX_CHANGED + 1):
        for i in rng.sample(range(len(cases)), edits):  # new features for a few cases
            cases[i], cited[i] = random_case(rng, base, cases[i].slug)
        assert cache.related(cases, cited) == naive(cases, cited, 5)
    del cases[3], cited[3]  # a case removed: everything is ranked again
    assert cache.related(cases, cited) == naive(cases, cited, 5)


def test_no_shared_feature_means_not_related() -> None:
    base = base_case()
    one = dataclasses.replace(base, slug="a", practices=("p1",), sector="a")
    two = dataclasses.replace(base, slug="b", practices=("p2",), sector="b")
    assert related_cases([one, two], [[], []]) == [[], []]
