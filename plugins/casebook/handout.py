"""Printable handouts: Markdown → HTML (Python-Markdown) → A4 PDF (WeasyPrint).

WeasyPrint needs Pango from the system; it is imported only when a PDF is asked for, so
a site without PDFs builds without it. Engine-agnostic: strings in, bytes out.
"""

from __future__ import annotations

from html import escape

import markdown

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


def to_html(text: str, title: str, url: str | None = None, qr: str = "") -> str:
    """A standalone HTML document for printing, from our own Markdown."""
    body = markdown.markdown(text, extensions=["tables", "attr_list", "md_in_html", "admonition"])
    shown = f" — {escape(url)}" if url else ""
    return _SHELL.format(title=escape(title), body=body, url=shown,
                         qr=f'<div class="qr">{qr}</div>' if qr else "")  # fmt: skip


def to_pdf(html: str) -> bytes:
    """Render a standalone HTML document to A4 PDF bytes."""
    try:
        import weasyprint  # type: ignore[import-untyped]
    except (ImportError, OSError) as exc:  # OSError: Pango missing from the system
        raise HandoutError(f"không tạo được PDF: cần WeasyPrint và Pango ({exc})") from exc
    pdf: bytes = weasyprint.HTML(string=html).write_pdf()
    return pdf
