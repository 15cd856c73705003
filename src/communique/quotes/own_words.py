"""First-person words in a quote are its speaker's.

In "“We will send aid to Tripoli,” said Foreign Minister Di Maio", or in the
paragraphs under "FOREIGN MINISTER DI MAIO:" in a transcript, "we", "our", "I"
and "my" stand for the speaker. The actors stage leaves quoted words alone (it
gives the first person outside quotes to the publisher,
:func:`communique.actors.publisher.first_person`); once the quotes stage knows
who speaks, :func:`speaker_pronouns` makes each such word a mention of the
speaker, so that the events stage sees "we" as the speaker's side.
"""

from __future__ import annotations

from ..article import Article, Mention, Quote
from .voice import FIRST_PLURAL, FIRST_SINGULAR


def speaker_pronouns(article: Article, quotes: list[Quote]) -> int:
    """Add a pronoun mention of its speaker for each first-person word in a quote whose
    speaker is a known actor; words already a mention stay as they are. Returns how
    many were added."""
    taken = [(m.start, m.end) for m in article.mentions]
    added = 0
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not speaker.actor:
            continue
        actor = article.actor(speaker.actor)
        if actor is None:
            continue
        body = article.text[quote.start:quote.end]
        for words, pronouns_only in ((FIRST_PLURAL, False), (FIRST_SINGULAR, True)):
            for m in words.finditer(body):
                lo, hi = quote.start + m.start(), quote.start + m.end()
                if m.group(0) == "US" or any(s < hi and lo < e for s, e in taken):
                    continue  # "US" is the country
                if pronouns_only and not _pronoun(article, lo):
                    continue  # "World War I"
                actor.mentions.append(Mention(lo, hi, m.group(0), actor.id, "pronoun",
                                              speaker.code if speaker.code != actor.code else None))
                taken.append((lo, hi))
                added += 1
        actor.mentions.sort(key=lambda x: (x.start, x.end))
    return added


def _pronoun(article: Article, pos: int) -> bool:
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ == "PRON"
