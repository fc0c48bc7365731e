"""The vocabularies shipped with the package (`data/*.yml`): provinces and sectors."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


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
