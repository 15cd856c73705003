"""PETRARCH verb dictionaries as user event patterns.

A PETRARCH (and TABARI) verb dictionary holds

- **synsets**: ``&NAME`` on a line of its own, then ``+MEMBER`` lines (a
  member may be several words, or another synset ``+&OTHER``);
- **verb blocks**: ``--- NAME [code] ---``, then the block's verbs, one a line
  (``BAN {BANS BANNED}`` lists irregular forms; ``+CORDON_OFF`` is a synonym;
  ``WIRE_+TAP``: the ``+`` marks the head verb; ``DOWNPLAY [014]`` a verb with
  its own code), then patterns;
- **patterns**: ``- words * words [code]`` where ``*`` is the verb, ``$`` the
  source, ``+`` the target, ``%`` a compound actor, ``^`` a skipped phrase,
  ``&NAME`` any member of a synset, ``{A | B}`` alternatives; ``_`` joins words;
- comments after ``#`` and ``<!-- … -->`` lines.

PETRARCH matches patterns on a constituency parse with its own rules. We do
not: :func:`read_verbs` translates each block into trigger entries of our own
model (``events/data/triggers.yaml``), as far as it goes:

- every verb of a block is a ``verb`` trigger with the block's code (or its
  own); particles of multi-word verbs ("break down") are the verb's extra
  words, words before the head ("wire tap") must come right before it;
- a pattern becomes a trigger for each verb of its block: the word right after
  ``*``, when it is a particle or preposition, must belong to the verb ("called
  for"); the other words after ``*`` must occur in that order after the verb,
  in its subtree (``after``), the words before ``*`` in that order in the few
  tokens before it (``before``); a synset is a group of alternatives, a
  multi-word member counts by its last word;
- ``[A:B]`` codes the reverse event too (target to source); a pattern whose
  target comes before the verb or whose source comes after it (``+ * FROM $``)
  codes only the reverse event (``:A``);
- ``[---]`` (no code) and labels that are not codes (``[+++]``) are skipped:
  our model has no "match but code nothing" pattern;
- PETRARCH-2's parenthesised phrases (``- * (INTO CHARGES) [090]``) are read
  as their words; its TRANSFORMATIONS section (``~ a (a b ATTACK) SAY = ...``)
  rewrites events after coding, which our model does not do, so it is skipped,
  and so is a pattern naming a synset the file never defines. Each kind of
  skipped entry is counted in one warning ``W606``, never a stop.

The codes are taken as they are: PETRARCH's own test dictionary mixes WEIS and
CAMEO codes. Errors name the line: :class:`~communique.errors.DictionaryError`
``E603``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..data import fail, package_words
from ..errors import DictionaryError, message
from .patterns import USER_CODE

log = logging.getLogger(__name__)

PARTICLES = package_words("events", "petrarch_particles")
MARKERS = frozenset({"$", "+", "%", "^", "*"})
BLOCK = re.compile(r"^---\s*([^\[\s-][^\[]*?)\s*(\[.*)?(---)?$")
CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Verb:
    """One verb line of a block."""

    head: str
    extra: tuple[str, ...]
    forms: list[str]
    code: str | None
    pre: tuple[str, ...] = ()


@dataclass
class Block:
    """A verb block: its verbs and its patterns (words, code, line)."""

    name: str
    code: str | None
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[str, str | None, int]] = field(default_factory=list)


@dataclass
class Skipped:
    """Entries of a file our model cannot use, counted by kind, with a first example."""

    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)

    def add(self, what: str, example: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1
        self.examples.setdefault(what, example)

    def warn(self, path: str) -> None:
        for what, count in self.counts.items():
            log.warning(message("W606", path=path, count=count, what=what,
                                detail=f"first: {self.examples[what]}"))


def _strip(line: str) -> str:
    """The line without its comment ('#' outside a [code])."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return line[:i].strip()
    return line.strip()


def _code(text: str, path: str, line: int) -> tuple[bool, str | None]:
    """(has a bracket, the code or None) of a line's first ``[...]``."""
    m = CODE.search(text)
    if m is None:
        return False, None
    raw = m.group(1).strip()
    if not raw:
        raise fail(path, f"line {line}: empty code '[]'", "E603")
    if raw.startswith("-") or not USER_CODE.fullmatch(raw):
        return True, None  # [---] and labels that are not codes
    return True, raw


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", phrase.strip().lower()) if w]


def _verb(text: str, code: str | None) -> Verb:
    """``WIRE_+TAP {WIRE_+TAPPED ...}``: the head verb, its other words, its forms."""
    forms_text = ""
    if "{" in text:
        text, _, rest = text.partition("{")
        forms_text = rest.split("}", 1)[0]
    text = CODE.sub("", text).strip().lstrip("+")
    words = [w for w in re.split(r"[_\s]+", text.lower()) if w]
    heads = [i for i, w in enumerate(words) if w.startswith("+")]
    h = heads[0] if heads else 0
    words = [w.lstrip("+") for w in words]
    forms = []
    for form in forms_text.split():
        parts = [p for p in form.lstrip("+").lower().split("_") if p]
        marked = [p for p in parts if p.startswith("+")]
        if parts:
            forms.append((marked[0] if marked else parts[0]).lstrip("+"))
    return Verb(words[h], tuple(words[h + 1:]), forms, code, tuple(words[:h]))


TRANSFORMATIONS = re.compile(r"^#+\s*TRANSFORMATIONS\b", re.IGNORECASE)


def parse_verbs(text: str, path: str = "verbs.txt", skipped: Skipped | None = None
                ) -> tuple[dict[str, list[list[str]]], list[Block]]:
    """The synsets (name -> members as word lists) and verb blocks of a file.

    Entries our model cannot use are counted in ``skipped`` (transformations)."""
    skipped = skipped if skipped is not None else Skipped()
    synsets: dict[str, list[list[str]]] = {}
    blocks: list[Block] = []
    current_synset: str | None = None
    block: Block | None = None
    in_comment = False
    for lineno, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if in_comment or stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        if TRANSFORMATIONS.match(stripped):
            for rest_no, rest in enumerate(text.splitlines()[lineno:], lineno + 1):
                if rest.strip().startswith("~"):
                    skipped.add("transformations", f"line {rest_no}: {rest.strip()}")
            break
        line = _strip(raw)
        if line.startswith("~"):
            skipped.add("transformations", f"line {lineno}: {line}")
            continue
        if not line:
            continue
        if line.startswith("---"):
            m = BLOCK.match(line)
            if m is None:
                raise fail(path, f"line {lineno}: a verb block header should read '--- VERB [code] ---', got {line!r}", "E603")
            _, code = _code(line, path, lineno)
            block = Block(m.group(1).strip(" -"), code, lineno)
            blocks.append(block)
            current_synset = None
        elif line.startswith("&"):
            name = line.split()[0].rstrip("_").upper()
            current_synset = name
            synsets.setdefault(name, [])
        elif line.startswith("+") and current_synset is not None:
            member = line[1:].strip()
            if not member:
                raise fail(path, f"line {lineno}: empty member of synset {current_synset}", "E603")
            synsets[current_synset].append(_words(member) if not member.startswith("&")
                                           else [member.split()[0].rstrip("_").upper()])
        elif line.startswith("-"):
            if block is None:
                raise fail(path, f"line {lineno}: a pattern before any '--- VERB [code] ---' block", "E603")
            has, code = _code(line, path, lineno)
            if not has:
                raise fail(path, f"line {lineno}: pattern without a [code]: {line!r}", "E603")
            body = CODE.split(line[1:], maxsplit=1)[0]
            if "*" not in body:
                raise fail(path, f"line {lineno}: pattern without '*' (the verb): {line!r}", "E603")
            block.patterns.append((body, code, lineno))
        else:
            if block is None:
                raise fail(path, f"line {lineno}: unexpected line outside a verb block: {line!r}", "E603")
            if line.count("{") != line.count("}"):
                raise fail(path, f"line {lineno}: unbalanced braces in {line!r}", "E603")
            has, code = _code(line, path, lineno)
            verb = _verb(line, code if has else block.code)
            if not verb.head.replace("-", "").replace("'", "").isalpha():
                raise fail(path, f"line {lineno}: {verb.head!r} is not a verb", "E603")
            block.verbs.append(verb)
            current_synset = None
    for b in blocks:
        if not b.verbs:
            raise fail(path, f"line {b.line}: verb block {b.name!r} lists no verb", "E603")
    return synsets, blocks


def expand(name: str, synsets: dict[str, list[list[str]]], path: str, line: int,
           seen: frozenset[str] = frozenset()) -> set[str]:
    """Every word a synset reference stands for (a member by its last word)."""
    key = name.rstrip("_").upper()
    if key not in synsets:
        raise fail(path, f"line {line}: unknown synset {name}", "E603")
    if key in seen:
        raise fail(path, f"line {line}: synset {key} contains itself", "E603")
    out: set[str] = set()
    for member in synsets[key]:
        if member and member[0].startswith("&"):
            out |= expand(member[0], synsets, path, line, seen | {key})
        elif member:
            out.add(member[-1])
    return out


def _tokens(body: str) -> list[str]:
    """Pattern tokens; markers glued by '_' come apart; ``{A | B}`` stays one token."""
    body = body.replace("(", " ").replace(")", " ")  # PETRARCH-2 phrase brackets
    # {A | B} are alternatives (one token); {AID CONVOY} is a noun phrase (its words)
    body = re.sub(r"\{([^}]*)\}", lambda m: ("{" + m.group(1).replace(" ", "") + "}") if "|" in m.group(1)
                  else f" {m.group(1)} ", body)
    out: list[str] = []
    for chunk in body.split():
        for part in chunk.split("_"):
            if not part:
                continue
            if part not in MARKERS and part[0] in "$+%^*" and len(part) > 1:
                out += [part[0], part[1:]]  # "+DEMAND" is not a marker glued to a word; keep both
            elif part not in MARKERS and part[-1] == "*":
                out += [part[:-1], "*"]
            else:
                out.append(part)
    return out


@dataclass
class Translated:
    """One pattern in our terms."""

    particle: str | None
    before: list[list[str]]
    after: list[list[str]]
    code: str


def reversed_code(code: str) -> str:
    """The code of the same pattern read the other way ("A" -> ":A", "A:B" -> "B:A", ":A" -> "A")."""
    forward, _, backward = code.partition(":")
    forward, backward = backward, forward
    if forward and backward:
        return f"{forward}:{backward}"
    return forward or ":" + backward


def translate(body: str, code: str, synsets: dict[str, list[list[str]]], path: str,
              line: int) -> Translated:
    """The particle, the word groups before and after the verb, and the code of one pattern."""
    toks = _tokens(body)
    star = toks.index("*")
    pre, post = toks[:star], toks[star + 1:]
    reverse = ("+" in pre and "$" not in pre) or ("$" in post and "+" not in post and "$" not in pre)
    after: list[list[str]] = []
    particle = None
    for i, tok in enumerate(post):
        if tok in MARKERS:
            continue
        if i == 0 and tok.lower() in PARTICLES:
            particle = tok.lower()
            continue
        after.append(_group(tok, synsets, path, line))
    before = [_group(t, synsets, path, line) for t in pre if t not in MARKERS]
    if reverse:
        code = reversed_code(code)
    return Translated(particle, [g for g in before if g], [g for g in after if g], code)


def _group(tok: str, synsets: dict[str, list[list[str]]], path: str, line: int) -> list[str]:
    if tok.startswith("{") and tok.endswith("}"):
        out: list[str] = []
        for alt in tok[1:-1].split("|"):
            out += _group(alt, synsets, path, line) if alt else []
        return out
    if tok.startswith("&"):
        return sorted(expand(tok, synsets, path, line))
    return [tok.lower()]


def lemma_keys(word: str) -> list[str]:
    """The word and the lemmas it may be an inflection of ("called" -> "call")."""
    keys = [word]
    if word.endswith("ied"):
        keys.append(word[:-3] + "y")
    elif word.endswith("ed") and len(word) > 4:
        keys += [word[:-2], word[:-1]]
        if word[-3] == word[-4]:
            keys.append(word[:-3])
    elif word.endswith("ing") and len(word) > 5:
        keys += [word[:-3], word[:-3] + "e"]
    elif word.endswith("ie"):
        keys.append(word[:-2] + "y")  # "defie"
    elif word.endswith("ng") and len(word) > 5:
        keys.append(word + "e")  # a stem: "exchang"
    return list(dict.fromkeys(keys))


def entries(synsets: dict[str, list[list[str]]], blocks: list[Block], path: str,
            skipped: Skipped | None = None) -> list[tuple[str, int, dict[str, Any]]]:
    """Trigger entries (``(path, line, entry)``) for every verb and pattern.

    A pattern that names an undefined synset is counted in ``skipped``."""
    skipped = skipped if skipped is not None else Skipped()
    out: list[tuple[str, int, dict[str, Any]]] = []
    for block in blocks:
        patterns = []
        for body, code, line in block.patterns:
            if code is None:
                continue
            try:
                found = translate(body, code, synsets, path, line)
            except DictionaryError as exc:
                if "unknown synset" not in str(exc):
                    raise
                skipped.add("patterns with an undefined synset", f"line {line}: {body.strip()}")
                continue
            if found.particle is None and not found.before and not found.after:
                continue  # only markers ("% *"): nothing our model can tell apart
            patterns.append((found, line))
        for verb in block.verbs:
            for key in lemma_keys(verb.head):
                forms = [f for f in verb.forms + [verb.head] if f != key]
                base: dict[str, Any] = {"verb": " ".join((key,) + verb.extra)}
                if forms:
                    base["forms"] = forms
                if verb.pre:
                    base["before"] = [[w] for w in verb.pre]
                for found, line in patterns:
                    entry = dict(base, code=found.code)
                    after = found.after
                    if found.particle and not verb.extra:
                        entry["verb"] = f"{key} {found.particle}"
                    elif found.particle:
                        after = [[found.particle]] + after
                    if found.before or verb.pre:
                        entry["before"] = found.before + [[w] for w in verb.pre]
                    if after:
                        entry["after"] = after
                    out.append((path, line, entry))
                if verb.code is not None:
                    out.append((path, block.line, dict(base, code=verb.code)))
    return out


def read_verbs(path: str | Path) -> list[tuple[str, int, dict[str, Any]]]:
    """Read a PETRARCH verb dictionary into trigger entries (E603/E604 on errors)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError("E604", path=str(p), detail=str(exc)) from exc
    skipped = Skipped()
    synsets, blocks = parse_verbs(text, str(p), skipped)
    found = entries(synsets, blocks, str(p), skipped)
    skipped.warn(str(p))
    return found
