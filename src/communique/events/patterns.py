"""Trigger patterns and frames: loading, validation and matching.

Patterns live in two data files:

- ``data/triggers.yaml``: verbs, event nouns and adjectives with a CAMEO code,
  a topic and optional argument constraints, plus word lists (light verbs,
  place prepositions, speech verbs, non-political nouns);
- ``data/frames.yaml``: the frames (appeal, intent, demand, reject, threaten)
  and the topic table that turns "urged X to withdraw" into 0256 and "demands
  withdrawal" into 1056, plus the sections kept on the :class:`Lexicon`
  (embedded actions, moving subjects, other-subject frame verbs,
  conditional threats; see :func:`parse_extras`).

Lemmas are read through :func:`norm`, which applies ``data/lemmas.yaml``
(:mod:`.lemmas`).

:func:`load_lexicon` reads both, validates them against the code table and
returns a :class:`Lexicon`. A user can pass extra trigger entries (same
format) through the ``event_patterns`` setting.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

import re

from ..errors import DictionaryError
from .codes import CodeInfo, event_codes, load_codes
from .lemmas import fixed_lemma

DATA = Path(__file__).resolve().parent / "data"
POS_KEYS = ("verb", "noun", "adj")
FIELDS = {"verb", "noun", "adj", "code", "topic", "with", "light", "of", "frame", "default", "unary", "needs"}
#: Fields only user pattern files may use (see ``events/user.py``).
USER_FIELDS = {"before", "after", "forms"}
#: How far back (in tokens) the ``before`` words of a user pattern may be.
BEFORE_WINDOW = 10
#: A user code: CAMEO digits or another scheme's label (WEIS "174K"); "A:B"
#: also codes the reverse event B (target to source), ":B" only that one.
USER_CODE = re.compile(r"(?=.)([0-9A-Za-z][0-9A-Za-z?#+]{0,7})?(:[0-9A-Za-z][0-9A-Za-z?#+]{0,7})?")
WORD_LISTS = ("light_verbs", "place_preps", "target_preps", "speech_verbs", "non_political",
              "uncertain_heads", "continuative", "relational_nouns", "means_verbs", "document_nouns",
              "reason_idioms", "casualty_verbs", "reaction_verbs", "institution_nouns")


@dataclass(frozen=True)
class Trigger:
    """One trigger pattern."""

    pos: str  # verb | noun | adj
    lemma: str  # the head word
    extra: tuple[str, ...] = ()  # particles / prepositions / modifiers
    code: str | None = None
    topic: str | None = None
    frame: str | None = None
    default: bool = False
    with_: frozenset[str] = frozenset()
    light: frozenset[str] | None = None
    of: str = "target"
    unary: bool = False
    #: user patterns: every group needs one of its words near the trigger
    needs: tuple[frozenset[str], ...] = ()
    #: user patterns: groups that must occur in this order before the trigger
    #: (same sentence, a few tokens back) and after it (in its subtree)
    before: tuple[frozenset[str], ...] = ()
    after: tuple[frozenset[str], ...] = ()
    #: user patterns come before built-in ones for the same word
    user: bool = False

    @property
    def specificity(self) -> int:
        return (2 if self.with_ else 0) + len(self.extra) + 2 * (len(self.needs) + len(self.before) + len(self.after))

    @property
    def phrase(self) -> str:
        return " ".join((self.lemma,) + self.extra) if self.pos == "verb" else " ".join(self.extra + (self.lemma,))


@dataclass
class Lexicon:
    """Every trigger, indexed by (pos, head lemma), with the frames and word lists."""

    triggers: dict[tuple[str, str], list[Trigger]]
    topics: dict[str, dict[str, str]]
    refine: dict[str, dict[str, frozenset[str]]]
    defaults: dict[str, str]
    words: dict[str, frozenset[str]]
    codes: dict[str, CodeInfo] = field(default_factory=dict)
    #: user patterns: a verb's surface forms the parser may not lemmatize ("wiretapped")
    forms: dict[str, str] = field(default_factory=dict)
    #: frames.yaml: verbs that are actions only inside a frame -> topic ("leave")
    embedded_actions: dict[str, str] = field(default_factory=dict)
    #: frames.yaml: subjects that make such a verb an action on its own ("troops")
    moving_subjects: frozenset[str] = frozenset()
    #: frames.yaml: frame verbs whose clause has its own subject -> frame or code
    other_subject: dict[str, str] = field(default_factory=dict)
    #: frames.yaml: cooperative topics whose conditional announcement is a
    #: threat ("will withdraw … unless …") -> the threat code
    conditional_threats: dict[str, str] = field(default_factory=dict)

    def threat_code(self, topic: str | None) -> str | None:
        """The threat code of an action announced under a condition ("will
        impose sanctions unless …"): the topic's threaten column when its
        action is conflictual, else its ``conditional_threats`` entry."""
        if topic is None:
            return None
        if topic in self.conditional_threats:
            return self.conditional_threats[topic]
        row = self.topics.get(topic, {})
        actual = self.codes.get(row.get("actual", ""))
        if actual is not None and actual.quad_class in (3, 4):
            return row.get("threaten")
        return None

    @functools.cached_property
    def pattern_words(self) -> frozenset[str]:
        """Every word the patterns spell: trigger lemmas, light verbs,
        ``with`` words, word lists and refinements ("re-establish",
        "de-escalation", "reopen", "sit-in"); used to lemmatise joined
        hyphenated words (:func:`.lemmas.join_hyphenated`)."""
        out = {lemma for _, lemma in self.triggers}
        for ts in self.triggers.values():
            for t in ts:
                out |= (t.light or frozenset()) | t.with_
        for words in self.words.values():
            out |= words
        for narrower in self.refine.values():
            for words in narrower.values():
                out |= words
        return frozenset(out)

    def candidates(self, pos: str, lemma: str) -> list[Trigger]:
        return self.triggers.get((pos, lemma), [])

    def topic_code(self, topic: str | None, frame: str) -> str | None:
        if topic is None:
            return None
        return self.topics.get(topic, {}).get(frame)

    def refine_topic(self, topic: str | None, lemmas: Iterable[str]) -> str | None:
        """A narrower topic when a qualifier word occurs ("military cooperation")."""
        if topic is None or topic not in self.refine:
            return topic
        bag = set(lemmas)
        for narrower, words in self.refine[topic].items():
            if bag & words:
                return narrower
        return topic


def _fail(path: str, detail: str) -> DictionaryError:
    return DictionaryError("E601", path=path, detail=detail)


def _words(value: Any, path: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise _fail(path, f"{where} should be a list of words")
    return [w.strip().lower() for w in value]


def user_code_info(code: str, codes: dict[str, CodeInfo]) -> CodeInfo:
    """A code a user pattern names that our table lacks: no name; Goldstein,
    quad class and PLOVER from its root when that is a CAMEO root (01-20)."""
    head = code.split(":")[0] or code[1:]
    root = codes.get(head[:2]) if head[:2].isdigit() else None
    if root is None:
        return CodeInfo(code, "", None, None, None)  # type: ignore[arg-type]
    return CodeInfo(code, "", root.goldstein, root.quad_class, root.plover)


def parse_trigger(entry: Any, path: str, index: int, codes: dict[str, CodeInfo],
                  topics: dict[str, dict[str, str]], frames: Iterable[str],
                  user: bool = False) -> Trigger:
    """Validate one trigger entry and build its :class:`Trigger`.

    With ``user``, codes outside our table are accepted (and added to
    ``codes``), and the user-only fields are allowed."""
    where = f"trigger #{index}"
    if not isinstance(entry, dict):
        raise _fail(path, f"{where} is not a mapping")
    unknown = set(entry) - FIELDS - (USER_FIELDS if user else set())
    if unknown:
        raise _fail(path, f"{where} has unknown field(s) {sorted(unknown)}")
    keys = [k for k in POS_KEYS if k in entry]
    if len(keys) != 1:
        raise _fail(path, f"{where} needs exactly one of verb/noun/adj")
    pos = keys[0]
    phrase = str(entry[pos]).strip().lower()
    if not phrase:
        raise _fail(path, f"{where} has an empty {pos}")
    words = phrase.split()
    if pos == "verb":
        lemma, extra = words[0], tuple(words[1:])
    else:
        lemma, extra = words[-1], tuple(words[:-1])
    where = f"trigger #{index} ({pos} {phrase!r})"
    code = entry.get("code")
    if code is not None:
        code = str(code)
        if user and code not in codes and USER_CODE.fullmatch(code):
            codes[code] = user_code_info(code, codes)
        if code not in codes or len(code) < 3 and not user:
            raise _fail(path, f"{where}: unknown CAMEO code {code!r}")
    frame = entry.get("frame")
    if frame is not None and frame not in frames:
        raise _fail(path, f"{where}: unknown frame {frame!r}")
    if code is None and frame is None:
        raise _fail(path, f"{where} needs a code or a frame")
    topic = entry.get("topic")
    if topic is not None and topic not in topics:
        raise _fail(path, f"{where}: unknown topic {topic!r}")
    with_ = frozenset(_words(entry["with"], path, f"{where} 'with'")) if "with" in entry else frozenset()
    light = None
    if "light" in entry:
        if pos != "noun":
            raise _fail(path, f"{where}: 'light' applies to nouns only")
        light = frozenset(_words(entry["light"], path, f"{where} 'light'"))
    of = entry.get("of", "target")
    if of not in ("target", "agent"):
        raise _fail(path, f"{where}: 'of' must be 'target' or 'agent'")
    groups = {name: _groups(entry.get(name), path, f"{where} '{name}'")
              for name in ("needs", "before", "after") if name in entry}
    return Trigger(pos=pos, lemma=lemma, extra=extra, code=code, topic=topic, frame=frame,
                   default=bool(entry.get("default", False)), with_=with_, light=light, of=of,
                   unary=bool(entry.get("unary", False)), user=user, **groups)


def _groups(value: Any, path: str, where: str) -> tuple[frozenset[str], ...]:
    """Word groups: a list whose items are a word or a list of alternative words."""
    if not isinstance(value, list) or not value:
        raise _fail(path, f"{where} should be a list of words or word lists")
    return tuple(frozenset(_words(g if isinstance(g, list) else [g], path, where)) for g in value)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DictionaryError("E602", path=str(path), detail=str(exc)) from exc
    except yaml.YAMLError as exc:
        raise _fail(str(path), f"not valid YAML ({exc})") from exc


def parse_frames(data: Any, path: str, codes: dict[str, CodeInfo]
                 ) -> tuple[list[str], dict[str, str], dict[str, dict[str, str]], dict[str, dict[str, frozenset[str]]]]:
    if not isinstance(data, dict):
        raise _fail(path, "the file should be a mapping")
    frames = data.get("frames")
    if not isinstance(frames, list) or not frames:
        raise _fail(path, "'frames' should list the frame names")
    defaults = {str(k): str(v) for k, v in (data.get("defaults") or {}).items()}
    for frame, code in defaults.items():
        if frame not in frames or code not in codes:
            raise _fail(path, f"default {frame}: {code} names an unknown frame or code")
    topics: dict[str, dict[str, str]] = {}
    for topic, row in (data.get("topics") or {}).items():
        if not isinstance(row, dict):
            raise _fail(path, f"topic {topic!r} should map columns to codes")
        for column, code in row.items():
            if column != "actual" and column not in frames:
                raise _fail(path, f"topic {topic!r}: unknown column {column!r}")
            if str(code) not in codes:
                raise _fail(path, f"topic {topic!r}: unknown code {code!r}")
        topics[str(topic)] = {str(k): str(v) for k, v in row.items()}
    refine: dict[str, dict[str, frozenset[str]]] = {}
    for topic, narrower in (data.get("refine") or {}).items():
        if topic not in topics or not isinstance(narrower, dict):
            raise _fail(path, f"refine: unknown topic {topic!r}")
        for name, words in narrower.items():
            if name not in topics:
                raise _fail(path, f"refine {topic}: unknown topic {name!r}")
            refine.setdefault(topic, {})[name] = frozenset(_words(words, path, f"refine {topic}.{name}"))
    return frames, defaults, topics, refine


EXTRA_SECTIONS = ("embedded_actions", "moving_subjects", "other_subject", "conditional_threats")


def parse_extras(data: Any, topics: dict[str, dict[str, str]], defaults: dict[str, str],
                 codes: dict[str, CodeInfo], path: str = "frames.yaml"
                 ) -> tuple[dict[str, str], frozenset[str], dict[str, str], dict[str, str]]:
    """Validate the ``embedded_actions``, ``moving_subjects``,
    ``other_subject`` and ``conditional_threats`` sections (frames.yaml, or a
    user pattern file); E601 on a bad entry. Missing sections are empty."""
    data = data if isinstance(data, dict) else {}
    actions = data.get("embedded_actions") or {}
    if not isinstance(actions, dict):
        raise _fail(path, "'embedded_actions' should map verbs to topics")
    for verb, topic in actions.items():
        if topic not in topics or "actual" not in topics[topic]:
            raise _fail(path, f"embedded_actions {verb!r}: unknown topic or topic without an actual code {topic!r}")
    subjects = data.get("moving_subjects") or []
    if not isinstance(subjects, list) or not all(isinstance(w, str) for w in subjects):
        raise _fail(path, "'moving_subjects' should be a list of words")
    other = data.get("other_subject") or {}
    if not isinstance(other, dict):
        raise _fail(path, "'other_subject' should map verbs to a frame or a code")
    for verb, value in other.items():
        value = str(value)
        if value not in defaults and value not in codes:
            raise _fail(path, f"other_subject {verb!r}: {value!r} is neither a frame nor a CAMEO code")
    threats = data.get("conditional_threats") or {}
    if not isinstance(threats, dict):
        raise _fail(path, "'conditional_threats' should map topics to threat codes (13x)")
    for topic, code in threats.items():
        if topic not in topics or not str(code).startswith("13") or str(code) not in codes:
            raise _fail(path, f"conditional_threats {topic!r}: needs a known topic and a threat code 13x, not {code!r}")
    return ({str(k).lower(): str(v) for k, v in actions.items()},
            frozenset(w.lower() for w in subjects),
            {str(k).lower(): str(v) for k, v in other.items()},
            {str(k): str(v) for k, v in threats.items()})


def build_lexicon(trigger_data: Any, frame_data: Any, codes: dict[str, CodeInfo],
                  trigger_path: str = "triggers.yaml", frame_path: str = "frames.yaml",
                  extra: Iterable[Any] = (), check_coverage: bool = True,
                  user: Iterable[Any] = (), user_extras: Iterable[tuple[str, Any]] = ()) -> Lexicon:
    """Validate the data and index the triggers; optionally check that every
    code has at least one pattern (directly or through a frame and a topic).

    ``extra`` entries are validated like the built-in ones; ``user`` entries
    (see :func:`user_triggers`) may name codes outside the table and come
    before the built-in patterns of the same word. ``user_extras`` are
    ``(path, mapping)`` pairs whose ``embedded_actions``, ``moving_subjects``
    and ``other_subject`` sections extend (and for the same verb replace)
    those of frames.yaml."""
    frames, defaults, topics, refine = parse_frames(frame_data, frame_path, codes)
    actions, subjects, other, threats = parse_extras(frame_data, topics, defaults, codes, frame_path)
    for path, data in user_extras:
        added = parse_extras(data, topics, defaults, codes, path)
        actions = {**actions, **added[0]}
        subjects = subjects | added[1]
        other = {**other, **added[2]}
        threats = {**threats, **added[3]}
    if not isinstance(trigger_data, dict) or not isinstance(trigger_data.get("triggers"), list):
        raise _fail(trigger_path, "the file should be a mapping with a 'triggers' list")
    words = {name: frozenset(_words(trigger_data.get(name, []), trigger_path, name)) for name in WORD_LISTS}
    entries = list(trigger_data["triggers"]) + list(extra)
    index: dict[tuple[str, str], list[Trigger]] = {}
    for i, entry in enumerate(entries, 1):
        trig = parse_trigger(entry, trigger_path, i, codes, topics, frames)
        index.setdefault((trig.pos, trig.lemma), []).append(trig)
    user = list(user)
    if user:
        codes = dict(codes)  # user codes join a copy of the table
    forms: dict[str, str] = {}
    for trig, more in user_triggers(user, codes, topics, frames):
        index.setdefault((trig.pos, trig.lemma), []).append(trig)
        forms.update((w, trig.lemma) for w in more if w != trig.lemma)
    for key in index:
        index[key].sort(key=lambda t: (not t.user, -t.specificity))  # stable: file order among equals
    lex = Lexicon(index, topics, refine, defaults, words, codes, forms, actions, subjects, other, threats)
    if check_coverage:
        missing = sorted(set(event_codes()) - covered_codes(lex))
        if missing:
            raise _fail(trigger_path, f"no pattern reaches code(s) {', '.join(missing)}")
    return lex


def user_triggers(extra: list[Any], codes: dict[str, CodeInfo], topics: dict[str, dict[str, str]],
                  frames: Iterable[str]) -> list[tuple[Trigger, list[str]]]:
    """Triggers from user entries, each with its extra surface forms. An entry
    is a mapping (named ``user entry #n``) or a ``(path, index, mapping)``
    triple that names its file."""
    out = []
    for i, item in enumerate(extra, 1):
        path, index, entry = item if isinstance(item, tuple) else ("user entry", i, item)
        trig = parse_trigger(entry, path, index, codes, topics, frames, user=True)
        more = _words(entry["forms"], path, f"trigger #{index} 'forms'") if "forms" in entry else []
        out.append((trig, more))
    return out


def covered_codes(lex: Lexicon) -> set[str]:
    """Codes some pattern can produce."""
    all_triggers = [t for ts in lex.triggers.values() for t in ts]
    frames_used = {t.frame for t in all_triggers if t.frame}
    topics_used = {t.topic for t in all_triggers if t.topic}
    for t in all_triggers:  # a refinement is reachable when its parent topic is
        if t.topic in lex.refine:
            topics_used |= set(lex.refine[t.topic])
    out = {t.code for t in all_triggers if t.code}
    out |= {lex.defaults[f] for f in frames_used if f in lex.defaults}
    for topic in topics_used:
        for column, code in lex.topics.get(topic, {}).items():
            if column == "actual" or column in frames_used:
                out.add(code)
            if column == "threaten" and "intent" in frames_used:
                out.add(code)
    return out


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The built-in lexicon (cached)."""
    codes = load_codes()
    tpath, fpath = DATA / "triggers.yaml", DATA / "frames.yaml"
    return build_lexicon(_read_yaml(tpath), _read_yaml(fpath), codes, str(tpath), str(fpath))


def lexicon_with(extra: list[Any]) -> Lexicon:
    """The built-in lexicon plus user trigger entries (validated the same way)."""
    codes = load_codes()
    tpath, fpath = DATA / "triggers.yaml", DATA / "frames.yaml"
    return build_lexicon(_read_yaml(tpath), _read_yaml(fpath), codes, str(tpath), str(fpath), extra=extra)


def lexicon_with_user(entries: list[Any], extras: Iterable[tuple[str, Any]] = ()) -> Lexicon:
    """The built-in lexicon plus user pattern entries (:func:`user_triggers`):
    codes outside the table are accepted, user patterns come first.
    ``extras``: ``(path, mapping)`` pairs with frame sections (:func:`parse_extras`)."""
    codes = load_codes()
    tpath, fpath = DATA / "triggers.yaml", DATA / "frames.yaml"
    return build_lexicon(_read_yaml(tpath), _read_yaml(fpath), codes, str(tpath), str(fpath), user=entries,
                         user_extras=extras)


# -- matching ------------------------------------------------------------

def pos_key(token: Any) -> str | None:
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
        return "verb"
    if token.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if token.pos_ == "ADJ":
        return "adj"
    return None


def norm(token: Any) -> str:
    """The token's lemma as the patterns use it (fixed by ``data/lemmas.yaml``)."""
    return fixed_lemma(token)


def near_words(token: Any) -> set[str]:
    """Lemmas and words of a token's children and grandchildren (for particles)."""
    out = set()
    for c in token.children:
        out.add(norm(c))
        out.add(c.lower_)
        for g in c.children:
            out.add(norm(g))
            out.add(g.lower_)
    return out


def tokens_before(token: Any) -> list[Any]:
    """The tokens of the trigger's sentence just before it (BEFORE_WINDOW)."""
    start = max(token.sent.start, token.i - BEFORE_WINDOW)
    return [token.doc[i] for i in range(start, token.i)]


def in_order(groups: tuple[frozenset[str], ...], tokens: list[Any]) -> bool:
    """Every group matches a token (by lemma or word), in the groups' order."""
    j = 0
    for t in tokens:
        if j == len(groups):
            break
        if norm(t) in groups[j] or t.lower_ in groups[j]:
            j += 1
    return j == len(groups)


def match(lex: Lexicon, token: Any, arg_lemmas: Callable[[Any], set[str]],
          has_official: Callable[[Any], bool]) -> Trigger | None:
    """The most specific trigger pattern that fits ``token``, or None."""
    pos = pos_key(token)
    if pos is None:
        return None
    cands = lex.candidates(pos, norm(token))
    if not cands and pos == "noun" and token.lower_ != norm(token):
        cands = lex.candidates(pos, token.lower_)
    if not cands and lex.forms and token.lower_ in lex.forms:
        cands = lex.candidates(pos, lex.forms[token.lower_])
    if not cands:
        return None
    near: set[str] | None = None
    args: set[str] | None = None
    for trig in cands:
        if trig.extra:
            near = near if near is not None else near_words(token)
            if not all(w in near for w in trig.extra):
                continue
            if pos == "verb" and not any(c.lower_ == trig.extra[0] or norm(c) == trig.extra[0]
                                         for c in token.children):
                continue  # a particle or preposition must belong to the verb itself
        if trig.with_:
            args = args if args is not None else arg_lemmas(token)
            plain = {w for w in trig.with_ if not w.startswith("@")}
            ok = bool(plain & args)
            if not ok and "@official" in trig.with_:
                ok = has_official(token)
            if not ok:
                continue
        if trig.needs:
            args = args if args is not None else arg_lemmas(token)
            near = near if near is not None else near_words(token)
            context = args | near | {norm(token.head), token.head.lower_}
            if not all(group & context for group in trig.needs):
                continue
        if trig.before and not in_order(trig.before, tokens_before(token)):
            continue
        if trig.after and not in_order(trig.after, sorted((t for t in token.subtree if t.i > token.i),
                                                          key=lambda t: t.i)):
            continue
        return trig
    return None
