"""Permanent URLs: a published URL never disappears silently; redirects keep it working."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from casebook import cli
from tests.conftest import ROOT, BuildResult, run_build, serve

OLD = "dang-bo-cong-an-huyen-tan-uyen"
NEW = "dang-bo-cong-an-tan-uyen-lai-chau"


def project(tmp_path: Path) -> Path:
    """A copy of the real project (docs, config, theme override, URL manifest)."""
    for name in ("docs", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    for name in ("mkdocs.yml", "published-urls.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def rename(root: Path, redirect: bool) -> None:
    old = root / "docs" / "models" / f"{OLD}.md"
    text = old.read_text(encoding="utf-8")
    if redirect:
        text = text.replace("---\n", f"---\nredirect_from: [{OLD}]\n", 1)
    (root / "docs" / "models" / f"{NEW}.md").write_text(text, encoding="utf-8")
    old.unlink()


def test_manifest_lists_every_page_of_the_real_site() -> None:
    assert cli.urls(["--docs", str(ROOT / "docs")], out=io.StringIO()) == 0


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
