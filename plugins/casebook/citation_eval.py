"""Precision and recall of `find_citations` on an annotated set of real text.

The set is JSON Lines, one record per line of real public text::

    {"id": "r001", "split": "dev" | "held", "source": URL, "text": ...,
     "expected": [{"kind": ..., "number": ..., "symbol": ..., "year": ...}, ...]}

Judging follows issue 16: one entry per distinct document per text. A document is
identified by its key (kind, number, symbol, year), so a document found twice in one
line (a full form, then a short form resolved to it) counts once, on both sides. Two
unnumbered documents of one kind in one line share a key and count once too: the set
cannot tell them apart. A citation is right when all four fields are equal.
"""

from __future__ import annotations

import json
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


def _found_keys(text: str) -> set[Key]:
    """Distinct keys of the citations found in `text`."""
    return {(c.kind, c.number, c.symbol, c.year) for c in find_citations(text)}


def _expected_keys(record: dict[str, object]) -> set[Key]:
    expected = record["expected"]
    assert isinstance(expected, list)
    return {(e["kind"], e["number"], e["symbol"], e["year"]) for e in expected}


def score(records: Iterable[dict[str, object]]) -> Report:
    """Score every record: true positives are the keys both sides hold."""
    report = Report()
    for record in records:
        text = record["text"]
        assert isinstance(text, str)
        found, wanted = _found_keys(text), _expected_keys(record)
        for key in found | wanted:
            s = report.kinds.setdefault(key[0], Score())
            if key in found and key in wanted:
                s.tp += 1
                continue
            if key in found:
                s.fp += 1
            else:
                s.fn += 1
            side = "false hit" if key in found else "missed"
            report.errors.append(f"{record['id']}: {side} {key}")
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
        lines.append(f"{kind:<13}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>7.3f}{s.recall:>7.3f}")
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
