"""Metric arithmetic on tiny cases with known answers (no model involved)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.errors import DictionaryError
from communique.evaluate.gold import GoldEvent, GoldRecord, GoldSet
from communique.evaluate.matching import Dyad, Predicted, event_dyads, match, predicted_events
from communique.evaluate.metrics import score
from communique.evaluate.plover_map import parse_rules, to_gold
from communique.evaluate.readers import read_gold

DATA = Path(__file__).parent / "data" / "eval"


def ref(code: str) -> dict[str, Any]:
    return {"actor": code.lower(), "code": code, "name": code, "span": None}


def event(source: str | None, target: str | None, cameo: str, *, participants: tuple[str, ...] = (),
          plover: str | None = None, sentence: tuple[int, int] | None = None, text: str = "",
          date: str | None = None) -> dict[str, Any]:
    return {"source": ref(source) if source else None, "target": ref(target) if target else None,
            "participants": [{"actor": p.lower(), "code": p} for p in participants],
            "cameo": cameo, "plover": plover,
            "sentence": {"text": text, "span": list(sentence) if sentence else None},
            "date": {"value": date, "granularity": "day"} if date else None}


def gold_set(records: list[GoldRecord], **kw: Any) -> GoldSet:
    return GoldSet("petrarch", Path("tiny"), records, **kw)


def g(source: str, target: str, code: str, **kw: Any) -> GoldEvent:
    return GoldEvent(sources=(source,), targets=(target,), codes=(code,), **kw)


def test_eval_noevents_records_count_false_positives() -> None:
    records = [GoldRecord("r1", "x", events=[g("ARN", "GON", "064")]),
               GoldRecord("r2", "y", noevents=True)]
    outputs = {"r1": {"events": [event("ARN", "GON", "064")]},
               "r2": {"events": [event("ARN", "GON", "010")]}}
    result = score(gold_set(records), outputs)
    for level in ("1", "2", "3"):
        assert result["events"][level]["precision"] == 0.5
        assert result["events"][level]["recall"] == 1.0
        assert result["events"][level]["f1"] == pytest.approx(0.6667, abs=1e-4)
    assert result["exact_records"] == 1


def test_eval_three_levels_differ_as_defined() -> None:
    records = [GoldRecord("r1", "x", events=[g("ARNGOV", "GON", "064"), g("ARN", "GONMIL", "042")])]
    # First: same root (06), same countries, different code and role.
    # Second: exact code with full actor codes.
    outputs = {"r1": {"events": [event("ARN", "GONMIL", "061"), event("ARN", "GONMIL", "042")]}}
    result = score(gold_set(records), outputs)
    assert result["events"]["1"]["precision"] == 1.0 and result["events"]["1"]["recall"] == 1.0
    assert result["events"]["2"]["precision"] == 0.5 and result["events"]["2"]["recall"] == 0.5
    assert result["events"]["3"]["precision"] == 0.5 and result["events"]["3"]["recall"] == 0.5
    assert result["exact_records"] == 0


def test_eval_level_zero_counts_any_code_between_the_right_countries() -> None:
    records = [GoldRecord("r1", "x", events=[g("ARNGOV", "GON", "064")])]
    outputs = {"r1": {"events": [event("ARN", "GONMIL", "122"), event("ARN", "DAG", "064")]}}
    result = score(gold_set(records), outputs)
    assert result["events"]["0"]["recall"] == 1.0 and result["events"]["0"]["precision"] == 0.5
    assert result["events"]["1"]["recall"] == 0.0


def test_eval_half_credit_for_a_root_match() -> None:
    rec = GoldRecord("a", "text", events=[
        GoldEvent(sources=("SYRGOV",), targets=("TURMIL", "TUR"), codes=("1056", "105")),
        GoldEvent(sources=("RUSGOV",), targets=("TURGOV",), codes=("043",))])
    outputs = {"a": {"events": [event("SYRGOV", "TUR", "100"),      # root 10 only: half
                                event("RUSGOV", "TURGOV", "043"),   # exact: full
                                event("IRNGOV", "USA", "112")]}}   # nothing: false positive
    result = score(GoldSet("article", Path("a"), [rec], half_credit=True, sentence_level=False), outputs)
    level2 = result["events"]["2"]
    assert level2["precision"] == pytest.approx(1.5 / 3)
    assert level2["recall"] == pytest.approx(1.5 / 2)
    assert level2["f1"] == pytest.approx(0.6)
    assert result["events"]["1"]["recall"] == 1.0  # the root level gives full credit
    kinds = sorted(e["kind"] for e in result["errors"])
    assert kinds == ["false positive", "partial"]


def test_eval_no_half_credit_without_the_flag() -> None:
    gold = g("SYR", "TUR", "1056")
    pred = Predicted(dyads=[Dyad("SYR", "TUR")], code="100")
    m = match([gold], [pred], 2)
    assert m.gold_credit == [0.0]
    assert match([gold], [pred], 2, half_credit=True).gold_credit == [0.5]


def test_eval_participants_expand_to_symmetric_dyads() -> None:
    dyads = event_dyads(event(None, None, "043", participants=("TURGOV", "SYRGOV", "RUSGOV")))
    assert [(d.source, d.target) for d in dyads] == [("TURGOV", "SYRGOV"), ("TURGOV", "RUSGOV"),
                                                     ("SYRGOV", "RUSGOV")]
    assert all(d.symmetric for d in dyads)


def test_eval_one_multilateral_event_covers_several_gold_dyads() -> None:
    golds = [g("TUR", "RUS", "043"), g("RUS", "SYR", "043"), g("IRN", "RUS", "043")]
    rec = GoldRecord("m", "x", events=golds)
    outputs = {"m": {"events": [event(None, None, "043", participants=("TUR", "SYR", "RUS"))]}}
    result = score(gold_set([rec]), outputs)
    level3 = result["events"]["3"]
    assert level3["recall"] == pytest.approx(2 / 3, abs=1e-4)  # TUR-RUS and RUS-SYR (reversed) match
    assert level3["precision"] == 1.0                 # one predicted event, credited
    assert level3["predicted"] == 1


def test_eval_directed_event_does_not_match_reversed_gold() -> None:
    m = match([g("ARN", "GON", "042")], [Predicted(dyads=[Dyad("GON", "ARN")], code="042")], 3)
    assert m.gold_credit == [0.0]
    sym = GoldEvent(sources=("ARN",), targets=("GON",), codes=("042",), symmetric=True)
    assert match([sym], [Predicted(dyads=[Dyad("GON", "ARN")], code="042")], 3).gold_credit == [1.0]


def test_eval_matching_is_one_to_one() -> None:
    golds = [g("ARN", "GON", "042")]
    preds = [Predicted(dyads=[Dyad("ARN", "GON")], code="042"), Predicted(dyads=[Dyad("ARN", "GON")], code="042")]
    m = match(golds, preds, 3)
    assert m.gold_credit == [1.0] and sorted(m.pred_credit) == [0.0, 1.0]


def test_eval_sentence_records_drop_exact_repeats() -> None:
    record = {"events": [event("ARN", "GON", "042"), event("ARN", "GON", "042"), event("ARN", "GON", "043")]}
    assert len(predicted_events(record, dedupe=True)) == 2
    assert len(predicted_events(record)) == 3


def test_eval_article_events_must_come_from_the_gold_sentence() -> None:
    gold = read_gold(DATA / "tiny.gold.json")
    text = gold.records[0].text
    s1 = text.index("Alba's foreign")
    s2 = text.index("Later in March")
    weather = text.index("The weather")
    outputs = {"tiny": {
        "events": [event("ALBGOV", "BRN", "042", plover="CONSULT", sentence=(s1, s1 + 60), date="2001-06-05"),
                   event("BRNGOV", "ALBMIL", "1056", plover="REQUEST", sentence=(s1, s1 + 60)),
                   event("ALB", "BRN", "010", sentence=(weather, weather + 20))],
        "actors": [{"name": "Ana Vell", "code": "ALBGOV", "mentions": [{"text": "Vell"}]},
                   {"name": "Brin", "code": "BRNGOV", "mentions": [{"text": "Brin"}]}],
        "quotes": [{"text": "We want calm borders,", "speaker": {"code": "ALBGOV", "name": "Ana Vell"}}],
        "dates": [{"phrase": "on Tuesday", "value": "2001-06-05", "span": [s1 + 50, s1 + 60]},
                  {"phrase": "in March", "value": "2001-04", "span": [s2 + 6, s2 + 14]}],
    }}
    result = score(gold, outputs)
    level3 = result["events"]["3"]
    # The demand sits in the wrong sentence, so only E1 is found.
    assert level3["recall"] == 0.5 and level3["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["plover_accuracy"]["rate"] == 1.0
    assert result["event_date_accuracy"]["rate"] == 1.0
    assert result["actor_accuracy"]["right"] == 1 and result["actor_accuracy"]["total"] == 2
    assert result["date_accuracy"]["right"] == 1 and result["date_accuracy"]["total"] == 2
    assert result["quote_found"]["rate"] == 1.0 and result["speaker_accuracy"]["rate"] == 1.0
    assert result["not_event_hits"] == 1


def test_eval_plover_set_uses_mapped_categories() -> None:
    gold = read_gold(DATA / "tiny-plover.txt")
    outputs = {
        "TINY-AGREE-0001": {"events": [event(None, None, "036", participants=("BRN", "ALBGOV"), plover="AGREE")]},
        "TINY-DEMAND-0001": {"events": [event("CORGOV", "ALB", "1056", plover="REQUEST")]},
        "TINY-PROTEST-0001": {"events": []},
    }
    result = score(gold, outputs)
    assert set(result["events"]) == {"0", "1", "3"}
    assert result["events"]["3"]["recall"] == pytest.approx(2 / 4)
    assert result["events"]["3"]["precision"] == 1.0
    assert result["plover_accuracy"]["right"] == 2 and result["plover_accuracy"]["total"] == 3
    assert result["by_class"]["DEMAND"]["gold"] == 2


@pytest.mark.parametrize("plover, cameo, gold", [
    ("REQUEST", "1056", "DEMAND"),
    ("ACCUSE", "091", "INVESTIGATE"),
    ("ACCUSE", "112", "DISAPPROVE"),
    ("ASSAULT", "193", "FIGHT"),
    ("ASSAULT", "182", "ASSAULT"),
    ("ASSAULT", "1712", "COERCE"),
    ("COERCE", "163", "SANCTION"),
    ("COERCE", "173", "COERCE"),
    ("CONSULT", "042", "CONSULT"),
    (None, "010", None),
])
def test_eval_plover_mapping(plover: str | None, cameo: str, gold: str | None) -> None:
    assert to_gold(plover, cameo) == gold


@pytest.mark.parametrize("data", [
    {"rules": [{"plover": "request", "gold": "DEMAND"}]},
    {"rules": [{"plover": "REQUEST"}]},
    {"rules": [{"plover": "ASSAULT", "gold": "FIGHT", "cameo": [19]}]},
    {"rules": [{"plover": "ASSAULT", "gold": "FIGHT", "when": "always"}]},
    {"rules": "REQUEST=DEMAND"},
])
def test_eval_plover_mapping_validator_rejects_bad_entries(data: dict) -> None:
    with pytest.raises(DictionaryError) as info:
        parse_rules(data, "bad.yml")
    assert info.value.code == "E911"


def test_same_person_leaves_out_initials_suffixes_and_honorifics():
    from communique.evaluate.metrics import same_person

    assert same_person("Lloyd Austin", "Lloyd J. Austin III")
    assert same_person("Austin", "Lloyd J. Austin III") and same_person("Mr Lavrov", "Sergey Lavrov")
    assert not same_person("Joe Biden", "Jill Biden") and not same_person("Lloyd Austin", "Lloyd Blankfein")
    assert not same_person("", "Lloyd Austin")
