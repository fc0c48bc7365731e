"""The first search index: what a reader's first query downloads, kept small at any N.

Pagefind (the full-text bundle) stores every word position, and its index chunks grow with
the site: at 10,000 cases the chunk holding "đảng" or "viên" alone is several hundred KB,
its page list (`pf_meta`) about 80 KB and its WebAssembly 68 KB. This index holds a few
fields per page (title, unit, place, practices, lessons, documents cited) and answers
the questions the ranking asks without positions:

- terms are syllables *and* pairs of adjacent syllables, folded (marks removed, đ → d), so
  "dang vien" is one lookup for every spelling and a phrase is "all its pairs present";
- the same terms with marks kept, prefixed "=", rank pages typed with the reader's marks
  first; they are only fetched for a query typed with marks;
- document numbers get a term of their own ("#22qdtw") on the document's page, and every
  page its whole title, folded ("^sinh hoat chuyen de"), so the page a query names comes first;
- postings are page numbers (delta-encoded) with the weight of the best field, no
  positions; terms are spread over shards by a hash that search.js computes the same way.

Pure: entries in, {path: JSON text} out. The files are added to the site as generated
files; search.js reads them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from casebook import routes
from casebook.text import fold

FOLDER = routes.FIRST_INDEX
"""Where the files go in the site (next to the search page)."""

RECORDS_PER_FILE = 8
"""Pages per record file: the ten results shown load at most ten small files."""

POSTINGS_PER_SHARD = 2500
"""Target postings per shard file (about 4 KB gzip); the shard count is a power of two."""

TITLE, FIELD, TEXT = 3, 2, 1
"""Weights of where a term occurs: the title, a fact field, body text."""

_WORD = re.compile(r"[0-9a-z\u00c0-\u024f\u1e00-\u1eff]+")
_SYMBOL = re.compile(r"^(\d+)\s*[-/]\s*([a-z]+)(?:\s*[-/]\s*([a-z]+))?")


@dataclass
class Entry:
    """One searchable page: its URL path (e.g. `models/x/`), title, result-card metadata,
    facet values, and text blocks by kind: "text" is body text, indexed and quoted by
    excerpts; "quote" is body text excerpts may quote but the index does not hold (so the
    index stays small and ranks as before); any other kind is an indexed fact field."""

    url: str
    title: str
    meta: Sequence[tuple[str, str]]
    filters: Sequence[tuple[str, str]]
    blocks: Sequence[tuple[str, str]]
    symbol: str | None = None


def words(text: str) -> list[str]:
    """Lowercase words, NFC (search.js splits a query the same way)."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def shard_of(term: str, shards: int) -> int:
    """FNV-1a over the code points: search.js computes the same number."""
    h = 0x811C9DC5
    for ch in term:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return h % shards


def symbol_terms(symbol: str) -> list[str]:
    """'22-QĐ/TW' → ['#22qd', '#22qdtw']; a QĐi number also answers to 'qd'."""
    m = _SYMBOL.match(fold(symbol).lower())
    if not m:
        return []
    num, kind, issuer = str(int(m.group(1))), m.group(2), m.group(3)
    kinds = [kind, "qd"] if kind == "qdi" else [kind]
    return [f"#{num}{k}{tail}" for k in kinds for tail in ("", issuer or "")]


@lru_cache(maxsize=1 << 17)
def _fold_word(word: str) -> str:
    return fold(word)


def text_terms(text: str) -> list[str]:
    """Folded syllables and pairs, then the same with marks kept (prefixed '=')."""
    marked = words(text)
    folded = [_fold_word(w) for w in marked]
    terms = folded + [f"{a} {b}" for a, b in zip(folded, folded[1:], strict=False)]
    terms += ["=" + w for w in marked]
    terms += [f"={a} {b}" for a, b in zip(marked, marked[1:], strict=False)]
    return terms


def _weigh(entry: Entry) -> dict[str, int]:
    terms: dict[str, int] = {}
    parts = [(text, TEXT) for kind, text in entry.blocks if kind == "text"]
    parts += [(text, FIELD) for kind, text in entry.blocks if kind not in ("text", "quote")]
    parts.append((entry.title, TITLE))  # last: the highest weight wins
    for text, weight in parts:
        terms.update(dict.fromkeys(text_terms(text), weight))
    for term in symbol_terms(entry.symbol or ""):
        terms[term] = TITLE
    terms["^" + " ".join(_fold_word(w) for w in words(entry.title))] = TITLE
    return terms


def build(entries: Iterable[Entry]) -> dict[str, str]:
    """Every file of the index, by path under the site root. Pages are numbered in the
    order given (search.js lists them in this order when only filters are chosen)."""
    pages = list(entries)
    postings: dict[str, list[int]] = defaultdict(list)  # gap × 4 + weight, as written
    last: dict[str, int] = defaultdict(int)
    for number, entry in enumerate(pages):
        for term, weight in _weigh(entry).items():
            postings[term].append((number - last[term]) * 4 + weight)
            last[term] = number
    total = sum(len(p) for p in postings.values())
    shards = 1
    while shards * POSTINGS_PER_SHARD < total:
        shards *= 2
    files = {f"{FOLDER}/t{i}.json": text for i, text in _shards(postings, shards)}
    for start in range(0, len(pages), RECORDS_PER_FILE):
        chunk = pages[start : start + RECORDS_PER_FILE]
        files[f"{FOLDER}/r{start // RECORDS_PER_FILE}.json"] = _json([_record(e) for e in chunk])
    files[f"{FOLDER}/facets.json"] = _json(_facets(pages))
    head = {"version": 1, "pages": len(pages), "shards": shards, "records": RECORDS_PER_FILE}
    files[f"{FOLDER}/index.json"] = _json(head)
    return files


def _shards(postings: dict[str, list[int]], shards: int) -> Iterator[tuple[int, str]]:
    """Ascending page numbers as gaps, each gap × 4 + weight (1–3), grouped by shard."""
    grouped: list[dict[str, list[int]]] = [{} for _ in range(shards)]
    for term in sorted(postings):
        grouped[shard_of(term, shards)][term] = postings[term]
    for i, terms in enumerate(grouped):
        yield i, _json(terms)


def _record(entry: Entry) -> dict[str, object]:
    """What a result card shows, the indexed body text ("x") and the other fields ("f"), so
    search.js can check a phrase of three words or more on the page itself, and the body
    text quoted only ("q", when there is some); excerpts quote "q" then "x"."""
    blocks: defaultdict[str, list[str]] = defaultdict(list)
    for kind, text in entry.blocks:
        if text:
            blocks[kind if kind in ("text", "quote") else "field"].append(text)
    record: dict[str, object] = {"u": entry.url, "t": entry.title, "m": dict(entry.meta),
                                 "x": blocks["text"], "f": blocks["field"]}  # fmt: skip
    return record | ({"q": blocks["quote"]} if blocks["quote"] else {})


def _facets(pages: list[Entry]) -> dict[str, dict[str, list[int]]]:
    """{group: {value: page gaps}}: the facet panel loads it when opened."""
    members: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for number, entry in enumerate(pages):
        for group, value in dict.fromkeys(entry.filters):
            members[group].setdefault(value, []).append(number)
    return {g: {v: _gaps(ns) for v, ns in values.items()} for g, values in members.items()}


def _gaps(numbers: list[int]) -> list[int]:
    return [n - (numbers[i - 1] if i else 0) for i, n in enumerate(numbers)]


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
