"""Precision and recall of `find_citations` on an annotated set of real text.

The set is JSON Lines, one record per line of real public text::

    {"id": "r001", "split": "dev" | "held", "source": URL, "text": ...,
     "expected": [{"kind": ..., "number": ..., "symbol": ..., "year": ...}, ...]}

Judging follows issue 16: one entry per distinct document per text, so a numbered
document found twice in one line (full form, then a short form resolved to it) counts
once; unnumbered documents ("Luật ...", "Quy chế làm việc ...") count per mention,
since two of them share the key (kind, None, None, year). A citation is right when
kind, number, symbol and year are all equal.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from casebook.citations import find_citations

Key = tuple[str, str | None, str | None, int | None]


@dataclass
class Score:
    """True positives, false positives and false negatives of one kind (or all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    """Scores per kind, plus the misses and false hits for inspection."""

    kinds: dict[str, Score] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        return Score(*(sum(getattr(s, a) for s in self.kinds.values()) for a in ("tp", "fp", "fn")))


def _found_keys(text: str) -> Counter[Key]:
    """Keys found in `text`: numbered documents once, unnumbered ones per mention."""
    keys: Counter[Key] = Counter()
    for c in find_citations(text):
        key = (c.kind, c.number, c.symbol, c.year)
        if c.number is None or key not in keys:
            keys[key] += 1
    return keys


def _expected_keys(record: dict[str, object]) -> Counter[Key]:
    expected = record["expected"]
    assert isinstance(expected, list)
    return Counter((e["kind"], e["number"], e["symbol"], e["year"]) for e in expected)


def score(records: Iterable[dict[str, object]]) -> Report:
    """Score every record; a key counts as found as often as both sides hold it."""
    report = Report()
    for record in records:
        text = record["text"]
        assert isinstance(text, str)
        found, wanted = _found_keys(text), _expected_keys(record)
        for key in found | wanted:
            s = report.kinds.setdefault(key[0], Score())
            hit = min(found[key], wanted[key])
            s.tp += hit
            s.fp += found[key] - hit
            s.fn += wanted[key] - hit
            if found[key] != wanted[key]:
                report.errors.append(
                    f"{record['id']}: {key} found {found[key]}, expected {wanted[key]}"
                )
    return report


def load(path: Path, split: str | None = None) -> list[dict[str, object]]:
    """Records of a JSON Lines set, optionally only one split ("dev" or "held")."""
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return [r for r in records if split is None or r.get("split") == split]


def format_report(title: str, report: Report) -> str:
    """A table: kind, TP, FP, FN, precision, recall; the micro total last."""
    lines = [title, f"{'kind':<13}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}"]
    rows = [*sorted(report.kinds.items()), ("ALL (micro)", report.overall)]
    for kind, s in rows:
        lines.append(
            f"{kind:<13}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>7.3f}{s.recall:>7.3f}"
        )
    return "\n".join(lines)


def evaluate(path: Path, *, verbose: bool = False) -> str:
    """The report for every split of the set at `path` (dev, held, all)."""
    parts = []
    for split in ("dev", "held", None):
        report = score(load(path, split))
        parts.append(format_report(f"[{split or 'all'}] {path.name}", report))
        if verbose and split is None:
            parts.extend(report.errors)
    return "\n\n".join(parts)
