"""Roles for events with more than two parties, and implicit counterparts.

One meeting of four ministers is one event with four ``participants``. The
source and target are set where the text assigns them:

- a host ("Moscow hosted the ministers of X, Y and Z"): the host is the
  source, the first guest the target, everyone a participant;
- an agent and objects ("X imposed sanctions on Y and Z"): source X, target Y;
- coordinated subjects with no object ("X, Y and Z met", "talks between X
  and Y"): source = the first party, target = the second, in text order.
  An exporter can expand the participants into dyads without double counting.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..article import ActorRef as Mention


def dedupe(mentions: Iterable[Mention]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[str] = set()
    for m in mentions:
        if m.actor not in seen:
            seen.add(m.actor)
            out.append(m)
    return out


def assign_roles(sources: list[Mention], targets: list[Mention], between: list[Mention]
                 ) -> tuple[Mention | None, Mention | None, list[Mention]]:
    """(source, target, participants) from the mentions found for each role."""
    sources = dedupe(sources)
    source_ids = {m.actor for m in sources}
    targets = [m for m in dedupe(targets + between) if m.actor not in source_ids]
    participants = dedupe(sources + targets)
    source = sources[0] if sources else None
    if targets:
        target = targets[0]
    elif len(sources) >= 2:
        target = sources[1]
    else:
        target = None
    if source is None and len(targets) >= 2 and between:
        source, target = targets[0], targets[1]
    return source, target, participants
