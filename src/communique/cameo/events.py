"""CAMEO 1.1b3 event codes: names, Goldstein weights, quad classes, PLOVER, code groups.

The table is the data file ``data/codes.tsv``. :func:`load_codes` reads and
validates it once. Its ``groups`` column names the groups of codes the rules
treat alike (:func:`in_group`) and the codes they name (:func:`code_for`).

>>> codes = load_codes()
>>> codes["1056"].name
'Demand de-escalation of military engagement'
>>> codes["043"].quad_class, codes["043"].plover
(1, 'CONSULT')
>>> in_group("1831", "force"), in_group("043", "force"), code_for("visit")
(True, False, '042')
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError

DATA = Path(__file__).resolve().parent / "data"

#: PLOVER event categories a code may map to.
PLOVER_EVENTS = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
    "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
})


@dataclass(frozen=True)
class CodeInfo:
    """One CAMEO event code and its standard attributes."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    groups: frozenset[str] = frozenset()

    @property
    def root(self) -> str:
        return self.code[:2]


def quad_class_of(code: str) -> int:
    """The quad class of a code from its root: 1 verbal cooperation (01-05),
    2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
    conflict (14-20)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def parse_codes(text: str, path: str = "codes.tsv") -> dict[str, CodeInfo]:
    """Parse and validate the code table; raise DictionaryError (E601) on a bad row."""
    codes: dict[str, CodeInfo] = {}
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[0] == "code":
                continue
        where = f"line {lineno}"
        if len(cells) not in (5, 6):
            raise DictionaryError("E601", path=path, detail=f"{where} has {len(cells)} columns, expected 6")
        code, name, goldstein, quad, plover = (c.strip() for c in cells[:5])
        groups = frozenset(cells[5].split()) if len(cells) == 6 else frozenset()
        if any(not g.replace("_", "").isalpha() or not g.islower() for g in groups):
            raise DictionaryError("E601", path=path, detail=f"{where}: groups {cells[5]!r} must be lower-case names")
        if not (code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20):
            raise DictionaryError("E601", path=path, detail=f"{where}: {code!r} is not a CAMEO code")
        if code in codes:
            raise DictionaryError("E601", path=path, detail=f"{where}: code {code} appears twice")
        if not name:
            raise DictionaryError("E601", path=path, detail=f"{where}: code {code} has no name")
        try:
            weight = float(goldstein)
        except ValueError:
            raise DictionaryError("E601", path=path,
                                  detail=f"{where}: Goldstein {goldstein!r} of {code} is not a number") from None
        if not -10.0 <= weight <= 10.0:
            raise DictionaryError("E601", path=path, detail=f"{where}: Goldstein {weight} of {code} is outside [-10, 10]")
        if quad != str(quad_class_of(code)):
            raise DictionaryError("E601", path=path,
                                  detail=f"{where}: quad class {quad} of {code} should be {quad_class_of(code)}")
        if plover and plover not in PLOVER_EVENTS:
            raise DictionaryError("E601", path=path, detail=f"{where}: unknown PLOVER category {plover!r} for {code}")
        codes[code] = CodeInfo(code, name, weight, int(quad), plover or None, groups)
    return codes


@functools.lru_cache(maxsize=1)
def load_codes() -> dict[str, CodeInfo]:
    """The built-in code table (cached)."""
    path = DATA / "codes.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError("E602", path=str(path), detail=str(exc)) from exc
    return parse_codes(text, str(path))


def event_codes() -> list[str]:
    """Every codable (3- or 4-digit) code; 2-digit roots are category headings."""
    return [c for c in load_codes() if len(c) >= 3]


@functools.lru_cache(maxsize=4096)
def in_group(code: str | None, group: str) -> bool:
    """Whether ``code`` (or a code it falls under) heads ``group`` in the table's ``groups`` column."""
    codes = load_codes()
    code = code or ""
    return any(code[:n] in codes and group in codes[code[:n]].groups for n in range(2, len(code) + 1))


@functools.lru_cache(maxsize=64)
def group_codes(group: str) -> frozenset[str]:
    """The codes that head ``group`` (roots and codes as listed; their subcodes belong too)."""
    return frozenset(c for c, info in load_codes().items() if group in info.groups)


def code_for(name: str) -> str:
    """The one code a single-code group names (``code_for("visit")`` is ``"042"``)."""
    heads = group_codes(name)
    if len(heads) != 1:
        raise DictionaryError("E601", path=str(DATA / "codes.tsv"),
                              detail=f"group {name!r} should name exactly one code, found {sorted(heads) or 'none'}")
    return next(iter(heads))
