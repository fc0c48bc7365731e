"""Named laws (``Luật Cán bộ, công chức 2008``) and ordinances: where the name ends."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from casebook.citation_parts import HS, HS1, LETTER, NO_LETTER_BEFORE, Citation, ci, fold_word
from casebook.citation_symbols import attached_date

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
_KNOWN_LAWS = tuple(tuple(fold_word(n).replace(",", " ").split()) for n in _KNOWN_LAW_NAMES)
# Words that end an unknown law name: function words and common verbs.
_LAW_STOP = frozenset(
    fold_word(w)
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
    rf"{NO_LETTER_BEFORE}(?:Bộ{HS1}[Ll]uật|BỘ{HS1}LUẬT|Luật|LUẬT"
    rf"|(?P<pl>Pháp{HS1}lệnh|PHÁP{HS1}LỆNH))(?={HS1}{LETTER})"
)
# The rest of a clause: an amending law's title runs to its year ("Luật Sửa đổi, bổ sung
# một số điều của Luật Tổ chức Chính phủ và Luật ... năm 2019") and names no other law.
_CLAUSE_RE = re.compile(r"[^;\n]{0,240}?(?=[;\n]|$)")
_LAW_WORD_RE = re.compile(rf"{HS}(?P<comma>,)?{HS}(?P<w>{LETTER}+)")
_LAW_YEAR_RE = re.compile(rf"{HS1}(?:{ci('năm')}{HS1})?(?P<y>(?:19|20)\d\d)(?!\d)")


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
        words.append(_Word(m["w"], fold_word(m["w"]), m.end(), m["comma"] is not None))
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
    date_end, _, year = attached_date(text, end)  # "Luật Cư trú ngày 13 tháng 11 năm 2020"
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
    rf"(?:{ci('năm')}{HS1}|{ci('tháng')}{HS1}\d{{1,2}}{HS1}{ci('năm')}{HS1})"
    rf"(?P<y>(?:19|20)\d\d)(?!\d)"
)


def find_laws(text: str, low: str | None) -> Iterator[Citation]:
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
