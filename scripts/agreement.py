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
import sys
from pathlib import Path
from typing import Any

from communique.evaluate.gold import GoldRecord
from communique.evaluate.metrics import score
from communique.evaluate.readers import read_gold

FIRST = Path(__file__).resolve().parent.parent / "tests" / "data" / "realnews"


def as_output(record: GoldRecord) -> dict[str, Any]:
    """One annotated article (read by the gold reader) written as an ``Article.to_dict()``
    record of events: each event's first source, target and code, both ways round if symmetric."""
    events = []
    for g in record.events:
        if g.span is None or not g.sources or not g.codes:
            continue
        source, target = g.sources[0], (g.targets[0] if g.targets else "")
        event = {"id": g.ident, "source": {"code": source}, "target": {"code": target} if target else None,
                 "cameo": g.codes[0], "mode": g.mode or "actual",
                 "sentence": {"text": g.sentence, "span": list(g.span)}, "date": {"value": g.date}}
        if g.symmetric and target:
            event["participants"] = [{"code": source}, {"code": target}]
        events.append(event)
    return {"id": record.id, "events": events, "actors": [], "quotes": []}


def agree(second: Path, level: int = 1) -> dict[str, Any]:
    """Scores of ``second`` against the dev-set file of the same name."""
    gold = read_gold(str(FIRST / second.name))
    outputs = {r.id: as_output(r) for r in read_gold(str(second)).records}
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
