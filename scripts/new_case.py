#!/usr/bin/env python3
"""Scaffold a new case study: `python scripts/new_case.py --unit "Chi bộ ..." ...`.

The same as `casebook new` (installed with the package); see `--help`.
"""

from __future__ import annotations

from casebook.cli import new

if __name__ == "__main__":
    raise SystemExit(new())
