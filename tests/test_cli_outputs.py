"""Every CLI command that writes somewhere, pointed at an unwritable, a device and a missing path:
a numbered error or a clean run, never a traceback."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from communique.cli import main
from conftest import EXAMPLES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "demo.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES / "moscow-talks.txt"), "--published", "2023-05-11",
                                       "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    return path


def _paths(tmp_path, name):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return {"unwritable": str(blocker / name),          # its "folder" is a file: nobody can write there
            "device": "/dev/null",
            "missing": str(tmp_path / "no-such-folder" / name)}


COMMANDS = {
    "extract": lambda out, db: ["extract", str(EXAMPLES / "moscow-talks.txt"), "--published", "2023-05-11",
                                "-o", out, "--no-progress"],
    "extract-json": lambda out, db: ["extract", str(EXAMPLES / "moscow-talks.txt"), "--published", "2023-05-11",
                                     "--format", "json", "-o", out, "--no-progress"],
    "ingest": lambda out, db: ["ingest", str(EXAMPLES / "moscow-talks.txt"), "--published", "2023-05-11",
                               "--db", out, "--no-progress"],
    "export": lambda out, db: ["export", "--db", str(db), "--format", "csv", "-o", out],
    "dyads-plot": lambda out, db: ["dyads", "TUR", "SYR", "--db", str(db), "--plot", out],
    "dyads-db": lambda out, db: ["dyads", "TUR", "SYR", "--db", out],
    "query-db": lambda out, db: ["query", "--db", out],
    "show": lambda out, db: ["show", out],
}


@pytest.mark.parametrize("kind", ["unwritable", "device", "missing"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_cli_output_paths_fail_with_a_number_or_work(tmp_path, db, command, kind):
    out = _paths(tmp_path, "out.data")[kind]
    result = CliRunner().invoke(main, COMMANDS[command](out, db))
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{command} {kind}: {type(result.exception).__name__}: {result.exception}")
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert re.search(r"\[E\d{3}\]|Error: ", result.output), result.output
