"""User event patterns: the ``event_patterns`` files (events/user.py)."""

from __future__ import annotations

import json

import pytest

from communique.errors import DictionaryError
from communique.events import code_events, make_events
from communique.events.patterns import load_lexicon
from communique.events.testing import article_with_actors
from communique.events.user import lexicon_for

ACTORS = {"France": "FRA", "Germany": "DEU", "Peru": "PER", "Chile": "CHL"}


def _yaml(tmp_path, body: str, name: str = "mine.yaml") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return str(path)


def _coded(nlp, text, lex):
    article = code_events(article_with_actors(nlp, text, ACTORS), lex)
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in article.events]


def test_events_user_no_patterns_is_the_built_in_lexicon():
    assert lexicon_for([]) is load_lexicon()
    assert not any(t.user for ts in load_lexicon().triggers.values() for t in ts)


def test_events_user_lexicon_is_built_once_per_paths(tmp_path):
    path = _yaml(tmp_path, "triggers:\n  - {verb: snub, code: '1246'}\n")
    assert lexicon_for([path]) is lexicon_for((path,))


@pytest.mark.parametrize("body,name", [
    ("triggers:\n  - {verb: snub, code: '1246'}\n", "mine.yaml"),
    ("- {verb: snub, code: '1246'}\n", "mine.yml"),
    (json.dumps({"triggers": [{"verb": "snub", "code": "1246"}]}), "mine.json"),
    (json.dumps([{"verb": "snub", "code": "1246"}]), "list.json"),
])
def test_events_user_file_formats_add_a_trigger(tmp_path, body, name):
    lex = lexicon_for([_yaml(tmp_path, body, name)])
    trig = lex.candidates("verb", "snub")[0]
    assert (trig.code, trig.user) == ("1246", True)
    assert not [t for t in load_lexicon().candidates("verb", "snub") if not t.base]


@pytest.mark.parametrize("code,name,goldstein,quad", [
    ("0874", "Retreat or surrender militarily", None, None),  # from our table: its own values
    ("174K", "", -7.0, 4),  # another scheme's label: values of the root 17
    ("903", "", None, None),  # no CAMEO root: nothing to derive
])
def test_events_user_codes_outside_the_table(tmp_path, code, name, goldstein, quad):
    lex = lexicon_for([_yaml(tmp_path, f"- {{verb: snub, code: '{code}'}}\n")])
    info = lex.codes[code]
    assert info.name == name
    if goldstein is not None:
        assert (info.goldstein, info.quad_class) == (goldstein, quad)
    elif code == "903":
        assert (info.goldstein, info.quad_class, info.plover) == (None, None, None)
    assert "174K" not in load_lexicon().codes


@pytest.mark.parametrize("body,name,code,fragment", [
    ("triggers: [", "a.yaml", "E603", "not valid YAML"),
    ("{not json", "a.json", "E603", "not valid JSON"),
    ("colour: red\n", "a.yaml", "E603", "list of trigger entries"),
    ("- {verb: snub}\n", "a.yaml", "E603", "needs a code or a frame"),
    ("- {verb: snub, code: '12 4'}\n", "a.yaml", "E603", "unknown CAMEO code"),
    ("- {verb: snub, code: '190', colour: red}\n", "a.yaml", "E603", "unknown field"),
    ("- {verb: snub, code: '190', needs: []}\n", "a.yaml", "E603", "'needs'"),
    ("- {verb: snub, code: '190', after: 3}\n", "a.yaml", "E603", "'after'"),
    ("- {verb: snub, code: '190'}\n", "a.csv", "E605", "unknown format"),
])
def test_events_user_bad_files_are_refused(tmp_path, body, name, code, fragment):
    path = _yaml(tmp_path, body, name)
    with pytest.raises(DictionaryError) as err:
        lexicon_for([path])
    assert err.value.code == code and fragment in str(err.value) and path in str(err.value)


def test_events_user_missing_file_is_refused(tmp_path):
    with pytest.raises(DictionaryError) as err:
        lexicon_for([str(tmp_path / "gone.yaml")])
    assert err.value.code == "E604"


def test_events_user_stage_reads_the_setting(tmp_path):
    stage = make_events({"event_patterns": [_yaml(tmp_path, "- {verb: snub, code: '1246'}\n")]})
    assert callable(stage)
    with pytest.raises(DictionaryError):
        make_events({"event_patterns": [str(tmp_path / "gone.yaml")]})


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("France snubbed Germany on Monday.", ("1246", "FRA", "DEU")),
    ("Peru will snub Chile.", ("1246", "PER", "CHL")),
])
def test_events_user_trigger_fires(nlp, tmp_path, text, expected):
    lex = lexicon_for([_yaml(tmp_path, "- {verb: snub, code: '1246'}\n")])
    assert expected in _coded(nlp, text, lex)
    assert not any(c == "1246" for c, _, _ in _coded(nlp, text, load_lexicon()))


@pytest.mark.model
@pytest.mark.parametrize("text,code", [
    ("France courted Germany with loans.", "0331"),
    ("France courted Germany with flowers.", "036"),
])
def test_events_user_needs_picks_the_more_specific_pattern(nlp, tmp_path, text, code):
    body = ("- {verb: court, code: '036'}\n"
            "- {verb: court, code: '0331', needs: [[loans, credit]]}\n")
    lex = lexicon_for([_yaml(tmp_path, body)])
    assert (code, "FRA", "DEU") in _coded(nlp, text, lex)


@pytest.mark.model
@pytest.mark.parametrize("text,code", [
    ("France firmly rebuffed Germany.", "1243"),
    ("France rebuffed Germany firmly.", "124"),
    ("France rebuffed Germany over trade and tariffs.", "1241"),
    ("France rebuffed Germany over tariffs and trade.", "124"),
])
def test_events_user_before_and_after_keep_their_order(nlp, tmp_path, text, code):
    body = ("- {verb: rebuff, code: '124'}\n"
            "- {verb: rebuff, code: '1243', before: [firmly]}\n"
            "- {verb: rebuff, code: '1241', after: [trade, tariffs]}\n")
    lex = lexicon_for([_yaml(tmp_path, body)])
    assert (code, "FRA", "DEU") in _coded(nlp, text, lex)


@pytest.mark.model
def test_events_user_unlisted_code_reaches_the_event(nlp, tmp_path):
    lex = lexicon_for([_yaml(tmp_path, "- {verb: snub, code: '174K'}\n")])
    article = code_events(article_with_actors(nlp, "France snubbed Germany.", ACTORS), lex)
    event = article.events[0]
    assert (event.cameo, event.cameo_name, event.quad_class) == ("174K", "", 4)


@pytest.mark.model
def test_events_user_built_in_coding_unchanged_without_patterns(nlp):
    text = "France met Germany in Paris."
    before = _coded(nlp, text, load_lexicon())
    assert before and _coded(nlp, text, lexicon_for([])) == before


def test_events_user_frame_sections_extend_the_built_in_ones(nlp, tmp_path):
    """A pattern file may add frame-only actions, moving subjects and
    other-subject frame verbs (the frames.yaml sections)."""
    path = _yaml(tmp_path, "triggers:\n  - {verb: snub, code: '1246'}\n"
                           "embedded_actions: {evacuate: deescalate}\n"
                           "moving_subjects: [flotilla]\n"
                           "other_subject: {expect: demand}\n")
    lex = lexicon_for([path])
    assert lex.embedded_actions["evacuate"] == "deescalate"
    assert lex.embedded_actions["leave"] == "deescalate"  # built-in kept
    assert {"flotilla", "troop"} <= lex.moving_subjects
    assert lex.other_subject["expect"] == "demand"
    assert "expect" not in load_lexicon().other_subject
    assert ("1056", "FRA", "DEU") in _coded(nlp, "France expects Germany to leave Peru.", lex)


def test_events_user_frame_sections_alone(tmp_path):
    lex = lexicon_for([_yaml(tmp_path, "other_subject: {expect: demand}\n", "only.yaml")])
    assert lex.other_subject["expect"] == "demand"


@pytest.mark.parametrize("body,needle", [
    ("embedded_actions: {evacuate: no_such_topic}\n", "evacuate"),
    ("other_subject: {expect: nonsense}\n", "expect"),
    ("moving_subjects: flotilla\n", "moving_subjects"),
    ("triggers: [{verb: snub, code: '1246'}]\nframes: [x]\n", "unknown section"),
])
def test_events_user_bad_frame_sections_are_refused(tmp_path, body, needle):
    with pytest.raises(DictionaryError) as err:
        lexicon_for([_yaml(tmp_path, body, f"bad{abs(hash(body))}.yaml")])
    assert err.value.code == "E603"
    assert needle in str(err.value)
