"""An editor's pull request: new cases and a new document page, and nothing else, pass
the checks CI runs (`casebook check`, then a strict build) on a copy of the real site."""

from __future__ import annotations

import io
from pathlib import Path

from casebook import cli
from tests.conftest import CASE, case_slugs, copy_site, run_build

THANH_TIEN = """\
---
title: Chi bộ Thành Tiến giữ vững danh hiệu hoàn thành xuất sắc nhiệm vụ
unit: Chi bộ Thành Tiến
unit_level: chi-bo-truc-thuoc
parent: Đảng bộ xã Tràng Xá
sector: xa-phuong
province: null
district: Võ Nhai
members: 30
members_note: null
party_groups: null
period: "2022"
awards:
  - title: Bằng khen "Hoàn thành xuất sắc nhiệm vụ" tiêu biểu 5 năm (2017-2021)
    issuer: Ban Thường vụ Tỉnh ủy
    year: 2022
    level: tinh
practices: [giao-duc-chinh-tri-tu-tuong]
regulations: [dieu-le-dang-2011]
lessons:
  - id: quan-triet-kip-thoi
    practice: giao-duc-chinh-tri-tu-tuong
    text: Đưa chủ trương của cấp trên đến từng đảng viên ngay trong năm ban hành.
source:
  title: Chi bộ Thành Tiến nhiều năm hoàn thành xuất sắc nhiệm vụ
  outlet: Báo Thái Nguyên
  date: 2023-02
  author: Quỳnh Mai
  url: https://baothainguyen.vn/chinh-tri/xay-dung-dang/202302/chi-bo-thanh-tien-nhieu-nam-hoan-thanh-xuat-sac-nhiem-vu-32f5111/
published: 2026-12-06
---

## Bối cảnh

Chi bộ ở một xóm trồng chè có 30 đảng viên; các đảng viên chấp hành Điều lệ Đảng.

## Nguồn

Theo bài của Quỳnh Mai trên Báo Thái Nguyên.
"""

NEW_DOCUMENT_CITED = (
    "\nChi bộ áp dụng Hướng dẫn số 12-HD/BTCTW ngày 15/3/2023 của Ban Tổ chức Trung ương "
    "về nâng cao chất lượng sinh hoạt chi bộ.\n"
)


def test_two_new_cases_and_a_new_document_pass_check_and_strict_build(tmp_path: Path) -> None:
    docs = copy_site(tmp_path) / "docs"
    manifest = (tmp_path / "published-urls.txt").read_text(encoding="utf-8")
    (docs / "models" / "chi-bo-thanh-tien-xa-trang-xa.md").write_text(THANH_TIEN, "utf-8")
    second = docs / "models" / "chi-bo-thu-nghiem-lai-chau.md"
    second.write_text(CASE + NEW_DOCUMENT_CITED, encoding="utf-8")
    assert cli.documents(["--docs", str(docs), str(second)], out=io.StringIO()) == 0
    out = io.StringIO()
    assert cli.check(["--docs", str(docs)], out=out) == 0, out.getvalue()
    on_disk = len(case_slugs(docs))
    assert out.getvalue() == f"Đã kiểm tra {on_disk} mô hình: không có vấn đề nào.\n"
    result = run_build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert not result.aborted and result.warnings == [], result.warnings
    for page in ("models/chi-bo-thanh-tien-xa-trang-xa", "models/chi-bo-thu-nghiem-lai-chau",
                 "regulations/12-hd-btctw-2023"):  # fmt: skip
        assert (result.site / page / "index.html").is_file(), page
    assert "models/chi-bo-thu-nghiem-lai-chau/" in result.page(
        "regulations/12-hd-btctw-2023/index.html"
    )
    assert (tmp_path / "published-urls.txt").read_text(encoding="utf-8") == manifest
