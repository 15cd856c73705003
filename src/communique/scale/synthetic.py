"""Synthetic news-like JSONL, for scale tests and measurements (not for evaluation).

Short reports are put together from a few sentence patterns and word lists,
deterministically from a seed. Some records have no id (their id is then
``path:line``), some no publication date.

>>> lines = list(records(3, seed=1))
>>> len(lines), "text" in lines[0]
(3, True)
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_ACTORS = ["Turkey", "Syria", "Russia", "Iran", "France", "Germany", "China", "Japan", "Egypt",
           "Israel", "Ukraine", "Poland", "Brazil", "India", "Pakistan", "Kenya", "Ethiopia",
           "the United Nations", "NATO", "the European Union"]
_PEOPLE = ["Foreign Minister Ana Torres", "President Ilham Vasquez", "Defence Minister Kemal Ari",
           "Prime Minister Lena Holm", "spokesman Omar Said"]
_PLACES = ["Moscow", "Ankara", "Geneva", "Cairo", "Brussels", "Nairobi", "Doha", "Vienna"]
_DAYS = ["on Monday", "on Tuesday", "on Wednesday", "last week", "in March", "earlier this year",
         "on Friday", "yesterday"]
_SENTENCES = [
    "{a} and {b} held talks in {place} {day} on border security.",
    "{a} accused {b} of shelling villages near the frontier {day}.",
    "{person} said {a} was ready to resume negotiations with {b}.",
    "{a} imposed new sanctions on {b} {day}, officials said.",
    "\"We demand the immediate withdrawal of all troops,\" {person} told reporters in {place}.",
    "{a} pledged aid to {b} after floods killed dozens of people {day}.",
    "Protesters gathered outside the embassy of {b} in {place} {day}.",
    "{a} rejected a proposal from {b} to hold a summit in {place}.",
    "{a} and {b} signed an agreement on trade and energy {day}.",
    "{person} warned that {a} would respond to any attack by {b}.",
]


def article(rng: random.Random) -> str:
    """A short report of two to four sentences."""
    out = []
    for _ in range(rng.randint(2, 4)):
        a, b = rng.sample(_ACTORS, 2)
        out.append(rng.choice(_SENTENCES).format(a=a, b=b, person=rng.choice(_PEOPLE),
                                                place=rng.choice(_PLACES), day=rng.choice(_DAYS)))
    text = " ".join(out)
    return text[0].upper() + text[1:]


def records(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """``n`` JSONL records; every fifth has no id and every seventh no publication date."""
    rng = random.Random(seed)
    for i in range(n):
        record: dict[str, Any] = {"text": article(rng)}
        if i % 5 != 4:
            record["id"] = f"syn-{seed}-{i:07d}"
        if i % 7 != 6:
            record["published"] = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield record


def write_corpus(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` synthetic records to the JSONL file ``path``."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for record in records(n, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
