"""A headline that repeats an event of the body is not a second event.

A story opens with its headline on a line of its own ("Secretary Williamson
visits Estonia") and tells the same event in its body ("The Defence Secretary
visited Estonia on Monday …"). The event of the headline is dropped when the
body has an event of the same CAMEO root between the same countries; a
headline event the body does not repeat stays. (The store's canonical events
merged such pairs already; per-article output now counts the event once.)
"""

from __future__ import annotations

from ..article import Article, Event
from ..cameo import side

#: The longest headline, in words.
MAX_HEADLINE_WORDS = 25


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


def drop_headline_echoes(article: Article) -> None:
    """Drop headline events that the body repeats; renumber the rest."""
    end = headline_end(article.text)
    if end is None or not article.events:
        return
    body = {_key(e) for e in article.events if e.trigger_span[0] >= end}
    kept = [e for e in article.events if e.trigger_span[0] >= end or _key(e) not in body]
    if len(kept) == len(article.events):
        return
    for n, event in enumerate(kept, 1):
        event.id = f"E{n}"
    article.events = kept
