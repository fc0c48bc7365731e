"""One vocabulary: the schemas' enums, the index, the CLI and open data agree with `data/`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casebook import cli, export, vocabulary
from casebook.citations import KINDS
from casebook.vocabulary import SCHEMA_ENUMS, SchemaEnum

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "plugins" / "casebook" / "schemas"


def enum_at(place: SchemaEnum) -> Any:
    node = json.loads((SCHEMAS / f"{place.schema}.schema.json").read_text("utf-8"))
    for key in place.path:
        node = node[key]
    return node["enum"]


@pytest.mark.parametrize("place", SCHEMA_ENUMS, ids=lambda p: f"{p.schema}:{'/'.join(p.path)}")
def test_schema_enum_equals_the_vocabulary(place: SchemaEnum) -> None:
    assert enum_at(place) == place.expected(), (
        f"schemas/{place.schema}.schema.json {'/'.join(place.path)} drifted from "
        f"data/vocabularies.yml «{place.vocabulary}»: edit both"
    )


def test_every_enum_of_the_schemas_is_a_vocabulary_or_a_field_list() -> None:
    """A new `enum` in a schema must either come from `data/` or be listed here on purpose."""
    found: list[str] = []

    def walk(node: Any, path: tuple[str, ...], schema: str) -> None:
        if isinstance(node, dict):
            if "enum" in node:
                found.append(f"{schema}:{'/'.join(path)}")
            for key, value in node.items():
                walk(value, (*path, key), schema)

    for file in sorted(SCHEMAS.glob("*.schema.json")):
        walk(json.loads(file.read_text("utf-8")), (), file.name.split(".")[0])
    known = {f"{p.schema}:{'/'.join(p.path)}" for p in SCHEMA_ENUMS}
    field_names = {"case:properties/editorial_notes/items/properties/field"}
    assert set(found) == known | field_names


def test_vocabularies_have_unique_nonempty_keys_and_labels() -> None:
    for name in ("sectors", "unit_levels", "award_levels", "document_kinds",
                 "regulation_statuses", "note_kinds"):  # fmt: skip
        table = vocabulary.labels(name)  # type: ignore[arg-type]
        assert table and all(key and label.strip() for key, label in table.items()), name
        assert len(set(table.values())) == len(table), f"{name}: two keys share a label"


def test_the_code_reads_the_vocabulary() -> None:
    data = ROOT / "plugins" / "casebook" / "data" / "vocabularies.yml"
    import yaml

    raw = yaml.safe_load(data.read_text("utf-8"))
    assert list(KINDS) == list(raw["document_kinds"])
    assert list(vocabulary.DOCUMENT_KINDS) == list(raw["document_kinds"])
    assert dict(vocabulary.AWARD_LEVELS) == raw["award_levels"]
    assert dict(vocabulary.UNIT_LEVELS) == raw["unit_levels"]
    assert dict(vocabulary.REGULATION_STATUSES) == raw["regulation_statuses"]
    assert dict(vocabulary.NOTE_KINDS) == raw["note_kinds"]


def test_scaffold_and_open_data_list_the_allowed_values() -> None:
    levels = ", ".join(vocabulary.labels("unit_levels"))
    assert cli.allowed_values("unit_level", {}) == [f"Giá trị được phép: {levels}, null"]
    awards = ", ".join(vocabulary.labels("award_levels"))
    assert cli.allowed_values("awards", {}) == [f"level: {awards}, null"]
    notes = {name: note for name, note, _ in export.CASE_COLUMNS}
    assert levels in notes["unit_level"] and awards in notes["award_levels"]


def test_suggested_award_levels_are_vocabulary_keys() -> None:
    from casebook import suggest

    issuers = ["Ban Bí thư", "Bộ Công an", "Tỉnh ủy Lai Châu", "Huyện ủy Mường Tè", "Đảng ủy xã"]
    found = [suggest.award_level(issuer) for issuer in issuers]
    assert found == list(vocabulary.labels("award_levels"))
