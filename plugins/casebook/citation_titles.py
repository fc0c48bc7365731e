"""Documents named without a symbol: statutes (``Điều lệ Đảng``), titles (``Quy chế làm
việc ...``, ``Hiến pháp năm 2013``), documents named by issuer and subject, plenum
nicknames (``Nghị quyết Trung ương 4 khóa XII``) and congress resolutions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from casebook.citation_parts import (
    DASH,
    HS,
    HS1,
    NO_LETTER_AFTER,
    NO_LETTER_BEFORE,
    Citation,
    ci,
    cue,
    fold_word,
)
from casebook.citation_typed import cue_hits, cued_finditer

# --------------------------------------------------------------------------- statute, plenums

# Capitalised words naming an organisation: "Đoàn TNCS Hồ Chí Minh", "Hội Nông dân".
_ORG_NAME = (
    rf"(?:{HS1}(?:(?=[A-ZĐÂĂÊÔƠƯ])[^\W\d_]+"
    rf"|(?:niên|nữ|dân|chiến|binh|sản|hiệp|phụ|nông|cựu|thanh)(?![^\W\d_]))){{0,7}}"
)
_STATUTE_RE = re.compile(
    rf"{NO_LETTER_BEFORE}{ci('điều lệ')}{HS1}(?:{ci('của')}{HS1})?(?:{ci('đảng')}"
    rf"(?:{HS1}{ci('cộng sản việt nam')})?"
    # Statutes of the mass organisations: "Điều lệ Đoàn TNCS Hồ Chí Minh", "Điều lệ Hội
    # Nông dân Việt Nam", "Điều lệ Công đoàn Việt Nam" (capitalised: proper names).
    rf"|(?:Đoàn|ĐOÀN|Công{HS1}đoàn|CÔNG{HS1}ĐOÀN|(?:Hội|HỘI)(?!{HS1}(?:nghị|đồng|thảo)))"
    rf"{_ORG_NAME}){NO_LETTER_AFTER}"
    # "Điều lệ Đảng Cộng sản Việt Nam 2011", "... khoá XI (2011)", "... năm 2011".
    rf"(?:{HS}(?:(?:{ci('khóa')}{HS1}[IVX]{{1,5}}{HS})?\({HS})?(?:{ci('năm')}{HS1})?"
    rf"(?P<y>(?:19|20)\d\d)(?!\d)(?:{HS}\))?)?"
)


def find_statutes(text: str, low: str | None) -> Iterator[Citation]:
    """Statutes of the Party and of the mass organisations; 'Điều 30' alone is an
    article number and never matches."""
    for m in _STATUTE_RE.finditer(text):
        year = int(m["y"]) if m["y"] else None
        yield Citation("dieu-le", None, None, year, None, m.start(), m.end())


# Unnumbered documents named by title: "Quy chế làm việc của Ban Chấp hành Trung ương ...",
# "Hiến pháp năm 2013". Capitalised only: "xây dựng quy chế làm việc" in prose is generic.
_TITLED_RE = re.compile(
    rf"{NO_LETTER_BEFORE}(?:(?P<qc>(?:Quy|Qui|QUY){HS1}(?:chế|CHẾ){HS1}"
    rf"(?:{ci('làm việc')}|{ci('hoạt động')}|{ci('bầu cử')}|{ci('phối hợp')}"
    rf"|{ci('tổ chức và hoạt động')}))"
    rf"|(?P<hp>(?:Hiến|HIẾN){HS1}(?:pháp|PHÁP)"
    rf"(?:{HS1}{ci('nước cộng hòa xã hội chủ nghĩa việt nam')})?"
    rf"{HS1}(?:{ci('năm')}{HS1})?(?P<y>(?:19|20)\d\d)(?!\d)))"
    rf"{NO_LETTER_AFTER}"
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
    rf"{NO_LETTER_BEFORE}(?P<tw>"
    + "|".join(HS1.join(map(re.escape, w.split())) for w, _ in _BY_ISSUER_WORDS)
    + rf"){HS1}{ci('của')}{HS1}(?:"
    + "|".join(ci(i) for i in sorted(_ISSUERS, key=len, reverse=True))
    + rf")(?:{HS}\(?{HS}{ci('khóa')}{HS1}[IVX]{{1,5}}{HS}\)?)?"
    rf"(?={HS1}{ci('về')}{NO_LETTER_AFTER})"
)
_BY_ISSUER_KINDS = {w: k for w, k in _BY_ISSUER_WORDS}
_CHI_THI_CUE = re.compile(rf"chỉ{HS1}thị|quyết{HS1}định")


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


def find_directives_by_issuer(text: str, low: str | None) -> Iterator[Citation]:
    """Directives named by issuer and subject (resolutions and conclusions are found
    along with the plenum nicknames, whose cue they share)."""
    pattern, cue_text = (_CHI_THI_CUE, low) if low is not None else (_BY_ISSUER_RE, text)
    for start in (m.start() for m in pattern.finditer(cue_text)):
        citation = _by_issuer(text, start, directive=True)
        if citation is not None:
            yield citation


_TITLED_CUE = re.compile(rf"q(?:uy|ui){HS1}chế|hiến{HS1}pháp")


def find_titled(text: str, low: str | None) -> Iterator[Citation]:
    """Working rules (quy chế) and constitutions named by title, with no number."""
    for m in cued_finditer(_TITLED_RE, _TITLED_CUE, text, low):
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
_ORD_ALT = "|".join(ci(w) for w in sorted(_ORDINALS, key=len, reverse=True))
_CENTRAL = rf"(?:TW|TƯ|T\.Ư|T\.W|{ci('trung ương')})"
_BCH = (
    rf"(?:{ci('ban chấp hành')}|BCH){HS1}{_CENTRAL}"
    rf"(?:{HS1}{ci('đảng')}{NO_LETTER_AFTER})?"
)
_KHOA = ci("khóa")
_ROMAN = r"[IVX]{1,5}(?![^\W\d_])"
# A term as written: "khóa XII" or, in news text, "khóa 12".
_TERM = rf"(?:{_ROMAN}|\d{{1,2}}(?![\d/.\-]))"
_PLENUM_RE = re.compile(
    rf"{NO_LETTER_BEFORE}(?P<tw>{ci('nghị quyết')}|{ci('kết luận')}|NQ){HS1}"
    rf"(?:{ci('của')}{HS1})?(?:{ci('hội nghị')}{HS1})?(?P<pre>{_CENTRAL}{HS})?"
    rf"(?:(?:{ci('lần')}{HS1})?{ci('thứ')}{HS1}(?P<ord>{_ORD_ALT}|\d{{1,2}})"
    rf"|(?P<num>\d{{1,2}}))(?![^\W_])"
    rf"(?P<post>{HS1}(?:{ci('của')}{HS1})?{_BCH})?"
    rf"(?P<term>{HS}\({HS}{_KHOA}{HS1}{_TERM}"
    rf"(?:{HS}[,;]{HS}(?:{_KHOA}{HS1})?{_TERM})*{HS}\)"
    rf"|(?:{HS},|{HS}{DASH}|){HS}{_KHOA}{HS1}{_TERM}"
    rf"(?:{HS}(?:,|{ci('và')}){HS}(?:{_KHOA}{HS1})?{_TERM})*)?"
)
_PLENUM_CUE = re.compile(f"{cue('nghị quyết')}|{cue('kết luận')}|nq")
_TERM_RE = re.compile(rf"(?:{_KHOA}{HS1})?(?P<r>{_TERM})")
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


def find_plenums(text: str, low: str | None) -> Iterator[Citation]:
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
        hits = cue_hits(_PLENUM_RE, _PLENUM_CUE, text, low)
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
    return _ORDINALS[re.sub(r"\s+", " ", fold_word(word))]


_CONGRESS_RE = re.compile(
    rf"{NO_LETTER_BEFORE}{ci('nghị quyết')}{HS1}{ci('đại hội')}{HS1}(?:"
    # National congress: "Nghị quyết Đại hội (đại biểu toàn quốc lần thứ) XIII".
    rf"(?:{ci('đảng')}{HS1})?(?:{ci('đại biểu')}{HS1})?(?:{ci('toàn quốc')}{HS1})?"
    rf"(?:{ci('lần thứ')}{HS1})?{_ROMAN}"
    # Local congress: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"; the place name is
    # free text, so it is bounded and may not cross punctuation.
    rf"|(?:{ci('đại biểu')}{HS1})?(?:{ci('đảng bộ')}|{ci('chi bộ')})"
    rf"[^\n,.;:()]{{0,40}}?{HS1}{ci('lần thứ')}{HS1}{_ROMAN}"
    # Congresses of the mass organisations: "Nghị quyết Đại hội đại biểu phụ nữ toàn
    # quốc lần thứ XII", "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI".
    rf"|(?:{ci('đại biểu')}{HS1})?[^\n,.;:()]{{1,40}}?{HS1}{ci('lần thứ')}{HS1}{_ROMAN}"
    # A named organisation's congress told by its term instead of its ordinal: "Nghị quyết
    # Đại hội Hội Nông dân huyện X khóa XI", "... Hội Nông dân Việt Nam, nhiệm kỳ 2023-2028".
    # Not "Đại hội Đảng các cấp": a family of congresses is no one document.
    rf"|(?:{ci('đại biểu')}{HS1})?(?:{ci('toàn quốc')}{HS1})?"
    rf"(?:Hội|Đoàn|Công{HS1}đoàn|Mặt{HS1}trận|Liên{HS1}đoàn)(?!{HS1}{ci('các cấp')})"
    rf"[^\n,.;:()]{{1,50}}?(?:{HS1}{_KHOA}{HS1}{_ROMAN}"
    rf"|{HS},?{HS1}{ci('nhiệm kỳ')}{HS1}(?:19|20)\d\d{HS}{DASH}{HS}(?:19|20)\d\d))"
)


def find_congresses(text: str, low: str | None) -> Iterator[Citation]:
    """'Nghị quyết Đại hội XIII' and local congress resolutions: no number to vouch for."""
    for m in _CONGRESS_RE.finditer(text):
        yield Citation("nghi-quyet", None, None, None, None, m.start(), m.end())
