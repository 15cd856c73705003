"""Match predicted events to gold events, at three levels of strictness.

Levels:

1. root class + country-level dyad (``ARNGOV -> GON 064`` matches ``ARN -> GONMIL 061``; codes
   of one body in two schemes, IGOEEC and IGOEUR for the EU, are one side: :mod:`.organisations`);
2. exact code + country-level dyad;
3. exact code + full actor codes.

A predicted event is a :class:`Predicted` unit with one or more dyads: a
source-target event has one; a multilateral event (``participants``) has one
symmetric dyad per pair of participants. Gold events are matched one to one
with dyads, best credit first; a unit is credited with the best credit of its
matched dyads, so one multilateral record may cover several gold dyads.

Level 0 (country dyad with any code) is an extra diagnostic: did we code an
event between the right countries at all?

Credit is 1 for a match; at levels 2 and 3, a gold set with ``half_credit``
gives 0.5 when only the root class matches.

>>> d = event_dyads({"source": None, "target": None,
...                  "participants": [{"code": "A"}, {"code": "B"}, {"code": "C"}]})
>>> [(x.source, x.target) for x in d]
[('A', 'B'), ('A', 'C'), ('B', 'C')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..cameo import same_side
from .gold import GoldEvent, cameo_root
from .organisations import same_body
from .plover_map import to_gold

LEVELS = (1, 2, 3)
LEVEL_NAMES = {0: "country dyad, any code", 1: "root class + country dyad", 2: "exact code + country dyad",
               3: "exact code + full actor codes"}


@dataclass(frozen=True)
class Dyad:
    source: str
    target: str
    symmetric: bool = False


@dataclass
class Predicted:
    """One event of our output, reduced to what is scored."""

    dyads: list[Dyad]
    code: str = ""
    plover: str | None = None
    sentence: str = ""
    span: tuple[int, int] | None = None
    date: str | None = None
    ident: str = ""
    mode: str = "actual"

    def describe(self) -> str:
        parts = []
        for d in self.dyads:
            arrow = "<->" if d.symmetric else "->"
            parts.append(f"{d.source or '-'} {arrow} {d.target or '-'}")
        return f"{', '.join(parts)} {self.code or self.plover or '?'}"


def _code(ref: Any) -> str:
    if isinstance(ref, dict):
        return str(ref.get("code") or "")
    return ""


def event_dyads(event: dict[str, Any]) -> list[Dyad]:
    """The dyads of one output event (participants expand to every pair)."""
    source, target = _code(event.get("source")), _code(event.get("target"))
    people = [_code(p) for p in event.get("participants") or []]
    people = [p for p in people if p]
    if people:
        codes = list(dict.fromkeys([c for c in (source, target) if c] + people))
        if len(codes) >= 2:
            return [Dyad(a, b, True) for i, a in enumerate(codes) for b in codes[i + 1:]]
        return [Dyad(codes[0], "", False)]
    return [Dyad(source, target, False)]


def predicted_events(record: dict[str, Any], map_plover: bool = False,
                     dedupe: bool = False) -> list[Predicted]:
    """Scoring units from one ``Article.to_dict()`` record.

    ``map_plover`` turns our PLOVER 2021 categories into PLOVER 0.5 ones;
    ``dedupe`` drops exact repeats (same dyads and code), as a sentence coder would.
    """
    out: list[Predicted] = []
    seen: set[tuple[Any, ...]] = set()
    for ev in record.get("events") or []:
        code = str(ev.get("cameo") or "")
        plover = ev.get("plover")
        if map_plover:
            plover = to_gold(plover, code)
        dyads = event_dyads(ev)
        key = (tuple(dyads), code, plover)
        if dedupe and key in seen:
            continue
        seen.add(key)
        sent = ev.get("sentence") or {}
        span = sent.get("span")
        date = ev.get("date") or {}
        out.append(Predicted(dyads=dyads, code=code, plover=plover, sentence=str(sent.get("text") or ""),
                             span=(int(span[0]), int(span[1])) if span else None,
                             date=date.get("value") if isinstance(date, dict) else None,
                             ident=str(ev.get("id") or ""), mode=str(ev.get("mode") or "actual")))
    return out


def _same_actor(pred: str, gold: Iterable[str], level: int) -> bool:
    if level == 3:
        return pred in gold
    return any(same_side(pred, g) or same_body(pred, g) for g in gold)


def actors_match(gold: GoldEvent, dyad: Dyad, level: int) -> bool:
    """Whether a dyad's actors fit the gold event at ``level`` (either way round if symmetric)."""
    if _same_actor(dyad.source, gold.sources, level) and _same_actor(dyad.target, gold.targets, level):
        return True
    if dyad.symmetric or gold.symmetric:
        return _same_actor(dyad.target, gold.sources, level) and _same_actor(dyad.source, gold.targets, level)
    return False


def code_credit(gold: GoldEvent, pred: Predicted, level: int, half_credit: bool = False,
                plover_only: bool = False) -> float:
    """1 for a matching code at ``level``, 0.5 for a root match where half credit applies, else 0."""
    if level == 0:
        return 1.0
    if plover_only:
        return 1.0 if pred.plover and pred.plover == gold.plover else 0.0
    root = cameo_root(pred.code)
    if level == 1:
        return 1.0 if root and root in gold.roots else 0.0
    if pred.code and pred.code in gold.codes:
        return 1.0
    if half_credit and root and root in gold.roots:
        return 0.5
    return 0.0


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if a is None or b is None:
        return True
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Match:
    """The outcome of matching one record at one level."""

    gold_credit: list[float] = field(default_factory=list)
    pred_credit: list[float] = field(default_factory=list)
    #: gold index -> predicted index it was matched with
    pairs: dict[int, int] = field(default_factory=dict)


def match(golds: list[GoldEvent], preds: list[Predicted], level: int, *, half_credit: bool = False,
          plover_only: bool = False, check_sentence: bool = False) -> Match:
    """Greedy best-credit-first one-to-one matching of gold events with predicted dyads."""
    candidates: list[tuple[float, int, int, int]] = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if check_sentence and not _overlap(gold.span, pred.span):
                continue
            credit = code_credit(gold, pred, level, half_credit, plover_only)
            if credit <= 0:
                continue
            for di, dyad in enumerate(pred.dyads):
                if actors_match(gold, dyad, level):
                    candidates.append((credit, gi, pi, di))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
    result = Match(gold_credit=[0.0] * len(golds), pred_credit=[0.0] * len(preds))
    used: set[tuple[int, int]] = set()
    for credit, gi, pi, di in candidates:
        if result.gold_credit[gi] > 0 or (pi, di) in used:
            continue
        used.add((pi, di))
        result.gold_credit[gi] = credit
        result.pred_credit[pi] = max(result.pred_credit[pi], credit)
        result.pairs[gi] = pi
    return result
