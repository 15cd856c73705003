"""`communique extract`: the output contract, exit codes, batches with broken records."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from communique.cli import main
from conftest import EXAMPLES, shared_path

SPAN = list


def _check_span(span, text_len):
    assert isinstance(span, list) and len(span) == 2
    assert 0 <= span[0] <= span[1] <= text_len


def check_contract(record: dict, text: str) -> None:
    """Assert that one output record follows docs/output.md."""
    assert list(record)[:11] == ["id", "title", "published", "source", "url", "actors", "events",
                                 "quotes", "claims", "dates", "errors"]
    for actor in record["actors"]:
        assert {"id", "name", "code", "country", "role", "kind", "mentions"} <= set(actor)
        assert re.fullmatch(r"[A-Z0-9]{3,}", actor["code"]), actor
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for event in record["events"]:
        assert re.fullmatch(r"\d{2,4}", event["cameo"]), event
        assert event["mode"] in ("actual", "intent", "negated", "hypothetical")
        assert event["quad_class"] in (1, 2, 3, 4)
        for side in ("source", "target"):
            if event[side] is not None:
                assert {"actor", "code", "name", "span"} <= set(event[side])
        _check_span(event["trigger"]["span"], len(text))
        s, e = event["sentence"]["span"]
        assert text[s:e] == event["sentence"]["text"]
        assert event["sentence"]["text"] == event["sentence"]["text"].strip()
        if event["date"] is not None:
            value = event["date"]["value"]
            assert value is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\S+)?", value)
    for quote in record["quotes"]:
        _check_span(quote["span"], len(text))
        assert isinstance(quote["direct"], bool)
    for date in record["dates"]:
        s, e = date["span"]
        assert text[s:e] == date["phrase"]
    for err in record["errors"]:
        assert re.fullmatch(r"[EW]\d{3}", err["code"]) and err["stage"] and err["message"]


@pytest.mark.model
def test_cli_extract_seed_article_prints_one_contract_line():
    path = shared_path("examples", "four-way-talks.txt")
    result = CliRunner().invoke(main, ["extract", str(path), "--published", "2023-05-11"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["published"] == "2023-05-11"
    check_contract(record, path.read_text(encoding="utf-8"))


@pytest.mark.model
def test_cli_extract_set_changes_a_setting():
    path = shared_path("examples", "four-way-talks.txt")
    counts = []
    for extra in ([], ["--set", "learned_threshold=0.01"]):
        result = CliRunner().invoke(main, ["extract", str(path), "--published", "2023-05-11", *extra])
        assert result.exit_code == 0, result.output
        counts.append(len(json.loads(result.stdout)["events"]))
    assert counts[1] > counts[0]  # nearly every silent sentence takes a learned event


def test_cli_extract_set_refuses_an_unknown_setting():
    result = CliRunner().invoke(main, ["extract", "-", "--set", "no_such_setting=1"], input="text")
    assert result.exit_code != 0
    assert "E901" in result.output


@pytest.mark.model
def test_cli_extract_is_deterministic(tmp_path):
    runner = CliRunner()
    outs = []
    for n in (1, 2):
        out = tmp_path / f"out{n}.jsonl"
        result = runner.invoke(main, ["extract", str(EXAMPLES), "--published", "2023-05-11", "-o", str(out),
                                      "--no-progress"])
        assert result.exit_code == 0, result.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") >= 6


@pytest.mark.model
def test_cli_extract_batch_with_broken_lines(tmp_path):
    """1,000 JSONL records with 10 broken lines: 990 results, 10 numbered errors, exit 2."""
    src = tmp_path / "batch.jsonl"
    broken = set(range(5, 1000, 100))
    with src.open("w", encoding="utf-8") as f:
        for i in range(1000):
            if i in broken:
                f.write(f'{{"id": "b{i}", "text": "unterminated\n' if i % 200 == 5 else f'{{"id": "b{i}"}}\n')
            else:
                f.write(json.dumps({"id": f"a{i}", "published": "2023-05-11",
                                    "text": f"Report {i}: Turkey and Syria held talks in Moscow."}) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--no-progress"])
    assert result.exit_code == 2
    assert "1000 processed" in result.stderr and "10 failed" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1000
    ok = [r for r in records if not r["errors"]]
    bad = [r for r in records if r["errors"]]
    assert len(ok) == 990 and len(bad) == 10
    for r in bad:
        code = r["errors"][0]["code"]
        assert code in ("E104", "E105")
        if code == "E104":
            assert re.search(r"line \d+", r["errors"][0]["message"])
        else:
            assert r["id"].startswith("b")
    assert [r["id"] for r in ok][:3] == ["a0", "a1", "a2"]


def test_cli_extract_usage_error_exits_1():
    result = CliRunner().invoke(main, ["extract"])
    assert result.exit_code != 0 and result.exit_code != 2


def test_cli_extract_missing_file_is_a_numbered_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt"), "--no-progress"])
    assert result.exit_code == 2
    record = json.loads(result.stdout)
    assert record["errors"][0]["code"] == "E109"


@pytest.mark.parametrize("command", ["extract", "version", "show"])
def test_cli_help_has_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_cli_version_shows_verified_hash():
    result = CliRunner().invoke(main, ["version"])
    assert result.exit_code == 0
    assert "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e verified" in result.output


def test_cli_extract_to_a_device_writes_straight_through(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text('{"text": "Norway condemned Chile on Monday.", "published": "2024-01-01"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", "/dev/null", "--no-progress"])
    assert result.exit_code == 0, result.output
    resumed = CliRunner().invoke(main, ["extract", str(src), "-o", "/dev/null", "--resume", "--no-progress"])
    assert resumed.exit_code != 0 and "E906" in resumed.output and "Traceback" not in resumed.output


def test_cli_extract_to_a_missing_folder_is_a_numbered_error(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text('{"text": "Norway condemned Chile on Monday."}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "no" / "such" / "x.jsonl")])
    assert result.exit_code != 0 and "E907" in result.output
    assert not isinstance(result.exception, OSError)
