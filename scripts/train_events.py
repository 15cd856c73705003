"""Train the learned events fallback (``src/communique/events/learned.py``).

Runs the normal pipeline over article gold files (the real-news dev set),
turns every sentence into features (``events/learned_features.py``) and
labels (the CAMEO root classes of the gold events in it; a sentence with
none is a negative, ``not_events`` included), fits a one-vs-rest logistic
regression with numpy, and writes the weights as JSON. Deterministic: the
fit is full-batch, from zero weights, in a fixed feature order.

Usage (what ``make train`` runs)::

    python scripts/train_events.py --gold tests/data/realnews/batch1.jsonl ... \\
        --out src/communique/events/data/learned/model.json
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from communique.article import Article
from communique.evaluate.gold import GoldEvent, GoldSet
from communique.evaluate.matching import Dyad, actors_match, match, predicted_events
from communique.evaluate.metrics import SCORED_MODES
from communique.evaluate.readers import read_gold
from communique.events.focus import focus
from communique.events.learned import choices, read_sentence
from communique.events.learned_features import event_features, pair_features

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
#: Roots CAMEO lets stand with a source alone (GDELT ships them with an empty Actor2).
ALONE_ALLOWED = frozenset({"01", "02", "13", "14", "15", "18", "19", "20"})
#: Of those, a root may stand alone in the model when at least this share of its gold events has no target.
ALONE_SHARE = 0.2
SEED = 13
#: The file stores each root-class weight as a whole number of these parts (three decimals).
WEIGHTS_SCALE = 1000
LICENCES = ("UK government releases: Open Government Licence v3.0; US federal government works: public domain; "
            "Wikipedia articles: CC BY-SA 4.0 (Wikipedia contributors). Sources, URLs and licences per article "
            "in tests/data/realnews/batchN.sources.md. The word-to-root table (`lexicon`) comes from our "
            "events/data/triggers.yaml and from events/data/lexicon.tsv, whose facts are PETRARCH-2's CAMEO.2.0.txt "
            "(MIT licence, Copyright (c) 2015 Open Event Data Alliance).")


@dataclass
class Example:
    """One sentence: its features, its gold roots, (for code choice) its main verb,
    and its pair choices: for each gold root, each (source, target)'s features and
    whether it is a gold event's dyad."""

    feats: list[str]
    roots: set[str]
    verb: str
    codes: list[str]
    pairs: list[tuple[list[str], bool]]
    #: The sentence's context vector (learned_features.sentence_vector), or None.
    vector: list[float] | None = None


def _fits(g: GoldEvent, source: str, target: str) -> bool:
    """Whether a dyad of sides is the gold event's, as the scorer matches at level 1."""
    return actors_match(g, Dyad(source, target), 1)


FRAME_ROOTS = {"appeal": "02", "intent": "03", "demand": "10", "reject": "12", "threaten": "13"}
#: The lexicon files whose entries give the lexicon features (word -> CAMEO roots).
EVENT_DATA = Path(__file__).resolve().parents[1] / "src" / "communique" / "events" / "data"


def lexicon_roots(folder: Path = EVENT_DATA) -> dict[str, str]:
    """Each trigger word's CAMEO roots ("condemn" -> "11"), from our patterns
    (``triggers.yaml``) and the broad lexicon (``lexicon.tsv``, PETRARCH-2 MIT):
    a verb by its first word, a noun or adjective by its last."""
    import yaml

    roots: dict[str, set[str]] = collections.defaultdict(set)
    data = yaml.safe_load((folder / "triggers.yaml").read_text(encoding="utf-8"))
    for entry in data.get("triggers") or []:
        for pos in ("verb", "noun", "adj"):
            phrase = str(entry.get(pos) or "").split()
            root = str(entry.get("code") or "")[:2] or FRAME_ROOTS.get(str(entry.get("frame")), "")
            if phrase and root.isdigit() and not entry.get("with") and not entry.get("needs"):
                roots[phrase[0] if pos == "verb" else phrase[-1]].add(root)
    for line in (folder / "lexicon.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) < 5 or line.startswith("#") or cells[0] == "pos" or cells[3].strip() or cells[4].strip():
            continue  # a comment, the header, or a pattern that needs words around the verb
        for code in cells[2].split(":"):
            if code[:2].isdigit():
                roots[cells[1].split()[0]].add(code[:2])
    return {w: ",".join(sorted(r)) for w, r in sorted(roots.items())}


def run_pipeline(gold: GoldSet) -> list[Article]:
    """Our pipeline's output for every evaluated record, as articles (parse kept), with
    the learned fallback off once it is wired in: the shipped model saw every batch."""
    from communique.run import get_pipeline
    from communique.settings import defaults

    pipeline = get_pipeline({"learned_events": False} if "learned_events" in defaults() else {})
    return list(pipeline.pipe(Article(text=r.text, id=r.id, published=r.published, source=r.source)
                              for r in gold.evaluated))


def examples(gold: GoldSet, articles: Iterable[Article], lexicon: dict[str, str] | None = None
             ) -> list[Example]:
    """One example per sentence of each article; labels from the gold events overlapping it."""
    out = []
    for rec, art in zip(gold.evaluated, articles):
        golds = [(g, g.span) for g in rec.events if (g.mode or "actual") in SCORED_MODES and g.span is not None]
        main = focus(art, clear=True)  # as the learned part reads it
        for sent in art.sentences():
            if not sent.text.strip():
                continue
            mentions = art.mentions_between(sent.start_char, sent.end_char)
            here = [g for g, (a, b) in golds if a < sent.end_char and sent.start_char < b]
            roots = {g.roots[0] for g in here if g.roots}
            feats, vector, found = read_sentence(art, sent, mentions, lexicon, main)
            people = [p for p, _ in found]
            pairs = [(pair_features(r, s, t, people, lexicon),
                      any(_fits(g, s.side, t.side if t else "") for g in here if g.roots and g.roots[0] == r))
                     for r in sorted(roots) for s, t in choices(found, r)]
            out.append(Example(feats, roots, sent.root.lemma_.lower(), [g.codes[0] for g in here if g.codes],
                               pairs, vector))
    return out


def _matvec(rows: np.ndarray, cols: np.ndarray, w: np.ndarray, n: int) -> np.ndarray:
    """X @ w for a binary sparse X given as (rows, cols) pairs."""
    return np.stack([np.bincount(rows, weights=w[cols, k], minlength=n) for k in range(w.shape[1])], axis=1)


def _tmatvec(rows: np.ndarray, cols: np.ndarray, g: np.ndarray, f: int) -> np.ndarray:
    """X.T @ g for the same X."""
    return np.stack([np.bincount(cols, weights=g[rows, k], minlength=f) for k in range(g.shape[1])], axis=1)


def fit_columns(rows_feats: list[list[str]], y: np.ndarray, l2: float, steps: int = 400, rate: float = 0.05,
                min_count: int = 2, dense: np.ndarray | None = None
                ) -> tuple[dict[str, list[float]], list[float], np.ndarray | None]:
    """One-vs-rest logistic regression (Adam, full batch, L2) over binary features and,
    if given, standardised numeric columns (``dense``, one row per example): the weight
    row of each kept feature, the biases, and the numeric columns' weights."""
    counts = collections.Counter(f for feats in rows_feats for f in feats)
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    pairs = [(r, index[f]) for r, feats in enumerate(rows_feats) for f in feats if f in index]
    rows = np.array([r for r, _ in pairs], dtype=np.int64)
    cols = np.array([c for _, c in pairs], dtype=np.int64)
    n, nf, nr = len(rows_feats), len(vocab), y.shape[1]
    w, b = np.zeros((nf, nr)), np.zeros(nr)
    wd = np.zeros((dense.shape[1] if dense is not None else 0, nr))
    params = [w, b, wd]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    for t in range(1, steps + 1):
        z = _matvec(rows, cols, w, n) + b
        if dense is not None:
            z = z + dense @ wd
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        grads = [_tmatvec(rows, cols, err, nf) + l2 * w, err.sum(axis=0),
                 dense.T @ err + l2 * wd if dense is not None else wd]
        for k, (param, grad) in enumerate(zip(params, grads)):
            m1[k] = 0.9 * m1[k] + 0.1 * grad
            m2[k] = 0.999 * m2[k] + 0.001 * grad * grad
            param -= rate * (m1[k] / (1 - 0.9 ** t)) / (np.sqrt(m2[k] / (1 - 0.999 ** t)) + 1e-8)
    keep = np.abs(w).max(axis=1) >= 0.01
    weights = {vocab[i]: [round(float(x), 3) for x in w[i]] for i in range(nf) if keep[i]}
    return weights, [round(float(x), 3) for x in b], (np.round(wd, 4) if dense is not None else None)


def fit(data: list[Example], l2: float = 3.0, seed: int = SEED) -> dict[str, Any]:
    """Fit the root classifier and the pair model; return the model's mapping."""
    np.random.seed(seed)  # nothing draws at random; kept so any later change stays reproducible
    y = np.zeros((len(data), len(ROOTS)))
    for r, ex in enumerate(data):
        for root in ex.roots:
            if root in ROOTS:
                y[r, ROOTS.index(root)] = 1.0
    dense, stats = dense_columns(data)
    weights, bias, dense_w = fit_columns([ex.feats for ex in data], y, l2, dense=dense)
    pairs = [p for ex in data for p in ex.pairs]
    pair_weights, pair_bias, _ = fit_columns([f for f, _ in pairs], np.array([[float(ok)] for _, ok in pairs]), l2)
    model = {"roots": list(ROOTS), "bias": bias, "weights": weights, **code_tables(data),
             "pair_bias": pair_bias[0], "pair_weights": {f: w[0] for f, w in sorted(pair_weights.items())}}
    if dense_w is not None:
        model["dense"] = {**stats, "weights": [[float(x) for x in row] for row in dense_w]}
    return model


def dense_columns(data: list[Example]) -> tuple[np.ndarray | None, dict[str, list[float]]]:
    """The examples' context vectors, standardised (a sentence without one counts as the mean),
    and the mean and spread used, rounded as the model file stores them."""
    size = next((len(ex.vector) for ex in data if ex.vector is not None), 0)
    if not size:
        return None, {}
    known = np.array([ex.vector for ex in data if ex.vector is not None and len(ex.vector) == size])
    mean = np.round(known.mean(axis=0), 4)
    scale = np.round(known.std(axis=0), 4)
    scale[scale == 0] = 1.0
    rows = np.array([ex.vector if ex.vector is not None and len(ex.vector) == size else mean for ex in data])
    return (rows - mean) / scale, {"mean": [float(x) for x in mean], "scale": [float(x) for x in scale]}


def code_tables(data: list[Example]) -> dict[str, Any]:
    """The code to emit for each root (and root + main verb), and the roots that may stand alone."""
    by_root: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    by_verb: dict[str, dict[str, collections.Counter[str]]] = collections.defaultdict(
        lambda: collections.defaultdict(collections.Counter))
    for ex in data:
        for code in ex.codes:
            code = code if len(code) >= 3 else code + "0"
            by_root[code[:2]][code] += 1
            by_verb[code[:2]][ex.verb][code] += 1
    codes = {r: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for r, c in sorted(by_root.items())}
    verb_codes = {r: {v: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
                      for v, c in sorted(vs.items()) if sum(c.values()) >= 2}
                  for r, vs in sorted(by_verb.items())}
    return {"codes": codes, "verb_codes": {r: m for r, m in verb_codes.items() if m}}


def alone_roots(golds: Iterable[GoldSet]) -> list[str]:
    """Allowed roots whose gold events have no target at least :data:`ALONE_SHARE` of the time."""
    total: collections.Counter[str] = collections.Counter()
    alone: collections.Counter[str] = collections.Counter()
    for gold in golds:
        for rec in gold.evaluated:
            for g in rec.events:
                if g.roots:
                    total[g.roots[0]] += 1
                    alone[g.roots[0]] += g.targets in ((), ("",))
    return sorted(r for r in ALONE_ALLOWED if total[r] and alone[r] / total[r] >= ALONE_SHARE)


def train(paths: list[str], l2: float = 3.0) -> tuple[dict[str, Any], list[tuple[GoldSet, list[Article]]]]:
    """Read, run and fit; return the model mapping and the runs (for reuse)."""
    runs = []
    for path in paths:
        gold = read_gold(path)
        runs.append((gold, run_pipeline(gold)))
    model = train_on(runs, l2)
    model["about"] = header(paths, runs)
    return model, runs


def train_on(runs: list[tuple[GoldSet, list[Article]]], l2: float = 3.0) -> dict[str, Any]:
    """Fit on already processed gold sets."""
    lexicon = lexicon_roots()
    data = [ex for gold, arts in runs for ex in examples(gold, arts, lexicon)]
    model = fit(data, l2=l2)
    model["alone_roots"] = alone_roots(g for g, _ in runs)
    model["lexicon"] = lexicon
    rows = [row for gold, arts in runs for row in rule_events(gold, arts, lexicon)]
    weights, bias, _ = fit_columns([f for f, _ in rows], np.array([[float(ok)] for _, ok in rows]), l2)
    model["keep"] = {"bias": bias[0], "weights": {f: w[0] for f, w in sorted(weights.items())}}
    return model


def rule_events(gold: GoldSet, articles: Iterable[Article], lexicon: dict[str, str]) -> list[tuple[list[str], bool]]:
    """Each scored event the rules coded, as (check features, whether it matches a gold event at level 1)."""
    out = []
    for rec, art in zip(gold.evaluated, articles):
        golds = [g for g in rec.events if (g.mode or "actual") in SCORED_MODES]
        preds = [p for p in predicted_events(art.to_dict()) if p.mode in SCORED_MODES]
        found = match(golds, preds, 1, check_sentence=True)
        by_id = {e.id: e for e in art.events}
        for pred, credit in zip(preds, found.pred_credit):
            event = by_id.get(pred.ident)
            sent = art.sentence_of(event.trigger_span[0]) if event is not None else None
            if event is not None and sent is not None:
                out.append((event_features(art, event, sent, lexicon), credit > 0))
    return out


def header(paths: list[str], runs: list[tuple[GoldSet, list[Article]]]) -> dict[str, Any]:
    return {
        "what": "Weights of communique.events.learned: one-vs-rest logistic regression over sentence features "
                "(events/learned_features.py), one column per CAMEO root class. Regenerate with "
                "`make train` (scripts/train_events.py); do not edit by hand.",
        "training_data": [Path(p).as_posix() for p in paths],
        "articles": sum(len(a) for _, a in runs),
        "gold_events": sum(len(r.events) for g, _ in runs for r in g.evaluated),
        "licences": LICENCES,
        "seed": SEED,
    }


def compact(model: dict[str, Any]) -> dict[str, Any]:
    """The model as the file stores it: each root-class weight (three decimals) as a whole number of
    thousandths, ``weights_scale`` saying so. This is exact (the loader divides by the scale and gets
    the same numbers) and keeps the file at about 60% of the decimal form."""
    out: dict[str, Any] = {}
    for key, value in model.items():
        if key == "weights":
            out["weights_scale"] = WEIGHTS_SCALE
            value = {f: [round(x * WEIGHTS_SCALE) for x in row] for f, row in value.items()}
        out[key] = value
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="+", required=True, help="article gold JSONL files (the real-news batches)")
    parser.add_argument("--out", required=True, help="the model file to write")
    parser.add_argument("--l2", type=float, default=3.0, help="L2 penalty (default 3.0)")
    args = parser.parse_args(argv)
    model, _ = train(args.gold, args.l2)
    ordered = {"about": model.pop("about"), **compact(model)}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(ordered, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
                   encoding="utf-8")
    print(f"train_events: {len(model['weights'])} features, {out.stat().st_size / 1e6:.2f} MB -> {out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
