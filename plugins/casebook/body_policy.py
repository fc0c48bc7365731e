"""The raw-HTML policy of Markdown bodies.

Bodies are Markdown reviewed in pull requests, but Python-Markdown passes raw HTML, any
link scheme and `{: … }` attributes through to readers' browsers. The policy: plain
Markdown, a few harmless inline tags, links to relative paths, http(s) and mailto.
"""

from __future__ import annotations

import html
import re

from casebook.records import Problem

ALLOWED_TAGS = frozenset({"abbr", "br", "sub", "sup", "mark", "kbd"})
_CODE = re.compile(r"^ {0,3}(```|~~~)[^\n]*\n.*?^ {0,3}\1[^\n]*$|`[^`\n]*`", re.M | re.S)
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)(?![:A-Za-z0-9-])([^>]*)>")  # not <http:…>
_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)|<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>")
_ATTRS = re.compile(r"\{:?([^}\n]*)\}")
_RISKY_ATTR = re.compile(r"\b(on[a-z]+|style|href|src|srcdoc|formaction)\s*=", re.I)
_SAFE_SCHEMES = ("http", "https", "mailto")


def check_body(path: str, body: str, body_line: int) -> list[Problem]:
    """Raw HTML outside ALLOWED_TAGS, unsafe link schemes and risky `{: … }` attributes
    in a Markdown body, each located by line (code spans and fences are ignored)."""
    # Each pattern needs a character that most bodies lack: test for it first.
    if "`" in body or "~~~" in body:
        text = _CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), body)
    else:
        text = body
    if "<" not in text and "](" not in text and "{" not in text:
        return []
    found: list[tuple[int, str]] = []
    for m in _TAG.finditer(text):
        tag = m[1].lower()
        if tag not in ALLOWED_TAGS or _RISKY_ATTR.search(m[2]):
            allowed = ", ".join(f"<{t}>" for t in sorted(ALLOWED_TAGS))
            found.append((m.start(), f"thẻ HTML «<{tag}>» không được dùng trong bài; hãy viết "
                                     f"bằng Markdown (chỉ cho phép: {allowed})"))  # fmt: skip
    for m in _LINK.finditer(text):
        if (scheme := _scheme(m[1] if m[1] is not None else m[2])) and scheme not in _SAFE_SCHEMES:
            msg = f"liên kết «{scheme}:» không được phép; chỉ dùng http, https, mailto"
            found.append((m.start(), msg + " hoặc đường dẫn tương đối"))
    for m in _ATTRS.finditer(text):
        if risky := _RISKY_ATTR.search(m[1]):
            found.append((m.start(), f"thuộc tính «{risky[1]}» trong {{: … }} không được phép"))
    return [Problem(path, body_line + body.count("\n", 0, at), None, msg) for at, msg in found]


def _scheme(target: str) -> str | None:
    """The scheme of a link target as a browser reads it (entities decoded, controls and
    spaces dropped), or None for a relative link."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(target)).lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return match[1] if match else None
