"""A strict, fast YAML reader for front-matter: safe, no duplicate keys, no aliases, no
dates, NFC strings, and the line of every key. Errors are `YamlProblem`s worded in
Vietnamese with a 0-based line."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterator
from typing import Any

import yaml

Scalar = str | int | float | bool | None
"""A plain YAML scalar as PyYAML constructs it."""


class YamlProblem(Exception):
    """Unreadable text: a 0-based `line` and a Vietnamese `message`."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# libyaml's parser (C) when PyYAML was built with it: ten times faster than pure Python,
# which matters at thousands of cases. Both report the same marked errors.
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeBase):  # type: ignore[misc]
    """A safe loader that refuses duplicate keys and keeps dates as strings (aliases are
    refused by `_refuse_aliases` after composition, as the C parser composes by itself)."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (yaml.YAMLError, YamlProblem):
            raise
        except Exception as exc:
            # PyYAML's constructors trust the tag: `!!int mười hai` (ValueError), `!!int`
            # with no value (IndexError), `!!bool có` (KeyError), `!!timestamp hôm nay`
            # (AttributeError), `!!timestamp 2021-02-31`, and integers beyond Python's
            # 4300-digit conversion limit (ValueError).
            shown = node.value[:60] if isinstance(node.value, str) else node.tag
            raise YamlProblem(
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
                raise YamlProblem(key_node.start_mark.line, msg)
            if key in seen:
                raise YamlProblem(
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


def _line(text: str, mark: yaml.Mark) -> int:
    """0-based line of a mark, counting "\\n" only: PyYAML also counts U+0085, U+2028 and
    U+2029 as line breaks, which editors do not see as lines."""
    return text.count("\n", 0, mark.index)


def _key_lines(node: yaml.Node, text: str, prefix: str = "") -> Iterator[tuple[str, int]]:
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

    Raises `YamlProblem` (with a line) for anything that is not clean, safe YAML.
    """
    deep = _too_deep(text)
    if deep is not None:
        raise YamlProblem(deep, f"phần khai báo lồng quá sâu (quá {MAX_NESTING} cấp)")
    loader = None
    try:
        loader = _StrictLoader(text)  # the pure-Python reader checks characters here
        node = loader.get_single_node()
        fast = _construct_plain(loader, node, text) if node is not None else None
        if fast is not None:
            return fast
        _refuse_aliases(node, set())
        data = loader.construct_document(node) if node is not None else None
    except YamlProblem:
        raise
    except yaml.reader.ReaderError as exc:  # a control character (C0, C1, U+FFFE/FFFF)
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        line = text.count("\n", 0, max(0, text.find(char)))
        msg = (
            f"ký tự điều khiển U+{ord(char):04X} không được phép (thường do dán từ Word); "
            "hãy xóa ký tự này"
        )
        raise YamlProblem(line, msg) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = _line(text, mark) if mark else 0
        raise YamlProblem(line, _yaml_message(exc, text, line)) from exc
    except yaml.YAMLError as exc:
        raise YamlProblem(0, f"lỗi cú pháp YAML ({exc})") from exc
    finally:
        if loader is not None:
            loader.dispose()
    return _nfc(data), dict(_key_lines(node, text)) if node is not None else {}


_YAML_TAG = "tag:yaml.org,2002:"
# Line breaks that PyYAML counts besides "\n": without them a mark's line is `_line`.
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


class _Unusual(Exception):
    """Front-matter that `_construct_plain` leaves to the general path."""


def _construct_plain(
    loader: _StrictLoader, root: yaml.Node, text: str
) -> tuple[Any, dict[str, int]] | None:
    """The result of `parse_yaml` for plain front-matter (maps, lists, strings, numbers,
    booleans, nulls), in one walk of the node tree instead of four (alias check,
    construction, NFC, key lines). None for anything else (an alias, a duplicate or
    unhashable key, another tag, a value PyYAML refuses): the general path then gives
    the same result or the same error."""
    builder = _PlainBuilder(loader, text)
    try:
        data = builder.build(root, "")
    except Exception:  # anything unusual is the general path's to report
        return None
    return data, builder.lines


class _PlainBuilder:
    """One walk of `_construct_plain`; raises `_Unusual` (or PyYAML's error) for anything
    that is not plain."""

    def __init__(self, loader: _StrictLoader, text: str) -> None:
        self.loader = loader
        self.text = text
        self.marks_are_lines = not any(b in text for b in _OTHER_BREAKS)
        # An alias reuses a node; without an anchor (`&name`) there can be none to look for.
        self.anchors = "&" in text
        self.lines: dict[str, int] = {}
        self.seen: set[int] = set()

    def line(self, mark: yaml.Mark) -> int:
        return mark.line if self.marks_are_lines else self.text.count("\n", 0, mark.index)

    def once(self, node: yaml.Node) -> None:
        """Refuse a node seen before (an alias)."""
        if self.anchors:
            if id(node) in self.seen:
                raise _Unusual
            self.seen.add(id(node))

    def scalar(self, node: yaml.Node) -> Scalar:
        """The value as PyYAML constructs it (before NFC)."""
        if type(node) is not yaml.ScalarNode:
            raise _Unusual
        self.once(node)
        tag = node.tag
        value: Scalar
        if tag == _YAML_TAG + "str":
            value = node.value
        elif tag == _YAML_TAG + "null":
            value = None
        elif tag == _YAML_TAG + "bool":
            value = self.loader.construct_yaml_bool(node)
        elif tag == _YAML_TAG + "int":
            value = self.loader.construct_yaml_int(node)
        elif tag == _YAML_TAG + "float":
            value = self.loader.construct_yaml_float(node)
        else:
            raise _Unusual
        return value

    def build(self, node: yaml.Node, prefix: str) -> Any:
        kind = type(node)
        if kind is yaml.ScalarNode:
            value = self.scalar(node)
            return unicodedata.normalize("NFC", value) if type(value) is str else value
        self.once(node)
        if kind is yaml.MappingNode and node.tag == _YAML_TAG + "map":
            return self.mapping(node, prefix)
        if kind is yaml.SequenceNode and node.tag == _YAML_TAG + "seq":
            items = []
            for i, item in enumerate(node.value):
                path = f"{prefix}[{i}]"
                self.lines[path] = self.line(item.start_mark)
                items.append(self.build(item, path))
            return items
        raise _Unusual

    def mapping(self, node: yaml.Node, prefix: str) -> dict[Scalar, Any]:
        normalize = unicodedata.normalize
        mapping: dict[Scalar, Any] = {}
        keys: set[Scalar] = set()
        for key_node, value_node in node.value:
            key = self.scalar(key_node)
            if key in keys:
                raise _Unusual
            keys.add(key)
            name = normalize("NFC", str(key_node.value))
            path = f"{prefix}.{name}" if prefix else name
            self.lines[path] = self.line(key_node.start_mark)
            value = self.build(value_node, path)
            mapping[normalize("NFC", key) if type(key) is str else key] = value
        return mapping


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


def _refuse_aliases(node: yaml.Node | None, seen: set[int], line: int = 0) -> None:
    """An alias makes the composer reuse a node: seeing one twice means an alias, which
    invites "billion laughs" expansion; front-matter never needs one. `line` is where
    the node is used (its key), as the node's own mark points at the anchor."""
    if node is None:
        return
    if id(node) in seen:
        raise YamlProblem(line, "không dùng bí danh YAML (*tên); hãy viết giá trị ra")
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
