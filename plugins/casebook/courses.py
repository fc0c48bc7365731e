"""Trainers' course packs (`docs/courses/<name>.yml`): plain YAML, no Markdown body."""

from __future__ import annotations

from pathlib import Path

from casebook.front_matter import Document, decode
from casebook.records import Course, CourseItem, CourseItemKind, Problem
from casebook.schema import validate
from casebook.yaml_strict import YamlProblem, parse_yaml


def load_course(path: str, raw: bytes) -> tuple[Course | None, list[Problem]]:
    """A course pack (plain YAML, no Markdown body) → record and problems."""
    try:
        data, key_lines = parse_yaml(decode(raw))
    except YamlProblem as exc:
        return None, [Problem(path, exc.line + 1, None, exc.message)]
    if not isinstance(data, dict):
        return None, [Problem(path, 1, None, "học phần phải là một bảng khóa: giá trị")]
    doc = Document(data, {k: v + 1 for k, v in key_lines.items()}, "", 1)
    problems = validate("course", path, doc)
    if problems:
        return None, problems
    items = tuple(
        CourseItem(kind, item[kind], item.get("note"), doc.lines.get(f"items[{i}]", 1))
        for i, item in enumerate(data["items"])
        for kind in CourseItemKind
        if kind in item
    )
    title, description = data["title"], data.get("description")
    return Course(Path(path).stem, path, title, description, items), []
