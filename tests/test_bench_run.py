"""The benchmark script and its corpus generator (no timing assertions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


def test_bench_corpus_is_reproducible_and_varied() -> None:
    first = corpus.generate(6, seed=7)
    again = corpus.generate(6, seed=7)
    other = corpus.generate(6, seed=8)
    assert first == again
    assert first != other
    assert len({a["text"] for a in first}) == 6
    for art in first:
        assert 450 <= corpus.word_count(art["text"]) <= 900
        assert art["published"][:2] == "20"
        assert art["id"].startswith("bench-")


@pytest.mark.parametrize("change, message", [
    (lambda v: v.pop("quotes"), "'quotes' should be a non-empty list"),
    (lambda v: v["event_templates"].append("{A} met {Z}."), "unknown slots ['Z']"),
    (lambda v: v["countries"].append({"name": "Nowhere"}), "needs name, adj and capital"),
])
def test_bench_vocab_validator(tmp_path: Path, change, message: str) -> None:
    vocab = yaml.safe_load(corpus.VOCAB.read_text(encoding="utf-8"))
    change(vocab)
    path = tmp_path / "vocab.yml"
    path.write_text(yaml.safe_dump(vocab), encoding="utf-8")
    with pytest.raises(corpus.VocabError, match=message.replace("[", r"\[").replace("]", r"\]")):
        corpus.load_vocab(path)


def test_bench_script_runs_on_three_articles(tmp_path: Path) -> None:
    out = tmp_path / "performance.md"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--articles", "3", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "3 generated articles" in text
    for heading in ("## Targets", "## Figures", "## Time by stage (1 process)"):
        assert heading in text
    assert "| language |" in text
    assert "articles/s" in text and ("met |" in text)
