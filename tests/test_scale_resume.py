"""`communique extract` killed with SIGKILL mid-run, then resumed: every id exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.scale import manifest_path
from communique.scale.checkpoint import read_manifest
from communique.scale.synthetic import write_corpus

pytestmark = pytest.mark.model

N = 240


def _communique(*args: str) -> list[str]:
    return [sys.executable, "-m", "communique", *args]


def _wait_for_progress(proc: subprocess.Popen, manifest: Path, at_least: int, limit: float = 300) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        state = read_manifest(manifest)
        if state and state["done"] >= at_least:
            return state["done"]
        if proc.poll() is not None:
            pytest.fail(f"the run ended before it could be killed: {proc.stderr.read()}")
        time.sleep(0.05)
    proc.kill()
    pytest.fail("no checkpoint progress within the time limit")


def test_scale_kill_and_resume_gives_every_id_once(tmp_path):
    corpus = write_corpus(tmp_path / "big.jsonl", N, seed=5)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(corpus), "-o", str(out), "--partition-size", "10", "--no-progress"]
    proc = subprocess.Popen(_communique(*args), cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    done = _wait_for_progress(proc, manifest_path(out), at_least=3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    state = read_manifest(manifest_path(out))
    assert done <= state["done"] < N // 10, "killed mid-way"
    assert out.stat().st_size >= state["offset"]

    resumed = subprocess.run(_communique(*args, "--resume"), cwd=tmp_path, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    expected = [f"syn-5-{i:07d}" if i % 5 != 4 else f"{corpus}:{i + 1}" for i in range(N)]
    assert ids == expected  # every id exactly once, in input order
    assert not manifest_path(out).exists()
    assert f"{N} processed" in resumed.stderr or resumed.stderr == ""
