"""One synthetic case: `CaseWriter` draws its front-matter from the shared random stream
and writes the file (the body through `synth_body.BodyWriter`)."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from synth_body import BodyWriter
from synth_registry import Vocabulary, is_central
from synth_words import (
    CITIES,
    COUNT_WORDS,
    GENERIC_HEADLINES,
    HEADLINES,
    HIGHLANDS,
    LESSONS,
    LEVELS,
    MINISTRY,
    RECRUITS,
    SOURCE_TITLES,
    SOUTH,
    SPECIAL_TOPICS,
    TERMS,
    UNITS,
    WORKPLACE,
    Bag,
    join_vi,
    lower_first,
    person_name,
    place_name,
    thousands,
    upper_first,
    weighted,
)

from casebook.loader import Award, Practice, Regulation
from casebook.text import slugify

PUBLISHED_BASE = dt.date(2026, 1, 5)
"""`published` is this date plus a number of days derived from the case number."""


# --- One case -------------------------------------------------------------------------------


@dataclass
class Bags:
    sectors: Bag[str]
    practices: Bag[Practice]
    provinces: Bag[str]
    levels: Bag[str | None]
    awards: Bag[str | None]


class CaseWriter(BodyWriter):
    """Draws one case from the shared random stream and renders its file."""

    def __init__(self, number: int, rng: random.Random, vocab: Vocabulary, bags: Bags) -> None:
        self.number = number
        self.rng = rng
        self.vocab = vocab
        self.bags = bags

    # Front-matter ---------------------------------------------------------------------

    def draw(self) -> tuple[str, str]:
        """(slug, file text) of the case."""
        rng = self.rng
        self.sector = self.bags.sectors.draw()
        province = self.bags.provinces.draw()
        self.province = None if rng.random() < 0.03 else province
        self.level = self.bags.levels.draw()
        self.start = rng.randint(2010, 2025)
        self.end = min(2025, self.start + rng.choice((0, 0, 1, 2, 3, 4, 5)))
        self.period = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        self._unit()
        self._members()
        self.practices = self._practices()
        self.source_date = self._source_date()
        self.regulations = self._regulations()
        award_count = weighted(rng, ((0, 25), (1, 40), (2, 25), (3, 10)))
        self.awards = [self._award() for _ in range(award_count)]
        self.lessons = self._lessons()
        self.fields = self._fields()
        self.title = self._title()
        self.source = self._source()
        body = self._body()
        stem = slugify(self.unit)
        if len(stem) > 48:  # cut at a word boundary
            stem = stem[:49].rsplit("-", 1)[0]
        slug = f"{stem}-{self.number:05d}"
        return slug, self._front_matter() + body

    def _unit(self) -> None:
        rng = self.rng
        kind = LEVELS[self.level][1] or rng.choice(("chi", "dang"))
        table = UNITS.get(self.sector) or UNITS["khac"]
        unit, parent = rng.choice(table[kind])
        district = place_name(rng)
        city = self.province in CITIES
        self.names = {
            "place": place_name(rng),
            "place2": place_name(rng),
            "district": district,
            "huyen": f"{'quận' if city else 'huyện'} {district}",
            "tinh": (
                f"{'thành phố' if city else 'tỉnh'} {self.province}" if self.province else "tỉnh"
            ),
            "village": (
                "ấp" if self.province in SOUTH else "bản" if self.province in HIGHLANDS else "thôn"
            ),
            "n": str(rng.randint(1, 9)),
            "m": str(rng.randint(1, 9)),
        }
        self.unit = unit.format_map(self.names)
        self.parent = parent.format_map(self.names) if parent and rng.random() > 0.05 else None
        named = district in self.unit or district in (self.parent or "")
        self.district = district if named or rng.random() > 0.3 else None
        self.short = "chi bộ" if self.unit.startswith("Chi bộ") else "đảng bộ"

    def _members(self) -> None:
        rng = self.rng
        low, high = LEVELS[self.level][2]
        # Skewed towards small units, as real ones are.
        members = int(low + (high - low) * rng.random() ** 2)
        self.members = members
        self.members_note = None
        if rng.random() < 0.08:
            self.members = None
            step = 100 if members >= 1000 else 10 if members >= 50 else 5
            rounded = max(step, members // step * step)
            self.members_note = f"{rng.choice(('hơn', 'gần', 'khoảng', 'trên'))} " + thousands(
                rounded
            )
        self.party_groups = None
        if self.short == "chi bộ" and members >= 12 and rng.random() < 0.6:
            self.party_groups = min(12, max(2, members // 8))

    def _practices(self) -> list[Practice]:
        count = weighted(self.rng, ((2, 3), (3, 4), (4, 3), (5, 2)))
        count = min(count, len(self.vocab.practices))
        chosen: list[Practice] = []
        while len(chosen) < count:
            practice = self.bags.practices.draw()
            if practice not in chosen:
                chosen.append(practice)
        return chosen

    def _source_date(self) -> dt.date:
        year = min(2025, self.end + self.rng.choice((0, 0, 1)))
        return dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _regulations(self) -> list[Regulation]:
        """Documents fit for this case: citable, issued before the source article, central
        or local to the case's province (and, for police documents, to police units)."""
        rng = self.rng
        by_id = {r.id: r for r in self.vocab.regulations}

        def fits(reg: Regulation) -> bool:
            if reg.id not in self.vocab.forms or (reg.date and reg.date > self.source_date):
                return False
            successor = by_id.get(reg.replaced_by or "")
            if successor and successor.date and successor.date <= self.source_date:
                return False  # an article does not apply a document already replaced
            if is_central(reg):
                return True
            issuer = reg.issuer or ""
            local = bool(self.province) and f"{self.province}" in issuer
            return local and ("Công an" not in issuer or self.sector == "cong-an")

        linked = [r for p in self.practices for r in p.regulations]
        pool = [by_id[i] for i in dict.fromkeys(linked) if i in by_id and fits(by_id[i])]
        others = [r for r in self.vocab.regulations if fits(r) and r not in pool]
        count = weighted(rng, ((0, 8), (1, 35), (2, 35), (3, 17), (4, 5)))
        chosen = rng.sample(pool, min(count, len(pool)))
        if others and (rng.random() < 0.2 or len(chosen) < count):
            chosen.append(rng.choice(others))
        return chosen

    def _award(self) -> Award:
        rng = self.rng
        level = self.bags.awards.draw()
        year = rng.randint(self.start, self.end) if rng.random() > 0.1 else None
        province = self.province
        city = province in CITIES
        committee = f"{'Thành ủy' if city else 'Tỉnh ủy'} {province}" if province else "Tỉnh ủy"
        district = self.district or self.names["district"]
        options: tuple[tuple[str, str | None], ...]
        if level == "trung-uong":
            options = (
                ("Huân chương Lao động hạng Ba", "Chủ tịch nước"),
                ("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
                ("Cờ thi đua của Chính phủ", "Chính phủ"),
            )
        elif level == "bo-nganh":
            ministry = MINISTRY.get(self.sector, "Bộ Nội vụ")
            options = ((f"Bằng khen của {ministry}", ministry),)
        elif level == "tinh":
            people = f"Ủy ban nhân dân {self.names['tinh']}"
            options = (
                (f"Bằng khen của Ban Thường vụ {committee}", f"Ban Thường vụ {committee}"),
                (f"Cờ thi đua của {people}", people),
            )
        elif level == "huyen":
            body = f"{'Quận ủy' if city else 'Huyện ủy'} {district}"
            options = (
                (f"Giấy khen của Ban Thường vụ {body}", f"Ban Thường vụ {body}"),
                ("Giấy khen tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu", body),
            )
        elif level == "co-so":
            options = (("Giấy khen hoàn thành xuất sắc nhiệm vụ", self.parent),)
        else:
            options = (
                ("Giấy khen chi bộ trong sạch, vững mạnh", None),
                ("Danh hiệu tổ chức đảng hoàn thành xuất sắc nhiệm vụ", None),
            )
        title, issuer = rng.choice(options)
        return Award(title, issuer, year, level)

    def _lessons(self) -> list[tuple[str, str, str]]:
        """(id, practice key, text) for one to four lessons, ids unique in the case."""
        rng = self.rng
        pool: list[tuple[str, str, str]] = []
        for p in self.practices:
            known = LESSONS.get(p.key)
            if known:
                pool += [(ident, p.key, text) for ident, text in known]
            else:
                text = f"Cách làm «{p.name}» cần được duy trì đều đặn, gắn với nhiệm vụ đơn vị."
                pool.append((f"{p.key}-duy-tri", p.key, text))
        chosen = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
        seen: set[str] = set()
        lessons = []
        for ident, key, text in chosen:
            while ident in seen:  # only if two practices share a fallback id
                ident += "-2"
            seen.add(ident)
            lessons.append((ident, key, text))
        return lessons

    def _fields(self) -> dict[str, str]:
        """The values every prose template may use ({short}, {day}, {where}, …)."""
        rng = self.rng
        topics = rng.sample(SPECIAL_TOPICS, 2)
        fields = self._described()
        fields["leader"] = person_name(rng)
        fields.update(self._numbers())
        size = self.members if self.members is not None else 100
        fields.update(
            topic_a=topics[0],
            topic_b=topics[1],
            workplace=WORKPLACE.get(self.sector, "trụ sở cơ quan"),
            recruits=RECRUITS.get(self.sector, "quần chúng trẻ trong đơn vị"),
            size="nhỏ" if size < 30 else "vừa" if size < 300 else "lớn",
            count_word=COUNT_WORDS.get(len(self.practices), str(len(self.practices))),
            practice_list=join_vi([lower_first(p.name) for p in self.practices]),
        )
        return fields

    def _described(self) -> dict[str, str]:
        """The fields told by the unit, its place and period (no random draw)."""
        members = self.members
        where = [
            self.names["huyen"] if self.district else "",
            self.names["tinh"] if self.province else "",
        ]
        period_text = (
            f"năm {self.start}"
            if self.start == self.end
            else f"từ năm {self.start} đến năm {self.end}"
        )
        return {
            "short": self.short,
            "Short": upper_first(self.short),
            "unit": self.unit,
            "start": str(self.start),
            "period_text": period_text,
            "Period_cap": upper_first(period_text),
            "term": next((t for y, t in reversed(TERMS) if y <= self.end), TERMS[0][1]),
            "where": ", ".join(w for w in where if w) or "một địa phương bài viết gốc không nêu",
            "members": thousands(members) if members is not None else "",
            "members_note": self.members_note or "",
            "groups": f", sinh hoạt ở {self.party_groups} tổ đảng" if self.party_groups else "",
        }

    def _numbers(self) -> dict[str, str]:
        """Small numbers the templates quote, drawn in this order."""
        rng = self.rng
        return {
            "pct_young": str(rng.randint(15, 60)),
            "pct": str(rng.randint(85, 98)),
            "pct_attend": str(rng.randint(90, 99)),
            "day": str(rng.randint(3, 25)),
            "k_days": str(rng.randint(2, 5)),
            "minutes": str(rng.choice((5, 10, 15))),
            "k_checked": str(rng.randint(2, 6)),
            "k_watched": str(rng.randint(1, 4)),
            "k_new": str(rng.randint(1, 12)),
            "k_households": str(rng.randint(5, 20)),
            "k_excellent": str(rng.randint(1, self.end - self.start + 1)),
        }

    def _title(self) -> str:
        main = self.practices[0]
        pool = HEADLINES.get(main.key, ()) + GENERIC_HEADLINES[: 1 + self.rng.randint(0, 3)]
        return f"{self.unit}: {self.rng.choice(pool)}"

    def _source(self) -> dict[str, str | None]:
        rng = self.rng
        outlets = ["Bản tin Sinh hoạt chi bộ", "Trang thông tin Xây dựng Đảng"]
        if self.district:
            outlets.append(f"Trang thông tin điện tử Huyện ủy {self.district}")
        if self.parent:
            outlets.append(f"Bản tin {self.parent}")
        practice = lower_first(self.practices[0].name)
        title = rng.choice(SOURCE_TITLES).format(
            unit=self.unit, unit_lc=lower_first(self.unit), practice=practice
        )
        return {
            "title": title,
            "outlet": rng.choice(outlets) if rng.random() > 0.15 else None,
            "date": self.source_date.isoformat(),
            "author": person_name(rng) if rng.random() > 0.2 else None,
        }

    # Serialisation --------------------------------------------------------------------

    def _front_matter(self) -> str:
        q = yaml_str
        lines = [
            "---",
            f"title: {q(self.title)}",
            f"unit: {q(self.unit)}",
            f"unit_level: {self.level or 'null'}",
            f"parent: {q(self.parent)}",
            f"sector: {self.sector}",
            f"province: {q(self.province)}",
            f"district: {q(self.district)}",
            f"members: {self.members if self.members is not None else 'null'}",
            f"members_note: {q(self.members_note)}",
            f"party_groups: {self.party_groups if self.party_groups is not None else 'null'}",
            f"period: {q(self.period)}",
        ]
        lines += self._awards_yaml()
        lines.append("practices:")
        lines += [f"  - {p.key}" for p in self.practices]
        if self.regulations:
            lines.append("regulations:")
            lines += [f"  - {r.id}" for r in self.regulations]
        else:
            lines.append("regulations: []")
        lines.append("lessons:")
        for ident, key, text in self.lessons:
            lines += [f"  - id: {ident}", f"    practice: {key}", f"    text: {q(text)}"]
        lines += self._source_yaml()
        published = PUBLISHED_BASE + dt.timedelta(days=(self.number * 7) % 360)
        lines += [f"published: '{published.isoformat()}'", "---", "", ""]
        return "\n".join(lines)

    def _awards_yaml(self) -> list[str]:
        if not self.awards:
            return ["awards: []"]
        lines = ["awards:"]
        for a in self.awards:
            lines += [
                f"  - title: {yaml_str(a.title)}",
                f"    issuer: {yaml_str(a.issuer)}",
                f"    year: {a.year if a.year is not None else 'null'}",
                f"    level: {a.level or 'null'}",
            ]
        return lines

    def _source_yaml(self) -> list[str]:
        src = self.source
        return [
            "source:",
            f"  title: {yaml_str(src['title'])}",
            f"  outlet: {yaml_str(src['outlet'])}",
            f"  date: '{src['date']}'",
            f"  author: {yaml_str(src['author'])}",
            "  url: null",
        ]


def yaml_str(value: str | None) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML), or null."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)
