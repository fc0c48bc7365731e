"""Browser discovery and install plan of `make chromium` (scripts/chromium.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, chromium


def test_an_explicit_choice_hides_every_other_browser() -> None:
    assert chromium.find({"CASEBOOK_CHROMIUM": "none"}, lambda: "/x", lambda p: True) is None
    found = chromium.find({"CASEBOOK_CHROMIUM": sys.executable}, lambda: None, lambda p: True)
    assert found == sys.executable


def test_a_stub_that_does_not_answer_is_not_a_browser(tmp_path: Path) -> None:
    stub = tmp_path / "chromium-browser"
    stub.write_text("#!/bin/sh\necho 'Command requires the chromium snap' >&2\nexit 1\n")
    stub.chmod(0o755)
    assert not chromium.answers(str(stub))
    assert chromium.find({"CASEBOOK_CHROMIUM": str(stub)}, lambda: None) is None


@pytest.mark.parametrize(
    ("root", "debian", "host_up", "first_words"),
    [
        ([], True, False, ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update", "-qq"]),
        (["sudo", "-n"], True, False, ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"]),
        (["sudo"], False, True, [sys.executable, "-m", "playwright", "install", "--with-deps"]),
        (None, False, True, [sys.executable, "-m", "playwright", "install", "chromium"]),
        (None, True, True, [sys.executable, "-m", "playwright", "install", "chromium"]),
        (None, True, False, None),
        (None, False, False, None),
    ],
)  # fmt: skip
def test_install_plan(
    root: list[str] | None, debian: bool, host_up: bool, first_words: list[str] | None
) -> None:
    plan = chromium.install_commands(root, debian, lambda: host_up)
    if first_words is None:
        assert plan == []
    else:
        assert plan[0][: len(first_words)] == first_words


def test_ensure_installs_then_finds_again() -> None:
    found: list[str | None] = [None]
    ran: list[list[str]] = []

    def runner(command: list[str]) -> bool:
        ran.append(list(command))
        found[0] = "/opt/chromium"
        return True

    result = chromium.ensure(lambda: found[0], lambda: [["install", "chromium"]], runner)
    assert result == "/opt/chromium" and ran == [["install", "chromium"]]
    assert chromium.ensure(lambda: None, lambda: [["fails"]], lambda c: False) is None


def test_without_a_browser_make_chromium_fails_in_one_line() -> None:
    env = {"PATH": "/usr/bin:/bin", "CASEBOOK_CHROMIUM": "none", "HOME": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "chromium.py")],
                          capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "playwright install --with-deps chromium" in done.stderr


def test_playwright_is_asked_only_when_nothing_is_on_path(tmp_path: Path) -> None:
    asked: list[bool] = []

    def playwright() -> str | None:
        asked.append(True)
        return None

    browser = tmp_path / "chromium"
    browser.write_text("#!/bin/sh\necho Chromium 1.0\n")
    browser.chmod(0o755)
    mp = pytest.MonkeyPatch()
    mp.setenv("PATH", str(tmp_path))
    try:
        assert chromium.find({}, playwright) == str(browser) and asked == []
        browser.unlink()
        assert chromium.find({}, playwright) is None and asked == [True]
    finally:
        mp.undo()
