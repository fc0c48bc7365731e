"""References by number and symbol: after a type word (``Quy định số 22-QĐ/TW``), bare
(``08-QĐi/TW``), glued (``TT28/2019``) and number-only (``Chỉ thị 05``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from casebook.citation_parts import (
    BARE_CUE,
    BARE_RE,
    DASH,
    DIGIT,
    HS,
    HS1,
    LETTER,
    NO_LETTER_AFTER,
    SO_BEFORE_RE,
    TYPE_RES,
    TYPED_CUE,
    TYPED_CUE_ALL,
    TYPED_LEAD,
    TYPED_RE,
    Citation,
)
from casebook.citation_symbols import (
    PARTY_TYPES,
    SYMBOL_KINDS,
    WEAK_WORD_KINDS,
    attached_date,
    canon_symbol,
    canon_token,
    kind_of,
    symbol_kind,
    undated_symbol_year,
)

# --------------------------------------------------------------------------- symbols in text


def _compact_parts(m: re.Match[str]) -> tuple[str, str | None, int | None, int]:
    """Number, symbol, year and end of a _COMPACT match: "Thông tư 01/2018"."""
    compact = canon_symbol(m["csym"].upper()) if m["csym"] else None
    if compact is not None and symbol_kind(compact) in ("other", "cong-van"):
        compact = None  # "10_2016_BGD": a truncated symbol is no symbol
    return m["cnum"], compact, int(m["cyear"]), m.end()


def _symbol_citation(text: str, m: re.Match[str], start: int, kind: str | None) -> Citation:
    """Citation for a match holding _PARTY, _STATE or _COMPACT groups, with any
    attached date. (Called for every symbol of every build: kept flat.)"""
    symbol: str | None
    if m["pnum"] is not None:
        number, written_year, sym_end = m["pnum"], None, m.end("piss")
        symbol = canon_symbol(text[m.start("ptype") : sym_end])
    elif m["snum"] is not None:
        number, sym_end = m["snum"], m.end("ssym")
        written_year = int(m["syear"]) if m["syear"] else None
        symbol = canon_symbol(m["ssym"])
    else:
        number, symbol, written_year, sym_end = _compact_parts(m)
    end, date, date_year = attached_date(text, sym_end)
    if date_year is None:
        end, date, date_year = undated_symbol_year(text, sym_end)
    # A year printed inside the symbol (30/2020/NĐ-CP) is authoritative.
    year = written_year if written_year is not None else date_year
    if symbol is None:
        return Citation(kind or "other", number, None, year, date, start, end)
    if kind is None or kind in WEAK_WORD_KINDS:
        kind = kind_of(kind, symbol)
    return Citation(kind, number, symbol, year, date, start, end)


def _bare_symbol_ok(text: str, m: re.Match[str]) -> bool:
    """Whether a symbol with no type word in front is trustworthy on its own."""
    if m["cnum"] is not None:
        return True
    if m["pnum"] is not None:
        if canon_token(m["ptype"]) in PARTY_TYPES:
            return True
        if _DASH_CHARS.isdisjoint(m["psep"]):
            return False  # "12/AB/CD": a slash before an unknown code is no symbol
        return SO_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
    # A State symbol needs its year, an issuer part or a known type code ("12/LCT"),
    # otherwise "12/KV3" would count.
    if m["syear"] is not None or re.search(DASH, m["ssym"]) is not None:
        return True
    return canon_token(m["ssym"]) in SYMBOL_KINDS and len(m["ssym"]) > 2


def cued_finditer(
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
    while hit is not None:  # `cue_hits` inlined: this loop is the hottest of all
        found = pattern.match(text, hit.start())
        resume = hit.start() + 1
        if found is not None:
            yield found
            resume = max(resume, found.end())
        hit = cue.search(cue_text, resume)


def cue_hits(
    pattern: re.Pattern[str], cue: re.Pattern[str], text: str, cue_text: str, start: int = 0
) -> Iterator[tuple[int, re.Match[str] | None]]:
    """Each cue position with the match of `pattern` there, or None (see `cued_finditer`)."""
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
    kind = _GLUED_KINDS[canon_token(m["t"]).replace("ND", "NĐ")]
    return Citation(kind, m["n"], None, int(m["y"]), None, m.start(), m.end())


def find_bare_symbols(text: str, low: str | None) -> Iterator[Citation]:
    """Symbols written without a type word: '08-QĐi/TW', '14/KH-CAH', 'TT28/2019'.
    (`cued_finditer` by hand: a cue where the symbol does not match may be a glued one.)"""
    hit = BARE_CUE.search(text)
    while hit is not None:
        resume = hit.start() + 1
        m = BARE_RE.match(text, hit.start())
        if m is not None:
            resume = max(resume, m.end())
            if _bare_symbol_ok(text, m):
                yield _symbol_citation(text, m, m.start(), None)
        elif hit.start() >= 2 and text[hit.start() - 1] in "TĐÐDQ":
            glued = _glued(text, hit.start())
            if glued is not None:
                resume = glued.end
                yield glued
        hit = BARE_CUE.search(text, resume)


@lru_cache(maxsize=4096)
def _type_word_kind(word: str) -> tuple[str, bool]:
    """Kind of a type word and whether it may be followed by a bare number."""
    for pattern, kind, bare_ok in TYPE_RES:
        if pattern.fullmatch(word):
            return kind, bare_ok
    raise AssertionError(word)  # pragma: no cover - _TYPE_ALT is built from TYPE_RES


# Kinds whose documents are numbered "N/YYYY/...", so "Thông tư 01/2018" is one of them.
_COMPACT_KINDS = frozenset({"thong-tu", "nghi-dinh", "quyet-dinh", "nghi-quyet", "chi-thi", "luat"})


def _typed_match_ok(m: re.Match[str], kind: str) -> bool:
    """Whether a symbol-shaped match after a type word is really a symbol."""
    if m["pnum"] is not None and _DASH_CHARS.isdisjoint(m["psep"]):
        return canon_token(m["ptype"]) in PARTY_TYPES  # "số 298 KH/TWĐTN"
    if m["cnum"] is not None:
        # "Kế hoạch 2/2021" may be a month; "22-2021" needs its symbol to be a reference.
        return kind in _COMPACT_KINDS and (m["csep"] != "-" or m["csym"] is not None)
    return True


def find_typed(text: str, low: str | None) -> Iterator[Citation]:
    """References introduced by a type word: 'Quy định số 22-QĐ/TW', 'Chỉ thị 05'."""
    digit = DIGIT.search(text)
    if digit is None:
        return
    cue = TYPED_CUE_ALL if low is not None and "lệnh" in low else TYPED_CUE
    for m in cued_finditer(TYPED_RE, cue, text, low, max(0, digit.start() - TYPED_LEAD)):
        kind, bare_ok = _type_word_kind(m["tw"])
        if m["nnum"] is None:
            if _typed_match_ok(m, kind):
                yield _symbol_citation(text, m, m.start(), kind)
        elif bare_ok and m["qual"] is None:  # "kế hoạch kiểm tra 5 đảng viên" is a count
            citation = _number_only(text, m, kind)
            if citation is not None:
                yield citation


_DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014")  # the characters of DASH


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
_NEXT_WORD_RE = re.compile(rf"{HS}(?P<w>{LETTER}+)")
_COUNT_TAIL_RE = re.compile(rf"[%‰]|[/.,:]\d|{HS}{DASH}{HS}\d|{HS}\d")


# Words that may follow a number after a capitalised type word ("Quy định 22 gồm 7
# chương"), where in lower case they would make a count ("quy định 2 có ...").
_TITLED_CONNECTORS = frozenset({"có", "gồm", "quy", "yêu", "chỉ", "đề", "xác"})
_MANNER_RE = re.compile(rf"{HS}(?:một|Một){HS1}cách{NO_LETTER_AFTER}")


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
    end, date, year = attached_date(text, pos)
    if date is None and year is None:
        has_so = m["so"] is not None
        # "Kế hoạch 2023" is a plan for a year, not document no. 2023.
        if not has_so and re.fullmatch(r"(?:19[4-9]|20\d)\d", number):
            return None
        titled = m["tw"][0].isupper() and not m["tw"][1:2].isupper()
        if not _number_follower_ok(text, pos, has_so, titled):
            return None
    return Citation(kind, number, None, year, date, m.start(), end)
