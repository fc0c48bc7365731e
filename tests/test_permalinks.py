"""Permanent URLs: a published URL never disappears silently; redirects keep it working."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from casebook import cli
from tests.conftest import (
    CASE,
    PRACTICE,
    REGULATION,
    ROOT,
    BuildResult,
    case_slugs,
    copy_site,
    run_build,
    serve,
)

OLD = "dang-bo-cong-an-huyen-tan-uyen"
NEW = "dang-bo-cong-an-tan-uyen-lai-chau"


project = copy_site


def rename(root: Path, redirect: bool) -> None:
    old = root / "docs" / "models" / f"{OLD}.md"
    text = old.read_text(encoding="utf-8")
    if redirect:
        text = text.replace("---\n", f"---\nredirect_from: [{OLD}]\n", 1)
    (root / "docs" / "models" / f"{NEW}.md").write_text(text, encoding="utf-8")
    old.unlink()


def test_no_published_url_of_the_real_site_is_lost() -> None:
    assert cli.urls(["--docs", str(ROOT / "docs")], out=io.StringIO()) == 0


def check_lines(docs: Path) -> list[str]:
    out = io.StringIO()
    cli.check(["--docs", str(docs)], out=out)
    return out.getvalue().splitlines()


def test_a_new_page_needs_no_manifest_entry(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "docs" / "models" / "chi-bo-thu-nghiem-lai-chau.md").write_text(CASE)
    before = (root / "published-urls.txt").read_text()
    on_disk = len(case_slugs(root / "docs"))
    assert check_lines(root / "docs") == [f"Đã kiểm tra {on_disk} mô hình: không có vấn đề nào."]
    assert (root / "published-urls.txt").read_text() == before


def test_a_page_with_an_error_is_not_reported_as_a_lost_url(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "docs" / "models" / "chi-bo-moi.md").write_text(CASE.replace("members: 12", "x: 1"))
    old = root / "docs" / "models" / f"{OLD}.md"
    old.write_text(old.read_text().replace("members: 113", "members: -1"))
    lines = check_lines(root / "docs")
    assert not any("đã công bố" in line for line in lines), lines
    assert lines[-1].startswith(f"Đã kiểm tra {len(case_slugs(root / 'docs'))} mô hình: ")
    assert len(lines) == 4, lines  # members missing, x unknown, members -1, the summary


def test_a_lost_url_names_the_manifest_file_and_line(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "docs" / "models" / f"{OLD}.md").unlink()
    manifest = (root / "published-urls.txt").read_text().splitlines()
    line = manifest.index(f"models/{OLD}/") + 1
    lost = [x for x in check_lines(root / "docs") if "đã công bố" in x]
    assert lost == [
        f"{root.as_posix()}/published-urls.txt:{line}: đường dẫn đã công bố «models/{OLD}/» "
        f"(theo published-urls.txt) không còn trang nào; nếu đã đổi tên tệp, thêm "
        f"`redirect_from: [{OLD}]` vào trang mới; nếu muốn bỏ trang, hãy hỏi người duyệt"
    ]


def git(root: Path, *args: str) -> None:
    command = ["git", "-c", "user.name=T", "-c", "user.email=t@t.invalid", *args]
    subprocess.run(command, cwd=root, check=True, capture_output=True)


def test_pages_on_the_default_branch_are_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CASEBOOK_PUBLISHED_REF", raising=False)
    docs = tmp_path / "docs"
    for rel, text in {"models/chi-bo-a.md": CASE, "models/chi-bo-b.md": CASE,
                      "practices/kiem-tra.md": PRACTICE,
                      "regulations/22-qd-tw-2021.md": REGULATION}.items():  # fmt: skip
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "published")
    git(tmp_path, "checkout", "-qb", "edit")
    git(tmp_path, "checkout", "-q", "main")  # main moves on after the branch started
    (docs / "models" / "chi-bo-d.md").write_text(CASE)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "merged elsewhere")
    git(tmp_path, "checkout", "-q", "edit")  # chi-bo-d is not this branch's to lose
    (docs / "models" / "chi-bo-c.md").write_text(CASE)  # new on the branch: not published
    assert check_lines(docs)[-1].endswith("không có vấn đề nào.")
    (docs / "models" / "chi-bo-c.md").unlink()
    (docs / "models" / "chi-bo-b.md").unlink()  # on main: published
    lost = [x for x in check_lines(docs) if "đã công bố" in x]
    assert len(lost) == 1 and "«models/chi-bo-b/» (theo nhánh main)" in lost[0], lost
    assert lost[0].startswith(f"{docs.as_posix()}/models/chi-bo-b.md:1: ")
    monkeypatch.setenv("CASEBOOK_PUBLISHED_REF", "")  # git lookup switched off
    assert check_lines(docs)[-1].endswith("không có vấn đề nào.")


def test_renaming_without_redirect_fails_naming_the_old_url(tmp_path: Path) -> None:
    root = project(tmp_path)
    rename(root, redirect=False)
    result = run_build(root / "mkdocs.yml", root / "site")
    assert result.aborted
    assert any(f"«models/{OLD}/»" in w and f"redirect_from: [{OLD}]" in w for w in result.warnings)


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    root = project(tmp_path_factory.mktemp("renamed"))
    rename(root, redirect=True)
    assert cli.urls(["--docs", str(root / "docs"), "--write"], out=io.StringIO()) == 0
    result = run_build(root / "mkdocs.yml", root / "site")
    assert not result.aborted, result.warnings
    return result


def test_with_redirect_the_old_url_lands_on_the_new_page(
    renamed: BuildResult, browser: Browser
) -> None:
    assert (renamed.site / "models" / OLD / "index.html").exists()
    with serve(renamed.site) as base:
        page = browser.new_page()
        page.goto(base + f"models/{OLD}/")
        page.wait_for_url(f"**/models/{NEW}/")
        assert "Đảng bộ Công an huyện Tân Uyên" in page.inner_text("h1")
        page.close()


def test_redirecting_from_a_live_page_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    case = root / "docs" / "models" / f"{OLD}.md"
    other = "chi-bo-phong-noi-vu-huyen-dong-van"
    case.write_text(case.read_text().replace("---\n", f"---\nredirect_from: [{other}]\n", 1))
    out = io.StringIO()
    assert cli.check(["--docs", str(root / "docs")], out=out) == 1
    assert f"redirect_from[0]: «{other}» vẫn là một trang đang có" in out.getvalue()
