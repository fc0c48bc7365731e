"""File text → typed records and problems.

The only module that touches YAML. It never logs and never raises for content: every
problem becomes a `Problem` carrying path, line, key and a Vietnamese message, so that an
editor sees all of them at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import json
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

MAX_FILE_BYTES = 1_000_000
"""Larger files are refused: a case study is a few kilobytes; 1 MB is a mistake."""


@dataclass(frozen=True)
class Problem:
    """One content problem, located as precisely as we can."""

    path: str
    line: int | None
    key: str | None
    message: str

    def format(self) -> str:
        """`file:line: key: message`, the editor-facing form."""
        line = self.line if self.line is not None else 1
        key = f" {self.key}:" if self.key else ""
        return f"{self.path}:{line}:{key} {self.message}"


@dataclass(frozen=True)
class Award:
    title: str
    issuer: str | None
    year: int | None
    level: str | None


@dataclass(frozen=True)
class Lesson:
    id: str
    practice: str
    text: str
    line: int


@dataclass(frozen=True)
class EditorialNote:
    """An editor's acknowledgement of a mismatch, shown to readers instead of a warning."""

    issue: str
    note: str
    regulation: str | None
    citation: str | None
    line: int
    field: str | None = None  # the front-matter key an `inferred` note explains


@dataclass(frozen=True)
class Source:
    title: str
    outlet: str | None
    date: str | None
    """As precise as the source: "2023-02-08", "2023-02" or "2023"."""
    author: str | None
    url: str | None

    @property
    def year(self) -> int | None:
        """The year of `date`."""
        return int(self.date[:4]) if self.date else None


@dataclass(frozen=True)
class CaseStudy:
    slug: str
    path: str
    title: str
    unit: str
    unit_level: str | None
    parent: str | None
    sector: str
    province: str | None
    district: str | None
    members: int | None
    members_note: str | None
    party_groups: int | None
    period: str | None
    awards: tuple[Award, ...]
    practices: tuple[str, ...]
    regulations: tuple[str, ...]
    lessons: tuple[Lesson, ...]
    source: Source | None
    published: dt.date
    body: str
    body_line: int
    lines: Mapping[str, int] = field(repr=False, compare=False)
    editorial_notes: tuple[EditorialNote, ...] = ()
    redirect_from: tuple[str, ...] = ()

    @property
    def province_today(self) -> str | None:
        """The present-day province (after the 1 July 2025 merger) of `province`."""
        return provinces()["present_day"].get(self.province or "")

    @property
    def year(self) -> int | None:
        """The last year the case reports on: end of `period`, else the source's year."""
        if self.period:
            return int(self.period[-4:])
        return self.source.year if self.source else None


@dataclass(frozen=True)
class Regulation:
    id: str
    path: str
    kind: str
    number: str | None
    symbol: str | None
    issuer: str | None
    date: dt.date | None
    title: str
    status: str
    replaced_by: str | None
    amended_by: tuple[str, ...]
    verified: bool
    aliases: tuple[str, ...]
    body: str
    lines: Mapping[str, int] = field(repr=False, compare=False)
    redirect_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class Practice:
    key: str
    path: str
    name: str
    definition: str
    regulations: tuple[str, ...]
    body: str
    lines: Mapping[str, int] = field(repr=False, compare=False)
    redirect_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class CourseItem:
    kind: str  # case, lesson, practice or regulation
    target: str  # slug, "slug#lesson-id", key or id
    note: str | None
    line: int


@dataclass(frozen=True)
class Course:
    """A trainer's course pack: records in teaching order (docs/courses/<name>.yml)."""

    name: str
    path: str
    title: str
    description: str | None
    items: tuple[CourseItem, ...]


@dataclass(frozen=True)
class Corpus:
    """Everything loaded from a docs tree, plus every problem found on the way."""

    cases: tuple[CaseStudy, ...]
    regulations: tuple[Regulation, ...]
    practices: tuple[Practice, ...]
    sectors: Mapping[str, str]
    problems: tuple[Problem, ...]
    courses: tuple[Course, ...] = ()


# --- YAML -------------------------------------------------------------------------------


class _YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


FrontMatterError = _YamlProblem
"""Raised by `split_document` for unreadable front-matter (`.line`, `.message`)."""


# libyaml's parser (C) when PyYAML was built with it: ten times faster than pure Python,
# which matters at thousands of cases. Both report the same marked errors.
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeBase):  # type: ignore[misc]
    """A safe loader that refuses duplicate keys and keeps dates as strings (aliases are
    refused by `_refuse_aliases` after composition, as the C parser composes by itself)."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (yaml.YAMLError, _YamlProblem):
            raise
        except Exception as exc:
            # PyYAML's constructors trust the tag: `!!int mười hai` (ValueError), `!!int`
            # with no value (IndexError), `!!bool có` (KeyError), `!!timestamp hôm nay`
            # (AttributeError), `!!timestamp 2021-02-31`, and integers beyond Python's
            # 4300-digit conversion limit (ValueError).
            shown = node.value[:60] if isinstance(node.value, str) else node.tag
            raise _YamlProblem(
                node.start_mark.line, f"lỗi YAML: không đọc được giá trị «{shown}» ({exc})"
            ) from exc

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):  # `!!map abc`: PyYAML's own error
            return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                msg = "khóa phải là chữ hoặc số, không được là danh sách hay bảng khóa"
                raise _YamlProblem(key_node.start_mark.line, msg)
            if key in seen:
                raise _YamlProblem(
                    key_node.start_mark.line, f"khóa «{key}» bị lặp lại trong cùng một khối"
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping

    # The C composer calls the next three for every node. PyYAML's versions also serve
    # path resolvers (`add_path_resolver`), which this loader has none of; these give the
    # same tags with less work (a tenth of the loading time at 10,000 cases).
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:  # a plain scalar: keys and vocabulary, repeated in every file
                known = _PLAIN_TAGS.get(value)
                if known is not None:
                    return known
                tag = next(
                    (t for t, rx in _IMPLICIT.get(value[:1], _WILDCARD) if rx.match(value)),
                    "tag:yaml.org,2002:str",
                )
                if len(value) <= 64 and len(_PLAIN_TAGS) < 10_000:
                    _PLAIN_TAGS[value] = tag
                return tag
            return "tag:yaml.org,2002:str"
        return "tag:yaml.org,2002:seq" if kind is yaml.SequenceNode else "tag:yaml.org,2002:map"


# Dates stay strings: the schema checks their format and we parse them ourselves, so a
# YAML date and a quoted date mean the same thing.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# The same resolvers with the wildcard ones appended, looked up by first character.
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    first: resolvers + _StrictLoader.yaml_implicit_resolvers.get(None, [])
    for first, resolvers in _StrictLoader.yaml_implicit_resolvers.items()
    if first is not None
}
_WILDCARD: list[tuple[str, re.Pattern[str]]] = _StrictLoader.yaml_implicit_resolvers.get(None, [])
_PLAIN_TAGS: dict[str, str] = {}  # plain scalar → its tag, memoised by `resolve`


def _line(text: str, mark: Any) -> int:
    """0-based line of a mark, counting "\\n" only: PyYAML also counts U+0085, U+2028 and
    U+2029 as line breaks, which editors do not see as lines."""
    return text.count("\n", 0, mark.index)


def _key_lines(node: Any, text: str, prefix: str = "") -> Iterator[tuple[str, int]]:
    """Yield (dotted key path, 0-based line) for every mapping key and list item."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = unicodedata.normalize("NFC", str(key_node.value))
            path = f"{prefix}.{key}" if prefix else key
            yield path, _line(text, key_node.start_mark)
            yield from _key_lines(value_node, text, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            path = f"{prefix}[{i}]"
            yield path, _line(text, item.start_mark)
            yield from _key_lines(item, text, path)


def parse_yaml(text: str) -> tuple[Any, dict[str, int]]:
    """Parse one YAML document; return data and a map of key paths to 0-based lines.

    Raises `_YamlProblem` (with a line) for anything that is not clean, safe YAML.
    """
    deep = _too_deep(text)
    if deep is not None:
        raise _YamlProblem(deep, f"phần khai báo lồng quá sâu (quá {MAX_NESTING} cấp)")
    loader = None
    try:
        loader = _StrictLoader(text)  # the pure-Python reader checks characters here
        node = loader.get_single_node()
        fast = _construct_plain(loader, node, text) if node is not None else None
        if fast is not None:
            return fast
        _refuse_aliases(node, set())
        data = loader.construct_document(node) if node is not None else None
    except _YamlProblem:
        raise
    except yaml.reader.ReaderError as exc:  # a control character (C0, C1, U+FFFE/FFFF)
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        line = text.count("\n", 0, max(0, text.find(char)))
        msg = (
            f"ký tự điều khiển U+{ord(char):04X} không được phép (thường do dán từ Word); "
            "hãy xóa ký tự này"
        )
        raise _YamlProblem(line, msg) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = _line(text, mark) if mark else 0
        raise _YamlProblem(line, _yaml_message(exc, text, line)) from exc
    except yaml.YAMLError as exc:
        raise _YamlProblem(0, f"lỗi cú pháp YAML ({exc})") from exc
    finally:
        if loader is not None:
            loader.dispose()
    return _nfc(data), dict(_key_lines(node, text)) if node is not None else {}


_YAML_TAG = "tag:yaml.org,2002:"
# Line breaks that PyYAML counts besides "\n": without them a mark's line is `_line`.
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


class _Unusual(Exception):
    """Front-matter that `_construct_plain` leaves to the general path."""


def _construct_plain(loader: Any, root: Any, text: str) -> tuple[Any, dict[str, int]] | None:
    """The result of `parse_yaml` for plain front-matter (maps, lists, strings, numbers,
    booleans, nulls), in one walk of the node tree instead of four (alias check,
    construction, NFC, key lines). None for anything else (an alias, a duplicate or
    unhashable key, another tag, a value PyYAML refuses): the general path then gives
    the same result or the same error."""
    marks_are_lines = not any(b in text for b in _OTHER_BREAKS)
    # An alias reuses a node; without an anchor (`&name`) there can be none to look for.
    anchors = "&" in text
    lines: dict[str, int] = {}
    seen: set[int] = set()
    normalize = unicodedata.normalize

    def line(mark: Any) -> int:
        return mark.line if marks_are_lines else text.count("\n", 0, mark.index)

    def scalar(node: Any) -> Any:
        """The value as PyYAML constructs it (before NFC)."""
        if type(node) is not yaml.ScalarNode:
            raise _Unusual
        if anchors:
            if id(node) in seen:
                raise _Unusual
            seen.add(id(node))
        tag = node.tag
        if tag == _YAML_TAG + "str":
            return node.value
        if tag == _YAML_TAG + "null":
            return None
        if tag == _YAML_TAG + "bool":
            return loader.construct_yaml_bool(node)
        if tag == _YAML_TAG + "int":
            return loader.construct_yaml_int(node)
        if tag == _YAML_TAG + "float":
            return loader.construct_yaml_float(node)
        raise _Unusual

    def build(node: Any, prefix: str) -> Any:
        kind = type(node)
        if kind is yaml.ScalarNode:
            value = scalar(node)
            return normalize("NFC", value) if type(value) is str else value
        if anchors:
            if id(node) in seen:
                raise _Unusual
            seen.add(id(node))
        if kind is yaml.MappingNode and node.tag == _YAML_TAG + "map":
            mapping: dict[Any, Any] = {}
            keys: set[Any] = set()
            for key_node, value_node in node.value:
                key = scalar(key_node)
                if key in keys:
                    raise _Unusual
                keys.add(key)
                name = normalize("NFC", str(key_node.value))
                path = f"{prefix}.{name}" if prefix else name
                lines[path] = line(key_node.start_mark)
                value = build(value_node, path)
                mapping[normalize("NFC", key) if type(key) is str else key] = value
            return mapping
        if kind is yaml.SequenceNode and node.tag == _YAML_TAG + "seq":
            items = []
            for i, item in enumerate(node.value):
                path = f"{prefix}[{i}]"
                lines[path] = line(item.start_mark)
                items.append(build(item, path))
            return items
        raise _Unusual

    try:
        data = build(root, "")
    except Exception:  # anything unusual is the general path's to report
        return None
    return data, lines


def _nfc(value: Any) -> Any:
    """NFC for every string of parsed YAML (normalising the raw text instead can turn an
    escape such as "\\t" followed by a combining dot below into an invalid "\\ṭ")."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


MAX_NESTING = 50
"""Front-matter needs three levels. PyYAML composes recursively: RecursionError in pure
Python, a segmentation fault in the libyaml binding at about 25,000 levels."""


_INDICATOR_RUN = re.compile(rf"^[ ?:-]{{{2 * MAX_NESTING},}}", re.M)


def _too_deep(text: str) -> int | None:
    """0-based line where brackets or block indicators nest deeper than MAX_NESTING.

    A cheap over-estimate that ignores quoting: only absurd nesting trips it."""
    if text.count("[") + text.count("{") <= MAX_NESTING:  # only a long indicator run can
        run = _INDICATOR_RUN.search(text)
        return None if run is None else text.count("\n", 0, run.start())
    return _nesting_scan(text)


def _nesting_scan(text: str) -> int | None:
    """The full scan behind `_too_deep`: 0-based line of the first bracket nesting
    deeper than MAX_NESTING or of a long indicator run, else None."""
    depth = 0
    pattern = rf"[\[{{]|[\]}}]|^[ ?:-]{{{2 * MAX_NESTING},}}"
    for m in re.finditer(pattern, text, re.M):
        if m.group() in ("[", "{"):
            depth += 1
        elif m.group() in ("]", "}"):
            depth = max(0, depth - 1)
        if depth > MAX_NESTING or len(m.group()) > 1:
            return text.count("\n", 0, m.start())
    return None


def _refuse_aliases(node: Any, seen: set[int], line: int = 0) -> None:
    """An alias makes the composer reuse a node: seeing one twice means an alias, which
    invites "billion laughs" expansion; front-matter never needs one. `line` is where
    the node is used (its key), as the node's own mark points at the anchor."""
    if node is None:
        return
    if id(node) in seen:
        raise _YamlProblem(line, "không dùng bí danh YAML (*tên); hãy viết giá trị ra")
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _refuse_aliases(key, seen, key.start_mark.line)
            _refuse_aliases(value, seen, key.start_mark.line)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_aliases(item, seen, line)


# PyYAML and libyaml word their errors differently; editors get one Vietnamese wording.
_YAML_ERRORS = [
    (r"expected ',' or '\]'", "danh sách mở bằng [ nhưng thiếu dấu ] đóng (hoặc thiếu dấu phẩy)"),
    (r"expected ',' or '\}'", "khối mở bằng { nhưng thiếu dấu } đóng (hoặc thiếu dấu phẩy)"),
    (r"mapping values are not allowed", "dấu hai chấm không đúng chỗ: giá trị có «: » phải đặt "
     "trong ngoặc kép, hoặc dòng này thụt lề sai"),
    (r"could not find expected ':'", "thiếu dấu hai chấm sau tên khóa"),
    (r"quoted scalar|end of stream", "chuỗi mở ngoặc kép nhưng không đóng"),
    (r"expected key|block end|block mapping|block collection",
     "thụt lề không thẳng hàng với các dòng trên"),
    (r"cannot start any token", "ký tự không được đứng đầu giá trị (như @, `, %); hãy đặt giá "
     "trị trong ngoặc kép"),
    (r"escape", "ký tự thoát (\\) không hợp lệ trong chuỗi ngoặc kép"),
]  # fmt: skip


def _yaml_message(exc: yaml.MarkedYAMLError, text: str, line: int) -> str:
    problem = exc.problem or exc.context or ""
    lines = text.split("\n")
    around = lines[max(0, line - 1) : line + 1]
    if "\\t" in problem or "tab" in problem or any(re.match(r"\s*\t", x) for x in around):
        return "lỗi cú pháp YAML: không dùng phím Tab để thụt lề, hãy dùng dấu cách"
    if "could not determine a constructor" in problem:
        tag = re.search(r"for the tag '(tag:yaml\.org,2002:)?([^']+)'", problem)
        shown = (f"!!{tag.group(2)}" if tag.group(1) else tag.group(2)) if tag else problem
        return f"lỗi YAML: thẻ «{shown}» không được phép; chỉ dùng giá trị chữ, số, danh sách"
    for pattern, meaning in _YAML_ERRORS:
        if re.search(pattern, problem):
            return f"lỗi cú pháp YAML: {meaning}"
    return f"lỗi cú pháp YAML: {problem}"


# --- Files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Document:
    front: dict[str, Any]
    lines: dict[str, int]  # key path → 1-based file line
    body: str
    body_line: int


def decode(raw: bytes) -> str:
    """Bytes → normalised text: UTF-8 (BOM allowed), LF line ends, NFC.

    Raises `_YamlProblem` (line 1) for bytes that are not a text file we accept.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise _YamlProblem(0, f"tệp quá lớn ({len(raw):,} byte); tối đa {MAX_FILE_BYTES:,} byte")
    if b"\x00" in raw:
        raise _YamlProblem(0, "tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản Markdown")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n")
        raise _YamlProblem(
            line, "tệp không phải mã UTF-8 (có thể là Windows-1258); hãy lưu lại dạng UTF-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")  # NFC: after parsing


def split_document(text: str) -> _Document:
    """Split `---` front-matter from the body and parse it."""
    lines = text.split("\n")
    if not text.strip():
        raise _YamlProblem(0, "tệp rỗng; cần phần khai báo (front-matter) giữa hai dòng ---")
    if lines[0].rstrip() != "---":
        raise _YamlProblem(0, "thiếu phần khai báo (front-matter): dòng đầu tiên phải là ---")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        raise _YamlProblem(0, "phần khai báo (front-matter) không có dòng --- đóng")
    try:
        data, key_lines = parse_yaml("\n".join(lines[1:end]))
    except _YamlProblem as exc:
        raise _YamlProblem(exc.line + 1, exc.message) from exc
    if not isinstance(data, dict):
        raise _YamlProblem(1, "phần khai báo phải là một bảng khóa: giá trị (mapping)")
    file_lines = {k: v + 2 for k, v in key_lines.items()}
    body = unicodedata.normalize("NFC", "\n".join(lines[end + 1 :]))
    return _Document(data, file_lines, body, end + 2)


# --- Schema validation ------------------------------------------------------------------


@cache
def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema for `kind` ∈ {case, regulation, practice}: the single contract."""
    text = resources.files("casebook").joinpath(f"schemas/{kind}.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    """`pattern` as ECMA-262 (JSON Schema) reads it: `$` matches only at the very end,
    where Python's `$` also matches before a final newline ("2022\\n" would pass)."""
    if validator.is_type(instance, "string"):
        if not re.search(re.sub(r"(?<!\\)\$", r"\\Z", pattern), instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def _validator(kind: str) -> jsonschema.protocols.Validator:
    base = jsonschema.validators.validator_for(schema(kind))
    cls: Any = jsonschema.validators.extend(base, {"pattern": _ecma_pattern})  # type: ignore[no-untyped-call]
    validator: jsonschema.protocols.Validator = cls(
        schema(kind), format_checker=base.FORMAT_CHECKER
    )
    return validator


_TYPE_VI = {
    "string": "chuỗi chữ",
    "integer": "số nguyên",
    "null": "null (không rõ)",
    "array": "danh sách",
    "object": "bảng khóa: giá trị",
    "boolean": "true hoặc false",
}


def _key_path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _short(value: Any) -> str:
    """A value as quoted in a message: its repr, cut to 80 characters."""
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _error_message(error: jsonschema.ValidationError) -> tuple[str | None, str]:
    """A schema error → (key path, Vietnamese message)."""
    key = _key_path(error.absolute_path) or None
    # jsonschema types these as `Any | Unset`; on a real error they are always set.
    v: Any = error.validator
    val: Any = error.validator_value
    instance: Any = error.instance
    if v == "required":
        missing = next(k for k in val if k not in instance)
        hint = (
            f"thiếu khóa bắt buộc; thêm dòng «{missing}: ...» vào phần khai báo (giữa hai dòng ---)"
        )
        return _key_path([*error.absolute_path, missing]), hint
    if v == "additionalProperties":
        sch: Any = error.schema
        allowed = list(sch.get("properties", {}))
        extra = sorted((k for k in instance if k not in allowed), key=str)
        hints = [h[0] for k in extra if (h := difflib.get_close_matches(str(k), allowed, n=1))]
        key = _key_path([*error.absolute_path, str(extra[0])])
        if hints:  # a typo: the suggestion says more than the whole list
            return key, f"khóa không được phép; có phải «{hints[0]}»?"
        return key, f"khóa không được phép; các khóa hợp lệ: {', '.join(allowed)}"
    if v == "type":
        types = [val] if isinstance(val, str) else val
        expected = " hoặc ".join(_TYPE_VI.get(t, t) for t in types)
        return key, f"phải là {expected}, nhận được {_short(instance)}"
    if v == "enum":
        choices = ", ".join("null" if c is None else str(c) for c in val)
        return key, f"giá trị «{str(instance)[:80]}» không hợp lệ; chọn một trong: {choices}"
    field_schema: Any = error.schema
    if v == "pattern" and "description" in field_schema:  # a regex means nothing to editors
        return key, f"«{instance}» không đúng dạng: {field_schema['description']}"
    return key, _bound_message(v, val, instance)


def _bound_message(validator: str, value: Any, instance: Any) -> str:
    messages = {
        "minimum": f"phải lớn hơn hoặc bằng {value}, nhận được {_short(instance)}",
        "maximum": f"phải nhỏ hơn hoặc bằng {value}, nhận được {_short(instance)}",
        "minLength": f"quá ngắn (ít nhất {value} ký tự)",
        "maxLength": f"quá dài (tối đa {value} ký tự)",
        "minItems": f"cần ít nhất {value} mục",
        "uniqueItems": "danh sách có mục bị lặp",
        "pattern": f"«{instance}» không đúng dạng (mẫu {value})",
        "format": f"«{instance}» không phải ngày có thật dạng YYYY-MM-DD",
    }
    return messages.get(validator, f"giá trị {_short(instance)} không hợp lệ ({validator})")


def validate(kind: str, path: str, doc: _Document) -> list[Problem]:
    """Check front-matter against the schema; every error becomes a located Problem."""
    accepts = _fast_validator(kind)
    if accepts is not None and accepts(doc.front):
        return []  # the common case: jsonschema would find nothing
    problems = []
    for error in _validator(kind).iter_errors(doc.front):
        key, message = _error_message(error)
        line = _nearest_line(doc.lines, key)
        problems.append(Problem(path, line, key, message))
    return sorted(problems, key=lambda p: (p.line or 0, p.key or ""))


_PLACEHOLDER = re.compile(r"[.…?\s]+|x{3,}|(?:todo|tbd|fixme)\b.*", re.I | re.S)
_TRAILING_DOTS = re.compile(r".{0,60}\s(?:\.{3}|…)", re.S)


def is_placeholder(text: str) -> bool:
    """Whether a value is a template leftover: "...", "TODO …", "Đảng ủy ..."."""
    value = text.strip()
    return bool(_PLACEHOLDER.fullmatch(value) or _TRAILING_DOTS.fullmatch(value))


def _strings(value: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[str, str]]:
    """(key path, text) of every string in the front-matter."""
    if isinstance(value, str):
        yield _key_path(parts), value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*parts, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*parts, i))


def placeholders(path: str, doc: _Document) -> list[Problem]:
    """Template leftovers ("...", "TODO", "Đảng ủy ...") that the schema would accept."""
    problems = []
    for key, text in _strings(doc.front):
        if is_placeholder(text):
            msg = (f"«{text.strip()}» là chỗ giữ chỗ, chưa phải giá trị; ghi đúng theo nguồn, hoặc "
                   "null nếu nguồn không nêu")  # fmt: skip
            problems.append(Problem(path, _nearest_line(doc.lines, key), key, msg))
    return problems


# jsonschema builds an error tree for every record, which costs about a millisecond per
# case. Most records are valid, so a compiled predicate answers first; only a record it
# does not accept goes through jsonschema, which then words every problem as before.
# The predicate may refuse a valid record (that only costs time) but must never accept an
# invalid one: each keyword below is as strict as jsonschema's, or stricter.

_Accepts = Callable[[Any], bool]


class _Unsupported(Exception):
    """A schema keyword the fast predicate does not implement: use jsonschema alone."""


_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples"}
)
# Exact Python types of each JSON type. Exact, so True is no integer (as for jsonschema);
# stricter than jsonschema in one place: 12.0 is not taken as an integer.
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "null": (type(None),),
    "integer": (int,),
    "array": (list,),
    "object": (dict,),
    "boolean": (bool,),
}
_SIZED = {
    "minLength": str, "maxLength": str, "minItems": list, "maxItems": list,
    "minProperties": dict, "maxProperties": dict,
}  # fmt: skip
_PLAIN = frozenset({str, int, float, bool, type(None), list, dict})
_HASHABLE = frozenset({str, int, bool, type(None)})
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _real_date(value: Any) -> bool:
    """The `date` format as jsonschema checks it: a real YYYY-MM-DD date; only strings
    are checked."""
    if type(value) is not str:
        return not isinstance(value, str)
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _keyword_check(key: str, value: Any, schema: Mapping[str, Any], root: Any) -> _Accepts:
    """The predicate for one keyword of `schema` (every keyword but `type`, `properties`
    and `additionalProperties`, which `_compile_schema` handles)."""
    if key == "enum":
        # Same type and equal: jsonschema never accepts less (it also tells 1 from True).
        choices = frozenset((type(c), c) for c in value if type(c) in _HASHABLE)
        return lambda v: type(v) in _HASHABLE and (type(v), v) in choices
    if key == "pattern":
        rx = re.compile(re.sub(r"(?<!\\)\$", r"\\Z", value))  # as in _ecma_pattern
        return lambda v: type(v) is not str or rx.search(v) is not None
    if key == "format":
        if value != "date":
            raise _Unsupported(f"format {value}")
        return _real_date
    if key in _SIZED:
        kind, bound = _SIZED[key], int(value)
        if key.startswith("min"):
            return lambda v: type(v) is not kind or len(v) >= bound
        return lambda v: type(v) is not kind or len(v) <= bound
    if key in ("minimum", "maximum"):
        if key == "minimum":
            return lambda v: type(v) not in (int, float) or v >= value
        return lambda v: type(v) not in (int, float) or v <= value
    if key == "uniqueItems":
        if not value:
            return lambda v: True
        # Strings only: other items (1 and True, 1 and 1.0) are left to jsonschema.
        return lambda v: (
            type(v) is not list or (all(type(x) is str for x in v) and len(set(v)) == len(v))
        )
    if key == "required":
        names = frozenset(value)
        return lambda v: type(v) is not dict or names <= v.keys()
    if key == "items":
        item = _compile_schema(value, root)
        return lambda v: type(v) is not list or all(map(item, v))
    if key == "$ref":
        if not isinstance(value, str) or not value.startswith("#/$defs/"):
            raise _Unsupported(f"$ref {value}")
        return _compile_schema(root["$defs"][value.removeprefix("#/$defs/")], root)
    raise _Unsupported(key)


def _compile_schema(schema: Any, root: Any) -> _Accepts:
    """A predicate that accepts only what jsonschema accepts for `schema`."""
    if schema is True:
        return lambda v: True
    if not isinstance(schema, dict):
        raise _Unsupported(repr(schema))
    types: tuple[type, ...] | None = None
    if "type" in schema:
        names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        if any(n not in _TYPES for n in names):
            raise _Unsupported(f"type {names}")
        types = tuple(t for n in names for t in _TYPES[n])
    props = {k: _compile_schema(v, root) for k, v in schema.get("properties", {}).items()}
    extra = schema.get("additionalProperties", True)
    if extra is not True and (extra is not False or "patternProperties" in schema):
        raise _Unsupported("additionalProperties")
    closed = extra is False
    skip = _ANNOTATIONS | {"type", "properties", "additionalProperties"}
    checks = tuple(_keyword_check(k, v, schema, root) for k, v in schema.items() if k not in skip)

    def accepts(value: Any) -> bool:
        if type(value) not in _PLAIN or (types is not None and type(value) not in types):
            return False  # subclasses (never produced by YAML) are left to jsonschema
        if type(value) is dict:
            for key, item in value.items():
                check = props.get(key) if type(key) is str else None
                if check is None:
                    if closed:
                        return False
                elif not check(item):
                    return False
        for check in checks:
            if not check(value):
                return False
        return True

    return accepts


@cache
def _fast_validator(kind: str) -> _Accepts | None:
    """A predicate that accepts only front-matter jsonschema finds valid (None when the
    schema uses a keyword it does not implement, such as `oneOf`)."""
    try:
        return _compile_schema(schema(kind), schema(kind))
    except _Unsupported:
        return None


def _nearest_line(lines: Mapping[str, int], key: str | None) -> int:
    """Line of `key`, or of its closest existing parent (a missing key has no line)."""
    while key:
        if key in lines:
            return lines[key]
        cut = max(key.rfind("."), key.rfind("["))
        key = key[:cut] if cut > 0 else ""
    return 1


# --- Records ----------------------------------------------------------------------------


def _int(value: Any) -> Any:
    """12.0 is an integer for JSON Schema; the record holds the int 12."""
    return int(value) if isinstance(value, float) else value


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _partial_date(value: Any) -> str | None:
    """`2023` (a YAML integer), "2023-02" or "2023-02-08" → the text; None stays None."""
    return None if value is None else str(value)


def check_source_date(path: str, doc: _Document) -> list[Problem]:
    """A source date must exist (the schema's pattern lets 2023-13 and 2023-02-31 by)."""
    source = doc.front.get("source")
    value = source.get("date") if isinstance(source, dict) else None
    if not isinstance(value, str) or len(value) == 4:
        return []
    if len(value) == 7 and "01" <= value[5:] <= "12":
        return []
    if len(value) == 10 and _real_date(value):
        return []
    form = "YYYY-MM" if len(value) == 7 else "YYYY-MM-DD"
    msg = f"«{value}» không phải {'tháng' if len(value) == 7 else 'ngày'} có thật dạng {form}"
    return [Problem(path, _nearest_line(doc.lines, "source.date"), "source.date", msg)]


def _case(slug: str, path: str, doc: _Document) -> CaseStudy:
    f = doc.front
    src = f.get("source")
    lessons = tuple(
        Lesson(
            id=item.get("id") or f"{item['practice']}-{i + 1}",
            practice=item["practice"],
            text=item["text"].strip(),
            line=doc.lines.get(f"lessons[{i}]", 1),
        )
        for i, item in enumerate(f.get("lessons") or [])
    )
    return CaseStudy(
        slug=slug, path=path, title=f["title"], unit=f["unit"],
        unit_level=f.get("unit_level"), parent=f.get("parent"), sector=f["sector"],
        province=canonical_province(f.get("province")), district=f.get("district"),
        members=_int(f.get("members")),
        members_note=f.get("members_note"), party_groups=_int(f.get("party_groups")),
        period=f.get("period"),
        awards=tuple(Award(a["title"], a["issuer"], _int(a["year"]), a["level"])
                     for a in f.get("awards") or []),
        practices=tuple(f["practices"]), regulations=tuple(f["regulations"]), lessons=lessons,
        source=Source(src["title"], src["outlet"], _partial_date(src["date"]), src["author"],
                      src["url"])
        if src else None,
        published=dt.date.fromisoformat(f["published"]),
        body=doc.body, body_line=doc.body_line, lines=doc.lines,
        editorial_notes=tuple(_notes(f.get("editorial_notes") or [], doc.lines)),
        redirect_from=tuple(f.get("redirect_from") or []),
    )  # fmt: skip


def _notes(items: list[dict[str, Any]], lines: Mapping[str, int]) -> Iterator[EditorialNote]:
    for i, n in enumerate(items):
        line = lines.get(f"editorial_notes[{i}]", 1)
        yield EditorialNote(n["issue"], n["note"].strip(), n.get("regulation"),
                            n.get("citation"), line, n.get("field"))  # fmt: skip


def _regulation(path: str, doc: _Document) -> Regulation:
    f = doc.front
    return Regulation(
        id=f["id"], path=path, kind=f["kind"], number=f["number"],
        symbol=normalize_symbol(f["symbol"]) if f["symbol"] else None, issuer=f["issuer"],
        date=_date(f["date"]), title=f["title"], status=f["status"],
        replaced_by=f.get("replaced_by"), amended_by=tuple(f.get("amended_by") or []),
        verified=f["verified"], aliases=tuple(f.get("aliases") or []),
        body=doc.body, lines=doc.lines, redirect_from=tuple(f.get("redirect_from") or []),
    )  # fmt: skip


def _practice(path: str, doc: _Document) -> Practice:
    f = doc.front
    return Practice(
        key=f["key"], path=path, name=f["name"], definition=f["definition"].strip(),
        regulations=tuple(f.get("regulations") or []), body=doc.body, lines=doc.lines,
        redirect_from=tuple(f.get("redirect_from") or []),
    )  # fmt: skip


def normalize_symbol(symbol: str) -> str:
    """NFC, and Ð (U+00D0, Icelandic eth) read as Đ (U+0110), as real texts mix them."""
    return unicodedata.normalize("NFC", symbol).replace("\u00d0", "\u0110").replace(" ", "")


RecordT = CaseStudy | Regulation | Practice


def load_text(kind: str, path: str, raw: bytes) -> tuple[RecordT | None, list[Problem]]:
    """One file's bytes → its record (None when unusable) and its problems."""
    try:
        doc = split_document(decode(raw))
    except _YamlProblem as exc:
        return None, [Problem(path, exc.line + 1, None, exc.message)]
    problems = validate(kind, path, doc)
    flagged = {p.key for p in problems}  # one message per key: the schema's comes first
    problems += [p for p in placeholders(path, doc) if p.key not in flagged]
    if kind == "case" and "source.date" not in flagged:
        problems += check_source_date(path, doc)
    problems += check_body(path, doc.body, doc.body_line)
    if problems:
        return None, problems
    stem = Path(path).stem
    if kind == "case":
        return _case(stem, path, doc), []
    own = doc.front["id" if kind == "regulation" else "key"]
    if own != stem:
        key = "id" if kind == "regulation" else "key"
        msg = f"«{own}» phải trùng tên tệp «{stem}»"
        return None, [Problem(path, doc.lines.get(key, 1), key, msg)]
    return (_regulation(path, doc) if kind == "regulation" else _practice(path, doc)), []


@cache
def provinces() -> dict[str, dict[str, str]]:
    """The province table shipped with the package: `present_day` maps each province as
    reported to its present-day province; `aliases` maps variant spellings."""
    text = resources.files("casebook").joinpath("data/provinces.yml").read_text("utf-8")
    data: dict[str, dict[str, str]] = yaml.safe_load(text)
    return data


def canonical_province(name: str | None) -> str | None:
    """A variant spelling ("Khánh Hoà", "TP HCM") → its canonical name; others unchanged."""
    if name is None:
        return None
    name = " ".join(name.split())
    return provinces()["aliases"].get(name, name)


@cache
def sectors() -> dict[str, str]:
    """The sector vocabulary shipped with the package: key → Vietnamese name."""
    text = resources.files("casebook").joinpath("data/sectors.yml").read_text("utf-8")
    data: dict[str, str] = yaml.safe_load(text)
    return data


# --- Whole tree -------------------------------------------------------------------------

FOLDERS = {"models": "case", "regulations": "regulation", "practices": "practice"}
"""docs/ sub-folder → record kind. `index.md` in them is reserved for generated pages."""

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def discover(docs_dir: Path) -> list[tuple[str, str, Path]]:
    """(kind, docs-relative path, absolute path) of every content file, sorted."""
    found = []
    for folder, kind in FOLDERS.items():
        for file in sorted((docs_dir / folder).glob("*.md")):
            found.append((kind, f"{folder}/{file.name}", file))
    return found


FileCache = dict[str, tuple[tuple[int, int], Any, list[Problem]]]
"""Path → ((mtime_ns, size), record, problems) of each file, kept by a live preview."""


def load_tree(docs_dir: Path, cache: FileCache | None = None) -> Corpus:
    """Read every content file under `docs_dir` and check references between them.

    With `cache` (a live preview), a file whose size and modification time are unchanged
    keeps the record of the previous load, the very same object, without being read."""
    entries = discover(docs_dir)
    entries += [("course", f"courses/{f.name}", f)
                for f in sorted((docs_dir / "courses").glob("*.yml"))]  # fmt: skip
    if cache is None:
        return load_files((kind, rel, file.read_bytes()) for kind, rel, file in entries)
    loaded = [(kind, *load_cached(kind, rel, file, cache)) for kind, rel, file in entries]
    for gone in cache.keys() - {rel for _, rel, _ in entries}:
        del cache[gone]
    return assemble(loaded)


def load_cached(kind: str, rel: str, file: Path, cache: FileCache) -> tuple[Any, list[Problem]]:
    """`load_one` for the file at `file` (docs-relative `rel`), unless `cache` holds it at
    its current size and modification time; the cache is updated."""
    stat = file.stat()
    key = (stat.st_mtime_ns, stat.st_size)
    hit = cache.get(rel)
    if hit is None or hit[0] != key:
        hit = cache[rel] = (key, *load_one(kind, rel, file.read_bytes()))
    return hit[1], hit[2]


def load_one(kind: str, path: str, raw: bytes) -> tuple[Any, list[Problem]]:
    """One content file → its record (None when unusable) and its problems."""
    if Path(path).name == "index.md":
        msg = "tên index.md dành cho trang mục lục tự sinh; hãy đổi tên tệp"
        return None, [Problem(path, 1, None, msg)]
    return load_course(path, raw) if kind == "course" else load_text(kind, path, raw)


def load_files(files: Iterable[tuple[str, str, bytes]]) -> Corpus:
    """(kind, path, bytes) triples → a Corpus with every problem, file by file."""
    return assemble([(kind, *load_one(kind, path, raw)) for kind, path, raw in files])


def assemble(loaded: Iterable[tuple[str, Any, list[Problem]]]) -> Corpus:
    """(kind, record or None, problems) of each file → the Corpus, with the checks of
    references between files."""
    records: dict[str, list[Any]] = {"case": [], "regulation": [], "practice": [], "course": []}
    problems: list[Problem] = []
    for kind, record, found in loaded:
        problems.extend(found)
        if record is not None:
            records[kind].append(record)
    corpus = Corpus(
        cases=tuple(records["case"]),
        regulations=tuple(records["regulation"]),
        practices=tuple(records["practice"]),
        sectors=sectors(),
        problems=(),
    )
    courses = tuple(records["course"])
    problems.extend(check_references(corpus) + check_courses(courses, corpus))
    return Corpus(corpus.cases, corpus.regulations, corpus.practices, corpus.sectors,
                  tuple(problems), courses)  # fmt: skip


# --- Raw HTML in bodies -----------------------------------------------------------------
# Bodies are Markdown reviewed in pull requests, but Python-Markdown passes raw HTML,
# any link scheme and `{: … }` attributes through to readers' browsers. The policy: plain
# Markdown, a few harmless inline tags, links to relative paths, http(s) and mailto.

ALLOWED_TAGS = frozenset({"abbr", "br", "sub", "sup", "mark", "kbd"})
_CODE = re.compile(r"^ {0,3}(```|~~~)[^\n]*\n.*?^ {0,3}\1[^\n]*$|`[^`\n]*`", re.M | re.S)
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)(?![:A-Za-z0-9-])([^>]*)>")  # not <http:…>
_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)|<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>")
_ATTRS = re.compile(r"\{:?([^}\n]*)\}")
_RISKY_ATTR = re.compile(r"\b(on[a-z]+|style|href|src|srcdoc|formaction)\s*=", re.I)
_SAFE_SCHEMES = ("http", "https", "mailto")


def check_body(path: str, body: str, body_line: int) -> list[Problem]:
    """Raw HTML outside ALLOWED_TAGS, unsafe link schemes and risky `{: … }` attributes
    in a Markdown body, each located by line (code spans and fences are ignored)."""
    # Each pattern needs a character that most bodies lack: test for it first.
    if "`" in body or "~~~" in body:
        text = _CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), body)
    else:
        text = body
    if "<" not in text and "](" not in text and "{" not in text:
        return []
    found: list[tuple[int, str]] = []
    for m in _TAG.finditer(text):
        tag = m[1].lower()
        if tag not in ALLOWED_TAGS or _RISKY_ATTR.search(m[2]):
            allowed = ", ".join(f"<{t}>" for t in sorted(ALLOWED_TAGS))
            found.append((m.start(), f"thẻ HTML «<{tag}>» không được dùng trong bài; hãy viết "
                                     f"bằng Markdown (chỉ cho phép: {allowed})"))  # fmt: skip
    for m in _LINK.finditer(text):
        if (scheme := _scheme(m[1] if m[1] is not None else m[2])) and scheme not in _SAFE_SCHEMES:
            msg = f"liên kết «{scheme}:» không được phép; chỉ dùng http, https, mailto"
            found.append((m.start(), msg + " hoặc đường dẫn tương đối"))
    for m in _ATTRS.finditer(text):
        if risky := _RISKY_ATTR.search(m[1]):
            found.append((m.start(), f"thuộc tính «{risky[1]}» trong {{: … }} không được phép"))
    return [Problem(path, body_line + body.count("\n", 0, at), None, msg) for at, msg in found]


def _scheme(target: str) -> str | None:
    """The scheme of a link target as a browser reads it (entities decoded, controls and
    spaces dropped), or None for a relative link."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(target)).lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return match[1] if match else None


def load_course(path: str, raw: bytes) -> tuple[Course | None, list[Problem]]:
    """A course pack (plain YAML, no Markdown body) → record and problems."""
    try:
        data, key_lines = parse_yaml(decode(raw))
    except _YamlProblem as exc:
        return None, [Problem(path, exc.line + 1, None, exc.message)]
    if not isinstance(data, dict):
        return None, [Problem(path, 1, None, "học phần phải là một bảng khóa: giá trị")]
    doc = _Document(data, {k: v + 1 for k, v in key_lines.items()}, "", 1)
    problems = validate("course", path, doc)
    if problems:
        return None, problems
    items = tuple(
        CourseItem(kind, item[kind], item.get("note"), doc.lines.get(f"items[{i}]", 1))
        for i, item in enumerate(data["items"])
        for kind in ("case", "lesson", "practice", "regulation")
        if kind in item
    )
    title, description = data["title"], data.get("description")
    return Course(Path(path).stem, path, title, description, items), []


def check_courses(courses: Iterable[Course], corpus: Corpus) -> list[Problem]:
    """Every item of a course must name a record that exists."""
    known = {
        "case": {c.slug for c in corpus.cases},
        "lesson": {f"{c.slug}#{x.id}" for c in corpus.cases for x in c.lessons},
        "practice": {p.key for p in corpus.practices},
        "regulation": {r.id for r in corpus.regulations},
    }
    return [
        Problem(course.path, item.line, item.kind, f"«{item.target}» không có trong nội dung")
        for course in courses
        for item in course.items
        if item.target not in known[item.kind]
    ]


def check_references(corpus: Corpus) -> list[Problem]:
    """Problems between records: unknown vocabulary and ids, bad slugs, duplicates."""
    practices = {p.key for p in corpus.practices}
    regulations = {r.id for r in corpus.regulations}
    problems = [
        p for case in corpus.cases for p in _check_case(case, corpus, practices, regulations)
    ]
    for reg in corpus.regulations:
        targets = [("replaced_by", reg.replaced_by)] if reg.replaced_by else []
        targets += [(f"amended_by[{i}]", a) for i, a in enumerate(reg.amended_by)]
        problems += _unknown(reg.path, reg.lines, targets, regulations, "mã văn bản")
    for pr in corpus.practices:
        targets = [(f"regulations[{i}]", r) for i, r in enumerate(pr.regulations)]
        problems += _unknown(pr.path, pr.lines, targets, regulations, "mã văn bản")
    return problems + _duplicate_regulations(corpus.regulations)


def _check_case(
    case: CaseStudy, corpus: Corpus, practices: set[str], regulations: set[str]
) -> list[Problem]:
    problems = []
    if not re.fullmatch(SLUG_PATTERN, case.slug):
        msg = "tên tệp phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ chi-bo-abc.md)"
        problems.append(Problem(case.path, 1, None, msg))
    problems += _unknown(case.path, case.lines, [("sector", case.sector)],
                         set(corpus.sectors), "lĩnh vực")  # fmt: skip
    if case.province is not None:
        problems += _unknown(case.path, case.lines, [("province", case.province)],
                             set(provinces()["present_day"]), "tỉnh, thành phố")  # fmt: skip
    problems += _unknown(case.path, case.lines,
                         [(f"practices[{i}]", p) for i, p in enumerate(case.practices)],
                         practices, "cách làm")  # fmt: skip
    problems += _unknown(case.path, case.lines,
                         [(f"regulations[{i}]", r) for i, r in enumerate(case.regulations)],
                         regulations, "mã văn bản")  # fmt: skip
    return problems + _check_lessons(case)


def _check_lessons(case: CaseStudy) -> list[Problem]:
    problems, seen = [], set()
    for i, lesson in enumerate(case.lessons):
        key = f"lessons[{i}]"
        if lesson.practice not in case.practices:
            msg = f"bài học gắn cách làm «{lesson.practice}» không có trong practices của bài"
            problems.append(Problem(case.path, lesson.line, f"{key}.practice", msg))
        if lesson.id in seen:
            msg = f"mã bài học «{lesson.id}» bị trùng trong bài"
            problems.append(Problem(case.path, lesson.line, f"{key}.id", msg))
        seen.add(lesson.id)
    return problems


def _unknown(
    path: str, lines: Mapping[str, int], items: list[tuple[str, str]], known: set[str], what: str
) -> list[Problem]:
    problems = []
    for key, value in items:
        if value not in known:
            hint = difflib.get_close_matches(value, sorted(known), n=1)
            tail = f"; có phải «{hint[0]}»?" if hint else ""
            msg = f"{what} «{value}» không có trong danh mục{tail}"
            problems.append(Problem(path, _nearest_line(lines, key), key, msg))
    return problems


def _duplicate_regulations(regs: Iterable[Regulation]) -> list[Problem]:
    """Two pages for one (number, symbol, date) make every citation of it ambiguous."""
    first: dict[tuple[Any, ...], Regulation] = {}
    problems = []
    for reg in regs:
        ident = (reg.number, reg.symbol, reg.date)
        if reg.number and ident in first:
            msg = f"trùng số, ký hiệu và ngày với {first[ident].path}"
            problems.append(Problem(reg.path, reg.lines.get("number", 1), "number", msg))
        first.setdefault(ident, reg)
    return problems
