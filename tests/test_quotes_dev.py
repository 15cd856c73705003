"""The quotes and claims stages on a dev set of our own passages (tests/data/quotes_dev).

Runs the whole pipeline over short news-style passages written for this
purpose (wire styles: "…," said X / X told reporters that … / according to a
statement / state media quoted X as saying / anonymous officials / quotes
running over paragraphs / headlines "X: …" / British single quotes / nested
quotes / interviews) and scores:

- quote recall and precision: a found quote matches a gold one when one
  normalised text contains the other and the shorter is at least half the longer;
  ``optional`` quotes (a few words quoted inside reported speech) count neither way;
- speaker accuracy: of the gold quotes found, the share whose speaker is right
  (same country part of the code, organisations by six letters, or a shared
  name word; a gold speaker of null wants null);
- claim recall, loosely: a claim of the same country with an allowed stance whose
  issue holds one of the gold keywords.

Floors sit a little below the measured figures, so a regression shows. Run as
a script for the misses::

    .venv/bin/python tests/test_quotes_dev.py [heldout | heldout2]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from communique.quotes import normalise_quote

DEV = Path(__file__).resolve().parent / "data" / "quotes_dev" / "dev.jsonl"
HELDOUT = DEV.parent / "heldout.jsonl"
HELDOUT2 = DEV.parent / "heldout2.jsonl"
FLOORS = {"recall": 0.95, "precision": 0.95, "speaker": 0.94, "claims": 0.85}


def key(code: str | None) -> str | None:
    """Country of a CAMEO actor code; organisations keep six letters (IGOUNO)."""
    if not code:
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


def load(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or DEV
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def text_fits(found: str, gold: str) -> bool:
    """One normalised text holds the other, and the shorter is at least half the longer."""
    a, b = normalise_quote(found), normalise_quote(gold)
    if not a or not b or (a not in b and b not in a):
        return False
    return min(len(a), len(b)) >= 0.5 * max(len(a), len(b))


def speaker_right(found: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
    name, code = gold.get("speaker"), gold.get("code")
    if name is None and code is None:
        return found is None
    if found is None:
        return False
    if code and key(found.get("code")) == key(code):
        return True
    words = {w.lower() for w in (name or "").split()}
    return bool(words & {w.lower() for w in (found.get("name") or "").split()})


def claim_fits(gold: dict[str, Any], claim: dict[str, Any]) -> bool:
    issue = (claim.get("issue") or "").lower()
    return (key(claim.get("code")) == key(gold["code"]) and claim.get("stance") in gold["stance"]
            and any(k.lower() in issue for k in gold["issue"]))


def score_item(item: dict[str, Any], article: Any) -> dict[str, Any]:
    found = [q.to_dict() for q in article.quotes]
    used: set[int] = set()
    hits = speakers = 0
    misses, wrong = [], []
    for g in item["quotes"]:
        i = next((i for i, q in enumerate(found) if i not in used and text_fits(q["text"], g["text"])), None)
        if i is None:
            misses.append(g["text"])
            continue
        used.add(i)
        hits += 1
        if speaker_right(found[i]["speaker"], g):
            speakers += 1
        else:
            wrong.append((g["text"][:40], g.get("speaker") or g.get("code"),
                          (found[i]["speaker"] or {}).get("name"), (found[i]["speaker"] or {}).get("code")))
    for g in item.get("optional", []):  # partial quotes inside reported speech: neither hit nor extra
        i = next((i for i, q in enumerate(found) if i not in used and text_fits(q["text"], g["text"])), None)
        if i is not None:
            used.add(i)
    extras = [q["text"] for i, q in enumerate(found) if i not in used]
    found_count = len(found) - sum(1 for g in item.get("optional", []) for q in found
                                   if text_fits(q["text"], g["text"]))
    claims = [c.to_dict() for c in article.claims]
    claim_hits = [g for g in item["claims"] if any(claim_fits(g, c) for c in claims)]
    claim_misses = [g for g in item["claims"] if g not in claim_hits]
    return {"gold": len(item["quotes"]), "hits": hits, "pred": found_count, "speakers": speakers,
            "misses": misses, "wrong": wrong, "extras": extras,
            "claims_gold": len(item["claims"]), "claims_hit": len(claim_hits),
            "claim_misses": claim_misses, "claims": [(c["code"], c["stance"], c["issue"]) for c in claims]}


def score(extract: Any, path: Path | None = None) -> dict[str, Any]:
    items = []
    for item in load(path):
        article = extract(item["text"], item["published"])
        items.append((item["id"], score_item(item, article)))
    tot = {k: sum(s[k] for _, s in items) for k in ("gold", "hits", "pred", "speakers", "claims_gold", "claims_hit")}
    return {"recall": tot["hits"] / tot["gold"] if tot["gold"] else 1.0,
            "precision": tot["hits"] / tot["pred"] if tot["pred"] else 1.0,
            "speaker": tot["speakers"] / tot["hits"] if tot["hits"] else 1.0,
            "claims": tot["claims_hit"] / tot["claims_gold"] if tot["claims_gold"] else 1.0,
            "totals": tot, "items": items}


def summary(s: dict[str, Any]) -> str:
    t = s["totals"]
    return (f"quotes R {s['recall']:.2f} ({t['hits']}/{t['gold']}) P {s['precision']:.2f} ({t['hits']}/{t['pred']}) "
            f"speaker {s['speaker']:.2f} ({t['speakers']}/{t['hits']}) "
            f"claims R {s['claims']:.2f} ({t['claims_hit']}/{t['claims_gold']})")


def _extract(text: str, published: str) -> Any:
    from communique.run import extract
    return extract(text, published=published)


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, Any]:
    return score(_extract)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_dev_set_floor(dev_scores: dict[str, Any], field: str) -> None:
    print("quotes dev set:", summary(dev_scores))
    assert dev_scores[field] >= FLOORS[field]


@pytest.mark.parametrize("path", [DEV, HELDOUT, HELDOUT2])
def test_dev_set_is_well_formed(path: Path) -> None:
    ids = set()
    for item in load(path):
        assert item["id"] not in ids and item["text"] and item["published"]
        ids.add(item["id"])
        for q in item["quotes"] + item.get("optional", []):
            assert q["text"] in item["text"] and q["direct"] in (True, False, None)
        for c in item["claims"]:
            assert c["code"] and c["stance"] and c["issue"]


def main(argv: list[str]) -> None:
    path = DEV.parent / f"{argv[0]}.jsonl" if argv else DEV  # dev, heldout, heldout2
    s = score(_extract, path)
    for ident, it in s["items"]:
        if it["misses"] or it["wrong"] or it["extras"] or it["claim_misses"]:
            print(f"== {ident}")
            for m in it["misses"]:
                print("  MISS ", m)
            for w in it["wrong"]:
                print("  SPEAKER", w)
            for e in it["extras"]:
                print("  EXTRA", e)
            for c in it["claim_misses"]:
                print("  CLAIM MISS", c, "have", it["claims"])
    print(summary(s))


if __name__ == "__main__":
    main(sys.argv[1:])
