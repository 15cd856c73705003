"""A sentence-initial acronym the parser took for a verb or a clause word.

"ECOWAS imposed sanctions on Niger": the tagger reads "ECOWAS" as a verb,
makes it the root and "imposed" a modifier, so the sentence has no subject
and no event. A sentence whose first word is an all-capital acronym parsed
as a verb, a clause marker or an adverb (tag VB*, or dependency mark /
advmod / npadvmod) and followed by a lower-case word (not a dateline's
"WASHINGTON (Reuters) -") is parsed again with a country name standing in for the
acronym; the new tags, lemmas and tree of that sentence replace the old ones
on a copy of the parse (same words, same character offsets, so every
mention still points at its tokens), if the stand-in comes out as the
subject. When the re-parse would move a
sentence boundary the original parse is kept.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc, Span

STAND_IN = "Kenya"
CLAUSE_DEPS = frozenset({"mark", "advmod", "npadvmod"})
ATTRS = [TAG, POS, LEMMA, DEP, HEAD]


def misparsed(sent: Any) -> bool:
    first = sent[0]
    text = first.text
    if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 8) or len(sent) < 3:
        return False
    if first.dep_ in ("nsubj", "nsubjpass") or not (sent[1].is_alpha and sent[1].is_lower):
        return False  # "WASHINGTON (Reuters) -": a dateline, not a subject
    return first.tag_.startswith("VB") or first.dep_ in CLAUSE_DEPS


def reparse_acronyms(doc: Any, nlp: Any = None) -> Any:
    """The parse itself when no sentence starts with a misparsed acronym,
    else a copy with those sentences parsed again (see the module doc)."""
    sents = [s for s in doc.sents if misparsed(s)]
    if not sents:
        return doc
    if nlp is None:
        from .model import load_model
        nlp = load_model()
    words = [t.text for t in doc]
    for s in sents:
        words[s.start] = STAND_IN
    starts: list[bool | int | None] = [bool(t.is_sent_start) for t in doc]
    fresh = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc], sent_starts=starts)
    try:
        parsed = nlp(fresh)
    except Exception:
        return doc
    old = doc.to_array(ATTRS)
    new = parsed.to_array(ATTRS)
    rows: Any = numpy.array(old, copy=True)
    for s in sents:
        if parsed[s.start].dep_ not in ("nsubj", "nsubjpass"):
            continue  # the stand-in is no subject either: keep the first parse
        rows[s.start:s.end] = new[s.start:s.end]
        rows[s.start, 0] = doc.vocab.strings.add("NNP")  # the acronym keeps its own words: a proper noun
        rows[s.start, 1] = doc.vocab.strings.add("PROPN")
        rows[s.start, 2] = doc.vocab.strings.add(doc[s.start].text)
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(ATTRS, rows)
    if [bool(t.is_sent_start) for t in out] != starts:
        return doc
    out.ents = [Span(out, e.start, e.end, label=e.label_) for e in doc.ents]
    return out
