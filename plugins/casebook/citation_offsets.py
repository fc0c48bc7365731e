"""Offsets for the citation finder: decode HTML entities and normalise to NFC, keeping
for every resulting character the span of the original string it came from, so that a
match in the normalised text can be reported at its place in the text as written."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Normalized"]


@dataclass(frozen=True)
class Normalized:
    """NFC copy of a string plus, per NFC character, the span it came from."""

    text: str
    starts: tuple[int, ...] | None  # None when the input already was NFC
    ends: tuple[int, ...] | None

    @classmethod
    def of(cls, original: str) -> Normalized:
        """Decode HTML entities, normalise to NFC and record where each character of the
        result came from (an entity's characters all come from the whole entity)."""
        decoded = _decode_entities(original) if "&" in original else None
        if decoded is None and unicodedata.is_normalized("NFC", original):
            return cls(original, None, None)
        text = original if decoded is None else decoded[0]
        starts: list[int] = []
        ends: list[int] = []
        pieces = _nfc_pieces(text)
        for start, end, piece in pieces:
            if decoded is not None:
                start, end = decoded[1][start], decoded[2][end - 1]
            starts.extend([start] * len(piece))
            ends.extend([end] * len(piece))
        return cls("".join(p for _, _, p in pieces), tuple(starts), tuple(ends))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the NFC span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


# Pages copied from the web keep entities: "20-QĐ&#x002F;TW", "https&#x3A;".
_ENTITY_RE = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode_entities(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text with HTML entities decoded and, per character, its original span; None
    when there is nothing to decode."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _ENTITY_RE.finditer(text):
        char = html.unescape(m.group())
        if char == m.group():
            continue  # not an entity HTML knows
        out.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        out.append(char)
        starts.extend([m.start()] * len(char))
        ends.extend([m.end()] * len(char))
        pos = m.end()
    if pos == 0:
        return None
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends


def _nfc_pieces(text: str) -> list[tuple[int, int, str]]:
    """Split into pieces that normalise independently: (start, end, NFC of the piece).

    A piece is a base character with its combining marks; pieces are merged when NFC
    composes across the boundary (e.g. Hangul jamo), so lengths can be mapped safely.
    """
    pieces: list[tuple[int, int, str]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        nfc = unicodedata.normalize("NFC", text[start:i])
        if pieces:
            prev_start, _, prev_nfc = pieces[-1]
            joined = unicodedata.normalize("NFC", text[prev_start:i])
            if joined != prev_nfc + nfc:
                pieces[-1] = (prev_start, i, joined)
                start = i
                continue
        pieces.append((start, i, nfc))
        start = i
    return pieces
