"""scripts/agreement.py: a second annotation of a dev-set file, scored against the first."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, script_module

agreement = script_module("agreement")
SECOND = ROOT / "tests" / "data" / "realnews" / "second"


def _copy(first: Path, tmp: Path, change=None) -> Path:
    out = tmp / first.name
    with first.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            record = json.loads(line)
            if change:
                change(record)
            w.write(json.dumps(record) + "\n")
    return out


def test_every_second_annotation_has_its_first_with_the_same_texts() -> None:
    files = sorted(SECOND.glob("*.jsonl"))
    assert files
    for path in files:
        first = [json.loads(x) for x in (agreement.FIRST / path.name).open(encoding="utf-8")]
        second = [json.loads(x) for x in path.open(encoding="utf-8")]
        assert [r["text"] for r in first] == [r["text"] for r in second]
        assert [r["article"]["id"] for r in first] == [r["article"]["id"] for r in second]


def test_a_file_agrees_with_itself_and_less_when_a_root_changes(tmp_path: Path) -> None:
    first = agreement.FIRST / sorted(SECOND.glob("*.jsonl"))[0].name
    same = agreement.agree(_copy(first, tmp_path))
    assert same["precision"] == same["recall"] == 1.0

    def to_protest(record: dict) -> None:
        for e in record["events"][:3]:
            e["cameo"] = ["141"] if not e["cameo"][0].startswith("14") else ["011"]

    (tmp_path / "b").mkdir()
    changed = agreement.agree(_copy(first, tmp_path / "b", to_protest))
    assert changed["recall"] < 1.0 and changed["precision"] < 1.0


def test_the_script_prints_each_file_and_the_pooled_figure(capsys) -> None:
    assert agreement.main([str(p) for p in sorted(SECOND.glob("*.jsonl"))]) == 0
    out = capsys.readouterr().out
    assert "pooled L1: P 0." in out and out.count("second-reader events") == len(list(SECOND.glob("*.jsonl")))
