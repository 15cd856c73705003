"""Scoring quote speakers: a null gold speaker, and a state or body scored by its country."""

from __future__ import annotations

import json
from pathlib import Path

from communique.evaluate.metrics import score
from communique.evaluate.readers import read_gold

TEXT = "Russia said the officer carried “special equipment to carry out covert recording” at the border."


def _gold(tmp_path: Path, speaker: str | None, actor: str | None) -> Path:
    record = {"article": {"id": "q1", "published": "2015-05-01"}, "text": TEXT, "events": [],
              "quotes": [{"text": "special equipment to carry out covert recording", "speaker": speaker,
                          "actor": actor}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _output(code: str | None) -> dict:
    speaker = {"actor": "A1", "code": code, "name": "Russia", "span": None} if code else None
    return {"q1": {"events": [], "quotes": [{"text": "special equipment to carry out covert recording",
                                              "speaker": speaker}]}}


def test_a_null_gold_speaker_is_read_as_none_not_the_word_none(tmp_path: Path) -> None:
    gold = read_gold(str(_gold(tmp_path, None, None)))
    assert gold.evaluated[0].quotes[0].speaker == ""
    assert score(gold, _output(None))["speaker_accuracy"]["rate"] == 1.0
    assert score(gold, _output("RUS"))["speaker_accuracy"]["rate"] == 0.0


def test_a_state_speaking_is_scored_by_its_country_code(tmp_path: Path) -> None:
    gold = read_gold(str(_gold(tmp_path, None, "RUSGOV")))
    assert score(gold, _output("RUS"))["speaker_accuracy"]["rate"] == 1.0
    assert score(gold, _output("UKR"))["speaker_accuracy"]["rate"] == 0.0
