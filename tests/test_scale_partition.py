"""Partitioned reading gives exactly the records of a whole read, however it is split."""

from __future__ import annotations

import io
import json

import pytest

from communique.ingest import read_inputs
from communique.run import RunOptions, stream
from communique.scale import ingest_partition, plan
from communique.scale.partition import Partition, stdin_partitions

MESSY = (b'\xef\xbb\xbf{"text":"Talks began in Geneva."}\n'
         b"\n"
         b'{"id":"r2","text":"Syria and Turkey met.","published":"2023-05-11"}\r\n'
         b"{not json\n"
         b"[1, 2]\n"
         b'{"text":"Iran protested.","published":"last Tuesday"}\n'
         b"   \n"
         b'{"text":42}\n'
         b'{"text":"No newline at the end."}')


def _dump(records):
    return [json.dumps(r, sort_keys=True) for r in records]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.jsonl").write_bytes(MESSY)
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "1.txt").write_text("Egypt said talks would go on.\n", encoding="utf-8")
    (folder / "2.html").write_text("<html><body><p>Kenya and Ethiopia agreed on a border "
                                   "commission to settle the dispute.</p></body></html>",
                                   encoding="utf-8")
    (folder / "3.ndjson").write_bytes(MESSY.replace(b"r2", b"r3"))
    (folder / "4.txt").write_bytes(b"\x00\x01\x02binary")
    return ["a.jsonl", "more", "missing.txt"]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 100])
def test_scale_partitions_read_the_same_records_as_a_whole_read(corpus, size):
    whole = _dump(a.to_dict() for a in read_inputs(corpus))
    split = _dump(stream(corpus, RunOptions(), partition_size=size, task=ingest_partition))
    assert split == whole
    assert "a.jsonl:1" in split[0] and any('"a.jsonl:9"' in r for r in split)


@pytest.mark.parametrize("max_bytes", [1, 40, 10_000])
def test_scale_partitions_split_by_bytes_on_line_ends(corpus, max_bytes):
    parts = plan(["a.jsonl"], size=1000, max_bytes=max_bytes)
    assert parts[0].start == 0 and parts[-1].end == len(MESSY)
    assert all(p.end == q.start for p, q in zip(parts, parts[1:]))
    assert all(MESSY[p.end - 1:p.end] == b"\n" for p in parts[:-1])
    assert sum(p.count for p in parts) == MESSY.count(b"\n") + 1
    assert [p.first_line for p in parts] == [1] + [1 + sum(q.count for q in parts[:i])
                                                   for i in range(1, len(parts))]


def test_scale_plan_counts_lines_and_files(corpus):
    parts = plan(corpus, size=4)
    kinds = [p.kind for p in parts]
    assert kinds == ["lines", "lines", "lines", "files", "lines", "lines", "lines", "files"]
    assert parts[3].names == ("more/1.txt", "more/2.html")
    assert parts[-1].names == ("more/4.txt", "missing.txt")
    assert [p.index for p in parts] == list(range(len(parts)))


def test_scale_stdin_is_cut_into_article_partitions():
    data = b"".join(b'{"text":"Report number %d from Cairo."}\n' % i for i in range(7))
    parts = list(stdin_partitions(io.BytesIO(data), 3, size=3))
    assert [p.index for p in parts] == [3, 4, 5] and [p.count for p in parts] == [3, 3, 1]
    assert parts[2].articles[0].id == "<stdin>:7"


def test_scale_worker_processes_give_the_same_order(corpus):
    whole = _dump(a.to_dict() for a in read_inputs(corpus))
    assert _dump(stream(corpus, RunOptions(), partition_size=2, workers=2, task=ingest_partition)) == whole


def test_scale_partition_describes_itself():
    part = Partition(4, "lines", ("big.jsonl",), ("/x/big.jsonl",), first_line=101, count=100)
    assert part.describe() == "big.jsonl lines 101-200"
