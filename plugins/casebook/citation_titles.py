"""Documents named without a symbol: statutes (``Điều lệ Đảng``), titles (``Quy chế làm
việc ...``, ``Hiến pháp năm 2013``), documents named by issuer and subject, plenum
nicknames (``Nghị quyết Trung ương 4 khóa XII``) and congress resolutions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from casebook.citation_parts import (
    _DASH,
    _HS,
    _HS1,
    _NO_LETTER_AFTER,
    _NO_LETTER_BEFORE,
    Citation,
    _ci,
    _cue,
    _fold,
)
from casebook.citation_typed import _cue_hits, _scan

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
