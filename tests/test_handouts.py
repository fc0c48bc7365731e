"""Print handouts: a PDF per practice page with its lessons, and course packs."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from casebook import handout
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
    # Built without a public address: no relative path printed anywhere on paper.
    printed = pdf_text("courses/kiem-tra-giam-sat-chi-bo.pdf", pdf_site)
    assert "../" not in printed and ".md" not in printed
    listing = parse(pdf_site.page("courses/index.html")).hrefs
    assert any(h.endswith("kiem-tra-giam-sat-chi-bo/") for h in listing)


@pytest.mark.parametrize(
    ("url", "public"),
    [
        ("https://x.invalid/models/chi-bo-a.md", "https://x.invalid/models/chi-bo-a/"),
        ("https://x.invalid/practices/index.md", "https://x.invalid/practices/"),
        ("https://x.invalid/models/a.md#bai-hoc", "https://x.invalid/models/a/#bai-hoc"),
        ("https://x.invalid/practices/kiem-tra/bai-hoc.pdf", "https://x.invalid/practices/kiem-tra/bai-hoc.pdf"),
    ],
)  # fmt: skip
def test_public_url_of_a_markdown_source(url: str, public: str) -> None:
    assert handout.public_url(url) == public


def test_printed_links_are_absolute_or_absent() -> None:
    text = "Xem [mô hình](../models/chi-bo-a.md) và [trang ngoài](https://example.invalid/)."
    bare = handout.to_html(text, "T")
    assert 'href="../' not in bare and ".md" not in bare
    assert "mô hình" in bare and 'href="https://example.invalid/"' in bare
    public = handout.to_html(text, "T", source="https://x.invalid/courses/hoc-phan.md")
    assert 'href="https://x.invalid/models/chi-bo-a/"' in public


def test_an_unchanged_handout_is_not_rendered_again(tmp_path: Path) -> None:
    cache = handout.PdfCache(tmp_path / "pdf")
    first = cache.pdf(handout.to_html("# Một", "Một"))
    again = handout.PdfCache(tmp_path / "pdf")
    assert again.pdf(handout.to_html("# Một", "Một")) == first and again.made == 0
    other = again.pdf(handout.to_html("# Hai", "Hai"))
    assert again.made == 1 and other != first
    assert pypdf.PdfReader(io.BytesIO(other)).pages[0].extract_text().startswith("Hai")
    again.prune()
    assert len(list((tmp_path / "pdf").iterdir())) == 2
    third = handout.PdfCache(tmp_path / "pdf")
    third.pdf(handout.to_html("# Hai", "Hai"))
    third.prune()  # "Một" was not asked for in this build: gone
    assert len(list((tmp_path / "pdf").iterdir())) == 1


def test_the_project_build_makes_pdfs_and_preview_does_not() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "pdf: !ENV [CASEBOOK_PDF, true]" in config
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    preview = makefile.split("\npreview:", 1)[1].split("\n\n", 1)[0]
    assert "CASEBOOK_PDF=false" in preview
