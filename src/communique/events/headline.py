"""Headlines and headings: a headline that repeats an event of the body is not a
second event, and a heading is no event report.

A story opens with its headline on a line of its own ("Secretary Williamson
visits Estonia") and tells the same event in its body ("The Defence Secretary
visited Estonia on Monday …"). A reader counts the event once, in the body:
the headline's events are dropped when a body follows. With the setting
``headline_events`` on, a headline event stays unless the body has an event of
the same CAMEO root between the same countries. (On the real-news dev set the
annotators coded 2 events of 3,127 in a headline; the 44 headline events the
body did not repeat matched none of them.)

Below the headline, a line of its own with no verb ("2022 Russian invasion of
Ukraine", "Statement by Ambassador X at the Security Council") is a heading
or a label: it names a topic, and its events are dropped. A verb form that
modifies a noun ("Attempted assassination of Robert Fico") makes no clause, nor does
a last word with only a subject (and the words of a noun phrase) before it ("Northwestern
Syria clashes", "Kyiv strikes", "2022–2023 Bangladesh protests": the parser's verb is a
plural noun).
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Event
from ..cameo import side

#: The longest headline, in words.
MAX_HEADLINE_WORDS = 25
#: Dependencies of a verb form that modifies a noun rather than heading a clause.
MODIFIER_DEPS = frozenset({"amod"})
#: What a label's last word may have before it when the parser reads it as a verb: its subject and
#: the words of a noun phrase ("2022–2023 Bangladesh protests": a number, then the subject).
LABEL_DEPS = frozenset({"nsubj", "punct", "nummod", "compound", "amod", "npadvmod", "det", "poss", "nmod"})


def headline_end(text: str) -> int | None:
    """Where the headline line ends: a first line without a closing stop, before a line break."""
    end = text.find("\n")
    if end <= 0:
        return None
    line = text[:end].strip()
    if not line or line[-1] in ".!?\"”’" or len(line.split()) > MAX_HEADLINE_WORDS:
        return None
    return end


def _key(event: Event) -> tuple[str, frozenset[str]]:
    refs = [event.source, event.target, *event.participants]
    return event.cameo[:2], frozenset(side(r.code) for r in refs if r is not None)


def drop_headline_events(article: Article, keep_unrepeated: bool = False) -> None:
    """Drop the headline's events when a body follows (``keep_unrepeated``: only those
    that the body repeats); renumber the rest."""
    end = headline_end(article.text)
    if end is None or not article.events or not article.text[end:].strip():
        return
    body = {_key(e) for e in article.events if e.trigger_span[0] >= end}
    _keep(article, [e for e in article.events if e.trigger_span[0] >= end
                    or (keep_unrepeated and _key(e) not in body)])


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (between line breaks) holding ``[start, end)``."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


def _verbless_line(article: Article, where: tuple[int, int], first: int, whole: bool = False) -> bool:
    """Whether ``where`` lies on a line below ``first`` that has no verb, and either ends
    with no stop or (``whole``) is all of the span (a sentence that is its own line)."""
    left, right = _line(article.text, *where)
    line = article.text[left:right].strip()
    if left <= first or not line:
        return False
    if whole and line != article.text[where[0]:where[1]].strip():
        return False
    if not whole and line[-1] in ".!?\"”’":
        return False
    span = article.doc.char_span(left, right, alignment_mode="expand") if article.doc is not None else None
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    last = words[-1].i if words else None
    return not any(_clause_verb(t, last) for t in span)


def _clause_verb(tok: Any, last: int | None) -> bool:
    """Whether ``tok`` is a verb that makes its line a clause: not a modifier ("Attempted
    assassination of …"), nor the line's last word (index ``last``) with only a subject, which
    in a label is a plural noun the parser took for a verb ("Northwestern Syria clashes")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in MODIFIER_DEPS:
        return False
    return not (tok.i == last and tok.dep_ == "ROOT" and tok.tag_ == "VBZ"
                and all(c.dep_ in LABEL_DEPS or c.is_space for c in tok.children))


def drop_heading_events(article: Article) -> None:
    """Drop the events of headings below the first line: a verbless line with no closing
    stop holding the trigger, or a verbless sentence that is a line of its own; renumber the rest."""
    first = article.text.find("\n")
    if first < 0 or article.doc is None or not article.events:
        return
    _keep(article, [e for e in article.events if not (_verbless_line(article, e.trigger_span, first)
                                                      or _verbless_line(article, e.sentence_span, first, whole=True))])


def _keep(article: Article, kept: list[Event]) -> None:
    """Keep these of the article's events, renumbered, if any was dropped."""
    if len(kept) != len(article.events):
        article.keep_events(kept)
