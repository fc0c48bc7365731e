"""The hosting workflows cannot run here, so every step must be a make target that does."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z0-9-]*):", text, flags=re.MULTILINE))


def test_every_run_step_calls_an_existing_make_target() -> None:
    targets = make_targets()
    runs = []
    for workflow in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        data = yaml.safe_load(workflow.read_text(encoding="utf-8"))
        for job in data["jobs"].values():
            runs += [step["run"] for step in job.get("steps", []) if "run" in step]
    assert runs, "no run step found"
    for command in runs:
        words = command.split()
        assert words[0] == "make", command
        called = [w for w in words[1:] if "=" not in w]
        assert called and set(called) <= targets, (command, targets)


def test_pre_commit_runs_the_content_check() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [h for repo in config["repos"] for h in repo["hooks"]]
    assert any("casebook check" in h["entry"] for h in hooks)
