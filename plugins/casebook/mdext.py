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


class _Stash(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if OPEN not in text:
            return lines
        stash = self.md.htmlStash

        def store(match: re.Match[str]) -> str:
            return f"\n{stash.store(match[1])}\n"

        return _BLOCK.sub(store, text).split("\n")


class RawBlocks(Extension):
    """Register the stash right before the HTML block parser (priority 20), after MkDocs'
    collector of anchor ids (21), so links to ids inside the blocks are still validated."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API
        md.preprocessors.register(_Stash(md), "casebook_html", 20.5)


def makeExtension(**kwargs: object) -> RawBlocks:  # noqa: N802 - Python-Markdown's API
    return RawBlocks(**kwargs)
