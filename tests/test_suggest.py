"""Suggestions from a source article (`casebook new --from-text`).

The table rows are the tuning set (written for these tests). The real article in
tests/articles/ is held out: its expectations were committed before the code ran on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from casebook import suggest as s
from casebook.loader import load_tree
from tests.conftest import ROOT

ARTICLES = Path(__file__).parent / "articles"

SYNTHETIC = """\
https://example.invalid/bai-viet/chi-bo-thon-17
Chi bộ thôn 17: đổi mới sinh hoạt định kỳ

Thanh Hà, 08/03/2024

Chi bộ thôn 17 trực thuộc Đảng ủy xã Quảng Phú, huyện Quảng Xương, tỉnh Thanh Hóa có 21
đảng viên, trong đó có 5 đảng viên cao tuổi, sinh hoạt tại 3 tổ đảng. Đại hội chi bộ nhiệm
kỳ 2022-2025 đề ra nghị quyết về sinh hoạt chuyên đề. Năm 2023, chi bộ được Đảng ủy xã Quảng
Phú tặng Giấy khen "Chi bộ trong sạch, vững mạnh tiêu biểu". Đồng chí Lê Văn An, Bí thư Chi
bộ, được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2022 vì đã có nhiều đóng góp cho phong
trào xây dựng nông thôn mới ở địa phương trong nhiều năm liền.
"""


def pieces(text: str, unit: str) -> dict[str, Any]:
    """Each finding of the suggestion module, as a plain value (first one when several)."""
    url, headline, body = s.split_article(text)
    rest = f"{headline}\n\n{body}"
    parents = s.parents(rest, unit)
    level = s.unit_level(unit, rest, parents[0][1] if parents else None)
    districts, provinces = s.places(rest)
    corpus = load_tree(ROOT / "docs")
    vocabulary = [(p.key, p.name) for p in corpus.practices]
    members = [note for key, note in s.counts(rest) if key == "members"]
    return {
        "source.url": url,
        "source.title": headline,
        "title": headline,
        "source.date": s.byline_date(body),
        "parent": parents[0][0] if parents else None,
        "unit_level": level[0] if level else None,
        "district": districts[0] if districts else None,
        "province": provinces[0] if provinces else None,
        "members": int(members[0].split()[0]) if members else None,
        "members_suggested": len(members),
        "period": (s.periods(rest) or [None])[0],
        "awards": s.awards(rest, unit),
        "practices": s.practices(rest, vocabulary),
        "regulations": [line.rsplit("→ ", 1)[1] for line in s.cited(rest, corpus.regulations)],
    }


def test_synthetic_article() -> None:
    found = pieces(SYNTHETIC, "Chi bộ thôn 17")
    assert found == {
        "source.url": "https://example.invalid/bai-viet/chi-bo-thon-17",
        "source.title": "Chi bộ thôn 17: đổi mới sinh hoạt định kỳ",
        "title": "Chi bộ thôn 17: đổi mới sinh hoạt định kỳ",
        "source.date": "2024-03-08",
        "parent": "Đảng ủy xã Quảng Phú",
        "unit_level": "chi-bo-truc-thuoc",
        "district": "Quảng Xương",
        "province": "Thanh Hóa",
        "members": 21,
        "members_suggested": 1,  # not the 5 "trong đó"
        "period": "2022-2025",
        "awards": [  # the branch's own; not the secretary's Bằng khen
            {
                "title": 'Giấy khen "Chi bộ trong sạch, vững mạnh tiêu biểu"',
                "issuer": "Đảng ủy xã Quảng Phú",
                "year": 2023,
                "level": "co-so",
            },
        ],  # fmt: skip
        "practices": ["sinh-hoat-chuyen-de", "sinh-hoat-dinh-ky"],
        "regulations": [],
    }


# (unit, text, expected unit level)
LEVELS = [
    ("Chi bộ Phòng Nội vụ", "Chi bộ cơ sở Phòng Nội vụ thuộc Đảng bộ huyện Đồng Văn",
     "chi-bo-co-so"),
    ("Chi bộ Văn phòng", "là chi bộ trực thuộc Đảng ủy Sở", "chi-bo-truc-thuoc"),
    ("Đảng bộ xã Tân Lập", "Đảng bộ xã có 12 chi bộ", "dang-bo-co-so"),
    ("Đảng bộ Công an huyện Tân Uyên", "có 9 chi bộ trực thuộc", "dang-bo-cap-tren-co-so"),
    ("Chi bộ Thôn 5", "Chi bộ sinh hoạt đều đặn", None),
]  # fmt: skip


@pytest.mark.parametrize(("unit", "text", "level"), LEVELS)
def test_unit_level(unit: str, text: str, level: str | None) -> None:
    parents = s.parents(text, unit)
    found = s.unit_level(unit, text, parents[0][1] if parents else None)
    assert (found[0] if found else None) == level


def test_no_url_line_and_no_award_sentence_give_no_guess() -> None:
    url, headline, rest = s.split_article("Chi bộ làm tốt công tác kiểm tra\n\nNội dung.")
    assert url is None and headline == "Chi bộ làm tốt công tác kiểm tra"
    assert s.split_article("Chi bộ có 21 đảng viên. Năm 2022 được khen.")[1] is None
    assert s.awards("Năm 2022, chi bộ hoàn thành tốt nhiệm vụ.", "Chi bộ A") == []
    assert s.periods("các năm 2022 và 2025") == []


UNITS = {"chi-bo-thanh-tien": "Chi bộ Thành Tiến"}
"""The --unit an editor would give for each held-out article."""


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_real_article_meets_the_expectations_written_before_the_code(name: str) -> None:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    expected = yaml.safe_load((ARTICLES / f"{name}.expected.yml").read_text(encoding="utf-8"))
    found = pieces(text, UNITS[name])
    for key, value in expected.items():
        assert found[key] == value, key
