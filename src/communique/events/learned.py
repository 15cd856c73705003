"""A learned fallback: events for sentences the rule coder leaves silent.

On real news most missed events sit in sentences where the rules code
nothing at all, though the actors stage often found both parties. For each
such sentence a small one-vs-rest logistic regression over features of the
existing parse and the parser's context vectors (:mod:`.learned_features`)
gives every CAMEO root class a probability. A second small model (:func:`best_pair`) picks the source and
target among the sentence's actors, the publisher of a government release, the two
countries "both nations" stands for (:mod:`.pair`), the article's clear focus and the
sides named in the two sentences before, when the sentence does not name them
(:mod:`.focus`, :func:`named_before`), from their place in the clause, the
verb each attaches to and the noun each hangs from ("Russia's invasion"); a root becomes
an event when its probability times its pair's is at or above the threshold, with the
actors listed beside its target as
participants (:func:`.dyads.conjoined`). A sentence the
rules did code may take one more event, of a root they did not give it, at a
higher threshold (real news often tells two acts in one sentence), and a rule
event with a source alone takes the target the pair model clearly prefers
(:func:`aim`).

The weights are a data file, ``data/learned/model.json``, written by
``scripts/train_events.py`` from the real-news dev set (its header names the
data and licences). Nothing is downloaded; the learned part costs about nine
milliseconds per article of 600 words (docs/performance.md: the events stage,
learned part included, is about 16% of the time).

>>> from communique.run import extract                                  # doctest: +SKIP
>>> art = extract("Britain condemned the attack by Iran.")               # doctest: +SKIP
>>> [(e.cameo, e.source.code, e.target.code) for e in propose(art, {})]  # doctest: +SKIP
[('111', 'GBR', 'IRN')]

Settings (read with defaults, so a plain ``{}`` works):

- ``learned_events`` (bool, default True): propose at all;
- ``learned_threshold`` (float, default :data:`DEFAULT_THRESHOLD`): the
  least probability, root times pair, for an event;
- ``learned_coded_threshold`` (float, default :data:`DEFAULT_CODED`): the
  same for one more event in a sentence the rules coded, of a root they did
  not give it (above 1: none);
- ``learned_second_threshold`` (float, default :data:`DEFAULT_SECOND`): the same for a
  second event, of another root, in a sentence the rules left silent (above 1: none);
- ``learned_check_threshold`` (float, default :data:`DEFAULT_CHECK`): the
  least probability of being right for a rule event to stay (:func:`check`; 0 keeps all);
- ``learned_check_root`` (float, default :data:`DEFAULT_CHECK_ROOT`): the root classifier's
  probability for a rule event's root at or above which the check keeps it anyway;
- ``learned_aim_margin`` (float, default :data:`DEFAULT_AIM`): how much more likely (in
  log-odds) the pair model must find a target than none to give one to a rule event that has
  none (:func:`aim`; above 50: never);
- ``learned_reroot_threshold`` and ``learned_reroot_below`` (floats, defaults
  :data:`DEFAULT_REROOT` and :data:`DEFAULT_REROOT_BELOW`): a rule event whose root the
  classifier gives less than the second takes the likeliest other root at or above the
  first (:func:`reroot`; above 1: never);
- ``learned_model`` (path, default the shipped file).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..article import ActorRef, Article, Event, Mention
from ..cameo import ActorCode, CodeInfo, in_group, load_codes, side
from ..data import package_words, read_data
from ..errors import DictionaryError
from .candidate import new_event
from .contests import decided_contest
from .dyads import conjoined
from .focus import focus, is_country_side
from .learned_features import (
    FIRST_PERSON,
    Party,
    Slot,
    event_features,
    pair_features,
    sentence_features,
    sentence_vector,
    slot_of,
    slots,
    unsure,
    verbless,
)
from .own import OWN, load_own, other_side, own_party
from .pair import pair_in_play, pair_phrase
from .selfdyads import own_organ, stays
from .voices import publisher_voice

INTENT_AUX = package_words("events", "intent_aux")
MODEL = Path(__file__).resolve().parent / "data" / "learned" / "model.json"
#: The least probability (root times pair) to propose an event, with the check below on. Ten
#: folds of the 282 batch files at 83852d1 (scripts/eval_learned.py; the table and the earlier
#: runs are in docs/events.md): the defaults before (0.4, coded 0.45, no check) 0.617 / 0.336;
#: these (0.3, coded 0.5, check 0.25 where the classifier gives the root under 0.2)
#: 0.614 / 0.351; 0.35 with the same check 0.630 / 0.340; 0.25 with check 0.2 0.599 / 0.360
#: (rules alone 0.629 / 0.217). The check's dropped events pay for the lower threshold's extra
#: ones. Recall comes first while pooled precision stays over 0.6 with a margin, since some
#: regions code worse at first sight than out of fold. 0.6 until 2026-12-05, then 0.55, 0.45,
#: 0.4, and 0.3 since the fourth session of 2026-12-06.
DEFAULT_THRESHOLD = 0.3
#: The least probability for a learned event in a sentence the rules coded, of a root they did not
#: give it. Out of fold such events between 0.45 and 0.5 were right 35% of the time (between 0.5
#: and 0.6, 46%). 0.6 until 2026-12-06, then 0.5, 0.45, and 0.5 again with the check on.
DEFAULT_CODED = 0.5
#: The least probability of being right for a rule event to stay (:func:`check`), unless the root
#: classifier backs it (:data:`DEFAULT_CHECK_ROOT`); 0 keeps all. The seed article's troops "sent
#: into the country's north" (root 19 at 0.03, so unbacked) set the margin: the model of the 457
#: files gives them 0.28, which 0.3 would drop. 0.25 keeps them, at a small cost out of fold (ten
#: folds of 441 files: 72 more events kept, 11 of them right). Each session's measurements are
#: in docs/events.md.
DEFAULT_CHECK = 0.25
#: The root classifier's probability for a rule event's root, in its sentence, under which the
#: check may drop it: an event the classifier backs stays whatever the check says. Without the
#: backing the check drops the seed article's quoted Syrian statement (check 0.05, root 01 the
#: sentence's likeliest). 0.1 since the seventh session of 2026-12-06 (118 more events kept out of
#: fold, 36 right); the models since give that statement's root about 0.16, so 0.15 keeps it with
#: too thin a margin and 0.2 drops it. Each session's measurements are in docs/events.md.
DEFAULT_CHECK_ROOT = 0.1
#: The check judges articles of at least this many sentences, the kind it is trained and measured
#: on (about 98% of the dev set's articles have 6 or more). On a wire sentence, a snippet or our own
#: short paragraphs (tests/test_events_dev.py) it has only been seen to drop right events
#: ("Macron hoped Germany would back the plan": check 0.06, root 01 at 0.04).
CHECK_MIN_SENTENCES = 6
#: The modes the check judges (the ones the dev set scores); the others always stay.
SCORED = frozenset({"actual", "intent"})
#: How much more likely (log-odds) the pair model must find a target than none for :func:`aim` to
#: give it to a rule event with a source alone. Six folds grouped by batch over 152 files
#: (docs/events.md): 42 events aimed, 9 of them right where 2 were right with no target.
DEFAULT_AIM = 2.0
#: :func:`reroot`: a rule event whose root the classifier gives less than ``DEFAULT_REROOT_BELOW``
#: takes the sentence's likeliest other root when that one has at least ``DEFAULT_REROOT``. Six
#: folds grouped by batch over 218 files, learned threshold 0.6: 6,155 events and 3,849 right
#: without, 6,104 and 3,843 with (P 0.625 -> 0.630); the re-rooted event takes the place of the
#: learned event of the same root the coded sentence would have had. At 0.6 it re-roots an event
#: of the seed article that is right (an accusation read as a threat, p 0.65), so 0.7; 0.75 since
#: the fifth session of 2026-12-06, whose model reads the seed article's "Turkey has backed
#: political and armed opposition" (070) as a rejection at exactly 0.70. Ten folds of the 361
#: files: 0.75 re-roots 5 events fewer, none of them right.
DEFAULT_REROOT = 0.75
DEFAULT_REROOT_BELOW = 0.1
#: A silent sentence takes one learned event at :data:`DEFAULT_THRESHOLD`, and a second, of another
#: root, at this: real news often tells two acts in one sentence ("met X and signed …"). Ten folds of
#: the 409 files, scored on 425 (with the other changes to :func:`propose` of the 2026-12-06 ninth
#: session): 126 more events, 65 of them right (R 0.345 -> 0.347, P 0.607); at 0.5, 258 more and 119
#: right. Two events per silent sentence lowered precision in an earlier leave-one-batch-out run, on
#: a weaker model.
DEFAULT_SECOND = 0.6
#: Confidence of a learned event: its probability, capped below the rules'.
MAX_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Model:
    """Weights of the one-vs-rest classifier, one column per root class."""

    roots: tuple[str, ...]
    bias: tuple[float, ...]
    #: Each feature's row in ``matrix``, which holds one weight per root class a row (numpy).
    rows: Mapping[str, int]
    matrix: Any
    #: The code emitted for a root, and for a root with a given main-verb lemma.
    codes: Mapping[str, str]
    verb_codes: Mapping[str, Mapping[str, str]]
    #: Roots that may stand with a source alone when the sentence names no target.
    alone: frozenset[str]
    #: The pair model: which (source, target) of the sentence's actors is the event's.
    pair_bias: float = 0.0
    pair_weights: Mapping[str, float] = field(default_factory=dict)
    #: Trigger words and their roots ("condemn" -> "11"), from the pattern files at training time.
    lexicon: Mapping[str, str] = field(default_factory=dict)
    #: The context-vector part: each number's training mean and spread, and a weight row per number
    #: (numpy arrays; empty when the model has none).
    dense_mean: Any = None
    dense_scale: Any = None
    dense_weights: Any = None
    #: The check of the rules' events: the probability that one is right (:func:`check`).
    keep_bias: float = 0.0
    keep_weights: Mapping[str, float] = field(default_factory=dict)

    def keep_probability(self, feats: list[str]) -> float:
        """The probability that a rule event with these features is right."""
        return _sigmoid(self.keep_bias + sum(self.keep_weights.get(f, 0.0) for f in feats))

    def probabilities(self, feats: list[str], vector: list[float] | None = None) -> dict[str, float]:
        """Each root's probability for one sentence's features (and context vector)."""
        found = [i for i in map(self.rows.get, feats) if i is not None]
        scores = np.asarray(self.bias, dtype=float) + self.matrix[found].sum(axis=0)
        if vector is not None and self.dense_weights is not None and len(vector) == len(self.dense_weights):
            z = (np.asarray(vector, dtype=float) - self.dense_mean) / self.dense_scale
            scores = scores + z @ self.dense_weights
        return {r: _sigmoid(float(s)) for r, s in zip(self.roots, scores)}


def model_from_dict(data: Mapping[str, Any], path: str = "model.json") -> Model:
    """A :class:`Model` from the JSON file's mapping; E601 on a malformed file."""
    try:
        roots = tuple(str(r) for r in data["roots"])
        bias = tuple(float(b) for b in data["bias"])
        scale = float(data.get("weights_scale", 1))  # the trainer stores whole thousandths
        if not scale > 0:
            raise ValueError(f"weights_scale {scale}")
        weights = {str(f): tuple(float(w) / scale for w in row) for f, row in data["weights"].items()}
        codes = {str(r): str(c) for r, c in data["codes"].items()}
        verb_codes = {str(r): {str(v): str(c) for v, c in m.items()} for r, m in data.get("verb_codes", {}).items()}
        alone = frozenset(str(r) for r in data.get("alone_roots", ()))
        pair_bias = float(data["pair_bias"])
        pair_weights = {str(f): float(w) for f, w in data["pair_weights"].items()}
        lexicon = {str(w): str(r) for w, r in data.get("lexicon", {}).items()}
        dense = data.get("dense") or {}
        dense_mean = [float(x) for x in dense.get("mean", ())]
        dense_scale = [float(x) or 1.0 for x in dense.get("scale", ())]
        dense_weights = [[float(w) for w in row] for row in dense.get("weights", ())]
        keep = data.get("keep") or {}
        keep_bias = float(keep.get("bias", 0.0))
        keep_weights = {str(f): float(w) for f, w in keep.get("weights", {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DictionaryError("E601", path=path, detail=f"not a learned events model ({exc!r}); "
                              "regenerate it with scripts/train_events.py") from None
    bad = [f for f, row in weights.items() if len(row) != len(roots)]
    bad += [f"dense row {i}" for i, row in enumerate(dense_weights) if len(row) != len(roots)]
    if not len(dense_mean) == len(dense_scale) == len(dense_weights):
        bad.append("dense mean, scale and weights of different lengths")
    if len(bias) != len(roots) or bad:
        raise DictionaryError("E601", path=path, detail=f"weight rows do not match the {len(roots)} roots "
                              f"(e.g. {bad[:1]}); regenerate it with scripts/train_events.py")
    dense_arrays = {"dense_mean": np.array(dense_mean), "dense_scale": np.array(dense_scale),
                    "dense_weights": np.array(dense_weights)} if dense_weights else {}
    rows = {f: i for i, f in enumerate(weights)}
    matrix = np.array(list(weights.values()), dtype=float).reshape(len(weights), len(roots))
    return Model(roots, bias, rows, matrix, codes, verb_codes, alone, pair_bias, pair_weights, lexicon,
                 keep_bias=keep_bias, keep_weights=keep_weights, **dense_arrays)


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model:
    """The model in ``path`` (default: the shipped file), read once per process."""
    where = Path(path) if path else MODEL
    return model_from_dict(read_data(where, "E601", missing="E602"), str(where))


#: How many sentences back a side may be named to be offered as a party (:func:`named_before`),
#: and how many such sides at most.
BEFORE_WINDOW = 2
BEFORE_MAX = 3


def parties(article: Article, sent: Any, mentions: list[Mention], where: list[Slot] | None = None,
            main: Any = ...) -> list[tuple[Party, ActorRef]]:
    """The sentence's placeable actors, each by its first mention, in text order; then the
    publisher's government (a state's release speaks for it), the two countries "both
    nations" or "each other" stands for (:mod:`.pair`, kind ``pair``), the article's focus
    (:func:`.focus.focus`, kind ``focus``) and the sides named in the sentences just before
    (:func:`named_before`, kind ``before``), each when its side is not named here. ``where``:
    the mentions' slots, if already known; ``main``: the article's focus, if already known
    (``None`` when it has none)."""
    out: list[tuple[Party, ActorRef]] = []
    seen: set[str] = set()
    for n, (m, slot) in enumerate(zip(mentions, where if where is not None else slots(sent, mentions))):
        if m.actor_id in seen:
            continue
        try:
            ref = article.ref(m)
        except KeyError:
            continue
        seen.add(m.actor_id)
        if not side(ref.code):
            continue  # a code we cannot place ("---GOV") makes no usable dyad
        kind = "we" if m.text.lower() in FIRST_PERSON else m.kind
        out.append((Party(m.actor_id, side(ref.code), slot, n, kind, code_role(ref.code)), ref))
    author = publisher_voice(article)
    if author is not None and author.actor not in seen:
        out.append((Party(author.actor, side(author.code), Slot("absent", False), -1, "publisher", "GOV"), author))
    phrase = pair_phrase(sent)
    if phrase is not None:  # "both nations": the two countries named last (:mod:`.pair`)
        for ref in pair_in_play(article, sent, phrase):
            if side(ref.code) not in {p.side for p, _ in out}:
                out.append((Party(ref.actor, side(ref.code), slot_of(phrase), -3, "pair", code_role(ref.code)), ref))
    if main is ...:
        main = focus(article, clear=True)
    if main is not None and side(main.code) not in {p.side for p, _ in out}:
        out.append((Party(main.id, side(main.code), Slot("context", False), -2, "focus", code_role(main.code)),
                    main.ref()))
    return out + named_before(article, sent, {p.side for p, _ in out})


def named_before(article: Article, sent: Any, taken: set[str]) -> list[tuple[Party, ActorRef]]:
    """The sides named in the :data:`BEFORE_WINDOW` sentences before ``sent`` and not in
    ``taken``, the nearest first (at most :data:`BEFORE_MAX`; kind ``before``, slot ``before1``
    for the sentence just before): "The UK welcomes the adoption of the resolution" after a
    paragraph on the Security Council. The pair model decides whether one of them acts."""
    out: list[tuple[Party, ActorRef]] = []
    taken = set(taken)
    end = sent.start
    for back in range(1, BEFORE_WINDOW + 1):
        if end == 0:
            break
        prev = article.doc[end - 1].sent
        for m in reversed(article.mentions_between(prev.start_char, prev.end_char)):
            try:
                ref = article.ref(m)
            except KeyError:
                continue
            here = side(ref.code)
            if here and here not in taken:
                taken.add(here)
                out.append((Party(ref.actor, here, Slot(f"before{back}", False), -3 - back, "before",
                                  code_role(ref.code)), ref))
                if len(out) == BEFORE_MAX:
                    return out
        end = prev.start
    return out


def read_sentence(article: Article, sent: Any, mentions: list[Mention], lexicon: Mapping[str, str] | None,
                  main: Any = ...) -> tuple[list[str], list[float] | None, list[tuple[Party, ActorRef]]]:
    """What the models read of one sentence: its features, its context vector and its parties,
    the mentions' slots found once for both (``main``: the article's focus, if already known).
    Training (``scripts/train_events.py``) and :func:`propose` both call it, so the two read
    sentences alike."""
    where = slots(sent, mentions)
    return (sentence_features(sent, article, mentions, lexicon, where), sentence_vector(sent),
            parties(article, sent, mentions, where, main))


def code_role(code: str) -> str:
    """The role of an actor code, for the pair model: "GOV", "REB" …, "" for a bare country,
    "IGO" for an international body."""
    if not is_country_side(side(code)):
        return "IGO"
    return ActorCode.parse(code).role or ""


def choices(found: list[tuple[Party, ActorRef]], root: str | None = None) -> list[tuple[Party, Party | None]]:
    """Every (source, target) pair of different actors, and each source alone; for a root of
    ``own_country.yml``, also each party with its own country as the other side (:mod:`.own`)."""
    people = [p for p, _ in found]
    out = [(s, t) for s in people for t in [None, *people] if t is None or t.actor != s.actor]
    if root is not None and root in load_own():
        out += [(s, t) for s in people for t in [own_party(s)] if t is not None]
    return out


def best_pair(model: Model, root: str, found: list[tuple[Party, ActorRef]]
              ) -> tuple[float, ActorRef, ActorRef | None] | None:
    """The likeliest (source, target) for an event of ``root``, with its probability."""
    refs = {p.actor: r for p, r in found}
    people = [p for p, _ in found]
    best: tuple[float, ActorRef, ActorRef | None] | None = None
    for s, t in choices(found, root):
        if t is None and root not in model.alone:
            continue
        score = _pair_score(model, root, s, t, people)
        if best is None or score > best[0]:
            other = None if t is None else refs.get(t.actor) or ActorRef("", t.side, OWN)  # OWN: made by propose
            best = (score, refs[s.actor], other)
    if best is None:
        return None
    return _sigmoid(best[0]), best[1], best[2]


def _pair_score(model: Model, root: str, source: Party, target: Party | None, people: list[Party]) -> float:
    return model.pair_bias + sum(model.pair_weights.get(f, 0.0)
                                 for f in pair_features(root, source, target, people, model.lexicon))


def aim(article: Article, settings: Mapping[str, Any] | None = None, model: Model | None = None,
        reading: Reading | None = None) -> None:
    """Give a rule event with a source alone (actual or intended, no other participants) the
    target the pair model prefers, when it finds that target at least ``learned_aim_margin``
    more likely (log-odds) than none for the source's side. The target is one of the
    sentence's actors, the publisher's government, the article's focus or a side named just
    before (:func:`parties`),
    never the source itself, nor a state's own organ when the source is one (Ukrainian troops
    are not aimed at Ukraine; militants may be); the event gets the note "target by the pair
    model"."""
    settings = settings or {}
    margin = float(settings.get("learned_aim_margin", DEFAULT_AIM))
    if article.doc is None or not settings.get("learned_events", True) or margin > 50:
        return
    for event in article.events:
        if event.target is not None or event.source is None or len(event.participants) > 1 \
                or event.mode not in SCORED or not event.cameo[:2].isdigit():
            continue
        sent = article.sentence_of(event.trigger_span[0])
        if sent is None:
            continue
        model = model or load_model(settings.get("learned_model"))
        reading = reading or Reading(article, model)
        found = reading.parties(sent)
        refs = {p.actor: r for p, r in found}
        people = [p for p, _ in found]
        named = any(p.actor == event.source.actor for p in people)
        alone = best = None
        for s, t in choices(found, event.cameo[:2]):
            if not _aimable(event.source, s, t, refs, named):
                continue
            score = _pair_score(model, event.cameo[:2], s, t, people)
            if t is None:
                alone = score if alone is None else max(alone, score)
            elif best is None or score > best[0]:
                best = (score, refs[t.actor])
        if best is not None and alone is not None and best[0] - alone >= margin:
            event.target = best[1]
            event.meta.setdefault("notes", []).append("target by the pair model")


def _aimable(source: ActorRef, s: Party, t: Party | None, refs: Mapping[str, ActorRef], named: bool) -> bool:
    """Whether :func:`aim` weighs the choice (s, t): ``s`` is the event's source (its actor when
    the sentence ``named`` it, else its side); ``t`` is none, or another actor of the sentence
    that is not a state's own organ when the source is one."""
    if s.actor != source.actor if named else s.side != side(source.code):
        return False
    if t is None:
        return True
    if t.actor not in refs or t.actor == source.actor:
        return False
    return not (t.side == side(source.code) and own_organ(source.code)[1] and own_organ(refs[t.actor].code)[1])


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def _code(model: Model, codes: Mapping[str, CodeInfo], root: str, verb: str) -> str | None:
    code = model.verb_codes.get(root, {}).get(verb) or model.codes.get(root) or root + "0"
    return code if code in codes else (root + "0" if root + "0" in codes else None)


def _mode(sent: Any) -> str:
    head = sent.root
    aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if aux & INTENT_AUX or (head.lower_ == "going" and any(c.dep_ == "xcomp" for c in head.children)):
        return "intent"
    return "actual"


def check(article: Article, settings: Mapping[str, Any] | None = None, model: Model | None = None,
          reading: Reading | None = None) -> list[Event]:
    """The rule events worth keeping: in an article of at least :data:`CHECK_MIN_SENTENCES`
    sentences, an actual or intended event goes when the check model
    gives it less than ``learned_check_threshold`` probability of being right *and* the root
    classifier gives its root less than ``learned_check_root`` in its sentence (both models
    doubt it); other modes always stay. Returns the kept events, renumbered (the same objects:
    their ids change); the caller sets ``article.events``. ``reading``: the article's
    sentences as already read (shared with :func:`aim`, :func:`reroot` and :func:`propose`).
    """
    settings = settings or {}
    events = list(article.events)
    threshold = float(settings.get("learned_check_threshold", DEFAULT_CHECK))
    if article.doc is None or not settings.get("learned_events", True) or threshold <= 0:
        return events
    model = model or load_model(settings.get("learned_model"))
    if not model.keep_weights:
        return events
    if sum(1 for sent in article.sentences() if sent.text.strip()) < CHECK_MIN_SENTENCES:
        return events  # a wire sentence or a snippet: not what the check was trained on
    backed = float(settings.get("learned_check_root", DEFAULT_CHECK_ROOT))
    reading = reading or Reading(article, model)
    kept = []
    for event in events:
        sent = article.sentence_of(event.trigger_span[0])
        if event.mode in SCORED and sent is not None \
                and model.keep_probability(event_features(article, event, sent, model.lexicon)) < threshold \
                and reading.probabilities(sent).get(event.cameo[:2], 0.0) < backed:
            continue
        kept.append(event)
    for n, event in enumerate(kept, 1):
        event.id = f"E{n}"
    return kept


class Reading:
    """What the models read of an article's sentences, each read once (:func:`read_sentence`):
    its parties and, when asked, the root classifier's probabilities. The article's focus is
    found once, when a sentence first needs it. :func:`aim`, :func:`reroot` and :func:`propose`
    share one."""

    def __init__(self, article: Article, model: Model) -> None:
        self.article, self.model = article, model
        self._main: Any = ...
        self._read: dict[int, tuple[list[str], list[float] | None, list[tuple[Party, ActorRef]]]] = {}
        self._probs: dict[int, dict[str, float]] = {}

    def _sentence(self, sent: Any) -> tuple[list[str], list[float] | None, list[tuple[Party, ActorRef]]]:
        if sent.start not in self._read:
            if self._main is ...:
                self._main = focus(self.article, clear=True)
            mentions = self.article.mentions_between(sent.start_char, sent.end_char)
            self._read[sent.start] = read_sentence(self.article, sent, mentions, self.model.lexicon, self._main)
        return self._read[sent.start]

    def parties(self, sent: Any) -> list[tuple[Party, ActorRef]]:
        """The sentence's candidate sources and targets (:func:`parties`)."""
        return self._sentence(sent)[2]

    def probabilities(self, sent: Any) -> dict[str, float]:
        """Each root class's probability for the sentence."""
        if sent.start not in self._probs:
            feats, vector, _ = self._sentence(sent)
            self._probs[sent.start] = self.model.probabilities(feats, vector)
        return self._probs[sent.start]


def reroot(article: Article, settings: Mapping[str, Any] | None = None, model: Model | None = None,
           reading: Reading | None = None) -> None:
    """Give a rule event the root the classifier reads in its sentence when it finds the rule's
    root unlikely: under ``learned_reroot_below`` for the rule's root, at least
    ``learned_reroot_threshold`` for the likeliest other one (actual and intended events of the
    ``reroot`` group of ``cameo/data/codes.tsv`` only: the cooperative roots 01 to 08).
    The sides stay; the code, its name, weights and trigger follow the new root, and the note
    says which root the rules gave ("we welcomed their commitment to work together" read as
    praise, 05, where the rules saw an intent, 03)."""
    settings = settings or {}
    above = float(settings.get("learned_reroot_threshold", DEFAULT_REROOT))
    below = float(settings.get("learned_reroot_below", DEFAULT_REROOT_BELOW))
    if article.doc is None or not settings.get("learned_events", True) or above > 1 or below <= 0:
        return
    model = model or load_model(settings.get("learned_model"))
    reading = reading or Reading(article, model)
    codes = load_codes()
    for event in article.events:
        if event.mode not in SCORED or not in_group(event.cameo, "reroot"):
            continue
        sent = article.sentence_of(event.trigger_span[0])
        if sent is None:
            continue
        probs = reading.probabilities(sent)
        root = event.cameo[:2]
        if root not in probs or probs[root] >= below:
            continue
        other = max((r for r in probs if r != root), key=lambda r: probs[r])
        code = _code(model, codes, other, sent.root.lemma_.lower()) if probs[other] >= above else None
        if code is None:
            continue
        info, tok = codes[code], _trigger(model, sent, other)
        event.meta.setdefault("notes", []).append(
            f"root {other} by the learned part (p={probs[other]:.2f}), where the rules gave {event.cameo}")
        event.recode(info)
        event.trigger_text, event.trigger_span = tok.text, (tok.idx, tok.idx + len(tok.text))


def revise(article: Article, settings: Mapping[str, Any] | None = None, model: Model | None = None,
           judge: bool = True) -> None:
    """The learned part after the rule coder: the rule events the check keeps (``judge``;
    our patterns' events only), each with a target where :func:`aim` finds one and the root
    :func:`reroot` reads, then the learned events (:func:`propose`), all in text order
    (``E1``, ``E2`` … renumbered)."""
    settings = settings or {}
    if article.doc is None or not settings.get("learned_events", True):
        return
    model = model or load_model(settings.get("learned_model"))
    reading = Reading(article, model)
    if judge:
        article.events = check(article, settings, model, reading)
        aim(article, settings, model, reading)
        reroot(article, settings, model, reading)
    added = propose(article, settings, model, reading)
    if not added:
        return
    article.events = sorted(article.events + added, key=lambda e: (e.sentence_span[0], e.trigger_span[0]))
    for n, event in enumerate(article.events, 1):
        event.id = f"E{n}"


def propose(article: Article, settings: Mapping[str, Any] | None = None, model: Model | None = None,
            reading: Reading | None = None) -> list[Event]:
    """Extra events: one for each sentence of ``article`` where no event was coded (at
    ``learned_threshold``) and a second of another root (at ``learned_second_threshold``),
    and one for a coded sentence when a root the rules did not give it is likely enough (at
    ``learned_coded_threshold``).

    Call after the rule coder and :func:`check` (``article.events`` filled). The events are
    numbered after the existing ones; the caller appends them. ``model``
    overrides the settings' model file (for evaluation). A sentence counts as coded by the
    actual or intended rule events in it: one whose rule events :func:`check` dropped is read as
    silent (a doubtful reading is no proof that the sentence tells nothing; ten folds of the 409
    files, scored on 425: 227 more events, 128 of them right), and so is one whose rule events
    are all negated or hypothetical (the act the rules put in a subordinate clause's mode may
    still be told: 180 more, 92 right). A rule event the stage will drop anyway (no source, or a
    state's talk with itself: :func:`.selfdyads.stays`) does not make its sentence coded either.
    ``reading``: the article's sentences as already read (:class:`Reading`, shared with
    :func:`aim` and :func:`reroot`).
    """
    settings = settings or {}
    if article.doc is None or not settings.get("learned_events", True):
        return []
    threshold = float(settings.get("learned_threshold", DEFAULT_THRESHOLD))
    model = model or load_model(settings.get("learned_model"))
    reading = reading or Reading(article, model)
    codes = load_codes()
    again = float(settings.get("learned_coded_threshold", DEFAULT_CODED))
    second = float(settings.get("learned_second_threshold", DEFAULT_SECOND))
    ruled: dict[tuple[int, int], set[str]] = {}
    for e in article.events:
        if stays(e) and e.mode in SCORED:
            ruled.setdefault(e.sentence_span, set()).add(e.cameo[:2])
    out: list[Event] = []
    for sent in article.sentences():
        here = {r for (a, b), roots in ruled.items() if a < sent.end_char and sent.start_char < b for r in roots}
        floors = [again] if here else [threshold, second]  # coded: one more, of a root no rule gave it
        if floors[0] > 1:
            continue
        if unsure(sent) or decided_contest(sent) or verbless(sent):
            continue  # no event in a question, a game's result, or a dateline ("ULAANBAATAR, Mongolia —")
        found, probs = reading.parties(sent), reading.probabilities(sent)
        picked = []
        for root, p in probs.items():
            if p < floors[0] or root in here:  # the pair's probability only lowers p
                continue
            pair = best_pair(model, root, found)
            if pair is not None and p * pair[0] >= floors[0]:
                picked.append((p * pair[0], root, pair[1], pair[2]))
        picked = [x for x, floor in zip(sorted(picked, key=lambda x: -x[0]), floors) if x[0] >= floor]
        for p, root, source, target in picked:
            code = _code(model, codes, root, sent.root.lemma_.lower())
            if code is None:
                continue
            if target is not None and not target.actor:  # the source's own country, unnamed
                sides = other_side(article, root, source)
                if sides is None:
                    continue
                source, target = sides
            event = _event(codes[code], sent, source, target, p, len(article.events) + len(out) + 1,
                           _trigger(model, sent, root))
            event.mode = _mode(sent)
            if target is not None:  # "spoke with the ministers of A, B and C": one event with all of them
                extra = conjoined(article.doc, target, [r for _, r in found], source)
                if extra or in_group(code, "two_way"):  # a meeting or a call reads either way round
                    event.participants = [source, target, *extra]
            out.append(event)
    return out


def _trigger(model: Model, sent: Any, root: str) -> Any:
    """The word that signals the event: the first verb (else noun) of the sentence that the
    trigger table gives this root, else the sentence's main verb."""
    for pos in (("VERB",), ("NOUN", "ADJ")):
        for tok in sent:
            if tok.pos_ in pos and root in model.lexicon.get(tok.lemma_.lower(), "").split(","):
                return tok
    return sent.root


def _event(info: CodeInfo, sent: Any, source: ActorRef, target: ActorRef | None, prob: float, number: int,
           tok: Any = None) -> Event:
    return new_event(info, sent, tok if tok is not None else sent.root, source, target, id=f"E{number}",
                     confidence=round(min(MAX_CONFIDENCE, prob), 3),
                     meta={"notes": [f"learned root {info.root} (p={prob:.2f})"]})
