"""A Python-Markdown extension that passes our generated HTML blocks through untouched.

`render` writes the fact box, tables and long lists of generated pages as raw HTML
between `<!--cb-html-->` and `<!--/cb-html-->` lines. Any Markdown engine renders them as
ordinary raw HTML; with this extension Python-Markdown stashes each block whole instead of
re-parsing it tag by tag with `html.parser`, which cost more than the rest of a case page.
Only `render`'s escaped template output is ever wrapped (see `render.HTML_OPEN`).
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

OPEN = "<!--cb-html-->"
CLOSE = "<!--/cb-html-->"
_BLOCK = re.compile(rf"^{re.escape(OPEN)}\n(.*?)\n{re.escape(CLOSE)}$", re.M | re.S)


_ID = re.compile(r'\sid="([^"]+)"')


class _Stash(Preprocessor):
    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.ids: set[str] = set()

    def run(self, lines: list[str]) -> list[str]:
        self.ids = set()
        text = "\n".join(lines)
        if OPEN not in text:
            return lines
        stash = self.md.htmlStash

        def store(match: re.Match[str]) -> str:
            self.ids.update(_ID.findall(match[1]))
            return f"\n{stash.store(match[1])}\n"

        return _BLOCK.sub(store, text).split("\n")


class RawBlocks(Extension):
    """Register the stash before MkDocs' anchor collector (21) and the HTML block parser
    (20), and the hand-over of ids between the two (`engine_mkdocs.ShareAnchorIds`)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API
        # The engine's anchor collector is its internals: the adapter knows them.
        from casebook.engine_mkdocs import ShareAnchorIds

        stash = _Stash(md)
        md.preprocessors.register(stash, "casebook_html", 26)
        md.preprocessors.register(ShareAnchorIds(md, lambda: stash.ids), "casebook_html_ids", 20.5)


def makeExtension(**kwargs: object) -> RawBlocks:  # noqa: N802 - Python-Markdown's API
    return RawBlocks(**kwargs)
