"""Which documents of the real registry a synthetic case can cite, and how (`Vocabulary`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from casebook import routes
from casebook.citations import find_citations
from casebook.loader import Practice, Regulation, discover, load_files
from casebook.vocabulary import labels
from casebook.xref import resolve


class SourceError(Exception):
    """The real docs tree cannot serve as a template; exit code 1."""


# --- Registry: which documents can be cited, and how ----------------------------------------

# Type words as readers write them, from the package's vocabulary (the Statute, laws and
# "other" are cited by name, not by a type word and a number).
_BY_NAME = ("dieu-le", "luat", "other")
KIND_WORDS = {k: v for k, v in labels("document_kinds").items() if k not in _BY_NAME}


@dataclass(frozen=True)
class Vocabulary:
    """What the real docs tree offers: sectors, practices, citable documents."""

    sectors: tuple[str, ...]
    practices: tuple[Practice, ...]
    regulations: tuple[Regulation, ...]
    forms: Mapping[str, tuple[str, ...]]
    """Registry id → citation phrasings that resolve to exactly that document (documents
    with no such phrasing are absent and never cited)."""


def candidate_forms(reg: Regulation) -> list[str]:
    """Ways to cite `reg` in running text: aliases, number and symbol, with the registry's
    date and issuer. Not all survive `usable_form`."""
    forms = list(reg.aliases)
    word = KIND_WORDS.get(reg.kind)
    if not (word and reg.number and reg.symbol):
        return forms
    sep = "/" if "-" in reg.symbol and "/" not in reg.symbol else "-"
    base = f"{word} số {reg.number}{sep}{reg.symbol}"
    dated = [base]
    if reg.date:
        d = reg.date
        dated += [
            f"{base} ngày {d.day}/{d.month}/{d.year}",
            f"{base} ngày {d:%d/%m/%Y}",
            f"{base} ngày {d.day} tháng {d.month} năm {d.year}",
        ]
    forms += dated + [f"{word} {reg.number}{sep}{reg.symbol}"]
    issuer = re.sub(r"\s*\([^)]*\)\s*$", "", reg.issuer or "")
    if issuer:
        forms += [f"{form} của {issuer}" for form in dated[:2]]
    prefix = f"{word} về "
    if reg.title.startswith(prefix) and len(reg.title) < 160:
        topic = reg.title[len(prefix) :]
        forms += [f"{form} về {topic}" for form in dated[:2]]
    return forms


def usable_form(form: str, reg: Regulation, registry: Sequence[Regulation]) -> bool:
    """Whether `form` holds exactly one citation, at its start, that the build resolves to
    `reg` alone, with no date or the registry's date."""
    cites = list(find_citations(form))
    if len(cites) != 1 or cites[0].start != 0:
        return False
    cite = cites[0]
    if resolve(cite, form, registry) != (reg.id,):
        return False
    return cite.date is None or cite.date == reg.date


def load_vocabulary(docs: Path) -> Vocabulary:
    """Read the real practices and registry (not the real cases) and check every
    citation phrasing. Raises `SourceError` when the tree has problems."""
    files = [(kind, rel, path.read_bytes()) for kind, rel, path in discover(docs)]
    corpus = load_files(f for f in files if f[0] != "case")
    if corpus.problems:
        shown = "\n".join(p.format() for p in corpus.problems[:10])
        raise SourceError(f"thư mục nguồn {docs} có lỗi nội dung:\n{shown}")
    regs = tuple(sorted(corpus.regulations, key=lambda r: r.id))
    forms: dict[str, tuple[str, ...]] = {}
    for reg in regs:
        usable = [f for f in dict.fromkeys(candidate_forms(reg)) if usable_form(f, reg, regs)]
        if usable:
            forms[reg.id] = tuple(usable)
    practices = tuple(sorted(corpus.practices, key=lambda p: p.key))
    if not practices:
        raise SourceError(
            f"thư mục nguồn {docs} không có trang cách làm nào ({routes.PRACTICES}/*.md)"
        )
    return Vocabulary(tuple(sorted(corpus.sectors)), practices, regs, forms)


def is_central(reg: Regulation) -> bool:
    """Documents any unit may cite: the Statute and Central documents (symbol …TW)."""
    return reg.kind == "dieu-le" or bool(reg.symbol and reg.symbol.endswith("TW"))
