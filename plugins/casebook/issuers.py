"""Which central Party body a text says issued a cited document.

Articles often name the issuer next to a citation ("Quy định số 109-QĐ/TW … của Ban
Bí thư", "Bộ Chính trị ban hành Chỉ thị số 35-CT/TW") and sometimes name the wrong one.
`stated_issuer` reads the words right after a citation span (after an optional date or
term: "khóa XII", "ngày 3/1/2018") or right before it ("… ban hành"), and answers with a
canonical key from `ISSUERS`. `issuer_key` maps a registry issuer to the same keys.

Only central bodies are known: their names are fixed, and "TW" in a symbol does not tell
them apart, which is where articles err. A local issuer ("Ban Thường vụ Tỉnh ủy") is not
compared: its name varies with the place and abbreviation, so a comparison would mostly
raise false alarms. Matching is on folded lower-case text (no diacritics), so "Uỷ" and
"Ủy", or a text typed without marks, read the same.
"""

from __future__ import annotations

import re

from casebook.text import fold

# (key, name shown to editors, folded lower-case patterns). More specific names first:
# "ban bi thu trung uong" is the Secretariat, not the Central Committee.
ISSUERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ban-bi-thu", "Ban Bí thư", (r"ban bi thu(?: trung uong)?(?: dang)?",)),
    ("bo-chinh-tri", "Bộ Chính trị", (r"bo chinh tri",)),
    ("ubkt-tw", "Ủy ban Kiểm tra Trung ương",
     (r"uy ban kiem tra trung uong(?: dang)?", r"ubkt ?(?:trung uong|tw)")),
    ("ban-to-chuc-tw", "Ban Tổ chức Trung ương", (r"ban to chuc trung uong", r"btctw")),
    ("ban-tuyen-giao-tw", "Ban Tuyên giáo Trung ương",
     (r"ban tuyen giao trung uong", r"btgtw")),
    ("van-phong-tw", "Văn phòng Trung ương Đảng", (r"van phong trung uong(?: dang)?",)),
    ("bch-tw", "Ban Chấp hành Trung ương",
     (r"ban chap hanh trung uong(?: dang)?", r"bch ?(?:trung uong|tw)(?: dang)?",
      r"hoi nghi (?:lan thu \w+ )?(?:ban chap hanh )?trung uong(?: lan thu)?(?: \d+)?")),
)  # fmt: skip

NAMES = {key: name for key, name, _ in ISSUERS}

_ALTERNATIVES = [(key, pattern) for key, _, patterns in ISSUERS for pattern in patterns]
_ANY = "|".join(f"(?P<{key.replace('-', '_')}_{i}>{pattern})"
                for i, (key, pattern) in enumerate(_ALTERNATIVES))  # fmt: skip
_ANY_RE = re.compile(rf"\b(?:{_ANY})\b")

_TERM = r"(?:,? ?\(?khoa [ivxl]+\)?)"
_DATE = r"(?:,? ?(?:ban hanh )?ngay \d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}| thang \d{1,2} nam \d{4}))"
# After the citation: optional term and date, then "của" or "do" and the issuer.
_AFTER_RE = re.compile(rf"^\s*{_TERM}?\s*{_DATE}?\s*,?\s*(?:cua|do)\s+(?:{_ANY})\b")
# Before the citation: the issuer as the subject of "(đã) ban hành".
_BEFORE_RE = re.compile(rf"\b(?:{_ANY}){_TERM}?\s+(?:da |vua )?ban hanh\s*(?:ra\s*)?$")

_WINDOW = 160  # characters read on either side of a citation


def _key(match: re.Match[str]) -> str | None:
    for group, value in match.groupdict().items():
        if value is not None:
            return _ALTERNATIVES[int(group.rsplit("_", 1)[1])][0]
    return None


def issuer_key(name: str | None) -> str | None:
    """The key of the first central body named in a registry issuer, if any:
    'Ban Chấp hành Trung ương Đảng khóa XIII (Hội nghị Trung ương 4)' → 'bch-tw'."""
    if not name:
        return None
    match = _ANY_RE.search(fold(name).lower())
    return _key(match) if match else None


def stated_issuer(text: str, start: int, end: int, before_from: int = 0,
                  after_to: int | None = None) -> str | None:  # fmt: skip
    """The key of the body `text` says issued the citation at [start, end), or None.

    `before_from` and `after_to` bound the search (the end of the previous citation, the
    start of the next one), so an issuer named for a neighbouring document is not taken.
    """
    stop = len(text) if after_to is None else after_to
    after = fold(text[end : min(stop, end + _WINDOW)]).lower().split("\n\n", 1)[0]
    match = _AFTER_RE.match(after)
    if match is None:
        before = fold(text[max(before_from, start - _WINDOW) : start]).lower()
        match = _BEFORE_RE.search(before.rsplit("\n\n", 1)[-1])
    return _key(match) if match else None
