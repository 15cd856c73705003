"""A coded trigger on its way to becoming an event (shared by the coder and its helpers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..article import ActorRef
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
