"""Actor coverage on gold event records (PLOVER GSR format): do we find the gold actors?

For each record, the text goes through the language and actors stages; each gold
source/target actor counts as *found* when its country (or international prefix:
``IGO``, ``NGO``, ``IMG``) appears among the actors' countries, code prefixes or
mention codes in context, and as *found with role* when its country and sector
(``GOV``, ``MIL``, ``REB`` ...) match one actor code or mention code.

Run::

    python -m communique.actors.coverage ../shared/eval/plover/PLOVER_GSR_CAMEO.jsonl [--misses]
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..cameo import side as dyad_side

#: Old CAMEO country codes in the gold records -> ISO alpha-3.
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GMY": "DEU", "UKG": "GBR"}


def gold_actors(record: dict[str, Any]) -> Iterator[tuple[str, str, str | None, str]]:
    """(side, country code, sector or None, actor text) for each gold actor of a record."""
    for side in ("source", "target"):
        rows = record.get(side)
        if not isinstance(rows, list):
            continue
        for row in rows:
            if not isinstance(row, dict) or not row.get("code"):
                continue
            code = str(OLD_CODES.get(row["code"], row["code"]))
            sector = row.get("sector")
            sector = sector if isinstance(sector, str) and sector.isupper() and len(sector) == 3 else None
            yield side, code, sector, str(row.get("actorText", ""))


def found_codes(article: Any) -> tuple[set[str], set[str]]:
    """Country-level codes and full codes (actor codes and mention codes) of an article."""
    full: set[str] = set()
    for a in article.actors:
        full.add(a.code)
        for m in a.mentions:
            if m.code:
                full.add(m.code)
    heads = {dyad_side(c) for c in full}
    heads.update(a.country for a in article.actors if a.country)
    return heads, full


def _has_role(full: set[str], country: str, sector: str) -> bool:
    return any(c.startswith(country) and sector in [c[i:i + 3] for i in range(3, len(c), 3)] for c in full)


def measure(path: Path, misses: bool = False) -> dict[str, Any]:
    from ..article import Article
    from ..pipeline import Pipeline

    pipe = Pipeline(["language", "actors"], {})
    total = found = with_role = role_total = 0
    missed: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        gold = list(gold_actors(rec))
        if not gold or not rec.get("text"):
            continue
        art = pipe(Article(text=rec["text"], published=_dt.date.fromisoformat(rec.get("date") or "2000-01-01")))
        heads, full = found_codes(art)
        for side, code, sector, text in gold:
            total += 1
            ok = code in heads
            found += ok
            if sector:
                role_total += 1
                hit = ok and _has_role(full, code, sector)
                with_role += hit
                if ok and not hit and misses:
                    print(f"ROLE {rec['id']} {side} {code}/{sector} {text!r} | found {sorted(full)} | {rec['text']}")
            if not ok:
                missed[f"{code} {text!r}"] += 1
                if misses:
                    print(f"MISS {rec['id']} {side} {code}/{sector} {text!r} | found {sorted(full)} | {rec['text']}")
    return {"actors": total, "found": found, "recall": round(found / total, 3) if total else 0.0,
            "with_role": with_role, "role_total": role_total,
            "role_recall": round(with_role / role_total, 3) if role_total else 0.0,
            "top_misses": missed.most_common(25)}


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    misses = "--misses" in args
    args = [a for a in args if a != "--misses"]
    path = Path(args[0] if args else "../shared/eval/plover/PLOVER_GSR_CAMEO.jsonl")
    print(json.dumps(measure(path, misses), indent=1))


if __name__ == "__main__":
    main()
