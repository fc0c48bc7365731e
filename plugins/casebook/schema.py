"""Front-matter against the JSON Schemas of `schemas/`: the single contract.

jsonschema-rs (compiled, 2020-12) answers "valid?" for the common valid record; only a
record it refuses goes through jsonschema, whose error tree is worded in Vietnamese with
the line of the key.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import jsonschema_rs

from casebook import routes
from casebook.front_matter import Document
from casebook.records import Problem


@cache
def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema for `kind` ∈ {case, regulation, practice}: the single contract."""
    text = resources.files("casebook").joinpath(routes.schema_path(kind)).read_text("utf-8")
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


def validate(kind: str, path: str, doc: Document) -> list[Problem]:
    """Check front-matter against the schema; every error becomes a located Problem."""
    accepts = _fast_validator(kind)
    if accepts(doc.front):
        return []  # the common case: jsonschema would find nothing
    problems = []
    for error in _validator(kind).iter_errors(doc.front):
        key, message = _error_message(error)
        line = _nearest_line(doc.lines, key)
        problems.append(Problem(path, line, key, message))
    return sorted(problems, key=lambda p: (p.line or 0, p.key or ""))


@cache
def _fast_validator(kind: str) -> Callable[[Any], bool]:
    """A compiled predicate: True only for front-matter jsonschema also finds valid
    (both read `pattern` as ECMA-262 and check the `date` format). Data JSON cannot hold
    (a number as a key) is refused, so jsonschema words it. Integers longer than 4,300
    digits, which jsonschema-rs misjudges, never get here: the YAML reader refuses them."""
    is_valid = jsonschema_rs.validator_for(schema(kind), validate_formats=True).is_valid

    def accepts(front: Any) -> bool:
        try:
            return bool(is_valid(front))
        except ValueError:
            return False

    return accepts


def _nearest_line(lines: Mapping[str, int], key: str | None) -> int:
    """Line of `key`, or of its closest existing parent (a missing key has no line)."""
    while key:
        if key in lines:
            return lines[key]
        cut = max(key.rfind("."), key.rfind("["))
        key = key[:cut] if cut > 0 else ""
    return 1
