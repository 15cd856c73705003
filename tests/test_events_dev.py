"""The events stage on a dev set of our own paragraphs (tests/data/events_dev).

Scores country-dyad + CAMEO-root precision and recall over the whole
pipeline and asserts a floor a little below the measured figures, so a
regression shows. Run as a script for the per-paragraph misses and extras::

    .venv/bin/python tests/test_events_dev.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DEV = Path(__file__).resolve().parent / "data" / "events_dev" / "dev.jsonl"
SCORED_MODES = ("actual", "intent")
RECALL_FLOOR = 0.55
PRECISION_FLOOR = 0.70


def key(code: str | None) -> str | None:
    """Country of a CAMEO actor code; organisations keep six letters (IGOUNO)."""
    if not code:
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


def load_dev() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def predicted(article: Any) -> list[dict[str, Any]]:
    out = []
    for e in article.events:
        if e.mode not in SCORED_MODES:
            continue
        parts = {key(p.code) for p in e.participants} - {None}
        out.append({"source": key(e.source.code) if e.source else None,
                    "target": key(e.target.code) if e.target else None,
                    "parts": parts, "root": e.cameo[:2], "code": e.cameo, "trigger": e.trigger_text})
    return out


def fits(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if pred["root"] not in gold["roots"]:
        return False
    src, tgt = gold["source"], gold.get("target")
    if tgt is None:
        return pred["source"] == src
    if (pred["source"], pred["target"]) == (src, tgt):
        return True
    if gold.get("sym") and (pred["source"], pred["target"]) == (tgt, src):
        return True
    # a multilateral event with both gold parties among its participants
    return len(pred["parts"]) >= 3 and src in pred["parts"] and tgt in pred["parts"] and (
        gold.get("sym") or pred["source"] == src)


def score_item(item: dict[str, Any], preds: list[dict[str, Any]]) -> dict[str, Any]:
    used: set[int] = set()
    hits, misses = 0, []
    for g in item["events"]:
        found = next((i for i, p in enumerate(preds) if i not in used and fits(g, p)), None)
        if found is None:
            misses.append(g)
        else:
            used.add(found)
            hits += 1
    for g in item.get("optional", []):
        for i, p in enumerate(preds):
            if i not in used and fits(g, p):
                used.add(i)
    extras = [p for i, p in enumerate(preds) if i not in used]
    return {"hits": hits, "gold": len(item["events"]), "pred": hits + len(extras),
            "misses": misses, "extras": extras}


def score(extract: Any) -> dict[str, Any]:
    tp = gold = pred = 0
    per_item = []
    for item in load_dev():
        article = extract(item["text"], item["published"])
        s = score_item(item, predicted(article))
        tp, gold, pred = tp + s["hits"], gold + s["gold"], pred + s["pred"]
        per_item.append((item["id"], s))
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "gold": gold, "pred": pred, "precision": p, "recall": r, "f1": f, "items": per_item}




@pytest.mark.parametrize("field,floor", [("recall", RECALL_FLOOR), ("precision", PRECISION_FLOOR)])
def test_dev_set_floor(dev_scores: dict[str, Any], field: str, floor: float) -> None:
    print(f"events dev set: P {dev_scores['precision']:.2f} R {dev_scores['recall']:.2f} "
          f"F1 {dev_scores['f1']:.2f} ({dev_scores['tp']}/{dev_scores['gold']} gold, {dev_scores['pred']} predicted)")
    assert dev_scores[field] >= floor


def test_dev_set_is_well_formed() -> None:
    for item in load_dev():
        assert item["id"] and item["text"] and item["published"]
        for g in item["events"] + item.get("optional", []):
            assert g["source"] and all(len(r) == 2 and r.isdigit() for r in g["roots"])


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, Any]:
    from communique.run import extract

    return score(lambda text, published: extract(text, published=published))


if __name__ == "__main__":  # pragma: no cover - a report for people
    from communique.run import extract

    result = score(lambda text, published: extract(text, published=published))
    for item_id, s in result["items"]:
        for g in s["misses"]:
            print(f"{item_id} MISS  {g['source']} -> {g.get('target')} {'/'.join(g['roots'])}")
        for p in s["extras"]:
            print(f"{item_id} EXTRA {p['source']} -> {p['target']} {p['code']} ({p['trigger']}) {sorted(p['parts'])}")
    print(f"P {result['precision']:.2f} R {result['recall']:.2f} F1 {result['f1']:.2f} "
          f"({result['tp']}/{result['gold']} gold, {result['pred']} predicted)")
