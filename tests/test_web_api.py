"""The JSON API: every endpoint, over hand-built records (fast: extraction is faked)."""

from __future__ import annotations

import socket

import pytest
from fastapi.testclient import TestClient

from communique.web import create_app

try:
    from tests.test_web_support import dyad_records, fake_extract, make_store, reader_record
except ImportError:  # tests/ is not a package in this checkout
    from test_web_support import dyad_records, fake_extract, make_store, reader_record


@pytest.fixture()
def store(tmp_path):
    s = make_store(str(tmp_path / "web.duckdb"), [reader_record()] + dyad_records())
    yield s
    s.close()


@pytest.fixture()
def client(store):
    return TestClient(create_app(store=store, extractor=fake_extract))


def test_web_openapi_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path, method in [("/extract", "post"), ("/articles", "post"), ("/articles", "get"),
                         ("/articles/{article_id}", "get"), ("/events", "get"), ("/dyads/{a}/{b}", "get"),
                         ("/actors", "get"), ("/claims", "get")]:
        assert method in paths[path], (path, method)
    assert not any(p.startswith("/read") or p.startswith("/ui") for p in paths)


def test_web_extract_returns_contract_without_storing(client):
    before = client.get("/counts").json()["counts"]
    r = client.post("/extract", json={"text": "Turkey and Syria met.", "published": "2023-05-11",
                                      "title": "T", "source": "S", "id": "x1"})
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == "x1" and body["published"] == "2023-05-11" and body["text"] == "Turkey and Syria met."
    for key in ("actors", "events", "quotes", "claims", "dates", "errors"):
        assert isinstance(body[key], list)
    assert client.get("/counts").json()["counts"] == before
    assert client.get("/articles/x1").status_code == 404


def test_web_post_articles_stores(client):
    r = client.post("/articles", json={"text": "Iran and Iraq signed a deal.", "id": "new-1", "title": "Deal"})
    assert r.status_code == 201
    assert r.json()["ok"] is True and r.json()["id"] == "new-1"
    got = client.get("/articles/new-1").json()
    assert got["title"] == "Deal" and got["text"] == "Iran and Iraq signed a deal."
    assert "new-1" in [a["id"] for a in client.get("/articles?limit=100").json()["items"]]


def test_web_articles_list_and_paging(client):
    everything = client.get("/articles").json()
    assert everything["ok"] is True
    ids = [a["id"] for a in everything["items"]]
    assert set(ids) == {"nile-talks", "dyad-0", "dyad-1", "dyad-2"}
    first = client.get("/articles?limit=2&offset=0").json()["items"]
    second = client.get("/articles?limit=2&offset=2").json()["items"]
    assert len(first) == 2 and len(second) == 2
    assert {a["id"] for a in first} | {a["id"] for a in second} == set(ids)
    row = next(a for a in everything["items"] if a["id"] == "nile-talks")
    assert row["n_events"] == 3 and row["n_quotes"] == 1


def test_web_article_by_id_is_the_full_record(client):
    got = client.get("/articles/nile-talks").json()
    want = reader_record()
    assert got["text"] == want["text"]
    assert [e["cameo"] for e in got["events"]] == ["040", "120", "026"]
    assert got["quotes"][0]["span"] == want["quotes"][0]["span"]


@pytest.mark.parametrize("params, expected", [
    ({}, 6),
    ({"actor": "ETHGOV"}, 4),
    ({"code": "120"}, 1),
    ({"code": "1"}, 3),
    ({"root": "12"}, 1),
    ({"actor": "EGY"}, 5),
    ({"start": "2023-03-01", "end": "2023-03-31"}, 2),
    ({"mode": "intent"}, 0),
    ({"limit": 2}, 2),
    ({"limit": 5, "offset": 4}, 2),
])
def test_web_events_filters(client, params, expected):
    body = client.get("/events", params=params).json()
    assert body["ok"] is True
    assert len(body["items"]) == expected, body["items"]


def test_web_dyad_by_month(client):
    body = client.get("/dyads/EGYGOV/ETHGOV", params={"by": "month"}).json()
    periods = {p["period"][:7]: p for p in body["items"]}
    assert set(periods) >= {"2023-02", "2023-03"}
    march = periods["2023-03"]
    assert march["n"] == 2 and march["q3"] == 2 and march["goldstein_mean"] == pytest.approx(-3.2)
    assert len(march["event_ids"]) == 2


def test_web_actors_and_claims(client):
    codes = [a.get("code") for a in client.get("/actors").json()["items"]]
    assert {"EGYGOV", "ETHGOV", "SDN"} <= set(codes)
    claims = client.get("/claims", params={"actor": "EGY"}).json()["items"]
    assert len(claims) == 1 and claims[0]["stance"] == "demand"
    assert client.get("/claims", params={"actor": "RUS"}).json()["items"] == []


def test_web_no_database_still_extracts():
    client = TestClient(create_app(None, extractor=fake_extract))
    assert client.post("/extract", json={"text": "Peru and Chile met."}).status_code == 200
    assert client.get("/counts").json()["database"] is False
    r = client.get("/articles")
    assert r.status_code == 503 and r.json()["error"]["code"] == "E806"


def test_web_never_fetches_the_url(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the server tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    r = client.post("/extract", json={"text": "Chad and Niger met.", "url": "http://169.254.169.254/latest"})
    assert r.status_code == 200 and r.json()["url"] == "http://169.254.169.254/latest"
    assert r.json()["text"] == "Chad and Niger met."


@pytest.mark.parametrize("path", ["/", "/read/nile-talks", "/ui/events", "/ui/dyad", "/paste"])
def test_web_pages_are_local_and_have_a_csp(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    html = r.text
    assert "<script>" not in html  # no inline scripts
    for ref in __import__("re").findall(r'(?:src|href)="([^"]+)"', html):
        assert ref.startswith("/") or ref.startswith("data:"), ref
        if ref.startswith("/static/"):
            assert client.get(ref).status_code == 200, ref


@pytest.mark.model
def test_web_extract_with_the_real_pipeline(store):
    """Without an injected extractor the app runs communique.run.extract."""
    client = TestClient(create_app(store=store))
    text = "Turkey and Syria held talks in Moscow on Wednesday, Turkish officials said."
    r = client.post("/extract", json={"text": text, "published": "2023-05-11"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["text"] == text and body["published"] == "2023-05-11"
    assert not [e for e in body["errors"] if e["level"] == "error"]
    for actor in body["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
