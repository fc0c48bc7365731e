"""The raw-HTML pass-through extension and the URLs written into raw HTML."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from casebook import render, routes
from casebook.mdext import CLOSE, OPEN
from tests.conftest import MKDOCS_YML, build_tree, tiny_tree
from tests.test_render import small_index

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]


def convert(text: str, fast: bool) -> str:
    extensions = [*EXTENSIONS, "casebook.mdext"] if fast else EXTENSIONS
    return markdown.markdown(text, extensions=extensions)


def test_generated_pages_render_the_same_with_and_without_the_extension() -> None:
    index = small_index()
    pages = {"models/chi-bo-thu-nghiem.md": render.case_page(index.cases[0], index)}
    pages |= render.generated_pages(index)
    wrapped = [text for text in pages.values() if OPEN in text]
    assert len(wrapped) >= 5  # the case page and the listings use raw blocks
    for text in wrapped:
        fast = convert(text, fast=True)
        assert OPEN not in fast and CLOSE not in fast
        # The slow path keeps the marker comments (and a blank line after them): the
        # only difference allowed.
        slow = convert(text, fast=False).replace(f"{OPEN}\n", "")
        slow = slow.replace(f"\n{CLOSE}\n\n", "\n").replace(f"\n{CLOSE}", "")
        assert fast == slow


def test_a_block_is_passed_through_without_markdown_processing() -> None:
    text = f"# T\n\n{OPEN}\n<div><p>*not emphasis* [no](link.md)</p></div>\n{CLOSE}\n\nafter *em*\n"
    html = convert(text, fast=True)
    assert "<p>*not emphasis* [no](link.md)</p>" in html
    assert "<em>em</em>" in html


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("models/a.md", "practices/b.md", "../../practices/b/"),
        ("models/a.md", "models/c.md", "../c/"),
        ("models/index.md", "models/c.md", "c/"),
        ("index.md", "models/c.md", "models/c/"),
        ("provinces/ha-noi/trang-2.md", "index.md", "../../../"),
        ("practices/x/ha-noi.md", "practices/x.md", "../"),
        ("models/trang-2.md", "models/index.md", "../"),
        ("practices/x.md", "practices/x/bai-hoc.pdf", "bai-hoc.pdf"),
        ("models/a.md", "models/a.md", "./"),
    ],
)
def test_href_follows_directory_urls(source: str, target: str, expected: str) -> None:
    assert routes.href(source, target) == expected


def test_compact_html_drops_indentation_but_not_preformatted_text() -> None:
    from casebook.text import compact_html

    html = (
        "<div>\n    <p>một\n      hai</p>\n\n\n  \n  <pre><code>x\n\n    y</code></pre>\n"
        "<textarea>\n\n  t</textarea>"
    )
    assert compact_html(html) == (
        "<div>\n<p>một\nhai</p>\n<pre><code>x\n\n    y</code></pre>\n<textarea>\n\n  t</textarea>"
    )


def test_links_to_ids_inside_the_blocks_are_still_validated(tmp_path: Path) -> None:
    config = MKDOCS_YML.replace(
        "markdown_extensions:\n", "markdown_extensions:\n  - casebook.mdext\n"
    )
    config += "validation:\n  anchors: warn\n"
    index_md = (
        "# Trang chủ\n\n[có](models/chi-bo-thu-nghiem.md#bai-hoc-moi-ky-mot-nguoi)\n\n"
        "[không có](models/chi-bo-thu-nghiem.md#bai-hoc-khong-co)\n"
    )
    result = build_tree(tmp_path, tiny_tree({"index.md": index_md}), config, strict=False)
    anchors = [w for w in result.warnings if "does not contain an anchor" in w]
    assert len(anchors) == 1 and "#bai-hoc-khong-co" in anchors[0], result.warnings
