"""User dictionaries (``--actors FILE``, repeatable).

Three formats, chosen by the file name:

* ``.yml`` / ``.yaml`` - our native format (``actors:`` and ``roles:`` lists, see
  docs/actors.md);
* ``.csv`` - our native table: ``name,code,kind,country,role,names,from,to``;
* anything else - a PETRARCH/TABARI dictionary: actor files with ``[CODE]``,
  date-restricted codes, ``+`` synonyms, and agent files with ``[~ROLE]``.

User entries are matched case-insensitively and beat built-in ones on the same span.
"""

from __future__ import annotations

import csv
import datetime as _dt
import logging
import re
from pathlib import Path
from typing import Any

from ..cameo import ActorCode
from ..data import read_data
from ..errors import DictionaryError, message
from .dictionaries import Dated, Dictionaries, Entry, RoleWord, _dated_codes, _strings

log = logging.getLogger(__name__)

CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
SUBST_DEF = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")
SUBST_USE = re.compile(r"![A-Z0-9_]+!")
TITLE_HEADS = {"MINISTER", "PRESIDENT", "SECRETARY", "AMBASSADOR", "ADVISER", "ADVISOR", "PROSECUTOR", "JUDGE",
               "LEADER", "GENERAL", "SPOKESMAN", "DIPLOMAT", "CHIEF", "OFFICIAL", "ACTIVIST", "CLERIC",
               "LAWMAKER", "KING", "PREMIER", "CHANCELLOR", "GOVERNOR", "MAYOR", "ENVOY"}


def load_user(paths: list[str], base: Dictionaries) -> tuple[list[Entry], list[RoleWord]]:
    """Entries and role words from every user file, in order."""
    entries: list[Entry] = []
    roles: list[RoleWord] = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise DictionaryError("E402", path=str(path), detail="no such file")
        suffix = path.suffix.lower()
        if suffix in (".yml", ".yaml"):
            e, r = load_native_yaml(path)
        elif suffix == ".csv":
            e, r = load_native_csv(path), []
        else:
            e, r = load_petrarch(path)
        entries += e
        roles += r
    return entries, roles


# -- native ---------------------------------------------------------------

def _native_entries(path: Path, where: str, row: dict[str, Any]) -> list[Entry]:
    if not row.get("name") or not row.get("code"):
        raise DictionaryError("E401", path=str(path), detail=f"{where}: each actor needs 'name' and 'code'")
    code = str(row["code"]).upper()
    if not re.fullmatch(r"[A-Z-]{3}(?:[A-Z]{3})*", code):
        raise DictionaryError("E401", path=str(path), detail=f"{where}: code {code!r} must be letters in groups of three")
    kind = row.get("kind") or ("state" if len(code) == 3 else "group")
    if kind not in ("state", "person", "igo", "group", "sector", "other"):
        raise DictionaryError("E401", path=str(path), detail=f"{where}: unknown kind {kind!r}")
    country = row.get("country") or ActorCode.parse(code).country
    role = row.get("role") or (code[3:6] or None)
    name = str(row["name"])
    key = f"state:{code}" if kind == "state" else f"user:{name}"
    dated = _dated_codes(path, where, row.get("codes"))
    out = []

    def add(text: str, mkind: str = "name") -> None:
        out.append(Entry(text=text, key=key, name=name, code=code, kind=kind, country=country, role=role,
                         mention_kind=mkind, dated=dated, user=True, title=row.get("title")))

    for text in [name, *_strings(path, where, row.get("names"), "names")]:
        add(text)
    for text in _strings(path, where, row.get("demonyms"), "demonyms"):
        add(text, "demonym")
    for text in _strings(path, where, row.get("capitals"), "capitals"):
        add(text, "capital")
    return out


def load_native_yaml(path: Path) -> tuple[list[Entry], list[RoleWord]]:
    doc = read_data(path, "E401", missing="E402")
    if not isinstance(doc, dict):
        raise DictionaryError("E401", path=str(path), detail="the file must have 'actors' and/or 'roles' lists")
    unknown = set(doc) - {"actors", "roles", "version"}
    if unknown:
        raise DictionaryError("E401", path=str(path), detail=f"unknown section(s) {sorted(unknown)}")
    entries: list[Entry] = []
    for i, row in enumerate(doc.get("actors") or [], 1):
        if not isinstance(row, dict):
            raise DictionaryError("E401", path=str(path), detail=f"actor {i}: must be a mapping")
        entries += _native_entries(path, f"actor {i}", row)
    roles: list[RoleWord] = []
    for i, row in enumerate(doc.get("roles") or [], 1):
        where = f"role {i}"
        if not isinstance(row, dict) or row.get("kind") not in ("title", "sector") or not row.get("role"):
            raise DictionaryError("E401", path=str(path), detail=f"{where}: needs 'kind' (title|sector) and 'role'")
        for word in _strings(path, where, row.get("words"), "words"):
            roles.append(RoleWord(word.lower(), str(row["role"]).upper(), row["kind"], row.get("office")))
    return entries, roles


def load_native_csv(path: Path) -> list[Entry]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DictionaryError("E402", path=str(path), detail=str(exc)) from exc
    entries: list[Entry] = []
    for i, row in enumerate(rows, 2):
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        names = [n.strip() for n in row.get("names", "").split("|") if n.strip()]
        spec: dict[str, Any] = {"name": row.get("name"), "code": row.get("code"), "kind": row.get("kind") or None,
                                "country": row.get("country") or None, "role": row.get("role") or None,
                                "names": names}
        if row.get("from") or row.get("to"):
            spec["codes"] = [{"code": row.get("code"), "from": row.get("from") or None, "to": row.get("to") or None}]
        entries += _native_entries(path, f"line {i}", spec)
    return entries


# -- PETRARCH -------------------------------------------------------------

def _petr_date(text: str) -> _dt.date:
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{1900 + yy if yy >= 30 else 2000 + yy}{text[2:]}"
    return _dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code(block: str) -> tuple[str, _dt.date | None, _dt.date | None]:
    """``"HOBGOV 19950601 - 19990815"`` -> (code, start, end exclusive)."""
    block = block.strip()
    m = re.fullmatch(r"(\S+)\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?", block)
    if not m:
        raise ValueError(f"code block [{block}] is not CODE, CODE <DATE, CODE >DATE or CODE DATE-DATE")
    code = m.group(1).upper()
    if m.group(2) == "<":
        return code, None, _petr_date(m.group(3))
    if m.group(2) == ">":
        return code, _petr_date(m.group(3)), None
    if m.group(4):
        return code, _petr_date(m.group(4)), _petr_date(m.group(5)) + _dt.timedelta(days=1)
    return code, None, None


def _strip_comments(text: str) -> list[str]:
    text = re.sub(r"<!.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return [line.split("#", 1)[0].rstrip() for line in text.splitlines()]


def _phrase(raw: str) -> tuple[str, bool]:
    """A PETRARCH phrase as plain words, and whether it may match as a word stem."""
    raw = raw.strip()
    exact = raw.endswith("_")
    words = re.sub(r"[_\s]+", " ", raw).strip()
    last = words.split(" ")[-1] if words else ""
    return words, (not exact and len(last) >= 5 and last.isalpha())


def _plurals(word: str) -> list[str]:
    if word.endswith(("MEN", "S")) and not word.endswith(("SS", "US")):
        return []
    if word.endswith("Y") and not word.endswith(("AY", "EY", "OY")):
        return [word[:-1] + "IES"]
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return [word + "ES"]
    if word.endswith("MAN"):
        return [word[:-3] + "MEN"]
    return [word + "S"]


class _Block:
    def __init__(self, name: str, line: int) -> None:
        self.names = [name]
        self.codes: list[str] = []
        self.line = line
        self.plural: str | None = None


def load_petrarch(path: Path) -> tuple[list[Entry], list[RoleWord]]:
    """Actor and agent entries of a PETRARCH dictionary; bad lines are skipped with W403."""
    try:
        lines = _strip_comments(path.read_text(encoding="utf-8", errors="replace"))
    except OSError as exc:
        raise DictionaryError("E402", path=str(path), detail=str(exc)) from exc
    subst: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    cur: _Block | None = None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        m = SUBST_DEF.match(line.strip())
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if cur is not None:
                cur.names.append(stripped[1:].split("[")[0].strip())
                cur.codes += CODE_BLOCK.findall(stripped)
            continue
        if stripped.startswith("[") or (line[:1].isspace() and "[" in line):
            if cur is None:
                log.warning(message("W403", path=path, line=n, detail="a code block without an entry"))
                continue
            cur.codes += CODE_BLOCK.findall(stripped)
            continue
        head = re.split(r"[\[{]", stripped, maxsplit=1)[0]
        cur = _Block(head.strip(), n)
        plural = re.search(r"\{([^}]*)\}", stripped)
        if plural is not None:
            cur.plural = plural.group(1).strip()
        cur.codes += CODE_BLOCK.findall(stripped)
        blocks.append(cur)
    entries: list[Entry] = []
    roles: list[RoleWord] = []
    for b in blocks:
        try:
            _block_out(b, subst, entries, roles)
        except ValueError as exc:
            log.warning(message("W403", path=path, line=b.line, detail=str(exc)))
    return entries, roles


def _expand(name: str, subst: dict[str, list[str]]) -> list[str]:
    m = SUBST_USE.search(name)
    if not m or m.group(0) not in subst:
        return [name]
    out = []
    for alt in subst[m.group(0)]:
        out += _expand(name[:m.start()] + alt + name[m.end():], subst)
    return out


def _block_out(b: _Block, subst: dict[str, list[str]], entries: list[Entry], roles: list[RoleWord]) -> None:
    codes = [c.strip() for c in b.codes if c.strip()]
    if not codes:
        raise ValueError(f"entry {b.names[0]!r} has no [CODE]")
    if any("~" in c for c in codes):  # an agent
        c = codes[0].replace(" ", "")
        prefix = c.endswith("~")
        role = c.strip("~").upper()
        if not role:
            raise ValueError(f"agent {b.names[0]!r} has an empty role")
        for raw in b.names:
            for name in _expand(raw, subst):
                words, _ = _phrase(name)
                if not words:
                    continue
                kind = "title" if words.split(" ")[-1].upper() in TITLE_HEADS else "sector"
                forms = [words]
                if b.plural is None:
                    last = words.split(" ")[-1]
                    forms += [words[: len(words) - len(last)] + p for p in _plurals(last.upper())]
                elif b.plural:
                    forms += [_phrase(p)[0] for p in b.plural.split(",") if p.strip()]
                for form in forms:
                    roles.append(RoleWord(form.lower(), role, kind, None, prefix, unattached=True))
        return
    default = None
    dated = []
    for c in codes:
        code, start, end = parse_code(c)
        if start is None and end is None:
            default = default or code
        else:
            dated.append(Dated(code, start, end))
    all_codes = (default or dated[0].code).split("/")
    default = default.split("/")[0] if default else None
    name, _ = _phrase(b.names[0])
    if not name:
        raise ValueError("an entry without a name")
    for raw in b.names:
        words, stem = _phrase(raw)
        if not words:
            continue
        entries.append(Entry(text=words, key=f"user:{name}", name=name.title(), code=default or "",
                             kind="state", country=None, role=None, dated=tuple(dated), user=True,
                             codes=tuple(all_codes), stem=stem))

