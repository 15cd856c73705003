"""How far two annotators of the real-news dev set agree.

    python scripts/agreement.py tests/data/realnews/second/*.jsonl [--level 1]

Each file under ``tests/data/realnews/second`` is a second annotation of the dev-set file of
the same name, made from the texts alone with the same brief. The second annotator's events are
scored as if they were the coder's output (their first source, target and code; both ways round
where marked ``sym``) against the first annotation, with the scorer of ``communique eval``.
That gives the ceiling a reader reaches on our own gold, beside the coder's figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from communique.evaluate.metrics import score
from communique.evaluate.readers import read_gold

FIRST = Path(__file__).resolve().parent.parent / "tests" / "data" / "realnews"


def as_output(record: dict[str, Any]) -> dict[str, Any]:
    """One annotated article written as an ``Article.to_dict()`` record of events."""
    text = record["text"]
    events = []
    for e in record.get("events") or []:
        start = text.find(e.get("sentence") or "\0")
        if start < 0 or not e.get("source") or not e.get("cameo"):
            continue
        source, target = e["source"][0], (e.get("target") or [""])[0]
        event = {"id": e.get("id"), "source": {"code": source}, "target": {"code": target} if target else None,
                 "cameo": e["cameo"][0], "mode": e.get("mode") or "actual",
                 "sentence": {"text": e["sentence"], "span": [start, start + len(e["sentence"])]},
                 "date": {"value": e.get("date")}}
        if e.get("sym") and target:
            event["participants"] = [{"code": source}, {"code": target}]
        events.append(event)
    return {"id": record["article"]["id"], "events": events, "actors": [], "quotes": []}


def agree(second: Path, level: int = 1) -> dict[str, Any]:
    """Scores of ``second`` against the dev-set file of the same name."""
    gold = read_gold(str(FIRST / second.name))
    with second.open(encoding="utf-8") as f:
        outputs = {r["article"]["id"]: as_output(r) for r in (json.loads(line) for line in f if line.strip())}
    return score(gold, outputs)["events"][str(level)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--level", type=int, default=1, choices=(0, 1, 2, 3))
    args = parser.parse_args(argv)
    total = dict.fromkeys(("predicted", "credit_predicted", "gold", "credit_gold"), 0.0)
    for path in args.files:
        r = agree(path, args.level)
        for key in total:
            total[key] += r[key]
        print(f"{path.name}: P {r['precision']:.3f} R {r['recall']:.3f} "
              f"({r['predicted']} second-reader events, {r['gold']} gold)")
    p = total["credit_predicted"] / total["predicted"] if total["predicted"] else 0.0
    r = total["credit_gold"] / total["gold"] if total["gold"] else 0.0
    print(f"pooled L{args.level}: P {p:.3f} R {r:.3f} ({total['predicted']:.0f} events, {total['gold']:.0f} gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
