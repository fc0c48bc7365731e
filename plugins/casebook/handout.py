"""Printable handouts: Markdown → HTML (Python-Markdown) → A4 PDF (WeasyPrint).

WeasyPrint needs Pango from the system (see system-packages.txt); it is imported only when
a PDF is asked for, so a site without PDFs builds without it. Engine-agnostic: strings in,
bytes out. `PdfCache` keeps each PDF under the hash of the HTML it was made from, so a
rebuild renders only the handouts whose content changed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from casebook import routes

_SHELL = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: A4; margin: 16mm 15mm; @bottom-right {{ content: counter(page) "/" counter(pages);
  font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 10pt;
  line-height: 1.45; }}
h1 {{ font-size: 17pt; margin: 0 0 .4em; }} h2 {{ font-size: 13pt; margin-top: 1.2em; }}
h3 {{ font-size: 11pt; }} a {{ color: inherit; text-decoration: none; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: .5pt solid #999;
  padding: 2pt 4pt; vertical-align: top; }}
li {{ margin-bottom: .3em; }} .cb-meta {{ color: #555; }}
.qr {{ float: right; width: 28mm; margin: 0 0 4mm 4mm; }} .qr svg {{ width: 28mm; height: 28mm; }}
.admonition {{ border-left: 2pt solid #999; padding-left: 6pt; }}
</style></head>
<body>{qr}{body}<p class="cb-meta">Nguồn: Mô hình chi bộ tiêu biểu{url}</p></body></html>
"""


class HandoutError(Exception):
    """The PDF could not be made; the message says why, in Vietnamese."""


class _Links(Treeprocessor):
    """Links for paper: relative to the public address of the page's source file, made
    absolute (`../models/x.md` → `https://…/models/x/`); with no address, no link at all,
    since a relative path means nothing on paper."""

    def __init__(self, md: markdown.Markdown, source: str | None) -> None:
        super().__init__(md)
        self.source = source

    def run(self, root: Element) -> None:
        for a in root.iter("a"):
            href = a.get("href", "")
            if urlsplit(href).scheme:
                continue
            if self.source is None:
                a.attrib.pop("href", None)
            else:
                a.set("href", public_url(urljoin(self.source, href)))


def public_url(url: str) -> str:
    """The address MkDocs gives a Markdown source (`a/b.md` → `a/b/`, `a/index.md` → `a/`)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=routes.url_path(parts.path)))


class _LinkExtension(Extension):
    def __init__(self, source: str | None) -> None:
        super().__init__()
        self.source = source

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        md.treeprocessors.register(_Links(md, self.source), "casebook_links", 0)


def to_html(
    text: str, title: str, url: str | None = None, qr: str = "", source: str | None = None
) -> str:
    """A standalone HTML document for printing, from our own Markdown. `url`: the page's
    public address, printed at the end; `source`: the public address of its Markdown
    source (`https://…/courses/x.md`), against which relative links are resolved."""
    extensions: list[str | Extension] = [
        "tables",
        "attr_list",
        "md_in_html",
        "admonition",
        _LinkExtension(source),
    ]
    body = markdown.markdown(text, extensions=extensions)
    shown = f" — {escape(url)}" if url else ""
    return _SHELL.format(title=escape(title), body=body, url=shown,
                         qr=f'<div class="qr">{qr}</div>' if qr else "")  # fmt: skip


def _weasyprint() -> Any:
    try:
        import weasyprint  # type: ignore[import-untyped]
    except (ImportError, OSError) as exc:  # OSError: Pango missing from the system
        raise HandoutError(
            f"không tạo được PDF: cần WeasyPrint và Pango (xem system-packages.txt) ({exc})"
        ) from exc
    return weasyprint


def to_pdf(html: str) -> bytes:
    """Render a standalone HTML document to A4 PDF bytes."""
    pdf: bytes = _weasyprint().HTML(string=html).write_pdf()
    return pdf


class PdfCache:
    """PDFs kept in `folder` under the hash of their HTML and WeasyPrint's version.

    A practice's handout lists every lesson of that practice: at 10,000 cases the handouts
    are a large share of a build (README, `make bench`), and an edit changes few of them.
    `None` as folder: no cache.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.made = 0

    def pdf(self, html: str) -> bytes:
        """The PDF of `html`, from the cache when the same HTML was rendered before."""
        if self.folder is None:
            self.made += 1
            return to_pdf(html)
        version = str(_weasyprint().__version__)
        key = hashlib.sha256(f"{version}\0{html}".encode()).hexdigest()
        path = self.folder / f"{key}.pdf"
        self.used.add(path.name)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            pass
        pdf = to_pdf(html)
        self.made += 1
        self.folder.mkdir(parents=True, exist_ok=True)
        # Write then rename: an interrupted build never leaves half a PDF under a good key.
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
        os.replace(tmp, path)
        return pdf

    def prune(self) -> None:
        """Remove the PDFs this build did not ask for (the cache holds one site's worth)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in [*self.folder.glob("*.pdf"), *self.folder.glob("*.tmp")]:
            if path.name not in self.used:
                path.unlink(missing_ok=True)
