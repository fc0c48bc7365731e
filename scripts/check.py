#!/usr/bin/env python3
"""Check all content without building: `python scripts/check.py [--format github]`.

The same as `casebook check` (installed with the package); exit 1 on any problem.
"""

from __future__ import annotations

from casebook.cli import check

if __name__ == "__main__":
    raise SystemExit(check())
