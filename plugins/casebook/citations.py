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

Run ``python -m casebook.citations`` to read JSON Lines ``{"text": ...}`` on stdin and
write one ``{"citations": [...]}`` line per input line; ``--eval FILE`` prints precision
and recall per kind on an annotated set instead (see `casebook.citation_eval`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from casebook.citation_offsets import Normalized
from casebook.vocabulary import labels

__all__ = ["KINDS", "Citation", "find_citations", "main"]

KINDS = tuple(labels("document_kinds"))
"""The document kinds told apart (`casebook.vocabulary`), in display order."""


@dataclass(frozen=True)
class Citation:
    """One reference to a document, located in the original input string."""

    kind: str
    number: str | None
    symbol: str | None
    year: int | None
    date: dt.date | None
    start: int
    end: int
    text: str = ""

    def to_json(self) -> dict[str, object]:
        """Return the six keys the CLI contract promises, nothing more."""
        return {
            "kind": self.kind,
            "number": self.number,
            "symbol": self.symbol,
            "year": self.year,
            "start": self.start,
            "end": self.end,
        }


# --------------------------------------------------------------------------- regex parts

_LETTER = r"[^\W\d_]"
_NO_LETTER_BEFORE = rf"(?<!{_LETTER})"
_NO_LETTER_AFTER = rf"(?!{_LETTER})"
# Horizontal space only, and only a little: a reference never spans a paragraph break
# or a layout gap, and bounded runs keep backtracking cheap on hostile input.
_HS = r"[ \t\u00a0\u202f]{0,4}"
_HS1 = r"[ \t\u00a0\u202f]{1,4}"
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"
_SLASH = r"[/\u2215\u2044]"
# Symbols use capitals only; Ð (U+00D0, Icelandic eth) is a frequent stand-in for Đ.
_UP = "A-ZĐÐƯƠÂĂÊÔ"
# A symbol token; the lowercase tails cover QĐi, CTr, TTr, TTg and Ttri.
_TOKEN = rf"[{_UP}][{_UP}0-9]*(?:&[{_UP}][{_UP}0-9]*)*(?:tri|ri|i|r|g)?(?![^\W_])"
# A document number: digits, sometimes with one lower-case letter ("15a", "06b").
_NUM = r"\d{1,5}(?:[a-z](?![^\W_]))?"
_ISSUER = rf"{_TOKEN}(?:{_DASH}{_TOKEN}){{0,2}}(?:{_SLASH}{_TOKEN}(?:{_DASH}{_TOKEN}){{0,2}})?"
# The hyphen is sometimes a slash ("512/QĐ/QUTW"); the type code must then be a known
# one (checked in `_bare_symbol_ok` and `_typed_match_ok`).
_PARTY = (
    rf"(?P<pnum>{_NUM})(?P<psep>{_HS}{_DASH}{_HS}|{_SLASH})(?P<ptype>{_TOKEN})"
    rf"{_HS}{_SLASH}{_HS}(?P<piss>{_ISSUER})"
)
# After a type word the hyphen is often dropped ("Kế hoạch số 298 KH/TWĐTN", "hướng dẫn
# số 22HD/TWĐTN"); the type code must then be a known one (checked in `_typed`).
_PARTY_LOOSE = (
    rf"(?P<pnum>{_NUM})(?P<psep>{_HS}{_DASH}{_HS}|{_SLASH}|{_HS})(?P<ptype>{_TOKEN})"
    rf"{_HS}{_SLASH}{_HS}(?P<piss>{_ISSUER})"
)
_STATE = (
    rf"(?P<snum>{_NUM}){_HS}{_SLASH}{_HS}(?:(?P<syear>(?:19|20)\d\d){_HS}{_SLASH}{_HS})?"
    rf"(?P<ssym>{_TOKEN}(?:{_HS}{_DASH}{_HS}{_TOKEN}){{0,3}})"
)
# Compact or damaged State references after a type word: "Thông tư 01/2018",
# "22-2021-TT-BGDĐT", "10_2016_BGD", lower case "15/2020/nđ-cp".
_LOWER_TOKEN = r"[a-zđð][a-zđð0-9]*(?![^\W_])"
_COMPACT = (
    r"(?P<cnum>\d{1,4})(?P<csep>[-_/])(?P<cyear>(?:19|20)\d\d)"
    rf"(?:(?P=csep)(?P<csym>{_TOKEN}(?:{_DASH}{_TOKEN}){{0,3}}"
    rf"|{_LOWER_TOKEN}(?:-{_LOWER_TOKEN}){{0,3}}))?(?![\d/])"
)


# Old-style tone placement ("khoá", "hoá") is as common as the new one ("khóa").
_CI_TONES = (("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("ọa", "oạ"), ("ủy", "uỷ"))


def _ci(phrase: str) -> str:
    """Case-insensitive regex for a Vietnamese phrase, tolerant of Ð and tone placement."""
    out = re.escape(phrase).replace("đ", "[đð]").replace(r"\ ", _HS1)
    for new, old in _CI_TONES:
        out = out.replace(new, f"(?:{new}|{old})")
    return f"(?i:{out})"


def _cue(phrase: str) -> str:
    """Regex for a lower-case phrase in the lowered text (see `_scan`) that matches
    wherever `_ci(phrase)` matches the original. Case-sensitive on purpose: a pattern
    that opens with plain letters lets the regex engine skip to those letters."""
    out = re.escape(phrase).replace(r"\ ", _HS1)
    for new, old in _CI_TONES:
        out = out.replace(new, f"(?:{new}|{old})")
    return out


_TONE_FOLDS = (
    ("oá", "óa"),
    ("oà", "òa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("uỷ", "ủy"),
    ("uý", "úy"),
    ("uỳ", "ùy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
)


def _fold(word: str) -> str:
    """Lower-case NFC word with one tone placement, for comparing against word lists."""
    out = unicodedata.normalize("NFC", word).lower().replace("ð", "đ")
    for old, new in _TONE_FOLDS:
        out = out.replace(old, new)
    return out


# (type word regex, kind, may be followed by a bare number without a symbol)
_TYPE_WORDS: tuple[tuple[str, str, bool], ...] = (
    (_ci("nghị quyết"), "nghi-quyet", True),
    (_ci("quy định"), "quy-dinh", True),
    (_ci("qui định"), "quy-dinh", True),
    (_ci("quyết định"), "quyet-dinh", True),
    (_ci("chỉ thị"), "chi-thi", True),
    (_ci("kết luận"), "ket-luan", True),
    (_ci("hướng dẫn"), "huong-dan", True),
    (_ci("kế hoạch"), "ke-hoach", True),
    (_ci("thông báo"), "thong-bao", True),
    (_ci("công văn"), "cong-van", True),
    (_ci("quy chế"), "quy-che", True),
    (_ci("qui chế"), "quy-che", True),
    (_ci("nghị định"), "nghi-dinh", True),
    (_ci("thông tư"), "thong-tu", True),
    # Capitalised only: lower-case "luật" is mostly "kỷ luật" (discipline), as in
    # "Quyết định kỷ luật số 05-QĐ/UBKT".
    (rf"(?:Bộ|BỘ|bộ){_HS1}(?:[Ll]uật|LUẬT)", "luat", False),
    (r"(?:Luật|LUẬT)", "luat", False),
    (_ci("đề án"), "de-an", True),
    (_ci("thông tri"), "thong-tri", True),
    (_ci("mệnh lệnh"), "lenh", True),
    # Other document types: only trusted when a full symbol follows.
    (_ci("chương trình"), "chuong-trinh", False),
    (_ci("báo cáo"), "bao-cao", False),
    (_ci("tờ trình"), "to-trinh", False),
    (_ci("công điện"), "cong-dien", False),
    (_ci("pháp lệnh"), "phap-lenh", False),
    (_ci("lệnh"), "lenh", False),
)
# The phrases given to _ci above; every other type word is one of the two "luật" ones.
_TYPE_PHRASES = (
    "nghị quyết", "quy định", "qui định", "quyết định", "chỉ thị", "kết luận", "hướng dẫn",
    "kế hoạch", "thông báo", "công văn", "quy chế", "qui chế", "nghị định", "thông tư",
    "đề án", "thông tri", "mệnh lệnh", "chương trình", "báo cáo", "tờ trình", "công điện",
    "pháp lệnh", "lệnh",
)  # fmt: skip
_TYPE_RES = tuple((re.compile(w), kind, bare) for w, kind, bare in _TYPE_WORDS)
_TYPE_ALT = "|".join(w for w, _, _ in _TYPE_WORDS)
# Words that may sit between the type word and its number ("Quyết định kỷ luật số
# 05-QĐ/UBKT", "Thông báo kết luận số 125-TB/TU"); a whitelist, because a free-form gap
# would swallow another type word ("Kế hoạch thực hiện chỉ thị số 05-CT/TW").
_QUALIFIER_PHRASES = (
    "liên tịch",
    "liên ngành",
    "chuyên đề",
    "kết luận",
    "hành động",
    "làm việc",
    "kỷ luật",
    "kiểm tra",
    "giám sát",
    "phối hợp",
    "khen thưởng",
    "thành lập",
    "thẩm định",
    "tổng kết",
    "sơ kết",
    "hợp nhất",
)
_QUALIFIERS = "|".join(_ci(w) for w in _QUALIFIER_PHRASES)

_TYPED_RE = re.compile(
    rf"{_NO_LETTER_BEFORE}(?P<tw>{_TYPE_ALT})(?P<qual>{_HS1}(?:{_QUALIFIERS}))?{_HS1}"
    rf"(?:(?P<so>{_ci('số')}){_HS}[:.]?{_HS})?"
    rf"(?:{_PARTY_LOOSE}|{_STATE}|{_COMPACT}|(?P<nnum>{_NUM})(?!\d))"
)
# "22-2021-TT-BGDĐT" with no type word: only with a State type code.
_COMPACT_BARE = (
    rf"(?P<cnum>\d{{1,4}})(?P<csep>-)(?P<cyear>(?:19|20)\d\d)-"
    rf"(?P<csym>(?:TTLT|TT|NĐ|QĐ|NQ|CT)(?:-{_TOKEN}){{1,3}})(?![\d/])"
)
_BARE_RE = re.compile(rf"(?<![\w/.\-\u2013])(?:{_PARTY}|{_STATE}|{_COMPACT_BARE})")
# Where a match of _TYPED_RE (in the lowered text) or of _BARE_RE can start.
# Type words that open with a letter common in Vietnamese ("m", "p", "l") would make the
# cue stop everywhere; they get their own cue, used only in texts that hold "lệnh".
_RARE_TYPE_PHRASES = ("mệnh lệnh", "pháp lệnh", "lệnh")
_TYPED_CUE = re.compile(
    "|".join(_cue(w) for w in _TYPE_PHRASES if w not in _RARE_TYPE_PHRASES) + rf"|bộ{_HS1}luật|luật"
)
_TYPED_CUE_ALL = re.compile("|".join(_cue(w) for w in _TYPE_PHRASES) + rf"|bộ{_HS1}luật|luật")
# A match of _TYPED_RE has its first digit at most this far from its start: the longest
# type word and qualifier (a space in them may be up to four), "số", spaces and ":".
_TYPED_LEAD = (
    max(len(w) + 3 * w.count(" ") for w in (*_TYPE_PHRASES, "bộ luật"))
    + 4 + max(len(w) + 3 * w.count(" ") for w in _QUALIFIER_PHRASES)
    + 4 + len("số") + 4 + 1 + 4
)  # fmt: skip
_BARE_CUE = re.compile(rf"\d\d{{0,4}}{_HS}[-\u2010-\u2014/\u2215\u2044]")
_SO_BEFORE_RE = re.compile(rf"{_ci('số')}{_HS}[:.]?{_HS}$")

# Date words, also as typed without diacritics ("ngay 15/5/2016").
_NGAY = rf"(?:{_ci('ngày')}|(?i:ngay))"
_THANG = rf"(?:{_ci('tháng')}|(?i:thang))"
_NAM = rf"(?:{_ci('năm')}|(?i:nam))"
_DATE_RE = re.compile(
    rf"{_HS}(?:,{_HS})?(?:{_NGAY}{_HS})?(?:"
    rf"(?P<d>\d{{1,2}}){_HS}(?P<sep>[/.\-\u2013]){_HS}(?P<m>\d{{1,2}}){_HS}(?P=sep){_HS}"
    rf"(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}){_HS1}{_THANG}{_HS1}(?P<m2>\d{{1,2}}){_HS}(?:,{_HS})?"
    rf"{_NAM}{_HS1}(?P<y2>\d{{4}}))(?!\d)"
)

# --------------------------------------------------------------------------- symbols

# Canonical spelling of tokens, keyed by the upper-cased token.
_TOKEN_CANON = {
    "QD": "QĐ",
    "QDI": "QĐi",
    "QĐI": "QĐi",
    "ND": "NĐ",
    "CTR": "CTr",
    "TTR": "TTr",
    "TTRI": "Ttri",
    "TTG": "TTg",
    "TƯ": "TW",
    # Damaged State symbols that lost their hyphen: 15/2020/NĐCP.
    "NĐCP": "NĐ-CP",
    "NDCP": "NĐ-CP",
}
_SYMBOL_KINDS = {
    "QĐi": "quy-dinh",
    "NQ": "nghi-quyet",
    "NQLT": "nghi-quyet",
    "CT": "chi-thi",
    "KL": "ket-luan",
    "HD": "huong-dan",
    "HDLN": "huong-dan",
    "KH": "ke-hoach",
    "TB": "thong-bao",
    "CV": "cong-van",
    "QC": "quy-che",
    "TTr": "to-trinh",
    "BC": "bao-cao",
    "CĐ": "cong-dien",
    "ĐA": "de-an",
    "CTr": "chuong-trinh",
    "Ttri": "thong-tri",
    "L": "lenh",
    "LCT": "lenh",
    "VBHN": "other",  # văn bản hợp nhất: a consolidated text
    "PA": "other",
    "BB": "other",
    "NĐ": "nghi-dinh",
    "TT": "thong-tu",
    "TTLT": "thong-tu",
}
# Type abbreviations trusted in a bare Party symbol that has no type word and no "số".
_PARTY_TYPES = frozenset(_SYMBOL_KINDS) | {"QĐ"}


# The next three are pure functions of short strings, and a corpus cites few distinct
# symbols: memoised.
@lru_cache(maxsize=4096)
def _canon_token(token: str) -> str:
    """Canonical spelling of one symbol token (Đ, QĐi, TW, ...)."""
    upper = token.replace("Ð", "Đ").upper()
    if upper in _TOKEN_CANON:
        return _TOKEN_CANON[upper]
    if upper.endswith("TƯ"):  # BTCTƯ, UBKTTƯ: the TW spelling is the canonical one
        upper = upper[:-2] + "TW"
    return upper


@lru_cache(maxsize=4096)
def _canon_symbol(raw: str) -> str:
    """Canonical symbol: no spaces, ASCII '-' and '/', canonical tokens."""
    compact = re.sub(r"\s+", "", raw)
    compact = re.sub(_DASH, "-", compact)
    compact = re.sub(_SLASH, "/", compact)
    parts = re.split(r"([-/])", compact)
    return "".join(p if p in "-/" else _canon_token(p) for p in parts)


@lru_cache(maxsize=4096)
def _symbol_kind(symbol: str) -> str:
    """Document kind implied by the type abbreviation that opens a symbol."""
    first = re.split(r"[-/]", symbol)[0]
    if first == "QĐ":
        # QĐ is both "quyết định" and "quy định"; Central Committee QĐs are mostly the latter.
        return "quy-dinh" if symbol == "QĐ/TW" else "quyet-dinh"
    if re.fullmatch(r"QH\d*", first):  # 52/2019/QH14: laws passed by the National Assembly
        return "luat"
    if first in _SYMBOL_KINDS:
        return _SYMBOL_KINDS[first]
    # A State symbol that opens with its issuer (1234/UBND-VX, 73/TTg-CN) is a letter.
    return "other" if "/" in symbol or first in _PARTY_TYPES else "cong-van"


# Word kinds that a symbol's own type code overrides ("Công văn 05-QC/TW" is a quy chế).
_WEAK_WORD_KINDS = frozenset({"cong-van", "other"})


@lru_cache(maxsize=4096)
def _kind_of(word_kind: str | None, symbol: str) -> str:
    """The kind of a symbol citation: the word's, unless the word is generic."""
    from_symbol = _symbol_kind(symbol)
    if word_kind is None:
        return from_symbol
    first = re.split(r"[-/]", symbol)[0]
    if word_kind in _WEAK_WORD_KINDS and (first in _SYMBOL_KINDS or first == "QĐ"):
        return from_symbol
    return word_kind


# --------------------------------------------------------------------------- dates


def _parse_date(m: re.Match[str]) -> tuple[dt.date | None, int]:
    """Date and written year of a _DATE_RE match; the date is None when impossible."""
    day, month, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return dt.date(int(year), int(month), int(day)), int(year)
    except ValueError:
        return None, int(year)


def _attached_date(text: str, pos: int) -> tuple[int, dt.date | None, int | None]:
    """End offset, date and year of a date phrase starting at ``pos`` (or pos, None, None)."""
    m = _DATE_RE.match(text, pos)
    if m is None:
        return pos, None, None
    date, year = _parse_date(m)
    if not 1900 <= year <= 2100:
        return pos, None, None
    return m.end(), date, year


# A document header: "Số: 29-QĐ/TW | Hà Nội, ngày 25 tháng 7 năm 2016" or "Số 06-CT/TW
# ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày ...": capitalised words, a comma, then "ngày".
_HEADER_GAP_RE = re.compile(
    rf"{_HS}(?:\|{_HS})?(?P<words>(?:{_LETTER}+{_HS1}){{0,7}}{_LETTER}+){_HS},"
    rf"(?={_HS}{_ci('ngày')})"
)
# "Quy định 29-QĐ/TW năm 2016", "Quyết định 439/QĐ-TTg 2023".
_YEAR_AFTER_RE = re.compile(rf"{_HS1}(?:{_ci('năm')}{_HS1})?(?P<y>(?:19|20)\d\d)(?![\d/.\-\u2013])")


def _undated_symbol_year(text: str, pos: int) -> tuple[int, dt.date | None, int | None]:
    """For a symbol with no date right after it: a header date after a place name ("Số:
    29-QĐ/TW | Hà Nội, ngày ...") or a bare year ("năm 2016", "2023")."""
    # Cheap necessary conditions first: a capital or "|" next, "ngày" close behind.
    nxt = text[pos + 1 : pos + 2] if text[pos : pos + 1] == " " else text[pos : pos + 1]
    if (nxt == "|" or nxt.isupper()) and text.find("ngày", pos, pos + 90) > 0:
        gap = _HEADER_GAP_RE.match(text, pos)
        if gap is not None and all(w[0].isupper() for w in gap["words"].split()):
            end, date, year = _attached_date(text, gap.end())
            if year is not None:
                return end, date, year
    ym = _YEAR_AFTER_RE.match(text, pos) if nxt.isdigit() or nxt in "nN" else None
    if ym is not None:
        return ym.end(), None, int(ym["y"])
    return pos, None, None


# --------------------------------------------------------------------------- symbols in text


def _compact_parts(m: re.Match[str]) -> tuple[str, str | None, int | None, int]:
    """Number, symbol, year and end of a _COMPACT match: "Thông tư 01/2018"."""
    compact = _canon_symbol(m["csym"].upper()) if m["csym"] else None
    if compact is not None and _symbol_kind(compact) in ("other", "cong-van"):
        compact = None  # "10_2016_BGD": a truncated symbol is no symbol
    return m["cnum"], compact, int(m["cyear"]), m.end()


def _symbol_citation(text: str, m: re.Match[str], start: int, kind: str | None) -> Citation:
    """Citation for a match holding _PARTY, _STATE or _COMPACT groups, with any
    attached date. (Called for every symbol of every build: kept flat.)"""
    symbol: str | None
    if m["pnum"] is not None:
        number, written_year, sym_end = m["pnum"], None, m.end("piss")
        symbol = _canon_symbol(text[m.start("ptype") : sym_end])
    elif m["snum"] is not None:
        number, sym_end = m["snum"], m.end("ssym")
        written_year = int(m["syear"]) if m["syear"] else None
        symbol = _canon_symbol(m["ssym"])
    else:
        number, symbol, written_year, sym_end = _compact_parts(m)
    end, date, date_year = _attached_date(text, sym_end)
    if date_year is None:
        end, date, date_year = _undated_symbol_year(text, sym_end)
    # A year printed inside the symbol (30/2020/NĐ-CP) is authoritative.
    year = written_year if written_year is not None else date_year
    if symbol is None:
        return Citation(kind or "other", number, None, year, date, start, end)
    if kind is None or kind in _WEAK_WORD_KINDS:
        kind = _kind_of(kind, symbol)
    return Citation(kind, number, symbol, year, date, start, end)


def _bare_symbol_ok(text: str, m: re.Match[str]) -> bool:
    """Whether a symbol with no type word in front is trustworthy on its own."""
    if m["cnum"] is not None:
        return True
    if m["pnum"] is not None:
        if _canon_token(m["ptype"]) in _PARTY_TYPES:
            return True
        if _DASH_CHARS.isdisjoint(m["psep"]):
            return False  # "12/AB/CD": a slash before an unknown code is no symbol
        return _SO_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
    # A State symbol needs its year, an issuer part or a known type code ("12/LCT"),
    # otherwise "12/KV3" would count.
    if m["syear"] is not None or re.search(_DASH, m["ssym"]) is not None:
        return True
    return _canon_token(m["ssym"]) in _SYMBOL_KINDS and len(m["ssym"]) > 2


def _scan(
    pattern: re.Pattern[str], cue: re.Pattern[str], text: str, cue_text: str | None, start: int = 0
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, found faster.

    `pattern` opens with a look-behind, so the regex engine tries it at every position;
    `cue` opens with plain characters, which the engine skips to. Every match of `pattern`
    starts where `cue` matches `cue_text` (`text` itself, or its lowered copy aligned
    character by character), so trying `pattern` only there finds the same matches.
    Without an aligned `cue_text` (None), every position is tried. No match may start
    before `start`."""
    if cue_text is None:
        yield from pattern.finditer(text, start)
        return
    hit = cue.search(cue_text, start)
    while hit is not None:  # `_cue_hits` inlined: this loop is the hottest of all
        found = pattern.match(text, hit.start())
        resume = hit.start() + 1
        if found is not None:
            yield found
            resume = max(resume, found.end())
        hit = cue.search(cue_text, resume)


def _cue_hits(
    pattern: re.Pattern[str], cue: re.Pattern[str], text: str, cue_text: str, start: int = 0
) -> Iterator[tuple[int, re.Match[str] | None]]:
    """Each cue position with the match of `pattern` there, or None (see `_scan`)."""
    hit = cue.search(cue_text, start)
    while hit is not None:
        found = pattern.match(text, hit.start())
        resume = hit.start() + 1
        yield hit.start(), found
        if found is not None:
            resume = max(resume, found.end())
        hit = cue.search(cue_text, resume)


# A type code glued to its number, the symbol cut short: "TT28/2019", "NĐ15/2020".
_GLUED_RE = re.compile(
    r"(?<![\w/])(?P<t>TT|NĐ|NÐ|ND|QĐ|QÐ|QD|NQ|CT)(?P<n>\d{1,4})/(?P<y>(?:19|20)\d\d)(?![\d/])"
)
_GLUED_KINDS = {"TT": "thong-tu", "NĐ": "nghi-dinh", "QĐ": "quyet-dinh", "NQ": "nghi-quyet",
                "CT": "chi-thi"}  # fmt: skip


def _glued(text: str, pos: int) -> Citation | None:
    """'TT28/2019' when its number starts at `pos`: kind from the glued type code, the
    year from the number; no symbol."""
    m = _GLUED_RE.match(text, pos - 2)
    if m is None:
        return None
    kind = _GLUED_KINDS[_canon_token(m["t"]).replace("ND", "NĐ")]
    return Citation(kind, m["n"], None, int(m["y"]), None, m.start(), m.end())


def _bare_symbols(text: str, low: str | None) -> Iterator[Citation]:
    """Symbols written without a type word: '08-QĐi/TW', '14/KH-CAH', 'TT28/2019'.
    (`_scan` by hand: a cue where the symbol does not match may be a glued one.)"""
    hit = _BARE_CUE.search(text)
    while hit is not None:
        resume = hit.start() + 1
        m = _BARE_RE.match(text, hit.start())
        if m is not None:
            resume = max(resume, m.end())
            if _bare_symbol_ok(text, m):
                yield _symbol_citation(text, m, m.start(), None)
        elif hit.start() >= 2 and text[hit.start() - 1] in "TĐÐDQ":
            glued = _glued(text, hit.start())
            if glued is not None:
                resume = glued.end
                yield glued
        hit = _BARE_CUE.search(text, resume)


@lru_cache(maxsize=4096)
def _type_word_kind(word: str) -> tuple[str, bool]:
    """Kind of a type word and whether it may be followed by a bare number."""
    for pattern, kind, bare_ok in _TYPE_RES:
        if pattern.fullmatch(word):
            return kind, bare_ok
    raise AssertionError(word)  # pragma: no cover - _TYPE_ALT is built from _TYPE_RES


# Kinds whose documents are numbered "N/YYYY/...", so "Thông tư 01/2018" is one of them.
_COMPACT_KINDS = frozenset({"thong-tu", "nghi-dinh", "quyet-dinh", "nghi-quyet", "chi-thi", "luat"})


def _typed_match_ok(m: re.Match[str], kind: str) -> bool:
    """Whether a symbol-shaped match after a type word is really a symbol."""
    if m["pnum"] is not None and _DASH_CHARS.isdisjoint(m["psep"]):
        return _canon_token(m["ptype"]) in _PARTY_TYPES  # "số 298 KH/TWĐTN"
    if m["cnum"] is not None:
        # "Kế hoạch 2/2021" may be a month; "22-2021" needs its symbol to be a reference.
        return kind in _COMPACT_KINDS and (m["csep"] != "-" or m["csym"] is not None)
    return True


def _typed(text: str, low: str | None) -> Iterator[Citation]:
    """References introduced by a type word: 'Quy định số 22-QĐ/TW', 'Chỉ thị 05'."""
    digit = _DIGIT.search(text)
    if digit is None:
        return
    cue = _TYPED_CUE_ALL if low is not None and "lệnh" in low else _TYPED_CUE
    for m in _scan(_TYPED_RE, cue, text, low, max(0, digit.start() - _TYPED_LEAD)):
        kind, bare_ok = _type_word_kind(m["tw"])
        if m["nnum"] is None:
            if _typed_match_ok(m, kind):
                yield _symbol_citation(text, m, m.start(), kind)
        elif bare_ok and m["qual"] is None:  # "kế hoạch kiểm tra 5 đảng viên" is a count
            citation = _number_only(text, m, kind)
            if citation is not None:
                yield citation


_DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014")  # the characters of _DASH


# --------------------------------------------------------------------------- number-only

# Words that may follow "Chỉ thị 05" when the number really is a document number.
_CONNECTORS = frozenset(
    "của về và cùng hoặc đã được do trong tại thì nêu là cũng nhằm để nhưng mà đến theo "
    "vào khóa khoá sửa gắn với trên như ban".split()
)
# Capitalised issuers that may directly follow the number: "Chỉ thị 05 Bộ Chính trị".
_ISSUER_WORDS = frozenset(
    "Bộ Ban BCH BTV BBT BCT UBKT Ủy Uỷ Tỉnh Thành Huyện Đảng Trung TW TƯ Thủ Chính Quốc "
    "Văn Thường Quân".split()
)
# Words that turn "Kế hoạch số 5 năm" or "quyết định 2 đảng viên" into a count.
_UNITS = frozenset(
    "năm tháng ngày tuần giờ phút lần người đảng đồng cán chi tổ điểm nội vấn nhiệm tiêu "
    "giải mục bước đợt cuộc hộ xã phường huyện tỉnh đơn cơ ý phần triệu tỷ nghìn ngàn trăm "
    "km ha m kg tập cá quần học lớp buổi trang điều khoản chương câu thôn bản ấp khu phòng "
    "đường nhà căn vụ việc trường hợp chỉ".split()
)
_NEXT_WORD_RE = re.compile(rf"{_HS}(?P<w>{_LETTER}+)")
_COUNT_TAIL_RE = re.compile(rf"[%‰]|[/.,:]\d|{_HS}{_DASH}{_HS}\d|{_HS}\d")


# Words that may follow a number after a capitalised type word ("Quy định 22 gồm 7
# chương"), where in lower case they would make a count ("quy định 2 có ...").
_TITLED_CONNECTORS = frozenset({"có", "gồm", "quy", "yêu", "chỉ", "đề", "xác"})
_MANNER_RE = re.compile(rf"{_HS}(?:một|Một){_HS1}cách{_NO_LETTER_AFTER}")


def _number_follower_ok(text: str, pos: int, has_so: bool, titled: bool) -> bool:
    """Whether the text after a bare number reads like a document reference."""
    if _COUNT_TAIL_RE.match(text, pos):  # 2/3, 5.000, 95%, 2021-2025, "5 2021"
        return False
    w = _NEXT_WORD_RE.match(text, pos)
    if w is None:  # end of text or punctuation
        return True
    word = w["w"]
    if word.lower() in _CONNECTORS or word in _ISSUER_WORDS or _MANNER_RE.match(text, pos):
        return True
    if titled and word in _TITLED_CONNECTORS:
        return True
    # With "số" the number is almost surely a document number, unless a unit follows.
    return has_so and word.lower() not in _UNITS


def _number_only(text: str, m: re.Match[str], kind: str) -> Citation | None:
    """Citation for 'Quy định số 76', or None when the number is a count or a year."""
    number, pos = m["nnum"], m.end("nnum")
    end, date, year = _attached_date(text, pos)
    if date is None and year is None:
        has_so = m["so"] is not None
        # "Kế hoạch 2023" is a plan for a year, not document no. 2023.
        if not has_so and re.fullmatch(r"(?:19[4-9]|20\d)\d", number):
            return None
        titled = m["tw"][0].isupper() and not m["tw"][1:2].isupper()
        if not _number_follower_ok(text, pos, has_so, titled):
            return None
    return Citation(kind, number, None, year, date, m.start(), end)


# --------------------------------------------------------------------------- statute, plenums

# Capitalised words naming an organisation: "Đoàn TNCS Hồ Chí Minh", "Hội Nông dân".
_ORG_NAME = (
    rf"(?:{_HS1}(?:(?=[A-ZĐÂĂÊÔƠƯ])[^\W\d_]+"
    rf"|(?:niên|nữ|dân|chiến|binh|sản|hiệp|phụ|nông|cựu|thanh)(?![^\W\d_]))){{0,7}}"
)
_STATUTE_RE = re.compile(
    rf"{_NO_LETTER_BEFORE}{_ci('điều lệ')}{_HS1}(?:{_ci('của')}{_HS1})?(?:{_ci('đảng')}"
    rf"(?:{_HS1}{_ci('cộng sản việt nam')})?"
    # Statutes of the mass organisations: "Điều lệ Đoàn TNCS Hồ Chí Minh", "Điều lệ Hội
    # Nông dân Việt Nam", "Điều lệ Công đoàn Việt Nam" (capitalised: proper names).
    rf"|(?:Đoàn|ĐOÀN|Công{_HS1}đoàn|CÔNG{_HS1}ĐOÀN|(?:Hội|HỘI)(?!{_HS1}(?:nghị|đồng|thảo)))"
    rf"{_ORG_NAME}){_NO_LETTER_AFTER}"
    # "Điều lệ Đảng Cộng sản Việt Nam 2011", "... khoá XI (2011)", "... năm 2011".
    rf"(?:{_HS}(?:(?:{_ci('khóa')}{_HS1}[IVX]{{1,5}}{_HS})?\({_HS})?(?:{_ci('năm')}{_HS1})?"
    rf"(?P<y>(?:19|20)\d\d)(?!\d)(?:{_HS}\))?)?"
)


def _statutes(text: str, low: str | None) -> Iterator[Citation]:
    """Statutes of the Party and of the mass organisations; 'Điều 30' alone is an
    article number and never matches."""
    for m in _STATUTE_RE.finditer(text):
        year = int(m["y"]) if m["y"] else None
        yield Citation("dieu-le", None, None, year, None, m.start(), m.end())


# Unnumbered documents named by title: "Quy chế làm việc của Ban Chấp hành Trung ương ...",
# "Hiến pháp năm 2013". Capitalised only: "xây dựng quy chế làm việc" in prose is generic.
_TITLED_RE = re.compile(
    rf"{_NO_LETTER_BEFORE}(?:(?P<qc>(?:Quy|Qui|QUY){_HS1}(?:chế|CHẾ){_HS1}"
    rf"(?:{_ci('làm việc')}|{_ci('hoạt động')}|{_ci('bầu cử')}|{_ci('phối hợp')}"
    rf"|{_ci('tổ chức và hoạt động')}))"
    rf"|(?P<hp>(?:Hiến|HIẾN){_HS1}(?:pháp|PHÁP)"
    rf"(?:{_HS1}{_ci('nước cộng hòa xã hội chủ nghĩa việt nam')})?"
    rf"{_HS1}(?:{_ci('năm')}{_HS1})?(?P<y>(?:19|20)\d\d)(?!\d)))"
    rf"{_NO_LETTER_AFTER}"
)


# "Chỉ thị của Ban Bí thư về ...", "Nghị quyết của Bộ Chính trị về ...": a document named
# by its issuer and subject, with no number. Capitalised: "theo quy định của Ban Bí thư"
# in prose is no title.
_BY_ISSUER_WORDS = (
    ("Nghị quyết", "nghi-quyet"), ("Chỉ thị", "chi-thi"), ("Kết luận", "ket-luan"),
    ("Quyết định", "quyet-dinh"),
)  # fmt: skip
# Named by issuer and subject through the directive path (their own cue); resolutions and
# conclusions share the plenum nicknames' cue.
_DIRECTIVE_WORDS = frozenset({"Chỉ thị", "Quyết định"})
_ISSUERS = (
    "bộ chính trị", "ban bí thư", "ban chấp hành trung ương đảng", "ban chấp hành trung ương",
    "trung ương", "chính phủ", "thủ tướng chính phủ", "quốc hội", "quân ủy trung ương",
    "đảng ủy công an trung ương", "ban thường vụ tỉnh ủy", "tỉnh ủy", "thành ủy",
)  # fmt: skip
_BY_ISSUER_RE = re.compile(
    rf"{_NO_LETTER_BEFORE}(?P<tw>"
    + "|".join(_HS1.join(map(re.escape, w.split())) for w, _ in _BY_ISSUER_WORDS)
    + rf"){_HS1}{_ci('của')}{_HS1}(?:"
    + "|".join(_ci(i) for i in sorted(_ISSUERS, key=len, reverse=True))
    + rf")(?:{_HS}\(?{_HS}{_ci('khóa')}{_HS1}[IVX]{{1,5}}{_HS}\)?)?"
    rf"(?={_HS1}{_ci('về')}{_NO_LETTER_AFTER})"
)
_BY_ISSUER_KINDS = {w: k for w, k in _BY_ISSUER_WORDS}
_CHI_THI_CUE = re.compile(rf"chỉ{_HS1}thị|quyết{_HS1}định")


def _by_issuer(text: str, pos: int, directive: bool = False) -> Citation | None:
    """'Chỉ thị của Ban Bí thư về ...' at `pos` (a directive), or 'Nghị quyết/Kết luận của
    ... về ...' (not one): kind from the word, no number."""
    m = _BY_ISSUER_RE.match(text, pos)
    if m is None:
        return None
    word = re.sub(r"\s+", " ", m["tw"])
    if (word in _DIRECTIVE_WORDS) != directive:
        return None
    kind = _BY_ISSUER_KINDS[word]
    return Citation(kind, None, None, None, None, m.start(), m.end())


def _directives_by_issuer(text: str, low: str | None) -> Iterator[Citation]:
    """Directives named by issuer and subject (resolutions and conclusions are found
    along with the plenum nicknames, whose cue they share)."""
    pattern, cue_text = (_CHI_THI_CUE, low) if low is not None else (_BY_ISSUER_RE, text)
    for start in (m.start() for m in pattern.finditer(cue_text)):
        citation = _by_issuer(text, start, directive=True)
        if citation is not None:
            yield citation


_TITLED_CUE = re.compile(rf"q(?:uy|ui){_HS1}chế|hiến{_HS1}pháp")


def _titled(text: str, low: str | None) -> Iterator[Citation]:
    """Working rules (quy chế) and constitutions named by title, with no number."""
    for m in _scan(_TITLED_RE, _TITLED_CUE, text, low):
        if m["qc"] is not None:
            yield Citation("quy-che", None, None, None, None, m.start(), m.end())
        else:
            yield Citation("hien-phap", None, None, int(m["y"]), None, m.start(), m.end())


_ORDINALS = {
    "nhất": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "mười ba": 13,
    "mười bốn": 14,
    "mười lăm": 15,
    "mười sáu": 16,
    "mười bảy": 17,
    "mười tám": 18,
    "mười chín": 19,
    "hai mươi": 20,
}
_ORD_ALT = "|".join(_ci(w) for w in sorted(_ORDINALS, key=len, reverse=True))
_CENTRAL = rf"(?:TW|TƯ|T\.Ư|T\.W|{_ci('trung ương')})"
_BCH = (
    rf"(?:{_ci('ban chấp hành')}|BCH){_HS1}{_CENTRAL}"
    rf"(?:{_HS1}{_ci('đảng')}{_NO_LETTER_AFTER})?"
)
_KHOA = _ci("khóa")
_ROMAN = r"[IVX]{1,5}(?![^\W\d_])"
# A term as written: "khóa XII" or, in news text, "khóa 12".
_TERM = rf"(?:{_ROMAN}|\d{{1,2}}(?![\d/.\-]))"
_PLENUM_RE = re.compile(
    rf"{_NO_LETTER_BEFORE}(?P<tw>{_ci('nghị quyết')}|{_ci('kết luận')}|NQ){_HS1}"
    rf"(?:{_ci('của')}{_HS1})?(?:{_ci('hội nghị')}{_HS1})?(?P<pre>{_CENTRAL}{_HS})?"
    rf"(?:(?:{_ci('lần')}{_HS1})?{_ci('thứ')}{_HS1}(?P<ord>{_ORD_ALT}|\d{{1,2}})"
    rf"|(?P<num>\d{{1,2}}))(?![^\W_])"
    rf"(?P<post>{_HS1}(?:{_ci('của')}{_HS1})?{_BCH})?"
    rf"(?P<term>{_HS}\({_HS}{_KHOA}{_HS1}{_TERM}"
    rf"(?:{_HS}[,;]{_HS}(?:{_KHOA}{_HS1})?{_TERM})*{_HS}\)"
    rf"|(?:{_HS},|{_HS}{_DASH}|){_HS}{_KHOA}{_HS1}{_TERM}"
    rf"(?:{_HS}(?:,|{_ci('và')}){_HS}(?:{_KHOA}{_HS1})?{_TERM})*)?"
)
_PLENUM_CUE = re.compile(f"{_cue('nghị quyết')}|{_cue('kết luận')}|nq")
_TERM_RE = re.compile(rf"(?:{_KHOA}{_HS1})?(?P<r>{_TERM})")
_ROMANS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
           "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")  # fmt: skip


def _roman(term: str) -> str:
    """A term in Roman numerals: "12" -> "XII"; Roman input is returned as is."""
    return _ROMANS[int(term)] if term.isdigit() and int(term) < len(_ROMANS) else term


# Plenum nicknames whose single resolution (or conclusion) is certain:
# (kind, plenum, term) -> (number, symbol, year).
_PLENUMS: dict[tuple[str, int, str], tuple[str, str, int]] = {
    ("nghi-quyet", 3, "X"): ("04", "NQ/TW", 2006),
    ("nghi-quyet", 4, "XI"): ("12", "NQ/TW", 2012),
    ("nghi-quyet", 9, "XI"): ("33", "NQ/TW", 2014),
    ("nghi-quyet", 4, "XII"): ("04", "NQ/TW", 2016),
    ("ket-luan", 4, "XIII"): ("21", "KL/TW", 2021),
}


def _plenum_citation(kind: str, plenum: int, term: str | None, start: int, end: int) -> Citation:
    """Citation for a plenum nickname, resolved through _PLENUMS when known."""
    known = _PLENUMS.get((kind, plenum, _roman(term or "")))
    if known is None:
        return Citation(kind, None, None, None, None, start, end)
    number, symbol, year = known
    return Citation(kind, number, symbol, year, None, start, end)


def _plenums(text: str, low: str | None) -> Iterator[Citation]:
    """'Nghị quyết Trung ương 4 khóa XII' and friends; 'khóa XI, XII' yields two; and
    'Nghị quyết của Bộ Chính trị về ...' with no number."""
    if low is None:  # no aligned cue text: try every position (rare, see find_citations)
        every: list[tuple[int, re.Match[str] | None]] = [
            (m.start(), None)
            for m in _BY_ISSUER_RE.finditer(text)
            if re.sub(r"\s+", " ", m["tw"]) not in _DIRECTIVE_WORDS
        ]
        every += [(m.start(), m) for m in _PLENUM_RE.finditer(text)]
        hits: Iterable[tuple[int, re.Match[str] | None]] = sorted(every, key=lambda h: h[0])
    else:
        hits = _cue_hits(_PLENUM_RE, _PLENUM_CUE, text, low)
    for pos, m in hits:
        if m is None:
            named = _by_issuer(text, pos)
            if named is not None:
                yield named
            continue
        if m["pre"] is None and (m["num"] is not None or m["post"] is None):
            # "Nghị quyết 26 của Ban Chấp hành Trung ương" is resolution no. 26: a plain
            # number is a plenum only right after "Trung ương"/"TW".
            continue
        kind = "ket-luan" if m["tw"].lower().startswith("k") else "nghi-quyet"
        plenum = int(m["num"]) if m["num"] else _ordinal(m["ord"])
        terms = list(_TERM_RE.finditer(text, m.start("term"), m.end("term"))) if m["term"] else []
        if len(terms) <= 1:
            term = terms[0]["r"] if terms else None
            yield _plenum_citation(kind, plenum, term, m.start(), m.end())
            continue
        yield _plenum_citation(kind, plenum, terms[0]["r"], m.start(), terms[0].end())
        for extra in terms[1:]:
            yield _plenum_citation(kind, plenum, extra["r"], extra.start(), extra.end())


def _ordinal(word: str) -> int:
    """Value of a written or digit ordinal ('tư' -> 4, '4' -> 4)."""
    if word.isdigit():
        return int(word)
    return _ORDINALS[re.sub(r"\s+", " ", _fold(word))]


_CONGRESS_RE = re.compile(
    rf"{_NO_LETTER_BEFORE}{_ci('nghị quyết')}{_HS1}{_ci('đại hội')}{_HS1}(?:"
    # National congress: "Nghị quyết Đại hội (đại biểu toàn quốc lần thứ) XIII".
    rf"(?:{_ci('đảng')}{_HS1})?(?:{_ci('đại biểu')}{_HS1})?(?:{_ci('toàn quốc')}{_HS1})?"
    rf"(?:{_ci('lần thứ')}{_HS1})?{_ROMAN}"
    # Local congress: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"; the place name is
    # free text, so it is bounded and may not cross punctuation.
    rf"|(?:{_ci('đại biểu')}{_HS1})?(?:{_ci('đảng bộ')}|{_ci('chi bộ')})"
    rf"[^\n,.;:()]{{0,40}}?{_HS1}{_ci('lần thứ')}{_HS1}{_ROMAN}"
    # Congresses of the mass organisations: "Nghị quyết Đại hội đại biểu phụ nữ toàn
    # quốc lần thứ XII", "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI".
    rf"|(?:{_ci('đại biểu')}{_HS1})?[^\n,.;:()]{{1,40}}?{_HS1}{_ci('lần thứ')}{_HS1}{_ROMAN}"
    # A named organisation's congress told by its term instead of its ordinal: "Nghị quyết
    # Đại hội Hội Nông dân huyện X khóa XI", "... Hội Nông dân Việt Nam, nhiệm kỳ 2023-2028".
    # Not "Đại hội Đảng các cấp": a family of congresses is no one document.
    rf"|(?:{_ci('đại biểu')}{_HS1})?(?:{_ci('toàn quốc')}{_HS1})?"
    rf"(?:Hội|Đoàn|Công{_HS1}đoàn|Mặt{_HS1}trận|Liên{_HS1}đoàn)(?!{_HS1}{_ci('các cấp')})"
    rf"[^\n,.;:()]{{1,50}}?(?:{_HS1}{_KHOA}{_HS1}{_ROMAN}"
    rf"|{_HS},?{_HS1}{_ci('nhiệm kỳ')}{_HS1}(?:19|20)\d\d{_HS}{_DASH}{_HS}(?:19|20)\d\d))"
)


def _congresses(text: str, low: str | None) -> Iterator[Citation]:
    """'Nghị quyết Đại hội XIII' and local congress resolutions: no number to vouch for."""
    for m in _CONGRESS_RE.finditer(text):
        yield Citation("nghi-quyet", None, None, None, None, m.start(), m.end())


# --------------------------------------------------------------------------- named laws

# Laws cited often enough that their exact name decides where the citation ends.
_KNOWN_LAW_NAMES = (
    "cán bộ, công chức",
    "viên chức",
    "phòng, chống tham nhũng",
    "thi đua, khen thưởng",
    "đất đai",
    "công an nhân dân",
    "tổ chức chính quyền địa phương",
    "tổ chức chính phủ",
    "tổ chức quốc hội",
    "ban hành văn bản quy phạm pháp luật",
    "thực hành tiết kiệm, chống lãng phí",
    "tiếp công dân",
    "khiếu nại",
    "tố cáo",
    "thanh tra",
    "an ninh mạng",
    "an ninh quốc gia",
    "bảo vệ bí mật nhà nước",
    "xử lý vi phạm hành chính",
    "nghĩa vụ quân sự",
    "quốc phòng",
    "dân quân tự vệ",
    "giáo dục",
    "bảo hiểm xã hội",
    "bảo hiểm y tế",
    "doanh nghiệp",
    "đầu tư công",
    "ngân sách nhà nước",
    "cư trú",
    "căn cước",
    "căn cước công dân",
    "phòng, chống ma túy",
    "phòng, chống bạo lực gia đình",
    "phòng cháy và chữa cháy",
    "phòng cháy, chữa cháy",
    "hôn nhân và gia đình",
    "lao động",
    "hình sự",
    "dân sự",
    "tố tụng hình sự",
    "tố tụng dân sự",
    "thực hiện dân chủ ở cơ sở",
    "báo chí",
    "xuất bản",
    "tín ngưỡng, tôn giáo",
    "an toàn thông tin mạng",
    "giao thông đường bộ",
    "trật tự, an toàn giao thông đường bộ",
    "nhà ở",
    "xây dựng",
    "quy hoạch",
    "thanh niên",
    "mặt trận tổ quốc việt nam",
    "công đoàn",
    "người cao tuổi",
    "bình đẳng giới",
    "phổ biến, giáo dục pháp luật",
    "hòa giải ở cơ sở",
    "lưu trữ",
    "tiếp cận thông tin",
    "quản lý, sử dụng tài sản công",
    "bảo vệ môi trường",
    "lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
    "sĩ quan quân đội nhân dân việt nam",
    # ordinances (pháp lệnh)
    "ưu đãi người có công với cách mạng",
    "thực hiện dân chủ ở xã, phường, thị trấn",
    "dân số",
    "cán bộ, công chức",
    "phòng, chống mại dâm",
    "quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
)
_KNOWN_LAWS = tuple(tuple(_fold(n).replace(",", " ").split()) for n in _KNOWN_LAW_NAMES)
# Words that end an unknown law name: function words and common verbs.
_LAW_STOP = frozenset(
    _fold(w)
    for w in (
        "của và được đã có là thì mà này đó với cho trong tại theo để ngày số khi nêu các "
        "những một cũng đều nhằm sẽ đang phải không về từ đến hiện năm như do vào trên sau "
        "trước thi ban hướng sửa bổ chi đảng nay mới ra gồm gắn quán triển thực hoặc"
    ).split()
)
# Openings that are not law names: "Luật sư" (lawyer), "Luật Việt Nam", "Luật Quốc tế".
_LAW_NOT_NAMES = frozenset(
    {"sư", "số", "pháp", "lệ", "gia", "chơi", "này", "đó", "việt nam", "quốc tế"}
)
_LAW_RE = re.compile(
    rf"{_NO_LETTER_BEFORE}(?:Bộ{_HS1}[Ll]uật|BỘ{_HS1}LUẬT|Luật|LUẬT"
    rf"|(?P<pl>Pháp{_HS1}lệnh|PHÁP{_HS1}LỆNH))(?={_HS1}{_LETTER})"
)
# The rest of a clause: an amending law's title runs to its year ("Luật Sửa đổi, bổ sung
# một số điều của Luật Tổ chức Chính phủ và Luật ... năm 2019") and names no other law.
_CLAUSE_RE = re.compile(r"[^;\n]{0,240}?(?=[;\n]|$)")
_LAW_WORD_RE = re.compile(rf"{_HS}(?P<comma>,)?{_HS}(?P<w>{_LETTER}+)")
_LAW_YEAR_RE = re.compile(rf"{_HS1}(?:{_ci('năm')}{_HS1})?(?P<y>(?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class _Word:
    text: str
    folded: str
    end: int
    comma: bool


def _law_words(text: str, pos: int) -> list[_Word]:
    """Up to fourteen words after "Luật", each remembering whether a comma preceded it."""
    words: list[_Word] = []
    while len(words) < 14:  # the longest known law name has thirteen words
        m = _LAW_WORD_RE.match(text, pos)
        if m is None or (m["comma"] and not words):
            break
        words.append(_Word(m["w"], _fold(m["w"]), m.end(), m["comma"] is not None))
        pos = m.end()
    return words


def _heuristic_law_length(text: str, words: list[_Word]) -> int:
    """Words in an unknown law name: stop at function words; keep one comma only if a
    year closes the name, since 'Luật Đất đai, chi bộ ...' is a list, not a name."""
    length, comma_at = 1, 0  # comma_at: words before the comma, 0 when there is none
    for i, word in enumerate(words[1:6], start=1):
        nxt = words[i + 1].folded if i + 1 < len(words) else ""
        if word.folded in _LAW_STOP or (word.folded == "quy" and nxt == "định"):
            break
        if word.comma:
            if comma_at or word.text[0].isupper():
                break
            comma_at = i
        length = i + 1
    if comma_at and _LAW_YEAR_RE.match(text, words[length - 1].end) is None:
        return comma_at
    return length


def _law_name_length(text: str, words: list[_Word]) -> int:
    """Number of words forming the law name, preferring the longest known name."""
    folded = tuple(w.folded for w in words)
    known = [len(k) for k in _KNOWN_LAWS if folded[: len(k)] == k]
    return max(known) if known else _heuristic_law_length(text, words)


def _law_end(text: str, end: int) -> tuple[int, int | None]:
    """End offset and year of a law or ordinance whose name ends at `end`."""
    date_end, _, year = _attached_date(text, end)  # "Luật Cư trú ngày 13 tháng 11 năm 2020"
    if year is not None:
        return date_end, year
    ym = _LAW_YEAR_RE.match(text, end)
    return (ym.end(), int(ym["y"])) if ym else (end, None)


def _amending_end(text: str, pos: int) -> tuple[int, int | None]:
    """End offset and year of an amending law's title starting at `pos`: up to its first
    year, or to the end of the clause."""
    clause = _CLAUSE_RE.match(text, pos)
    stop = clause.end() if clause else pos
    for ym in _AMEND_YEAR_RE.finditer(text, pos, stop):
        return ym.end(), int(ym["y"])
    return stop, None


_AMEND_YEAR_RE = re.compile(
    rf"(?:{_ci('năm')}{_HS1}|{_ci('tháng')}{_HS1}\d{{1,2}}{_HS1}{_ci('năm')}{_HS1})"
    rf"(?P<y>(?:19|20)\d\d)(?!\d)"
)


def _laws(text: str, low: str | None) -> Iterator[Citation]:
    """Named laws and ordinances: 'Luật Cán bộ, công chức năm 2008', 'Bộ luật Hình sự
    2015', 'Pháp lệnh cán bộ, công chức ngày 29 tháng 4 năm 2003'."""
    for m in _LAW_RE.finditer(text):
        kind = "phap-lenh" if m["pl"] else "luat"
        words = _law_words(text, m.end())
        if not words or (kind == "luat" and not words[0].text[0].isupper()):
            continue  # "Luật quy định ...": the word "law" in a sentence, not a law name
        if {words[0].folded, " ".join(w.folded for w in words[:2])} & _LAW_NOT_NAMES:
            continue
        if len(words) > 1 and (words[0].folded, words[1].folded) == ("sửa", "đổi"):
            end, year = _amending_end(text, m.end())
        else:
            end, year = _law_end(text, words[_law_name_length(text, words) - 1].end)
        yield Citation(kind, None, None, year, None, m.start(), end)


# Offsets (entities, NFC, spans in the original text) live in casebook.citation_offsets.


# --------------------------------------------------------------------------- public API

_FINDERS = (
    _typed,
    _bare_symbols,
    _plenums,
    _directives_by_issuer,
    _congresses,
    _statutes,
    _titled,
    _laws,
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
        needed += (_typed, _bare_symbols)
    nghi = "nghị" in low
    if nghi or "kết" in low or "nq" in low:
        needed.append(_plenums)
    # "Chỉ thị của Ban Bí thư về ...", "Quyết định của Thủ tướng Chính phủ về ...".
    if ("ỉ" in low and "thị của" in low) or "định của" in low:
        needed.append(_directives_by_issuer)
    if nghi and "đại" in low:
        needed.append(_congresses)
    if "điều" in low and "lệ" in low:
        needed.append(_statutes)
    quy_che = "Q" in text and ("quy chế" in low or "qui chế" in low)  # "Quy chế", "QUY CHẾ"
    if quy_che or "H" in text and "hiến pháp" in low:  # "Hiến pháp", "HIẾN PHÁP"
        needed.append(_titled)
    if "luật" in low or "P" in text and "pháp lệnh" in low:  # "Pháp lệnh", "PHÁP LỆNH"
        needed.append(_laws)
    return needed


_DIGIT = re.compile(r"\d")


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
    finders = _needed(scanned, low, _DIGIT.search(scanned) is not None)
    if not finders:
        return []
    # The cue text for `_scan`: a case-insensitive match of a type word is a match of
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
