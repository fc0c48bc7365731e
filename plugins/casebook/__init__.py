"""Casebook: validate, index and render case studies of exemplary Party branches."""

from __future__ import annotations

__version__ = "0.1.0"
