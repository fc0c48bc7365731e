"""Loader: front-matter parsing, schema validation and cross-references.

Table-driven: each row is a change to a valid case and the problem it must produce.
"""

from __future__ import annotations

import pytest

from casebook.loader import Problem, load_files, load_text, normalize_symbol
from tests.conftest import CASE, PRACTICE, REGULATION, ROOT

CASE_PATH = "models/chi-bo-thu-nghiem.md"


def corpus_with(case_text: str | bytes, path: str = CASE_PATH) -> list[Problem]:
    raw = case_text.encode("utf-8") if isinstance(case_text, str) else case_text
    corpus = load_files(
        [
            ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
            ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
            ("case", path, raw),
        ]
    )
    return list(corpus.problems)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def test_valid_case_loads_with_no_problem() -> None:
    corpus = load_files(
        [
            ("practice", "practices/kiem-tra.md", PRACTICE.encode()),
            ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
            ("case", CASE_PATH, CASE.encode()),
        ]
    )
    assert corpus.problems == ()
    (case,) = corpus.cases
    assert case.slug == "chi-bo-thu-nghiem"
    assert case.members == 12 and case.party_groups == 2
    assert case.lessons[0].id == "moi-ky-mot-nguoi"
    assert case.source is not None and case.source.date == "2023-02-08"
    assert case.year == 2022
    assert case.body.lstrip().startswith("## Bối cảnh")


# (description, edit of CASE as (old, new), expected key, words in the message, line needle)
BAD_FRONT_MATTER = [
    ("missing key", ("members: 12\n", ""), "members", "thiếu khóa bắt buộc", None),
    ("wrong type", ("members: 12", "members: mười hai"), "members", "số nguyên", "members:"),
    ("negative", ("members: 12", "members: -3"), "members", "lớn hơn hoặc bằng", "members:"),
    ("absurd", ("members: 12", "members: 99999999"), "members", "nhỏ hơn", "members:"),
    ("misspelled key", ("members: 12", "members: 12\nmember: 3"), "member",
     "có phải «members»", "member: 3"),
    ("unknown practice", ("practices: [kiem-tra]", "practices: [kiem-traa]"), "practices[0]",
     "có phải «kiem-tra»", "practices:"),
    ("unknown regulation", ("regulations: [22-qd-tw-2021]", "regulations: [22-qd-tw-2022]"),
     "regulations[0]", "mã văn bản «22-qd-tw-2022»", "regulations:"),
    ("unknown sector", ("sector: hanh-chinh", "sector: hanh-chanh"), "sector", "lĩnh vực",
     "sector:"),
    ("unknown province", ("province: Lai Châu", "province: Lai Chau"), "province",
     "có phải «Lai Châu»", "province:"),
    ("bad unit level", ("unit_level: chi-bo-co-so", "unit_level: chi-bo"), "unit_level",
     "chọn một trong", "unit_level:"),
    ("impossible date", ("published: 2026-11-23", "published: 2021-02-31"), "published",
     "ngày có thật", "published:"),
    ("bad period", ('period: "2022"', "period: năm 2022"), "period", "không đúng dạng",
     "period:"),
    ("lesson practice not in case", ("    practice: kiem-tra", "    practice: giam-sat"),
     "lessons[0].practice", "không có trong practices", "- id: moi-ky-mot-nguoi"),
    ("award missing level", ("awards: []", "awards:\n  - title: Giấy khen\n    issuer: X\n"
     "    year: 2022"), "awards[0].level", "thiếu khóa bắt buộc", "- title: Giấy khen"),
    ("source wrong type", ("  author: Nguyễn Văn A", "  author: [a, b]"), "source.author",
     "chuỗi chữ", "author:"),
    ("inferred note names no front-matter key", ("published: 2026-11-23",
     "published: 2026-11-23\neditorial_notes:\n  - issue: inferred\n    field: body\n"
     "    note: Tỉnh do biên tập viên suy ra."), "editorial_notes[0].field", "chọn một trong",
     "field: body"),
    ("unknown note kind", ("published: 2026-11-23",
     "published: 2026-11-23\neditorial_notes:\n  - issue: issuer\n"
     "    note: Bài gốc ghi sai cơ quan ban hành."), "editorial_notes[0].issue",
     "issuer-mismatch", "- issue: issuer"),
    ("duplicate key", ("members: 12", "members: 12\nmembers: 13"), None, "bị lặp lại",
     "members: 13"),
    ("yaml syntax error", ("members: 12", "members: [12"), None, "lỗi cú pháp YAML", None),
    ("tab indentation", ("  author: Nguyễn Văn A", "\tauthor: Nguyễn Văn A"), None, "Tab",
     "author:"),
    ("python tag", ("members: 12", "members: !!python/object:os.system {}"), None,
     "không được phép; chỉ dùng", "members:"),
    ("alias", ("members: 12", "members: &n 12\nparty_groups_copy: *n"), None, "bí danh",
     "party_groups_copy"),
    ("impossible source date", ("  date: 2023-02-08", "  date: 2023-02-31"), "source.date",
     "không phải ngày có thật", "date: 2023-02-31"),
    ("impossible source month", ("  date: 2023-02-08", "  date: 2023-13"), "source.date",
     "«2023-13» không phải tháng có thật dạng YYYY-MM", "date: 2023-13"),
    ("bad source date form", ("  date: 2023-02-08", "  date: 08/02/2023"), "source.date",
     "không đúng dạng: YYYY-MM-DD, hoặc YYYY-MM, hoặc YYYY", "date: 08/02/2023"),
    ("placeholder title", ("title: Chi bộ Thử nghiệm kiểm tra từng đảng viên",
                           "title: 'TODO: viết sau'"),
     "title", "«TODO: viết sau» là chỗ giữ chỗ", "title:"),
    ("template example left", ("parent: Đảng ủy Khối Thử nghiệm", "parent: Đảng ủy ..."),
     "parent", "«Đảng ủy ...» là chỗ giữ chỗ", "parent:"),
    ("todo", ("  author: Nguyễn Văn A", "  author: TODO hỏi tòa soạn"), "source.author",
     "chỗ giữ chỗ", "author:"),
    ("ellipsis character", ("awards: []", "awards:\n  - {title: Giấy khen, issuer: …, "
     "year: 2022, level: null}"), "awards[0].issuer", "«…» là chỗ giữ chỗ", "issuer: …"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "stored", "year"), [("2023", "2023", 2023),
                         ("'2023'", "2023", 2023), ("2023-02", "2023-02", 2023),
                         ("2023-02-08", "2023-02-08", 2023), ("null", None, 2022)])  # fmt: skip
def test_source_date_may_be_a_year_a_month_or_a_day(
    written: str, stored: str | None, year: int
) -> None:
    text = CASE.replace("  date: 2023-02-08", f"  date: {written}").replace('"2022"', "null")
    case, problems = load_text("case", CASE_PATH, text.encode())
    assert problems == [] and case is not None and case.source is not None
    assert case.source.date == stored and case.year == (year if stored else None)


@pytest.mark.parametrize("title", ["...", "…", "TODO", "xxx", "???", ""])
def test_placeholder_or_empty_regulation_title_is_refused(title: str) -> None:
    text = REGULATION.replace("title: Quy định về công tác", f'title: "{title}" #', 1)
    _, problems = load_text("regulation", "regulations/22-qd-tw-2021.md", text.encode())
    assert [(p.line, p.key) for p in problems] == [(line_of(text, "title:"), "title")]


@pytest.mark.parametrize(
    ("edit", "key", "words", "needle"),
    [row[1:] for row in BAD_FRONT_MATTER],
    ids=[row[0] for row in BAD_FRONT_MATTER],
)
def test_bad_front_matter_is_reported_with_file_line_and_key(
    edit: tuple[str, str], key: str | None, words: str, needle: str | None
) -> None:
    old, new = edit
    assert old in CASE
    text = CASE.replace(old, new, 1)
    problems = corpus_with(text)
    assert problems, "expected a problem"
    match = [p for p in problems if words in p.message]
    assert match, [p.format() for p in problems]
    problem = match[0]
    assert problem.path == CASE_PATH
    assert problem.key == key
    if needle is not None:
        assert problem.line == line_of(text, needle)
    if "syntax" in words:
        assert problem.line is not None and problem.line > 1


def test_yaml_syntax_error_names_its_line() -> None:
    text = CASE.replace("members: 12", "members: [12")
    (problem,) = corpus_with(text)
    # PyYAML reports an unclosed flow sequence where it gives up: after the opening line.
    assert problem.line is not None and problem.line >= line_of(text, "members: [12")
    assert problem.format().startswith(f"{CASE_PATH}:{problem.line}: ")


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = CASE.replace("members: 12", "members: -1").replace("sector: hanh-chinh", "sector: 5")
    text = text.replace('period: "2022"', "period: 22")
    keys = {p.key for p in corpus_with(text)}
    assert {"members", "sector", "period"} <= keys


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "tệp rỗng"),
        (b"# Just a heading\n", "dòng đầu tiên phải là ---"),
        (b"---\ntitle: x\n", "không có dòng --- đóng"),
        (b"---\n- a\n- b\n---\n", "bảng khóa"),
        ("---\ntitle: Đảng\n---\n".encode("cp1258", "ignore"), "UTF-8"),
        (b"---\x00\x01\x02", "nhị phân"),
        (b"---\n" + b"a" * 1_000_001, "quá lớn"),
    ],
    ids=["empty", "no front-matter", "unclosed", "not a mapping", "cp1258", "binary", "10MB"],
)
def test_unreadable_files_are_problems_not_crashes(raw: bytes, words: str) -> None:
    record, problems = load_text("case", CASE_PATH, raw)
    assert record is None
    assert len(problems) == 1 and words in problems[0].message
    assert problems[0].path == CASE_PATH and problems[0].line is not None


def test_bom_crlf_and_nfd_are_normalised() -> None:
    import unicodedata

    text = "\ufeff" + unicodedata.normalize("NFD", CASE).replace("\n", "\r\n")
    record, problems = load_text("case", CASE_PATH, text.encode("utf-8"))
    assert problems == []
    assert record is not None and record.unit == "Chi bộ Thử nghiệm"  # NFC again
    assert "\r" not in record.body


def test_regulation_id_must_match_file_name() -> None:
    record, problems = load_text("regulation", "regulations/other.md", REGULATION.encode())
    assert record is None
    assert problems[0].key == "id" and "trùng tên tệp" in problems[0].message


def test_eth_is_read_as_d_with_stroke_in_symbols() -> None:
    assert normalize_symbol("Q\u00d0/TW") == "Q\u0110/TW"
    assert normalize_symbol("KH / ĐUCA") == "KH/ĐUCA"


def test_index_md_in_content_folder_is_reserved() -> None:
    problems = corpus_with(CASE, path="models/index.md")
    assert any("index.md" in p.message for p in problems)


def test_bad_slug_is_reported() -> None:
    problems = corpus_with(CASE, path="models/Chi Bộ.md")
    assert any("tên tệp" in p.message for p in problems)


def test_duplicate_lesson_id_is_reported() -> None:
    lesson = (
        "  - id: moi-ky-mot-nguoi\n    practice: kiem-tra\n    text: Một bài học khác đủ dài.\n"
    )
    text = CASE.replace("source:\n", lesson + "source:\n", 1)
    problems = corpus_with(text)
    assert [(p.key, p.line) for p in problems] == [
        ("lessons[1].id", line_of(text, "text: Một") - 2)
    ]
    assert "bị trùng" in problems[0].message


def test_duplicate_regulation_identity_is_reported() -> None:
    copy = REGULATION.replace("id: 22-qd-tw-2021", "id: 22-qd-tw-2021-ban-sao")
    corpus = load_files(
        [
            ("regulation", "regulations/22-qd-tw-2021.md", REGULATION.encode()),
            ("regulation", "regulations/22-qd-tw-2021-ban-sao.md", copy.encode()),
        ]
    )
    (problem,) = corpus.problems
    assert problem.path == "regulations/22-qd-tw-2021-ban-sao.md" and problem.key == "number"
    assert "regulations/22-qd-tw-2021.md" in problem.message


def test_province_spelling_variants_are_normalised() -> None:
    text = CASE.replace("province: Lai Châu", "province: Khánh Hoà")
    corpus = load_files([("case", CASE_PATH, text.encode())])
    (case,) = corpus.cases
    assert case.province == "Khánh Hòa" and case.province_today == "Khánh Hòa"
    assert not any(p.key == "province" for p in corpus.problems)
    hcm = load_files([("case", CASE_PATH, CASE.replace("Lai Châu", "TP HCM").encode())])
    assert hcm.cases[0].province == "Hồ Chí Minh"
    hg = load_files([("case", CASE_PATH, CASE.replace("Lai Châu", "Hà Giang").encode())])
    assert hg.cases[0].province_today == "Tuyên Quang"


# --- Fast paths: the same answers as the general ones ------------------------------------

_EDGE_VALUES: list[object] = [
    None, True, False, 0, 1, -1, 12, 12.0, 1.5, float("nan"), 10**7, "", "x", "x" * 300,
    "2021-02-31", "2021-02-28", "2022", "2022\n", "2014-2018", "2014-2018\n", "chi-bo-co-so",
    "tinh", "in-force", [], ["a"], ["a", "a"], [1, True], [1, 1.0], [{"a": 1}], {}, {"x": 1},
    {1: "a"}, {None: "a"}, 10**30, -(10**30), float("inf"),
]  # fmt: skip


def _real_fronts() -> list[tuple[str, dict[str, object]]]:
    from casebook.loader import FOLDERS, decode, split_document

    found = [(kind, split_document(decode(f.read_bytes())).front)
             for folder, kind in FOLDERS.items()
             for f in sorted((ROOT / "docs" / folder).glob("*.md"))[:2]]  # fmt: skip
    for text, kind in ((CASE, "case"), (REGULATION, "regulation"), (PRACTICE, "practice")):
        found.append((kind, split_document(text).front))
    return found


def _mutations(front: dict[str, object]) -> list[dict[str, object]]:
    """The record with one value (top level, or inside a list or a map) replaced."""
    import copy

    out = []
    for key, value in front.items():
        for edge in _EDGE_VALUES:
            out.append({**front, key: edge})
        if isinstance(value, list) and value:
            for edge in _EDGE_VALUES:
                out.append({**front, key: [edge, *value[1:]]})
            if isinstance(value[0], dict):
                for inner in value[0]:
                    for edge in _EDGE_VALUES:
                        changed = copy.deepcopy(value)
                        changed[0][inner] = edge
                        out.append({**front, key: changed})
        if isinstance(value, dict):
            for inner in value:
                for edge in _EDGE_VALUES:
                    out.append({**front, key: {**value, inner: edge}})
        without = dict(front)
        del without[key]
        out.append(without)
    out.append({**front, "extra_key": 1})
    return out


def test_fast_validator_accepts_only_what_jsonschema_accepts() -> None:
    from casebook.schema import _fast_validator, _validator

    fronts = _real_fronts()
    assert fronts
    accepted = rejected = 0
    for kind, front in fronts:
        accepts = _fast_validator(kind)
        assert accepts is not None
        assert accepts(front), f"a valid {kind} takes the slow path"
        for changed in _mutations(front):
            errors = list(_validator(kind).iter_errors(changed))
            if accepts(changed):
                accepted += 1
                assert not errors, (kind, changed)
            else:
                rejected += 1
    assert accepted and rejected


def _parse_both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    """parse_yaml's outcome (value with key order, or error) with its fast path, then
    without it (the general path: alias check, construction, NFC, key lines)."""
    from casebook import yaml_strict

    def outcome() -> object:
        try:
            data, lines = yaml_strict.parse_yaml(text)
        except yaml_strict.YamlProblem as exc:
            return exc.line, exc.message
        return data, list(lines.items()), _order(data)

    fast = outcome()
    with monkeypatch.context() as m:
        m.setattr(yaml_strict, "_construct_plain", lambda *args: None)
        general = outcome()
    return fast, general


_YAML_SNIPPETS = [
    "a: 1\nb: [x, y]\nc: {d: null, e: ~}\n",
    "a: yes\nb: 0x1F\nc: 1_000\nd: 1:30\ne: .inf\nf: 0o7\ng: 017\nh: '12'\ni: 2021-01-01\n",
    'a: "line\\u2028break"\nb: 2\n',
    "a: x\u2028y\nb: 2\n",
    "a: x\x85y\nb: 2\n",
    "kho\u0301a: 1\nkhóa2: [a\u0301]\n",
    "khóa: 1\nkho\u0301a: 2\n",
    "a: &x [1]\nb: *x\n",
    "a: &x 1\nb: 2\n",
    "a: 'Đảng & Nhà nước'\n",
    "<<: {a: 1}\nb: 2\n",
    "a: !!str 12\nb: !!int '7'\nc: !!float 1\nd: !!null ''\n",
    "a: !!binary aGVsbG8=\n",
    "a: !!set {x, y}\n",
    "a: !!timestamp 2021-01-01\n",
    "a: !custom x\n",
    "? [1, 2]\n: x\n",
    "a: 1\na: 2\n",
    "1: a\n'1': b\nnull: c\ntrue: d\n",
    "= : 1\n",
    "- a\n- b: [1, {c: d}]\n",
    "plain\n",
    "",
    "a:\n  - b: 1\n    c:\n      - x\n      - y\n  - 2\n",
    '"": {a: 1}\n',
    "a: !!bool có\n",
    "a: !!int mười\n",
]


@pytest.mark.parametrize("text", _YAML_SNIPPETS)
def test_parse_yaml_fast_path_matches_the_general_path(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, general = _parse_both(text, monkeypatch)
    assert fast == general


def _order(value: object) -> object:
    """Key order too, which == on dicts ignores."""
    if isinstance(value, dict):
        return [(k, _order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_order(v) for v in value]
    return value


def test_parse_yaml_fast_path_matches_on_real_and_malformed_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from casebook.loader import FOLDERS, YamlProblem, decode

    files = [f for folder in FOLDERS for f in sorted((ROOT / "docs" / folder).glob("*.md"))]
    files += sorted((ROOT / "tests" / "malformed").glob("*.md"))
    assert len(files) > 50
    for file in files:
        try:
            lines = decode(file.read_bytes()).split("\n")
        except YamlProblem:
            continue
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), None)
        front = "\n".join(lines[1:end])
        fast, general = _parse_both(front, monkeypatch)
        assert fast == general, file.name


def test_too_deep_shortcut_matches_the_scan() -> None:
    from casebook.yaml_strict import MAX_NESTING, _nesting_scan, _too_deep

    scan = _nesting_scan  # the full scan, which the shortcut must agree with

    run = " " * (2 * MAX_NESTING)
    texts = ["a: 1\n", "[" * 50 + "]" * 50, "[" * 51, "a:\n" + run + "x\n", "{[" * 30]
    texts += ["a: [1]\n" + "-" * 120 + "\n", "x" + run, "[" * 20 + "\n" + run + "-\n"]
    for text in texts:
        assert _too_deep(text) == scan(text), text[:40]


def test_loader_has_no_path_resolvers() -> None:
    """The loader's quick resolve() is only right while no path resolver is added."""
    from casebook.yaml_strict import _StrictLoader

    assert not _StrictLoader.yaml_path_resolvers


def test_loader_resolves_tags_as_pyyaml_does() -> None:
    import yaml

    from casebook.yaml_strict import _StrictLoader

    loader = _StrictLoader("")
    values = ["yes", "No", "ON", "1", "-1", "0x1F", "0o7", "017", "1_000", "1:30", ".inf",
              "-.Inf", ".NaN", "1.5", "1e3", "~", "null", "NULL", "", "<<", "=", "!", "&",
              "2021-01-01", "2021-1-1 10:00", "abc", "-", "+", "Đảng", "t", "x" * 99]  # fmt: skip
    kinds = (yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode)
    for _ in range(2):  # the second time from the memo
        for value in values:
            for implicit in ((True, False), (False, True), (False, False), (True, True)):
                for kind in kinds:
                    expected = yaml.resolver.BaseResolver.resolve(loader, kind, value, implicit)
                    assert loader.resolve(kind, value, implicit) == expected, (value, implicit)
    loader.dispose()
