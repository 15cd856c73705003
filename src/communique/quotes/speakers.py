"""Who said it: finding the speech verb of a quote and the actor behind it.

Patterns, in the order they are tried for one quote:

1. the closest speech verb governing the quote in the parse ("Lavrov said he
   sees Moscow's task as “…”"; "“…,” he said"), or governed by it, else the
   nearest speech verb of the same sentence outside every quote;
2. from that verb: "state media quoted X as saying" (X, the object of *quote*),
   "X was quoted as saying" (the passive subject), else the verb's subject,
   borrowed from the verb it hangs on for "… and said", "…, adding that";
3. "according to X" in the sentence;
4. a quote that fills its paragraph continues the previous paragraph's speaker.

A subject links to an actor through the actors stage's mentions. A pronoun
takes, in turn: its own pronoun mention; the actor subject of the clause it is
embedded in ("Moscow hosted talks that *it* said …", "X said *he* stressed …");
the one actor of its kind named in the last sentences, or the latest speaker
when that is also the latest actor of its kind named. Anything else is
``None``: an unknown speaker is better than a wrong one.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..article import ActorRef, Article, Mention
from ..language.lemmas import fixed_lemma
from .data import Rules

Span = tuple[int, int]
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: How far back (in sentences) a pronoun looks for its actor.
PRONOUN_WINDOW = 3


class MentionIndex:
    """The article's mentions, sorted once, for fast look-ups by offset."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.mentions: list[Mention] = article.mentions
        self.starts = [m.start for m in self.mentions]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[:hi] if m.end > start]

    def at(self, start: int, end: int) -> Mention | None:
        """The longest mention overlapping ``[start, end)`` (as ``Article.mention_at``)."""
        best = None
        for m in self.overlapping(start, end):
            if best is None or (m.end - m.start) > (best.end - best.start):
                best = m
        return best

    def before(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


def _dateline(tok: Any) -> bool:
    """True for a dateline word the parser took for a subject ("LONDON -- X said")."""
    if not tok.is_upper or len(tok.text) < 2:
        return False
    doc = tok.doc
    return any(t.text in ("--", "—", "–", "-") for t in doc[tok.i + 1:min(len(doc), tok.i + 4)])


def _actor_ref(actor: Any, span: Span) -> ActorRef:
    """A reference to ``actor`` as named at ``span`` (a name part or a pronoun, not a mention)."""
    return ActorRef(actor=actor.id, code=actor.code, name=actor.name, span=span)


def _kind_fits(article: Article, mention: Mention, pronoun_kind: str) -> bool:
    actor = article.actor(mention.actor_id)
    if actor is None:
        return False
    if pronoun_kind == "person":
        return actor.kind == "person"
    return actor.kind != "person"


class Attributor:
    """Finds speakers for the quotes of one parsed article."""

    def __init__(self, article: Article, rules: Rules, quote_spans: list[Span]) -> None:
        self.article = article
        self.doc = article.doc
        self.rules = rules
        self.index = MentionIndex(article)
        self.quote_spans = sorted(quote_spans)
        self.sents = list(self.doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        #: (offset, actor id) of speakers found so far, for pronoun fallback.
        self.history: list[tuple[int, str]] = []

    # -- helpers ----------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quote_spans, (char, 10**12)) - 1
        return i >= 0 and self.quote_spans[i][0] <= char < self.quote_spans[i][1]

    def named(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        """Mentions inside ``[start, end)`` outside quotes (of ``kind``: person or not), in order."""
        return [m for m in self.index.before(start, end) if not self.in_quote(m.start)
                and (kind is None or _kind_fits(self.article, m, kind))]

    def sent_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def sentences_over(self, start: int, end: int) -> list[Any]:
        first, last = self.sent_index(start), self.sent_index(max(start, end - 1))
        return self.sents[first:last + 1]

    def paragraph(self, char: int) -> Span:
        """The line (paragraph) holding ``char``: quotes never take a verb from another."""
        text = self.article.text
        lo = text.rfind("\n", 0, char) + 1
        hi = text.find("\n", char)
        return lo, (len(text) if hi < 0 else hi)

    def is_speech(self, tok: Any) -> bool:
        return fixed_lemma(tok) in self.rules.speech_verbs and tok.pos_ in ("VERB", "AUX")

    # -- finding the verb -------------------------------------------------
    def speech_verb(self, start: int, end: int) -> Any | None:
        """The speech verb that reports the quote at ``[start, end)``, or None."""
        sents = self.sentences_over(start, end)
        lo, hi = self.paragraph(start)
        inside = [t for s in sents for t in s if start <= t.idx < end]
        outside = [t for s in sents for t in s if lo <= t.idx < hi
                   and not (start - 1 <= t.idx < end + 1) and not self.in_quote(t.idx)]
        if not inside:
            return None
        inside_ids = {t.i for t in inside}
        best: tuple[int, Any] | None = None
        for tok in inside:  # walk up from the quote's roots
            if tok.is_punct or tok.is_space or (tok.head.i in inside_ids and tok.head.i != tok.i):
                continue
            depth, cur = 0, tok
            while cur.head.i != cur.i and depth < 8:
                cur, depth = cur.head, depth + 1
                if cur.i not in inside_ids and self.is_speech(cur) and not self.in_quote(cur.idx) \
                        and lo <= cur.idx < hi:
                    if best is None or depth < best[0]:
                        best = (depth, cur)
                    break
        for tok in outside:  # a speech verb hanging on the quote ("…," he said)
            if not self.is_speech(tok):
                continue
            depth, cur = 0, tok
            while cur.head.i != cur.i and depth < 4:
                cur, depth = cur.head, depth + 1
                if cur.i in inside_ids:
                    if best is None or depth < best[0]:
                        best = (depth, tok)
                    break
        if best is not None:
            return best[1]
        verbs = [t for t in outside if self.is_speech(t)]
        if not verbs:
            return None
        return min(verbs, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))

    # -- from verb to speaker ---------------------------------------------
    def subject_of(self, verb: Any) -> Any | None:
        """The token naming who speaks through ``verb``."""
        # "quoted X as saying" / "X was quoted as saying"
        cur = verb
        for _ in range(3):
            if fixed_lemma(cur) in self.rules.quoting_verbs and cur.pos_ == "VERB":
                objs = [c for c in cur.children if c.dep_ in ("dobj", "obj")]
                if objs:
                    return objs[0]
                subj = [c for c in cur.children if c.dep_ == "nsubjpass"]
                if subj:
                    return subj[0]
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
        cur = verb
        for _ in range(4):
            subj = [c for c in cur.children if c.dep_ in SUBJECTS and not _dateline(c)]
            if subj:
                return subj[0]
            agents = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return agents[0]
            if cur.dep_ in ("conj", "xcomp", "advcl", "pcomp") and cur.head.i != cur.i:
                cur = cur.head
                continue
            break
        return None

    def according_to(self, start: int, end: int) -> Any | None:
        for sent in self.sentences_over(start, end):
            toks = list(sent)
            for phrase in self.rules.source_phrases:
                n = len(phrase)
                for k in range(len(toks) - n + 1):
                    if self.in_quote(toks[k].idx):
                        continue
                    if tuple(t.lower_ for t in toks[k:k + n]) == phrase:
                        objs = [c for c in toks[k + n - 1].children if c.dep_ == "pobj"]
                        if objs:
                            return objs[0]
                        if k + n < len(toks):
                            return toks[k + n]
        return None

    def ref_for(self, tok: Any) -> ActorRef | None:
        """The actor a subject token names, or None."""
        kind = self.rules.pronoun_kind(tok.text) if tok.pos_ == "PRON" else None
        if kind is not None:
            return self.resolve_pronoun(tok, kind)
        if tok.pos_ == "PRON":
            return None
        end = tok.idx + len(tok.text)
        m = self.index.at(tok.idx, end)
        if m is not None:
            return self.article.ref(m)
        person = self.person_by_name_part(tok)
        if person is not None:
            return person
        for child in tok.children:  # "the ministry's spokesman, X," -> X
            if child.dep_ == "appos":
                m = self.index.at(child.idx, child.idx + len(child.text))
                if m is not None:
                    return self.article.ref(m)
        head = self.head_actor(tok)
        if head is not None:
            return head
        for child in tok.children:  # "X, a spokesman for Iran's foreign ministry," -> the ministry
            if child.dep_ == "appos":
                head = self.head_actor(child)
                if head is not None:
                    return head
        if self.is_role_anaphor(tok):  # "the minister said" -> the person last named
            return self.resolve_title(tok)
        return None

    def resolve_title(self, tok: Any) -> ActorRef | None:
        """The actor "the minister" / "the ministry" points back to.

        The latest mention outside quotes in the last few sentences whose text
        holds the same word ("Polish Foreign *Minister* Radoslaw Sikorski");
        failing that, for a title of a person, whom "he" would stand for.
        """
        start, end = tok.idx, tok.idx + len(tok.text)
        first = self.sents[max(0, self.sent_index(start) - PRONOUN_WINDOW)].start_char
        word = tok.lower_
        same = [m for m in self.index.before(first, start) if not self.in_quote(m.start)
                and word in re.split(r"[\s\-]+", m.text.lower())]
        modifiers = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
        closest = [m for m in same if modifiers <= set(re.split(r"[\s\-]+", m.text.lower()))]
        if modifiers and closest:
            return self._as_pronoun(closest[-1], start, end)  # "the deputy press secretary"
        if same:
            return self._as_pronoun(same[-1], start, end)
        if word not in self.rules.role_nouns:
            return None  # "the ministry" never stands for a person
        return self.resolve_pronoun(tok, "person")

    def lone_person_before(self, verb: Any) -> ActorRef | None:
        """The person named right before ``verb``, else the one person actor named before
        it in its sentence, outside quotes.

        For a speech verb the parser left without a subject ("In a post, *X*,
        deputy chairman of …, wrote that …").
        """
        sent = verb.sent
        seen = self.named(sent.start_char, verb.idx, "person")
        if seen and not self.article.text[seen[-1].end:verb.idx].strip(" ,"):
            return self.article.ref(seen[-1])  # "…, Foreign Secretary William Hague said:"
        if len({m.actor_id for m in seen}) != 1:
            return None
        return self.article.ref(seen[-1])

    def intro_voice(self, cue: Any) -> ActorRef | None:
        """Who speaks in the statement a line introduces: the one person named in it, else
        the one actor named in it ("FCDO Spokesperson:" -> the United Kingdom)."""
        lo, hi = self.paragraph(cue.idx)
        seen = self.named(lo, hi)
        people = {m.actor_id for m in seen if _kind_fits(self.article, m, "person")}
        if len(people) == 1:
            return self.article.ref(next(m for m in seen if m.actor_id in people))
        if not people and len({m.actor_id for m in seen}) == 1:
            return self.article.ref(seen[0])
        return None

    def paragraph_subject(self, start: int, end: int) -> ActorRef | None:
        """The one person named in ``[start, end)`` outside quotes, when one of the
        mentions is a clause's subject ("X has condemned the attack." before a paragraph of
        unattributed speech)."""
        seen = self.named(start, end, "person")
        if len({m.actor_id for m in seen}) != 1:
            return None
        for m in seen:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            tok = span.root if span is not None and len(span) else None
            while tok is not None and tok.dep_ in ("compound", "appos", "flat", "conj") and tok.head.i != tok.i:
                tok = tok.head
            if tok is not None and tok.dep_ in SUBJECTS:
                return self.article.ref(m)
        return None

    def is_head(self, tok: Any) -> bool:
        return fixed_lemma(tok) in self.rules.speaker_heads or tok.lower_ in self.rules.speaker_heads

    def head_actor(self, tok: Any) -> ActorRef | None:
        """For a speaker head ("officials", "statement"), the actor it speaks for.

        The actor named in its modifiers ("*Turkish* officials") or, failing
        that, in a ``head_links`` phrase after it ("a statement *from the
        ministry*", "a spokesman *for Iran's foreign ministry*").
        """
        if not self.is_head(tok):
            return None
        inner = self.index.before(tok.left_edge.idx, tok.idx + len(tok.text))
        if inner:
            return self.article.ref(inner[-1])
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in self.rules.head_links:
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    m = self.index.at(obj.idx, obj.idx + len(obj.text))
                    if m is None:
                        found = self.index.before(obj.left_edge.idx, obj.idx + len(obj.text))
                        m = found[-1] if found else None
                    if m is not None:
                        return self.article.ref(m)
                    deeper = self.head_actor(obj)
                    if deeper is not None:
                        return deeper
        return None

    def is_role_anaphor(self, tok: Any) -> bool:
        """True for "the minister", "the president": a title with "the" and no actor named."""
        if tok.pos_ != "NOUN" or tok.lower_ not in self.rules.role_nouns | self.rules.body_nouns:
            return False
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return False
        return not any(c.dep_ in ("compound", "amod", "poss", "appos", "prep") and c.pos_ == "PROPN"
                       for c in kids)

    def person_by_name_part(self, tok: Any) -> ActorRef | None:
        """A person actor whose name holds this proper noun ("Wang" -> Wang Yi), if only one does."""
        if tok.pos_ != "PROPN" or len(tok.text) < 3:
            return None
        hits = [a for a in self.article.actors if a.kind == "person"
                and tok.text in re.split(r"[\s\-]+", a.name)]
        if len(hits) != 1:
            return None
        a = hits[0]
        return _actor_ref(a, (tok.idx, tok.idx + len(tok.text)))

    def resolve_pronoun(self, tok: Any, kind: str) -> ActorRef | None:
        start, end = tok.idx, tok.idx + len(tok.text)
        own = self.index.at(start, end)
        if own is not None and own.kind == "pronoun":
            return self.article.ref(own)
        # the subject of the clause this pronoun's clause is embedded in
        cur = tok.head
        for _ in range(4):
            if cur.head.i == cur.i:
                break
            nxt = cur.head
            if cur.dep_ == "relcl" and nxt.dep_ in ("pobj", "dobj"):
                nxt = nxt.head.head if nxt.dep_ == "pobj" else nxt.head
            subj = [c for c in nxt.children if c.dep_ in SUBJECTS and c.i != tok.i]
            if subj:
                s = subj[0]
                if s.pos_ != "PRON":
                    m = self.index.at(s.idx, s.idx + len(s.text))
                    if m is not None and _kind_fits(self.article, m, kind):
                        return self._as_pronoun(m, start, end)
                break
            cur = nxt
        first = self.sents[max(0, self.sent_index(start) - PRONOUN_WINDOW)].start_char
        if self.is_speech(tok.head) and tok.dep_ in SUBJECTS:  # "…,” she added: the speaker just heard
            latest = self.latest_speaker(first, (start, end), kind)
            if latest is not None:
                return latest
        # the one actor of this kind in the last few sentences
        seen = self.named(first, start, kind)
        actors = {m.actor_id for m in seen}
        if len(actors) == 1:
            return self._as_pronoun(seen[-1], start, end)
        if seen and self.history:
            last_speaker = self.history[-1][1]
            if seen[-1].actor_id == last_speaker:
                return self._as_pronoun(seen[-1], start, end)
        return None

    def latest_speaker(self, first: int, span: Span, kind: str) -> ActorRef | None:
        """The speaker last heard since ``first``, when of ``kind`` ("he said" goes on with them)."""
        if not self.history or not first <= self.history[-1][0] < span[0]:
            return None
        actor = self.article.actor(self.history[-1][1])
        if actor is None or (actor.kind == "person") != (kind == "person"):
            return None
        return _actor_ref(actor, span)

    def _as_pronoun(self, antecedent: Mention, start: int, end: int) -> ActorRef:
        ref = self.article.ref(antecedent)
        ref.span = (start, end)
        return ref

    # -- the whole search -------------------------------------------------
    def attribute(self, start: int, end: int) -> tuple[ActorRef | None, str | None, Any]:
        """(speaker, verb lemma, verb token) for the quote at ``[start, end)``."""
        verb = self.speech_verb(start, end)
        speaker: ActorRef | None = None
        lemma = None
        if verb is not None:
            lemma = self.verb_lemma(verb)
            subj = self.subject_of(verb)
            if subj is not None:
                speaker = self.ref_for(subj)
        if speaker is None:
            src = self.according_to(start, end)
            if src is not None:
                speaker = self.ref_for(src)
        if speaker is None and verb is None:
            host = self.host_verb(start, end)
            if host is not None:  # "Rice described the attack as “brutal.”": the clause's subject
                subj = self.subject_of(host)
                speaker = self.ref_for(subj) if subj is not None and subj.pos_ != "PRON" else None
                if speaker is not None:
                    verb, lemma = host, fixed_lemma(host)
        self.remember(start, speaker)
        return speaker, lemma, verb

    def host_verb(self, start: int, end: int) -> Any | None:
        """The verb outside the quote that the words of a quote inside a sentence hang on."""
        sents = self.sentences_over(start, end)
        if len(sents) != 1 or sents[0].start_char >= start - 1:
            return None  # a quote that opens its sentence is reported speech of its own
        inside = [t for t in sents[0] if start <= t.idx < end]
        ids = {t.i for t in inside}
        for tok in inside:
            if tok.head.i in ids and tok.head.i != tok.i:
                continue
            cur = tok
            for _ in range(6):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.i not in ids and cur.pos_ in ("VERB", "AUX") and not self.in_quote(cur.idx):
                    return cur
        return None

    def verb_lemma(self, verb: Any) -> str:
        """The reporting lemma: "say" for "quoted as saying", else the verb's own."""
        lemma = fixed_lemma(verb)
        if lemma in self.rules.quoting_verbs:
            for child in verb.children:
                for sub in child.children:
                    if sub.dep_ == "pcomp" and self.is_speech(sub):
                        return fixed_lemma(sub)
        return lemma

    def remember(self, start: int, speaker: ActorRef | None) -> None:
        if speaker is not None:
            self.history.append((start, speaker.actor))
