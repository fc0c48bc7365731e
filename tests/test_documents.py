"""casebook.documents: the page of an unknown document, read from the citing text."""

from __future__ import annotations

import pytest

from casebook.citations import find_citations
from casebook.documents import found_after, plan

AFTER = [
    ("Quy định số 99-QĐ/TW của Ban Bí thư về công tác thử nghiệm.",
     ("Ban Bí thư", "Quy định về công tác thử nghiệm")),
    ("Quy định số 99-QĐ/TW khóa XII của Ban Bí thư về công tác thử nghiệm.",
     ("Ban Bí thư", "Quy định về công tác thử nghiệm")),
    ("Quy định số 99-QĐ/TW ngày 1/2/2024 của Ban Bí thư về công tác thử nghiệm.",
     ("Ban Bí thư", "Quy định về công tác thử nghiệm")),
    ("Kế hoạch số 7-KH/ĐU, ngày 3/1/2018 của Đảng ủy xã Tân Lập.", ("Đảng ủy xã Tân Lập", None)),
    ("Theo Quy định số 99-QĐ/TW, chi bộ họp hằng tháng.", (None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER)
def test_issuer_and_title_as_written_after_the_citation(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    cite = find_citations(text)[0]
    assert found_after(cite, text) == expected


def test_plan_reads_only_the_citations_the_check_reads() -> None:
    body = (
        "## Thực hiện Chỉ thị số 35-CT/TW\n\n"
        "Xem [Quy định số 109-QĐ/TW](../regulations/x.md) và `Kết luận số 21-KL/TW`.\n\n"
        "Chi bộ làm theo Quy định số 99-QĐ/TW ngày 1/2/2024 của Ban Bí thư về thử nghiệm.\n"
    )
    pages, ids = plan(body, [], [])
    assert ids == ["99-qd-tw-2024"]
    assert [p.id for p in pages] == ["99-qd-tw-2024"]
    assert 'issuer: "Ban Bí thư"' in pages[0].text
