"""Parse repairs: lemma fixes, hyphenated verbs, misparsed sentence-initial acronyms.

``data/lemmas.yaml`` lists surface forms with the lemma the patterns use
("hoped" -> "hope", not the model's "hop") and the prefixes the tokenizer
splits off a hyphenated verb ("de-escalate" -> "de", "-", "escalate").

- :func:`repair` is what the language stage does to every parse, once, so that
  every stage reads the same doc: sentences that open with a misparsed acronym
  are parsed again (:mod:`.acronyms`), and each split hyphenated word becomes one
  token again (:func:`join_hyphenated`; char offsets are unchanged);
- :func:`fixed_lemma` is the lemma every pattern lookup uses (``patterns.norm``);
- :func:`add_spelled_words` lets a stage say which joined spellings it knows
  ("re-establish", "reopen"): a joined word takes that spelling as its lemma.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import fail, read_data
from ..errors import CommuniqueError
from .acronyms import reparse_acronyms

PATH = Path(__file__).resolve().parent / "data" / "lemmas.yaml"
WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True)
class LemmaFixes:
    """The validated contents of ``lemmas.yaml``."""

    forms: dict[str, str]
    hyphen_prefixes: frozenset[str]


def parse_fixes(data: Any, path: str = "lemmas.yaml") -> LemmaFixes:
    """Validate the table; E601 names the bad entry."""
    def bad(detail: str) -> CommuniqueError:
        return fail(path, detail, "E601")

    if not isinstance(data, dict):
        raise bad("the file should be a mapping with 'forms' and 'hyphen_prefixes'")
    unknown = set(data) - {"version", "forms", "hyphen_prefixes"}
    if unknown:
        raise bad(f"unknown section(s) {sorted(unknown)}")
    forms = data.get("forms") or {}
    if not isinstance(forms, dict):
        raise bad("'forms' should map words to lemmas")
    out: dict[str, str] = {}
    for word, lemma in forms.items():
        if not isinstance(word, str) or not isinstance(lemma, str) \
                or not WORD.fullmatch(word.strip().lower()) or not WORD.fullmatch(lemma.strip().lower()):
            raise bad(f"forms {word!r}: {lemma!r} should be a word mapped to a word (letters, hyphen, apostrophe)")
        out[word.strip().lower()] = lemma.strip().lower()
    prefixes = data.get("hyphen_prefixes") or []
    if not isinstance(prefixes, list) or not all(isinstance(p, str) and p.isalpha() for p in prefixes):
        raise bad("'hyphen_prefixes' should be a list of words (letters only)")
    return LemmaFixes(out, frozenset(p.lower() for p in prefixes))


@functools.lru_cache(maxsize=1)
def load_fixes() -> LemmaFixes:
    """The built-in table (cached)."""
    return parse_fixes(read_data(PATH, "E601", missing="E602"), str(PATH))


def fixed_lemma(token: Any) -> str:
    """The token's lemma, lower case, corrected by the table."""
    return load_fixes().forms.get(token.lower_) or token.lemma_.lower()


def hyphen_groups(doc: Any) -> list[tuple[int, int]]:
    """(start, end) token ranges of split hyphenated words: a listed prefix,
    "-" and a word, written without spaces ("re-imposed")."""
    prefixes = load_fixes().hyphen_prefixes
    out: list[tuple[int, int]] = []
    n = len(doc)
    for i in range(n - 2):
        t = doc[i]
        if t.lower_ in prefixes and not t.whitespace_ and doc[i + 1].text == "-" \
                and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha \
                and (not out or out[-1][1] <= i) and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct):
            out.append((i, i + 3))
    return out


def stem_lemma(word: Any, known: frozenset[str] | set[str], prefix: str) -> str:
    """The lemma of the word part of a hyphenated verb. The parser often tags
    that part as an adjective ("re-established": "established"/JJ) and leaves
    it unlemmatised; then the verb lemma whose hyphenated form a pattern knows
    is taken ("re-establish"), else the plain suffix-stripped form."""
    lemma = fixed_lemma(word)
    if lemma != word.lower_ or not word.lower_.endswith(("ed", "ing", "es", "s")):
        return lemma
    text = word.lower_
    guesses: list[str] = []
    for suffix in ("ing", "ed", "es", "s"):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            base = text[: -len(suffix)]
            guesses += [base + "e", base] if suffix in ("ing", "ed") else [base]
            if len(base) > 2 and base[-1] == base[-2]:
                guesses.append(base[:-1])  # "re-submitted"
            break
    for guess in guesses:
        if f"{prefix}-{guess}" in known or f"{prefix}{guess}" in known:
            return guess
    return guesses[-1 if text.endswith("s") and not text.endswith(("ed", "ing")) else 0] if guesses else lemma


def verb_tag(text: str) -> str:
    if text.endswith("ing"):
        return "VBG"
    if text.endswith("ed"):
        return "VBD"
    return "VBZ" if text.endswith("s") else "VB"


def join_hyphenated(doc: Any, known: frozenset[str] | set[str] = frozenset(), nlp: Any = None) -> Any:
    """The parse itself when nothing is split, else a copy with each split
    hyphenated word merged into one token (a verb when one of its parts is
    parsed as one). Its lemma is "<prefix>-<word lemma>" or "<prefix><word
    lemma>" when ``known`` (the words the patterns spell) has it, else the
    word's own lemma ("counter-attacked" -> attack). A verb's "compound" dependent before it (the parser took the
    prefix for a noun) becomes its subject."""
    doc = reparse_acronyms(doc, nlp)  # "ECOWAS imposed …" read as a clause: parse it again (acronyms.py)
    groups = hyphen_groups(doc)
    if not groups:
        return doc
    out = doc.copy()
    merged: list[int] = []
    shift = 0
    with out.retokenize() as retok:
        for start, end in groups:
            span = out[start:end]
            stem = out[end - 1]
            prefix = span[0].lower_
            lemma = stem_lemma(stem, known, prefix)
            # the form the patterns spell: "re-impose", else "reopen", else the
            # word's own lemma ("counter-attacked" -> attack)
            joined = next((w for w in (f"{prefix}-{lemma}", f"{prefix}{lemma}") if w in known), lemma)
            attrs: dict[str, Any] = {"LEMMA": joined}
            if any(t.pos_ == "VERB" for t in span) or stem.tag_.startswith("VB"):
                attrs["POS"] = "VERB"
                attrs["TAG"] = stem.tag_ if stem.tag_.startswith("VB") else verb_tag(stem.lower_)
            retok.merge(span, attrs=attrs)
            merged.append(start - shift)
            shift += end - start - 1
    for i in merged:
        tok = out[i]
        if tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ == "compound" and c.i < tok.i and not any(s.dep_ == "nsubj" for s in tok.children):
                    c.dep_ = "nsubj"
    return out


#: Words the stages' patterns spell (``add_spelled_words``): the lemma a joined
#: hyphenated word takes when one of them spells it ("re-impose", "reopen").
_SPELLED: set[str] = set()


def add_spelled_words(words: frozenset[str] | set[str]) -> None:
    """Make ``words`` known to :func:`join_hyphenated` (a stage calls it when it is built)."""
    _SPELLED.update(words)


#: Set in ``doc.user_data`` of a repaired parse.
REPAIRED = "communique_repaired"


def repair(doc: Any, nlp: Any = None) -> Any:
    """The parse with misparsed acronyms parsed again and split hyphenated words joined."""
    out = join_hyphenated(doc, frozenset(_SPELLED), nlp=nlp)
    out.user_data[REPAIRED] = True
    return out
