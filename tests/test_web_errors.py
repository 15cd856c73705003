"""Every error of the HTTP API has one JSON shape: {"ok": false, "error": {"code", "message"}}."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.web import create_app

try:
    from tests.test_web_support import fake_extract, make_store, reader_record
except ImportError:  # tests/ is not a package in this checkout
    from test_web_support import fake_extract, make_store, reader_record

LIMIT = 5_000


def broken_extract(text, **meta):
    raise RuntimeError("boom")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = make_store(str(tmp_path_factory.mktemp("web") / "errors.duckdb"), [reader_record()])
    app = create_app(store=store, extractor=fake_extract, max_body=LIMIT)
    yield TestClient(app, raise_server_exceptions=False)
    store.close()


def assert_shape(response, status, code):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error"} and body["ok"] is False
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"].startswith(f"[{code}] ")


def chunks(data: bytes, size: int = 1000):
    for i in range(0, len(data), size):
        yield data[i:i + size]


@pytest.mark.parametrize("method, path, kwargs, status, code", [
    ("post", "/extract", {"json": {}}, 422, "E802"),                        # missing text
    ("post", "/extract", {"json": {"text": ""}}, 422, "E802"),              # empty text
    ("post", "/extract", {"json": {"text": "x", "published": "May 5"}}, 422, "E802"),
    ("post", "/extract", {"json": {"text": "x", "colour": "red"}}, 422, "E802"),  # unknown field
    ("post", "/extract", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "E802"),
    ("get", "/articles?limit=0", {}, 422, "E802"),
    ("get", "/articles?limit=5000", {}, 422, "E802"),
    ("get", "/events?start=yesterday", {}, 422, "E802"),
    ("get", "/events?mode=maybe", {}, 422, "E802"),
    ("get", "/events?actor=TUR;DROP", {}, 422, "E706"),
    ("get", "/dyads/TUR/SYR?by=fortnight", {}, 422, "E802"),
    ("get", "/no/such/route", {}, 404, "E803"),
    ("get", "/articles/no-such-article", {}, 404, "E803"),
    ("get", "/static/missing.js", {}, 404, "E803"),
    ("get", "/extract", {}, 405, "E805"),
    ("delete", "/articles", {}, 405, "E805"),
    ("post", "/extract", {"json": {"text": "x" * (LIMIT + 10)}}, 413, "E801"),
    ("post", "/articles", {"content": chunks(b"y" * (LIMIT * 2)),
                           "headers": {"content-type": "application/json"}}, 413, "E801"),
])
def test_web_error_shape(client, method, path, kwargs, status, code):
    assert_shape(getattr(client, method)(path, **kwargs), status, code)


def test_web_error_shape_internal_error(tmp_path):
    client = TestClient(create_app(None, extractor=broken_extract), raise_server_exceptions=False)
    response = client.post("/extract", json={"text": "Peru and Chile met."})
    assert_shape(response, 500, "E804")
    assert "boom" not in response.json()["error"]["message"]  # no internals leak


def test_web_error_shape_no_database():
    client = TestClient(create_app(None, extractor=fake_extract))
    for path in ("/articles", "/articles/x", "/events", "/dyads/A/B", "/actors", "/claims"):
        assert_shape(client.get(path), 503, "E806")


def test_web_size_limit_names_the_sizes(client):
    message = client.post("/extract", json={"text": "x" * (LIMIT * 3)}).json()["error"]["message"]
    assert str(LIMIT) in message


def test_web_size_limit_default_is_two_megabytes():
    client = TestClient(create_app(None, extractor=fake_extract))
    assert client.post("/extract", json={"text": "a" * 1_500_000}).status_code == 200
    assert_shape(client.post("/extract", json={"text": "a" * 2_100_000}), 413, "E801")


def test_web_error_shape_read_only_store(tmp_path):
    path = str(tmp_path / "ro.duckdb")
    make_store(path, [reader_record()]).close()
    client = TestClient(create_app(path, read_only=True, extractor=fake_extract))
    assert client.get("/articles/nile-talks").json()["id"] == "nile-talks"
    assert_shape(client.post("/articles", json={"text": "Peru and Chile met."}), 409, "E807")
