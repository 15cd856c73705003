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
from collections.abc import Iterator
from typing import Any

from ..data import package_words
from ..language.lemmas import fixed_lemma

Span = tuple[int, int]
MIN_WORDS = 3
REPORT_VERBS = package_words("quotes", "report_verbs")
_LEAD = {"that", "whether", ",", ":", "“", "\"", "‘"}


def _clause_span(head: Any, verb: Any, text: str, min_words: int = MIN_WORDS) -> Span | None:
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
    if len(words) < min_words:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _attribution(head: Any, speech_verbs: frozenset[str]) -> bool:
    """True for a trailing attribution parsed as content: "…, state media *reported*"."""
    if fixed_lemma(head) not in speech_verbs | REPORT_VERBS or head.i == 0:
        return False
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i]
    if not subj:
        return False
    lo = head.left_edge.i
    before = head.doc[lo - 1:subj[0].left_edge.i] if lo > 0 else head.doc[lo:subj[0].left_edge.i]
    return any(t.text == "," for t in before)


def _misparsed_complement(verb: Any) -> list[Any]:
    """A that-clause the parser hung on the verb's object as a relative clause.

    "told a briefing *that China opposed the sale*": the relative clause has a
    subject of its own besides "that" and an object of its own besides "that",
    so "that" cannot be its relative pronoun and the clause is the verb's content.
    """
    out = []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj", "dative"):
            continue
        for rel in obj.children:
            if rel.dep_ != "relcl":
                continue
            that = [c for c in rel.children if c.lower_ == "that" and c.i == rel.left_edge.i]
            if not that:
                continue
            subj = [c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"]
            role = that[0].dep_
            others = [c for c in rel.children if c.dep_ == role and c.lower_ != "that"]
            if subj and (role in ("nsubj", "nsubjpass") or others):
                out.append(rel)
    return out


def _with_infinitive(verb: Any, obj: Any, span: Span, text: str) -> Span:
    """"urged *rich nations to honour their pledges*": the object and its infinitive.

    A verb's object followed by the verb's ``xcomp`` (or the object's own
    infinitive clause) is reported as one clause, object to infinitive's end.
    """
    inf = [c for c in verb.children if c.dep_ == "xcomp" and c.i > obj.i]
    inf += [c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if not inf:
        return span
    more = _clause_span(inf[0], verb, text, 1)
    if more is None or more[0] < span[1]:
        return span
    return span[0], more[1]


def reported_clauses(doc: Any, speech_verbs: frozenset[str], object_verbs: frozenset[str],
                     direct: list[Span], questions: frozenset[str] = frozenset()
                     ) -> Iterator[tuple[Any, Span]]:
    """(verb token, clause span) for each indirect report in ``doc``.

    A clause opened by one of ``questions`` ("asked *whether* …") is a question,
    not a statement, and is skipped.
    """

    def overlaps(span: Span) -> bool:
        """True when a direct quote claims the clause.

        A direct quote set inside the clause, with the clause going on after it
        ("would not give up “a single square inch” *of its territory*"), is a
        partial quote: the clause is still reported speech.
        """
        for s, e in direct:
            if s >= span[1] or e <= span[0]:
                continue
            inside = s > span[0] and e < span[1]
            if not (inside and any(c.isalnum() for c in text[e + 1:span[1]])):
                return True
        return False

    starts = sorted(direct)
    text = doc.text  # built once: Doc.text joins every token

    def inside(char: int) -> bool:
        k = bisect.bisect_right(starts, (char, 10**12)) - 1
        return k >= 0 and starts[k][0] <= char < starts[k][1]

    out: list[tuple[Any, Span, bool]] = []
    for tok in doc:
        if tok.pos_ != "VERB" or fixed_lemma(tok) not in speech_verbs or inside(tok.idx):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        heads = [c for c in tok.children if c.dep_ == "ccomp" and not _attribution(c, speech_verbs)]
        if not heads:
            heads = _misparsed_complement(tok)
        if not heads and fixed_lemma(tok) in object_verbs:
            heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        for head in heads:
            if any(c.dep_ == "mark" and c.lower_ in questions for c in head.children):
                continue
            if head.dep_ in ("dobj", "obj"):
                span = _clause_span(head, tok, text, 1)
                span = None if span is None else _with_infinitive(tok, head, span, text)
                if span is not None and len(text[span[0]:span[1]].split()) < MIN_WORDS:
                    span = None
            else:
                span = _clause_span(head, tok, text)
            if span is None or span[0] < tok.idx and tok.idx < span[1] or overlaps(span):
                continue
            out.append((tok, span, head.dep_ in ("dobj", "obj")))
    for tok, span, is_object in out:
        # an object report inside another report is part of it: "He urged Iran to …, officials said"
        if is_object and any(o[1] != span and o[1][0] <= span[0] and span[1] <= o[1][1] for o in out):
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
