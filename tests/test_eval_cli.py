"""``communique eval`` output, with the pipeline replaced by fixed outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import communique.cli.evaluate as cli_eval
from communique.cli import main
from communique.evaluate.metrics import score
from communique.evaluate.readers import read_gold

DATA = Path(__file__).parent / "data" / "eval"


SEEN: dict[str, Any] = {}


def fake_evaluate(path: str, actors: Any = (), gold_verbs: bool = True,
                  settings: dict[str, Any] | None = None) -> dict[str, Any]:
    SEEN["settings"] = settings
    gold = read_gold(path)
    outputs = {"T-01": {"events": [{"source": {"code": "ALB"}, "target": {"code": "BRNGOV"}, "cameo": "042",
                                    "sentence": {"text": "", "span": None}}]},
               "T-02": {"events": [{"source": {"code": "COR"}, "target": None, "cameo": "010",
                                    "sentence": {"text": "", "span": None}}]}}
    result = score(gold, outputs)
    result["notes"] = []
    return result


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setattr(cli_eval, "evaluate_file", fake_evaluate)
    return CliRunner()


def test_eval_cli_json(runner: CliRunner) -> None:
    result = runner.invoke(main, ["eval", "--gold", str(DATA / "tiny.records.xml"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["events"]["3"]["precision"] == 0.5
    assert data["events"]["3"]["recall"] == 0.5
    assert "errors" not in data


def test_eval_cli_show_errors_lists_misses_and_false_positives(runner: CliRunner) -> None:
    result = runner.invoke(main, ["eval", "--gold", str(DATA / "tiny.records.xml"), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "L1 root class + country dyad: precision 0.500 recall 0.500" in result.output
    assert "MISS  [T-01] BRNGOV -> ALB 043" in result.output
    assert "FALSE POSITIVE  [T-02] COR -> - 010" in result.output
    assert "Coro held a football match." in result.output


def test_eval_cli_set_passes_settings_to_the_run(runner: CliRunner) -> None:
    result = runner.invoke(main, ["eval", "--gold", str(DATA / "tiny.records.xml"), "--json",
                                  "--set", "learned_check_threshold=0.25", "--set", "learned_events=false"])
    assert result.exit_code == 0, result.output
    assert SEEN["settings"] == {"learned_check_threshold": 0.25, "learned_events": False}


@pytest.mark.parametrize("pair,message", [("no_such_setting=1", "E901"), ("learned_threshold=high", "E902"),
                                          ("learned_threshold", "KEY=VALUE")])
def test_eval_cli_set_refuses_bad_settings_before_running(runner: CliRunner, pair: str, message: str) -> None:
    SEEN.clear()
    result = runner.invoke(main, ["eval", "--gold", str(DATA / "tiny.records.xml"), "--set", pair])
    assert result.exit_code != 0
    assert message in result.output
    assert "settings" not in SEEN  # nothing ran


def test_eval_cli_needs_an_existing_gold_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["eval", "--gold", str(tmp_path / "absent.xml")])
    assert result.exit_code != 0
