#!/usr/bin/env python3
"""`make bench`: build speed, memory, page weight and search transfer at N synthetic cases.

Every timing is a ratio against a baseline measured in the same run on the same machine:
(a) the Python-Markdown floor (read, parse front-matter, render every case, write
nothing); (b) our full build including the Pagefind index (which the plugin feeds while
the site is built); (c) the same site built without our plugin, then indexed by the
Pagefind CLI. Also: (d) peak memory, the sum over the build's process tree (MkDocs and
Pagefind run side by side); (e) page sizes; (f) bytes a reader's first search transfers
(page, styles, scripts and index files, gzip as a static host sends them, empty cache) for
each of SEARCH_QUERIES, with the first index and, for comparison, with the full text
(Pagefind, what every search loaded before the first index existed); (g) seconds
from saving a case during `make preview` to the updated page being served; (h) the PDF
handouts' share of (b), from the plugin's own log line (a fresh project: no PDF cached).
It prints a table with b/a and b/c and writes JSON (bench.json).
Usage: `python scripts/bench.py [--sizes 1000 10000]`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

import markdown
import yaml

from casebook import routes

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TARGETS = {"b/a": 1.8, "b/c": 1.10, "case_max_kb": 25.0, "generated_max_kb": 200.0,
           "peak_mb": 3072.0, "search_kb": 300.0, "preview_s": 2.0}  # fmt: skip


@dataclass
class Result:
    n: int
    floor_s: float
    build_s: float
    plain_s: float
    plain_index_s: float
    peak_mb: float
    case_mean_kb: float
    case_max_kb: float
    generated_mean_kb: float
    generated_max_kb: float
    generated_max_page: str
    search_kb: dict[str, float]
    search_full_kb: dict[str, float]
    preview_s: float | None
    pdf_s: float | None

    @property
    def ratios(self) -> dict[str, float]:
        return {"b/a": self.build_s / self.floor_s,
                "b/c": self.build_s / (self.plain_s + self.plain_index_s)}  # fmt: skip


def _tree_rss_kb(root: int) -> int:
    """Resident KB of `root` and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(pid)
        line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
        rss[pid] = int(line.split()[1])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB of one command, summed over its process tree
    (sampled every 0.2 s: MkDocs and the Pagefind service run at the same time), and
    what it logged."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.2):
            peak = max(peak, _tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"lệnh lỗi: {' '.join(command)}\n{err.decode(errors='replace')[-2000:]}")
    return elapsed, peak / 1024, err.decode(errors="replace")


def pdf_seconds(log: str) -> float | None:
    """(h) Seconds of the PDF step, from the plugin's line "PDF: N tệp, …, S s"."""
    found = re.search(r"casebook: PDF: .*?([0-9.]+) s$", log, flags=re.MULTILINE)
    return float(found.group(1)) if found else None


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return None


def _rebuilds(log: Path) -> list[str]:
    """The preview server's log lines about what each build rendered."""
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.split("casebook: ")[-1] for line in lines if "dựng lại" in line]


def _wait_for_server(url: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    """Wait until the preview server serves `url` after its first, full build."""
    deadline = time.monotonic() + timeout
    while _get(url) is None:
        if time.monotonic() > deadline or server.poll() is not None:
            raise SystemExit("máy chủ xem trước không khởi động được")
        time.sleep(0.5)


def preview_seconds(project: Path, port: int = 8765, timeout: float = 1800) -> float:
    """(g) Start `make preview`'s server, save one case with a new sentence, and time
    until the served page shows it (the editor's wait, file watcher included). The
    server's own log line, with the time until every touched page is written, is printed."""
    cases = sorted((project / "docs" / routes.CASES).glob("*.md"))
    case = cases[len(cases) // 2]
    url = f"http://127.0.0.1:{port}/{routes.case_url(case.stem)}"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
           "CASEBOOK_PREVIEW": "true", "CASEBOOK_SEARCH": "false",
           "CASEBOOK_PDF": "false"}  # fmt: skip
    log = project / "preview.log"
    with log.open("wb") as out:
        server = subprocess.Popen([PY, "-m", "mkdocs", "serve", "--dirty", "-a",
                                   f"127.0.0.1:{port}"], cwd=project, env=env,
                                  stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    original = case.read_text(encoding="utf-8")
    try:
        _wait_for_server(url, server, timeout)
        time.sleep(2)  # let the file watcher take its first snapshot
        before = len(_rebuilds(log))
        marker = f"Câu kiểm tra xem trước {time.time_ns()}."
        start = time.perf_counter()
        case.write_text(original.rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
        while marker not in (_get(url) or ""):
            if time.perf_counter() - start > 300:
                raise SystemExit("trang không được cập nhật sau 300 s")
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        deadline = time.monotonic() + 60
        while len(done := _rebuilds(log)) <= before and time.monotonic() < deadline:
            time.sleep(0.1)
        print(f"  máy chủ xem trước: {done[-1] if len(done) > before else '?'}")
        return seconds
    finally:
        case.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait()


def floor(docs: Path) -> float:
    """(a) Read, parse front-matter, render every case with Python-Markdown; no writes."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.perf_counter()
    for path in sorted((docs / routes.CASES).glob("*.md")):
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
        is_case = parts[0] == routes.CASES and len(parts) == 3 and not parts[1].startswith("trang-")
        (cases.append(page.stat().st_size) if is_case
         else others.append((page.stat().st_size, rel)))  # fmt: skip
    return cases, others


SEARCH_QUERIES = ("dang vien", "kiem tra giam sat", "sinh hoat chi bo", "22-QĐ/TW")


def first_search_kb(site: Path, full: bool = False) -> dict[str, float]:
    """(f) KB each query's first search transfers, in headless Chromium (empty cache)."""
    probe = [PY, str(ROOT / "scripts" / "_search_probe.py"), str(site), *SEARCH_QUERIES]
    done = subprocess.run([*probe, *(["--full"] if full else [])], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"(không đo được lần tìm kiếm đầu: {done.stderr.strip()[-300:]})")
        return {}
    return {q: n / 1024 for q, n in json.loads(done.stdout).items()}


def measure(n: int, work: Path) -> Result:
    project = work / f"synth{n}"
    subprocess.run([PY, str(ROOT / "scripts" / "synth_corpus.py"), "--count", str(n), "--out",
                    str(project), "--force"], check=True, capture_output=True)  # fmt: skip
    quiet = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    # (c) goes to a site of its own: (b)'s site/ stays what our build made, for anything
    # measured on it after (c).
    plain = "site-plain"
    mk = [PY, "-m", "mkdocs", "build", "-q", "--site-dir", plain]
    pagefind = [PY, "-m", "pagefind", "--site", plain, "--silent"]
    a = floor(project / "docs")
    b, b_mb, b_log = run([PY, "-m", "mkdocs", "build", "--strict"], project, quiet)
    cases, others = page_sizes(project / "site")
    search, search_full = first_search_kb(project / "site"), first_search_kb(project / "site", True)
    c, _, _ = run(mk, project, {**quiet, "CASEBOOK_ENABLED": "false"})
    c_idx, _, _ = run(pagefind, project, {})
    g = preview_seconds(project)
    biggest = max(others)
    return Result(
        n=n, floor_s=a, build_s=b, plain_s=c, plain_index_s=c_idx, peak_mb=b_mb,
        case_mean_kb=sum(cases) / len(cases) / 1024, case_max_kb=max(cases) / 1024,
        generated_mean_kb=sum(s for s, _ in others) / len(others) / 1024,
        generated_max_kb=biggest[0] / 1024, generated_max_page=biggest[1], search_kb=search,
        search_full_kb=search_full, preview_s=g, pdf_s=pdf_seconds(b_log),
    )  # fmt: skip


def table(results: list[Result]) -> str:
    rows = [("N", "a floor s", "b build+search s", "c no plugin+search s", "b/a", "b/c",
             "peak MB", "case KB mean/max", "other KB mean/max", "1st search KB",
             "preview s", "PDF s (% of b)")]  # fmt: skip
    for r in results:
        rows.append((
            f"{r.n:,}", f"{r.floor_s:.1f}", f"{r.build_s:.1f}",
            f"{r.plain_s:.1f}+{r.plain_index_s:.1f}", f"{r.ratios['b/a']:.2f}",
            f"{r.ratios['b/c']:.2f}", f"{r.peak_mb:.0f}",
            f"{r.case_mean_kb:.1f}/{r.case_max_kb:.1f}",
            f"{r.generated_mean_kb:.1f}/{r.generated_max_kb:.1f}",
            f"{max(r.search_kb.values()):.0f}" if r.search_kb else "—",
            "—" if r.preview_s is None else f"{r.preview_s:.2f}",
            "—" if r.pdf_s is None else f"{r.pdf_s:.1f} ({100 * r.pdf_s / r.build_s:.0f} %)",
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def search_table(results: list[Result]) -> str:
    """(f) per query: first index, and the full text (Pagefind) for comparison."""
    lines = ["1st search KB (gzip, empty cache): first index / full text (Pagefind)"]
    for r in results:
        nan = float("nan")
        cells = [f"{q}: {r.search_kb.get(q, nan):.0f} / {r.search_full_kb.get(q, nan):.0f}"
                 for q in SEARCH_QUERIES]  # fmt: skip
        lines.append(f"  N={r.n:,}: " + "; ".join(cells))
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
    print(search_table(results))
    for r in results:
        print(f"N={r.n:,}: trang sinh ra lớn nhất {r.generated_max_page} "
              f"({r.generated_max_kb:.1f} KB)")  # fmt: skip
    report = {"targets": TARGETS,
              "results": [asdict(r) | {"ratios": r.ratios} for r in results]}  # fmt: skip
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    citation_scores()
    return 0


def citation_scores() -> None:
    """Precision and recall per kind of the citation finder on real annotated text."""
    data = ROOT / "tests" / "data" / "citations_real.jsonl"
    subprocess.run([PY, "-m", "casebook.citations", "--eval", str(data)], check=True)


if __name__ == "__main__":
    raise SystemExit(main())
