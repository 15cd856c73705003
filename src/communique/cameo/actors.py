"""CAMEO actor codes: the one place that says whose side a code is on.

A code is three-letter chunks: a head, then roles. The head is an ISO 3166
alpha-3 country (``TURGOV``: Turkey's government), or a prefix for actors of no
one state (``IGOWSTNAT``: NATO, an intergovernmental body; ``NGO``, ``MNC`` …).
A leading ``-`` marks an unknown head (``---GOV``: a government we cannot place).

>>> ActorCode.parse("TURGOV").country, ActorCode.parse("TURGOV").role
('TUR', 'GOV')
>>> ActorCode.parse("IGOWSTNAT").country, ActorCode.parse("IGOWSTNAT").side, ActorCode.parse("IGOWSTNAT").is_igo
(None, 'IGOWSTNAT', True)
>>> same_side("IGO", "IGOUNOSEC"), same_side("IGOUNO", "IGOEEC"), same_side("SYRMIL", "SYR")
(True, False, True)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import fail, load_data

DATA = Path(__file__).resolve().parent / "data"

#: Heads of actors that belong to no one state: intergovernmental, international
#: militarised groups, non-governmental organisations and movements, companies.
INTERNATIONAL = ("IGO", "IMG", "NGO", "NGM", "MNC", "INT")


@dataclass(frozen=True)
class ActorCode:
    """A parsed CAMEO actor code."""

    code: str

    @classmethod
    def parse(cls, code: str | None) -> ActorCode:
        return cls((code or "").strip().upper())

    @property
    def head(self) -> str:
        return self.code[:3]

    @property
    def chunks(self) -> list[str]:
        rest = self.code[3:]
        return [rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3]]

    @property
    def is_international(self) -> bool:
        """An actor of no one state (IGO, NGO, MNC …)."""
        return self.head in INTERNATIONAL

    @property
    def is_igo(self) -> bool:
        return self.head == "IGO"

    @property
    def known(self) -> bool:
        return bool(self.code) and not self.code.startswith("-")

    @property
    def country(self) -> str | None:
        """The ISO alpha-3 country the actor belongs to; None for international and unknown heads."""
        return self.head if self.known and not self.is_international else None

    @property
    def role(self) -> str | None:
        """The first role after a country head (``GOV`` of ``TURGOV``); None for international codes."""
        chunks = self.chunks
        return chunks[0] if chunks and not self.is_international else None

    @property
    def side(self) -> str:
        """What two sides of a dyad compare: the country, or the whole code of an
        international actor (the UN and NATO are different sides); '' when unknown."""
        if not self.known:
            return ""
        return self.code if self.is_international else self.head


def side(code: str | None) -> str:
    """The dyad side of ``code`` (see :attr:`ActorCode.side`)."""
    return ActorCode.parse(code).side


def same_side(a: str | None, b: str | None) -> bool:
    """Whether two codes are on the same side; a bare prefix (``IGO``) stands for any
    actor under it, as gold data and PETRARCH dictionaries use it."""
    x, y = ActorCode.parse(a), ActorCode.parse(b)
    if x.side == y.side:
        return True
    if x.is_international and y.is_international and x.head == y.head:
        return len(x.code) == 3 or len(y.code) == 3
    return False


@functools.lru_cache(maxsize=1)
def _sector_file(path: str) -> dict[str, Any]:
    def code_map(value: object) -> dict[str, str]:
        if not isinstance(value, dict):
            raise ValueError(f"must map codes to names, got {value!r}")
        for code, name in value.items():
            if not (isinstance(code, str) and len(code) == 3 and code.isupper() and isinstance(name, str)):
                raise ValueError(f"entry {code!r}: {name!r} is not CODE: name")
        return dict(value)

    data = load_data(path, {"version": int, "sectors": code_map, "unofficial": [str]}, code="E704")
    unknown = [c for c in data["unofficial"] if c not in data["sectors"]]
    if unknown:
        raise fail(path, f"'unofficial' lists {unknown}, which 'sectors' does not name", "E704")
    return data


def sectors(path: Path = DATA / "sectors.yml") -> dict[str, str]:
    """CAMEO role code → sector name (ICEWS-style exports)."""
    return dict(_sector_file(str(path))["sectors"])


def unofficial_roles(path: Path = DATA / "sectors.yml") -> frozenset[str]:
    """Role codes whose members do not act for their state (civilians, business, media …)."""
    return frozenset(_sector_file(str(path))["unofficial"])
