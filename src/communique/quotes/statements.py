"""Statements set out as paragraphs after "X said:", as government releases print them.

    Foreign Secretary David Cameron said:

    The Iranian regime's attack against Israel was a reckless act …

    Today we have sanctioned the ringleaders …

A short paragraph (or a paragraph's last sentence) that ends in a colon and holds
a speech verb, or a statement cue ("FCDO Spokesperson:", "… provided the following
statement:"), introduces a statement: each following paragraph is a direct quote of that verb's subject,
until a paragraph that introduces another statement or a line that is no
sentence (a heading, "Further information", "Media enquiries"). A paragraph
in quotation marks is found by its marks; the introduction still gives it its
speaker when the marks alone give none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..article import Article
from ..language.lemmas import fixed_lemma
from .data import Rules

Span = tuple[int, int]

_PARA = re.compile(r"[^\n]+")
#: The longest introduction, in words ("The Foreign Secretary, James Cleverly, said:").
MAX_INTRO_WORDS = 40
#: The shortest paragraph taken as speech, in words.
MIN_SPEECH_WORDS = 5
SENTENCE_END = ".!?\"”’)"
OPENING_MARKS = "\"“‘«"


def _paragraphs(text: str) -> list[Span]:
    out = []
    for m in _PARA.finditer(text):
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        if m.group(0).strip():
            out.append((m.start() + lead, m.start() + len(m.group(0).rstrip())))
    return out


def statement_blocks(article: Article, rules: Rules) -> Iterator[tuple[Any, list[Span]]]:
    """(the speech verb token of each "X said:" line, the spans of the paragraphs it introduces)."""
    text, doc = article.text, article.doc
    if doc is None:
        return
    paras = _paragraphs(text)
    for i, (s, e) in enumerate(paras):
        if not text[s:e].endswith(":"):
            continue
        last = doc.char_span(e - 1, e, alignment_mode="expand")
        if last is not None and len(last) and s < last[0].sent.start_char:
            s = last[0].sent.start_char  # "… The Secretary said:" closing a longer paragraph
        if len(text[s:e].split()) > MAX_INTRO_WORDS:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        verbs = [t for t in span or () if fixed_lemma(t) in rules.speech_verbs and t.pos_ in ("VERB", "AUX")]
        verbs = verbs or [t for t in span or () if t.lower_ in rules.statement_cues]
        if not verbs:
            continue
        body: list[Span] = []
        marked = False
        for s2, e2 in paras[i + 1:]:
            para = text[s2:e2]
            if para.endswith(":") or len(para.split()) < MIN_SPEECH_WORDS or para[-1] not in SENTENCE_END:
                break
            if body and marked and para[0] not in OPENING_MARKS:
                break  # the statement in quote marks is over: the release goes on in its own words
            marked = marked or (not body and para[0] in OPENING_MARKS)
            body.append((s2, e2))
        if body:
            yield verbs[-1], body
