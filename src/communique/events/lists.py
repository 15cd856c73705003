"""A list under an appeal: each of its lines is the appeal again.

A government's statement at a review often ends "We recommend that Nepal:" and a numbered
list, each line opening with a verb ("1. Remove the 35-day statute of limitations …",
"Ratifying the International Covenants …"). A reader sees one appeal per line, from the
speaker to the country; the rules see lines with no subject and code nothing.

:func:`code_list_items` gives each such line that has no event an appeal (020): its source
is the subject of the opening line (the publisher's government for "we"), its target the
country named there, else the article's focus. The verbs that open such a list are
``list_appeals`` in ``words.yml``, and ``list_closers`` the verbs of a line that ends
one ("Thank you, Mr President"). A list ends at the first line that does not open with a
verb (after a number or a bullet).
"""

from __future__ import annotations

from typing import Any

from ..article import ActorRef, Article, Event
from ..cameo import load_codes, side
from ..data import package_words
from .candidate import new_event
from .focus import focus, is_country_side
from .voices import publisher_voice

OPENERS = package_words("events", "list_appeals")
CLOSERS = package_words("events", "list_closers")
#: The code of each line: make an appeal or request.
APPEAL = "020"
NOTE = "line of a listed appeal"
#: Tags of a line's first word that open an item: a base form ("Remove"), a third person
#: ("Legislates to remove", after "recommends that Malawi:") or a gerund ("Ratifying").
ITEM_TAGS = frozenset({"VB", "VBZ", "VBG", "VBP"})
#: Words before the verb that an item may have: its number or bullet, an adverb ("Fully implement").
LEAD_POS = frozenset({"PUNCT", "NUM", "X", "SPACE", "ADV", "SYM"})


def _opens_list(sent: Any) -> bool:
    return sent.text.strip().endswith(":") and sent.root.lemma_.lower() in OPENERS


def _item_verb(sent: Any) -> Any:
    """The verb a list line opens with, or None. A capitalised verb before an article is
    often tagged as a noun ("Repeals the death penalty"); the closing thanks is no item."""
    for tok in sent:
        if tok.pos_ in LEAD_POS or tok.tag_ == "LS":
            continue
        after = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        verb = tok.tag_ in ITEM_TAGS or (after is not None and after.pos_ == "DET" and tok.is_title)
        return tok if verb and tok.lemma_.lower() not in CLOSERS else None
    return None


def _marker(sent: Any) -> bool:
    """A sentence that is only a list number ("2.")."""
    return all(t.pos_ in LEAD_POS or t.tag_ == "LS" for t in sent)


def _sides(article: Article, sent: Any) -> tuple[ActorRef | None, ActorRef | None]:
    """The opening line's speaker (its subject's actor, else the publisher's government) and
    addressee (a country named after the verb, else the article's focus)."""
    root = sent.root
    source = target = None
    for m in article.mentions_between(sent.start_char, sent.end_char):
        tok = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None:
            continue
        try:
            ref = article.ref(m)
        except KeyError:
            continue
        if tok.root.dep_ == "nsubj" and tok.root.head == root and source is None:
            source = ref
        elif tok.start > root.i and target is None and is_country_side(side(ref.code)):
            target = ref
    source = source or publisher_voice(article)
    if target is None:
        main = focus(article)
        target = main.ref() if main is not None else None
    if source is not None and target is not None and side(source.code) == side(target.code):
        return None, None
    return source, target


def code_list_items(article: Article) -> None:
    """Add an appeal for each silent line of a list under an appeal (see the module)."""
    if article.doc is None:
        return
    sents = list(article.sentences())
    coded = {e.sentence_span for e in article.events}
    info = load_codes().get(APPEAL)
    if info is None:
        return
    added: list[Event] = []
    for n, sent in enumerate(sents):
        if not _opens_list(sent):
            continue
        source, target = _sides(article, sent)
        if source is None or target is None:
            continue
        for item in sents[n + 1:]:
            if _marker(item):
                continue
            verb = _item_verb(item)
            if verb is None:
                break
            event = new_event(info, item, verb, source, target, meta={"notes": [NOTE]})
            if not any(a < event.sentence_span[1] and event.sentence_span[0] < b for a, b in coded):
                added.append(event)
    if added:
        article.keep_events(sorted(article.events + added, key=lambda e: e.trigger_span))
