"""Settings: one commented defaults file (``defaults.yml``), validated on load.

>>> load_settings({"max_chars": 5000})["max_chars"]
5000
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from .data import read_data
from .errors import ConfigError

_TYPES: dict[str, tuple[type, ...]] = {
    "max_chars": (int,),
    "batch_size": (int,),
    "parse_chunk_chars": (int,),
    "actors": (list,),
    "event_patterns": (list,),
    "headline_events": (bool,),
    "learned_events": (bool,),
    "learned_threshold": (float, int),
    "learned_coded_threshold": (float, int),
    "learned_second_threshold": (float, int),
    "learned_check_threshold": (float, int),
    "learned_check_root": (float, int),
    "learned_aim_margin": (float, int),
    "learned_reroot_threshold": (float, int),
    "learned_reroot_below": (float, int),
    "learned_model": (str,),
}


@functools.cache
def _defaults_file() -> dict[str, Any]:
    return dict(read_data(Path(__file__).resolve().parent / "defaults.yml", "E908") or {})


def defaults() -> dict[str, Any]:
    """The defaults from ``defaults.yml`` (read once; each call gets its own copy)."""
    return copy.deepcopy(_defaults_file())


def load_settings(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The defaults updated with ``overrides``; unknown keys and wrong types are refused."""
    settings = defaults()
    for key, value in (overrides or {}).items():
        if key not in _TYPES:
            raise ConfigError("E901", key=key, known=", ".join(sorted(_TYPES)))
        if value is None:
            continue
        if not isinstance(value, _TYPES[key]) or (isinstance(value, bool) and bool not in _TYPES[key]):
            names = " or ".join(t.__name__ for t in _TYPES[key])
            raise ConfigError("E902", key=key, expected=names, value=value)
        settings[key] = value
    return settings
