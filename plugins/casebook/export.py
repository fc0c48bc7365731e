"""Open data: the index as JSON, CSV and an Atom feed, with a codebook of every column.

`CASE_COLUMNS` is the single description of the case table: the CSV header, the JSON
keys and the codebook page all come from it, so they cannot drift apart.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape as _escape_xml

from casebook import routes
from casebook.index import Index
from casebook.loader import CaseStudy, Regulation
from casebook.vocabulary import Name, labels

_Getter = Callable[[CaseStudy, Index], Any]


def _keys(vocabulary: Name) -> str:
    """The allowed keys of a vocabulary, for a column's note."""
    return ", ".join(labels(vocabulary))


def _cited(case: CaseStudy, index: Index) -> list[str]:
    return [r.id for r in index.cited_by_case(case)]


CASE_COLUMNS: list[tuple[str, str, _Getter]] = [
    ("slug", f"Mã cố định của mô hình (tên tệp); địa chỉ trang là {routes.case_url('<slug>')}",
     lambda c, i: c.slug),
    ("url", "Đường dẫn trang, tương đối với gốc trang web", lambda c, i: routes.case_url(c.slug)),
    ("title", "Tiêu đề bài mô hình", lambda c, i: c.title),
    ("unit", "Tên đầy đủ của chi bộ, đảng bộ", lambda c, i: c.unit),
    ("unit_level", f"Cấp tổ chức đảng: {_keys('unit_levels')} hoặc trống",
     lambda c, i: c.unit_level),
    ("parent", "Cấp ủy cấp trên; trống khi nguồn không nêu", lambda c, i: c.parent),
    ("sector", "Khóa lĩnh vực", lambda c, i: c.sector),
    ("sector_name", "Tên lĩnh vực", lambda c, i: i.sectors.get(c.sector, c.sector)),
    ("province", "Tỉnh, thành phố tại thời điểm bài viết; trống khi nguồn không nêu",
     lambda c, i: c.province),
    ("province_today", "Tỉnh, thành phố hiện nay (sau ngày 1/7/2025), suy ra từ province",
     lambda c, i: c.province_today),
    ("district", "Huyện, quận tại thời điểm bài viết", lambda c, i: c.district),
    ("members", "Số đảng viên (số nguyên); trống khi nguồn không nêu số chính xác",
     lambda c, i: c.members),
    ("members_note", "Cách nguồn nêu số đảng viên khi không có số chính xác",
     lambda c, i: c.members_note),
    ("party_groups", "Số tổ đảng", lambda c, i: c.party_groups),
    ("period", "Năm hoặc khoảng năm bài viết đề cập", lambda c, i: c.period),
    ("year", "Năm cuối của giai đoạn (hoặc năm của bài nguồn)", lambda c, i: c.year),
    ("award_levels", f"Cấp các khen thưởng, cách nhau '; ' ({_keys('award_levels')})",
     lambda c, i: [a.level for a in c.awards]),
    ("awards", "Các khen thưởng: tên (cơ quan, năm), cách nhau '; '",
     lambda c, i: [f"{a.title} ({a.issuer or 'không rõ'}, {a.year or 'không rõ'})"
                   for a in c.awards]),
    ("practices", "Khóa các cách làm, cách nhau '; '", lambda c, i: list(c.practices)),
    ("regulations", "Mã các văn bản được viện dẫn (trong bài hoặc phần khai báo), cách nhau '; '",
     _cited),
    ("lessons", "Số bài học kinh nghiệm", lambda c, i: len(c.lessons)),
    ("source_title", "Tên bài báo nguồn", lambda c, i: c.source.title if c.source else None),
    ("source_author", "Tác giả bài nguồn", lambda c, i: c.source.author if c.source else None),
    ("source_outlet", "Cơ quan đăng bài nguồn", lambda c, i: c.source.outlet if c.source else None),
    ("source_date", "Ngày đăng bài nguồn (YYYY-MM-DD, hoặc YYYY-MM, YYYY khi nguồn chỉ ghi vậy)",
     lambda c, i: c.source.date if c.source else None),
    ("published", "Ngày mô hình được thêm vào cơ sở dữ liệu (YYYY-MM-DD)",
     lambda c, i: c.published.isoformat()),
]  # fmt: skip

_REGULATION_URL = routes.record_url(routes.REGULATIONS, "<id>")
REGULATION_COLUMNS: list[tuple[str, str]] = [
    ("id", f"Mã văn bản (tên tệp); địa chỉ trang là {_REGULATION_URL}"),
    ("kind", "Loại văn bản"),
    ("number", "Số"),
    ("symbol", "Ký hiệu (phần sau số)"),
    ("issuer", "Cơ quan ban hành"),
    ("date", "Ngày ban hành (YYYY-MM-DD)"),
    ("title", "Trích yếu"),
    ("status", f"Hiệu lực: {_keys('regulation_statuses')}"),
    ("replaced_by", "Mã văn bản thay thế"),
    ("amended_by", "Mã các văn bản sửa đổi"),
    ("verified", "true khi thông tin đã được đối chiếu với bản gốc"),
    ("aliases", "Các tên gọi khác"),
    ("cited_by", "Slug các mô hình viện dẫn văn bản"),
]


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_escape(text: str) -> str:
    """Escape for XML text, dropping characters XML 1.0 forbids (a YAML "\\x01" in a
    title would otherwise make the feed unreadable)."""
    return _escape_xml(_XML_INVALID.sub("", text))


def case_rows(index: Index) -> list[dict[str, Any]]:
    """One dict per case, keyed by `CASE_COLUMNS` names, lists kept as lists."""
    return [{name: get(case, index) for name, _, get in CASE_COLUMNS} for case in index.cases]


def cases_json(index: Index) -> str:
    return json.dumps(case_rows(index), ensure_ascii=False, indent=1)


def cases_csv(index: Index) -> str:
    """UTF-8 CSV (with BOM, so spreadsheet programs read the diacritics right)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _, _ in CASE_COLUMNS])
    for row in case_rows(index):
        writer.writerow(_cell(v) for v in row.values())
    return "\ufeff" + out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join("" if v is None else str(v) for v in value)
    return str(value)


def regulation_rows(index: Index) -> list[dict[str, Any]]:
    return [_regulation(reg, index) for reg in index.regulations.values()]


def _regulation(reg: Regulation, index: Index) -> dict[str, Any]:
    return {
        "id": reg.id, "kind": reg.kind, "number": reg.number, "symbol": reg.symbol,
        "issuer": reg.issuer, "date": reg.date.isoformat() if reg.date else None,
        "title": reg.title, "status": reg.status, "replaced_by": reg.replaced_by,
        "amended_by": list(reg.amended_by), "verified": reg.verified,
        "aliases": list(reg.aliases), "cited_by": [c.slug for c in index.cases_citing(reg.id)],
    }  # fmt: skip


def regulations_json(index: Index) -> str:
    return json.dumps(regulation_rows(index), ensure_ascii=False, indent=1)


def atom_feed(index: Index, site_name: str, site_url: str, limit: int = 50) -> str:
    """Atom feed of the newest cases by `published` date. Links are relative to the feed
    (which sits at the site root) unless a site URL is configured."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    cases = index.newest(limit)
    updated = cases[0].published.isoformat() if cases else "1970-01-01"
    entries = "".join(_entry(case, base) for case in cases)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n'
        f"  <title>{xml_escape(site_name)}: mô hình mới</title>\n"
        f'  <link rel="alternate" href="{xml_escape(base or "./")}"/>\n'
        f"  <id>tag:casebook,2026:feed</id>\n  <updated>{updated}T00:00:00Z</updated>\n"
        f"  <author><name>{xml_escape(site_name)}</name></author>\n{entries}</feed>\n"
    )


def _entry(case: CaseStudy, base: str) -> str:
    where = ", ".join(p for p in (case.unit, case.province) if p)
    url = routes.case_url(case.slug)
    return (
        "  <entry>\n"
        f"    <title>{xml_escape(case.title)}</title>\n"
        f'    <link rel="alternate" href="{xml_escape(base + url)}"/>\n'
        f"    <id>tag:casebook,2026:{url.rstrip('/')}</id>\n"
        f"    <updated>{case.published.isoformat()}T00:00:00Z</updated>\n"
        f"    <summary>{xml_escape(where)}</summary>\n"
        "  </entry>\n"
    )


def files(index: Index, site_name: str, site_url: str) -> dict[str, str]:
    """Every open-data file, keyed by its path in the site (`routes.OPEN_DATA`)."""
    made = (cases_json(index), cases_csv(index), regulations_json(index),
            atom_feed(index, site_name, site_url))  # fmt: skip
    return dict(zip(routes.OPEN_DATA, made, strict=True))
