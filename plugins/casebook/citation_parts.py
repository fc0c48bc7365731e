"""The shared pieces of `casebook.citations`: the `Citation` record, the regular-expression
parts every finder builds on (spaces, dashes, symbol tokens, dates) and the type words
that name a document's kind ("Nghị quyết", "Quy định", …)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass


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

LETTER = r"[^\W\d_]"
NO_LETTER_BEFORE = rf"(?<!{LETTER})"
NO_LETTER_AFTER = rf"(?!{LETTER})"
# Horizontal space only, and only a little: a reference never spans a paragraph break
# or a layout gap, and bounded runs keep backtracking cheap on hostile input.
HS = r"[ \t\u00a0\u202f]{0,4}"
HS1 = r"[ \t\u00a0\u202f]{1,4}"
DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"
SLASH = r"[/\u2215\u2044]"
# Symbols use capitals only; Ð (U+00D0, Icelandic eth) is a frequent stand-in for Đ.
_UP = "A-ZĐÐƯƠÂĂÊÔ"
# A symbol token; the lowercase tails cover QĐi, CTr, TTr, TTg and Ttri.
_TOKEN = rf"[{_UP}][{_UP}0-9]*(?:&[{_UP}][{_UP}0-9]*)*(?:tri|ri|i|r|g)?(?![^\W_])"
# A document number: digits, sometimes with one lower-case letter ("15a", "06b").
_NUM = r"\d{1,5}(?:[a-z](?![^\W_]))?"
_ISSUER = rf"{_TOKEN}(?:{DASH}{_TOKEN}){{0,2}}(?:{SLASH}{_TOKEN}(?:{DASH}{_TOKEN}){{0,2}})?"
# The hyphen is sometimes a slash ("512/QĐ/QUTW"); the type code must then be a known
# one (checked in `_bare_symbol_ok` and `_typed_match_ok`).
_PARTY = (
    rf"(?P<pnum>{_NUM})(?P<psep>{HS}{DASH}{HS}|{SLASH})(?P<ptype>{_TOKEN})"
    rf"{HS}{SLASH}{HS}(?P<piss>{_ISSUER})"
)
# After a type word the hyphen is often dropped ("Kế hoạch số 298 KH/TWĐTN", "hướng dẫn
# số 22HD/TWĐTN"); the type code must then be a known one (checked in `find_typed`).
_PARTY_LOOSE = (
    rf"(?P<pnum>{_NUM})(?P<psep>{HS}{DASH}{HS}|{SLASH}|{HS})(?P<ptype>{_TOKEN})"
    rf"{HS}{SLASH}{HS}(?P<piss>{_ISSUER})"
)
_STATE = (
    rf"(?P<snum>{_NUM}){HS}{SLASH}{HS}(?:(?P<syear>(?:19|20)\d\d){HS}{SLASH}{HS})?"
    rf"(?P<ssym>{_TOKEN}(?:{HS}{DASH}{HS}{_TOKEN}){{0,3}})"
)
# Compact or damaged State references after a type word: "Thông tư 01/2018",
# "22-2021-TT-BGDĐT", "10_2016_BGD", lower case "15/2020/nđ-cp".
_LOWER_TOKEN = r"[a-zđð][a-zđð0-9]*(?![^\W_])"
_COMPACT = (
    r"(?P<cnum>\d{1,4})(?P<csep>[-_/])(?P<cyear>(?:19|20)\d\d)"
    rf"(?:(?P=csep)(?P<csym>{_TOKEN}(?:{DASH}{_TOKEN}){{0,3}}"
    rf"|{_LOWER_TOKEN}(?:-{_LOWER_TOKEN}){{0,3}}))?(?![\d/])"
)


# Old-style tone placement ("khoá", "hoá") is as common as the new one ("khóa").
_CI_TONES = (("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("ọa", "oạ"), ("ủy", "uỷ"))


def ci(phrase: str) -> str:
    """Case-insensitive regex for a Vietnamese phrase, tolerant of Ð and tone placement."""
    out = re.escape(phrase).replace("đ", "[đð]").replace(r"\ ", HS1)
    for new, old in _CI_TONES:
        out = out.replace(new, f"(?:{new}|{old})")
    return f"(?i:{out})"


def cue(phrase: str) -> str:
    """Regex for a lower-case phrase in the lowered text (see `cued_finditer`) that matches
    wherever `ci(phrase)` matches the original. Case-sensitive on purpose: a pattern
    that opens with plain letters lets the regex engine skip to those letters."""
    out = re.escape(phrase).replace(r"\ ", HS1)
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


def fold_word(word: str) -> str:
    """Lower-case NFC word with one tone placement, for comparing against word lists."""
    out = unicodedata.normalize("NFC", word).lower().replace("ð", "đ")
    for old, new in _TONE_FOLDS:
        out = out.replace(old, new)
    return out


# (type word regex, kind, may be followed by a bare number without a symbol)
_TYPE_WORDS: tuple[tuple[str, str, bool], ...] = (
    (ci("nghị quyết"), "nghi-quyet", True),
    (ci("quy định"), "quy-dinh", True),
    (ci("qui định"), "quy-dinh", True),
    (ci("quyết định"), "quyet-dinh", True),
    (ci("chỉ thị"), "chi-thi", True),
    (ci("kết luận"), "ket-luan", True),
    (ci("hướng dẫn"), "huong-dan", True),
    (ci("kế hoạch"), "ke-hoach", True),
    (ci("thông báo"), "thong-bao", True),
    (ci("công văn"), "cong-van", True),
    (ci("quy chế"), "quy-che", True),
    (ci("qui chế"), "quy-che", True),
    (ci("nghị định"), "nghi-dinh", True),
    (ci("thông tư"), "thong-tu", True),
    # Capitalised only: lower-case "luật" is mostly "kỷ luật" (discipline), as in
    # "Quyết định kỷ luật số 05-QĐ/UBKT".
    (rf"(?:Bộ|BỘ|bộ){HS1}(?:[Ll]uật|LUẬT)", "luat", False),
    (r"(?:Luật|LUẬT)", "luat", False),
    (ci("đề án"), "de-an", True),
    (ci("thông tri"), "thong-tri", True),
    (ci("mệnh lệnh"), "lenh", True),
    # Other document types: only trusted when a full symbol follows.
    (ci("chương trình"), "chuong-trinh", False),
    (ci("báo cáo"), "bao-cao", False),
    (ci("tờ trình"), "to-trinh", False),
    (ci("công điện"), "cong-dien", False),
    (ci("pháp lệnh"), "phap-lenh", False),
    (ci("lệnh"), "lenh", False),
)
# The phrases given to ci above; every other type word is one of the two "luật" ones.
_TYPE_PHRASES = (
    "nghị quyết", "quy định", "qui định", "quyết định", "chỉ thị", "kết luận", "hướng dẫn",
    "kế hoạch", "thông báo", "công văn", "quy chế", "qui chế", "nghị định", "thông tư",
    "đề án", "thông tri", "mệnh lệnh", "chương trình", "báo cáo", "tờ trình", "công điện",
    "pháp lệnh", "lệnh",
)  # fmt: skip
TYPE_RES = tuple((re.compile(w), kind, bare) for w, kind, bare in _TYPE_WORDS)
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
_QUALIFIERS = "|".join(ci(w) for w in _QUALIFIER_PHRASES)

TYPED_RE = re.compile(
    rf"{NO_LETTER_BEFORE}(?P<tw>{_TYPE_ALT})(?P<qual>{HS1}(?:{_QUALIFIERS}))?{HS1}"
    rf"(?:(?P<so>{ci('số')}){HS}[:.]?{HS})?"
    rf"(?:{_PARTY_LOOSE}|{_STATE}|{_COMPACT}|(?P<nnum>{_NUM})(?!\d))"
)
# "22-2021-TT-BGDĐT" with no type word: only with a State type code.
_COMPACT_BARE = (
    rf"(?P<cnum>\d{{1,4}})(?P<csep>-)(?P<cyear>(?:19|20)\d\d)-"
    rf"(?P<csym>(?:TTLT|TT|NĐ|QĐ|NQ|CT)(?:-{_TOKEN}){{1,3}})(?![\d/])"
)
BARE_RE = re.compile(rf"(?<![\w/.\-\u2013])(?:{_PARTY}|{_STATE}|{_COMPACT_BARE})")
# Where a match of TYPED_RE (in the lowered text) or of BARE_RE can start.
# Type words that open with a letter common in Vietnamese ("m", "p", "l") would make the
# cue stop everywhere; they get their own cue, used only in texts that hold "lệnh".
_RARE_TYPE_PHRASES = ("mệnh lệnh", "pháp lệnh", "lệnh")
TYPED_CUE = re.compile(
    "|".join(cue(w) for w in _TYPE_PHRASES if w not in _RARE_TYPE_PHRASES) + rf"|bộ{HS1}luật|luật"
)
TYPED_CUE_ALL = re.compile("|".join(cue(w) for w in _TYPE_PHRASES) + rf"|bộ{HS1}luật|luật")
# A match of TYPED_RE has its first digit at most this far from its start: the longest
# type word and qualifier (a space in them may be up to four), "số", spaces and ":".
TYPED_LEAD = (
    max(len(w) + 3 * w.count(" ") for w in (*_TYPE_PHRASES, "bộ luật"))
    + 4 + max(len(w) + 3 * w.count(" ") for w in _QUALIFIER_PHRASES)
    + 4 + len("số") + 4 + 1 + 4
)  # fmt: skip
BARE_CUE = re.compile(rf"\d\d{{0,4}}{HS}[-\u2010-\u2014/\u2215\u2044]")
SO_BEFORE_RE = re.compile(rf"{ci('số')}{HS}[:.]?{HS}$")

# Date words, also as typed without diacritics ("ngay 15/5/2016").
_NGAY = rf"(?:{ci('ngày')}|(?i:ngay))"
_THANG = rf"(?:{ci('tháng')}|(?i:thang))"
_NAM = rf"(?:{ci('năm')}|(?i:nam))"
DATE_RE = re.compile(
    rf"{HS}(?:,{HS})?(?:{_NGAY}{HS})?(?:"
    rf"(?P<d>\d{{1,2}}){HS}(?P<sep>[/.\-\u2013]){HS}(?P<m>\d{{1,2}}){HS}(?P=sep){HS}"
    rf"(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}){HS1}{_THANG}{HS1}(?P<m2>\d{{1,2}}){HS}(?:,{HS})?"
    rf"{_NAM}{HS1}(?P<y2>\d{{4}}))(?!\d)"
)
DIGIT = re.compile(r"\d")
