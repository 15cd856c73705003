"""The three gold readers, on small hand-made files in tests/data/eval/."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.evaluate.readers import detect_format, plover_actor, read_gold

DATA = Path(__file__).parent / "data" / "eval"


@pytest.mark.parametrize("name", ["tiny.records.xml", "tiny.records.jsonl"])
def test_eval_petrarch_records(name: str) -> None:
    gold = read_gold(DATA / name)
    assert gold.name == "petrarch"
    ids = [r.id for r in gold.records]
    assert ids == ["T-01", "T-02", "T-03"]
    first, noevents, error = gold.records
    assert first.text == "The Alban envoy visited the Brin government on Monday."
    assert first.published == dt.date(2001, 2, 3)
    assert (first.events[0].sources, first.events[0].targets, first.events[0].codes) == (
        ("ALB",), ("BRNGOV",), ("042",))
    assert noevents.noevents and not noevents.events
    assert error.error == "storydiscard" and not error.evaluated
    assert [r.id for r in gold.evaluated] == ["T-01", "T-02"]


def test_eval_petrarch_xml_dictionaries_resolve_beside_the_file() -> None:
    gold = read_gold(DATA / "tiny.records.xml")
    actors = gold.settings["actors"]
    assert [Path(a).name for a in actors] == ["tiny.actors.txt", "tiny.agents.txt"]
    assert all(Path(a).parent == DATA.resolve() for a in actors)
    assert [Path(v).name for v in gold.settings["event_patterns"]] == ["tiny.verbs.txt"]
    assert len(gold.records[0].events) == 2


@pytest.mark.parametrize("name", ["tiny-plover.txt", "tiny-plover.jsonl"])
def test_eval_plover_compound_source_is_symmetric(name: str) -> None:
    gold = read_gold(DATA / name)
    assert gold.name == "plover" and gold.plover_only
    agree = gold.records[0]
    assert agree.id == "TINY-AGREE-0001"
    assert agree.category == "AGREE"
    [pair] = agree.events
    assert (pair.sources, pair.targets, pair.symmetric, pair.plover) == (("ALBGOV",), ("BRN",), True, "AGREE")


def test_eval_plover_records_skip_documents_and_cross_sources_with_targets() -> None:
    gold = read_gold(DATA / "tiny-plover.txt")
    assert [r.id for r in gold.records] == ["TINY-AGREE-0001", "TINY-DEMAND-0001", "TINY-PROTEST-0001"]
    demand = gold.records[1]
    assert [(e.sources[0], e.targets[0]) for e in demand.events] == [("CORGOV", "ALB"), ("CORGOV", "BRNMIL")]
    assert not any(e.symmetric for e in demand.events)
    [protest] = gold.records[2].events
    assert (protest.sources, protest.targets, protest.mode) == (("BRN",), ("",), "demo-org")


@pytest.mark.parametrize("entry, code", [
    ({"code": "HUN", "sector": "GOV"}, "HUNGOV"),
    ({"code": "IGO"}, "IGO"),
    ({"code": "BRN", "sector": "***"}, "BRN"),
    ({"code": "SRB", "sector": "CVLalb"}, "SRBCVL"),
    ({"code": "usa", "sector": ""}, "USA"),
])
def test_eval_plover_actor_codes(entry: dict, code: str) -> None:
    assert plover_actor(entry) == code


def test_eval_article_gold() -> None:
    gold = read_gold(DATA / "tiny.gold.json")
    assert gold.name == "article" and gold.half_credit and not gold.sentence_level
    [rec] = gold.records
    assert rec.published == dt.date(2001, 6, 7)
    assert rec.text.startswith("Alba and Brin Talk Again")
    e1, e2 = rec.events
    assert e1.codes == ("040", "042") and e1.targets == ("BRNGOV", "BRN")
    start, end = e2.span
    assert rec.text[start:end] == "Later in March, Brin demanded the withdrawal of Alban troops."
    assert e2.date == "2001-03" and e2.has_date
    assert rec.quotes[0].actor == "ALBGOV"
    assert [d.phrase for d in rec.dates] == ["on Tuesday", "in March"]
    assert rec.not_events == ["The weather was cold."]
    assert rec.actors[0].mentions == ("Alba's foreign minister Ana Vell", "Vell")


@pytest.mark.parametrize("name, head, kind", [
    ("a.xml", "<Validation>", "petrarch"),
    ("a.jsonl", '{"id": "x", "expected_events": []}', "petrarch"),
    ("a.txt", '[{"id": "P", "eventText": "x"}]', "plover"),
    ("a.gold.json", '{"article": {"file": "a.txt"}, "events": []}', "article"),
])
def test_eval_detect_format(name: str, head: str, kind: str) -> None:
    assert detect_format(Path(name), head) == kind


def test_eval_unknown_gold_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold(path)
    assert info.value.code == "E903"


def test_eval_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E903"):
        read_gold(tmp_path / "absent.xml")


def test_eval_repeated_record_ids_get_a_suffix(tmp_path: Path) -> None:
    rows = [{"id": "R", "date": "20010101", "text": "Alba met Brin.", "expected_events": []},
            {"id": "R", "date": "20010101", "text": "Brin met Coro.", "expected_events": []}]
    path = tmp_path / "dup.records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [r.id for r in read_gold(path).records] == ["R", "R#2"]


def test_eval_article_lines_longer_than_the_format_sniff(tmp_path: Path) -> None:
    # one article of 25,000 characters: the file is still article lines, not one JSON document
    long_text = "Alba met Brin in Cora. " * 1100
    rows = [{"article": {"id": "long", "published": "2001-06-07"}, "text": long_text,
             "events": [{"sentence": "Alba met Brin in Cora.", "source": ["ALB"], "target": ["BRN"], "cameo": ["040"]}]},
            {"article": {"id": "short", "published": "2001-06-07"}, "text": "Brin met Cora.", "events": []}]
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8").split("\n", 1)[0]) > 20000
    gold = read_gold(path)
    assert [r.id for r in gold.records] == ["long", "short"]
    assert gold.records[0].events[0].codes == ("040",)


def test_eval_gold_verb_dictionary_can_be_left_out() -> None:
    from communique.evaluate import gold_settings

    gold = read_gold(DATA / "tiny.records.xml")
    assert "event_patterns" not in gold_settings(gold, gold_verbs=False)
    assert gold_settings(gold, gold_verbs=False)["actors"] == gold.settings["actors"]
    assert gold_settings(gold)["event_patterns"] == gold.settings["event_patterns"]


def test_eval_articles_jsonl_holds_many_articles_with_their_text(tmp_path: Path) -> None:
    lines = [
        {"article": {"id": "a1", "published": "2024-04-15", "title": "T"},
         "text": "Norway condemned the attack. Chile met Peru.",
         "events": [{"sentence": "Norway condemned the attack.", "source": ["NOR"], "target": [], "cameo": ["111"]},
                    {"sentence": "Chile met Peru.", "source": ["CHL"], "target": ["PER"], "cameo": ["040"],
                     "sym": True, "mode": "actual"}],
         "quotes": [{"text": "x", "speaker": "Y", "actor": "NORGOV"}]},
        {"article": {"id": "a2", "published": "2024-04-16"}, "text": "Peru said nothing.", "events": []},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    gold = read_gold(path)
    assert gold.name == "article" and not gold.sentence_level
    assert [r.id for r in gold.records] == ["a1", "a2"]
    first = gold.records[0]
    assert first.published == dt.date(2024, 4, 15) and first.text.startswith("Norway")
    alone, meeting = first.events
    assert alone.targets == ("",) and alone.span == (0, 28)
    assert meeting.symmetric and not alone.symmetric
    assert first.quotes[0].actor == "NORGOV"


def test_eval_articles_jsonl_line_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"article": {"id": "a"}, "text": "", "events": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_gold(path)
