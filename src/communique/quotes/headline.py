"""Headline attributions: "Erdogan: Turkey will not back Sweden's bid".

News headlines attribute a claim by putting the speaker's name before a colon.
A line is such a headline when it does not end a sentence (no final ``.``),
holds at most ``MAX_WORDS`` words, and what comes before the colon is one
to four capitalised words that the actors stage marked as a mention of an
actor. The text after the colon becomes an indirect quote (``direct=False``,
no verb) of that actor.

Transcripts put the speaker's surname in capitals before a colon, often after
a title ("LAVROV: We have never refused …", "FOREIGN MINISTER DI MAIO: …"). Such
a line may be long and end a sentence; what follows the colon is the speaker's
own words (``direct=True``), and so are the paragraphs after it until the next
label (:func:`.voice.transcript_blocks`).
The speaker is the mention of the capitalised name, or else a mention elsewhere
in the article whose last word is that name ("Sergei Lavrov" … "LAVROV:").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Article, Mention
from .voice import Span, transcript_blocks

MAX_WORDS = 20
_LINE = re.compile(r"[^\n]+")
_HEAD = re.compile(r"^\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*:\s+(\S.*?)\s*$")


def headline_quotes(article: Article) -> Iterator[tuple[Mention, Span]]:
    """(speaker mention, span of the attributed text) for each headline-style line."""
    text = article.text
    for line in _LINE.finditer(text):
        body = line.group(0)
        if body.rstrip().endswith((".", "?", "!")) or len(body.split()) > MAX_WORDS:
            continue
        m = _HEAD.match(body)
        if m is None or '"' in m.group(1):
            continue
        lo, hi = line.start() + m.start(1), line.start() + m.end(1)
        mention = next((x for x in article.mentions if x.start == lo and x.end == hi), None)
        if mention is None or len(m.group(2).split()) < 3:
            continue
        yield mention, (line.start() + m.start(2), line.start() + m.end(2))


def _named(article: Article, lo: int, hi: int) -> Mention | None:
    """The mention at ``lo:hi``, or a mention whose last word is the same name."""
    exact = next((x for x in article.mentions if x.start == lo and x.end == hi), None)
    if exact is not None:
        return exact
    name = article.text[lo:hi].split()[-1].lower()
    return next((x for x in article.mentions
                 if article.text[x.start:x.end].split()[-1:] and
                 article.text[x.start:x.end].split()[-1].lower() == name), None)


def transcript_lines(article: Article) -> Iterator[tuple[Mention, Span]]:
    """(speaker mention, span of the words) for each block of :func:`transcript_blocks`
    whose label names an actor."""
    named: dict[Span, Mention | None] = {}
    for label, words in transcript_blocks(article.text):
        if label not in named:
            named[label] = _named(article, *label)
        speaker = named[label]
        if speaker is not None:
            yield speaker, words
