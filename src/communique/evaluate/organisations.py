"""Codes that name the same body in different schemes, for scoring.

Gold files and our coder spell some international bodies (and Kosovo)
differently: the European Union is IGOEEC in our dictionaries and IGOEUR
or EUR in the dev set's gold. At levels 1 and 2 the scorer counts two such
codes as one side. The table is ``data/organisation-codes.yml``.

>>> same_body("IGOEEC", "IGOEUR"), same_body("IGOUNOSEC", "IGOUNO"), same_body("IGOEEC", "IGOUNO")
(True, True, False)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ..cameo import side
from ..data import read_data
from ..errors import DictionaryError

DATA_FILE = Path(__file__).resolve().parent / "data" / "organisation-codes.yml"
Table = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


def _well_formed(code: Any) -> bool:
    """An upper-case code; "---" opens one of no country ("---REB")."""
    if not isinstance(code, str):
        return False
    rest = code[3:] if code.startswith("---") else code
    return rest.isalnum() and rest.isupper() and len(rest) >= 2


def _codes(path: Any, name: str, codes: Any) -> tuple[str, ...]:
    if not isinstance(codes, list) or not codes or not all(_well_formed(c) for c in codes):
        raise DictionaryError("E911", path=path, entry=name, detail=f"expected a list of upper-case codes, got {codes!r}")
    return tuple(codes)


def parse_table(data: Any, path: Any = DATA_FILE.name) -> Table:
    """The groups and prefixes of the parsed file, refusing malformed entries (E911, E912)."""
    if not isinstance(data, dict) or not isinstance(data.get("groups"), dict):
        raise DictionaryError("E912", path=path, detail="expected a mapping with a 'groups' mapping")
    groups = {str(name): _codes(path, name, codes) for name, codes in data["groups"].items()}
    prefixes = data.get("prefixes") or {}
    if not isinstance(prefixes, dict):
        raise DictionaryError("E912", path=path, detail="'prefixes' should map group names to code prefixes")
    unknown = sorted(set(prefixes) - set(groups))
    if unknown:
        raise DictionaryError("E911", path=path, entry=unknown[0], detail="'prefixes' names a group 'groups' does not")
    return groups, {str(name): _codes(path, name, codes) for name, codes in prefixes.items()}


@cache
def load_table(path: str | None = None) -> Table:
    """The table, from ``path`` or the built-in file."""
    file = Path(path) if path is not None else DATA_FILE
    return parse_table(read_data(file, "E912"), path or DATA_FILE.name)


@cache
def bodies(code: str) -> frozenset[str]:
    """The groups a code belongs to (empty for most codes)."""
    groups, prefixes = load_table()
    short = side(code)
    out = {name for name, codes in groups.items() if code in codes or short in codes}
    out |= {name for name, starts in prefixes.items() if code.startswith(starts)}
    return frozenset(out)


def same_body(a: str | None, b: str | None) -> bool:
    """Whether two codes name one body in the table."""
    return bool(a and b and bodies(a) & bodies(b))
