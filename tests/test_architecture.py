"""The module boundaries the README's architecture section promises."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "plugins" / "casebook"
ENGINE_GLUE = {"plugin.py", "engine_mkdocs.py"}


def modules() -> list[Path]:
    found = sorted(PACKAGE.glob("*.py"))
    assert len(found) > 10
    return found


def imports(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_plugin_and_the_engine_adapter_import_mkdocs() -> None:
    importers = {
        path.name
        for path in modules()
        if any(m.split(".")[0] == "mkdocs" for m in imports(ast.parse(path.read_text())))
    }
    assert importers == ENGINE_GLUE


def test_the_plugin_uses_no_private_name_of_another_object() -> None:
    """MkDocs' private names (`server._epoch_cond`, `_build_page`) are the adapter's."""
    tree = ast.parse((PACKAGE / "plugin.py").read_text())
    private = [
        f"{ast.unparse(node)} (line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not (isinstance(node.value, ast.Name) and node.value.id == "self")
    ]
    private += [
        f"{alias.name} (line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []


def test_the_readme_names_every_module() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [p.stem for p in modules() if p.stem != "__init__" and f"`{p.stem}`" not in readme]
    assert missing == []


FOLDER_LITERAL = re.compile(
    r"(?<![\w-])(models|regulations|practices|provinces|sectors|awards|years|courses|data"
    r"|schemas|search)/|^models$"
)
"""A site or source folder spelled out: `models/…`, `…/sectors/`, `"models"` (a bare
`"practices"` or `"regulations"` is a front-matter key, not a path)."""


def folder_literals(tree: ast.AST) -> list[str]:
    """Folder names in a module's string literals (f-string parts included); docstrings,
    also those of constants, are left out: they may name a folder to explain."""
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        f"{node.value!r} (line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and FOLDER_LITERAL.search(node.value)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [('x = "models/a.md"', True), ('x = f"{d}/sectors/{s}"', True), ('x = "models"', True),
     ('x = "search/first"', True), ('x = "regulations[0]"', False),
     ('x = "practices"', False), ('"""Docstring about models/x.md."""', False),
     ('x = "../data/cases.json"', True), ('x = "metadata/x"', False)],
)  # fmt: skip
def test_folder_literals_are_recognised(text: str, found: bool) -> None:
    assert bool(folder_literals(ast.parse(text))) is found


def scripts() -> list[Path]:
    found = sorted((ROOT / "scripts").glob("*.py"))
    assert len(found) > 3
    return found


def test_only_routes_spells_a_folder() -> None:
    """Every URL and source path comes from `routes.py` (the README's Architecture), in
    the package and in the scripts."""
    spelled = {
        path.name: found
        for path in [*modules(), *scripts()]
        if path.name != "routes.py"
        and (found := folder_literals(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert spelled == {}


MAX_FUNCTION_LINES = 40
MAX_MODULE_LINES = 400
MAX_HANDLER_LINES = 15


def function_lengths(tree: ast.AST) -> list[tuple[str, int]]:
    """(name, lines from `def` to its last line) of every function and method."""
    return [
        (node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def test_function_lengths_are_measured_from_def_to_last_line() -> None:
    source = "def f():\n    x = 1\n\n    return x\n\nclass C:\n    def m(self):\n        pass\n"
    assert sorted(function_lengths(ast.parse(source))) == [("f", 4), ("m", 2)]


def test_no_function_over_40_lines_and_no_module_over_400() -> None:
    """The issue-18 limits, in the package and in the scripts."""
    too_long = []
    for path in [*modules(), *scripts()]:
        text = path.read_text(encoding="utf-8")
        if (lines := len(text.splitlines())) > MAX_MODULE_LINES:
            too_long.append(f"{path.name}: {lines} lines")
        too_long += [
            f"{path.name}: {name}() {n} lines"
            for name, n in function_lengths(ast.parse(text))
            if n > MAX_FUNCTION_LINES
        ]
    assert too_long == []


def test_plugin_handlers_are_glue() -> None:
    """Every MkDocs event handler of `plugin.py` stays within 15 lines."""
    tree = ast.parse((PACKAGE / "plugin.py").read_text(encoding="utf-8"))
    long_handlers = [
        (name, n)
        for name, n in function_lengths(tree)
        if name.startswith("on_") and n > MAX_HANDLER_LINES
    ]
    assert long_handlers == []
