"""The same 200 articles give byte-identical output in one process, two processes and on Dask."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.run import dumps, extract_inputs
from communique.scale.synthetic import write_corpus

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("identical")
    path = write_corpus(folder / "news.jsonl", 200, seed=11)
    with path.open("a", encoding="utf-8") as out:  # a few broken records among the good ones
        out.write('{"text": 5}\n\n{oops\n')
    return path


def _extract(path, out, *extra):
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "--no-progress",
                                       "--partition-size", "23", *extra])
    assert result.exit_code == 2, result.output  # the broken records fail, the batch goes on
    return out.read_bytes()


@pytest.fixture(scope="module")
def single(corpus, pipeline):
    return _extract(corpus, corpus.with_name("single.jsonl"))


def test_scale_single_process_matches_the_plain_library_run(corpus, single):
    plain = "".join(dumps(a.to_dict()) + "\n" for a in extract_inputs([str(corpus)]))
    assert single == plain.encode("utf-8")
    ids = [json.loads(line)["id"] for line in single.splitlines()]
    assert len(ids) == 202 and len(set(ids)) == 202
    assert f"{corpus}:5" in ids and "syn-11-0000000" in ids  # every fifth record has no id


@pytest.mark.parametrize("flags", [("--workers", "2"), ("--dask", "--workers", "2")],
                         ids=["workers", "dask"])
def test_scale_parallel_output_is_identical(corpus, single, flags):
    assert _extract(corpus, corpus.with_name(f"{flags[0][2:]}.jsonl"), *flags) == single


def test_scale_unreachable_scheduler_is_e904(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("communique.scale.executors.CONNECT_TIMEOUT", "2s")
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "x.jsonl"),
                                       "--scheduler", "tcp://127.0.0.1:9", "--no-progress"])
    assert result.exit_code == 1 and "E904" in result.output
