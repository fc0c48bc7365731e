"""Vietnamese text helpers shared by the core: folding and slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "\u00d0": "D", "\u00f0": "d"})


def fold(text: str) -> str:
    """Remove tone and vowel marks, đ → d: 'Đảng viên' → 'Dang vien'.

    Unicode decomposition strips the marks, but đ/Đ have no decomposition, so they are
    mapped explicitly (as is Ð U+00D0, which real texts write for Đ).
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)  # the same province and term names are slugged again and again
def slugify(value: str, separator: str = "-") -> str:
    """A URL- and anchor-safe ASCII slug: 'Bài học kinh nghiệm' → 'bai-hoc-kinh-nghiem'.

    Signature matches Python-Markdown's `toc.slugify`, so mkdocs.yml can use it for
    heading anchors that readers (and trainers' links) can type.
    """
    ascii_text = fold(value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", separator, ascii_text).strip(separator)


_PRESERVED = re.compile(r"(<(pre|textarea)\b.*?</\2>)", re.S | re.I)
_INDENT = re.compile(r"\n\s+")


def compact_html(html: str) -> str:
    """Drop the indentation and blank lines the theme's templates leave (a fifth of a
    page), except inside <pre> and <textarea>, where whitespace is content. A newline
    stays, so what the browser renders is unchanged."""
    parts = _PRESERVED.split(html)
    # split() yields: text, whole preserved element, its tag name, text, ...
    for i in range(0, len(parts), 3):
        parts[i] = _INDENT.sub("\n", parts[i])
    return "".join(parts[i] for i in range(len(parts)) if i % 3 != 2)
