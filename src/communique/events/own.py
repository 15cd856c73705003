"""The unnamed other side of a domestic event: the named party's own country.

"Protests began in cities throughout Haiti", "Hundreds of people were arrested", "The SDF
began their push to liberate Raqqa": one side is named (or is the article's focus), and
the other is someone in the same country whom the report leaves unnamed. For the roots of
``events/data/own_country.yml`` the learned part (:mod:`.learned`) offers its pair model,
beside the sentence's parties, each party's own country as the other side
(:func:`own_party`); when that choice wins, :func:`other_side` makes the unnamed side an
actor with no mention (``HTICVL``, "civilians in Haiti"), as source or target and with the
role the file gives for the root and for whether the named party is the state.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from ..article import ActorRef, Article
from ..cameo import ActorCode, side
from ..data import fail, load_data
from .focus import is_country_side
from .learned_features import Party, Slot
from .unclaimed import country_name, inferred

#: The kind of the pseudo-party that stands for a party's own country.
OWN = "own"
#: Why an actor with no mention was added: the unnamed side of a domestic event.
WHY = "the unnamed other side of a domestic event (events/own.py)"
PATH = Path(__file__).resolve().parent / "data" / "own_country.yml"
#: Roles of the state itself: a bare country, its government, army or police.
STATE_ROLES = (None, "GOV", "MIL", "COP")
ROLE_NAMES = {"CVL": "civilians", "GOV": "the government", "REB": "armed groups", "MIL": "the armed forces",
              "COP": "the police", "OPP": "the opposition"}


def _entry(value: Any) -> tuple[str, str]:
    if not (isinstance(value, list) and len(value) == 2 and value[0] in ("source", "target")
            and value[1] in ROLE_NAMES):
        raise ValueError(f"expected [source|target, ROLE] with ROLE one of {sorted(ROLE_NAMES)}, got {value!r}")
    return value[0], value[1]


@functools.lru_cache(maxsize=4)
def load_own(path: str | None = None) -> dict[str, dict[str, tuple[str, str]]]:
    """The file's table: root -> {"state": (side, role), "other": (side, role)}."""
    where = Path(path) if path else PATH
    data = load_data(where, {"roots": {str: {"state": _entry, "other": _entry}}}, code="E601")
    bad = [k for k in data["roots"] if not (len(k) == 2 and k.isdigit())]
    if bad:
        raise fail(where, f"roots: a root is two digits in quotes (\"14\"), got {bad[0]!r}")
    return dict(data["roots"])


def own_party(party: Party) -> Party | None:
    """The pseudo-party "someone else in ``party``'s own country" (None for an international body)."""
    if not is_country_side(party.side) or party.kind == OWN:
        return None
    return Party(f"{party.actor}/{OWN}", party.side, Slot(OWN, False), -3, OWN, OWN)


def other_side(article: Article, root: str, named: ActorRef) -> tuple[ActorRef, ActorRef] | None:
    """(source, target) of a domestic event of ``root`` whose one named side is ``named``:
    the unnamed side is added to the article as an actor with no mention."""
    rule = load_own().get(root)
    country = side(named.code)
    if rule is None or not is_country_side(country):
        return None
    where, role = rule["state" if ActorCode.parse(named.code).role in STATE_ROLES else "other"]
    actor = inferred(article, country, role, f"{ROLE_NAMES[role]} in {country_name(country)}", WHY)
    other = actor.ref()
    return (other, named) if where == "source" else (named, other)
