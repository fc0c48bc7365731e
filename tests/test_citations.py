"""Tests for casebook.citations: a table of sentences, offsets, dates and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Literal

import pytest

from casebook.citations import KINDS, Citation, find_citations, main
from tests.citation_table import HELD_OUT, ROWS

REPO = Path(__file__).resolve().parents[1]
Expected = tuple[str, str | None, str | None, int | None, str]
Row = tuple[str, list[Expected]]


CLI_KEYS = {"kind", "number", "symbol", "year", "start", "end"}


def _found(text: str) -> list[Expected]:
    return [(c.kind, c.number, c.symbol, c.year, c.text) for c in find_citations(text)]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"row{i:03d}" for i in range(len(ROWS))])
def test_table(text: str, expected: list[Expected]) -> None:
    assert _found(text) == expected


def test_table_is_big_and_varied() -> None:
    negatives = [row for row in ROWS if not row[1]]
    assert len(ROWS) >= 150
    assert len(negatives) >= 30
    assert len(HELD_OUT) >= 40
    kinds = {e[0] for _, expected in ROWS for e in expected}
    assert kinds == set(KINDS)  # every kind appears at least once


def _precision_recall(rows: list[Row], *, exact_span: bool) -> tuple[float, float]:
    """Micro precision/recall; a hit needs equal (kind, number, symbol, year) and either
    the exact span or, when exact_span is False, any overlap with the expected span."""
    tp = fp = fn = 0
    for text, expected in rows:
        wanted, cursor = [], 0
        for kind, number, symbol, year, span in expected:
            start = text.index(span, cursor)  # expected spans are listed in text order
            cursor = start + len(span)
            wanted.append(((kind, number, symbol, year), start, cursor))
        for c in find_citations(text):
            key = (c.kind, c.number, c.symbol, c.year)
            match = next(
                (
                    w
                    for w in wanted
                    if w[0] == key
                    and (
                        (w[1], w[2]) == (c.start, c.end)
                        if exact_span
                        else c.start < w[2] and w[1] < c.end
                    )
                ),
                None,
            )
            if match is None:
                fp += 1
            else:
                tp += 1
                wanted.remove(match)
        fn += len(wanted)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def test_table_precision_recall() -> None:
    precision, recall = _precision_recall(ROWS, exact_span=True)
    assert precision >= 0.95
    assert recall >= 0.90


def test_held_out_precision_recall() -> None:
    precision, recall = _precision_recall(HELD_OUT, exact_span=False)
    assert precision >= 0.95, precision
    assert recall >= 0.90, recall


# --------------------------------------------------------------------------- offsets


@pytest.mark.parametrize("form", ["NFD", "NFKD"])
def test_offsets_point_into_decomposed_input(form: Literal["NFD", "NFKD"]) -> None:
    for text, expected in ROWS:
        decomposed = unicodedata.normalize(form, text)
        found = find_citations(decomposed)
        assert [c.text for c in found] == [unicodedata.normalize(form, e[4]) for e in expected]
        for citation, exp in zip(found, expected, strict=True):
            assert decomposed[citation.start : citation.end] == citation.text
            assert (citation.kind, citation.number, citation.symbol, citation.year) == exp[:4]


def test_offsets_with_mixed_normalisation() -> None:
    # "Quy định số" in NFD, then an NFC reference: offsets must follow the original string.
    text = "Xem Quy \u0111i\u0323nh so\u0302\u0301 22-QĐ/TW và Kết luận số 21."
    found = find_citations(text)
    assert [c.text for c in found] == [
        "Quy \u0111i\u0323nh so\u0302\u0301 22-QĐ/TW",
        "Kết luận số 21",
    ]
    assert found[0].start == 4
    assert found[1].end == len(text) - 1


def test_offsets_after_astral_and_combining_noise() -> None:
    text = "🎉\u0301 Chỉ thi\u0323 05-CT/TW ✔"
    (citation,) = find_citations(text)
    assert text[citation.start : citation.end] == "Chỉ thi\u0323 05-CT/TW"
    assert citation.symbol == "CT/TW"


def test_random_noise_keeps_invariants() -> None:
    fragments = [
        "Quy định",
        "số",
        "22",
        "-",
        "QĐ",
        "/",
        "TW",
        "ngày",
        "28/7/2021",
        "Nghị quyết",
        "Trung ương",
        "4",
        "khóa",
        "XII",
        "Điều lệ",
        "Đảng",
        "Luật",
        "Cán bộ,",
        "2008",
        "\u0301",
        "Ð",
        "8/8",
        "0912",
        "(",
        ")",
        ",",
        " ",
        "  ",
        "\n",
        "Chỉ thị",
        "05",
    ]
    rng = random.Random(20240501)
    for _ in range(400):
        text = " ".join(rng.choice(fragments) for _ in range(rng.randint(1, 30)))
        found = find_citations(text)
        ends = [0]
        for citation in found:
            assert citation.kind in KINDS
            assert citation.start >= ends[-1]
            assert 0 <= citation.start < citation.end <= len(text)
            assert text[citation.start : citation.end] == citation.text
            ends.append(citation.end)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Quy định số 22-QĐ/TW ngày 28/7/2021", dt.date(2021, 7, 28)),
        ("Quy định số 22-QĐ/TW ngày 28-7-2021", dt.date(2021, 7, 28)),
        ("Quy định số 22-QĐ/TW, ngày 28/07/2021", dt.date(2021, 7, 28)),
        ("Quy định số 22-QĐ/TW 28/07/2021", dt.date(2021, 7, 28)),
        ("Quy định số 22-QĐ/TW ngày 28.7.2021", dt.date(2021, 7, 28)),
        ("Kế hoạch 12-KH/HU ngày 30 tháng 5 năm 2019", dt.date(2019, 5, 30)),
        ("Quy định 30 ngày 26/7/2016", dt.date(2016, 7, 26)),
        ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020", dt.date(2020, 3, 5)),
        ("Quy định số 22-QĐ/TW", None),
        ("Quy định số 22-QĐ/TW ngày 31/02/2021", None),
        ("Nghị quyết Trung ương 4 khóa XII", None),
    ],
)
def test_attached_dates(text: str, date: dt.date | None) -> None:
    (citation,) = find_citations(text)
    assert citation.date == date
    assert citation.end == len(text)


def test_invalid_date_keeps_written_year() -> None:
    (citation,) = find_citations("Quy định số 22-QĐ/TW ngày 31/02/2021 của Trung ương")
    assert (citation.date, citation.year) == (None, 2021)


def test_symbol_year_wins_over_date() -> None:
    (citation,) = find_citations("Thông tư số 01/2024/TT-BNV ngày 05/01/2025")
    assert (citation.year, citation.date) == (2024, dt.date(2025, 1, 5))


def test_citation_is_frozen_and_serialisable() -> None:
    (citation,) = find_citations("Quy định số 22-QĐ/TW ngày 28/7/2021")
    assert isinstance(citation, Citation)
    with pytest.raises(AttributeError):
        citation.kind = "luat"  # type: ignore[misc]
    assert citation.to_json() == {
        "kind": "quy-dinh",
        "number": "22",
        "symbol": "QĐ/TW",
        "year": 2021,
        "start": 0,
        "end": 35,
    }


# --------------------------------------------------------------------------- CLI

CLI_INPUT = [
    json.dumps({"text": "Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 và Điều lệ Đảng."}),
    "",
    "not json at all",
    json.dumps(["a list"]),
    json.dumps({"text": None}),
    json.dumps({"text": "Chi bộ có 8/8 đảng viên."}, ensure_ascii=False),
    json.dumps({"text": unicodedata.normalize("NFD", "Chỉ thị 05-CT/TW")}),
]


def _check_cli_output(lines: list[str]) -> None:
    assert len(lines) == len(CLI_INPUT)
    results = [json.loads(line) for line in lines]
    first = results[0]
    assert "error" not in first
    assert [set(c) for c in first["citations"]] == [CLI_KEYS, CLI_KEYS]
    assert first["citations"][0] == {
        "kind": "quy-dinh",
        "number": "22",
        "symbol": "QĐ/TW",
        "year": 2021,
        "start": 10,
        "end": 45,
    }
    assert first["citations"][1]["kind"] == "dieu-le"
    assert first["citations"][1]["year"] is None
    for bad in results[1:5]:
        assert bad["citations"] == []
        assert isinstance(bad["error"], str) and bad["error"]
    assert results[5] == {"citations": []}
    nfd = results[6]["citations"][0]
    assert (nfd["start"], nfd["end"]) == (0, len(unicodedata.normalize("NFD", "Chỉ thị 05-CT/TW")))


def test_cli_subprocess() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "plugins")}
    proc = subprocess.run(
        [sys.executable, "-m", "casebook.citations"],
        input=("\n".join(CLI_INPUT) + "\n").encode("utf-8"),
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b""
    out = proc.stdout.decode("utf-8")
    assert "QĐ/TW" in out  # ensure_ascii=False: Vietnamese letters stay readable
    _check_cli_output(out.splitlines())


def test_cli_in_process_handles_bad_bytes() -> None:
    stdin = io.BytesIO(b"\xff\xfe\n" + json.dumps({"text": "Kết luận số 21"}).encode() + b"\n")
    stdout = io.BytesIO()
    assert main([], stdin=stdin, stdout=stdout) == 0
    first, second = (json.loads(line) for line in stdout.getvalue().decode().splitlines())
    assert first["citations"] == [] and "error" in first
    assert second["citations"][0]["number"] == "21"
    assert set(second["citations"][0]) == CLI_KEYS


def test_cli_in_process_matches_subprocess_contract() -> None:
    stdout = io.BytesIO()
    main([], stdin=io.BytesIO(("\n".join(CLI_INPUT) + "\n").encode()), stdout=stdout)
    _check_cli_output(stdout.getvalue().decode().splitlines())


# --- Fast scanning: the same matches as a plain finditer ----------------------------------


def _scan_inputs() -> list[str]:
    """Table rows, held-out sentences and real paragraphs, plus variants that stress case
    folding (ı, İ, upper case), no-break spaces, Ð and en dashes."""
    from casebook.loader import FOLDERS

    texts = [row[0] for row in ROWS] + [row[0] for row in HELD_OUT]
    for folder in FOLDERS:
        for file in sorted((REPO / "docs" / folder).glob("*.md")):
            texts += [p for p in file.read_text("utf-8").split("\n\n") if p.strip()]
    variants = []
    for t in texts:
        variants += [t.upper(), t.lower(), t.replace(" ", "\u00a0"), t.replace("i", "ı")]
        variants += [t.replace("Q", "İ", 1), t.replace("Đ", "Ð"), t.replace("-", "\u2013")]
    return texts + variants


def test_scan_finds_what_finditer_finds() -> None:
    from casebook import citations as c

    finders = (c.find_typed, c.find_bare_symbols, c.find_plenums)
    checked = 0
    for text in _scan_inputs():
        text = unicodedata.normalize("NFC", text)
        low = text.lower().replace("ð", "đ")
        if len(low) != len(text):
            continue
        cue = low.replace("ı", "i")
        for finder in finders:
            assert list(finder(text, cue)) == list(finder(text, None)), (finder, text)
            checked += 1
    assert checked > 1000


def test_type_phrases_are_the_type_words() -> None:
    from casebook import citation_parts as c

    from_phrases = {c.ci(p) for p in c._TYPE_PHRASES}
    words = {w for w, _, _ in c._TYPE_WORDS}
    assert from_phrases <= words and len(words - from_phrases) == 2  # the two "luật"


def test_lowered_text_matches_every_case_insensitive_letter() -> None:
    """The cue patterns run case-sensitively on lowered text; this holds because every
    character that the regex engine matches case-insensitively with a letter of a type
    word lowers to that letter (after ð → đ and ı → i), or changes the length."""
    import re

    from casebook import citation_parts as c

    letters = sorted({ch for p in (*c._TYPE_PHRASES, "bộ luật", "nghị quyết", "kết luận", "nq")
                      for ch in p if ch != " "})  # fmt: skip
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    alike = set(re.findall(f"(?i:[{''.join(letters)}])", every))
    for ch in alike:
        low = ch.lower().replace("ð", "đ").replace("ı", "i")
        for letter in letters:
            if re.fullmatch(f"(?i:{re.escape(letter)})", ch):
                assert low == letter or len(ch.lower()) != 1, (ch, letter)


def test_typed_lead_bounds_the_distance_to_the_number() -> None:
    from casebook import citation_parts as c

    gap = "\u00a0" * 4
    text = f"chương{gap}trình{gap}khen{gap}thưởng{gap}số{gap}:{gap}5"
    m = c.TYPED_RE.match(text)
    assert m is not None and m.start("nnum") == c.TYPED_LEAD


def _eval_record(split: str, text: str, expected: list[dict[str, object]]) -> str:
    record = {"id": "x", "split": split, "source": "fixture", "text": text, "expected": expected}
    return json.dumps(record, ensure_ascii=False)


def test_eval_scores_per_kind_and_split(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    rule = {"kind": "quy-dinh", "number": "22", "symbol": "QĐ/TW", "year": 2021}
    wrong = {"kind": "chi-thi", "number": "99", "symbol": None, "year": None}
    lines = [
        _eval_record("dev", "Quy định số 22-QĐ/TW ngày 28/7/2021, gọi tắt là Quy định 22.", [rule]),
        _eval_record("held", "Chi bộ kết luận 3 vấn đề.", [wrong]),
    ]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.BytesIO()
    assert main(["--eval", str(data)], stdout=out) == 0
    report = out.getvalue().decode("utf-8")
    dev, held, total = report.split("\n\n")
    # The short form repeats the full one: one document, found once, no false hit.
    assert "quy-dinh         1    0    0  1.000  1.000" in dev
    assert "chi-thi          0    0    1  1.000  0.000" in held
    assert total.splitlines()[-1].split()[-2:] == ["1.000", "0.500"]


def test_real_text_set_is_annotated_and_split() -> None:
    from casebook.citation_eval import load

    records = load(REPO / "tests" / "data" / "citations_real.jsonl")
    positives = [r for r in records if r["expected"]]
    assert len(positives) >= 190 and len(records) - len(positives) >= 40
    assert {r["split"] for r in records} == {"dev", "held"}
    assert all(str(r["source"]).startswith("http") for r in records)
