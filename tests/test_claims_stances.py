"""Claims from stance clauses, quotes and events; conditions; merging."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.article import ActorRef, Claim, Event, EventDate
from communique.claims import find_claims
from communique.quotes import find_quotes
from test_quotes_helpers import build_article

pytestmark = pytest.mark.model

ACTORS = [
    ("Iraq", "IRQ", "state", ["Iraq", "Baghdad"]),
    ("United States", "USA", "state", ["American", "United States", "Washington"]),
    ("Egypt", "EGY", "state", ["Egypt", "Cairo"]),
    ("Germany", "DEU", "state", ["Germany", "Berlin"]),
    ("Syria", "SYR", "state", ["Syria", "Damascus"]),
    ("Poland", "POL", "state", ["Poland", "Warsaw"]),
    ("Russia", "RUS", "state", ["Russia", "Moscow"]),
    ("Qatar", "QAT", "state", ["Qatar", "Doha"]),
    ("France", "FRA", "state", ["France", "Paris"]),
    ("China", "CHN", "state", ["China", "Beijing"]),
    ("Israel", "ISR", "state", ["Israel"]),
    ("Iran", "IRN", "state", ["Iran", "Tehran"]),
    ("Turkey", "TUR", "state", ["Turkey", "Ankara", "Turkish"]),
    ("Sergei Lavrov", "RUSGOV", "person", ["Sergei Lavrov", "Lavrov"]),
]


def claims_of(nlp, text, published=None):
    art = build_article(nlp, text, ACTORS)
    art.published = published
    art.quotes = find_quotes(art)
    return art, find_claims(art)


def rows(claims):
    return [(c.code, c.stance, c.issue, c.target) for c in claims]


@pytest.mark.parametrize("text, expected", [
    ("Baghdad demands the immediate withdrawal of American troops.",
     ("IRQ", "demand", "withdrawal of American forces from Iraq", "USA")),
    ("Egypt called for an end to the fighting in Gaza.", ("EGY", "demand", "end to fighting in Gaza", None)),
    ("Germany supports the return of refugees to Syria.",
     ("DEU", "support", "return of refugees to Syria", "SYR")),
    ("Poland opposes the lifting of sanctions on Russia.",
     ("POL", "oppose", "lifting of sanctions on Russia", "RUS")),
    ("Qatar is ready to mediate between the two sides.", ("QAT", "offer", "mediation between sides", None)),
    ("France rejected the proposal for a ceasefire.", ("FRA", "oppose", "proposal for ceasefire", None)),
    ("China warned against any interference in its internal affairs.",
     ("CHN", "warn", "interference in internal affairs", None)),
    ("Israel does not support a ceasefire in Gaza.", ("ISR", "oppose", "ceasefire in Gaza", None)),
    ("Iran urged Iraq to expel American forces.", ("IRN", "demand", "expulsion of American forces", "IRQ")),
    ("Moscow has encouraged reconciliation with Ankara.", ("RUS", "support", "reconciliation with Ankara", "TUR")),
])
def test_claims_stances_from_clauses(nlp, text, expected):
    _, claims = claims_of(nlp, text)
    assert expected in rows(claims), rows(claims)


@pytest.mark.parametrize("text, expected, quote", [
    ("“We demand the release of all prisoners,” Lavrov said.",
     ("RUSGOV", "demand", "release of prisoners", None), "Q1"),
    ("Lavrov said Russia is ready to host new talks.", ("RUS", "offer", "host new talks", None), "Q1"),
    ("Lavrov stressed the need for “cooperation in the fight against terrorism and the return of refugees.”",
     ("RUSGOV", "demand", "cooperation against terrorism", None), "Q1"),
    ("Lavrov stressed the need for “cooperation in the fight against terrorism and the return of refugees.”",
     ("RUSGOV", "demand", "return of refugees", None), "Q1"),
])
def test_claims_stances_from_quotes(nlp, text, expected, quote):
    _, claims = claims_of(nlp, text)
    found = [c for c in claims if (c.code, c.stance, c.issue, c.target) == expected]
    assert found and found[0].quotes == [quote], rows(claims)


def test_claims_no_claim_without_holder_or_cue(nlp):
    _, claims = claims_of(nlp, "“We demand the release of all prisoners,” a farmer said. The weather was nice.")
    assert claims == []
    _, claims = claims_of(nlp, "Turkey has not demanded anything from Syria.")
    assert claims == []


@pytest.mark.parametrize("text, issue", [
    ("Damascus demands full withdrawal of Turkish troops for relations to be restored.",
     "restored relations on withdrawal of Turkish forces from Syria"),
    ("Turkey will back the deal as long as its security concerns are met.",
     "deal as long as its security concerns are met"),
    ("Iran is ready to resume talks on condition that sanctions are lifted first.",
     "resumption of talks on condition that sanctions are lifted first"),
])
def test_claims_conditions(nlp, text, issue):
    _, claims = claims_of(nlp, text)
    assert issue in [c.issue for c in claims if c.stance == "condition"], rows(claims)


def test_claims_merge_same_actor_similar_issue(nlp):
    text = ("Poland opposes the lifting of sanctions on Russia. The talks went on. "
            "Warsaw rejects any easing of sanctions on Russia. Poland supports aid to Ukraine.")
    art, claims = claims_of(nlp, text, published=dt.date(2024, 3, 1))
    oppose = [c for c in claims if c.stance == "oppose"]
    assert len(oppose) == 1
    assert oppose[0].issue == "lifting of sanctions on Russia"
    assert len(oppose[0].evidence_spans) == 2
    assert [c.stance for c in claims].count("support") == 1
    d = oppose[0].to_dict()
    assert d["evidence"]["span"] == [0, 50] and len(d["evidence"]["spans"]) == 2
    assert d["date"] == "2024-03-01"


def test_claims_different_actors_do_not_merge(nlp):
    _, claims = claims_of(nlp, "Poland opposes the lifting of sanctions. France opposes the lifting of sanctions.")
    assert sorted(c.code for c in claims) == ["FRA", "POL"]


def test_claims_from_events(nlp):
    text = "On Monday, Damascus demanded the departure of Turkish troops."
    art = build_article(nlp, text, ACTORS)
    syria, turkey = art.actors[4], art.actors[12]
    k = text.index("demanded")
    art.events = [Event(id="E1", cameo="1056", source=ActorRef(syria.id, "SYR", "Syria"),
                        target=ActorRef(turkey.id, "TURMIL", "Turkey"), cameo_name="Demand withdrawal",
                        date=EventDate("2023-05-08", "day", "On Monday", (0, 9)),
                        trigger_text="demanded", trigger_span=(k, k + 8), sentence_span=(0, len(text)))]
    art.quotes = find_quotes(art)
    claims = find_claims(art)
    assert [(c.code, c.stance, c.issue, c.target, c.date) for c in claims] == [
        ("SYR", "demand", "departure of Turkish forces from Syria", "TURMIL", "2023-05-08")]


@pytest.mark.parametrize("cameo, stance", [("036", "offer"), ("0212", "demand"), ("120", "oppose"),
                                           ("112", "accuse"), ("111", "oppose"), ("138", "warn")])
def test_claims_event_codes_to_stances(nlp, cameo, stance):
    text = "Egypt spoke with Qatar about the crisis in Sudan."
    art = build_article(nlp, text, ACTORS)
    k = text.index("spoke")
    art.events = [Event(id="E1", cameo=cameo, source=ActorRef("A3", "EGY", "Egypt"),
                        target=ActorRef("A8", "QAT", "Qatar"), cameo_name="Some event",
                        trigger_text="spoke", trigger_span=(k, k + 5), sentence_span=(0, len(text)))]
    claims = find_claims(art)
    assert [c.stance for c in claims] == [stance] and claims[0].target == "QAT"


def test_claims_events_of_other_codes_make_none(nlp):
    text = "Egypt met Qatar in Doha."
    art = build_article(nlp, text, ACTORS)
    art.events = [Event(id="E1", cameo="043", source=ActorRef("A3", "EGY", "Egypt"),
                        trigger_text="met", trigger_span=(6, 9), sentence_span=(0, len(text)))]
    assert find_claims(art) == []


def test_claims_to_dict_shape():
    c = Claim("A1", "SYR", "demand", "withdrawal", quote="Q2", evidence_spans=[(5, 9)], quotes=["Q2"])
    d = c.to_dict()
    assert d["evidence"] == {"quote": "Q2", "span": [5, 9]}


@pytest.mark.parametrize("text, expected", [
    # a modal's subject is the target; the holder is the speaker
    ("Lavrov said that American troops must leave Syria.",
     ("RUSGOV", "demand", "withdrawal of American forces from Syria", "USA")),
    # urge X to do Y, called on X to do Y, accuse X of Y
    ("Egypt urged both sides to observe a ceasefire.", ("EGY", "demand", "observe ceasefire", None)),
    ("Egypt urged Israel to halt the strikes.", ("EGY", "demand", "halt of strikes", "ISR")),
    ("Iran accused Israel of attacking its embassy.", ("IRN", "accuse", "attacking embassy", "ISR")),
    # copular demand inside a quote: "X remains our demand"
    ("“The return of our prisoners remains our first demand,” Lavrov said.",
     ("RUSGOV", "demand", "return of prisoners", None)),
    # a person's demand for a withdrawal gets no "from" (only a state's does)
    ("“We demand the withdrawal of American troops,” Lavrov said.",
     ("RUSGOV", "demand", "withdrawal of American forces", "USA")),
])
def test_claims_stances_objects_and_holders(nlp, text, expected):
    _, claims = claims_of(nlp, text)
    assert expected in rows(claims), rows(claims)
    assert not any(c.code == "USA" for c in claims)


def test_claims_coordinated_holders(nlp):
    _, claims = claims_of(nlp, "Egypt and Qatar called for an end to the fighting in Gaza.")
    assert sorted(c.code for c in claims if c.stance == "demand") == ["EGY", "QAT"]


@pytest.mark.parametrize("text, expected", [
    # "it" in a reported clause stands for the speaker when its kind fits
    ("Qatar's foreign ministry said it supports a peaceful resolution of the dispute.",
     ("QAT", "support", "peaceful resolution of dispute", None)),
    ("Qatar said it is ready to host new talks.", ("QAT", "offer", "host new talks", None)),
    # warn X against Y
    ("China warned the United States against arming Taiwan.", ("CHN", "warn", "arming Taiwan", "USA")),
])
def test_claims_stances_pronoun_holders_and_warnings(nlp, text, expected):
    actors_text = text
    _, claims = claims_of(nlp, actors_text)
    assert expected in rows(claims), rows(claims)
