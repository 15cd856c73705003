"""The claims data files: built-ins load, bad entries are refused with E661."""

from __future__ import annotations

import copy

import pytest
import yaml

from communique.claims.data import DATA, load_lexicon, validate_issues, validate_stances
from communique.claims.merge import similar
from communique.errors import DictionaryError

STANCES = yaml.safe_load((DATA / "stances.yml").read_text(encoding="utf-8"))
ISSUES = yaml.safe_load((DATA / "issues.yml").read_text(encoding="utf-8"))


def test_claims_data_builtin_loads():
    lex = load_lexicon()
    assert set(lex.stances) == {"demand", "support", "oppose", "offer", "condition", "warn", "deny", "accuse"}
    assert lex.cue("demand", "VERB").stance == "demand"
    assert lex.cue("ready", "ADJ").stance == "offer"
    assert lex.cue("ready", "VERB") is None
    assert "on" in lex.keep_preps  # YAML would read a bare 'on' as true


@pytest.mark.parametrize("code, stance", [("1056", "demand"), ("0212", "demand"), ("036", "offer"),
                                          ("111", "oppose"), ("112", "accuse"), ("043", None), (None, None)])
def test_claims_data_cameo_prefixes(code, stance):
    assert load_lexicon().stance_for_cameo(code) == stance


@pytest.mark.parametrize("change, needle", [
    (lambda d: d["cues"].append({"lemma": "plead", "stance": "beg"}), "unknown stance"),
    (lambda d: d["cues"].append({"lemma": "plead", "stance": "demand", "pos": ["ADV"]}), "bad pos"),
    (lambda d: d["cues"].append({"stance": "demand"}), "lemma"),
    (lambda d: d["cameo"].__setitem__(10, "demand"), "CAMEO prefix"),
    (lambda d: d["cameo"].__setitem__("99", "praise"), "unknown stance"),
    (lambda d: d.__setitem__("condition_phrases", []), "condition_phrases"),
    (lambda d: d["condition_idioms"].append("for the time being"), "condition idiom"),
    (lambda d: d.__setitem__("imperative", {"stance": "command", "skip": ["let"]}), "imperative"),
    (lambda d: d["imperative"].__setitem__("skip", []), "imperative.skip"),
])
def test_claims_data_rejects_bad_stances(change, needle, tmp_path):
    raw = copy.deepcopy(STANCES)
    change(raw)
    with pytest.raises(DictionaryError) as info:
        validate_stances(raw, tmp_path / "stances.yml")
    assert info.value.code == "E661" and needle in str(info.value)


@pytest.mark.parametrize("change, needle", [
    (lambda d: d.__setitem__("keep_preps", ["of", True]), "keep_preps"),
    (lambda d: d.__setitem__("max_words", 1), "max_words"),
    (lambda d: d.__setitem__("rewrites", [["only one"]]), "rewrites"),
    (lambda d: d.__setitem__("head_synonyms", {"troop": ""}), "head_synonyms"),
])
def test_claims_data_rejects_bad_issues(change, needle, tmp_path):
    raw = copy.deepcopy(ISSUES)
    change(raw)
    with pytest.raises(DictionaryError) as info:
        validate_issues(raw, tmp_path / "issues.yml")
    assert info.value.code == "E661" and needle in str(info.value)


@pytest.mark.parametrize("a, b, same", [
    ("withdrawal", "withdrawal of Turkish forces from Syria", True),
    ("lifting of sanctions on Russia", "easing of sanctions on Russia", True),
    ("cooperation against terrorism", "return of Syrians", False),
    ("normalisation of Turkish-Syrian relations", "restoration of relations", False),
])
def test_claims_merge_similarity(a, b, same):
    assert similar(a, b) is same
