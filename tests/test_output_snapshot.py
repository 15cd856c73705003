"""Output stays byte-identical on examples/, the PETRARCH records and the bench corpus.

A change meant to alter output regenerates the fingerprints with
``python scripts/snapshot.py --update`` and commits them beside the change.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import ROOT, SHARED

pytestmark = pytest.mark.model


def _snapshot_module():
    spec = importlib.util.spec_from_file_location("snapshot", ROOT / "scripts" / "snapshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_output_matches_the_committed_fingerprints():
    snap = _snapshot_module()
    old = json.loads(snap.SNAPSHOT.read_text(encoding="utf-8"))
    new = snap.take(SHARED)
    if "petrarch" not in new:
        old.pop("petrarch", None)
    diff = snap.differences(old, new)
    assert not diff, ("output changed; if that is meant, run `python scripts/snapshot.py --update`:\n"
                      + "\n".join(diff))


def test_differences_names_changed_new_and_missing_records():
    snap = _snapshot_module()
    lines = snap.differences({"c": {"a": "1", "b": "2"}}, {"c": {"a": "9", "x": "3"}})
    assert lines == ["c: 1 changed: a", "c: 1 new: x", "c: 1 missing: b"]
