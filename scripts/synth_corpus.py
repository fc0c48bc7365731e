"""Generate a synthetic Casebook corpus: N valid case studies for tests and benchmarks.

    python scripts/synth_corpus.py --count N --out DIR [--seed S] [--force]

writes a complete MkDocs project into DIR:

* ``DIR/mkdocs.yml``: the real ``mkdocs.yml`` with ``docs_dir: docs``, the site name
  suffixed " (tổng hợp)" and nav entries for real case pages dropped (plugins, theme and
  extensions unchanged); a theme ``custom_dir`` is copied next to it;
* ``DIR/docs/``: the real docs tree (home, about, assets, the regulation registry, the
  practice pages and any other page) copied byte for byte, except the real case studies;
* ``DIR/docs/models/<slug>.md``: N synthetic case studies.

Every case is valid against ``case.schema.json`` and the loader's cross-checks, uses the
real practice keys and registry ids, and cites in its text exactly the documents listed in
its ``regulations`` front-matter, with the registry's own dates. Citation phrasings are
checked against the citation finder and resolver at start-up, so a registry change can
only remove a phrasing, never produce a warning.

Output depends only on (count, seed) and the real docs tree: one `random.Random(seed)` is
consumed case by case, so the first K cases of a larger run equal a run with ``--count K``.
Needs the project's virtualenv (the `casebook` package must be importable).

This module is the command line and the site around the cases; the rest lives beside it:
``synth_data.yml`` (word lists and prose templates, read by ``synth_words``),
``synth_registry`` (which documents can be cited, and how), ``synth_case`` (one case's
front-matter and file) and ``synth_body`` (its five sections).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # imported by path (tests): the synth_* siblings
    sys.path.insert(0, str(_HERE))

try:
    import yaml
    from synth_case import Bags, CaseWriter, yaml_str
    from synth_registry import SourceError, load_vocabulary
    from synth_words import AWARD_LEVELS, LEVELS, PROVINCES, Bag
    from synth_words import CITE_AGAIN as CITE_AGAIN  # re-exported for the tests
    from synth_words import CITE_CONTEXT as CITE_CONTEXT
    from synth_words import CITE_METHOD as CITE_METHOD

    from casebook import routes
except ModuleNotFoundError as exc:  # run with a Python that lacks the project's packages
    sys.exit(
        f"synth_corpus: lỗi: thiếu gói «{exc.name}»; hãy chạy bằng Python của môi trường ảo "
        "(.venv/bin/python scripts/synth_corpus.py ...) sau khi cài bằng make"
    )

ROOT = Path(__file__).resolve().parent.parent
"""The real project: its mkdocs.yml and docs/ are the templates of every synthetic site."""

MAX_COUNT = 99_999
"""Slugs end in a five-digit case number."""


class SynthError(Exception):
    """A problem the user can fix (arguments, output directory); exit code 2."""


# --- The site around the cases --------------------------------------------------------------

_NAV_ITEM = re.compile(r"^\s*-\s*(?:[^:#]+:\s*)?[\"']?([^\s\"':#]+\.md)[\"']?\s*$")


def mkdocs_config(text: str, docs: Path, source_docs: Path) -> str:
    """The real mkdocs.yml adapted to a synthetic site in `docs`: `docs_dir: docs`, site name
    suffixed " (tổng hợp)", and nav entries dropped when their page is a real file of
    `source_docs` missing from `docs` (a real case study). Entries for pages the plugin
    generates at build time are kept. Everything else (plugins, theme, extensions, YAML
    tags) is kept verbatim."""
    out: list[str] = []
    in_nav = False
    for line in text.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            in_nav = line.split(":", 1)[0].strip() == "nav"
        if line.startswith("site_name:"):
            name = yaml.safe_load(line)["site_name"]
            out += [f"site_name: {yaml_str(f'{name} (tổng hợp)')}", "docs_dir: docs"]
            continue
        if line.startswith("docs_dir:"):
            continue
        match = _NAV_ITEM.match(line) if in_nav else None
        if match and (source_docs / match[1]).is_file() and not (docs / match[1]).is_file():
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def _copy_tree(source_root: Path, out: Path) -> None:
    """Copy the real docs tree except the real case studies, and any theme custom_dir."""
    docs = source_root / "docs"
    shutil.copytree(docs, out / "docs", ignore=_ignore_models(docs))
    config = (source_root / "mkdocs.yml").read_text(encoding="utf-8")
    for match in re.finditer(r"^\s*custom_dir:\s*[\"']?([^\s\"'#]+)", config, re.M):
        extra = source_root / match[1]
        if extra.is_dir() and not (out / match[1]).exists():
            shutil.copytree(extra, out / match[1])


def _ignore_models(docs: Path) -> Callable[[str, list[str]], set[str]]:
    def ignore(directory: str, names: list[str]) -> set[str]:
        if Path(directory) == docs:
            # Course packs name real cases, which a synthetic corpus does not have.
            return {routes.CASES, routes.COURSES} & set(names)
        return {n for n in names if n == "__pycache__"}

    return ignore


def _prepare(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise SynthError(f"«{out}» đã tồn tại và không phải là thư mục")
    taken = [p for p in (out / "mkdocs.yml", out / "docs") if p.exists()]
    if taken and not force:
        raise SynthError(
            f"«{out}» đã có {', '.join(p.name for p in taken)}; "
            "hãy chọn thư mục khác hoặc thêm --force để ghi đè"
        )
    for path in taken:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    out.mkdir(parents=True, exist_ok=True)


def generate(
    count: int, out: Path, seed: int = 0, *, force: bool = False, source_root: Path = ROOT
) -> list[Path]:
    """Write a synthetic MkDocs project with `count` cases into `out`; return the case
    files written, in order. Same (count, seed, source tree) → byte-identical files.

    Raises `SynthError` for a bad count or an occupied `out` (unless `force`, which
    replaces `out/mkdocs.yml` and `out/docs` only) and `SourceError` when the real docs
    tree under `source_root` has problems.
    """
    if not 0 <= count <= MAX_COUNT:
        raise SynthError(f"số bài phải từ 0 đến {MAX_COUNT}, nhận được {count}")
    vocab = load_vocabulary(source_root / "docs")
    out = Path(out)
    _prepare(out, force)
    _copy_tree(source_root, out)
    config = (source_root / "mkdocs.yml").read_text(encoding="utf-8")
    adapted = mkdocs_config(config, out / "docs", source_root / "docs")
    (out / "mkdocs.yml").write_text(adapted, encoding="utf-8")
    models = out / "docs" / routes.CASES
    models.mkdir(parents=True, exist_ok=True)

    rng = random.Random(seed)
    level_items = [lv for lv, (weight, *_) in LEVELS.items() for _ in range(weight)]
    bags = Bags(
        sectors=Bag(vocab.sectors, rng),
        practices=Bag(vocab.practices, rng),
        provinces=Bag(PROVINCES, rng),
        levels=Bag(level_items, rng),
        awards=Bag(AWARD_LEVELS, rng),
    )
    written = []
    for number in range(1, count + 1):
        slug, text = CaseWriter(number, rng, vocab, bags).draw()
        path = models / f"{slug}.md"
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


# --- Command line ---------------------------------------------------------------------------

USAGE = "python scripts/synth_corpus.py --count N --out THƯ_MỤC [--seed S] [--force]"

_ARGPARSE_VI = (
    ("the following arguments are required:", "thiếu tham số bắt buộc:"),
    ("unrecognized arguments:", "tham số không hợp lệ:"),
    ("expected one argument", "cần một giá trị"),
    ("ignored explicit argument", "không nhận giá trị"),
    ("argument", "tham số"),
)


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing English and exiting."""

    def error(self, message: str) -> NoReturn:
        for english, vietnamese in _ARGPARSE_VI:
            message = message.replace(english, vietnamese)
        raise _UsageError(message)


def _int_arg(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"«{text}» không phải số nguyên") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"phải từ {low} đến {high}, nhận được {value}")
        return value

    return parse


def _parser() -> _Parser:
    parser = _Parser(
        prog="synth_corpus.py",
        usage=USAGE,
        add_help=False,
        description="Sinh một bộ mô hình chi bộ tổng hợp (hợp lệ, tất định) để kiểm thử và "
        "đo hiệu năng: một dự án MkDocs đầy đủ trong THƯ_MỤC.",
    )
    group = parser.add_argument_group("tham số")
    group.add_argument(
        "--count", type=_int_arg(0, MAX_COUNT), metavar="N", help="số bài mô hình cần sinh"
    )
    group.add_argument(
        "--out", type=Path, metavar="THƯ_MỤC", help="thư mục đích (tạo mới nếu chưa có)"
    )
    group.add_argument(
        "--seed",
        type=_int_arg(0, 2**63 - 1),
        default=0,
        metavar="S",
        help="hạt giống ngẫu nhiên (mặc định 0)",
    )
    group.add_argument(
        "--force", action="store_true", help="ghi đè mkdocs.yml và docs/ có sẵn trong THƯ_MỤC"
    )
    group.add_argument("-h", "--help", action="help", help="in hướng dẫn này rồi thoát")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (2 for user errors, 1 for a broken
    source tree). Messages are in Vietnamese, never a traceback."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.count is None or args.out is None:
            missing = [n for n, v in (("--count", args.count), ("--out", args.out)) if v is None]
            raise _UsageError(f"thiếu tham số bắt buộc: {', '.join(missing)}")
        written = generate(args.count, args.out, args.seed, force=args.force)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except _UsageError as exc:
        print(f"synth_corpus: lỗi: {exc}\nCách dùng: {USAGE}", file=sys.stderr)
        return 2
    except SynthError as exc:
        print(f"synth_corpus: lỗi: {exc}", file=sys.stderr)
        return 2
    except SourceError as exc:
        print(f"synth_corpus: lỗi: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" «{exc.filename}»" if exc.filename else ""
        print(f"synth_corpus: lỗi đọc, ghi tệp{where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Đã sinh {len(written)} bài mô hình trong {args.out / 'docs' / routes.CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
