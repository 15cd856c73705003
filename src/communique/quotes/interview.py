"""Interview transcripts: "Q: Will Turkey buy …?" / "A: We have not ruled anything out."

An answer line (``A:`` or ``Answer:``) after a question line (``Q:`` or
``Question:``) is a direct quote of the interviewee, with no quote marks and no
speech verb. The interviewee is the last person actor named outside quotes
before the first question line ("Defence Minister Yasar Guler spoke to the
newspaper …"); with none, the speaker is unknown. Question lines are the
interviewer's and make no quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Article, Mention

Span = tuple[int, int]
_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+\S", re.MULTILINE)
_ANSWER = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*[:.][ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE)


def interview_answers(article: Article, quoted: list[Span]) -> Iterator[tuple[Mention | None, Span]]:
    """(interviewee mention or None, span of the answer) for each answer line."""
    text = article.text
    first_q = _QUESTION.search(text)
    if first_q is None:
        return
    people = [m for m in article.mentions if m.end <= first_q.start()
              and not any(s <= m.start < e for s, e in quoted)
              and (a := article.actor(m.actor_id)) is not None and a.kind == "person"]
    speaker = people[-1] if people else None
    for m in _ANSWER.finditer(text, first_q.end()):
        yield speaker, (m.start(1), m.end(1))
