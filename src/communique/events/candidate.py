"""A coded trigger on its way to becoming an event (shared by the coder and its helpers), and
:func:`new_event`, the one way the events stage turns a code, a trigger word and a sentence into
an :class:`Event`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..article import ActorRef, Event, trimmed_sentence
from ..cameo import CodeInfo
from .patterns import Trigger


@dataclass
class Candidate:
    """One coded trigger before it becomes an :class:`Event`."""

    token: Any
    trigger: Trigger
    code: str
    mode: str
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    between: list[ActorRef] = field(default_factory=list)
    topic: str | None = None
    frame: str | None = None
    notes: list[str] = field(default_factory=list)
    confidence: float = 0.6


def new_event(info: CodeInfo, sent: Any, tok: Any, source: ActorRef | None, target: ActorRef | None,
              **fields: Any) -> Event:
    """An event of the code ``info`` triggered by ``tok`` in ``sent`` (its text without spaces
    or line breaks at either end); ``fields`` sets the rest (``id``, ``mode``, ``confidence``,
    ``participants``, ``meta`` …)."""
    text, span = trimmed_sentence(sent)
    return Event(
        id=fields.pop("id", ""), cameo=info.code, source=source, target=target, cameo_name=info.name,
        plover=info.plover, goldstein=info.goldstein, quad_class=info.quad_class,
        trigger_text=tok.text, trigger_span=(tok.idx, tok.idx + len(tok.text)), sentence_text=text,
        sentence_span=span, **fields)
