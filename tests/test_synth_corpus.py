"""scripts/synth_corpus.py: synthetic corpora are valid, deterministic, varied and build."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from casebook.citations import find_citations
from casebook.index import Index
from casebook.loader import Corpus, load_tree, sectors
from casebook.vocabulary import AWARD_LEVELS, UNIT_LEVELS
from casebook.xref import resolve
from tests.conftest import ROOT, run_build


def _load_script() -> ModuleType:
    """Import scripts/synth_corpus.py by path: scripts/ is not a package."""
    spec = importlib.util.spec_from_file_location(
        "synth_corpus", ROOT / "scripts" / "synth_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


synth = _load_script()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Corpus]:
    out = tmp_path_factory.mktemp("synth40")
    written = synth.generate(40, out)
    assert len(written) == 40
    return out, load_tree(out / "docs")


@dataclass(frozen=True)
class _Front:
    """The front-matter fields the coverage test looks at (parsed without the loader's
    schema checks, which the 40-case tests already exercise, to keep this file fast)."""

    sector: str
    practices: list[str]
    award_levels: list[str | None]
    unit_level: str | None
    province: str | None
    members: int | None
    period: str
    body: str


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> list[_Front]:
    out = tmp_path_factory.mktemp("synth300")
    fronts = []
    for path in synth.generate(300, out, seed=11):
        _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
        f = yaml.load(head, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        levels = [a["level"] for a in f["awards"]]
        fronts.append(
            _Front(
                f["sector"],
                f["practices"],
                levels,
                f["unit_level"],
                f["province"],
                f["members"],
                f["period"],
                body,
            )  # fmt: skip
        )
    return fronts


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_cases_are_valid_against_schema_and_vocabulary(small: tuple[Path, Corpus]) -> None:
    out, corpus = small
    assert corpus.problems == ()
    assert len(corpus.cases) == 40
    assert {r.id for r in corpus.regulations} == {
        r.id for r in load_tree(ROOT / "docs").regulations
    }
    for case in corpus.cases:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*-\d{5}", case.slug)
        assert 2 <= len(case.practices) <= 5
        assert 1 <= len(case.lessons) <= 4
        assert 400 <= len(case.body.split()) <= 700, case.slug
        assert re.findall(r"^## (.+)$", case.body, re.M) == [
            "Bối cảnh",
            "Cách làm",
            "Kết quả",
            "Bài học kinh nghiệm",
            "Nguồn",
        ]
        assert case.members is not None or case.members_note
        assert case.source is not None and case.source.url is None
    text = (out / "docs" / "models" / f"{corpus.cases[0].slug}.md").read_text(encoding="utf-8")
    assert re.search(r"^published: '\d{4}-\d\d-\d\d'$", text, re.M)
    assert re.search(r"^  date: '\d{4}-\d\d-\d\d'$", text, re.M)


def test_text_citations_match_front_matter_exactly(small: tuple[Path, Corpus]) -> None:
    _, corpus = small
    index = Index.build(corpus)
    assert index.problems == ()
    for case in index.cases:
        mentions = index.mentions_in(case.slug)
        assert all(m.regulation for m in mentions), case.slug
        assert {m.regulation for m in mentions} == set(case.regulations)


def test_every_phrasing_resolves_in_every_citing_sentence() -> None:
    """All citation templates × all checked phrasings: one citation, the right document,
    the registry's date; and no other template cites anything."""
    vocab = synth.load_vocabulary(ROOT / "docs")
    assert vocab.forms, "no registry document is citable"
    fill = _Filler()
    templates = [t for name in dir(synth) if name.isupper() for t in _strings(getattr(synth, name))]
    assert len(templates) >= 60
    for template in templates:
        if "{cite}" in template:
            continue
        sentence = template.format_map(fill)
        assert list(find_citations(sentence)) == [], sentence
    by_id = {r.id: r for r in vocab.regulations}
    citing = synth.CITE_METHOD + synth.CITE_CONTEXT + synth.CITE_AGAIN
    for reg_id, forms in vocab.forms.items():
        for form in forms:
            for template in citing:
                sentence = template.format_map(_Filler(cite=form))
                [cite] = find_citations(sentence)
                after = sentence[cite.start :]
                assert resolve(cite, after, vocab.regulations) == (reg_id,), sentence
                assert cite.date in (None, by_id[reg_id].date), sentence


class _Filler(dict[str, str]):
    """Plausible values for every template placeholder: numbers for counts, else names."""

    def __missing__(self, key: str) -> str:
        numeric = key in {"n", "m", "day", "minutes", "members", "start"} or key.startswith(
            ("k_", "pct")
        )
        return "12" if numeric else "Tân Lập"


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if "{" in value or " " in value else []
    if isinstance(value, tuple):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def test_same_count_and_seed_give_identical_bytes(tmp_path: Path) -> None:
    synth.generate(25, tmp_path / "a", seed=3)
    synth.generate(25, tmp_path / "b", seed=3)
    synth.generate(10, tmp_path / "prefix", seed=3)
    synth.generate(25, tmp_path / "other", seed=4)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a == b
    models = {k: v for k, v in a.items() if k.startswith("docs/models/")}
    assert len(models) == 25
    # The first cases do not depend on how many follow them.
    prefix = {k: v for k, v in _files(tmp_path / "prefix").items() if k.startswith("docs/models/")}
    assert prefix.items() <= models.items()
    other = {k for k in _files(tmp_path / "other") if k.startswith("docs/models/")}
    assert other != set(models)


def test_corpus_covers_the_whole_vocabulary(large: list[_Front]) -> None:
    practices = {p.key for p in load_tree(ROOT / "docs").practices}
    assert {c.sector for c in large} == set(sectors())
    assert {p for c in large for p in c.practices} == practices
    assert {lv for c in large for lv in c.award_levels} == set(AWARD_LEVELS) | {None}
    assert {len(c.award_levels) for c in large} == {0, 1, 2, 3}
    assert {c.unit_level for c in large} == set(UNIT_LEVELS) | {None}
    provinces = Counter(c.province for c in large)
    assert len(set(provinces) - {None}) >= 50
    assert set(provinces) - {None} <= set(synth.PROVINCES)
    assert 0 < provinces[None] < 30
    members = [c.members for c in large if c.members is not None]
    assert len(members) < len(large) and min(members) >= 5 and max(members) <= 6000
    years = {int(y) for c in large for y in c.period.split("-")}
    assert min(years) >= 2010 and max(years) <= 2025
    assert len({c.body for c in large}) == len(large)


def test_thirty_cases_build_strictly_without_warnings(tmp_path: Path) -> None:
    [first, *_] = synth.generate(30, tmp_path / "project")
    config = (tmp_path / "project" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "docs_dir: docs" in config and "(tổng hợp)" in config
    result = run_build(tmp_path / "project" / "mkdocs.yml", tmp_path / "site")
    assert not result.aborted, result.warnings
    assert result.warnings == []
    assert "## Kết quả" in first.read_text(encoding="utf-8")
    assert "Bài học kinh nghiệm" in result.page(f"models/{first.stem}/index.html")


def test_config_keeps_generated_nav_pages_and_drops_real_cases(tmp_path: Path) -> None:
    source = tmp_path / "real"
    (source / "models").mkdir(parents=True)
    (source / "models" / "real-case.md").write_text("x", encoding="utf-8")
    (source / "about.md").write_text("x", encoding="utf-8")
    docs = tmp_path / "synthetic"
    docs.mkdir()
    (docs / "about.md").write_text("x", encoding="utf-8")
    text = (
        "site_name: 'Thử: nghiệm'\n"
        "nav:\n"
        "  - Giới thiệu: about.md\n"
        "  - Mô hình:\n"
        "      - Tất cả: models/index.md\n"
        "      - Một bài: models/real-case.md\n"
        "plugins:\n"
        "  - casebook\n"
    )
    adapted = synth.mkdocs_config(text, docs, source)
    assert adapted.splitlines() == [
        'site_name: "Thử: nghiệm (tổng hợp)"',
        "docs_dir: docs",
        "nav:",
        "  - Giới thiệu: about.md",
        "  - Mô hình:",
        "      - Tất cả: models/index.md",
        "plugins:",
        "  - casebook",
    ]


def test_user_errors_are_vietnamese_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*argv: str) -> tuple[int, str]:
        code = synth.main(list(argv))
        return code, capsys.readouterr().err

    code, err = run()
    assert code == 2 and "thiếu tham số bắt buộc" in err and "Traceback" not in err
    code, err = run("--count", "-1", "--out", str(tmp_path / "x"))
    assert code == 2 and "phải từ 0 đến" in err
    code, err = run("--count", "mười", "--out", str(tmp_path / "x"))
    assert code == 2 and "không phải số nguyên" in err
    code, err = run("--count", "1", "--out", str(tmp_path / "x"), "--bogus")
    assert code == 2 and "tham số không hợp lệ" in err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, err = run("--count", "1", "--out", str(tmp_path / "file"))
    assert code == 2 and "không phải là thư mục" in err

    assert run("--count", "2", "--out", str(tmp_path / "ok"))[0] == 0
    code, err = run("--count", "2", "--out", str(tmp_path / "ok"))
    assert code == 2 and "--force" in err
    assert run("--count", "1", "--out", str(tmp_path / "ok"), "--force")[0] == 0
    assert len(list((tmp_path / "ok" / "docs" / "models").glob("*.md"))) == 1
