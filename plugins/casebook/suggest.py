"""Suggestions for a new case, read from its source article (`casebook new --from-text`).

Every finding is a suggestion: the template shows it as a comment (a ready YAML line to
uncomment) or, for the source's own URL, headline and date, as a value under a comment
asking for a check. Nothing here is written as a fact the editor did not see.
The article file may start with its URL on the first line, then the headline.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from casebook.citations import find_citations
from casebook.loader import Regulation, canonical_province, provinces
from casebook.text import fold
from casebook.xref import Registry, resolve

_NAME = r"(?:[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ]*(?:[ -](?=[A-ZĐÀ-Ỹ0-9])[\wÀ-ỹ]*)*)"
"""A proper name: words that each start with a capital or a digit ("Tràng Xá", "3B")."""
_PLACE = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|Khối|khối|Công an|Quân sự)"
_PARENT = re.compile(rf"\b(Đảng bộ|Đảng ủy|Đảng uỷ)\s+(?:({_PLACE})\s+)?({_NAME})")
_BASE_PLACES = {"xã", "phường", "thị trấn"}
_PERIOD = re.compile(r"nhiệm kỳ\s*\(?\s*(\d{4})\s*[-–—]\s*(\d{4})", re.I)
_DATE = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
_DISTRICT = re.compile(rf"\b(?:huyện|quận|thị xã)\s+({_NAME})|\b(?:xã|phường|thị trấn)\s+{_NAME}"
                       rf"\s*\(({_NAME})\)")  # fmt: skip
_PROVINCE = re.compile(rf"\b(?:tỉnh|thành phố|TP\.?)\s+({_NAME})")
# "trong đó có 2 đảng viên …" counts a part of the members, not all of them.
_MEMBERS = re.compile(r"(?<!trong đó )(?:có|gồm|với|tổng số)\s+(?:hơn\s+|gần\s+)?(\d[\d.]*)\s+"
                      r"(?:đảng viên|ĐV)\b")  # fmt: skip
_GROUPS = re.compile(r"(\d+)\s+tổ đảng")


@dataclass
class Suggestions:
    """Comments per front-matter key, and values filled in but marked for review."""

    notes: dict[str, list[str]] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)

    def note(self, key: str, *lines: str) -> None:
        self.notes.setdefault(key, []).extend(lines)


def _yaml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def split_article(text: str) -> tuple[str | None, str | None, str]:
    """(URL on the first line, headline, the rest) of an article file."""
    lines = [line.strip() for line in text.strip().splitlines()]
    url = lines.pop(0) if lines and re.fullmatch(r"https?://\S+", lines[0]) else None
    while lines and not lines[0]:
        lines.pop(0)
    first = lines[0] if lines else ""
    # A headline is one short line that is not a sentence of the article.
    headline = first if 10 <= len(first) <= 200 and not re.search(r"[.!?]( |$)", first) else None
    rest = "\n".join(lines[1:] if headline else lines)
    rest = re.sub(r"(?<!\n)\n(?!\n)", " ", rest)  # a wrapped line is the same paragraph
    return url, (headline.rstrip(" .") if headline else None), rest


def byline_date(rest: str) -> str | None:
    """The first dd/mm/yyyy in the lines right under the headline (the byline)."""
    match = _DATE.search(rest[:300])
    if not match:
        return None
    try:
        return dt.date(int(match[3]), int(match[2]), int(match[1])).isoformat()
    except ValueError:
        return None


def parents(text: str, unit: str) -> list[tuple[str, str | None]]:
    """(name, place word) of the Party committees named, those after "trực thuộc" or right
    after the unit's name first; the unit itself excluded."""
    found: dict[str, tuple[int, str | None]] = {}
    for m in _PARENT.finditer(text):
        name = " ".join(p for p in (m[1].replace("uỷ", "ủy"), m[2], m[3]) if p)
        if fold(name).lower() in fold(unit).lower():
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        rank = 0 if re.search(r"(trực thuộc|thuộc)\s*$|,\s*$", before) else 1
        if name not in found or rank < found[name][0]:
            found[name] = (rank, m[2])
    ordered = sorted(found.items(), key=lambda kv: kv[1][0])
    return [(name, place) for name, (_, place) in ordered]


def unit_level(unit: str, text: str, parent_place: str | None) -> tuple[str, str] | None:
    """(level, reason) from the unit's name, the text and its parent committee."""
    folded = fold(text).lower()
    if unit.lower().startswith("chi bộ"):
        if "chi bo truc thuoc" in folded or parent_place in _BASE_PLACES:
            return "chi-bo-truc-thuoc", "chi bộ thuộc đảng bộ cơ sở (xã, phường, thị trấn)"
        if "chi bo co so" in folded or parent_place:
            return "chi-bo-co-so", "bài gọi là chi bộ cơ sở hoặc cấp trên là cấp huyện trở lên"
        return None
    if unit.lower().startswith("đảng bộ"):
        if "dang bo co so" in folded or any(w in unit for w in _BASE_PLACES):
            return "dang-bo-co-so", "đảng bộ xã, phường, thị trấn hoặc bài gọi là đảng bộ cơ sở"
        return "dang-bo-cap-tren-co-so", "đảng bộ có các tổ chức cơ sở đảng trực thuộc"
    return None


def periods(text: str) -> list[str]:
    """ "nhiệm kỳ 2022-2025" → "2022-2025", in order, once each."""
    return list(dict.fromkeys(f"{a}-{b}" for a, b in _PERIOD.findall(text) if a < b))


def places(text: str) -> tuple[list[str], list[str]]:
    """(districts, provinces) named in the text; a province only from the official list."""
    districts = [m[1] or m[2] for m in _DISTRICT.finditer(text)]
    known = provinces()["present_day"]
    found = [canonical_province(m[1]) or "" for m in _PROVINCE.finditer(text)]
    return list(dict.fromkeys(districts)), list(dict.fromkeys(p for p in found if p in known))


def practices(text: str, vocabulary: Sequence[tuple[str, str]]) -> list[str]:
    """Keys of the practices whose name (before any comma) or key words the text uses."""
    folded = " ".join(fold(text).lower().split())
    hits = []
    for key, name in vocabulary:
        words = {key.replace("-", " "), fold(name.split(",")[0]).lower()}
        if any(re.search(rf"\b{re.escape(w)}\b", folded) for w in words):
            hits.append(key)
    return hits


def cited(text: str, registry: Sequence[Regulation]) -> list[str]:
    """One line per distinct citation: its words → registry id, or what to do."""
    reg = Registry.of(registry)
    lines = []
    for cite in find_citations(text):
        ids = resolve(cite, text[cite.start :], reg)
        target = ids[0] if len(ids) == 1 else "chưa có trong sổ đăng ký (`casebook documents`)"
        lines.append(f"«{cite.text}» → {target}")
    return list(dict.fromkeys(lines))


def counts(text: str) -> Iterator[tuple[str, str]]:
    """(key, note) for the member and party-group counts the text states."""
    for m in list(_MEMBERS.finditer(text))[:3]:
        yield "members", f"{m[1]} (từ «{m[0].strip()}»)"
    for m in list(_GROUPS.finditer(text))[:3]:
        yield "party_groups", f"{m[1]} (từ «{m[0]}»)"


_AWARD = re.compile(
    r"((?i:bằng khen|giấy khen|cờ thi đua|huân chương))\b((?:“[^”\n]*”|\"[^\"\n]*\"|\([^)\n]*\)"
    r"|[^,;.\n“\"(])*)"
)
_PERSON = re.compile(r"\b(đồng chí|ông|bà|anh|chị|cá nhân|bí thư|đảng viên|gia đình|hộ)\b", re.I)
_GIVER = re.compile(r"được\s+(.+?)\s+(?:trao tặng|khen tặng|tặng thưởng|tặng|trao)\s*$")
_LEVELS = [
    (r"Trung ương|Chính phủ|Thủ tướng|Chủ tịch nước|Bộ Chính trị|Ban Bí thư|Quốc hội",
     "trung-uong"),
    (r"^Bộ |Bộ trưởng|Tổng cục|Đảng ủy Khối|Đảng ủy Công an Trung ương", "bo-nganh"),
    (r"[Tt]ỉnh|Thành ủy|thành phố trực thuộc", "tinh"),
    (r"[Hh]uyện|Quận ủy|Thị ủy|quận|thị xã", "huyen"),
    (r"xã|phường|thị trấn|Đảng ủy", "co-so"),
]  # fmt: skip


def award_level(issuer: str | None) -> str | None:
    """The award level an issuer implies (Tỉnh ủy → tinh), None when unclear."""
    return next((lv for rx, lv in _LEVELS if issuer and re.search(rx, issuer)), None)


def awards(text: str, unit: str) -> list[dict[str, object]]:
    """Awards whose recipient is the unit itself, as (title, issuer, year, level)."""
    subject = "chi bộ" if unit.lower().startswith("chi bộ") else "đảng bộ"
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        for m in _AWARD.finditer(sentence):
            before = sentence[: m.start()]
            if subject not in before.lower() or _PERSON.search(before):
                continue  # a person's award, or no recipient named: not the unit's
            title, _, issuer = f"{m[1]}{m[2]}".strip().partition(" của ")
            giver = _GIVER.search(before)
            issuer = issuer.strip() or (giver[1].strip() if giver else "")
            year = re.search(r"\b[Nn]ăm\s+(\d{4})\b", sentence)
            found.append({"title": " ".join(title.split()), "issuer": issuer or None,
                          "year": int(year[1]) if year else None,
                          "level": award_level(issuer)})  # fmt: skip
    return found


def _flow(item: Mapping[str, object]) -> str:
    pairs = (f"{k}: {'null' if v is None else _yaml(v)}" for k, v in item.items())
    return "{" + ", ".join(pairs) + "}"


def suggest(
    text: str, unit: str, registry: Sequence[Regulation], vocabulary: Sequence[tuple[str, str]]
) -> Suggestions:
    """Everything the article offers for a new case of `unit`."""
    url, headline, rest = split_article(text)
    found = Suggestions()
    whole = f"{headline or ''}\n\n{rest}"
    if url or headline:
        source = {"title": headline, "outlet": None, "date": byline_date(rest), "author": None,
                  "url": url}  # fmt: skip
        found.values["source"] = _flow(source)
    if headline:
        found.note("title", f"tiêu đề bài nguồn «{headline}»; hãy viết lại bằng lời của bạn")
    _committees(found, whole, unit)
    districts, named = places(whole)
    found.note("district", *[_yaml(d) for d in districts[:3]])
    found.note("province", *[_yaml(p) for p in named[:3]])
    found.note("period", *[f"'{p}' (từ «nhiệm kỳ {p}»)" for p in periods(whole)])
    for key, note in counts(whole):
        found.note(key, note)
    found.note("awards", *[f"  - {_flow(a)}" for a in awards(whole, unit)[:5]])
    keys = practices(whole, vocabulary)
    found.note("practices", *([f"[{', '.join(keys)}] (bài nhắc tới các từ này)"] if keys else []))
    found.note("regulations", *cited(whole, registry))
    found.notes = {k: v for k, v in found.notes.items() if v}
    return found


def _committees(found: Suggestions, text: str, unit: str) -> None:
    named = parents(text, unit)
    found.note("parent", *[_yaml(name) for name, _ in named[:3]])
    level = unit_level(unit, text, named[0][1] if named else None)
    if level:
        found.note("unit_level", f"{level[0]} ({level[1]})")
