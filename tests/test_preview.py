"""Live preview: which pages an edit touches (casebook.preview)."""

from __future__ import annotations

from casebook.preview import Tracker
from casebook.render import ALL


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
