"""Every setting and every CLI command is documented; settings are validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.cli import main
from communique.errors import ConfigError
from communique.settings import _TYPES, defaults, load_settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_docs_every_setting_is_documented_and_typed():
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    assert set(defaults()) == set(_TYPES)
    for key in defaults():
        assert f"`{key}`" in text, key


def test_docs_every_command_is_documented():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"communique {name}" in text, name


def test_docs_every_command_has_an_example():
    for name, command in main.commands.items():
        assert "Example" in (command.help or ""), name


@pytest.mark.parametrize("bad, code", [({"nope": 1}, "E901"), ({"max_chars": "lots"}, "E902"),
                                       ({"batch_size": True}, "E902")])
def test_settings_reject_unknown_and_mistyped(bad, code):
    with pytest.raises(ConfigError, match=code):
        load_settings(bad)


def test_settings_overrides_apply():
    assert load_settings({"max_chars": 10})["max_chars"] == 10
    assert load_settings()["max_chars"] >= 1_000_000
