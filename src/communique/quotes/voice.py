"""Whose voice words are in, from the text alone: a transcript's speakers and the first person.

Shared with the actors stage, which gives "we" outside quotations to the publisher
(:func:`communique.actors.publisher.first_person`) and must leave alone the words a
transcript gives to its speakers ("FOREIGN MINISTER DI MAIO: … I would like to thank …").
The quotes stage finds who those speakers are (:func:`.headline.transcript_lines`) and
gives them their own first person (:mod:`.own_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int]
_LINE = re.compile(r"[^\n]+")
#: A speaker's label: up to six capitalised words, a title before the name
#: ("FOREIGN MINISTER DI MAIO:", "SECRETARY OF DEFENSE MARK T. ESPER:", "MS. JEAN-PIERRE:").
_TRANSCRIPT = re.compile(r"^\s*([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,5})\s*:\s+(\S.*?)\s*$")

#: First-person words: "we", "our", "us" (not the country "US"), and "I", "my", "me",
#: which count only where the parser takes them for pronouns ("World War I").
FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|WE|OUR)\b")
FIRST_SINGULAR = re.compile(r"\b(?:I|[Mm]y|me)\b")


def transcript_blocks(text: str) -> Iterator[tuple[Span, Span]]:
    """(span of the label's name, span of the words) for each "NAME: words" line and, in a
    transcript (two labelled lines or more), for each paragraph after it that no label
    opens: the speaker goes on until the next label ("QUESTION:", "MODERATOR:" or another
    name). Reads the text alone, so the actors stage can use it too."""
    lines = list(_LINE.finditer(text))
    labelled = [_TRANSCRIPT.match(line.group(0)) for line in lines]
    transcript = sum(1 for m in labelled if m is not None and len(m.group(2).split()) >= 3) >= 2
    label: Span | None = None
    for line, m in zip(lines, labelled):
        if m is None or not any(c.isalpha() for c in m.group(1)):
            body = line.group(0).strip()
            if label is not None and transcript and len(body.split()) >= 3 and body[-1] in ".?!\"”’)":
                lead = len(line.group(0)) - len(line.group(0).lstrip())
                yield label, (line.start() + lead, line.start() + lead + len(body))
            elif body:
                label = None if not transcript or len(body.split()) < 3 else label
            continue
        label = (line.start() + m.start(1), line.start() + m.end(1))
        if len(m.group(2).split()) >= 3:
            yield label, (line.start() + m.start(2), line.start() + m.end(2))
