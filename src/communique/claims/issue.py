"""Wording an issue: a short normalised phrase from the object of a stance.

From the head token of the object, the builder

1. steps through *light* words that only point at the issue ("the need for X",
   "the subject of X", "work together to establish the basis for X" -> X);
2. writes the head (``head_synonyms`` applied: troops -> forces; a verb turned
   into a noun by ``nominalisations``: normalize -> normalisation) with its
   kept left modifiers (no articles, possessive pronouns or ``drop_modifiers``)
   and its prepositional phrases (``keep_preps``, two levels deep);
3. applies ``rewrites`` ("in the fight against" -> "against") and cuts the
   phrase to ``max_words``.

Coordinated objects give one issue each ("cooperation against terrorism and
the return of refugees" -> two issues).

>>> Issue("withdrawal of Turkish forces", 10, 40, "withdrawal").words
['withdrawal', 'of', 'turkish', 'forces']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .data import Lexicon

NOUNS = ("NOUN", "PROPN")
VERBS = ("VERB", "AUX")
POINT_PREPS = ("for", "of", "to", "on", "toward", "towards", "in")
_TRAIL = {"of", "against", "from", "between", "with", "on", "to", "for", "over", "toward", "towards",
          "in", "and", "or", "the", "a", "an"}


@dataclass
class Issue:
    """An issue phrase and the character range of the tokens it came from."""

    text: str
    start: int
    end: int
    head: str

    @property
    def words(self) -> list[str]:
        return self.text.lower().split()


def _prep_object(tok: Any, preps: tuple[str, ...] | frozenset[str]) -> Any | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ in ("pobj", "pcomp"):
                    return grand
    return None


def _is_purpose(tok: Any) -> bool:
    """True for "relations" in "for relations to be restored" (a condition, not a modifier)."""
    return any(c.dep_ in ("relcl", "acl", "xcomp") and any(a.lower_ == "to" for a in c.children)
               for c in tok.children)


def _join(tokens: list[Any], word: Any = None) -> str:
    """Tokens as text, with a space wherever the source had one or tokens were left out."""
    out = ""
    for k, t in enumerate(tokens):
        if k and not (tokens[k - 1].i == t.i - 1 and not tokens[k - 1].whitespace_):
            out += " "
        out += word(t) if word else t.text
    return out


class IssueBuilder:
    """Builds issue phrases from a parse, with the rules of a :class:`Lexicon`."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._span: list[int] = []

    # -- stepping through light words ---------------------------------------
    def core(self, tok: Any) -> Any:
        for _ in range(8):
            lemma = tok.lemma_.lower()
            nxt = None
            if tok.pos_ in NOUNS and (lemma in self.lex.light_nouns or tok.lower_ in self.lex.light_nouns):
                nxt = _prep_object(tok, POINT_PREPS)
                if nxt is None:  # "any attempt *to displace* …", "efforts to expand NATO"
                    nxt = next((c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"
                                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            elif tok.pos_ == "VERB" and lemma in self.lex.light_verbs:
                for dep in ("dobj", "xcomp", "advcl"):
                    nxt = next((c for c in tok.children if c.dep_ == dep), None)
                    if nxt is not None:
                        break
                if nxt is None:
                    nxt = _prep_object(tok, POINT_PREPS)
            if nxt is None:
                return tok
            tok = nxt
        return tok

    # -- wording ------------------------------------------------------------
    def _mark(self, *toks: Any) -> None:
        for t in toks:
            self._span.extend((t.idx, t.idx + len(t.text)))

    def _head_word(self, tok: Any) -> str:
        syn = self.lex.head_synonyms.get(tok.lower_) or self.lex.head_synonyms.get(tok.lemma_.lower())
        if syn:
            return syn
        return tok.text if tok.pos_ == "PROPN" else tok.lower_

    def _keep_left(self, t: Any) -> bool:
        if t.dep_ in ("det", "predet", "punct", "prep", "advmod", "nummod", "quantmod") and t.text != "-":
            return False
        if t.lower_ in self.lex.drop_modifiers or (t.dep_ == "poss" and t.pos_ == "PRON"):
            return False
        return not t.is_space and t.text not in "“”\"‘’'"

    def _casing(self, t: Any) -> str:
        if t.pos_ == "PROPN" or (t.text[:1].isupper() and not t.is_sent_start):
            return t.text
        return t.lower_

    def _preps(self, tok: Any, depth: int, skip: str = "") -> list[str]:
        out: list[str] = []
        if depth >= 2:
            return out
        for child in tok.rights:
            if child.dep_ != "prep" or child.lower_ not in self.lex.keep_preps or child.lower_ == skip:
                continue
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is None or _is_purpose(obj) or self._starts_condition(child):
                continue
            self._mark(child)
            out.append(f"{child.lower_} {self.phrase(obj, depth + 1, join_conj=True)}")
        return out

    def _starts_condition(self, tok: Any) -> bool:
        """True at "on" of "on condition that …" (a condition, not part of the issue)."""
        words = [t.lower_ for t in tok.doc[tok.i:tok.i + 5]]
        return any(tuple(words[:len(p)]) == p for p in self.lex.condition_phrases)

    def phrase(self, tok: Any, depth: int = 0, join_conj: bool = False) -> str:
        if tok.pos_ in VERBS or tok.tag_ == "VBG":
            text = self.verb_phrase(tok, depth)
        else:
            text = self.noun_phrase(tok, depth)
        if join_conj:
            for conj in tok.conjuncts:
                if conj.i > tok.i:
                    text += " and " + (self.verb_phrase(conj, depth) if conj.pos_ in VERBS
                                       else self.noun_phrase(conj, depth))
        return text

    def noun_phrase(self, tok: Any, depth: int = 0) -> str:
        left = [t for t in tok.doc[tok.left_edge.i:tok.i]
                if self._keep_left(t) and tok in t.ancestors]
        self._mark(tok, *left)
        if left and left[0].tag_ == "VBG" and left[0].lemma_.lower() in self.lex.nominalisations:
            # "normalizing Turkish-Syrian relations" -> "normalisation of Turkish-Syrian relations"
            rest = _join(left[1:], self._casing)
            inner = f"{rest} {self._head_word(tok)}".strip()
            return " ".join([f"{self.lex.nominalisations[left[0].lemma_.lower()]} of {inner}"]
                            + self._preps(tok, depth))
        while left and left[0].dep_ == "cc":
            left = left[1:]
        while left and left[-1].dep_ == "cc":
            left = left[:-1]
        head = self._head_word(tok)
        text = _join(left + [tok], lambda t: head if t is tok else self._casing(t))
        return " ".join([text] + self._preps(tok, depth))

    def verb_phrase(self, tok: Any, depth: int = 0) -> str:
        lemma = tok.lemma_.lower()
        self._mark(tok)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
                    None)
        noun = self.lex.nominalisations.get(lemma)
        if noun is not None:
            # "withdraw troops" -> "withdrawal of troops"; "troops must leave Syria"
            # with "leave: withdrawal from" -> "withdrawal of forces from Syria"
            noun, _, obj_prep = noun.partition(" ")
            parts = [noun]
            theme = subj if obj_prep or obj is None else obj
            if theme is not None and (theme is obj or tok.dep_ not in ("xcomp", "advcl")):
                parts.append("of " + self.phrase(theme, depth + 1, join_conj=True))
            if obj_prep and obj is not None:
                parts.append(f"{obj_prep} " + self.phrase(obj, depth + 1, join_conj=True))
            if theme is None and obj is None:  # "stop arming Taiwan" -> "halt of arming Taiwan"
                comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
                if comp is not None:
                    self._mark(comp)
                    inner = [comp.lower_] + [self.phrase(c, depth + 1) for c in comp.children
                                             if c.dep_ in ("dobj", "obj")]
                    parts.append("of " + " ".join(inner))
            return " ".join(parts + self._preps(tok, depth, skip="of" if obj is not None else ""))
        parts = [tok.lower_ if tok.tag_ == "VBG" else lemma]  # "against *arming* Taiwan"
        parts += [c.lower_ for c in tok.children if c.dep_ == "prt"]
        comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if comp is None:  # "help the two neighbours reach a settlement"
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        if obj is not None:
            parts.append(self.phrase(obj, depth + 1, join_conj=True))
        if comp is not None:
            comp_subj = next((c for c in comp.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if comp_subj is not None and obj is None:
                parts.append(self.noun_phrase(comp_subj, 2))
            parts.append(self.verb_phrase(comp, depth))
        return " ".join(parts + self._preps(tok, depth))

    # -- public -------------------------------------------------------------
    def finish(self, text: str) -> str:
        text = re.sub(r"\s+", " ", text).strip(" ,.;:“”\"'‘’")
        low = f" {text.lower()} "
        for old, new in self.lex.rewrites:
            pat = f" {old} "
            while pat in low:
                k = low.index(pat)
                text = (text[:k] + " " + new + " " + text[k + len(old):]).strip() if k else \
                    (new + " " + text[len(old):]).strip()
                text = re.sub(r"\s+", " ", text)
                low = f" {text.lower()} "
        words = text.replace(" - ", "-").split()
        words = [w for w in words if w.strip(",.;:")][: self.lex.max_words]
        while words and words[-1].lower() in _TRAIL:
            words.pop()
        return " ".join(words).strip(" ,.;:")

    def issues(self, head: Any) -> list[Issue]:
        """One issue per coordinated object at ``head`` (after light words)."""
        out = []
        first = self.core(head)
        heads = [first] + [c for c in first.conjuncts if c.i > first.i]
        seen = set()
        for h in heads:
            core = self.core(h)
            if core.i in seen:
                continue
            seen.add(core.i)
            self._span = []
            text = self.finish(self.phrase(core))
            if text and self._span:
                out.append(Issue(text, min(self._span), max(self._span), core.lemma_.lower()))
        return out
