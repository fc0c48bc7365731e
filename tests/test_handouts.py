"""Print handouts: a PDF per practice page with its lessons, and course packs."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from casebook.index import Index
from casebook.loader import load_tree
from tests.conftest import ROOT, BuildResult, run_build
from tests.test_build import parse, visible


def pdf_text(path: str, site: BuildResult) -> str:
    reader = pypdf.PdfReader(io.BytesIO((site.site / path).read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def squash(text: str) -> str:
    return re.sub(r"\W+", "", text)


@pytest.fixture(scope="module")
def pdf_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    mp = pytest.MonkeyPatch()
    mp.setenv("CASEBOOK_PDF", "true")
    mp.setenv("CASEBOOK_SEARCH", "false")
    result = run_build(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("pdf") / "site")
    mp.undo()
    assert not result.aborted, result.warnings
    return result


def test_practice_handout_holds_every_lesson(pdf_site: BuildResult) -> None:
    index = Index.build(load_tree(ROOT / "docs"))
    text = squash(pdf_text("practices/kiem-tra/bai-hoc.pdf", pdf_site))
    lessons = index.lessons_for_practice("kiem-tra")
    assert lessons
    for lesson in lessons:
        assert squash(lesson.text) in text, lesson.id
    page = parse(pdf_site.page("practices/kiem-tra/index.html"))
    assert "bai-hoc.pdf" in page.hrefs


def test_course_pack_renders_as_page_and_pdf(pdf_site: BuildResult) -> None:
    html = pdf_site.page("courses/kiem-tra-giam-sat-chi-bo/index.html")
    text = visible(html)
    assert "Kiểm tra, giám sát ở chi bộ: ba cách làm từ thực tiễn" in text
    assert "1. Cách làm: Kiểm tra" in text and "7. Văn bản: Quy định 22-QĐ/TW" in text
    assert "Ghi chú của giảng viên" in text
    assert "../kiem-tra-giam-sat-chi-bo.pdf" in parse(html).hrefs
    pdf = squash(pdf_text("courses/kiem-tra-giam-sat-chi-bo.pdf", pdf_site))
    assert squash("Mỗi kỳ sinh hoạt kiểm tra, giám sát một đảng viên") in pdf
    listing = parse(pdf_site.page("courses/index.html")).hrefs
    assert any(h.endswith("kiem-tra-giam-sat-chi-bo/") for h in listing)
