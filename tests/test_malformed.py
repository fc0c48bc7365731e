"""Malformed content: every bad file becomes located problems, never an exception.

The corpus is tests/malformed/: 96 real files, each with its expectation in
tests/malformed/expected.yml (file name → expected problem, or `accepted: true` and the
normalised values). 83 files are rejected, each with one expected problem (key, line and
a fragment of the Vietnamese message; 61 distinct fragments); 13 are accepted with zero
problems and their normalised values checked.

0 entries are strict xfails: the 13 loader bugs this corpus found (9 files made
`load_text` raise; deep nesting segfaulted libyaml; a 60 KB value was echoed whole into
its message) are fixed, and an `xfail:` key would mark a new one. One entry only
pure-Python PyYAML refuses (`xfail_without_libyaml`). Three more files are generated
into tmp_path rather than committed: 10 MB, one byte over the 1 MB limit, and a
front-matter just under it.

`test_docstring_counts_are_current` keeps the numbers above honest.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from casebook.loader import MAX_FILE_BYTES, Corpus, Problem, RecordT, load_files, load_text
from tests.conftest import CASE, PRACTICE, REGULATION

CORPUS = Path(__file__).parent / "malformed"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (CORPUS / "expected.yml").read_text(encoding="utf-8")
)
COMPANIONS = [
    ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
    ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
]


@dataclass(frozen=True)
class Entry:
    """One corpus file and what the loader must make of it."""

    name: str
    kind: str
    raw: bytes
    spec: dict[str, Any]

    @property
    def path(self) -> str:
        folder = "regulations" if self.kind == "regulation" else "models"
        return f"{folder}/{self.name}"

    @property
    def accepted(self) -> bool:
        return bool(self.spec.get("accepted"))

    @property
    def xfail(self) -> str | None:
        reason = self.spec.get("xfail")
        if not reason and not hasattr(yaml, "CSafeLoader"):  # the loader parses in pure Python
            reason = self.spec.get("xfail_without_libyaml")
        return str(reason) if reason else None


def entries() -> list[Entry]:
    return [
        Entry(name, str(spec.get("kind", "case")), (CORPUS / name).read_bytes(), spec)
        for name, spec in sorted(EXPECTED.items())
    ]


def params() -> Iterator[Any]:
    for entry in entries():
        marks = [pytest.mark.xfail(strict=True, reason=entry.xfail)] if entry.xfail else []
        yield pytest.param(entry, id=entry.name, marks=marks)


def load_with_companions(*files: tuple[str, str, bytes]) -> Corpus:
    return load_files([*COMPANIONS, *files])


def attribute(record: object, dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        value = getattr(value, part)
    return value


def record_at(corpus: Corpus, path: str) -> RecordT:
    records: list[RecordT] = [*corpus.cases, *corpus.regulations, *corpus.practices]
    (record,) = [r for r in records if r.path == path]
    return record


def describe(problems: tuple[Problem, ...] | list[Problem]) -> str:
    return "\n".join(p.format() for p in problems) or "(no problem)"


def check_entry(entry: Entry, corpus: Corpus) -> None:
    """Assert what expected.yml says about `entry` against a corpus that loaded it."""
    mine = [p for p in corpus.problems if p.path == entry.path]
    for problem in mine:  # every problem prints in the editor-facing form
        assert problem.format().startswith(f"{entry.path}:{problem.line or 1}:")
    if entry.accepted:
        assert mine == [], describe(mine)
        record = record_at(corpus, entry.path)
        for dotted, expected in (entry.spec.get("values") or {}).items():
            actual = attribute(record, dotted)
            assert (type(actual), actual) == (type(expected), expected), dotted
        body: str = attribute(record, "body")
        assert "\r" not in body and unicodedata.is_normalized("NFC", body)
        assert entry.spec.get("body_contains", "") in body
        return
    want = (entry.spec["key"], entry.spec["line"], entry.spec["contains"])
    found = [(p.key, p.line, want[2]) for p in mine if want[2] in p.message]
    assert want in found, f"expected {want} in:\n{describe(mine)}"


# --- the corpus itself -------------------------------------------------------------------


def test_every_file_has_an_expectation_and_the_other_way_round() -> None:
    on_disk = {p.name for p in CORPUS.iterdir() if p.suffix == ".md"}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 50
    for name, spec in EXPECTED.items():
        assert re.fullmatch(r"\d\d-[A-Za-z0-9-]+\.md", name), name
        allowed = {"kind", "xfail", "xfail_without_libyaml", "accepted", "notice", "values"}
        allowed.add("body_contains")
        if not spec.get("accepted"):
            allowed |= {"key", "line", "contains"}
            assert {"key", "line", "contains"} <= set(spec), name
        assert set(spec) <= allowed, name
        assert spec.get("kind", "case") in {"case", "regulation"}, name


def test_docstring_counts_are_current() -> None:
    doc = __doc__ or ""
    every = entries()
    rejected = [e for e in every if not e.accepted]
    fragments = {e.spec["contains"] for e in rejected}
    assert f"{len(every)} real files" in doc
    assert f"{len(rejected)} files are rejected" in doc
    assert f"{len(fragments)} distinct fragments" in doc
    assert f"{len(every) - len(rejected)} are accepted" in doc
    assert f"{sum(1 for e in every if 'xfail' in e.spec)} entries are strict xfails" in doc


def test_the_byte_level_samples_really_are_what_they_claim() -> None:
    raw = {e.name: e.raw for e in entries()}
    assert raw["01-empty-file.md"] == b""
    assert raw["83-accepted-utf8-bom.md"].startswith(b"\xef\xbb\xbf---\n")
    assert raw["84-accepted-crlf.md"].count(b"\r\n") == raw["84-accepted-crlf.md"].count(b"\n")
    assert b"\n" not in raw["89-accepted-cr-only.md"] and b"\r" in raw["89-accepted-cr-only.md"]
    nfd = raw["85-accepted-nfd.md"].decode("utf-8")
    assert unicodedata.normalize("NFD", nfd) == nfd and not unicodedata.is_normalized("NFC", nfd)
    assert "\u00d0" in raw["86-accepted-eth-in-symbol.md"].decode("utf-8")
    assert b"   \n" in raw["87-accepted-trailing-spaces.md"]
    assert "Khánh Hoà" in raw["88-accepted-khanh-hoa-old-tone.md"].decode("utf-8")
    cp1258 = raw["70-windows-1258.md"]
    with pytest.raises(UnicodeDecodeError):
        cp1258.decode("utf-8")
    assert "Chi bộ" in unicodedata.normalize("NFC", cp1258.decode("cp1258"))
    assert raw["71-latin-1.md"].decode("latin-1").count("é") == 1
    assert raw["72-png-header.md"].startswith(b"\x89PNG\r\n\x1a\n")
    assert b"\x00" in raw["73-nul-bytes.md"]
    assert raw["74-utf-16.md"].startswith(b"\xff\xfe")
    assert b"\x0b" in raw["25-yaml-control-character.md"]
    assert "\u2028" in raw["33-line-separator-before-error.md"].decode("utf-8")


# --- one file at a time ------------------------------------------------------------------


@pytest.mark.parametrize("entry", list(params()))
def test_malformed_file(entry: Entry) -> None:
    corpus = load_with_companions((entry.kind, entry.path, entry.raw))
    check_entry(entry, corpus)
    # The valid companions are never collateral damage.
    assert [p.key for p in corpus.practices] == ["kiem-tra"]
    assert "22-qd-tw-2021" in [r.id for r in corpus.regulations]
    assert all(p.path == entry.path for p in corpus.problems), describe(corpus.problems)


@pytest.mark.parametrize("entry", [e for e in entries() if not e.xfail], ids=lambda e: e.name)
def test_load_text_agrees_with_load_files(entry: Entry) -> None:
    """`load_text` alone: a record exactly when the file parsed and matched its schema."""
    record, problems = load_text(entry.kind, entry.path, entry.raw)
    assert all(p.path == entry.path and p.line is not None and p.line >= 1 for p in problems)
    if problems:
        assert record is None
    else:
        assert record is not None and record.path == entry.path


# --- all at once -------------------------------------------------------------------------


def big_files(tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    """Files too big to commit: name → (bytes written to tmp_path, expected fragment)."""
    ten_mb = (CASE + "Một dòng nội dung rất dài.\n" * 400_000).encode()
    over = CASE.encode() + b"x" * (MAX_FILE_BYTES + 1 - len(CASE.encode()))
    # A legal, just-under-the-limit front-matter: one huge unknown key.
    filler = "a" * (MAX_FILE_BYTES - len(CASE.encode()) - 100)
    huge_front = CASE.replace("members: 12\n", f"members: 12\nghi_chu: {filler}\n").encode()
    out = {
        "97-ten-megabytes.md": (ten_mb, "tệp quá lớn"),
        "98-one-byte-over-the-limit.md": (over, "tệp quá lớn"),
        "99-huge-front-matter.md": (huge_front, "khóa không được phép"),
    }
    for name, (raw, _) in out.items():
        (tmp_path / name).write_bytes(raw)
    assert len(ten_mb) > 10_000_000 and len(over) == MAX_FILE_BYTES + 1
    assert len(huge_front) <= MAX_FILE_BYTES
    return out


def test_big_files_are_problems_not_crashes(tmp_path: Path) -> None:
    for name, (raw, fragment) in big_files(tmp_path).items():
        path = f"models/{name}"
        assert (tmp_path / name).stat().st_size == len(raw)
        started = time.perf_counter()
        record, problems = load_text("case", path, raw)
        assert time.perf_counter() - started < 5, name
        assert record is None
        assert [p.path for p in problems] == [path] and fragment in problems[0].message
        key, line = (None, 1) if "quá lớn" in fragment else ("ghi_chu", 10)
        assert (problems[0].key, problems[0].line) == (key, line)


def test_every_malformed_file_is_reported_in_one_load(tmp_path: Path) -> None:
    """Nothing stops at the first bad file: one `load_files` call reports every one."""
    usable = [e for e in entries() if not e.xfail]
    big = big_files(tmp_path)
    files = [*COMPANIONS, *((e.kind, e.path, e.raw) for e in usable)]
    files += [("case", f"models/{n}", (tmp_path / n).read_bytes()) for n in big]
    files.append(("case", "models/chi-bo-thu-nghiem.md", CASE.encode()))
    corpus = load_files(files)
    for entry in usable:
        check_entry(entry, corpus)
    for name, (_, fragment) in big.items():
        assert any(p.path == f"models/{name}" and fragment in p.message for p in corpus.problems)
    reported = {p.path for p in corpus.problems}
    rejected = {e.path for e in usable if not e.accepted} | {f"models/{n}" for n in big}
    assert reported == rejected
    # The valid files still load, next to every accepted one.
    loaded = {r.path for r in (*corpus.cases, *corpus.regulations, *corpus.practices)}
    assert {path for _, path, _ in COMPANIONS} <= loaded
    assert "models/chi-bo-thu-nghiem.md" in loaded
    assert {e.path for e in usable if e.accepted} <= loaded


def test_every_malformed_file_including_known_bugs_is_reported_in_one_load() -> None:
    every = entries()
    corpus = load_with_companions(*((e.kind, e.path, e.raw) for e in every))
    assert {p.path for p in corpus.problems} == {e.path for e in every if not e.accepted}


# --- pairs and edge cases that need more than one file ------------------------------------


def test_same_slug_differing_only_by_case() -> None:
    """Two files whose names differ only by case: the upper-case one is a bad slug, so the
    two can never collide on a case-insensitive file system (or in a URL)."""
    upper, lower = "models/69-Chi-Bo-Viet-Hoa.md", "models/69-chi-bo-viet-hoa.md"
    raw = (CORPUS / "69-Chi-Bo-Viet-Hoa.md").read_bytes()
    corpus = load_with_companions(("case", upper, raw), ("case", lower, raw))
    assert [(p.path, p.line, p.key) for p in corpus.problems] == [(upper, 1, None)]
    assert "chữ thường" in corpus.problems[0].message
    assert sorted(c.slug for c in corpus.cases) == ["69-Chi-Bo-Viet-Hoa", "69-chi-bo-viet-hoa"]


def test_two_regulations_with_one_identity_are_reported_once_each_pair() -> None:
    names = [
        "76-regulation-same-number-symbol-date.md",
        "77-regulation-eth-same-number-symbol-date.md",
    ]
    files = [("regulation", f"regulations/{n}", (CORPUS / n).read_bytes()) for n in names]
    corpus = load_files(files)  # without the conftest regulation: 77 duplicates 76
    (problem,) = corpus.problems
    assert (problem.path, problem.key, problem.line) == (files[1][1], "number", 4)
    assert files[0][1] in problem.message
    assert {r.symbol for r in corpus.regulations} == {"QĐ/TW"}


def test_deep_nesting_does_not_crash_the_interpreter(tmp_path: Path) -> None:
    """5,000 nested brackets (a 10 KB file) in a thread with a 1 MB stack: the C composer
    of PyYAML's libyaml binding overflows the stack and kills the process (the main thread
    with 8 MB dies at about 25,000). Run in a subprocess so that pytest survives it."""
    script = textwrap.dedent(
        """
        import sys, threading
        from casebook.loader import load_text
        raw = ("---\\nmembers: " + "[" * 5000 + "]" * 5000 + "\\n---\\n").encode()
        def run():
            print([p.format() for p in load_text("case", "models/x.md", raw)[1]])
        threading.stack_size(1 << 20)
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-500:]}"
    assert "models/x.md:2: phần khai báo lồng quá sâu" in done.stdout, done.stderr[-500:]


def test_billion_laughs_is_refused_quickly() -> None:
    raw = (CORPUS / "18-yaml-billion-laughs.md").read_bytes()
    started = time.perf_counter()
    record, problems = load_text("case", "models/18-yaml-billion-laughs.md", raw)
    assert time.perf_counter() - started < 1
    assert record is None and len(problems) == 1


def test_python_tags_run_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    calls: list[object] = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a) or 0)
    for name in ("20-yaml-python-object-tag.md", "21-yaml-python-apply-os-system.md"):
        load_text("case", f"models/{name}", (CORPUS / name).read_bytes())
    assert calls == []


def test_message_for_a_huge_value_is_short() -> None:
    text = CASE.replace("members: 12", "members: [" + ", ".join(["1"] * 20_000) + "]")
    _, problems = load_text("case", "models/x.md", text.encode())
    (problem,) = problems
    assert problem.key == "members" and len(problem.message) < 300
