"""The body of a synthetic case: five sections of sentences drawn from the templates,
each cited document placed once, trimmed or padded to a random length."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import dataclass

from synth_registry import Vocabulary
from synth_words import (
    AWARDS_TEXT,
    CITE_AGAIN,
    CITE_CONTEXT,
    CITE_METHOD,
    CONTEXT,
    EXTRA_METHODS,
    EXTRA_RESULTS,
    GENERIC_METHODS,
    INTRO_MEMBERS,
    INTRO_NO_MEMBERS,
    LESSON_INTRO,
    LEVELS,
    LIMITS,
    METHOD_INTRO,
    METHODS,
    NO_AWARDS_TEXT,
    ORDINALS,
    PRACTICE_LEADS,
    REFLECTIONS,
    RESULTS,
    SECTOR_CONTEXT,
    SECTOR_RESULT,
    SOURCE_NOTES,
    SOURCE_TEXT,
    join_vi,
    lower_first,
)

from casebook.loader import Award, Practice, Regulation

_Paragraph = list[tuple[str, bool]]
"""A paragraph's sentences: (text, may be dropped to fit the length)."""


@dataclass
class Section:
    heading: str
    paragraphs: list[list[tuple[str, bool]]]  # (sentence, may be dropped to fit the budget)


def _words(sections: Iterable[Section]) -> int:
    return sum(
        len(s.heading.split()) + 1 + sum(len(t.split()) for p in s.paragraphs for t, _ in p)
        for s in sections
    )


class BodyWriter:
    """The body half of `synth_case.CaseWriter`, which draws the fields declared here."""

    rng: random.Random
    vocab: Vocabulary
    MIN_WORDS, MAX_WORDS = 420, 690

    # Set by `draw`, in this order.
    sector: str
    province: str | None
    level: str | None
    start: int
    end: int
    period: str
    names: dict[str, str]
    unit: str
    parent: str | None
    district: str | None
    short: str
    members: int | None
    members_note: str | None
    party_groups: int | None
    practices: list[Practice]
    source_date: dt.date
    regulations: list[Regulation]
    awards: list[Award]
    lessons: list[tuple[str, str, str]]
    fields: dict[str, str]
    title: str
    source: dict[str, str | None]

    # Body -----------------------------------------------------------------------------

    def _say(self, template: str, **extra: str) -> str:
        return template.format_map({**self.fields, **extra} if extra else self.fields)

    def _cite(self, reg: Regulation) -> str:
        forms = self.vocab.forms[reg.id]
        if len(self.regulations) > 2:  # keep long phrasings (with the title) for short lists
            forms = tuple(f for f in forms if len(f) <= 90) or forms
        return self.rng.choice(forms)

    def _body(self) -> str:
        """The five sections, drawn in reading order from the shared random stream."""
        practice_regs, context_regs = self._placed_regulations()
        background = self._background(context_regs)
        method, extras_method = self._method(practice_regs)
        result, outcome = self._result()
        sections = [background, method, result, self._lessons_section(), self._source_section()]
        self._fit(sections, extras_method, outcome)
        out = []
        for section in sections:
            out.append(f"## {section.heading}")
            out += [" ".join(t for t, _ in p) for p in section.paragraphs if p]
        return "\n\n".join(out) + "\n"

    def _placed_regulations(self) -> tuple[dict[str, list[Regulation]], list[Regulation]]:
        """Each document is cited once, in the paragraph of the first practice it belongs
        to, else in the background section."""
        placed: set[str] = set()
        practice_regs: dict[str, list[Regulation]] = {}
        for p in self.practices:
            own = [r for r in self.regulations if r.id in p.regulations and r.id not in placed]
            practice_regs[p.key] = own
            placed.update(r.id for r in own)
        return practice_regs, [r for r in self.regulations if r.id not in placed]

    def _background(self, context_regs: list[Regulation]) -> Section:
        rng, say = self.rng, self._say
        level_text = LEVELS[self.level][3]
        if self.parent and self.level == "chi-bo-truc-thuoc":
            level_text = f"chi bộ trực thuộc {self.parent}"
        elif self.parent:
            level_text += f" trực thuộc {self.parent}"
        opening = f"{self.unit} là {level_text}, ở {self.fields['where']}."
        members = rng.choice(INTRO_MEMBERS if self.members is not None else INTRO_NO_MEMBERS)
        first = [(opening, False), (say(members), False)]
        contexts = rng.sample(CONTEXT, 2)
        second = [
            (say(SECTOR_CONTEXT.get(self.sector, CONTEXT[1])), True),
            (say(contexts[0]), True),
            (say(contexts[1]), True),
        ]
        for reg in context_regs:
            second.append((say(rng.choice(CITE_CONTEXT), cite=self._cite(reg)), False))
        return Section("Bối cảnh", [first, second])

    def _method(self, practice_regs: dict[str, list[Regulation]]) -> tuple[Section, _Paragraph]:
        """The method section and its (empty) paragraph for extra sentences."""
        rng, say = self.rng, self._say
        method = Section("Cách làm", [[(say(rng.choice(METHOD_INTRO)), False)]])
        per_practice = {2: 3, 3: 3}.get(len(self.practices), 2)
        for p in self.practices:
            pool = METHODS.get(p.key, GENERIC_METHODS)
            name = lower_first(p.name)
            picked = rng.sample(pool, min(per_practice, len(pool)))
            sentences = [say(t, practice=name) for t in picked]
            lead = say(rng.choice(PRACTICE_LEADS), practice=name)
            paragraph = [(lead + lower_first(sentences[0]), False)]
            paragraph += [(s, True) for s in sentences[1:]]
            for reg in practice_regs[p.key]:
                paragraph.append((say(rng.choice(CITE_METHOD), cite=self._cite(reg)), False))
            method.paragraphs.append(paragraph)
        extras: _Paragraph = []
        method.paragraphs.append(extras)
        return method, extras

    def _result(self) -> tuple[Section, _Paragraph]:
        """The results section and its outcome paragraph (extra sentences go there)."""
        rng, say = self.rng, self._say
        results = rng.sample(RESULTS, 3)
        sector_result = SECTOR_RESULT.get(self.sector, results[2])
        outcome = [(say(results[0]), False), (say(sector_result), True), (say(results[1]), True)]
        if self.awards:
            listed = join_vi([f"{a.title} ({a.year})" if a.year else a.title for a in self.awards])
            honours = [(say(rng.choice(AWARDS_TEXT), awards=lower_first(listed)), False)]
        else:
            honours = [(say(rng.choice(NO_AWARDS_TEXT)), False)]
        honours.append((say(rng.choice(LIMITS)), True))
        return Section("Kết quả", [outcome, honours]), outcome

    def _lessons_section(self) -> Section:
        rng, say = self.rng, self._say
        lessons: list[_Paragraph] = [[(say(rng.choice(LESSON_INTRO)), False)]]
        for i, (_, _, text) in enumerate(self.lessons):
            lessons.append([(f"{ORDINALS[i]}, {lower_first(text)}", False)])
        closing = [(say(t), True) for t in rng.sample(REFLECTIONS, 2)]
        if self.regulations and rng.random() < 0.15:
            again = rng.choice(self.regulations)
            closing.append((say(rng.choice(CITE_AGAIN), cite=self._cite(again)), False))
        lessons.append(closing)
        return Section("Bài học kinh nghiệm", lessons)

    def _source_section(self) -> Section:
        rng, say, src, d = self.rng, self._say, self.source, self.source_date
        by = f" của {src['author']}" if src["author"] else ""
        outlet = f", {src['outlet']}" if src["outlet"] else ""
        source_line = say(
            rng.choice(SOURCE_TEXT),
            source_title=str(src["title"]),
            by=by,
            outlet=outlet,
            source_date=f"{d:%d/%m/%Y}",
        )
        notice = say(rng.choice(SOURCE_NOTES))
        return Section("Nguồn", [[(notice, False), (source_line, False)]])

    def _fit(
        self,
        sections: list[Section],
        extras_method: list[tuple[str, bool]],
        outcome: list[tuple[str, bool]],
    ) -> None:
        """Trim random optional sentences, or add extra ones, to bring the body near a
        random target between MIN_WORDS and MAX_WORDS."""
        rng = self.rng
        target = rng.randint(self.MIN_WORDS + 20, self.MAX_WORDS - 50)
        words = _words(sections)
        optional = [(p, t) for s in sections for p in s.paragraphs for t in p if t[1]]
        rng.shuffle(optional)
        while words > target and optional:
            paragraph, sentence = optional.pop()
            paragraph.remove(sentence)
            words -= len(sentence[0].split())
        extras = [(extras_method, self._say(t)) for t in rng.sample(EXTRA_METHODS, 4)]
        extras += [(outcome, self._say(t)) for t in rng.sample(EXTRA_RESULTS, 2)]
        rng.shuffle(extras)
        while words < target and extras:
            paragraph, text = extras.pop()
            paragraph.append((text, True))
            words += len(text.split())
