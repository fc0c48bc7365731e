"""`python -m casebook new|check …`: the editor commands without the console script."""

from casebook.cli import main

raise SystemExit(main())
