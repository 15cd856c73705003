"""docs/quality.md rendering, from scores of hand-made outputs (no model)."""

from __future__ import annotations

from pathlib import Path

from communique.evaluate.metrics import score
from communique.evaluate.readers import read_gold
from communique.evaluate.report import render

DATA = Path(__file__).parent / "data" / "eval"


def test_eval_report_holds_date_commit_figures_and_peers() -> None:
    petrarch = score(read_gold(DATA / "tiny.records.xml"),
                     {"T-01": {"events": [{"source": {"code": "ALB"}, "target": {"code": "BRNGOV"},
                                           "cameo": "042"}]}})
    plover = score(read_gold(DATA / "tiny-plover.txt"), {})
    article = score(read_gold(DATA / "tiny.gold.json"), {})
    text = render([("PETRARCH", petrarch), ("PLOVER", plover), ("article", article)], "abc1234",
                  "2001-02-03 04:05 UTC")
    assert "- commit: `abc1234`" in text and "- date: 2001-02-03 04:05 UTC" in text
    assert "| L3 precision — exact code + full actor codes | 1.000 | 0.000 | 0.000 |" in text
    assert "| L3 recall — exact code + full actor codes | 0.500 | 0.000 | 0.000 |" in text
    assert "| L2 precision — exact code + country dyad | 1.000 | n/a | 0.000 |" in text
    assert "| 0.547 | 0.332 | 90 of 279 |" in text
    assert "all 276 evaluated" in text
    assert "| REQUEST | any | DEMAND |" in text
    assert "exact triples (L3): precision 1.000, recall 0.500" in text
    assert "## By class: PLOVER" in text
