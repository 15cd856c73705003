"""Settings: one commented defaults file (``defaults.yml``), validated on load.

>>> load_settings({"max_chars": 5000})["max_chars"]
5000
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from .errors import ConfigError

_TYPES: dict[str, tuple[type, ...]] = {
    "max_chars": (int,),
    "batch_size": (int,),
    "parse_chunk_chars": (int,),
    "actors": (list,),
    "event_patterns": (list,),
}


def defaults() -> dict[str, Any]:
    """The defaults from ``defaults.yml``."""
    text = resources.files("communique").joinpath("defaults.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return dict(data)


def load_settings(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The defaults updated with ``overrides``; unknown keys and wrong types are refused."""
    settings = defaults()
    for key, value in (overrides or {}).items():
        if key not in _TYPES:
            raise ConfigError("E901", key=key, known=", ".join(sorted(_TYPES)))
        if value is None:
            continue
        if not isinstance(value, _TYPES[key]) or isinstance(value, bool):
            names = " or ".join(t.__name__ for t in _TYPES[key])
            raise ConfigError("E902", key=key, expected=names, value=value)
        settings[key] = value
    return settings
