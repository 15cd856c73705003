"""User dictionaries (``--actors FILE``): our YAML/CSV format and PETRARCH files."""

from __future__ import annotations

from pathlib import Path

from .dictionaries import Dictionaries, Entry, RoleWord


def load_user(paths: list[str], base: Dictionaries) -> tuple[list[Entry], list[RoleWord]]:
    return [], []
