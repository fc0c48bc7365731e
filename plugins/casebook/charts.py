"""The statistics page's numbers and its charts as inline SVG (no JavaScript)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from casebook.facets import FACETS
from casebook.index import Index
from casebook.templating import escape


def statistics(index: Index) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """(id, title, rows of (label, number of cases)) for each chart of the statistics page."""
    practices = [(p.name, len(index.cases_for_practice(p.key))) for p in index.practices.values()]
    sections = [("practice", "Cách làm", sorted(practices, key=lambda r: (-r[1], r[0])))]
    for facet in FACETS:
        rows = [(t.label, len(t.cases)) for t in index.terms(facet)]
        sections.append((facet, FACETS[facet], rows))
    return sections


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int]]) -> Markup:
    """An accessible horizontal bar chart as inline SVG (no JavaScript): `<title>` and
    `<desc>` name it and list every value; labels are escaped."""
    top = max((n for _, n in rows), default=0) or 1
    height = 22 * len(rows) + 8
    desc = "; ".join(f"{label}: {n}" for label, n in rows)
    parts = [
        f'<svg class="cb-chart" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'viewBox="0 0 760 {height}" width="100%" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]
    for i, (label, n) in enumerate(rows):
        y = 22 * i + 4
        width = round(340 * n / top)
        parts.append(
            f'<text x="366" y="{y + 13}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="374" y="{y + 2}" width="{width}" height="14" rx="2"></rect>'
            f'<text x="{380 + width}" y="{y + 13}">{n}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
