"""One step for a document the registry does not know: write its page from the citation
and list its id in the citing case's `regulations`.

Plain functions over text, so that `casebook documents` and the tests share them. The page
holds only what the article says (kind, number, symbol, issuer, date, the "về …" subject
as its title) with `verified: false`; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from casebook.citations import Citation
from casebook.loader import Regulation
from casebook.text import slugify
from casebook.vocabulary import labels
from casebook.xref import Registry, prose_citations, resolve

_BODIES = "Ban|Bộ|Đảng|Tỉnh|Thành|Huyện|Quận|Ủy|Chính|Thủ|Quốc|Văn|Tổng|Hội"
# An optional term or date may stand between the citation and "của": "… khóa XII của …",
# "…, ngày 3/1/2018 của …" (as `issuers` reads it).
_BETWEEN = (
    r"(?:,?\s*\(?khóa\s+[IVXL]+\)?)?(?:,?\s*(?:ban hành\s+)?ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?"
)
_ISSUER = re.compile(
    rf"{_BETWEEN},?\s*của\s+((?:{_BODIES})[^,.;:()\n]*?)(?=\s+(?:về|ban hành)\b|[,.;:()\n]|$)"
)
_SUBJECT = re.compile(r"\s*(?:\([^)\n]*\)\s*)?,?\s*(về\s+[^.;:()\n«»\"“”]{5,160})")


@dataclass(frozen=True)
class NewPage:
    """A registry page to write: its id (the file name) and full text."""

    id: str
    text: str


def page_id(cite: Citation) -> str:
    """`22-qd-tw-2021`: number, symbol and year, lower-case ASCII."""
    ident = slugify(" ".join(p for p in (cite.number, cite.symbol, str(cite.year or "")) if p))
    return ident or slugify(cite.text)


def _quoted(value: str | None) -> str:
    return "null" if value is None else '"' + value.replace('"', "'") + '"'


def found_after(cite: Citation, text: str) -> tuple[str | None, str | None]:
    """(issuer, title) written right after the citation: "… của Ban Bí thư về X" gives
    ("Ban Bí thư", "<kind> về X")."""
    rest = text[cite.end : cite.end + 400]
    issuer = _ISSUER.match(rest)
    if issuer:
        rest = rest[issuer.end() :]
    subject = _SUBJECT.match(rest)
    issued_by = issuer[1].strip() if issuer else None
    if not subject:
        return issued_by, None
    return issued_by, f"{labels('document_kinds').get(cite.kind, 'Văn bản')} {subject[1].strip()}"


def page_for(cite: Citation, text: str) -> NewPage:
    """The registry page for a citation, every key of the schema present."""
    ident = page_id(cite)
    issuer, title = found_after(cite, text)
    date = f"'{cite.date.isoformat()}'" if cite.date else "null"
    lines = [
        "---",
        f"id: {ident}",
        f"kind: {cite.kind}",
        f"number: {_quoted(cite.number)}",
        f"symbol: {_quoted(cite.symbol)}",
        f"issuer: {_quoted(issuer)}",
        f"date: {date}",
        "# Trích yếu: lấy từ bài viết; đối chiếu với văn bản gốc khi có thể.",
        f"title: {_quoted(title or '')}",
        "status: unknown",
        "replaced_by: null",
        "amended_by: []",
        "verified: false",
        "aliases: []",
        "---",
        "",
        f"Văn bản được viện dẫn trong bài viết dưới dạng «{cite.text}»; thông tin chưa được "
        "đối chiếu với bản gốc.",
        "",
    ]
    return NewPage(ident, "\n".join(lines))


def plan(body: str, listed: Sequence[str], registry: Sequence[Regulation]) -> tuple[
    list[NewPage], list[str]
]:  # fmt: skip
    """Pages to write for unknown citations in `body`, and the ids `regulations` lacks
    (new pages and known documents alike), in order of first citation."""
    reg = Registry.of(registry)
    pages: dict[str, NewPage] = {}
    ids: list[str] = []
    for _, text, cite in prose_citations(body):  # what `casebook check` reads, no more
        found = resolve(cite, text[cite.start :], reg)
        if len(found) > 1:
            continue  # ambiguous: `casebook check` asks the editor to be precise
        page = None if found else page_for(cite, text)
        ident = found[0] if found else page_id(cite)
        if page and ident not in pages:
            pages[ident] = page
        if ident not in listed and ident not in ids:
            ids.append(ident)
    return list(pages.values()), ids


def with_regulations(text: str, line: int, ids: Sequence[str]) -> str:
    """`text` whose `regulations:` key (at 1-based `line`) lists `ids`, one flow list."""
    lines = text.split("\n")
    end = line
    while end < len(lines) and lines[end][:1] in (" ", "-") and lines[end].strip():
        end += 1  # the block items of a `regulations:` written as a list
    lines[line - 1 : end] = [f"regulations: [{', '.join(ids)}]"]
    return "\n".join(lines)
