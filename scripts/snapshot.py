"""Fingerprints of our output on three fixed corpora, for the byte-identical test.

    python scripts/snapshot.py            # compare with tests/data/snapshots/output.json
    python scripts/snapshot.py --update   # after a change that is meant to alter output

The corpora: ``examples/`` (as ``make demo`` runs it), the PETRARCH unit-test records
in ``../shared/eval/petrarch`` (with the dictionaries they name, as ``communique eval``
runs them), and 40 articles of the benchmark corpus (``bench/corpus.py``, fixed seed).
Each output record is kept as a short SHA-256 of its JSON line, keyed by record id,
so that the file names which records changed without holding anyone's text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "snapshots" / "output.json"
BENCH_ARTICLES = 40


def _digest(line: str) -> str:
    return hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]


def examples() -> dict[str, str]:
    from communique.run import dumps, extract_inputs

    out = {}
    here = os.getcwd()
    os.chdir(ROOT)  # ids of plain-text files are their paths as given: keep them relative
    try:
        for art in extract_inputs(["examples"], published="2023-05-11"):
            out[art.id] = _digest(dumps(art.to_dict()))
    finally:
        os.chdir(here)
    return out


def petrarch(shared: Path) -> dict[str, str]:
    from communique.evaluate import predict, read_gold
    from communique.run import dumps

    gold = read_gold(shared / "eval" / "petrarch" / "PETR.UnitTest.records.xml")
    outputs, _ = predict(gold)
    return {rid: _digest(dumps(rec)) for rid, rec in sorted(outputs.items())}


def bench() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from communique.run import dumps, extract_inputs
    from corpus import generate, write  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        write(generate(BENCH_ARTICLES), path)
        return {art.id: _digest(dumps(art.to_dict())) for art in extract_inputs([str(path)])}


def take(shared: Path) -> dict[str, dict[str, str]]:
    """Today's fingerprints; PETRARCH's only where ../shared is present."""
    snap: dict[str, Any] = {"examples": examples(), "bench": bench()}
    if (shared / "eval" / "petrarch").is_dir():
        snap["petrarch"] = petrarch(shared)
    return snap


def differences(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]) -> list[str]:
    """One line per corpus whose records changed, appeared or went missing."""
    lines = []
    for corpus in sorted(new):
        before, after = old.get(corpus, {}), new[corpus]
        changed = sorted(k for k in after if k in before and before[k] != after[k])
        added = sorted(set(after) - set(before))
        lost = sorted(set(before) - set(after))
        for what, ids in (("changed", changed), ("new", added), ("missing", lost)):
            if ids:
                shown = ", ".join(ids[:8]) + (f" and {len(ids) - 8} more" if len(ids) > 8 else "")
                lines.append(f"{corpus}: {len(ids)} {what}: {shown}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT / ".." / "shared"))
    parser.add_argument("--update", action="store_true", help="write today's fingerprints")
    args = parser.parse_args(argv)
    new = take(Path(args.shared).resolve())
    if args.update:
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {SNAPSHOT.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in new.items()))
        return 0
    old = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    diff = differences(old, new)
    print("\n".join(diff) or "output unchanged")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
