"""One home for CAMEO codes: actor codes (:mod:`.actors`) and event codes (:mod:`.events`).

Every stage asks here whose side an actor code is on and which group an event
code belongs to; the facts live in ``data/codes.tsv`` and ``data/sectors.yml``.
"""

from __future__ import annotations

from .actors import INTERNATIONAL, ActorCode, same_side, sectors, side, unofficial_roles
from .events import (
    PLOVER_EVENTS,
    CodeInfo,
    code_for,
    event_codes,
    group_codes,
    in_group,
    load_codes,
    parse_codes,
    quad_class_of,
)

__all__ = ["INTERNATIONAL", "PLOVER_EVENTS", "ActorCode", "CodeInfo", "code_for", "event_codes", "group_codes",
           "in_group", "load_codes", "parse_codes", "quad_class_of", "same_side", "sectors", "side",
           "unofficial_roles"]
