"""Build ``reports.jsonl`` and ``gold.json`` from the report specs in ``reports.yml``.

The reports are short news items written by the Communique developers, in our
own words: several outlets' accounts of the same happenings, plus distractors
(the same pair on another day, another target, a stated intention). Each event
is coded by hand in the output-contract shape, with spans found in the text,
so the merge test does not depend on extraction. ``gold`` labels the happening
each event describes.

Run ``python tests/data/merge/build.py`` after editing ``reports.yml``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent

PLACES = {  # name: (ISO3, lat, lon); lat None for a country
    "Moscow": ("RUS", 55.75204, 37.61781), "Beijing": ("CHN", 39.9075, 116.39723),
    "Aleppo": ("SYR", 36.20124, 37.16117), "Khartoum": ("SDN", 15.55177, 32.53241),
    "Qamishli": ("SYR", 37.05215, 41.23142), "Syria": ("SYR", None, None), "Ankara": ("TUR", 39.91987, 32.85427),
    "Damascus": ("SYR", 33.5102, 36.29128),
}


def build_event(text: str, n: int, spec: dict[str, Any]) -> dict[str, Any]:
    sentence = spec["sentence"]
    s = text.index(sentence)
    t = text.index(spec["trigger"], s)
    codes = spec["actors"]
    source = codes[0] if spec.get("source", True) else None
    target = codes[1] if len(codes) > 1 and spec.get("target", True) else None

    def ref(code: str | None) -> dict[str, Any] | None:
        return None if code is None else {"actor": code[:3], "code": code, "name": code[:3], "span": [s, s + 3]}

    place = None
    if spec.get("place"):
        iso3, lat, lon = PLACES[spec["place"]]
        p = text.find(spec["place"])
        place = {"name": spec["place"], "country": iso3, "lat": lat, "lon": lon,
                 "span": [p, p + len(spec["place"])] if p >= 0 else None}
    date = None
    if spec.get("date"):
        date = {"value": spec["date"], "granularity": spec.get("granularity", "day"), "phrase": None, "span": None}
    return {
        "id": f"E{n}", "source": ref(source), "target": ref(target),
        "participants": [{"actor": c[:3], "code": c} for c in codes],
        "cameo": spec["cameo"], "cameo_name": "", "plover": None, "goldstein": spec.get("goldstein", 1.0),
        "quad_class": spec.get("quad", 1), "mode": spec.get("mode", "actual"), "date": date, "place": place,
        "trigger": {"text": spec["trigger"], "span": [t, t + len(spec["trigger"])]},
        "sentence": {"text": sentence, "span": [s, s + len(sentence)]}, "confidence": 0.9,
    }


def build() -> None:
    specs = yaml.safe_load((HERE / "reports.yml").read_text(encoding="utf-8"))["reports"]
    gold: dict[str, str] = {}
    with (HERE / "reports.jsonl").open("w", encoding="utf-8") as out:
        for report in specs:
            text = report["text"].strip()
            events = []
            for n, spec in enumerate(report["events"], 1):
                events.append(build_event(text, n, spec))
                gold[f"{report['id']}#E{n}"] = spec["gold"]
            record = {"id": report["id"], "title": report.get("title"), "published": report["published"],
                      "source": report["source"], "url": None, "actors": [], "events": events, "quotes": [],
                      "claims": [], "dates": [], "errors": [], "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
