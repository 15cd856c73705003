"""Code tables and pattern files: contents, and the validator's refusals."""

from __future__ import annotations

import copy
import re

import pytest
import yaml

from communique.cameo import PLOVER_EVENTS, event_codes, load_codes, parse_codes
from communique.errors import DictionaryError
from communique.events.patterns import DATA, build_lexicon, covered_codes, load_lexicon
from conftest import shared_path


def test_events_data_every_code_has_the_standard_attributes():
    codes = load_codes()
    assert len(event_codes()) > 280
    for info in codes.values():
        assert info.name
        assert -10 <= info.goldstein <= 10
        assert info.quad_class in (1, 2, 3, 4)
        assert info.plover is None or info.plover in PLOVER_EVENTS


@pytest.mark.parametrize("code,name,goldstein,quad,plover", [
    ("010", "Make statement, not specified below", 0.0, 1, None),
    ("0212", "Appeal for military cooperation", 3.4, 1, "REQUEST"),
    ("043", "Host a visit", 2.8, 1, "CONSULT"),
    ("057", "Sign formal agreement", 8.0, 1, "SUPPORT"),
    ("072", "Provide military aid", 8.3, 2, "AID"),
    ("0874", "Retreat or surrender militarily", 10.0, 2, "RETREAT"),
    ("1056", "Demand de-escalation of military engagement", -5.0, 3, "REQUEST"),
    ("106", "Demand meeting, negotiation", -5.0, 3, "REQUEST"),
    ("112", "Accuse, not specified below", -2.0, 3, "ACCUSE"),
    ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE"),
    ("195", "Employ aerial weapons", -10.0, 4, "ASSAULT"),
    ("2042", "Detonate nuclear weapons", -10.0, 4, "ASSAULT"),
])
def test_events_data_known_codes(code, name, goldstein, quad, plover):
    info = load_codes()[code]
    assert (info.name, info.goldstein, info.quad_class, info.plover) == (name, goldstein, quad, plover)


def test_events_data_table_matches_the_shared_code_list():
    """Every code of the GDELT list is in our table; 1213/1214 come from the
    1.1b3 manual, and the GDELT file runs 106 into the line of 1056."""
    path = shared_path("eval", "cameo", "cameo-event-codes.tsv")
    theirs = {line.split("\t")[0] for line in path.read_text(encoding="latin-1").splitlines()[1:] if line.strip()}
    ours = set(load_codes())
    assert theirs <= ours
    assert ours - theirs == {"106", "1213", "1214"}


def test_events_data_plover_matches_the_shared_table():
    path = shared_path("eval", "cameo", "cameo-to-plover-2021.txt")
    codes = load_codes()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if m and m.group(1) in codes:
            assert codes[m.group(1)].plover == m.group(2), line


def test_events_data_every_code_has_a_pattern():
    lex = load_lexicon()
    assert set(event_codes()) <= covered_codes(lex)


@pytest.mark.parametrize("row,fragment", [
    ("999\tNonsense\t0.0\t1\t", "not a CAMEO code"),
    ("010\t\t0.0\t1\t", "has no name"),
    ("010\tX\t11.0\t1\t", "outside [-10, 10]"),
    ("010\tX\tabc\t1\t", "not a number"),
    ("190\tX\t-10.0\t3\tASSAULT", "quad class"),
    ("190\tX\t-10.0\t4\tFIGHT", "unknown PLOVER"),
    ("190\tX\t-10.0", "columns"),
])
def test_events_data_bad_code_rows_are_refused(row, fragment):
    with pytest.raises(DictionaryError) as err:
        parse_codes("code\tname\tgoldstein\tquad_class\tplover\n" + row + "\n")
    assert err.value.code == "E601" and fragment in str(err.value)


def _data():
    triggers = yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8"))
    frames = yaml.safe_load((DATA / "frames.yaml").read_text(encoding="utf-8"))
    return triggers, frames


@pytest.mark.parametrize("entry,fragment", [
    ({"verb": "zap", "code": "999"}, "unknown CAMEO code"),
    ({"verb": "zap"}, "needs a code or a frame"),
    ({"verb": "zap", "noun": "zap", "code": "190"}, "exactly one of"),
    ({"verb": "zap", "code": "190", "topic": "nope"}, "unknown topic"),
    ({"verb": "zap", "frame": "beg"}, "unknown frame"),
    ({"verb": "zap", "code": "190", "colour": "red"}, "unknown field"),
    ({"verb": "zap", "code": "190", "light": ["do"]}, "nouns only"),
    ({"noun": "zap", "code": "190", "of": "patient"}, "'of' must be"),
    ({"noun": "zap", "code": "190", "with": "bomb"}, "list of words"),
])
def test_events_data_bad_trigger_entries_are_refused(entry, fragment):
    triggers, frames = _data()
    with pytest.raises(DictionaryError) as err:
        build_lexicon(triggers, frames, load_codes(), extra=[entry])
    assert err.value.code == "E601" and fragment in str(err.value)


def test_events_data_a_code_without_pattern_is_refused():
    triggers, frames = _data()
    triggers = copy.deepcopy(triggers)
    triggers["triggers"] = [t for t in triggers["triggers"] if t.get("code") != "129"]
    with pytest.raises(DictionaryError, match="129"):
        build_lexicon(triggers, frames, load_codes())


def test_events_data_bad_frame_table_is_refused():
    triggers, frames = _data()
    frames = copy.deepcopy(frames)
    frames["topics"]["meet"]["plead"] = "026"
    with pytest.raises(DictionaryError, match="unknown column"):
        build_lexicon(triggers, frames, load_codes())


def test_events_data_user_patterns_extend_the_lexicon(nlp):
    from communique.events import code_events
    from communique.events.patterns import lexicon_with
    from communique.events.testing import article_with_actors

    lex = lexicon_with([{"verb": "snub", "code": "111"}])
    article = article_with_actors(nlp, "Norway snubbed Chile.", {"Norway": "NOR", "Chile": "CHL"})
    assert [e.cameo for e in code_events(article, lex).events] == ["111"]
