"""Live preview: which pages an edit touches (casebook.preview)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from casebook.index import Index, MentionCache
from casebook.loader import FileCache, load_files, load_tree
from casebook.preview import Tracker
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


def test_the_mention_cache_gives_the_same_index() -> None:
    corpus = load_files([("case", "models/chi-bo-thu-nghiem.md", CASE.encode()),
                         ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
                         ("practice", "practices/kiem-tra.md", PRACTICE.encode())])  # fmt: skip
    cache = MentionCache()
    plain = Index.build(corpus)
    assert Index.build(corpus, cache) == plain
    assert Index.build(corpus, cache) == plain  # from the cache
    assert plain.mentions_in("chi-bo-thu-nghiem")
