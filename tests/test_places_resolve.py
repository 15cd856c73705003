"""Places: the curated gazetteer, datelines, and the locative of an event's clause."""

from __future__ import annotations

import pytest
import yaml

from communique.article import Article, Event, Place
from communique.errors import DictionaryError
from communique.places import find_dateline, find_locative, load_gazetteer, locate_events
from communique.places.gazetteer import load_country_aliases, load_stoplist


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("name,country,kind", [
    ("Moscow", "RUS", "city"), ("Damascus", "SYR", "city"), ("Astana", "KAZ", "city"), ("Sochi", "RUS", "city"),
    ("Van", "TUR", "city"), ("Kuwait", "KWT", "country"), ("Mexico", "MEX", "country"),
    ("Britain", "GBR", "country"), ("the United States", "USA", "country"), ("Türkiye", "TUR", "country"),
])
def test_places_gazetteer_finds(gaz, name, country, kind):
    entry = gaz.lookup(name)
    assert entry is not None and entry.country == country and entry.kind == kind
    if kind == "city":
        assert entry.lat is not None and entry.lon is not None


@pytest.mark.parametrize("word", ["March", "North", "Rapid", "May", "Police", "Union", "moscow", "damascus", "Of"])
def test_places_gazetteer_rejects_false_hits(gaz, word):
    assert gaz.lookup(word) is None


def test_places_gazetteer_country_filter(gaz):
    assert gaz.lookup("Tripoli").country == "LBY"   # the most populous Tripoli
    assert gaz.lookup("Tripoli", country="LBN").country == "LBN"


def test_places_gazetteer_is_cached():
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize("text,name,country,span", [
    ("MOSCOW (Dispatches) -- The foreign ministers met.", "Moscow", "RUS", (0, 6)),
    ("A headline\nDAMASCUS, Syria (AP) \u2014 Syria said on Monday.", "Damascus", "SYR", (11, 19)),
    ("BEIRUT: Lebanon's cabinet met.", "Beirut", "LBN", (0, 6)),
    ("Ankara, May 10 (Reuters) - Turkey said it would.", "Ankara", "TUR", (0, 6)),
    ("TRIPOLI, Lebanon \u2014 Clashes broke out.", "Tripoli", "LBN", (0, 7)),
])
def test_places_dateline(gaz, text, name, country, span):
    place = find_dateline(text, gaz)
    assert place is not None
    assert (place.name, place.country, place.span) == (name, country, span)


@pytest.mark.parametrize("text", [
    "Update: the talks went on.",
    "March 3 - nothing happened.",
    "Officials said -- without details -- that talks went on.",
    "Russia, Iran, Syria, Turkey Hold Four-Way Talks\nThe ministers met.",
    "Rapid: a word, not a place.",
])
def test_places_no_dateline(gaz, text):
    assert find_dateline(text, gaz) is None


@pytest.mark.parametrize("sentence,trigger,expected", [
    ("The foreign ministers of Turkey, Syria, Russia and Iran met in Moscow on Wednesday.", "met", "Moscow"),
    ("Erdogan said in Ankara that the two leaders met in Sochi last week.", "met", "Sochi"),
    ("Erdogan said in Ankara that the two leaders met last week.", "met", None),  # never across reported speech
    ("Talks in Geneva between Iran and the United States ended on Friday.", "Talks", "Geneva"),
    ("The delegations held talks at the Kremlin in Moscow in March.", "held", "Moscow"),
    ("Ministers gathered in Astana to sign an accord.", "gathered", "Astana"),
    ("Syrian troops shelled positions in northern Idlib on Monday.", "shelled", "Idlib"),
    ("Turkey discussed its role in Syria with Russian officials.", "discussed", None),
    ("The envoys met in March to discuss trade.", "met", None),
    ("Envoys held talks in Moscow on Tuesday, in the latest step towards a reconciliation between Ankara "
     "and Damascus.", "reconciliation", None),                       # the event inside the phrase
    ("Turkey can cooperate with Syria because it will be in favor of Syria's stability.", "cooperate", None),
    ("Ministers met in the town of Sochi on Monday.", "met", "Sochi"),
    ("Iran and Saudi Arabia signed a deal in the Chinese capital, Beijing, on Friday.", "signed", "Beijing"),
    ("Officials met in Geneva for talks on the war in Ukraine.", "met", "Geneva"),
    ("In April, Moscow hosted the defence ministers of Turkey, Syria and Iran.", "hosted", "Moscow"),
    ("Last month Russia hosted the defence ministers of Turkey and Syria.", "hosted", None),  # a country hosts
])
@pytest.mark.model
def test_places_locative(nlp, gaz, sentence, trigger, expected):
    doc = nlp(sentence)
    start = sentence.index(trigger)
    place = find_locative(doc, (start, start + len(trigger)), gaz)
    assert (place.name if place else None) == expected
    if place is not None:
        assert sentence[place.span[0]:place.span[1]] == expected


def _article(nlp, text: str, trigger: str) -> Article:
    art = Article(text=text, id="t")
    art.doc = nlp(text)
    start = text.index(trigger)
    art.events.append(Event(id="E1", cameo="043", trigger_text=trigger, trigger_span=(start, start + len(trigger))))
    return art


@pytest.mark.model
def test_places_stage_locative_then_dateline(nlp, gaz):
    art = locate_events(_article(nlp, "ANKARA (Wire) -- Turkish and Syrian envoys met in Sochi on Monday.", "met"), gaz)
    assert art.dateline.name == "Ankara"
    assert art.events[0].place.name == "Sochi" and art.events[0].place.country == "RUS"
    art = locate_events(_article(nlp, "ANKARA (Wire) -- Turkish and Syrian envoys met on Monday.", "met"), gaz)
    assert art.events[0].place.name == "Ankara" and art.events[0].place.span == (0, 6)
    art = locate_events(_article(nlp, "Turkish and Syrian envoys met on Monday.", "met"), gaz)
    assert art.dateline is None and art.events[0].place is None


@pytest.mark.model
def test_places_stage_keeps_existing_place(nlp, gaz):
    art = _article(nlp, "MOSCOW -- Envoys met in Sochi.", "met")
    art.events[0].place = Place("Geneva", "CHE", 46.2, 6.1)
    assert locate_events(art, gaz).events[0].place.name == "Geneva"


@pytest.mark.parametrize("content,loader", [
    ({"words": ["March", ""]}, load_stoplist),
    ({"words": "March"}, load_stoplist),
    ({"aliases": {"Britain": "GB"}}, load_country_aliases),
    ({"other": {}}, load_country_aliases),
])
def test_places_data_validation(tmp_path, content, loader):
    path = tmp_path / "bad.yml"
    path.write_text(yaml.safe_dump(content), encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        loader(path)
    assert err.value.code == "E704"


@pytest.mark.parametrize("value,granularity,expected", [
    (None, None, True),                       # undated: around the story
    ("2023-05-11", "publication", True),
    ("2023-05-10", "day", True),
    ("2023-05-02", "day", False),             # more than a week back
    ("2023-05", "month", False),
    ("2022-12", "month", False),
    ("2011", "year", False),
    (None, "period", False),                  # "during the 12-year war"
])
def test_places_dateline_only_near_story_date(value, granularity, expected):
    import datetime as dt

    from communique.article import EventDate
    from communique.places import near_story_date

    ev = Event(id="E1", cameo="043")
    if granularity is not None:
        ev.date = EventDate(value=value, granularity=granularity)
    assert near_story_date(ev, dt.date(2023, 5, 11)) is expected
