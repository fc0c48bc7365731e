"""Find references to Party and State documents in free Vietnamese text.

The finder recognises:

* Party symbols such as ``Quy định số 22-QĐ/TW`` or a bare ``08-QĐi/TW``;
* State symbols such as ``Nghị định số 30/2020/NĐ-CP`` or ``14/KH-CAH``;
* number-only references after a type word (``Chỉ thị 05``, ``Quy định số 76``);
* plenum nicknames (``Nghị quyết Trung ương 4 khóa XII``) and congress resolutions;
* the Party Statute (``Điều lệ Đảng``) and named laws (``Luật Cán bộ, công chức 2008``);
* an attached issuing date (``ngày 28/7/2021``, ``ngày 30 tháng 5 năm 2019``) or year
  (``Quy định 29-QĐ/TW năm 2016``, a document header ``Số: N | Hà Nội, ngày ...``);
* unnumbered documents named by title: statutes of the mass organisations (``Điều lệ
  Đoàn ...``), ``Quy chế làm việc ...``, ``Pháp lệnh ...``, ``Hiến pháp năm 2013``,
  ``Chỉ thị của Ban Bí thư về ...``;
* damaged and compact spellings (``TT28/2019``, ``22-2021-TT-BGDĐT``, ``15/2020/NĐCP``,
  ``nđ-cp``, ``512/QĐ/QUTW``, ``298 KH/TWĐTN``).

The kind comes from the type word; with only a symbol, from its type code, and a generic
word ("công văn") yields to the code ("Công văn 05-QC/TW" is a quy chế). A short form
repeating an earlier full form in the same text ("... (gọi tắt là Quy định 29)") takes
the full form's symbol and date; standing alone it keeps ``symbol=None``.

Matching runs on an NFC copy of the input with HTML entities decoded (``&#x002F;`` is
"/"), but every offset reported refers to the ORIGINAL string, so ``text[c.start:c.end]``
is always the reference as written.

An invalid attached date (``31/02/2021``) still belongs to the citation: ``date`` is
``None`` and ``year`` is the year as written, because the year is usually right even
when the day or month is a typo.

The finders live by concern in sibling modules: `citation_parts` (the `Citation` record,
shared regex parts, type words), `citation_symbols` (symbols, type codes, dates),
`citation_typed` (numbered references), `citation_titles` (statutes, titles, plenums,
congresses) and `citation_laws` (named laws). This module picks the finders a text needs,
resolves overlaps and short forms, and maps offsets back (`citation_offsets`).

Run ``python -m casebook.citations`` to read JSON Lines ``{"text": ...}`` on stdin and
write one ``{"citations": [...]}`` line per input line; ``--eval FILE`` prints precision
and recall per kind on an annotated set instead (see `casebook.citation_eval`).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from casebook.citation_laws import find_laws
from casebook.citation_offsets import Normalized
from casebook.citation_parts import DIGIT, Citation
from casebook.citation_titles import (
    find_congresses,
    find_directives_by_issuer,
    find_plenums,
    find_statutes,
    find_titled,
)
from casebook.citation_typed import find_bare_symbols, find_typed
from casebook.vocabulary import labels

__all__ = ["KINDS", "Citation", "find_citations", "main"]

KINDS = tuple(labels("document_kinds"))
"""The document kinds told apart (`casebook.vocabulary`), in display order."""


# Offsets (entities, NFC, spans in the original text) live in casebook.citation_offsets.


# --------------------------------------------------------------------------- public API

_FINDERS = (
    find_typed,
    find_bare_symbols,
    find_plenums,
    find_directives_by_issuer,
    find_congresses,
    find_statutes,
    find_titled,
    find_laws,
)


def _needed(
    text: str, low: str, digit: bool
) -> list[Callable[[str, str | None], Iterator[Citation]]]:
    """The finders that may find something, in `_FINDERS` order: a cheap necessary
    condition per finder, on the NFC text, its lower-cased copy (ð read as đ) and whether
    it holds a digit. A build runs this over every paragraph of every case; most skip
    most finders. Each `in` scans the text, a one-character one much faster: the rarer
    finders are guarded by a capital or a rare letter that their pattern requires."""
    needed: list[Callable[[str, str | None], Iterator[Citation]]] = []
    if digit:
        needed += (find_typed, find_bare_symbols)
    nghi = "nghị" in low
    if nghi or "kết" in low or "nq" in low:
        needed.append(find_plenums)
    # "Chỉ thị của Ban Bí thư về ...", "Quyết định của Thủ tướng Chính phủ về ...".
    if ("ỉ" in low and "thị của" in low) or "định của" in low:
        needed.append(find_directives_by_issuer)
    if nghi and "đại" in low:
        needed.append(find_congresses)
    if "điều" in low and "lệ" in low:
        needed.append(find_statutes)
    quy_che = "Q" in text and ("quy chế" in low or "qui chế" in low)  # "Quy chế", "QUY CHẾ"
    if quy_che or "H" in text and "hiến pháp" in low:  # "Hiến pháp", "HIẾN PHÁP"
        needed.append(find_titled)
    if "luật" in low or "P" in text and "pháp lệnh" in low:  # "Pháp lệnh", "PHÁP LỆNH"
        needed.append(find_laws)
    return needed


def _resolve(candidates: list[Citation]) -> list[Citation]:
    """Keep non-overlapping citations, preferring the earliest and then the longest."""
    ordered = sorted(candidates, key=lambda c: (c.start, c.start - c.end))
    kept: list[Citation] = []
    for citation in ordered:
        if not kept or citation.start >= kept[-1].end:
            kept.append(citation)
    return kept


def _same_as_earlier(found: list[Citation]) -> list[Citation]:
    """A short form repeating an earlier full form is the same document: "Quy định số
    29-QĐ/TW ngày 25/7/2016 ... (gọi tắt là Quy định 29)" gives the short form the full
    form's symbol and date. Standing alone, a short form keeps ``symbol=None``."""
    full: dict[tuple[str, str], Citation] = {}
    resolved: list[Citation] = []
    for c in found:
        earlier = full.get((c.kind, c.number or ""))
        if earlier is not None and c.symbol in (None, earlier.symbol):
            year, date = (c.year, c.date) if c.year is not None else (earlier.year, earlier.date)
            c = Citation(c.kind, c.number, earlier.symbol, year, date, c.start, c.end)
        elif c.number is not None and c.symbol is not None:
            full[(c.kind, c.number)] = c
        resolved.append(c)
    return resolved


def _one_law_once(found: list[Citation]) -> list[Citation]:
    """One law, not two, in "Luật số 15/2012/QH13 Luật Xử lý vi phạm hành chính": a law
    name right after a law's number joins that citation."""
    kept: list[Citation] = []
    for c in found:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and c.kind == prev.kind == "luat"
            and c.number is None
            and prev.number is not None
            and c.start - prev.end <= 2
        ):
            year = prev.year if prev.year is not None else c.year
            kept[-1] = Citation(
                "luat", prev.number, prev.symbol, year, prev.date, prev.start, c.end
            )
            continue
        kept.append(c)
    return kept


def find_citations(text: str) -> list[Citation]:
    """Find document references in ``text``, sorted by start and non-overlapping.

    Offsets refer to ``text`` itself even when it is not NFC; ``Citation.text`` is
    ``text[start:end]``.
    """
    # Most paragraphs are NFC without entities: skip building the offset map for them.
    plain = "&" not in text and unicodedata.is_normalized("NFC", text)
    norm = None if plain else Normalized.of(text)
    scanned = text if norm is None else norm.text
    low = scanned.lower().replace("ð", "đ")
    finders = _needed(scanned, low, DIGIT.search(scanned) is not None)
    if not finders:
        return []
    # The cue text for `cued_finditer`: a case-insensitive match of a type word is a match of
    # the lower-case word here (ı, the one letter that matches "i" but does not lower to
    # it, is mapped), unless lowering changed the length (İ becomes two characters).
    cue = low.replace("ı", "i") if len(low) == len(scanned) else None
    found = _resolve([c for finder in finders for c in finder(scanned, cue)])
    if len(found) > 1:
        found = _same_as_earlier(found)
        if any(c.kind == "luat" for c in found):
            found = _one_law_once(found)
    result: list[Citation] = []
    for c in found:  # fields spelled out: dataclasses.replace is slow
        start, end = (c.start, c.end) if norm is None else norm.span(c.start, c.end)
        result.append(
            Citation(c.kind, c.number, c.symbol, c.year, c.date, start, end, text[start:end])
        )
    return result


# --------------------------------------------------------------------------- CLI


def _process_line(raw: bytes) -> dict[str, object]:
    """Result object for one JSON Lines record; errors are reported, never raised."""
    try:
        line = raw.decode("utf-8").lstrip("\ufeff").strip()
        if not line:
            return {"citations": [], "error": "empty line"}
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:  # bad UTF-8, bad JSON, absurd nesting
        return {"citations": [], "error": f"invalid JSON: {exc}"}
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return {"citations": [], "error": 'expected an object with a string "text"'}
    return {"citations": [c.to_json() for c in find_citations(record["text"])]}


def main(
    argv: list[str] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdout: BinaryIO | None = None,
) -> int:
    """Read JSON Lines ``{"text": ...}`` and write one ``{"citations": [...]}`` per line."""
    parser = argparse.ArgumentParser(
        prog="python -m casebook.citations",
        description="Find document references in JSON Lines records read from stdin.",
    )
    parser.add_argument(
        "--eval",
        metavar="FILE",
        help="print precision and recall per kind on an annotated JSON Lines set instead",
    )
    parser.add_argument("--errors", action="store_true", help="with --eval: list every error")
    args = parser.parse_args(argv)
    if args.eval:
        return _evaluate(Path(args.eval), args.errors, stdout or sys.stdout.buffer)
    source = sys.stdin.buffer if stdin is None else stdin
    sink = sys.stdout.buffer if stdout is None else stdout
    for raw in source:
        line = json.dumps(_process_line(raw), ensure_ascii=False) + "\n"
        # Lone surrogates from "\\ud800" escapes become JSON escapes, keeping valid UTF-8.
        sink.write(line.encode("utf-8", "backslashreplace"))
        sink.flush()  # one answer per line, so a pipe peer can interleave requests
    return 0


def _evaluate(path: Path, errors: bool, sink: BinaryIO) -> int:
    """`--eval`: the precision and recall report of `casebook.citation_eval`."""
    from casebook.citation_eval import evaluate  # imports this module: not at the top

    sink.write((evaluate(path, verbose=errors) + "\n").encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
