"""Live preview: which pages an edit touches (casebook.preview)."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from casebook import render
from casebook.index import Index, IndexCache
from casebook.loader import CaseStudy, Corpus, FileCache, load_files, load_one, load_tree
from casebook.preview import Tracker, quick_update, records, touched_pages
from casebook.render import ALL
from tests.conftest import CASE, PRACTICE, REGULATION, tiny_tree


class Record:
    """A stand-in for a loaded record: identity is what the tracker compares."""


def test_first_build_renders_everything_then_only_what_changed() -> None:
    a, b, c = Record(), Record(), Record()
    tracker = Tracker()
    tracker.start((a, b, c))
    assert tracker.touched("p.md", (3, a, b))
    assert tracker.touched("q.md", (c,))
    assert tracker.touched("stats.md", ALL)
    assert tracker.rendered == 3

    tracker.start((a, b, c))  # a rebuild with nothing edited
    assert not tracker.touched("p.md", (3, a, b))
    assert not tracker.touched("q.md", (c,))
    assert not tracker.touched("stats.md", ALL)
    assert tracker.rendered == 0

    b2 = Record()  # b edited: a new record object
    tracker.start((a, b2, c))
    assert tracker.touched("p.md", (3, a, b2))
    assert not tracker.touched("q.md", (c,))
    assert tracker.touched("stats.md", ALL)
    assert tracker.rendered == 2


def test_a_count_change_touches_the_page() -> None:
    a = Record()
    tracker = Tracker()
    tracker.start((a,))
    tracker.touched("list.md", (1, a))
    tracker.start((a,))
    assert tracker.touched("list.md", (2, a))


def test_the_loader_cache_keeps_unchanged_records_and_rereads_edited_files(
    tmp_path: Path,
) -> None:
    for rel, text in tiny_tree(
        {"models/chi-bo-thu-hai.md": CASE.replace("Lai Châu", "Sơn La")}
    ).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(textwrap.dedent(text), encoding="utf-8")
    cache: FileCache = {}
    first = load_tree(tmp_path, cache)
    assert load_tree(tmp_path) == first  # the cache changes nothing but speed
    again = load_tree(tmp_path, cache)
    assert all(a is b for a, b in zip(first.cases, again.cases, strict=True))
    edited = tmp_path / "models" / "chi-bo-thu-hai.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Sơn La", "Điện Biên") + "\n",
                      encoding="utf-8")  # fmt: skip
    third = load_tree(tmp_path, cache)
    by_slug = {c.slug: c for c in third.cases}
    assert by_slug["chi-bo-thu-hai"].province == "Điện Biên"
    assert by_slug["chi-bo-thu-nghiem"] is {c.slug: c for c in first.cases}["chi-bo-thu-nghiem"]
    edited.unlink()
    assert [c.slug for c in load_tree(tmp_path, cache).cases] == ["chi-bo-thu-nghiem"]
    assert "models/chi-bo-thu-hai.md" not in cache


def test_the_index_cache_gives_the_same_index() -> None:
    corpus = load_files([("case", "models/chi-bo-thu-nghiem.md", CASE.encode()),
                         ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
                         ("practice", "practices/kiem-tra.md", PRACTICE.encode())])  # fmt: skip
    cache = IndexCache()
    plain = Index.build(corpus)
    assert Index.build(corpus, cache) == plain
    assert Index.build(corpus, cache) == plain  # from the cache
    assert plain.mentions_in("chi-bo-thu-nghiem")


def _tree(tmp_path: Path, extra: dict[str, str]) -> Path:
    for rel, text in tiny_tree(extra).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def _full(docs: Path, tracker: Tracker, cache: IndexCache) -> tuple[Corpus, frozenset[str]]:
    """What the plugin does in a full preview build: load, index, render what changed."""
    corpus = load_tree(docs)
    index = Index.build(corpus, cache)
    tracker.start(records(index))
    pages = render.generated(index)
    for page in pages:
        tracker.touched(page.uri, page.deps)
    for record in records(index):
        tracker.touched(record.path, render.content_deps(record, index))
    return corpus, frozenset(page.uri for page in pages)


def _edit(docs: Path, rel: str, old: str, new: str) -> CaseStudy:
    path = docs / rel
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    record, problems = load_one("case", rel, path.read_bytes())
    assert record is not None and not problems, problems
    return record  # type: ignore[no-any-return]


def test_a_quick_update_gives_the_index_and_pages_of_a_full_build(tmp_path: Path) -> None:
    other = CASE.replace("Lai Châu", "Sơn La").replace("Chi bộ Thử nghiệm", "Chi bộ Hai")
    # A third case shares nothing with the others (practice, document, sector).
    practice = PRACTICE.replace("kiem-tra", "hoc-tap").replace("Kiểm tra", "Học tập")
    apart = (CASE.replace("kiem-tra", "hoc-tap").replace("hanh-chinh", "cong-an")
             .replace("regulations: [22-qd-tw-2021]", "regulations: []")
             .replace("Quy định số 22-QĐ/TW ngày 28/7/2021", "nghị quyết của chi bộ")
             .replace("Chi bộ Thử nghiệm", "Chi bộ Ba"))  # fmt: skip
    docs = _tree(tmp_path, {"models/chi-bo-hai.md": other, "models/chi-bo-ba.md": apart,
                            "practices/hoc-tap.md": practice})  # fmt: skip
    tracker, cache = Tracker(), IndexCache()
    corpus, uris = _full(docs, tracker, cache)
    edited = _edit(docs, "models/chi-bo-hai.md", "để đi vào chiều sâu", "mỗi tháng một lần")
    update = quick_update(corpus, [edited], cache)
    assert update is not None
    fresh = load_tree(docs)
    assert update.corpus == fresh
    assert update.index == Index.build(fresh)
    touched = touched_pages(update, tracker, uris)
    assert touched is not None
    pages, content = touched
    expected = render.generated_pages(update.index)
    assert pages  # the pages listing the case, each as a full build makes it
    assert all(expected[page.uri] == page.make() for page in pages)
    assert "models/index.md" in [page.uri for page in pages]  # the list of all cases
    # The edited case first; the practice page lists its lessons; the case that lists it
    # as related shows its title. The unrelated case, its practice and the province page
    # of the cases not edited are not rendered again.
    neighbour = update.index.case("chi-bo-thu-nghiem")
    assert neighbour is not None and update.index.related(neighbour)[0][0] is edited
    assert content[0] == "models/chi-bo-hai.md"
    assert "practices/kiem-tra.md" in content
    assert "models/chi-bo-thu-nghiem.md" in content
    assert "models/chi-bo-ba.md" not in content and "practices/hoc-tap.md" not in content
    assert not any("lai-chau" in page.uri for page in pages)


def test_a_quick_update_declines_what_needs_a_full_build(tmp_path: Path) -> None:
    docs = _tree(tmp_path, {})
    tracker, cache = Tracker(), IndexCache()
    corpus, uris = _full(docs, tracker, cache)
    before = dict(tracker._pages)
    new_case = dataclasses.replace(corpus.cases[0], path="models/moi.md", slug="moi")
    assert quick_update(corpus, [new_case], cache) is None  # not loaded before
    assert quick_update(corpus, [], cache) is None
    # An unknown practice: the full build reports it.
    wrong = dataclasses.replace(corpus.cases[0], practices=("khong-co",))
    assert quick_update(corpus, [wrong], cache) is None
    # A new province adds a browse page.
    moved = _edit(docs, "models/chi-bo-thu-nghiem.md", "province: Lai Châu", "province: Sơn La")
    update = quick_update(corpus, [moved], cache)
    assert update is not None
    assert touched_pages(update, tracker, uris) is None
    assert tracker._pages == before  # what a later full build compares against is intact


def test_the_live_preview_runs_only_on_the_engine_versions_it_was_written_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import mkdocs

    from casebook import engine_mkdocs
    from casebook.plugin import CasebookPlugin

    def started() -> CasebookPlugin:
        plugin = CasebookPlugin()
        errors, _ = plugin.load_config({"preview": True})
        assert not errors
        plugin.on_startup(command="serve", dirty=True)
        return plugin

    assert engine_mkdocs.preview_supported() is None
    assert started().tracker is not None
    monkeypatch.setattr(mkdocs, "__version__", "1.7.0")
    notice = engine_mkdocs.preview_supported()
    assert notice is not None and "1.7.0" in notice and "\n" not in notice
    assert started().tracker is None  # plain `serve --dirty`
