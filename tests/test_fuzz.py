"""Property tests over ingest and the whole pipeline: no input may crash them.

``make test`` tries about 1,100 generated inputs (most through ingest alone, a
few hundred short texts through the full pipeline), reproducibly. ``make fuzz``
loads the ``fuzz`` profile (registered in conftest.py): ten times as many, with
fresh random inputs each run. Both print the count tried and the failures.
"""

from __future__ import annotations

import functools
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import CATALOGUE
from communique.ingest import read_inputs
from communique.ingest.formats import read_html, read_jsonl, read_text
from communique.run import RunOptions, stream
from communique.scale import Partition, extract_partition, ingest_partition, plan

FUZZ = settings.get_current_profile_name() == "fuzz"
FACTOR = 10 if FUZZ else 1
TALLY = {"tried": 0, "failed": 0}


def budget(n: int):
    """Settings for a property tried ``n`` times (ten times that under ``make fuzz``)."""
    return settings(max_examples=n * FACTOR, deadline=None, derandomize=not FUZZ, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


def counted(check):
    """Count every input a property sees, and the ones it fails on."""
    @functools.wraps(check)
    def wrapper(*args, **kwargs):
        TALLY["tried"] += 1
        try:
            check(*args, **kwargs)
        except BaseException:
            TALLY["failed"] += 1
            raise
    return wrapper


class _Report:
    """Prints the tally in pytest's closing summary."""

    def pytest_terminal_summary(self, terminalreporter):
        terminalreporter.write_line(
            f"fuzz: {TALLY['tried']} generated inputs tried, {TALLY['failed']} failed"
            f" (hypothesis profile {settings.get_current_profile_name()!r})")


@pytest.fixture(scope="module", autouse=True)
def report(request):
    manager = request.config.pluginmanager
    if not manager.has_plugin("communique-fuzz-report"):
        manager.register(_Report(), "communique-fuzz-report")
    yield


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


_CODE = re.compile(r"[EW]\d{3}")


def check_article(article, ingested: bool = True) -> None:
    """What must hold for any article: known codes, encodable output; after ingest, a failed
    article has no text and a good one has some, without NUL bytes."""
    for err in article.errors:
        assert _CODE.fullmatch(err.code) and err.code in CATALOGUE, err
    if ingested and article.failed:
        assert article.text == ""
    elif ingested:
        assert article.text.strip() and "\x00" not in article.text
    out = json.dumps(article.to_dict(include_text=True), ensure_ascii=False)
    out.encode("utf-8", "backslashreplace")
    assert isinstance(article.id, str) and article.id


# -- ingest alone -------------------------------------------------------------------------

NEWSY = st.sampled_from(["Turkey", "Syria", "said", "talks", "in", "Moscow", "on", "Wednesday",
                         "\"", ".", ",", "\n", "The", "minister", "attacked", "Iran's", "army",
                         "2023", "May", "é", "中国", "\u200b", "\ufeff", "\r\n", "\t", "  "])
TEXT = st.one_of(st.text(max_size=300), st.lists(NEWSY, max_size=60).map(" ".join))
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=6)
RECORD = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(max_size=20), st.integers(), JSON_VALUE),
    "text": st.one_of(TEXT, JSON_VALUE),
    "title": st.one_of(st.text(max_size=30), JSON_VALUE),
    "published": st.one_of(st.dates().map(str), st.text(max_size=20), JSON_VALUE),
    "source": st.text(max_size=20),
    "extra": JSON_VALUE,
})
LINE = st.one_of(
    RECORD.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8")),
    RECORD.map(lambda r: json.dumps(r).encode("ascii")),
    st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" ")),
    st.text(max_size=80).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
)
JSONL = st.lists(LINE, max_size=12).flatmap(
    lambda lines: st.sampled_from([b"\n", b"\r\n"]).map(lambda nl: nl.join(lines)))


@budget(300)
@given(data=st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
@counted
def test_fuzz_random_bytes_as_a_text_file(data):
    art = read_text(data, "fuzz.txt", "fuzz")
    check_article(art)
    assert "\r" not in art.text


@budget(100)
@given(data=st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<b>", "<script>", "</script>",
                                        "<!--", "-->", "&amp;", "&#0;", "<br/>", "<html>", "<body>"]),
                       TEXT), max_size=30).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
))
@counted
def test_fuzz_random_html(data):
    check_article(read_html(data, "fuzz.html", "fuzz"))


@budget(300)
@given(data=JSONL)
@counted
def test_fuzz_random_jsonl_records(data):
    arts = list(read_jsonl(io.BytesIO(data), "fuzz.jsonl"))
    assert len(arts) == sum(1 for line in data.split(b"\n") if line.strip())
    for art in arts:
        check_article(art)


@budget(200)
@given(data=JSONL, size=st.integers(1, 5), max_bytes=st.integers(1, 400))
@counted
def test_fuzz_partitions_read_what_a_whole_read_gives(scratch, data, size, max_bytes):
    path = Path(scratch) / "p.jsonl"
    path.write_bytes(data)
    whole = [a.to_dict() for a in read_inputs([str(path)])]
    parts = plan([str(path)], size=size, max_bytes=max_bytes)
    split = [r for p in parts for r in ingest_partition(p, RunOptions())]
    assert json.dumps(split) == json.dumps(whole)


# -- the whole pipeline -------------------------------------------------------------------


@pytest.mark.model
@budget(150)
@given(text=TEXT, published=st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)))
@counted
def test_fuzz_random_text_through_the_pipeline(pipeline, text, published):
    from communique.run import extract

    art = extract(text, published=published)
    check_article(art, ingested=False)
    if not art.failed:
        n = len(art.text)
        for m in art.mentions:
            assert 0 <= m.start <= m.end <= n, m
        for d in art.dates:
            assert 0 <= d.start <= d.end <= n, d


@pytest.mark.model
@budget(60)
@given(data=JSONL)
@counted
def test_fuzz_random_jsonl_through_the_pipeline(pipeline, data):
    arts = tuple(read_jsonl(io.BytesIO(data), "fuzz.jsonl"))
    records = extract_partition(Partition(0, "articles", ("-",), count=len(arts), articles=arts), RunOptions())
    assert [r["id"] for r in records] == [a.id for a in arts]
    json.dumps(records, ensure_ascii=False).encode("utf-8", "backslashreplace")


def test_fuzz_run_reads_stdin_like_a_file(scratch):
    data = b'{"text":"Egypt met Sudan."}\n{bad\n{"id":"z","text":"Iran spoke."}\n'
    path = Path(scratch) / "s.jsonl"
    path.write_bytes(data)
    from_file = [r["errors"] for r in stream([str(path)], RunOptions(), task=ingest_partition)]
    from_stdin = [r["errors"] for r in stream(["-"], RunOptions(), stdin=io.BytesIO(data), task=ingest_partition)]
    assert [len(e) for e in from_file] == [len(e) for e in from_stdin] == [0, 1, 0]
