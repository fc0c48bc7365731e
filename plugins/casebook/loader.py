"""File text → typed records and problems: the entry point of the core.

Reading a file goes through `front_matter` (bytes → front-matter and body, via
`yaml_strict`), `schema` (the JSON Schema contract), `checks` and `body_policy`; a whole
tree then gets the checks between files. Nothing here logs or raises for content: every
problem becomes a `Problem` carrying path, line, key and a Vietnamese message, so that an
editor sees all of them at once. The names of those modules are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from casebook import routes
from casebook.body_policy import check_body
from casebook.checks import (
    SLUG_PATTERN,
    check_courses,
    check_references,
    check_source_date,
    is_placeholder,
    placeholders,
)
from casebook.courses import load_course
from casebook.front_matter import (
    MAX_FILE_BYTES,
    Document,
    FrontMatterError,
    decode,
    split_document,
)
from casebook.records import (
    AnyRecord,
    Award,
    CaseStudy,
    Corpus,
    Course,
    CourseItem,
    EditorialNote,
    FileCache,
    Lesson,
    Practice,
    Problem,
    RecordKind,
    RecordT,
    Regulation,
    Source,
)
from casebook.schema import schema, validate
from casebook.vocabulary import canonical_province, provinces, sectors
from casebook.yaml_strict import YamlProblem

__all__ = [
    "FOLDERS", "MAX_FILE_BYTES", "SLUG_PATTERN", "AnyRecord", "Award", "CaseStudy", "Corpus",
    "Course", "CourseItem", "Document", "EditorialNote", "FileCache", "FrontMatterError",
    "Lesson", "Practice", "Problem", "RecordKind", "RecordT", "Regulation", "Source",
    "YamlProblem", "assemble", "canonical_province", "check_body", "check_courses",
    "check_references", "check_source_date", "decode", "discover", "is_placeholder",
    "load_cached", "load_course", "load_files", "load_one", "load_text", "load_tree",
    "normalize_symbol", "placeholders", "provinces", "schema", "sectors", "split_document",
    "validate",
]  # fmt: skip


def _int(value: object) -> int | None:
    """12.0 is an integer for JSON Schema; the record holds the int 12."""
    if isinstance(value, float):
        return int(value)
    return value if isinstance(value, int) else None


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _partial_date(value: object) -> str | None:
    """`2023` (a YAML integer), "2023-02" or "2023-02-08" → the text; None stays None."""
    return None if value is None else str(value)


def _case(slug: str, path: str, doc: Document) -> CaseStudy:
    f = doc.front
    src = f.get("source")
    lessons = tuple(
        Lesson(
            id=item.get("id") or f"{item['practice']}-{i + 1}",
            practice=item["practice"],
            text=item["text"].strip(),
            line=doc.lines.get(f"lessons[{i}]", 1),
        )
        for i, item in enumerate(f.get("lessons") or [])
    )
    return CaseStudy(
        slug=slug, path=path, title=f["title"], unit=f["unit"],
        unit_level=f.get("unit_level"), parent=f.get("parent"), sector=f["sector"],
        province=canonical_province(f.get("province")), district=f.get("district"),
        members=_int(f.get("members")),
        members_note=f.get("members_note"), party_groups=_int(f.get("party_groups")),
        period=f.get("period"),
        awards=tuple(Award(a["title"], a["issuer"], _int(a["year"]), a["level"])
                     for a in f.get("awards") or []),
        practices=tuple(f["practices"]), regulations=tuple(f["regulations"]), lessons=lessons,
        source=Source(src["title"], src["outlet"], _partial_date(src["date"]), src["author"],
                      src["url"])
        if src else None,
        published=dt.date.fromisoformat(f["published"]),
        body=doc.body, body_line=doc.body_line, lines=doc.lines,
        editorial_notes=tuple(_notes(f.get("editorial_notes") or [], doc.lines)),
        redirect_from=tuple(f.get("redirect_from") or []),
    )  # fmt: skip


def _notes(items: list[dict[str, Any]], lines: Mapping[str, int]) -> Iterator[EditorialNote]:
    for i, n in enumerate(items):
        line = lines.get(f"editorial_notes[{i}]", 1)
        yield EditorialNote(n["issue"], n["note"].strip(), n.get("regulation"),
                            n.get("citation"), line, n.get("field"))  # fmt: skip


def _regulation(path: str, doc: Document) -> Regulation:
    f = doc.front
    return Regulation(
        id=f["id"], path=path, kind=f["kind"], number=f["number"],
        symbol=normalize_symbol(f["symbol"]) if f["symbol"] else None, issuer=f["issuer"],
        date=_date(f["date"]), title=f["title"], status=f["status"],
        replaced_by=f.get("replaced_by"), amended_by=tuple(f.get("amended_by") or []),
        verified=f["verified"], aliases=tuple(f.get("aliases") or []),
        body=doc.body, body_line=doc.body_line, lines=doc.lines,
        redirect_from=tuple(f.get("redirect_from") or []),
    )  # fmt: skip


def _practice(path: str, doc: Document) -> Practice:
    f = doc.front
    return Practice(
        key=f["key"], path=path, name=f["name"], definition=f["definition"].strip(),
        regulations=tuple(f.get("regulations") or []), body=doc.body,
        body_line=doc.body_line, lines=doc.lines,
        redirect_from=tuple(f.get("redirect_from") or []),
    )  # fmt: skip


def normalize_symbol(symbol: str) -> str:
    """NFC, and Ð (U+00D0, Icelandic eth) read as Đ (U+0110), as real texts mix them."""
    return unicodedata.normalize("NFC", symbol).replace("\u00d0", "\u0110").replace(" ", "")


def load_text(kind: str, path: str, raw: bytes) -> tuple[RecordT | None, list[Problem]]:
    """One file's bytes → its record (None when unusable) and its problems."""
    try:
        doc = split_document(decode(raw))
    except YamlProblem as exc:
        return None, [Problem(path, exc.line + 1, None, exc.message)]
    problems = validate(kind, path, doc)
    flagged = {p.key for p in problems}  # one message per key: the schema's comes first
    problems += [p for p in placeholders(path, doc) if p.key not in flagged]
    if kind == "case" and "source.date" not in flagged:
        problems += check_source_date(path, doc)
    problems += check_body(path, doc.body, doc.body_line)
    if problems:
        return None, problems
    stem = Path(path).stem
    if kind == "case":
        return _case(stem, path, doc), []
    own = doc.front["id" if kind == "regulation" else "key"]
    if own != stem:
        key = "id" if kind == "regulation" else "key"
        msg = f"«{own}» phải trùng tên tệp «{stem}»"
        return None, [Problem(path, doc.lines.get(key, 1), key, msg)]
    return (_regulation(path, doc) if kind == "regulation" else _practice(path, doc)), []


# --- Whole tree -------------------------------------------------------------------------

FOLDERS: dict[str, RecordKind] = {
    folder: RecordKind(kind) for folder, kind in routes.RECORD_FOLDERS.items()
}
"""docs/ sub-folder → record kind. `index.md` in them is reserved for generated pages."""


def discover(docs_dir: Path) -> list[tuple[RecordKind, str, Path]]:
    """(kind, docs-relative path, absolute path) of every content file, sorted."""
    found = []
    for folder, kind in FOLDERS.items():
        for file in sorted((docs_dir / folder).glob("*.md")):
            found.append((kind, routes.record_file(folder, file.stem), file))
    return found


def load_tree(docs_dir: Path, cache: FileCache | None = None) -> Corpus:
    """Read every content file under `docs_dir` and check references between them.

    With `cache` (a live preview), a file whose size and modification time are unchanged
    keeps the record of the previous load, the very same object, without being read."""
    entries = discover(docs_dir)
    courses = sorted((docs_dir / routes.COURSES).glob(f"*{routes.COURSE_SUFFIX}"))
    entries += [(RecordKind.COURSE, routes.course_file(f.name), f) for f in courses]
    if cache is None:
        return load_files((kind, rel, file.read_bytes()) for kind, rel, file in entries)
    loaded = [(kind, *load_cached(kind, rel, file, cache)) for kind, rel, file in entries]
    for gone in cache.keys() - {rel for _, rel, _ in entries}:
        del cache[gone]
    return assemble(loaded)


def load_cached(
    kind: str, rel: str, file: Path, cache: FileCache
) -> tuple[AnyRecord | None, list[Problem]]:
    """`load_one` for the file at `file` (docs-relative `rel`), unless `cache` holds it at
    its current size and modification time; the cache is updated."""
    stat = file.stat()
    key = (stat.st_mtime_ns, stat.st_size)
    hit = cache.get(rel)
    if hit is None or hit[0] != key:
        hit = cache[rel] = (key, *load_one(kind, rel, file.read_bytes()))
    return hit[1], hit[2]


def load_one(kind: str, path: str, raw: bytes) -> tuple[AnyRecord | None, list[Problem]]:
    """One content file → its record (None when unusable) and its problems."""
    if Path(path).name == "index.md":
        msg = "tên index.md dành cho trang mục lục tự sinh; hãy đổi tên tệp"
        return None, [Problem(path, 1, None, msg)]
    return load_course(path, raw) if kind == "course" else load_text(kind, path, raw)


def load_files(files: Iterable[tuple[str, str, bytes]]) -> Corpus:
    """(kind, path, bytes) triples → a Corpus with every problem, file by file."""
    return assemble([(kind, *load_one(kind, path, raw)) for kind, path, raw in files])


def assemble(loaded: Iterable[tuple[str, AnyRecord | None, list[Problem]]]) -> Corpus:
    """(kind, record or None, problems) of each file → the Corpus, with the checks of
    references between files."""
    problems: list[Problem] = []
    records: list[AnyRecord] = []
    for _kind, record, found in loaded:
        problems.extend(found)
        if record is not None:
            records.append(record)
    corpus = Corpus(
        cases=tuple(r for r in records if isinstance(r, CaseStudy)),
        regulations=tuple(r for r in records if isinstance(r, Regulation)),
        practices=tuple(r for r in records if isinstance(r, Practice)),
        sectors=sectors(),
        problems=(),
    )
    courses = tuple(r for r in records if isinstance(r, Course))
    problems.extend(check_references(corpus) + check_courses(courses, corpus))
    return Corpus(corpus.cases, corpus.regulations, corpus.practices, corpus.sectors,
                  tuple(problems), courses)  # fmt: skip
