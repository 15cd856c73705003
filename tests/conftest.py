"""Shared fixtures. Model-loading tests use the session-wide ``pipeline``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared is absent here ({path} not found)")
    return path


def script_module(name: str) -> ModuleType:
    """A module of scripts/ (``build_leaders``, ``train_events`` …), imported by name."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


@pytest.fixture(scope="session")
def pipeline():
    from communique.run import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def nlp():
    from communique.language import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_article():
    """The shared four-way talks article, extracted once (skipped without ../shared)."""
    from communique.run import extract

    path = shared_path("examples", "four-way-talks.txt")
    return extract(path.read_text(encoding="utf-8"), published="2023-05-11", id="four-way-talks")


@pytest.fixture(scope="session")
def seed_gold():
    import json

    return json.loads(shared_path("examples", "four-way-talks.gold.json").read_text(encoding="utf-8"))


# Hypothesis profiles for tests/test_fuzz.py: `make fuzz` loads "fuzz", ten times the inputs.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("fuzz", deadline=None)
except ImportError:  # pragma: no cover - hypothesis is a dev dependency
    pass
