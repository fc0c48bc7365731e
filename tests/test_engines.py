"""The real docs/ also build with ProperDocs, the maintained MkDocs 1.x fork (PyPI:
`properdocs`, command `properdocs`), together with Material, mkdocs-redirects and our
plugin: MkDocs may be replaced by an incompatible 2.0, and this is the way out.

ProperDocs runs plugins registered under the `mkdocs.plugins` entry point and redirects
`import mkdocs.*` to `properdocs.*`, so nothing in the plugin changes. It lives in its own
virtual environment, cached in `.venv-properdocs/` (git-ignored) and rebuilt when
pyproject.toml changes; the first run installs it from PyPI (about a minute and a half).
Without network the test is skipped locally and fails in CI.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, BuildResult, case_slugs

VENV = ROOT / ".venv-properdocs"
BIN = VENV / "bin"
STAMP = VENV / ".installed-stamp"
REQUIREMENTS = ["properdocs", "mkdocs-material", "mkdocs-redirects", "-e", str(ROOT)]


def wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(" ".join(REQUIREMENTS).encode())
    return digest.hexdigest()


def unavailable(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def properdocs() -> Path:
    """The `properdocs` executable of the cached virtual environment, (re)installed when
    it is missing or pyproject.toml changed."""
    stamp = wanted_stamp()
    if not (STAMP.exists() and STAMP.read_text() == stamp and (BIN / "properdocs").exists()):
        create = [sys.executable, "-m", "venv", "--clear", str(VENV)]
        subprocess.run(create, check=True, capture_output=True, timeout=300)
        install = [str(BIN / "python"), "-m", "pip", "install", "--quiet", *REQUIREMENTS]
        result = subprocess.run(install, capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            tail = " / ".join((result.stderr or result.stdout).strip().splitlines()[-3:])
            unavailable(f"could not install ProperDocs into {VENV.name}: {tail}")
        STAMP.write_text(stamp)
    return BIN / "properdocs"


def test_real_docs_build_strictly_with_properdocs(
    properdocs: Path, real_site: BuildResult, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    command = [
        str(properdocs),
        "build",
        "--strict",
        "-f",
        str(ROOT / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    took = time.perf_counter() - started
    log = result.stdout + result.stderr
    print(f"\nproperdocs build --strict: {took:.1f} s (exit {result.returncode})")
    assert result.returncode == 0, log
    assert not re.search(r"^(WARNING|ERROR)\b", log, re.M), log
    cases = {p.parent.name for p in (site / "models").glob("*/index.html")}
    assert case_slugs(ROOT / "docs") <= cases, cases
    generator = re.search(
        r'<meta name="generator" content="([^"]+)"', (site / "index.html").read_text()
    )
    assert generator and "ProperDocs" in generator.group(1), generator
    # The same pages as the MkDocs build, and the Pagefind bundle.
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    reference = {p.relative_to(real_site.site).as_posix() for p in real_site.site.rglob("*.html")}
    assert pages == reference
    assert (site / "pagefind" / "pagefind.js").exists()


def test_properdocs_loads_our_plugin_through_the_mkdocs_entry_point(properdocs: Path) -> None:
    code = (
        "import properdocs.__main__, properdocs.plugins as p; "
        "plugins = p.get_plugins(); "
        "print(sorted(k for k in plugins if k in ('casebook', 'redirects', 'material/search'))); "
        "import casebook.plugin, sys; print(sys.modules['mkdocs'].__name__)"
    )
    python = properdocs.parent / "python"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    listed, module = result.stdout.split("\n")[:2]
    assert listed == "['casebook', 'material/search', 'redirects']"
    assert module == "properdocs"  # `import mkdocs` inside our plugin gets ProperDocs
