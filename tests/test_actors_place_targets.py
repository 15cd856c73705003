"""Cities struck by force become place mentions of their country (actors.targets),
used by the events stage only as targets of material acts (events.place_targets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import DictionaryError


def run(text: str):  # type: ignore[no-untyped-def]
    from communique.run import extract

    return extract(text, published="2024-03-01")


def places(article) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.text, a.code) for a in article.actors for m in a.mentions if m.kind == "place"]


def dyads(article) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.cameo, e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
            for e in article.events]


@pytest.mark.parametrize("text,city,country", [
    ("Russian missiles struck Kharkiv on Tuesday.", "Kharkiv", "UKR"),
    ("Odesa was struck by Russian drones overnight.", "Odesa", "UKR"),
    ("Israeli jets bombed Khan Younis.", "Khan Younis", "PSE"),
    ("Ukrainian drones hit Belgorod.", "Belgorod", "RUS"),
    ("Hamas fighters attacked Sderot.", "Sderot", "ISR"),
    ("Russian forces captured Bakhmut.", "Bakhmut", "UKR"),
    ("Syrian aircraft bombed Aleppo and Homs.", "Aleppo", "SYR"),
    ("Russian missiles struck the city of Kharkiv on Wednesday.", "Kharkiv", "UKR"),
    ("The port city of Odesa was struck by Russian missiles overnight.", "Odesa", "UKR"),
])
def test_actors_place_targets_city_struck_is_place_mention(text: str, city: str, country: str) -> None:
    assert (city, country) in places(run(text))


@pytest.mark.parametrize("text", [
    "Talks in Geneva ended on Friday.",
    "Putin hosted Erdogan at a summit in Sochi.",
    "Lavrov met Cavusoglu in Sochi.",
    "Russian forces shelled a school in Kharkiv.",
    "Zelensky visited Kharkiv and praised the troops.",
    "The mayor of Kharkiv said the attack killed five.",
    "Homes were struck by Russian drones.",
    "The mayor of the city of Kharkiv met Russian officials.",
])
def test_actors_place_targets_other_cities_stay_places(text: str) -> None:
    article = run(text)
    assert places(article) == []
    assert not any(a.kind == "state" and a.code in ("CHE", "UKR") and not a.mentions for a in article.actors)


@pytest.mark.parametrize("text,code,source,target", [
    ("Russian missiles struck Kharkiv on Tuesday.", "19", "RUS", "UKR"),
    ("Odesa was struck by Russian drones overnight.", "19", "RUS", "UKR"),
    ("Israeli jets bombed Khan Younis.", "19", "ISR", "PSE"),
    ("Ukrainian drones hit Belgorod.", "19", "UKR", "RUS"),
    ("Russian missiles struck the town of Kramatorsk, killing three people.", "19", "RUS", "UKR"),
])
def test_events_place_targets_city_gives_target(text: str, code: str, source: str, target: str) -> None:
    assert any(c.startswith(code) and s == source and t == target for c, s, t in dyads(run(text)))


@pytest.mark.parametrize("text,never", [
    ("Lavrov met Cavusoglu in Sochi.", "RUS"),
    ("Russian forces shelled a school in Kharkiv.", "UKR"),
    ("Zelensky visited Kharkiv and praised the troops.", "UKR"),
])
def test_events_place_targets_no_target_from_a_place_phrase(text: str, never: str) -> None:
    assert not any(t == never for _, _, t in dyads(run(text)))


def test_events_place_targets_never_sources_nor_verbal() -> None:
    from types import SimpleNamespace

    from communique.article import ActorRef
    from communique.events.place_targets import restrict

    place = ActorRef("A2", "UKR", "Ukraine", (10, 17))
    other = ActorRef("A1", "RUS", "Russia", (0, 6))
    for code, notes, kept in (("190", [], [place]), ("0731", [], [place]), ("112", [], []), ("013", [], []),
                              ("138", [], []), ("111", ["target by place"], [place])):
        cand = SimpleNamespace(code=code, sources=[place, other], targets=[place], between=[place], notes=notes)
        restrict(cand, {(10, 17)})
        assert cand.sources == [other] and cand.between == [] and cand.targets == kept, code


def test_quotes_speaker_is_never_a_place() -> None:
    article = run('"We will rebuild," the mayor said after Russian missiles struck Kharkiv.')
    spans = {(m.start, m.end) for m in article.mentions if m.kind == "place"}
    for q in article.quotes:
        if q.speaker is not None:
            assert q.speaker.span not in spans


def test_actors_place_targets_juba_has_todays_country() -> None:
    # documented limitation: the gazetteer knows today's country only
    from communique.actors.targets import city_country

    assert city_country("Juba", set()) == "SSD"


@pytest.mark.parametrize("name,named,country", [
    ("Odessa", set(), "UKR"),          # the Texan Odessa is far smaller than Ukraine's
    ("Kharkiv", set(), "UKR"),
    ("Geneva", set(), "CHE"),
    ("Ukraine", set(), None),          # a country, not a city
])
def test_actors_place_targets_city_country(name: str, named: set[str], country: str | None) -> None:
    from communique.actors.targets import city_country

    assert city_country(name, named) == country


@pytest.mark.parametrize("body,problem", [
    ("verbs: [strike]\n", "'verbs' and 'nouns'"),
    ("verbs: [Strike]\nnouns: []\nplace_nouns: []\n", "lower-case"),
    ("verbs: [strike, strike]\nnouns: []\nplace_nouns: []\n", "twice"),
])
def test_actors_place_targets_data_validator(tmp_path: Path, body: str, problem: str) -> None:
    from communique.actors.targets import load_place_targets

    path = tmp_path / "bad.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_place_targets(path)
    assert problem in str(err.value) and "E401" in str(err.value)
