"""The closed vocabularies shipped with the package (`data/*.yml`): provinces, sectors,
unit levels, award levels, document kinds, regulation statuses and editorial-note kinds.

One source for every list of allowed keys and their Vietnamese labels: the index's facets,
the CLI's help and scaffold, open data's column notes, the editor guide's tables
(`<!-- casebook:vocabulary what=… -->`) and `casebook.citations` read them from here. The
JSON Schemas in `schemas/` keep their `enum`s as checked-in text for editors' tools;
`SCHEMA_ENUMS` says where, and tests/test_vocabulary.py fails when they drift.
Practices are content (`docs/practices/`), not shipped vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Literal

import yaml

from casebook import routes

Name = Literal[
    "sectors", "unit_levels", "award_levels", "document_kinds", "regulation_statuses",
    "note_kinds",
]  # fmt: skip
"""The closed vocabularies other than provinces (which map names, not keys to labels)."""


def _data(file: str) -> object:
    folder = resources.files("casebook").joinpath(routes.PACKAGE_DATA)
    return yaml.safe_load(folder.joinpath(file).read_text("utf-8"))


@cache
def provinces() -> dict[str, dict[str, str]]:
    """The province table shipped with the package: `present_day` maps each province as
    reported to its present-day province; `aliases` maps variant spellings."""
    data = _data("provinces.yml")
    assert isinstance(data, dict)
    return data


def canonical_province(name: str | None) -> str | None:
    """A variant spelling ("Khánh Hoà", "TP HCM") → its canonical name; others unchanged."""
    if name is None:
        return None
    name = " ".join(name.split())
    return provinces()["aliases"].get(name, name)


@cache
def labels(name: Name) -> Mapping[str, str]:
    """Vocabulary `name`: key → Vietnamese label, read-only, in display order."""
    data = _data("sectors.yml") if name == "sectors" else _data("vocabularies.yml")
    assert isinstance(data, dict)
    table = data if name == "sectors" else data[name]
    return MappingProxyType({str(k): str(v) for k, v in table.items()})


def sectors() -> Mapping[str, str]:
    """Sectors of a case: key → Vietnamese name (keys appear in URLs)."""
    return labels("sectors")


UNIT_LEVELS = labels("unit_levels")
AWARD_LEVELS = labels("award_levels")
NOTE_KINDS = labels("note_kinds")
REGULATION_STATUSES = labels("regulation_statuses")
DOCUMENT_KINDS = labels("document_kinds")
"""The closed vocabularies as the code and the templates name them: key → label."""


@dataclass(frozen=True)
class SchemaEnum:
    """Where a JSON Schema repeats a vocabulary as an `enum`."""

    schema: str
    """The schema's name in `schemas/` ("case" for `case.schema.json`)."""
    path: tuple[str, ...]
    """The keys from the schema's root to the object holding the `enum`."""
    vocabulary: Name
    nullable: bool
    """Whether `null` (not known) is allowed too; it ends the `enum`."""

    def expected(self) -> list[str | None]:
        """The `enum` the vocabulary calls for."""
        keys: list[str | None] = list(labels(self.vocabulary))
        return [*keys, None] if self.nullable else keys


SCHEMA_ENUMS = (
    SchemaEnum("case", ("properties", "unit_level"), "unit_levels", nullable=True),
    SchemaEnum("case", ("$defs", "award", "properties", "level"), "award_levels", nullable=True),
    SchemaEnum("case", ("properties", "editorial_notes", "items", "properties", "issue"),
               "note_kinds", nullable=False),
    SchemaEnum("regulation", ("properties", "kind"), "document_kinds", nullable=False),
    SchemaEnum("regulation", ("properties", "status"), "regulation_statuses", nullable=False),
)  # fmt: skip
"""Every schema `enum` that repeats a vocabulary (sectors are checked in `checks`)."""
