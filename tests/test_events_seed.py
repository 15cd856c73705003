"""Acceptance on the shared seed article: every gold event is found with an
acceptable code, its actors and sentence; the not-events are absent.

Runs the full default pipeline through the ``seed_article`` fixture (skipped
without ../shared).
"""

from __future__ import annotations


def _codes(event) -> set[str]:
    refs = [event.source, event.target, *event.participants]
    return {r.code for r in refs if r is not None}


def _in_sentence(text: str, gold_sentence: str, event) -> bool:
    start = text.find(gold_sentence)
    assert start >= 0, gold_sentence
    s0, s1 = event.sentence_span
    return s0 <= start < s1


def _found(article, gold: dict) -> list:
    return [e for e in article.events
            if _in_sentence(article.text, gold["sentence"], e)
            and e.cameo in gold["cameo"]
            and _codes(e) & set(gold["source"])
            and _codes(e) & set(gold["target"])]


def test_events_seed_every_gold_event_found(seed_article, seed_gold):
    assert not [e for e in seed_article.errors if e.stage == "events"]
    missing = []
    for gold in seed_gold["events"]:
        if not _found(seed_article, gold):
            missing.append(gold["id"])
    assert missing == [], f"missing gold events: {missing}"


def test_events_seed_not_events_absent(seed_article, seed_gold):
    for bad in seed_gold["not_events"]:
        start = seed_article.text.find(bad["sentence"])
        end = start + len(bad["sentence"])
        inside = [e for e in seed_article.events if start <= e.trigger_span[0] < end]
        assert inside == [], (bad["sentence"], [(e.cameo, e.trigger_text) for e in inside])


def test_events_seed_records_are_complete(seed_article):
    assert seed_article.events
    for n, e in enumerate(seed_article.events, 1):
        assert e.id == f"E{n}"
        assert e.cameo_name and e.quad_class in (1, 2, 3, 4)
        assert -10 <= e.goldstein <= 10
        assert e.mode in ("actual", "intent", "negated", "hypothetical")
        assert seed_article.text[e.trigger_span[0]:e.trigger_span[1]] == e.trigger_text
        assert seed_article.text[e.sentence_span[0]:e.sentence_span[1]] == e.sentence_text
        assert e.source is not None
    starts = [e.trigger_span[0] for e in seed_article.events]
    assert starts == sorted(starts)


def test_events_seed_one_record_for_the_four_way_meeting(seed_article):
    met = [e for e in seed_article.events if e.trigger_text == "met"]
    assert len(met) == 1
    assert {p.code[:3] for p in met[0].participants} == {"TUR", "SYR", "RUS", "IRN"}
