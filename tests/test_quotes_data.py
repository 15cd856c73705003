"""The quotes data file: the built-in one loads, bad entries are refused with E651."""

from __future__ import annotations

import copy

import pytest
import yaml

from communique.errors import DictionaryError
from communique.quotes.data import DATA, load_rules, read_rules, validate
from communique.quotes.normalise import normalise_quote, quote_matches, speaker_matches


def test_quotes_data_builtin_loads():
    rules = load_rules()
    for verb in ("say", "tell", "add", "stress", "warn", "insist", "urge", "tweet", "vow", "pledge"):
        assert verb in rules.speech_verbs
    assert "“" in rules.double_open and "”" in rules.double_close
    assert rules.pronoun_kind("He") == "person" and rules.pronoun_kind("it") == "thing"


BASE = yaml.safe_load((DATA / "attribution.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("change, needle", [
    (lambda d: d.pop("speech_verbs"), "speech_verbs"),
    (lambda d: d.__setitem__("speech_verbs", ["say", 3]), "speech_verbs"),
    (lambda d: d.__setitem__("min_quote_words", 0), "min_quote_words"),
    (lambda d: d["marks"].__setitem__("double_open", ["<<"]), "double_open"),
    (lambda d: d["marks"]["double_close"].append("“"), "both"),
    (lambda d: d.__setitem__("pronouns", {"person": ["he"]}), "pronouns"),
    (lambda d: d.__setitem__("source_phrases", [["according"]]), "source_phrases"),
    (lambda d: d.pop("role_nouns"), "role_nouns"),
    (lambda d: d.__setitem__("body_nouns", []), "body_nouns"),
    (lambda d: d.__setitem__("head_links", "from"), "head_links"),
    (lambda d: d.__setitem__("question_words", [""]), "question_words"),
])
def test_quotes_data_rejects_bad_entries(change, needle, tmp_path):
    raw = copy.deepcopy(BASE)
    change(raw)
    with pytest.raises(DictionaryError) as info:
        validate(raw, tmp_path / "bad.yml")
    assert info.value.code == "E651" and needle in str(info.value)


def test_quotes_data_unreadable_file(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("marks: [unclosed", encoding="utf-8")
    with pytest.raises(DictionaryError, match="E651"):
        read_rules(bad)


@pytest.mark.parametrize("a, b, same", [
    ("“We’ll go,”", "we'll go", True),
    ("share goals and common interests.", "share goals", True),
    ("share goals", "nothing alike", False),
    ("", "anything", False),
])
def test_quotes_normalise_helpers(a, b, same):
    assert quote_matches(a, b) is same
    assert normalise_quote(a) == normalise_quote(a.upper())


@pytest.mark.parametrize("found, name, code, same", [
    ({"name": "Sergei Lavrov", "code": "RUSGOV"}, "Sergei Lavrov", "RUSGOV", True),
    ({"name": "Russia", "code": "RUS"}, "Russia", "RUSGOV", True),
    ({"name": "Hussein Amir-Abdollahian", "code": "IRNGOV"}, "Hossein Amir-Abdollahian", "XXX", True),
    ({"name": "Turkey", "code": "TUR"}, "Sergei Lavrov", "RUSGOV", False),
    (None, "Sergei Lavrov", "RUSGOV", False),
    (None, None, None, True),
])
def test_quotes_speaker_matches(found, name, code, same):
    assert speaker_matches(found, name, code) is same
