"""The first search index (casebook.first_index): terms, postings, files."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from casebook import search_meta
from casebook.first_index import (
    FOLDER,
    RECORDS_PER_FILE,
    Entry,
    build,
    shard_of,
    symbol_terms,
    text_terms,
)
from casebook.index import Index
from casebook.loader import load_files, load_tree
from casebook.routes import regulation_uri, url_path
from casebook.templating import regulation_code
from tests.conftest import CASE, PRACTICE, REGULATION, ROOT


@pytest.mark.parametrize(
    ("symbol", "terms"),
    [
        ("22-QĐ/TW", ["#22qd", "#22qdtw"]),
        ("22-ÐQ/TW", ["#22dq", "#22dqtw"]),  # Ð (U+00D0) as written in real texts
        ("08-QĐi/TW", ["#8qdi", "#8qditw", "#8qd", "#8qdtw"]),
        ("14/KH-CAH", ["#14kh", "#14khcah"]),
        ("5068-HD/ĐUCA", ["#5068hd", "#5068hdduca"]),
        ("Điều lệ Đảng", []),
    ],
)
def test_document_number_terms(symbol: str, terms: list[str]) -> None:
    assert symbol_terms(symbol) == terms


def test_terms_are_folded_syllables_and_pairs_then_marked_ones() -> None:
    assert text_terms("Đảng viên, chi bộ") == [
        "dang", "vien", "chi", "bo", "dang vien", "vien chi", "chi bo",
        "=đảng", "=viên", "=chi", "=bộ", "=đảng viên", "=viên chi", "=chi bộ",
    ]  # fmt: skip


@pytest.mark.parametrize(("term", "shards"), [("dang vien", 256), ("=đảng", 8), ("#22qdtw", 1)])
def test_shards_are_in_range_and_stable(term: str, shards: int) -> None:
    assert 0 <= shard_of(term, shards) < shards
    assert shard_of(term, shards) == shard_of(term, shards)


def decode(gaps: list[int]) -> dict[int, int]:
    out, page = {}, 0
    for value in gaps:
        page += value // 4
        out[page] = value % 4
    return out


def entries(n: int) -> list[Entry]:
    out = [
        Entry(f"models/c{i}/", f"Chi bộ số {i}", [("kind", "mo-hinh")],
              [("loai", "Mô hình"), ("province", "Lai Châu" if i % 2 else "Hà Giang")],
              [("text", f"Kiểm tra đảng viên lần {i}."), ("place", "Lai Châu")])
        for i in range(n)
    ]  # fmt: skip
    text = [("text", "Về kiểm tra, giám sát")]
    out.append(Entry("regulations/22/", "Quy định 22-QĐ/TW", [("kind", "van-ban")],
                     [("loai", "Văn bản")], text, "22-QĐ/TW"))  # fmt: skip
    return out


def lookup(files: dict[str, str], term: str) -> dict[int, int]:
    head = json.loads(files[f"{FOLDER}/index.json"])
    shard = json.loads(files[f"{FOLDER}/t{shard_of(term, head['shards'])}.json"])
    return decode(shard.get(term, []))


def test_postings_give_every_page_with_the_weight_of_its_best_field() -> None:
    files = build(entries(20))
    head = json.loads(files[f"{FOLDER}/index.json"])
    assert head["pages"] == 21 and head["records"] == RECORDS_PER_FILE
    assert head["shards"] & (head["shards"] - 1) == 0, "a power of two"
    assert lookup(files, "dang vien") == dict.fromkeys(range(20), 1)  # body text
    assert lookup(files, "=đảng viên") == dict.fromkeys(range(20), 1)
    assert lookup(files, "lai chau") == dict.fromkeys(range(20), 2)  # a fact field
    assert lookup(files, "so 7") == {7: 3}  # the title
    assert lookup(files, "^chi bo so 7") == {7: 3}  # the whole title
    assert lookup(files, "#22qdtw") == {20: 3}
    assert lookup(files, "giam sat") == {20: 1}


def test_records_and_facets() -> None:
    files = build(entries(20))
    records = json.loads(files[f"{FOLDER}/r2.json"])
    assert [r["u"] for r in records] == ["models/c16/", "models/c17/", "models/c18/",
                                         "models/c19/", "regulations/22/"]  # fmt: skip
    assert records[0]["x"] == ["Kiểm tra đảng viên lần 16."] and records[0]["f"] == ["Lai Châu"]
    assert records[-1]["m"] == {"kind": "van-ban"}
    facets = json.loads(files[f"{FOLDER}/facets.json"])
    assert sum(facets["province"]["Lai Châu"]) == 19  # gaps add up to the last page
    assert len(facets["province"]["Lai Châu"]) == 10
    assert len(facets["loai"]["Mô hình"]) == 20 and facets["loai"]["Văn bản"] == [20]


# ---------------------------------------------------------------- text excerpts quote

NOTE = """
## Ghi chú

Quy định số 22-QĐ/TW ngày 28/7/2021 về **kiểm tra**, [giám sát](../x.md) và kỷ luật.

| Thông tin | Nội dung |
|---|---|
| Số hiệu | 22-QĐ/TW |

<!-- casebook:cases sort=newest -->
"""
"""A document's note: it names the number; a table and a marker a reader never sees as prose."""


def fixture_records(regulation: str = REGULATION, case: str = CASE) -> dict[str, dict[str, Any]]:
    corpus = load_files([("practice", "practices/kiem-tra.md", PRACTICE.encode()),
                         ("regulation", "regulations/22-qd-tw-2021.md", regulation.encode()),
                         ("case", "models/chi-bo-thu-nghiem.md", case.encode())])  # fmt: skip
    files = build(search_meta.first_index_entries(Index.build(corpus)))
    return {r["u"]: r for k, v in files.items() if "/r" in k for r in json.loads(v)}


def test_a_document_page_quotes_its_note_which_names_its_number() -> None:
    """Its title alone ("Quy định về công tác kiểm tra …") holds no word of "22-QĐ/TW": the
    excerpt of the page a search for the number puts first would be empty."""
    regulation = REGULATION.replace("Ghi chú về văn bản.\n", NOTE)
    record = fixture_records(regulation)["regulations/22-qd-tw-2021/"]
    quoted = " ".join(record["q"])
    assert "Quy định số 22-QĐ/TW ngày 28/7/2021 về kiểm tra, giám sát và kỷ luật." in quoted
    assert not any(c in quoted for c in "|*[]<>#"), quoted  # no table, marker or Markdown
    assert "Số hiệu" not in quoted and "Ghi chú" not in quoted
    assert record["x"] == ["Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng"]


def test_quoted_text_is_not_indexed() -> None:
    """The note is for excerpts only: the first index ranks a document as before."""
    regulation = REGULATION.replace("Ghi chú về văn bản.\n", NOTE + "\nMột từ riêng: huấn.\n")
    corpus = load_files([("practice", "practices/kiem-tra.md", PRACTICE.encode()),
                         ("regulation", "regulations/22-qd-tw-2021.md", regulation.encode()),
                         ("case", "models/chi-bo-thu-nghiem.md", CASE.encode())])  # fmt: skip
    files = build(search_meta.first_index_entries(Index.build(corpus)))
    assert lookup(files, "huan") == {} and lookup(files, "=huấn") == {}
    assert "huấn" in " ".join(fixture_records(regulation)["regulations/22-qd-tw-2021/"]["q"])


def test_a_case_without_lessons_quotes_the_lead_of_its_body() -> None:
    case = re.sub(r"lessons:\n(?:  .*\n)+", "lessons: []\n", CASE)
    assert "lessons: []" in case
    record = fixture_records(case=case)["models/chi-bo-thu-nghiem/"]
    lead = "Chi bộ thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 về kiểm tra, giám sát."
    assert record["x"] == [] and record["q"] == [lead]


MARKUP = re.compile(r"\*\*|\]\(|<[a-z!/]|^#|\|")
"""Markdown or HTML left in a text, or a table row."""


def test_every_page_of_the_real_content_has_body_text_to_quote() -> None:
    """Invariant on docs/: whatever it holds, every page of the first index has plain body
    text for its excerpt; a document's text names its number when its note does."""
    index = Index.build(load_tree(ROOT / "docs"))
    files = build(search_meta.first_index_entries(index))
    records = {r["u"]: r for k, v in files.items() if "/r" in k for r in json.loads(v)}
    assert records
    for url, record in records.items():
        quoted = [*record.get("q", []), *record["x"]]
        assert quoted and all(text.strip() for text in quoted), url
        assert not [text for text in quoted if MARKUP.search(text)], url
    for reg in index.regulations.values():
        code = regulation_code(reg)
        if code and code in reg.body:
            quoted = " ".join(records[url_path(regulation_uri(reg))].get("q", []))
            assert code in quoted, (reg.id, quoted)
