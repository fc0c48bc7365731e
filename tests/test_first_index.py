"""The first search index (casebook.first_index): terms, postings, files."""

from __future__ import annotations

import json

import pytest

from casebook.first_index import (
    FOLDER,
    RECORDS_PER_FILE,
    Entry,
    build,
    shard_of,
    symbol_terms,
    text_terms,
)


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
