"""Events with a source alone: which may stand, and which only echo another.

An event needs two actors, except where its root may stand with a source
alone (the ``alone`` group of ``cameo/data/codes.tsv``: threats, protests,
postures, violence) and the sentence names no target at all. Its source must
act in the clause (:data:`ACTING`): not an event noun's modifier ("the
Eritrean border conflict": background, and whose war with whom?), nor a
speaker standing in for an agentless act ("attacks killed 40 civilians" in a
minister's words). Threat frames stand as they are ("North Korea threatened
to carry out more nuclear tests").

Such an event is dropped when it echoes, in the same sentence, an event of the
same quad class by the same source with a target ("the strike … the attacks
on Gaza"; "opened fire to disperse protesters" is the repression).
"""

from __future__ import annotations

from typing import Any

from ..article import ActorRef
from ..cameo import in_group, quad_class_of, side
from .patterns import Lexicon

#: How a source was found when it acts in the clause (``Candidate.notes``).
ACTING = ("source by subject", "source by agent", "source by light", "source by inherited",
          "source by document")


def stands_alone(lex: Lexicon, cand: Any, target: ActorRef | None) -> bool:
    """Whether a candidate with one actor is still an event (see the module doc)."""
    if "source by speaker" in cand.notes:
        return False  # a speaker standing in for an act's missing agent
    return (target is None and not cand.targets and not cand.between
            and in_group(cand.code, "alone")
            and (cand.frame is not None or any(n in cand.notes for n in ACTING)))


def _quad(code: str) -> int:
    return quad_class_of(code) if code[:2].isdigit() else 0  # a user scheme's label


def drop_echoes(coded: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Drop ``(candidate, source, target, participants)`` rows with a source alone that
    echo a row of the same quad class and source with a target."""
    full = {(_quad(c.code), s.actor) for c, s, t, _ in coded if s is not None and t is not None}
    return [x for x in coded if not (x[2] is None and not x[3] and x[1] is not None
                                     and (_quad(x[0].code), x[1].actor) in full)]


def _specific(code: str) -> tuple[int, bool]:
    """How specific a code is: longer, and not a "not specified" code ending in 0."""
    return len(code), not code.endswith("0")


def drop_repeats(coded: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Of uses of force (the ``force`` group) with the same root class, source and target in one
    sentence ("conducted drone strikes in Yemen, killing 11 militants": 195 and 190), keep the
    most specific code: one act told twice. Other roots may hold two acts ("signed a declaration
    …, restoring relations")."""
    def act(x: tuple[Any, ...]) -> tuple[str, str, str] | None:
        cand, source, target = x[0], x[1], x[2]
        if source is None or target is None or not in_group(cand.code, "force"):
            return None
        return cand.code[:2], side(source.code), side(target.code)

    best: dict[tuple[str, str, str], tuple[Any, ...]] = {}
    for x in coded:
        key = act(x)
        if key is not None and (key not in best or _specific(x[0].code) > _specific(best[key][0].code)):
            best[key] = x
    return [x for x in coded if (key := act(x)) is None or best[key] is x]
