"""The one run path: RunOptions, run.stream / run.batches, outputs.write and outputs.ingest."""

from __future__ import annotations

import json

import pytest

from communique.errors import InputError
from communique.outputs import ingest, write
from communique.run import RunOptions, batches, stream
from communique.scale import ingest_partition
from communique.store import Store


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Report {i}."}) + "\n" for i in range(7)),
                    encoding="utf-8")
    return str(path)


def test_stream_gives_every_record_in_input_order_with_the_options_applied(corpus):
    records = list(stream([corpus], RunOptions(source="Wire"), partition_size=2, task=ingest_partition))
    assert [r["id"] for r in records] == [f"a{i}" for i in range(7)]
    assert {r["source"] for r in records} == {"Wire"}


def test_batches_are_partitions_and_skip_leaves_articles_out_before_extraction(corpus):
    parts = list(batches([corpus], RunOptions(), partition_size=3, task=ingest_partition,
                         skip=lambda a: a.id in {"a1", "a4"}))
    assert [p.index for p, _ in parts] == [0, 1, 2]
    assert [r["id"] for _, rs in parts for r in rs] == ["a0", "a2", "a3", "a5", "a6"]


def test_write_to_a_missing_folder_is_e907(corpus, tmp_path):
    for fmt in ("json", "jsonl"):
        with pytest.raises(InputError) as err:
            write([corpus], RunOptions(), str(tmp_path / "no" / "out.json"), fmt=fmt, task=ingest_partition)
        assert err.value.code == "E907"


def test_write_json_array_counts_through_the_callbacks(corpus, tmp_path):
    out, seen = tmp_path / "out.json", []
    write([corpus], RunOptions(), str(out), fmt="json", partition_size=4, task=ingest_partition,
          on_total=seen.append, on_records=lambda rs: seen.append(len(rs)))
    assert seen == [7, 4, 3] and len(json.loads(out.read_text(encoding="utf-8"))) == 7


def test_ingest_stores_once_and_skips_what_the_store_holds(corpus, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        first = ingest(store, [corpus], RunOptions(), task=ingest_partition)
        again = ingest(store, [corpus], RunOptions(), task=ingest_partition)
        assert store.counts()["articles"] == 7
    assert first["added"] == 7 and again == {"added": 0, "skipped": 7, "replaced": 0}
