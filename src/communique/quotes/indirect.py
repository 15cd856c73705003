"""Indirect speech: "X said (that) …", "X stressed the need for …".

A speech verb outside every direct quote reports the clause it governs: its
``ccomp`` (the that-clause), or for verbs listed under ``object_report_verbs``
its object ("stressed *the need for talks*"). The clause becomes a quote with
``direct=False`` whose text is the clause without the leading "that" and the
trailing punctuation, cut to the verb's paragraph. A clause that overlaps a
direct quote is left to the direct quote, and a clause of fewer than three
words is skipped.
"""

from __future__ import annotations

import bisect
from typing import Any, Iterator

Span = tuple[int, int]
MIN_WORDS = 3
_LEAD = {"that", "whether", ",", ":", "“", "\"", "‘"}


def _clause_span(head: Any, verb: Any, text: str) -> Span | None:
    lo = text.rfind("\n", 0, verb.idx) + 1
    hi = text.find("\n", verb.idx)
    hi = len(text) if hi < 0 else hi
    toks = [t for t in head.subtree if lo <= t.idx < hi]  # stay in the verb's paragraph
    dash = next((k for k, t in enumerate(toks[:6]) if t.text in ("--", "—", "–")), None)
    if dash is not None and all(t.is_upper or t.is_punct for t in toks[:dash]):
        toks = toks[dash + 1:]  # a dateline: "DAMASCUS -- …"
    while toks and (toks[0].lower_ in _LEAD or toks[0].dep_ == "mark" or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    words = [t for t in toks if not t.is_punct]
    if len(words) < MIN_WORDS:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def reported_clauses(doc: Any, speech_verbs: frozenset[str], object_verbs: frozenset[str],
                     direct: list[Span]) -> Iterator[tuple[Any, Span]]:
    """(verb token, clause span) for each indirect report in ``doc``."""

    def overlaps(span: Span) -> bool:
        return any(s < span[1] and e > span[0] for s, e in direct)

    starts = sorted(direct)
    text = doc.text  # built once: Doc.text joins every token

    def inside(char: int) -> bool:
        k = bisect.bisect_right(starts, (char, 10**12)) - 1
        return k >= 0 and starts[k][0] <= char < starts[k][1]

    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in speech_verbs or inside(tok.idx):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        heads = [c for c in tok.children if c.dep_ == "ccomp"]
        if not heads and tok.lemma_.lower() in object_verbs:
            heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        for head in heads:
            span = _clause_span(head, tok, text)
            if span is None or span[0] < tok.idx and tok.idx < span[1] or overlaps(span):
                continue
            yield tok, span


def sourced_clauses(doc: Any, phrases: tuple[tuple[str, ...], ...], taken: list[Span]
                    ) -> Iterator[tuple[Any, Span]]:
    """(source token, clause span) for "According to X, <clause>" and "<clause>, according to X".

    The clause is the longer stretch of the sentence on either side of the cue
    phrase, trimmed of commas; sentences holding any quote in ``taken`` are skipped.
    """
    for sent in doc.sents:
        if any(s < sent.end_char and e > sent.start_char for s, e in taken):
            continue
        toks = list(sent)
        low = [t.lower_ for t in toks]
        for phrase in phrases:
            n = len(phrase)
            k = next((k for k in range(len(toks) - n + 1) if tuple(low[k:k + n]) == phrase), None)
            if k is None:
                continue
            prep = toks[k + n - 1]
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            cue_end = max(t.i for t in prep.subtree)
            before = [t for t in toks[:k] if not t.is_space]
            after = [t for t in toks if t.i > cue_end and not t.is_space]
            part = before if len(before) > len(after) else after
            while part and (part[0].is_punct or part[0].lower_ in _LEAD):
                part = part[1:]
            while part and part[-1].is_punct:
                part = part[:-1]
            if len([t for t in part if not t.is_punct]) >= MIN_WORDS:
                yield source, (part[0].idx, part[-1].idx + len(part[-1].text))
            break
