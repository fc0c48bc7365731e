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


def steps(name: str) -> list[dict[str, object]]:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def test_hosted_runner_conventions() -> None:
    for name in ("pull-request.yml", "deploy.yml"):
        found = steps(name)
        python = next(s for s in found if str(s.get("uses", "")).startswith("actions/setup-python"))
        assert python["with"] == {"python-version": "3.11", "cache": "pip",
                                  "cache-dependency-path": "requirements.lock"}  # fmt: skip
        runs = [s["run"] for s in found if "run" in s]
        assert runs.index("make system-deps") < runs.index("make build"), name
    runs = [s["run"] for s in steps("pull-request.yml") if "run" in s]
    assert "make chromium CHROMIUM_FROM=playwright" in runs
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install" in makefile


def test_deploy_publishes_what_make_build_writes_at_the_public_address() -> None:
    found = steps("deploy.yml")
    build = next(s for s in found if s.get("run") == "make build")
    site_url = build["env"]["CASEBOOK_SITE_URL"]  # type: ignore[index]
    assert "steps.pages.outputs.base_url" in site_url and "vars.CASEBOOK_SITE_URL" in site_url
    assert any(s.get("id") == "pages" for s in found)
    upload = next(s for s in found if "upload-pages-artifact" in str(s.get("uses")))
    assert upload["with"] == {"path": "site/"}
    assert found.index(build) < found.index(upload)


def test_system_packages_are_listed_once() -> None:
    listed = (ROOT / "system-packages.txt").read_text(encoding="utf-8")
    assert "libharfbuzz-subset0" in listed and "libpangoft2-1.0-0" in listed
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make system-deps" in ci and "apt-get" not in ci
    assert "system-packages.txt" in (ROOT / "README.md").read_text(encoding="utf-8")
