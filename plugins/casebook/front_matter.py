"""A content file's bytes → text → its front-matter (data and key lines) and body."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from casebook.yaml_strict import YamlProblem, parse_yaml

MAX_FILE_BYTES = 1_000_000
"""Larger files are refused: a case study is a few kilobytes; 1 MB is a mistake."""


FrontMatterError = YamlProblem
"""Raised by `decode` and `split_document` for unreadable files (`.line`, `.message`)."""


@dataclass(frozen=True)
class Document:
    """A content file split: front-matter data, key path → 1-based file line, the body."""

    front: dict[str, Any]
    lines: dict[str, int]
    body: str
    body_line: int


def decode(raw: bytes) -> str:
    """Bytes → normalised text: UTF-8 (BOM allowed), LF line ends, NFC.

    Raises `YamlProblem` (line 1) for bytes that are not a text file we accept.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise YamlProblem(0, f"tệp quá lớn ({len(raw):,} byte); tối đa {MAX_FILE_BYTES:,} byte")
    if b"\x00" in raw:
        raise YamlProblem(0, "tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản Markdown")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n")
        raise YamlProblem(
            line, "tệp không phải mã UTF-8 (có thể là Windows-1258); hãy lưu lại dạng UTF-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")  # NFC: after parsing


def split_document(text: str) -> Document:
    """Split `---` front-matter from the body and parse it."""
    lines = text.split("\n")
    if not text.strip():
        raise YamlProblem(0, "tệp rỗng; cần phần khai báo (front-matter) giữa hai dòng ---")
    if lines[0].rstrip() != "---":
        raise YamlProblem(0, "thiếu phần khai báo (front-matter): dòng đầu tiên phải là ---")
    end = _closing_line(lines)
    if end is None:
        raise YamlProblem(0, "phần khai báo (front-matter) không có dòng --- đóng")
    try:
        data, key_lines = parse_yaml("\n".join(lines[1:end]))
    except YamlProblem as exc:
        raise YamlProblem(exc.line + 1, exc.message) from exc
    if not isinstance(data, dict):
        raise YamlProblem(1, "phần khai báo phải là một bảng khóa: giá trị (mapping)")
    file_lines = {k: v + 2 for k, v in key_lines.items()}
    body = unicodedata.normalize("NFC", "\n".join(lines[end + 1 :]))
    return Document(data, file_lines, body, end + 2)


def _closing_line(lines: list[str]) -> int | None:
    """The index of the line closing a front-matter opened by `---` on the first line."""
    if not lines or lines[0].rstrip() != "---":
        return None
    return next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)


def split_body(text: str) -> tuple[str, int]:
    """The body of any Markdown page (front-matter or not) and its 1-based first line in
    the file: where the engine's Markdown starts, so that a line in it is a line of the file."""
    lines = text.split("\n")
    end = _closing_line(lines)
    if end is None:
        return text, 1
    return "\n".join(lines[end + 1 :]), end + 2
