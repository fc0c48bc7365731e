"""Editor commands: `casebook new` scaffolds a case (with suggestions from its source
article), `casebook check` validates everything, `casebook documents` adds the registry
pages a case needs, `casebook urls` guards published URLs.

All reuse the loader, citation parser and index, never MkDocs. A user error becomes a
Vietnamese message and an exit code, never a traceback (exit 0: fine, 1: content
problems, 2: wrong usage).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from casebook import permalinks, routes
from casebook.documents import plan as documents_plan
from casebook.documents import with_regulations
from casebook.loader import (
    SLUG_PATTERN,
    FrontMatterError,
    Problem,
    canonical_province,
    decode,
    discover,
    load_tree,
    provinces,
    schema,
    sectors,
    split_document,
)
from casebook.site import check_all
from casebook.suggest import Suggestions, suggest
from casebook.text import slugify
from casebook.vocabulary import labels


class UsageError(Exception):
    """A wrong flag or value on the command line; the message is for the editor."""


# --- check ------------------------------------------------------------------------------


def check(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """`casebook check [--docs DIR] [--format text|github]`: every content problem, one
    line each, without building the site. Exit 1 when there is any."""
    parser = _parser("check", "Kiểm tra toàn bộ nội dung mà không xây dựng trang.")
    parser.add_argument("--format", choices=("text", "github"), default="text",
                        help="github: in chú thích cho GitHub Actions")  # fmt: skip
    args = parser.parse_args(argv)
    out = out or sys.stdout
    docs = Path(args.docs)
    if not (cases := docs / routes.CASES).is_dir():
        print(f"không thấy thư mục {cases}; hãy chạy từ thư mục gốc của kho", file=out)
        return 2
    problems = check_all(docs, docs.parent / permalinks.MANIFEST).problems
    for problem in problems:
        print(_format(problem, docs, args.format), file=out)
    if args.format == "text":
        summary = f"{len(problems)} vấn đề" if problems else "không có vấn đề nào"
        on_disk = sum(kind == "case" for kind, _, _ in discover(docs))
        print(f"Đã kiểm tra {on_disk} mô hình: {summary}.", file=out)
    return 1 if problems else 0


def _format(problem: Problem, docs: Path, style: str) -> str:
    path = Path(os.path.normpath(docs / problem.path)).as_posix()
    if style == "github":
        message = problem.message.replace("%", "%25").replace("\r", "").replace("\n", "%0A")
        title = (problem.key or "nội dung").replace(",", "%2C").replace(":", "%3A")
        return f"::error file={path},line={problem.line or 1},title={title}::{message}"
    return f"{Problem(path, problem.line, problem.key, problem.message).format()}"


# --- urls -------------------------------------------------------------------------------


def urls(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """`casebook urls [--write]`: report published URLs that lost their page; `--write`
    records every live URL in the manifest (lines are never removed)."""
    parser = _parser("urls", "Đối chiếu đường dẫn các trang với danh sách đã công bố.")
    parser.add_argument("--write", action="store_true", help="ghi mọi đường dẫn đang có vào tệp")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    docs = Path(args.docs)
    corpus = load_tree(docs)
    manifest = docs.parent / permalinks.MANIFEST
    if args.write:
        recorded = permalinks.read_manifest(manifest) if manifest.exists() else []
        permalinks.write_manifest(manifest, [*recorded, *permalinks.page_urls(corpus)])
    problems = permalinks.check(docs, manifest, corpus)
    for problem in problems:
        print(_format(problem, docs, "text"), file=out)
    return 1 if problems else 0


# --- documents -------------------------------------------------------------------------


def documents(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """`casebook documents CASE`: write a registry page for every document the case cites
    that the registry lacks, and list the cited ids in its `regulations`."""
    parser = _parser("documents", "Tạo trang cho văn bản chưa có trong sổ đăng ký, "
                     "thêm mã văn bản vào regulations của mô hình.")  # fmt: skip
    example = f"docs/{routes.case_file('<slug>')}"
    parser.add_argument("case", type=Path, help=f"tệp mô hình, ví dụ {example}")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    try:
        written, added = _write_documents(Path(args.docs), args.case)
    except UsageError as exc:
        print(f"lỗi: {exc}", file=sys.stderr)
        return 2
    for path, title in written:
        hint = "" if title else "; điền title (trích yếu) theo văn bản gốc"
        print(f"Đã tạo {path.as_posix()} (verified: false{hint}).", file=out)
    print(f"regulations: thêm {', '.join(added)}." if added else "regulations: đã đủ.", file=out)
    return 0


def _write_documents(docs: Path, case: Path) -> tuple[list[tuple[Path, bool]], list[str]]:
    try:
        text = decode(case.read_bytes())
        doc = split_document(text)
    except OSError as exc:
        raise UsageError(f"không đọc được {case}: {exc.strerror}") from exc
    except FrontMatterError as exc:
        raise UsageError(f"{case}:{exc.line + 1}: {exc.message}") from exc
    if "regulations" not in doc.lines:
        raise UsageError(f"{case}:1: regulations: thiếu khóa này trong phần khai báo")
    value = doc.front.get("regulations") or []
    if not isinstance(value, list):
        line = doc.lines["regulations"]
        raise UsageError(f"{case}:{line}: regulations: phải là danh sách mã văn bản, ví dụ [a, b]")
    listed = [str(i) for i in value]
    pages, added = documents_plan(doc.body, listed, load_tree(docs).regulations)
    written = []
    for page in pages:
        path = docs / routes.record_file(routes.REGULATIONS, page.id)
        if not path.exists():  # a page written before (maybe with errors) is kept
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page.text, encoding="utf-8")
            written.append((path, 'title: ""' not in page.text))
    if added:
        new_text = with_regulations(text, doc.lines["regulations"], [*listed, *added])
        case.write_text(new_text, encoding="utf-8")
    return written, added


# --- new --------------------------------------------------------------------------------

SECTIONS = ("Bối cảnh", "Cách làm", "Kết quả", "Bài học kinh nghiệm", "Nguồn")

EXAMPLES = {
    "awards": [
        "Ví dụ:",
        '  - {title: "Giấy khen", issuer: "Đảng ủy xã Tân Lập", year: 2022, level: co-so}',
    ],
    "lessons": [
        "Ví dụ:",
        "  - id: kiem-tra-moi-ky-mot-nguoi",
        "    practice: kiem-tra",
        '    text: "Bài học viết bằng lời của bạn."',
    ],
    "source": [
        "Ví dụ: {title: \"Tên bài gốc\", outlet: null, date: '2023-02-08', "
        'author: "Tác giả", url: null}',
        "date: ngày đầy đủ '2023-02-08', chỉ tháng '2023-02' hoặc chỉ năm '2023'",
    ],
}
"""Commented examples for the keys whose shape is not obvious."""


def new(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """`casebook new --unit … --province … --sector … --practice … [--from-text FILE]`:
    write docs/models/<slug>.md with the full, commented front-matter template."""
    parser = _parser("new", "Tạo tệp mô hình mới với phần khai báo mẫu.")
    parser.add_argument("--unit", help="tên đầy đủ của chi bộ, đảng bộ")
    parser.add_argument("--province", help="tỉnh, thành phố theo bài viết (bỏ trống nếu không rõ)")
    parser.add_argument("--sector", help=f"lĩnh vực: {', '.join(sectors())}")
    parser.add_argument(
        "--practice", action="append", default=[], help="khóa cách làm (lặp lại được)"
    )
    parser.add_argument(
        "--from-text",
        type=Path,
        help="bài báo nguồn (.txt; dòng đầu có thể là địa chỉ bài) để gợi ý",
    )
    parser.add_argument("--slug", help="tên tệp (địa chỉ cố định), mặc định lấy từ tên đơn vị")
    parser.add_argument("--no-input", action="store_true", help="không hỏi, chỉ dùng tham số")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    try:
        path = _new_case(args, out)
    except UsageError as exc:
        print(f"lỗi: {exc}", file=sys.stderr)
        return 2
    print(f"Đã tạo {path.as_posix()}. Điền các trường còn trống rồi chạy `casebook check`.",
          file=out)  # fmt: skip
    _warn_if_generic(path.stem, out)
    return 0


def _warn_if_generic(slug: str, out: TextIO) -> None:
    if generic_slug(slug):
        print(f"cảnh báo: tên tệp «{slug}» không nêu địa danh hay cấp ủy cấp trên, dễ trùng "
              "với đơn vị khác và không đổi được sau khi đăng; nên xóa tệp và tạo lại với "
              "--slug, ví dụ --slug chi-bo-thon-17-xa-tan-lap", file=out)  # fmt: skip


def _new_case(args: argparse.Namespace, out: TextIO) -> Path:
    docs = Path(args.docs)
    practices = sorted(p.stem for p in (docs / routes.PRACTICES).glob("*.md") if p.stem != "index")
    ask = not args.no_input and sys.stdin.isatty()
    unit = args.unit or (_ask("Tên đơn vị (chi bộ, đảng bộ)", out) if ask else None)
    if not unit or len(unit.strip()) < 3:
        raise UsageError('cần tên đơn vị: --unit "Chi bộ ..."')
    province = args.province if args.province is not None else (
        _ask("Tỉnh, thành phố (Enter nếu bài không nêu)", out) if ask else "")  # fmt: skip
    sector = args.sector or (_ask(f"Lĩnh vực ({', '.join(sectors())})", out) if ask else None)
    chosen = args.practice or (_ask(f"Cách làm, cách nhau dấu phẩy ({', '.join(practices)})",
                                    out).replace(" ", "").split(",") if ask else [])  # fmt: skip
    values = _validated(unit.strip(), province or None, sector, [p for p in chosen if p], practices)
    found = _suggestions(args.from_text, values["unit"], docs) if args.from_text else None
    (docs / routes.CASES).mkdir(parents=True, exist_ok=True)
    if args.slug and not re.fullmatch(SLUG_PATTERN, args.slug):
        raise UsageError(f"--slug «{args.slug}»: chỉ chữ thường không dấu, số và dấu gạch ngang")
    path = docs / routes.case_file(unique_slug(args.slug or values["unit"], docs / routes.CASES))
    path.write_text(template(values, found or Suggestions()), encoding="utf-8")
    return path


def _suggestions(source: Path, unit: str, docs: Path) -> Suggestions:
    try:
        text = source.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"không đọc được bài nguồn {source} (cần tệp văn bản UTF-8)") from exc
    corpus = load_tree(docs)
    vocabulary = [(p.key, p.name) for p in corpus.practices]
    return suggest(text, unit, corpus.regulations, vocabulary)


_GENERIC_WORDS = frozenset(
    "chi bo dang uy thon xom ban ap to dan pho khu pho phong so co quan truong hoc khoi "
    "lang cum doi".split()
)


def generic_slug(slug: str) -> bool:
    """True when a slug holds only generic words and numbers (`chi-bo-thon-17`): it names
    no place or parent, so another unit may well want the same permanent URL."""
    return all(w in _GENERIC_WORDS or w.isdigit() for w in slug.split("-"))


def _validated(
    unit: str, province: str | None, sector: str | None, chosen: list[str], practices: list[str]
) -> dict[str, Any]:
    province = canonical_province(province)
    if province and province not in provinces()["present_day"]:
        raise UsageError(
            f"tỉnh, thành phố «{province}» không có trong danh mục 63 tỉnh trước 1/7/2025"
        )
    if sector not in sectors():
        raise UsageError(
            f"lĩnh vực «{sector}» không hợp lệ; chọn một trong: {', '.join(sectors())}"
        )
    unknown = [p for p in chosen if p not in practices]
    if unknown or not chosen:
        raise UsageError(
            f"cách làm không hợp lệ {unknown or '(trống)'}; chọn trong: {', '.join(practices)}"
        )
    return {"unit": unit, "province": province, "sector": sector, "practices": chosen}


def _ask(question: str, out: TextIO) -> str:
    print(f"{question}: ", end="", file=out, flush=True)
    return sys.stdin.readline().strip()


def unique_slug(unit: str, folder: Path) -> str:
    """ASCII kebab-case slug of the unit name (đ → d), made unique in `folder`. It is the
    case's permanent URL: never rename the file after publication."""
    base = slugify(unit) or "mo-hinh"
    slug, n = base, 2
    while (folder / f"{slug}.md").exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def template(values: dict[str, Any], found: Suggestions) -> str:
    """The front-matter template: every key of the case schema, with its Vietnamese title
    and description as a comment, the allowed values, known values filled in, and what
    the source article suggests (comments, or values marked for review)."""
    props = schema("case")["properties"]
    province = values["province"]
    preset = {
        "unit": json.dumps(values["unit"], ensure_ascii=False),
        "province": json.dumps(province, ensure_ascii=False) if province else "null",
        "sector": values["sector"],
        "practices": "[" + ", ".join(values["practices"]) + "]",
        "published": f"'{dt.date.today().isoformat()}'",
        "title": '""', "awards": "[]", "regulations": "[]", "lessons": "[]", "source": "null",
    }  # fmt: skip
    lines = ["---"]
    for key, spec in props.items():
        if key in ("editorial_notes", "redirect_from"):  # only for later edits
            continue
        lines.append(f"# {spec.get('title', key)}: {spec.get('description', '')}".rstrip())
        lines += [f"# {example}" for example in EXAMPLES.get(key, [])]
        lines += [f"# {line}" for line in allowed_values(key, spec)]
        lines += [f"# GỢI Ý (cần kiểm tra với nguồn): {s}" for s in found.notes.get(key, [])]
        if key in found.values:
            lines.append("# GỢI Ý đã điền sẵn từ bài nguồn: kiểm tra lại từng giá trị")
        lines.append(f"{key}: {found.values.get(key, preset.get(key, 'null'))}")
    lines.append("---")
    body = [f"\n## {title}\n" for title in SECTIONS]
    return "\n".join(lines) + "\n" + "".join(body)


def allowed_values(key: str, spec: dict[str, Any]) -> list[str]:
    """The comment lines listing what a key accepts, from the vocabularies and the schema."""
    if key == "sector":
        return [f"Giá trị được phép: {', '.join(sectors())}"]
    if key == "province":
        return ["Tên tỉnh, thành phố trước 1/7/2025 (xem danh mục trong hướng dẫn biên tập)"]
    if key == "awards":
        return [f"level: {', '.join([*labels('award_levels'), 'null'])}"]
    if key == "unit_level":
        return [f"Giá trị được phép: {', '.join([*labels('unit_levels'), 'null'])}"]
    if "enum" in spec:
        return [f"Giá trị được phép: {', '.join('null' if v is None else v for v in spec['enum'])}"]
    return []


# --- entry point ------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own wording stays, in a Vietnamese frame
        self.print_usage(sys.stderr)
        self.exit(2, f"lỗi tham số: {message}\n")


def _parser(command: str, description: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"casebook {command}", description=description)
    parser.add_argument("--docs", default="docs", help="thư mục nội dung (mặc định: docs)")
    return parser


COMMANDS = {
    "new": "tạo tệp mô hình mới với phần khai báo mẫu (--from-text: gợi ý từ bài nguồn)",
    "check": "kiểm tra toàn bộ nội dung, mỗi lỗi một dòng tệp:dòng: khóa: thông báo",
    "documents": "tạo trang cho văn bản mà một mô hình viện dẫn nhưng sổ đăng ký chưa có",
    "urls": "báo các đường dẫn đã công bố bị mất trang; --write ghi lại đường dẫn hiện có",
}
"""Each command with its one-line Vietnamese summary, for `casebook --help`."""


def usage() -> str:
    """The overview `casebook --help` prints."""
    width = max(map(len, COMMANDS))
    rows = [f"  {name.ljust(width)}  {line}" for name, line in COMMANDS.items()]
    tail = "Thêm --help sau một lệnh để xem tham số, ví dụ: casebook new --help"
    return "\n".join(["dùng: casebook <lệnh> [tham số]", "", "Các lệnh:", *rows, "", tail])


def main(argv: Sequence[str] | None = None) -> int:
    """`casebook <command> …`; `casebook --help` lists the commands."""
    args = list(sys.argv[1:] if argv is None else argv)
    commands = {"new": new, "check": check, "documents": documents, "urls": urls}
    if args[:1] in (["--help"], ["-h"], ["help"]):
        print(usage())
        return 0
    if not args or args[0] not in commands:
        print(usage(), file=sys.stderr)
        return 2
    return commands[args[0]](args[1:])


if __name__ == "__main__":
    raise SystemExit(main())
