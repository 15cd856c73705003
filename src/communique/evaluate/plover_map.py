"""Map our PLOVER 2021 categories onto the PLOVER 0.5 categories of older gold.

The rules live in ``data/plover-2021-to-0.5.yml``; :func:`load_rules` reads and
validates them (error E911 names the bad entry).

>>> to_gold("REQUEST", "1056")
'DEMAND'
>>> to_gold("ASSAULT", "190")
'FIGHT'
>>> to_gold("CONSULT", "040")
'CONSULT'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..data import read_data
from ..errors import DictionaryError

DATA_FILE = "plover-2021-to-0.5.yml"


@dataclass(frozen=True)
class Rule:
    plover: str
    gold: str
    cameo: tuple[str, ...] = ()

    def applies(self, plover: str, cameo: str) -> bool:
        if plover != self.plover:
            return False
        return not self.cameo or any(cameo.startswith(p) for p in self.cameo)


def _bad(path: Any, entry: Any, detail: str) -> DictionaryError:
    return DictionaryError("E911", path=path, entry=entry, detail=detail)


def parse_rules(data: Any, path: Any = DATA_FILE) -> list[Rule]:
    """Rules from the parsed YAML, refusing malformed entries."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise _bad(path, "-", "expected a mapping with a 'rules' list")
    rules = []
    for i, item in enumerate(data["rules"], 1):
        if not isinstance(item, dict):
            raise _bad(path, i, f"expected a mapping, got {item!r}")
        unknown = set(item) - {"plover", "gold", "cameo"}
        if unknown:
            raise _bad(path, i, f"unknown keys {sorted(unknown)}")
        plover, gold = item.get("plover"), item.get("gold")
        for key, value in (("plover", plover), ("gold", gold)):
            if not isinstance(value, str) or not value.isalpha() or not value.isupper():
                raise _bad(path, i, f"'{key}' should be an upper-case category name, got {value!r}")
        cameo = item.get("cameo", [])
        if not isinstance(cameo, list) or not all(isinstance(c, str) and c.isdigit() for c in cameo):
            raise _bad(path, i, f"'cameo' should be a list of quoted digit prefixes, got {cameo!r}")
        rules.append(Rule(plover=plover, gold=gold, cameo=tuple(cameo)))  # type: ignore[arg-type]
    return rules


@cache
def load_rules(path: str | None = None) -> tuple[Rule, ...]:
    """The mapping rules, from ``path`` or the built-in data file."""
    file = Path(path) if path is not None else Path(__file__).resolve().parent / "data" / DATA_FILE
    return tuple(parse_rules(read_data(file, "E912"), path or DATA_FILE))


def to_gold(plover: str | None, cameo: str | None, rules: tuple[Rule, ...] | None = None) -> str | None:
    """The PLOVER 0.5 category for our 2021 category (and CAMEO code); None stays None."""
    if not plover:
        return None
    label, code = plover.upper(), cameo or ""
    for rule in rules if rules is not None else load_rules():
        if rule.applies(label, code):
            return rule.gold
    return label
