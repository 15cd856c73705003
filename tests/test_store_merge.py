"""One event from many reports: canonical events on our own paraphrased test set."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from communique import Store
from communique.store.merge import Item, compatible
from test_store_ingest import event, record

DATA = Path(__file__).parent / "data" / "merge"

#: Floors for pairwise merge precision and recall on tests/data/merge.
PRECISION_FLOOR = 0.9
RECALL_FLOOR = 0.8


def pairwise(predicted: dict[str, int], gold: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against gold labels."""
    keys = sorted(gold)
    tp = fp = fn = 0
    for x, y in itertools.combinations(keys, 2):
        same_pred = predicted[x] == predicted[y]
        same_gold = gold[x] == gold[y]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    records = [json.loads(line) for line in (DATA / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    path = tmp_path_factory.mktemp("merge") / "m.duckdb"
    with Store(path) as store:
        store.add_articles(records)
        yield store


def test_store_merge_precision_recall(merged):
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    predicted = {}
    for ev in merged.events(canonical=True, limit=None):
        for m in ev["mentions"]:
            predicted[f"{m['article_id']}#{m['event_id']}"] = ev["id"]
    assert set(predicted) == set(gold)
    precision, recall = pairwise(predicted, gold)
    print(f"\nmerge on tests/data/merge: {len(gold)} events, {len(set(gold.values()))} happenings, "
          f"{len(set(predicted.values()))} canonical; pairwise precision {precision:.3f} recall {recall:.3f}")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def test_store_merge_counts_mentions_sources_articles(merged):
    four_way = [e for e in merged.events(canonical=True, limit=None) if e["countries"] == "IRN,RUS,SYR,TUR"]
    assert len(four_way) == 1  # the multilateral meeting is one canonical event
    ev = four_way[0]
    assert ev["num_mentions"] > ev["num_articles"] >= 3   # one article mentions it twice
    assert ev["num_sources"] == len({m["article_id"].split("-")[1] for m in ev["mentions"]})
    assert ev["place"] == "Moscow" and ev["date"] == "2023-05-10" and ev["date_granularity"] == "day"
    assert all(m["sentence_span"][0] is not None for m in ev["mentions"])


def test_store_merge_raw_events_stay(merged):
    counts = merged.counts()
    assert counts["events"] == 31
    assert counts["canonical_events"] < counts["events"]
    assert len(merged.events(limit=None)) == 31


def _item(uid: int, countries: set[str], first: str, last: str, *, root: str = "04", place: str | None = None,
          city: bool = True, country: str | None = None, mode: str = "actual", article: str = "a",
          sources: set[str] | None = None, targets: set[str] | None = None) -> Item:
    import datetime as dt

    return Item(uid=uid, article_id=article, outlet=None, root=root, cameo=root + "0", mode=mode,
                sources=frozenset(sources or countries), targets=frozenset(targets or ()),
                countries=frozenset(countries), first=dt.date.fromisoformat(first), last=dt.date.fromisoformat(last),
                place=place, place_country=country, place_is_city=city, sentence=(article, uid))


@pytest.mark.parametrize("a,b,expected", [
    # a month holds its days; different days do not match
    (_item(1, {"TUR", "SYR"}, "2023-05-01", "2023-05-31"), _item(2, {"SYR", "TUR"}, "2023-05-10", "2023-05-10"), True),
    (_item(1, {"TUR", "SYR"}, "2023-05-10", "2023-05-10"), _item(2, {"TUR", "SYR"}, "2023-05-12", "2023-05-12"), False),
    # another city is another event; a missing place or a country-level one is compatible
    (_item(1, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", place="moscow", country="RUS"),
     _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", place="sochi", country="RUS"), False),
    (_item(1, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", place="moscow", country="RUS"),
     _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10"), True),
    (_item(1, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", place="moscow", country="RUS"),
     _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", place="russia", city=False, country="RUS"), True),
    # another root class or mode is another event
    (_item(1, {"TUR", "SYR"}, "2023-05-10", "2023-05-10"), _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", root="05"), False),
    (_item(1, {"TUR", "SYR"}, "2023-05-10", "2023-05-10"), _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", mode="intent"), False),
    # direction matters outside consultations
    (_item(1, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", root="19", sources={"TUR"}, targets={"SYR"}),
     _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", root="19", sources={"SYR"}, targets={"TUR"}), False),
    # a pair inside a four-way meeting at the same place joins it; elsewhere it does not
    (_item(1, {"TUR", "SYR", "RUS", "IRN"}, "2023-05-10", "2023-05-10", place="moscow", country="RUS"),
     _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10", place="moscow", country="RUS"), True),
    (_item(1, {"TUR", "SYR", "RUS", "IRN"}, "2023-05-10", "2023-05-10", place="moscow", country="RUS"),
     _item(2, {"TUR", "SYR"}, "2023-05-10", "2023-05-10"), False),
])
def test_store_merge_compatible(a, b, expected):
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


def test_store_merge_reingest_keeps_canonical_counts(tmp_path):
    recs = [record("a1"), record("a2", "Another report."), record("a3", "Third.", events=[
        event("E1", "190", "TURMIL", "SYRREB", date="2023-05-10", quad=4, goldstein=-10)])]
    with Store(tmp_path / "x.duckdb") as store:
        store.add_articles(recs)
        first = store.counts()
        store.add_articles(recs)
        assert store.counts() == first
        assert first["canonical_events"] == 2 and first["events"] == 3
