"""Date one event: when did it happen?

The events stage calls :func:`date_event` once per event, in text order, after
appending the earlier events to ``article.events``. The answer is the first of:

1. a date expression attached to the event in its own clause: in the parse,
   the expression hangs from the trigger or from the trigger's governing verb
   without crossing into another clause ("had held talks in Moscow in
   December"; a relative clause about an earlier meeting does not count);
2. a date expression elsewhere in the sentence, except one inside a relative
   clause or other clause the trigger is not part of, or a future one when the
   event's own clause is not future; expressions on the
   trigger's own chain of governing verbs come first, then the nearest;
3. in a government's own release (``meta.publisher``, set by the actors
   stage), the publication date when the event's clause is the sentence's main
   clause in the present simple and unreported ("The UK strongly condemns …",
   "We urge Rwanda to …"): the release speaks on the day it is published,
   whatever earlier events the sentence mentions (wire copy keeps step 5:
   "Damascus demands …" in a story about Wednesday's talks is Wednesday's);
4. the date of an earlier event that a definite event noun refers back to
   ("the meeting", "the talks", "Wednesday's summit"), when that event was
   dated from an expression;
5. the story's day: the day named in the lede (the first two sentences), when
   it lies within a week before publication; news copy dates its undated
   statements to that day ("Mekdad added that ..." in a story that opened
   "met in Moscow on Wednesday"). Switch this off with ``story_day: false`` in
   ``time/data/context.yml``;
6. the narrative's anchor: of the last dates named with their year before the
   sentence (days, months, seasons or years, not periods), the latest, when it lies more than
   ``anchor_days`` (``time/data/context.yml``) before publication, no date named
   before the sentence is that recent (news copy that has come to the present,
   "on Tuesday", dates as in step 7), and the event's clause tells the past, not
   the present or the future: an account of
   past events ("On 23 March 2007 fifteen sailors were detained … The sailors
   were taken to Tehran") dates each undated sentence to the time it is telling;
7. the publication date, with granularity ``publication``; without one,
   ``value`` None and granularity ``unknown``.

In steps 1 and 2 a date is not the event's when it tells the time of something else on
the way up to the trigger: another event noun ("condemns the July 7 attack"), a clause
about a noun ("Russia's decision to expel a diplomat last month"), a dateline ("WASHINGTON,
Oct. 23, 2016 –"), or, for an intent, a time still to come or still running at
publication; a bare year that names a thing ("the 2019 airstrike") gives way to a finer
date, and a relative date spelled out in brackets ("Yesterday [Wednesday 30 January]") is
that date.

Each answer records its rule (``EventDate.rule``): ``clause``, ``sentence``,
``release``, ``coreference``, ``story``, ``anchor``, ``publication`` or ``unknown``.

An expression that names a period back from the dateline ("during the
12-year war", "over the past decade", "since 2011") dates the event as a
background state: ``EventDate(value=None, granularity="period")`` with the
phrase and span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..article import Article, DateExpr, Event, EventDate
from ..intervals import interval
from .lexicon import EventNoun, Lexicon, load_lexicon
from .tense import VERBS, governing_verb, present_simple, token_at, verb_is_future

#: Dependency labels that open a new clause below a verb or noun.
CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "acl", "csubj", "csubjpass", "xcomp", "parataxis", "conj"}
#: Clauses whose dates belong to another event ("the ministers, who had met in March, ...").
FOREIGN_CLAUSES = {"relcl", "acl", "advcl", "parataxis"}
#: Granularities that say an earlier event was really dated from the text.
REUSABLE = {"day", "week", "month", "season", "year", "range"}
STORY_SENTENCES = 2
STORY_WINDOW_DAYS = 7
#: How many of the last dates named before a sentence can be its narrative anchor.
ANCHOR_WINDOW = 4
#: What may stand before a dateline's date (a place in capitals), and the dash after it.
DATELINE_LEAD = re.compile(r"^(?:[A-Z][A-Z .'’-]+,?\s*)?$")
DATELINE_DASH = re.compile(r"\s*(?:[–—]|--?)\s")
#: What lies between a date and the same date spelled out in brackets after it.
BRACKETED = re.compile(r"^\s*[\[(]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$")
#: A year written out in a date expression.
YEAR = re.compile(r"\b(1[5-9]|20)\d\d\b")


def date_event(article: Article, trigger: tuple[int, int], sentence: tuple[int, int],
               mode: str = "actual", cameo: str = "") -> EventDate | None:
    """When the event with ``trigger`` span in ``sentence`` span happened (see the module doc).

    An intent is dated when it is stated: a future date in its sentence is the date of
    what is intended ("will travel to Brussels on January 11"), not of the intent. With the
    event's ``cameo`` code, an event noun of the same class is the event's own ("hosted
    talks in April"); without it, every event noun is another event's."""
    lex = load_lexicon()
    doc = article.doc
    in_sentence = [d for d in article.dates if d.start >= sentence[0] and d.end <= sentence[1]
                   and not (mode == "intent" and _not_past(d, article.published)) and not _dateline(article.text, d)]
    root = _root(doc, trigger) if doc is not None and len(doc) else None
    if root is not None:
        own = _own_clause(doc, root, in_sentence, lex, cameo)
        others = _rest_of_sentence(doc, root, in_sentence, lex, cameo)
        if own is not None and _naming_year(own, _expr_root(doc, own)):
            finer = [d for d in others if d.granularity != "year" and not _is_period(d)]
            own = None if finer else own  # "The 2019 airstrike was a raid conducted on 26 February 2019"
            others = finer or others
        if own is not None:
            return _from_expr(_spelled_out(article.text, own, in_sentence), "clause")
    else:
        others = sorted(in_sentence, key=lambda d: _distance(d, trigger))
    if others:
        return _from_expr(_spelled_out(article.text, others[0], in_sentence), "sentence")
    if root is not None and article.published is not None and article.meta.get("publisher") \
            and _says_now(root, lex):
        return EventDate(value=article.published.isoformat(), granularity="publication", rule="release")
    earlier = _coreferent(article, root, trigger, sentence, lex)
    if earlier is not None:
        return earlier
    if lex.story_day:
        story = _story_day(article)
        if story is not None:
            return story
    anchor = _anchor(article, root, sentence, lex)
    if anchor is not None:
        return anchor
    if article.published is None:
        return EventDate(value=None, granularity="unknown", rule="unknown")
    return EventDate(value=article.published.isoformat(), granularity="publication", rule="publication")


# -- parse helpers -----------------------------------------------------------

def _says_now(root: Any, lex: Lexicon) -> bool:
    """A main clause in the present simple, unreported ("The UK strongly condemns …",
    "We urge Rwanda to …"): the text's own voice, speaking on the day it is published,
    not on the day of the earlier events it mentions."""
    verb = governing_verb(root) or root
    return verb.dep_ == "ROOT" and present_simple(verb, lex)


def _root(doc: Any, span: tuple[int, int]) -> Any:
    chars = doc.char_span(span[0], span[1], alignment_mode="expand")
    if chars is None or len(chars) == 0:
        return token_at(doc, span[0])
    return chars.root


def _expr_root(doc: Any, expr: DateExpr) -> Any:
    return _root(doc, (expr.start, expr.end))


def _attached(token: Any, head: Any, steps: int = 12) -> int | None:
    """Steps from ``token`` up to ``head`` without crossing into another clause, or None."""
    current = token
    for step in range(steps):
        if current.i == head.i:
            return step
        if current.i != token.i and current.dep_ in CLAUSE_DEPS and current.pos_ in VERBS:
            return None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_period(expr: DateExpr) -> bool:
    return bool(getattr(expr, "period", False))


def _own_clause(doc: Any, root: Any, dates: list[DateExpr], lex: Lexicon | None = None,
                cameo: str = "") -> DateExpr | None:
    heads = [root]
    verb = governing_verb(root)
    if verb is not None and verb.i != root.i:
        heads.append(verb)
    best: tuple[int, int, int, int, DateExpr] | None = None
    for expr in dates:
        token = _expr_root(doc, expr)
        if lex is not None and _bound_elsewhere(token, root, lex, _is_period(expr), cameo):
            continue
        for rank, head in enumerate(heads):
            steps = _attached(token, head)
            if steps is not None:
                key = (int(_is_period(expr)), _naming_year(expr, token), rank, steps, expr)
                if best is None or key[:4] < best[:4]:
                    best = key
                break
    return None if best is None else best[4]


def _spelled_out(text: str, expr: DateExpr, dates: list[DateExpr]) -> DateExpr:
    """The date a text spells out in brackets right after ``expr``: "Yesterday [Wednesday 30
    January]", "today (Tuesday 20 September)" say which day they mean."""
    for other in dates:
        if other is not expr and other.start > expr.end and BRACKETED.match(text[expr.end:other.start]) \
                and other.value and not _is_period(other):
            return other
    return expr


def _not_past(expr: DateExpr, published: date | None) -> bool:
    """True for a date that is still to come or still running when the text is published
    ("next week", "this week"): the time of what is intended, not of the intent."""
    if expr.future:
        return True
    if published is None or not expr.value:
        return False
    span = interval(expr.value)
    return span is not None and span[1] >= published


def _dateline(text: str, expr: DateExpr) -> bool:
    """True for the date of a dateline ("WASHINGTON, Oct. 23, 2016 – …"): the day of the
    report, not of its events."""
    lead = text[text.rfind("\n", 0, expr.start) + 1:expr.start]
    if not DATELINE_LEAD.match(lead):
        return False
    return bool(DATELINE_DASH.match(text, expr.end))


def _bound_elsewhere(token: Any, root: Any, lex: Lexicon, period: bool = False, cameo: str = "") -> bool:
    """True when the date tells the time of something else on its way up to the trigger:
    another event noun ("condemns the *July 7* attack", "welcomed the vote *yesterday*"),
    a clause about a noun ("Russia's decision to expel a diplomat *last month*"), or, for a
    period, any noun ("Barzani, president *since 2005*").  A clause describing what a copula
    says the event was ("the airstrike was a raid conducted *on 26 February*") is the event's."""
    current = token
    for _ in range(12):
        if current.i == root.i or current.head.i == current.i:
            return False
        current = current.head
        if current.i == root.i:
            return False
        if current.pos_ in VERBS:
            noun = current.head
            if current.dep_ in ("acl", "relcl", "xcomp") and noun.pos_ in ("NOUN", "PROPN") and noun.i != root.i \
                    and not current.is_ancestor(root):
                return not _described(noun, root)
            return False
        noun = lex.event_nouns.get(current.lower_) or lex.event_nouns.get(current.lemma_.lower())
        if current.pos_ == "NOUN" and noun is not None and cameo and any(cameo.startswith(c) for c in noun.cameo):
            return False  # "hosted talks in April": the event's own noun
        if current.pos_ == "NOUN" and (period or noun is not None):
            return not root.is_ancestor(current) or root.pos_ in VERBS
    return False


def _naming_year(expr: DateExpr, token: Any) -> int:
    """1 for a bare year that names a thing ("the 2019 Balakot airstrike", "the budget bill for
    2019", "fiscal year 2025"): any finer date in the clause comes first."""
    if expr.granularity != "year":
        return 0
    head = token.head
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return int(head.i != token.i and head.pos_ in ("NOUN", "PROPN"))


def _foreign(token: Any, trigger_root: Any) -> bool:
    """True when ``token`` sits in a relative/adverbial clause that does not hold the trigger."""
    current = token
    for _ in range(12):
        if current.dep_ in FOREIGN_CLAUSES and current.pos_ in VERBS:
            if current.dep_ == "acl" and (trigger_root.i in (current.head.i, current.head.head.i)
                                          or _described(current.head, trigger_root)) \
                    or current.dep_ == "relcl" and current.head.i == trigger_root.i:
                return False  # "a bombing raid conducted … on 26 February": the event's own description
            return trigger_root not in list(current.subtree)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _described(noun: Any, root: Any) -> bool:
    """True when ``noun`` is inside what a copula says the event was ("the test was the
    detonation of a device conducted on October 9")."""
    attrs = [c for c in root.children if c.dep_ == "attr"]
    return any(a.i == noun.i or a.is_ancestor(noun) for a in attrs)


def _ancestors(token: Any) -> list[Any]:
    return list(token.ancestors)


def _rest_of_sentence(doc: Any, root: Any, dates: list[DateExpr], lex: Lexicon, cameo: str = "") -> list[DateExpr]:
    chain = _ancestors(root)
    verb = governing_verb(root)
    future = verb is not None and verb_is_future(verb, lex)
    ranked = []
    for expr in dates:
        token = _expr_root(doc, expr)
        if _foreign(token, root) or _bound_elsewhere(token, root, lex, _is_period(expr), cameo):
            continue
        if expr.future and not future:
            continue  # "Turkey attacked X, and will hold talks next week": not the attack's date
        on_chain = any(_attached(token, head) is not None for head in chain)
        if _is_period(expr) and not on_chain:
            continue  # "Masoud Barzani, president since 2005": a state of someone, not the event's time
        ranked.append((_naming_year(expr, token), 0 if on_chain else 1, abs(expr.start - root.idx), expr.start, expr))
    ranked.sort(key=lambda r: r[:4])
    return [r[4] for r in ranked]


def _distance(expr: DateExpr, span: tuple[int, int]) -> int:
    return min(abs(expr.start - span[1]), abs(span[0] - expr.end))


def _from_expr(expr: DateExpr, rule: str) -> EventDate:
    if _is_period(expr):
        return EventDate(value=None, granularity="period", phrase=expr.phrase, span=expr.span, rule=rule)
    return EventDate(value=expr.value, granularity=expr.granularity, phrase=expr.phrase, span=expr.span,
                     rule=rule)


# -- step 3: coreference -----------------------------------------------------

def _event_nouns(doc: Any, root: Any, sentence: tuple[int, int], lex: Lexicon) -> list[tuple[Any, EventNoun]]:
    """Definite event nouns of the sentence, those in the trigger's clause first."""
    if doc is None:
        return []
    sent = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    if sent is None:
        return []
    clause = set()
    if root is not None:
        head = governing_verb(root) or root
        clause = {t.i for t in head.subtree}
    found = []
    for token in sent:
        noun = lex.event_nouns.get(token.lower_) or lex.event_nouns.get(token.lemma_.lower())
        if noun is None or token.pos_ not in ("NOUN", "PROPN"):
            continue
        definite = any(
            (c.dep_ in ("det", "poss") and c.lower_ in lex.event_determiners)
            or (c.dep_ == "poss" and c.pos_ == "PROPN") for c in token.children)
        if definite:
            found.append((0 if token.i in clause else 1, token.i, token, noun))
    found.sort(key=lambda f: f[:2])
    return [(f[2], f[3]) for f in found]


def _trigger_words(article: Article, event: Event) -> set[str]:
    words = {w.lower() for w in event.trigger_text.split()}
    doc = article.doc
    if doc is not None and event.trigger_span != (0, 0):
        chars = doc.char_span(event.trigger_span[0], event.trigger_span[1], alignment_mode="expand")
        if chars is not None:
            words.update(t.lemma_.lower() for t in chars)
            # "hosted ... talks": the object of a light verb names the event too
            words.update(c.lemma_.lower() for c in chars.root.children if c.dep_ in ("dobj", "attr"))
            words.update(c.lower_ for c in chars.root.children if c.dep_ in ("dobj", "attr"))
    return words


def _earlier_events(article: Article, trigger: tuple[int, int]) -> Iterable[Event]:
    for event in reversed(article.events):
        if event.trigger_span == trigger or event.trigger_span[0] >= trigger[0]:
            continue
        d = event.date
        if d is None or d.phrase is None or d.value is None or d.granularity not in REUSABLE:
            continue
        yield event


def _coreferent(article: Article, root: Any, trigger: tuple[int, int], sentence: tuple[int, int],
                lex: Lexicon) -> EventDate | None:
    for _token, noun in _event_nouns(article.doc, root, sentence, lex):
        best: tuple[int, Event] | None = None
        for event in _earlier_events(article, trigger):
            words = _trigger_words(article, event)
            ranks = [i for i, lemma in enumerate(noun.lemmas) if lemma in words]
            if ranks:
                rank = ranks[0]
            elif any(event.cameo.startswith(p) for p in noun.cameo):
                rank = len(noun.lemmas)
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, event)
        if best is not None:
            d = best[1].date
            assert d is not None
            return EventDate(value=d.value, granularity=d.granularity, phrase=d.phrase, span=d.span,
                             rule="coreference")
    return None


# -- step 4: the story's day -------------------------------------------------

def _story_day(article: Article) -> EventDate | None:
    pub = article.published
    doc = article.doc
    if pub is None or doc is None:
        return None
    sents = []
    for sent in doc.sents:
        if sent.text.strip():
            sents.append(sent)
        if len(sents) > STORY_SENTENCES:
            break
    if not sents:
        return None
    # a one-line headline without a final stop is not the lede
    first = sents[0]
    if len(sents) > 1 and "\n" in article.text[first.start_char:sents[1].start_char] \
            and not first.text.rstrip().endswith((".", "!", "?", "”", '"')):
        sents = sents[1:]
    end = sents[min(len(sents), STORY_SENTENCES) - 1].end_char
    for expr in sorted(article.dates, key=lambda d: d.start):
        if expr.start >= end:
            break
        if expr.granularity == "day" and expr.value and not _is_period(expr) \
                and not _dateline(article.text, expr):
            day = date.fromisoformat(expr.value)
            if 0 <= (pub - day).days <= STORY_WINDOW_DAYS:
                return EventDate(value=expr.value, granularity="day", phrase=expr.phrase, span=expr.span,
                                 rule="story")
    return None


def date_events(article: Article) -> None:
    """Date every event of ``article`` (:func:`date_event`); a failure never loses the event."""
    for event in article.events:
        try:
            event.date = date_event(article, event.trigger_span, event.sentence_span, event.mode, event.cameo)
        except Exception as exc:  # dating must never lose the event
            event.meta["date_error"] = f"{type(exc).__name__}: {exc}"


# -- step 6: the narrative's anchor ------------------------------------------

def _anchor(article: Article, root: Any, sentence: tuple[int, int], lex: Lexicon) -> EventDate | None:
    """The last date named before the sentence, for a past-tense clause of an account
    of events well before publication (see the module doc, step 6)."""
    if root is None or lex.anchor_days is None:
        return None
    verb = governing_verb(root) or root
    if verb_is_future(verb, lex) or present_simple(verb, lex) or verb.tag_ in ("VBZ", "VBP", "MD"):
        return None
    if article.meta.get("publisher") and verb.lemma_.lower() in lex.reporting_verbs:
        return None  # a release's "said" speaks on the day it is published
    before = [d for d in article.dates if d.end <= sentence[0] and d.value and not d.future
              and d.granularity in REUSABLE and not _is_period(d)]
    if article.published is not None and any(_recent(d, article.published, lex) for d in before):
        return None  # the text has come to the present ("on Tuesday"): news copy, not an account of the past
    # an account of the past names its years ("in 2007", "on 23 March 2007"); "in March" or
    # "last year" count back from the dateline, the way news copy looks back from the present
    before = [d for d in before if YEAR.search(d.phrase)]
    spans = [(d, interval(d.value, d.granularity)) for d in sorted(before, key=lambda d: d.start)[-ANCHOR_WINDOW:]]
    dated = [(d, span) for d, span in spans if span is not None]
    if not dated:
        return None
    # a story runs forward: of the last dates named, the one that starts latest is the
    # time it tells (an earlier one is background: "the 1998 Adana agreement"; "26
    # February" within "2019" is the finer of the two)
    last, span = max(dated, key=lambda pair: (pair[1][0], pair[0].start))
    if article.published is not None and (article.published - span[1]).days <= lex.anchor_days:
        return None
    return EventDate(value=last.value, granularity=last.granularity, phrase=last.phrase, span=last.span,
                     rule="anchor")


def _recent(expr: DateExpr, published: date, lex: Lexicon) -> bool:
    span = interval(expr.value, expr.granularity)
    return span is not None and lex.anchor_days is not None and (published - span[1]).days <= lex.anchor_days
