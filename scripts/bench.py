#!/usr/bin/env python3
"""`make bench`: build speed, memory, page weight and search transfer at N synthetic cases.

Every timing is a ratio against a baseline measured in the same run on the same machine:
(a) the Python-Markdown floor (read, parse front-matter, render every case, write
nothing); (b) our full build including the Pagefind index; (c) the same site built
without our plugin (and indexed the same way). It prints a table with b/a and b/c and
writes JSON (bench.json). Usage: `python scripts/bench.py [--sizes 1000 10000]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import markdown
import yaml

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TARGETS = {"b/a": 1.8, "b/c": 1.10, "case_max_kb": 25.0, "generated_max_kb": 200.0,
           "peak_mb": 3072.0, "search_kb": 300.0}  # fmt: skip


@dataclass
class Result:
    n: int
    floor_s: float
    build_s: float
    index_s: float
    plain_s: float
    plain_index_s: float
    peak_mb: float
    case_mean_kb: float
    case_max_kb: float
    generated_mean_kb: float
    generated_max_kb: float
    generated_max_page: str
    search_kb: float | None

    @property
    def ratios(self) -> dict[str, float]:
        full = self.build_s + self.index_s
        return {"b/a": full / self.floor_s, "b/c": full / (self.plain_s + self.plain_index_s)}


def run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one command (the process and its waited-for
    children, as Linux reports them through wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        err = proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
        raise SystemExit(f"lệnh lỗi: {' '.join(command)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024


def floor(docs: Path) -> float:
    """(a) Read, parse front-matter, render every case with Python-Markdown; no writes."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.perf_counter()
    for path in sorted((docs / "models").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        yaml.load(front, Loader=loader)  # noqa: S506 - a safe loader
        markdown.markdown(body, extensions=["tables", "attr_list", "md_in_html", "toc"])
    return time.perf_counter() - start


def page_sizes(site: Path) -> tuple[list[int], list[tuple[int, str]]]:
    """HTML sizes of case pages, and (size, path) of every other page."""
    cases, others = [], []
    for page in site.rglob("*.html"):
        rel = page.relative_to(site).as_posix()
        parts = rel.split("/")
        is_case = parts[0] == "models" and len(parts) == 3 and not parts[1].startswith("trang-")
        (cases.append(page.stat().st_size) if is_case
         else others.append((page.stat().st_size, rel)))  # fmt: skip
    return cases, others


def first_search_kb(site: Path, query: str = "dang vien") -> float | None:
    """(f) Bytes the first search transfers (Pagefind files), in headless Chromium."""
    probe = ROOT / "scripts" / "_search_probe.py"
    done = subprocess.run([PY, str(probe), str(site), query], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"(không đo được lần tìm kiếm đầu: {done.stderr.strip()[-300:]})")
        return None
    return float(done.stdout.strip()) / 1024


def measure(n: int, work: Path) -> Result:
    project = work / f"synth{n}"
    subprocess.run([PY, str(ROOT / "scripts" / "synth_corpus.py"), "--count", str(n), "--out",
                    str(project), "--force"], check=True, capture_output=True)  # fmt: skip
    quiet = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    mk = [PY, "-m", "mkdocs", "build", "-q"]
    pagefind = [PY, "-m", "pagefind", "--site", "site", "--silent"]
    a = floor(project / "docs")
    b, b_mb = run([*mk, "--strict"], project, {**quiet, "CASEBOOK_SEARCH": "false"})
    b_idx, idx_mb = run(pagefind, project, {})
    cases, others = page_sizes(project / "site")
    search = first_search_kb(project / "site")
    c, _ = run(mk, project, {**quiet, "CASEBOOK_ENABLED": "false"})
    c_idx, _ = run(pagefind, project, {})
    biggest = max(others)
    return Result(
        n=n, floor_s=a, build_s=b, index_s=b_idx, plain_s=c, plain_index_s=c_idx,
        peak_mb=max(b_mb, idx_mb), case_mean_kb=sum(cases) / len(cases) / 1024,
        case_max_kb=max(cases) / 1024,
        generated_mean_kb=sum(s for s, _ in others) / len(others) / 1024,
        generated_max_kb=biggest[0] / 1024, generated_max_page=biggest[1], search_kb=search,
    )  # fmt: skip


def table(results: list[Result]) -> str:
    rows = [("N", "a floor s", "b build+index s", "c no plugin s", "b/a", "b/c", "peak MB",
             "case KB mean/max", "other KB mean/max", "1st search KB")]  # fmt: skip
    for r in results:
        rows.append((
            f"{r.n:,}", f"{r.floor_s:.1f}", f"{r.build_s:.1f}+{r.index_s:.1f}",
            f"{r.plain_s:.1f}+{r.plain_index_s:.1f}", f"{r.ratios['b/a']:.2f}",
            f"{r.ratios['b/c']:.2f}", f"{r.peak_mb:.0f}",
            f"{r.case_mean_kb:.1f}/{r.case_max_kb:.1f}",
            f"{r.generated_mean_kb:.1f}/{r.generated_max_kb:.1f}",
            "—" if r.search_kb is None else f"{r.search_kb:.0f}",
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Đo tốc độ và kích thước ở N mô hình tổng hợp.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/casebook-bench"))
    parser.add_argument("--json", type=Path, default=ROOT / "bench.json")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for n in args.sizes:
        print(f"Đang đo N = {n:,} …", flush=True)
        results.append(measure(n, args.work))
    print(table(results))
    for r in results:
        print(f"N={r.n:,}: trang sinh ra lớn nhất {r.generated_max_page} "
              f"({r.generated_max_kb:.1f} KB)")  # fmt: skip
    report = {"targets": TARGETS,
              "results": [asdict(r) | {"ratios": r.ratios} for r in results]}  # fmt: skip
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
