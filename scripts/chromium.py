#!/usr/bin/env python3
"""Find a headless Chromium for the browser tests, install one when possible, or stop
with one line saying what to run. `make test` runs this first (`make chromium`), so a
machine that cannot test in a browser fails within a minute instead of skipping.

Found, in this order: `$CASEBOOK_CHROMIUM` (a path; when set, nothing else is looked at,
so `CASEBOOK_CHROMIUM=none` hides every browser), `chromium` or `chromium-browser` on
PATH (Debian's), then Playwright's own download. A candidate counts only if it answers
`--version` (Ubuntu's `chromium-browser` is a snap stub that does not run headless).

With `--from playwright` (hosted CI runners), Playwright's browser is installed first
when its download host answers. Installed when nothing is found: with Debian's package
manager on Debian, as root or with password-less sudo; elsewhere with Playwright's
installer (`playwright install --with-deps chromium` with root or sudo, without
`--with-deps` otherwise) when its download host answers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

ENV = "CASEBOOK_CHROMIUM"
# Where `playwright install` downloads from (Playwright reads the same variable).
PLAYWRIGHT_HOST = urlsplit(
    os.environ.get("PLAYWRIGHT_DOWNLOAD_HOST") or "https://cdn.playwright.dev"
)
HINT = (
    "Không tìm thấy Chromium cho kiểm thử trình duyệt: chạy `sudo apt-get install chromium`"
    " (Debian) hoặc `.venv/bin/playwright install --with-deps chromium`, rồi `make test`."
)

Runner = Callable[[Sequence[str]], bool]


def answers(path: str) -> bool:
    """True if `path` is a browser that starts and prints its version."""
    try:
        done = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and "chrom" in done.stdout.lower()


def playwright_chromium() -> str | None:
    """The Chromium that `playwright install chromium` downloaded, if it is there."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as p:
        path = p.chromium.executable_path
    return path if Path(path).is_file() else None


def find(
    env: dict[str, str] | os._Environ[str] = os.environ,
    playwright: Callable[[], str | None] = playwright_chromium,
    check: Callable[[str], bool] = answers,
) -> str | None:
    """Path of a working Chromium, or None."""
    if ENV in env:
        chosen = env[ENV]
        return chosen if chosen and Path(chosen).is_file() and check(chosen) else None
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path and check(path):
            return path
    downloaded = playwright()  # starts Playwright's driver: only when nothing else is there
    return downloaded if downloaded and check(downloaded) else None


def privileges() -> list[str] | None:
    """The prefix that runs a command as root ([] when root already), or None."""
    if os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo and subprocess.run([sudo, "-n", "true"], capture_output=True).returncode == 0:
        return [sudo, "-n"]
    return None


def is_debian(os_release: Path = Path("/etc/os-release")) -> bool:
    """Debian itself: its `chromium` package is the real browser (Ubuntu's is a snap stub)."""
    try:
        fields = dict(
            line.split("=", 1) for line in os_release.read_text().splitlines() if "=" in line
        )
    except OSError:
        return False
    return fields.get("ID", "").strip('"') == "debian"


def reachable(host: str, port: int = 443, timeout: float = 5.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def install_commands(
    root: list[str] | None, debian: bool, host_up: Callable[[], bool]
) -> list[list[str]]:
    """The commands that install a Chromium here, in order; empty when none can."""
    if debian and root is not None and shutil.which("apt-get"):
        env = [*root, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]
        return [[*env, "update", "-qq"], [*env, "install", "-y", "-qq", "chromium"]]
    if host_up():
        deps = ["--with-deps"] if root is not None else []
        return [[sys.executable, "-m", "playwright", "install", *deps, "chromium"]]
    return []


def run(command: Sequence[str]) -> bool:
    print("$ " + " ".join(command), flush=True)
    return subprocess.run(command, stdout=subprocess.DEVNULL).returncode == 0


def ensure(
    locate: Callable[[], str | None] = find,
    commands: Callable[[], list[list[str]]] | None = None,
    runner: Runner = run,
) -> str | None:
    """A working Chromium, installed first if it is missing and can be installed."""
    found = locate()
    if found is not None or os.environ.get(ENV) is not None:
        return found  # an explicit choice is never overridden by an install
    plan = commands() if commands else install_commands(
        privileges(), is_debian(), lambda: reachable(PLAYWRIGHT_HOST.hostname or "")
    )  # fmt: skip
    if plan and all(runner(command) for command in plan):
        return locate()
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tìm hoặc cài Chromium cho kiểm thử.")
    parser.add_argument("--from", dest="origin", choices=["any", "playwright"], default="any",
                        help="playwright: cài Chromium của Playwright trước (CI)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.origin == "playwright" and playwright_chromium() is None:
        root = privileges()
        if reachable(PLAYWRIGHT_HOST.hostname or ""):
            run(install_commands(root, False, lambda: True)[0])
    found = ensure()
    if found is None:
        print(HINT, file=sys.stderr)
        return 1
    print(f"Chromium: {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
