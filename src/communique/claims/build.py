"""Claims from three sources: coded events, quotes, and stance clauses.

* **Events** of the stance-bearing CAMEO codes (``cameo`` in
  ``data/stances.yml``: appeals, intents, demands, disapproval, rejections,
  threats): the source holds the stance, the target is the event's target,
  the issue comes from the trigger's object, the date is the event's date.
* **Quotes** (direct or indirect): stance cues inside the quote
  or on the path from the quote up to its speech verb ("stressed *the need
  for* “…”"). The holder is the cue's own subject when that is an actor
  ("X said *Iran* is ready to …"), else the speaker (no claim when both are
  unknown).
* **Clauses** outside quotes whose cue has an actor as subject ("Damascus
  demands full withdrawal of Turkish troops").

A demand followed by "for X to be <done>" or a listed condition phrase also
gives a ``condition`` claim. Dates come from the event, else from a resolved
day, week or month phrase in the evidence sentence, else the publication date.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..article import ActorRef, Article, Claim, Quote
from ..cameo import side
from ..quotes.data import load_rules
from ..quotes.speakers import MentionIndex
from .cues import Found, find_cues, imperatives
from .data import Lexicon
from .issue import Issue, IssueBuilder

Span = tuple[int, int]
FIRST_PERSON = {"we", "i", "us", "me", "our", "my"}
#: Date phrases precise enough to date a claim (others leave the publication date).
DATED = ("day", "week", "month")


class ClaimBuilder:
    """Collects the raw (unmerged) claims of one parsed article."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.doc = article.doc
        self.lex = lex
        self.index = MentionIndex(article)
        self.words = IssueBuilder(lex)
        self.quote_spans = sorted((q.start, q.end) for q in article.quotes)
        self.used: set[int] = set()  # cue tokens already turned into claims
        self.state_names = {a.code: a.name for a in article.actors if a.kind == "state"}

    # -- small helpers ----------------------------------------------------------
    def ref_of(self, tok: Any) -> ActorRef | None:
        """The actor a token names (a pronoun only through a pronoun mention)."""
        if tok is None:
            return None
        m = self.index.at(tok.idx, tok.idx + len(tok.text))
        if m is None or (tok.pos_ == "PRON" and m.kind != "pronoun"):
            return None
        return self.article.ref(m)

    def country(self, ref: ActorRef) -> str:
        actor = self.article.actor(ref.actor)
        return (actor.country if actor and actor.country else side(ref.code)).upper()

    def sentence_span(self, tok: Any) -> Span:
        sent = tok.sent
        return self.strip((sent.start_char, sent.end_char))

    def strip(self, span: Span) -> Span:
        """``span`` without the spaces and line breaks at its ends."""
        start, end = span
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def date_for(self, span: Span) -> str | None:
        for d in sorted(self.article.dates, key=lambda d: d.start):
            if span[0] <= d.start < span[1] and d.value and d.granularity in DATED:
                return d.value
        return self.article.published.isoformat() if self.article.published else None

    def quoted_tokens(self) -> set[int]:
        """Indices of the tokens inside any quote."""
        out: set[int] = set()
        for start, end in self.quote_spans:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out

    def target_for(self, issue: Issue, holder: str) -> str | None:
        for m in self.index.before(issue.start, issue.end + 1):
            ref = self.article.ref(m)
            if self.country(ref) != holder:
                return ref.code
        return None

    def word_issue(self, issue: Issue, holder: str, ref: ActorRef) -> str:
        """The issue's text; a withdrawal demanded by a state is a withdrawal from it."""
        text = issue.text
        actor = self.article.actor(ref.actor)
        name = self.state_names.get(holder) if actor is not None and actor.kind == "state" else None
        if (issue.head in self.lex.movement_nouns and " from " not in f" {text} " and name
                and name.lower() not in text.lower()):
            text = f"{text} from {name}"
        return text

    # -- turning a cue into claims ------------------------------------------------
    def from_found(self, found: Found, ref: ActorRef, quote: str | None, target: str | None = None,
                   date: str | None = None, span: Span | None = None) -> Iterator[Claim]:
        self.used.add(found.cue.i)
        span = self.strip(span) if span else self.sentence_span(found.cue)
        date = date or self.date_for(span)
        holder = self.country(ref)
        if target is None and found.target is not None:
            t = self.ref_of(found.target)
            target = t.code if t else None
        for obj in found.objects:
            for issue in self.words.issues(obj):
                text = self.word_issue(issue, holder, ref)
                claim = Claim(actor=ref.actor, code=ref.code, stance=found.stance, issue=text,
                              target=target or self.target_for(issue, holder),
                              quote=quote, evidence_spans=[span], quotes=[quote] if quote else [],
                              date=date)
                yield claim
                yield from self.conditions(found.cue, claim)

    def conditions(self, cue: Any, claim: Claim) -> Iterator[Claim]:
        sent = cue.sent
        for t in (sent if claim.stance == "demand" else ()):  # "for relations to be restored"
            if t.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in t.children) \
                    or not any(c.lower_ == "to" for c in t.children):
                continue
            noun = t.head if t.dep_ in ("relcl", "acl") else next(
                (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            inner = self.words.finish(self.words.noun_phrase(noun, 2))
            yield self._condition(claim, f"{t.lower_} {inner} on {claim.issue}")
            return
        words = [t.lower_ for t in sent]
        for phrase in self.lex.condition_phrases:
            n = len(phrase)
            for k in range(len(words) - n + 1):
                if tuple(words[k:k + n]) == phrase and not self._in_idiom(words, k, n):
                    rest: list[str] = []
                    for t in sent[k + n:]:
                        if t.is_punct or len(rest) >= 8:
                            break
                        rest.append(t.text)
                    if rest:
                        yield self._condition(claim, f"{claim.issue} {' '.join(phrase)} {' '.join(rest)}")
                        return

    def _in_idiom(self, words: list[str], k: int, n: int) -> bool:
        """True when the phrase at ``words[k:k+n]`` lies inside a listed condition idiom."""
        for idiom in self.lex.condition_idioms:
            m = len(idiom)
            for j in range(max(0, k + n - m), k + 1):
                if tuple(words[j:j + m]) == idiom:
                    return True
        return False

    @staticmethod
    def _condition(claim: Claim, issue: str) -> Claim:
        return Claim(actor=claim.actor, code=claim.code, stance="condition", issue=issue,
                     target=claim.target, quote=claim.quote, evidence_spans=list(claim.evidence_spans),
                     quotes=list(claim.quotes), date=claim.date)

    def is_actor(self, tok: Any) -> bool:
        return self.ref_of(tok) is not None

    # -- the three sources ----------------------------------------------------------
    def from_events(self) -> Iterator[Claim]:
        for event in self.article.events:
            stance = self.lex.stance_for_cameo(event.cameo)
            if stance is None or event.source is None or event.mode == "negated":
                continue
            span = self.doc.char_span(event.trigger_span[0], event.trigger_span[1],
                                      alignment_mode="expand") if event.trigger_span[1] else None
            target = event.target.code if event.target else None
            date = event.date.value if event.date and event.date.value else None
            evidence = event.sentence_span if event.sentence_span[1] else None
            quote = next((q.id for q in self.article.quotes
                          if q.start <= event.trigger_span[0] < q.end), None)
            found: list[Found] = []
            if span is not None and len(span):
                found = [f for f in find_cues([span.root], self.lex, self.is_actor)]
                if not found:  # the event's own stance, on what its trigger points at
                    objs = self.trigger_objects(span.root)
                    if self.is_speech(span.root) and not objs:
                        continue  # "…,” X told local television": the quote carries the claim
                    if objs and all(o.pos_ == "PRON" for o in objs):
                        continue  # "support it": nothing to word the issue from
                    found = [Found(span.root, stance, objs, None)] if objs else []
            claims = []
            for f in found:
                claims += list(self.from_found(f, event.source, quote, target, date, evidence))
            if not claims and event.cameo_name:
                claims = [Claim(actor=event.source.actor, code=event.source.code, stance=stance,
                                issue=event.cameo_name.lower(), target=target, quote=quote,
                                evidence_spans=[evidence] if evidence else [],
                                quotes=[quote] if quote else [],
                                date=date or self.date_for(evidence or (0, 0)))]
            yield from claims

    @staticmethod
    def is_speech(tok: Any) -> bool:
        """True for a verb of speech ("say", "tell"), as the quotes stage lists them."""
        return tok.pos_ == "VERB" and tok.lemma_.lower() in load_rules().speech_verbs

    def trigger_objects(self, trigger: Any) -> list[Any]:
        """What a trigger that is no stance cue points at.

        A verb that names an issue itself ("withdraw", "end") is its own issue;
        a noun that is the subject of "be" points at the complement ("the main
        goal was *to end* …"); another noun is its own issue; another verb points
        at its object or infinitive.
        """
        lemma = trigger.lemma_.lower()
        if trigger.pos_ == "VERB" and self.is_speech(trigger):
            # a speech verb's object is its audience ("told *reporters*"); its clause is the issue
            return [c for c in trigger.children if c.dep_ == "ccomp"][:1]
        if trigger.pos_ == "VERB":
            if lemma in self.lex.nominalisations:
                return [trigger]
            return [c for c in trigger.children if c.dep_ in ("dobj", "obj", "xcomp")][:1]
        if trigger.pos_ in ("NOUN", "PROPN"):
            if trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
                comp = [c for c in trigger.head.children if c.dep_ in ("xcomp", "attr", "ccomp")]
                if comp:
                    return comp[:1]
            return [trigger]
        return []

    def _quote_tokens(self, quote: Quote) -> list[Any]:
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            return []
        toks = list(span)
        inside = {t.i for t in toks}
        chain: list[Any] = []
        for t in toks:
            if t.head.i in inside and t.head.i != t.i:
                continue
            cur = t
            for _ in range(6):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.i in inside:
                    break
                chain.append(cur)
                if cur.lemma_.lower() in ("say", "tell", "add", "quote", "write", "tweet"):
                    break
        return toks + chain

    def from_quotes(self) -> Iterator[Claim]:
        for quote in self.article.quotes:
            tokens = self._quote_tokens(quote)
            commands = list(imperatives([t for t in tokens if quote.start <= t.idx < quote.end], self.lex)
                            ) if quote.direct and quote.speaker is not None else []
            for found in list(find_cues(tokens, self.lex, self.is_actor)) + commands:
                if found.cue.i in self.used:
                    continue
                ref = self._quote_holder(found, quote)
                if ref is not None:
                    yield from self.from_found(found, ref, quote.id)

    def _quote_holder(self, found: Found, quote: Quote) -> ActorRef | None:
        holder = found.holder
        speaker = quote.speaker
        if speaker is None:
            return self.ref_of(holder)
        if holder is None or holder.lower_ in FIRST_PERSON:
            return speaker
        own = self.ref_of(holder)
        if own is not None:
            return own
        if holder.pos_ == "PRON":
            inside = quote.start <= holder.idx < quote.end
            if speaker.span and speaker.span[0] == holder.idx:
                return speaker
            if not inside:
                return speaker
            if not quote.direct and self._fits(holder, speaker):
                return speaker  # "the ministry said *it* supports …": the speaker itself
            return None
        return speaker

    def _fits(self, pronoun: Any, ref: ActorRef) -> bool:
        """True when a third-person pronoun can stand for the actor of ``ref``."""
        actor = self.article.actor(ref.actor)
        if actor is None:
            return False
        low = pronoun.lower_
        if low in ("he", "she", "his", "her", "him"):
            return actor.kind == "person"
        return low in ("it", "its", "they", "their", "them") and actor.kind != "person"

    def from_clauses(self) -> Iterator[Claim]:
        quoted = self.quoted_tokens()
        tokens = [t for t in self.doc if t.i not in quoted and t.i not in self.used]
        for found in find_cues(tokens, self.lex, self.is_actor):
            if found.cue.i in self.used or found.holder is None:
                continue
            for holder in [found.holder] + list(found.holder.conjuncts):  # "X and Y urged …"
                ref = self.ref_of(holder)
                if ref is not None:
                    yield from self.from_found(found, ref, None)

    def build(self) -> list[Claim]:
        out = list(self.from_events())
        out += list(self.from_quotes())
        out += list(self.from_clauses())
        return out
