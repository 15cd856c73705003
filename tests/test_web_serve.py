"""``communique serve``: options reach uvicorn and the app; loopback by default."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from communique.cli import main


@pytest.fixture()
def served(monkeypatch):
    calls = {}

    def fake_run(app, **kwargs):
        calls["app"] = app
        calls.update(kwargs)

    monkeypatch.setattr("uvicorn.run", fake_run)
    return calls


def test_web_serve_help_has_an_example():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "communique serve --db demo.duckdb" in result.output
    assert "127.0.0.1" in result.output


def test_web_serve_defaults_to_loopback(served, tmp_path):
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(main, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8000
    assert served["app"].state.max_body == 2_000_000
    assert served["app"].state.store.available


@pytest.mark.parametrize("args, host, port, limit", [
    (["--host", "0.0.0.0", "--port", "9001"], "0.0.0.0", 9001, 2_000_000),
    (["--max-body", "1000"], "127.0.0.1", 8000, 1000),
])
def test_web_serve_options(served, tmp_path, args, host, port, limit):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "y.duckdb"), *args])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"], served["app"].state.max_body) == (host, port, limit)


def test_web_serve_read_only_needs_an_existing_database(served, tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.duckdb"), "--read-only"])
    assert result.exit_code == 1
    assert "E703" in result.output and "app" not in served
