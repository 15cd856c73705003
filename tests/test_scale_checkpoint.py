"""Checkpointed output: a crash at any point, then a resume, gives every record exactly once."""

from __future__ import annotations

import json

import pytest

from communique.errors import InputError
from communique.run import RunOptions
from communique.scale import ingest_partition, manifest_path, plan, write_resumable
from communique.scale.checkpoint import read_manifest
from communique.scale.synthetic import write_corpus


class Crash(Exception):
    pass


def _ids(path):
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "in.jsonl", 53, seed=3)
    return plan(["in.jsonl"], size=5)


def _run(parts, out, resume=False, crash_after=None, **kw):
    seen = []

    def on_records(records):
        seen.append(len(records))
        if crash_after is not None and len(seen) > crash_after:
            raise Crash()  # records read but not yet written or committed
        return {"processed": sum(seen), "failed": 0, "codes": {}}

    return write_resumable(parts, RunOptions(), out, resume=resume, on_records=on_records,
                           task=ingest_partition, **{"commit_every": 0, **kw})


@pytest.mark.parametrize("crash_after", [0, 1, 4, 10])
def test_scale_resume_after_a_crash_writes_each_record_once(corpus, tmp_path, crash_after):
    out = tmp_path / "out.jsonl"
    _run(corpus, tmp_path / "ref.jsonl")
    with pytest.raises(Crash):
        _run(corpus, out, crash_after=crash_after)
    state = read_manifest(manifest_path(out))
    assert state["done"] == crash_after and state["offset"] == out.stat().st_size
    with out.open("ab") as f:  # a torn write past the last commit
        f.write(b'{"id":"half-writ')
    check = _run(corpus, out, resume=True)
    assert check.resumed and out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    assert len(_ids(out)) == len(set(_ids(out))) == 53
    assert not manifest_path(out).exists()


def test_scale_resume_refuses_a_different_run(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    with pytest.raises(Crash):
        _run(corpus, out, crash_after=2)
    with pytest.raises(InputError) as err:
        _run(plan(["in.jsonl"], size=7), out, resume=True)
    assert err.value.code == "E906"


def test_scale_resume_without_a_manifest_starts_over(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("stale\n", encoding="utf-8")
    check = _run(corpus, out, resume=True)
    assert not check.resumed and len(_ids(out)) == 53


def test_scale_resume_refuses_an_output_shorter_than_its_checkpoint(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    with pytest.raises(Crash):
        _run(corpus, out, crash_after=3)
    out.write_bytes(b"")
    with pytest.raises(InputError) as err:
        _run(corpus, out, resume=True)
    assert err.value.code == "E906" and "shorter" in str(err.value)


def test_scale_checkpoint_goes_where_it_is_told(corpus, tmp_path):
    out, manifest = tmp_path / "out.jsonl", tmp_path / "state" / "run.json"
    manifest.parent.mkdir()
    with pytest.raises(Crash):
        _run(corpus, out, crash_after=1, manifest=manifest)
    assert read_manifest(manifest)["done"] == 1 and not manifest_path(out).exists()


def test_scale_commits_are_spaced_in_time_but_the_last_is_always_made(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    with pytest.raises(Crash):
        _run(corpus, out, crash_after=6, commit_every=3600)
    assert read_manifest(manifest_path(out))["done"] == 0
    _run(corpus, out, resume=True, commit_every=3600)
    assert len(_ids(out)) == 53
