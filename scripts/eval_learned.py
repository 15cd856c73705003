"""Measure the learned events fallback honestly: leave batches out.

For each real-news batch: train on the other batches (``train_events.py``; with
``--folds K``, on the batches outside its fold, batch N's files (``batchNa``, ``batchNb``:
one region, so they stay together) being in fold N mod K),
run the normal pipeline on the held-out batch, add ``propose()``'s events to
each article's events, and score level 1 (root class + country dyad, right
sentence) with the project's own scorer (``communique.evaluate.metrics.score``),
without and with the learned part, at a few settings: the check's threshold for
the rules' events, the threshold for learned events in silent sentences, and
the one for another event in coded sentences. "(+n events, +k right)"
is the change in predicted events and in right ones against the rules alone.

Usage::

    python scripts/eval_learned.py --gold tests/data/realnews/batch1.jsonl ... [--thresholds 0.3 0.4] [--checks 0 0.2] \\
        [--coded 0.6 2] [--folds 10]
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from typing import Any

from communique.article import Article
from communique.evaluate.gold import GoldSet
from communique.evaluate.metrics import score
from communique.evaluate.readers import read_gold
from communique.events.headline import drop_headline_events
from communique.events.learned import DEFAULT_CODED, model_from_dict, revise
from train_events import run_pipeline, train_on


def with_learned(articles: list[Article], model: Any, threshold: float, keep: float = 0.0,
                 coded: float = DEFAULT_CODED) -> dict[str, dict[str, Any]]:
    """Output records with the rule events the check keeps (at ``keep``) and the learned
    events added, at ``threshold`` in silent sentences and ``coded`` in coded ones (the
    articles are not changed)."""
    out = {}
    for art in articles:
        settings = {"learned_threshold": threshold, "learned_check_threshold": keep, "learned_coded_threshold": coded}
        copied = copy.copy(art)
        copied.events = [copy.copy(e) for e in art.events]
        revise(copied, settings, model=model)
        drop_headline_events(copied)
        out[art.id or ""] = copied.to_dict()
    return out


def batch_number(stem: str, default: int) -> int:
    """The batch number of a file named ``batch12a`` (12), else ``default``."""
    digits = re.match(r"batch(\d+)", stem)
    return int(digits.group(1)) if digits else default


def level1(gold: GoldSet, outputs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return dict(score(gold, outputs)["events"]["1"])


def prf(tp_pred: float, n_pred: int, tp_gold: float, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cell(row: dict[str, Any], base: dict[str, Any] | None = None) -> str:
    p, r, f = prf(row["credit_predicted"], row["predicted"], row["credit_gold"], row["gold"])
    text = f"{p:.3f} / {r:.3f} / {f:.3f}"
    if base is not None:  # events added (learned) less those dropped (check), and right ones gained
        added = row["predicted"] - base["predicted"]
        gain = row["credit_predicted"] - base["credit_predicted"]
        text += f" ({added:+d} events, {gain:+.0f} right)"
    return text


def add(total: dict[str, Any], row: dict[str, Any]) -> None:
    for key in ("credit_predicted", "predicted", "credit_gold", "gold"):
        total[key] = total.get(key, 0) + row[key]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="+", required=True, help="article gold JSONL files, one per batch")
    parser.add_argument("--thresholds", nargs="+", type=float, default=[0.4, 0.45])
    parser.add_argument("--checks", nargs="+", type=float, default=[0.0, 0.15],
                        help="check thresholds for the rules' events (0 keeps them all)")
    parser.add_argument("--coded", nargs="+", type=float, default=[DEFAULT_CODED],
                        help="thresholds for one more event in a coded sentence (above 1: none)")
    parser.add_argument("--l2", type=float, default=3.0, help="L2 penalty of the fit (default 3.0)")
    parser.add_argument("--folds", type=int, default=0,
                        help="K folds of batches (batch N's files in fold N mod K); 0 leaves each file out alone")
    args = parser.parse_args(argv)
    runs: list[tuple[GoldSet, list[Article]]] = []
    for path in args.gold:
        gold = read_gold(path)
        print(f"eval_learned: running the pipeline on {path}", file=sys.stderr)
        runs.append((gold, run_pipeline(gold)))
    combos = [(c, t, d) for c in args.checks for d in args.coded for t in args.thresholds]
    head = "| held-out batch | rules only: P / R / F1 | " + " | ".join(
        f"check {c}, learned {t}, coded {d if d <= 1 else 'off'}: P / R / F1" for c, t, d in combos) + " |"
    print(head)
    print("|---" * (2 + len(combos)) + "|")
    totals: list[dict[str, Any]] = [{} for _ in range(len(combos) + 1)]
    folds = args.folds if 0 < args.folds < len(runs) else len(runs)
    models: dict[int, Any] = {}
    fold_of = [batch_number(gold.path.stem, k) % folds if folds < len(runs) else k for k, (gold, _) in enumerate(runs)]
    for k, (gold, arts) in enumerate(runs):
        fold = fold_of[k]
        if fold not in models:
            models[fold] = model_from_dict(train_on([r for j, r in enumerate(runs) if fold_of[j] != fold], l2=args.l2))
        model = models[fold]
        base = level1(gold, {a.id or "": a.to_dict() for a in arts})
        add(totals[0], base)
        cells = [cell(base)]
        for n, (c, t, d) in enumerate(combos, 1):
            row = level1(gold, with_learned(arts, model, t, c, d))
            add(totals[n], row)
            cells.append(cell(row, base))
        print(f"| {gold.path.stem} | " + " | ".join(cells) + " |")
    print("| all (pooled) | " + " | ".join([cell(totals[0])] + [cell(t, totals[0]) for t in totals[1:]]) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
