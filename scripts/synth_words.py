"""Word lists and prose templates for `synth_corpus` (read from `synth_data.yml`), and
the random helpers that draw from them."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml

from casebook.vocabulary import labels

T = TypeVar("T")

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


def weighted(rng: random.Random, choices: Sequence[tuple[T, int]]) -> T:
    values = [v for v, _ in choices]
    return rng.choices(values, weights=[w for _, w in choices])[0]


def thousands(value: int) -> str:
    """1250 → '1.250', the Vietnamese way."""
    return f"{value:,}".replace(",", ".")


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_vi(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]


def place_name(rng: random.Random) -> str:
    first = rng.choice(_PLACE_FIRST)
    second = rng.choice([s for s in _PLACE_SECOND if s != first])
    return f"{first} {second}"


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE_NAMES)} {rng.choice(_GIVEN_NAMES)}"
