"""Cross-references: citations found in a case's text, resolved against the registry.

`mentions` finds every citation in a case body (outside headings, code and existing
links), resolves it by (number, symbol, date) and aliases, and gives each resolved one a
stable anchor derived from the regulation id (`vd-22-qd-tw-2021`, then `-2`, `-3` for
repeats in the same case), never from its position in the page. `check` compares what the
text cites with the front-matter and the registry and returns Problems, unless an editor
acknowledged the mismatch in `editorial_notes`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from casebook import issuers
from casebook.citations import Citation, find_citations
from casebook.loader import CaseStudy, EditorialNote, Problem, Regulation
from casebook.text import fold


@dataclass(frozen=True)
class Mention:
    """One citation in one case, with the sentence around it."""

    citation: Citation
    candidates: tuple[str, ...]  # registry ids it could mean; exactly one when resolved
    start: int  # offsets of the citation in the case body
    end: int
    line: int  # line in the case file
    sentence: str
    in_sentence: tuple[int, int]  # offsets of the citation within `sentence`
    anchor: str | None  # set when resolved

    @property
    def regulation(self) -> str | None:
        """The registry id, when the citation resolves to exactly one document."""
        return self.candidates[0] if len(self.candidates) == 1 else None


# --- Where citations may be -------------------------------------------------------------

_FENCE = re.compile(r"^\s*(```|~~~)")
# Inline code, Markdown links and raw HTML tags: a citation inside them is left alone.
_PROTECTED = re.compile(r"`[^`\n]*`|!?\[[^\]\n]*\]\([^)\n]*\)|<[^>\n]+>")


def paragraphs(body: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of each prose paragraph; headings and fenced code are skipped."""
    offset, block_start, fenced = 0, 0, False
    block: list[str] = []
    may_fence = "```" in body or "~~~" in body  # a fence line holds one or the other
    for line in body.split("\n"):
        if may_fence and _FENCE.match(line):
            fenced = not fenced
            prose = False
        else:  # prose: outside a fence, not blank, not a heading
            stripped = line.lstrip()
            prose = not fenced and stripped != "" and stripped[0] != "#"
        if prose:
            if not block:
                block_start = offset
            block.append(line)
        elif block:
            yield block_start, "\n".join(block)
            block = []
        offset += len(line) + 1
    if block:
        yield block_start, "\n".join(block)


def _citations(text: str) -> Iterator[Citation]:
    found = find_citations(text)
    if not found:
        return
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    for cite in found:
        if not any(s < cite.end and cite.start < e for s, e in protected):
            yield cite


_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s|$)")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence of `text` that holds [start, end)."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    stop = _SENTENCE_END.search(text, end)
    return begin, (stop.end() if stop else len(text))


# --- Resolution -------------------------------------------------------------------------


def _number(value: str | None) -> str | None:
    return value.lstrip("0") or "0" if value else None


def _same_symbol(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.upper() == b.upper()


@dataclass(frozen=True)
class Registry:
    """The regulations, indexed once for resolution (a build resolves thousands)."""

    regulations: tuple[Regulation, ...]
    by_number: Mapping[str | None, tuple[Regulation, ...]]
    aliases: tuple[tuple[str, Regulation], ...]  # (folded lower-case alias, regulation)

    @classmethod
    def of(cls, regulations: Iterable[Regulation]) -> Registry:
        regs = tuple(regulations)
        by_number: dict[str | None, list[Regulation]] = {}
        for reg in regs:
            by_number.setdefault(_number(reg.number), []).append(reg)
        aliases = tuple((fold(a).lower(), r) for r in regs for a in r.aliases)
        return cls(regs, {k: tuple(v) for k, v in by_number.items()}, aliases)


def resolve(
    cite: Citation, after: str, registry: Registry | Sequence[Regulation]
) -> tuple[str, ...]:
    """Registry ids a citation can mean. `after` is the text from the citation onwards
    (aliases such as "Quy định số 76 của Bộ Chính trị" run past the citation itself)."""
    if not isinstance(registry, Registry):
        registry = Registry.of(registry)
    candidates = registry.by_number.get(_number(cite.number), ())
    if cite.kind == "dieu-le" and _party_statute(cite):
        found = [r for r in registry.regulations if r.kind == "dieu-le"]
    elif cite.number is None:
        found = _alias_matches(after, registry)
    elif cite.symbol:
        found = [r for r in candidates if _same_symbol(r.symbol, cite.symbol)]
    else:
        found = [r for r in candidates if r.kind == cite.kind]
    if len(found) > 1 and cite.year:
        found = [r for r in found if r.date and r.date.year == cite.year] or found
    if len(found) > 1:
        by_alias = _alias_matches(after, registry)
        found = [r for r in found if r in by_alias] or found
    return tuple(sorted(r.id for r in found))


def _party_statute(cite: Citation) -> bool:
    """Whether a statute citation names the Party's, not the Youth Union's or another
    organisation's ("Điều lệ Đoàn", "Điều lệ Hội ..."), which resolve by alias only."""
    return not cite.text or "dang" in fold(cite.text).lower()


def _alias_matches(after: str, registry: Registry) -> list[Regulation]:
    head = fold(after[:120]).lower()
    return list(dict.fromkeys(r for alias, r in registry.aliases if head.startswith(alias)))


def prose_citations(body: str) -> Iterator[tuple[int, str, Citation]]:
    """(paragraph offset, paragraph, citation) for every citation in the prose of `body`:
    not in headings, code, links or raw HTML. What the check and `casebook documents` see."""
    for offset, text in paragraphs(body):
        for cite in _citations(text):
            yield offset, text, cite


def mentions(case: CaseStudy, registry: Registry | Sequence[Regulation]) -> list[Mention]:
    """Every citation in the case body, resolved, with sentence, line and anchor."""
    if not isinstance(registry, Registry):
        registry = Registry.of(registry)
    found: list[Mention] = []
    seen: Counter[str] = Counter()
    for offset, text, cite in prose_citations(case.body):
        ids = resolve(cite, text[cite.start :], registry)
        anchor = None
        if len(ids) == 1:
            seen[ids[0]] += 1
            anchor = f"vd-{ids[0]}" + (f"-{seen[ids[0]]}" if seen[ids[0]] > 1 else "")
        s, e = sentence_around(text, cite.start, cite.end)
        start = offset + cite.start
        line = case.body_line + case.body.count("\n", 0, start)
        found.append(Mention(cite, ids, start, offset + cite.end, line,
                             text[s:e].strip(), _inner(text, s, cite), anchor))  # fmt: skip
    return found


def _inner(text: str, sentence_start: int, cite: Citation) -> tuple[int, int]:
    lead = len(text[sentence_start:]) - len(text[sentence_start:].lstrip())
    begin = cite.start - sentence_start - lead
    return begin, begin + (cite.end - cite.start)


# --- Editorial checks -------------------------------------------------------------------


def check(
    case: CaseStudy, found: Sequence[Mention], registry: Mapping[str, Regulation]
) -> list[Problem]:
    """Mismatches between text, front-matter and registry that no editorial note covers."""
    raw = list(_unresolved(found, registry))
    raw += list(_date_mismatches(found, registry))
    raw += list(_issuer_mismatches(case.body, found, registry))
    raw += list(_list_mismatches(case, found))
    notes = case.editorial_notes
    used: set[int] = set()
    problems = []
    for issue, reg_id, cite_text, line, key, message in raw:
        hit = next((i for i, n in enumerate(notes) if _covers(n, issue, reg_id, cite_text)), None)
        if hit is None:
            problems.append(Problem(case.path, line, key, message))
        else:
            used.add(hit)
    for i, note in enumerate(notes):
        if note.issue == "inferred":
            problems += _stale_inference(case, i, note)
        elif i not in used:
            msg = "ghi chú biên tập không còn ứng với điểm lệch nào; hãy xóa hoặc sửa"
            problems.append(Problem(case.path, note.line, f"editorial_notes[{i}]", msg))
    return problems


def _stale_inference(case: CaseStudy, i: int, note: EditorialNote) -> list[Problem]:
    """An `inferred` note acknowledges no mismatch: it explains a value the editor
    inferred. It is stale only when the front-matter key it names holds no value."""
    if note.field is None or getattr(case, note.field, None) not in (None, "", ()):
        return []
    msg = (f"ghi chú suy luận nói về khóa «{note.field}» nhưng khóa này không có giá trị; "
           "hãy xóa ghi chú hoặc sửa field")  # fmt: skip
    return [Problem(case.path, note.line, f"editorial_notes[{i}].field", msg)]


_Raw = tuple[str, str | None, str | None, int, str | None, str]


def _covers(note: EditorialNote, issue: str, reg_id: str | None, cite_text: str | None) -> bool:
    """Whether an editorial note acknowledges this mismatch (by id, else by citation)."""
    if note.issue != issue:
        return False
    return note.regulation == reg_id if reg_id else note.citation == cite_text


def _unresolved(found: Sequence[Mention], registry: Mapping[str, Regulation]) -> Iterator[_Raw]:
    for m in found:
        text = m.citation.text
        if not m.candidates:
            msg = (f"trích dẫn «{text}» không ứng với văn bản nào trong sổ đăng ký; nếu là văn "
                   "bản mới, chạy `casebook documents <tệp này>`: lệnh tạo trang văn bản và "
                   "thêm mã vào regulations")  # fmt: skip
            yield "unresolved", None, text, m.line, None, msg
        elif len(m.candidates) > 1:
            msg = (f"trích dẫn «{text}» khớp nhiều văn bản ({', '.join(m.candidates)}); hãy "
                   "ghi rõ số, ký hiệu và ngày ban hành")  # fmt: skip
            yield "unresolved", None, text, m.line, None, msg


def _date_mismatches(
    found: Sequence[Mention], registry: Mapping[str, Regulation]
) -> Iterator[_Raw]:
    for m in found:
        reg = registry.get(m.regulation) if m.regulation else None
        written = m.citation.date
        if reg and reg.date and written and written != reg.date:
            msg = (f"bài ghi «{m.citation.text}» ngày {_vi(written)}, sổ đăng ký ghi "
                   f"{_vi(reg.date)}; sửa lại, hoặc ghi nhận bằng editorial_notes "
                   f"(regulation: {reg.id}, issue: date-mismatch)")  # fmt: skip
            yield "date-mismatch", reg.id, None, m.line, None, msg


def _issuer_mismatches(
    body: str, found: Sequence[Mention], registry: Mapping[str, Regulation]
) -> Iterator[_Raw]:
    """A central body named next to a citation that is not the registry's issuer. Only
    the words adjoining the citation count, up to the neighbouring citations, so an issuer
    named for another document in the same sentence is not taken for this one."""
    for i, m in enumerate(found):
        reg = registry.get(m.regulation) if m.regulation else None
        expected = issuers.issuer_key(reg.issuer) if reg else None
        if reg is None or expected is None:
            continue
        before_from = found[i - 1].end if i else 0
        after_to = found[i + 1].start if i + 1 < len(found) else None
        stated = issuers.stated_issuer(body, m.start, m.end, before_from, after_to)
        if stated is not None and stated != expected:
            msg = (f"bài ghi «{m.citation.text}» là văn bản của {issuers.NAMES[stated]}, "
                   f"sổ đăng ký ghi cơ quan ban hành là {reg.issuer}; sửa lại, hoặc ghi "
                   f"nhận bằng editorial_notes (regulation: {reg.id}, "
                   "issue: issuer-mismatch)")  # fmt: skip
            yield "issuer-mismatch", reg.id, None, m.line, None, msg


def _list_mismatches(case: CaseStudy, found: Sequence[Mention]) -> Iterator[_Raw]:
    cited = {m.regulation: m for m in reversed(found) if m.regulation}
    for i, reg_id in enumerate(case.regulations):
        if reg_id not in cited:
            msg = (f"«{reg_id}» có trong regulations nhưng bài không viện dẫn văn bản này; "
                   "thêm câu viện dẫn vào bài hoặc bỏ khỏi danh sách")  # fmt: skip
            line = case.lines.get(f"regulations[{i}]", 1)
            yield "not-in-text", reg_id, None, line, f"regulations[{i}]", msg
    for reg_id, m in sorted(cited.items(), key=lambda kv: kv[1].start):
        if reg_id not in case.regulations:
            msg = (f"bài viện dẫn «{m.citation.text}» ({reg_id}) nhưng regulations không liệt "
                   "kê văn bản này")  # fmt: skip
            yield "not-in-front-matter", reg_id, None, m.line, "regulations", msg


def _vi(value: dt.date) -> str:
    return f"{value.day}/{value.month}/{value.year}"
