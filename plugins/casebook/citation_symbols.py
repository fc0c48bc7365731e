"""Document symbols (``22-QĐ/TW``, ``30/2020/NĐ-CP``): canonical spelling, the kind a
type code implies, and the issuing date or year attached after a reference."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from casebook.citation_parts import DASH, DATE_RE, HS, HS1, LETTER, SLASH, ci

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
SYMBOL_KINDS = {
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
PARTY_TYPES = frozenset(SYMBOL_KINDS) | {"QĐ"}


# The next three are pure functions of short strings, and a corpus cites few distinct
# symbols: memoised.
@lru_cache(maxsize=4096)
def canon_token(token: str) -> str:
    """Canonical spelling of one symbol token (Đ, QĐi, TW, ...)."""
    upper = token.replace("Ð", "Đ").upper()
    if upper in _TOKEN_CANON:
        return _TOKEN_CANON[upper]
    if upper.endswith("TƯ"):  # BTCTƯ, UBKTTƯ: the TW spelling is the canonical one
        upper = upper[:-2] + "TW"
    return upper


@lru_cache(maxsize=4096)
def canon_symbol(raw: str) -> str:
    """Canonical symbol: no spaces, ASCII '-' and '/', canonical tokens."""
    compact = re.sub(r"\s+", "", raw)
    compact = re.sub(DASH, "-", compact)
    compact = re.sub(SLASH, "/", compact)
    parts = re.split(r"([-/])", compact)
    return "".join(p if p in "-/" else canon_token(p) for p in parts)


@lru_cache(maxsize=4096)
def symbol_kind(symbol: str) -> str:
    """Document kind implied by the type abbreviation that opens a symbol."""
    first = re.split(r"[-/]", symbol)[0]
    if first == "QĐ":
        # QĐ is both "quyết định" and "quy định"; Central Committee QĐs are mostly the latter.
        return "quy-dinh" if symbol == "QĐ/TW" else "quyet-dinh"
    if re.fullmatch(r"QH\d*", first):  # 52/2019/QH14: laws passed by the National Assembly
        return "luat"
    if first in SYMBOL_KINDS:
        return SYMBOL_KINDS[first]
    # A State symbol that opens with its issuer (1234/UBND-VX, 73/TTg-CN) is a letter.
    return "other" if "/" in symbol or first in PARTY_TYPES else "cong-van"


# Word kinds that a symbol's own type code overrides ("Công văn 05-QC/TW" is a quy chế).
WEAK_WORD_KINDS = frozenset({"cong-van", "other"})


@lru_cache(maxsize=4096)
def kind_of(word_kind: str | None, symbol: str) -> str:
    """The kind of a symbol citation: the word's, unless the word is generic."""
    from_symbol = symbol_kind(symbol)
    if word_kind is None:
        return from_symbol
    first = re.split(r"[-/]", symbol)[0]
    if word_kind in WEAK_WORD_KINDS and (first in SYMBOL_KINDS or first == "QĐ"):
        return from_symbol
    return word_kind


# --------------------------------------------------------------------------- dates


def _parse_date(m: re.Match[str]) -> tuple[dt.date | None, int]:
    """Date and written year of a DATE_RE match; the date is None when impossible."""
    day, month, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return dt.date(int(year), int(month), int(day)), int(year)
    except ValueError:
        return None, int(year)


def attached_date(text: str, pos: int) -> tuple[int, dt.date | None, int | None]:
    """End offset, date and year of a date phrase starting at ``pos`` (or pos, None, None)."""
    m = DATE_RE.match(text, pos)
    if m is None:
        return pos, None, None
    date, year = _parse_date(m)
    if not 1900 <= year <= 2100:
        return pos, None, None
    return m.end(), date, year


# A document header: "Số: 29-QĐ/TW | Hà Nội, ngày 25 tháng 7 năm 2016" or "Số 06-CT/TW
# ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày ...": capitalised words, a comma, then "ngày".
_HEADER_GAP_RE = re.compile(
    rf"{HS}(?:\|{HS})?(?P<words>(?:{LETTER}+{HS1}){{0,7}}{LETTER}+){HS},"
    rf"(?={HS}{ci('ngày')})"
)
# "Quy định 29-QĐ/TW năm 2016", "Quyết định 439/QĐ-TTg 2023".
_YEAR_AFTER_RE = re.compile(rf"{HS1}(?:{ci('năm')}{HS1})?(?P<y>(?:19|20)\d\d)(?![\d/.\-\u2013])")


def undated_symbol_year(text: str, pos: int) -> tuple[int, dt.date | None, int | None]:
    """For a symbol with no date right after it: a header date after a place name ("Số:
    29-QĐ/TW | Hà Nội, ngày ...") or a bare year ("năm 2016", "2023")."""
    # Cheap necessary conditions first: a capital or "|" next, "ngày" close behind.
    nxt = text[pos + 1 : pos + 2] if text[pos : pos + 1] == " " else text[pos : pos + 1]
    if (nxt == "|" or nxt.isupper()) and text.find("ngày", pos, pos + 90) > 0:
        gap = _HEADER_GAP_RE.match(text, pos)
        if gap is not None and all(w[0].isupper() for w in gap["words"].split()):
            end, date, year = attached_date(text, gap.end())
            if year is not None:
                return end, date, year
    ym = _YEAR_AFTER_RE.match(text, pos) if nxt.isdigit() or nxt in "nN" else None
    if ym is not None:
        return ym.end(), None, int(ym["y"])
    return pos, None, None
