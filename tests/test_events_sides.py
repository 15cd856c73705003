"""Round four: appeals to "both sides", both halves of a swap, releases of
people who are no actor (events/sides.py). Sentences of our own."""

from __future__ import annotations

import pytest

from test_events_wire import coded, has


@pytest.mark.parametrize("text,source,a,b", [
    ("Fighting flared between Sudan and South Sudan on Monday. Kenya urged both sides to return to talks.",
     "KEN", "SDN", "SSD"),
    ("Peru and Ecuador traded accusations over the border. The United Nations called on the two sides to show restraint.",
     "IGOUNO", "PER", "ECU"),
    ("Azerbaijan and Armenia exchanged fire overnight. France urged the parties to respect the ceasefire.",
     "FRA", "AZE", "ARM"),
])
def test_events_sides_appeal_reaches_both_parties(text: str, source: str, a: str, b: str) -> None:
    found = coded(text)
    assert has(found, "02", source, a), found
    assert has(found, "02", source, b), found


@pytest.mark.parametrize("text,source,target", [
    ("Fighting resumed in Yemen this week. Britain urged all parties to respect the ceasefire.", "GBR", "YEM"),
    ("Clashes spread across Sudan. Kenya called on the warring parties to return to negotiations.", "KEN", "SDN"),
    ("Soldiers seized power in Mali on Tuesday. The United States called for a return to constitutional order.",
     "USA", "MLI"),
])
def test_events_sides_appeal_with_no_target_reaches_the_one_country_in_play(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, "02", source, target), found


@pytest.mark.parametrize("text", [
    "Germany urged both sides to show restraint.",  # no parties in play
    "Chad, Sudan and Libya clashed. Egypt urged all parties to stop fighting.",  # three, not two
])
def test_events_sides_unresolved_sides_give_no_appeal(text: str) -> None:
    found = coded(text)
    assert not [f for f in found if f[0].startswith("02")], found


@pytest.mark.parametrize("text,first,second", [
    ("Russia released an American journalist in exchange for a Russian spy held by the United States.",
     ("RUS", "USA"), ("USA", "RUS")),
    ("Venezuela freed ten Americans in exchange for a Colombian businessman held by the United States.",
     ("VEN", "USA"), ("USA", "COL")),
    ("Iran released a French aid worker in return for an Iranian diplomat.", ("IRN", "FRA"), ("FRA", "IRN")),
])
def test_events_sides_swap_codes_both_halves(text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    found = coded(text)
    assert has(found, "084", *first), found
    assert has(found, "084", *second), found


@pytest.mark.parametrize("text,a,b", [
    ("Ukraine and Russia carried out a prisoner swap on Friday.", "UKR", "RUS"),
    ("Armenia and Azerbaijan held a prisoner exchange on Thursday.", "ARM", "AZE"),
    ("A prisoner swap between Russia and Ukraine took place near the border.", "RUS", "UKR"),
])
def test_events_sides_prisoner_swap_noun_is_two_releases(text: str, a: str, b: str) -> None:
    found = coded(text)
    assert has(found, "0841", a, b) and has(found, "0841", b, a), found


@pytest.mark.parametrize("text,source,target", [
    ("Rebels in Mali freed six Thai hostages on Tuesday.", "MLIREB", "THA"),
    ("Iran freed two French hostages.", "IRN", "FRA"),
    ("The Taliban released three British aid workers.", "AFGTAL", "GBR"),
])
def test_events_sides_release_of_people_goes_to_their_country(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert any(c.startswith("084") and t == target for c, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Myanmar's junta released 20 prisoners on Sunday.",
    "Colombia freed six hostages after the talks.",
])
def test_events_sides_release_of_unnamed_people_is_skipped(text: str) -> None:
    # the rules find no released party; the learned part may still code the release as a
    # domestic one, with the country's unnamed people as the other side (events/own.py),
    # but never aims it at another country
    from communique.run import extract

    found = coded(text)
    assert all(s == t for c, s, t, _ in found if c.startswith("084")), found
    rules = extract(text, published="2024-03-01", settings={"learned_events": False})
    assert not [e for e in rules.events if e.cameo.startswith("084")]


@pytest.mark.parametrize("text,root,source,target", [
    ("Gunmen attacked a church in Nigeria on Sunday. France condemned the killings.", "11", "FRA", "NGA"),
    ("Fighting flared in Yemen. Britain imposed sanctions on those responsible.", "16", "GBR", "YEM"),
])
def test_events_sides_criticism_with_no_target_reaches_the_one_country_in_play(
        text: str, root: str, source: str, target: str) -> None:
    assert has(coded(text), root, source, target), coded(text)


@pytest.mark.parametrize("text", [
    "Elections were held in Nigeria on Sunday. France praised the peaceful vote.",  # praise: not in_play
    "Chad and Sudan clashed. France condemned the killings.",                       # two in play
])
def test_events_sides_no_country_in_play_is_guessed(text: str) -> None:
    """The rules guess no target here. The learned part may still take a side named in the sentence
    before, as its pair model, trained on real news, prefers (tests/test_learned.py)."""
    found = coded(text, settings={"learned_events": False})
    assert not [f for f in found if f[0][:2] in ("05", "11") and f[2]], found



@pytest.mark.parametrize("text,code,source,target", [
    ("She said Brazil firmly supports a gradual and lawful return to an elected civilian government in Egypt.",
     "051", "BRA", "EGY"),
    ("The minister expressed Brazil's support for the formation of a new government in Iraq, consistent with its "
     "constitution.", "051", "BRA", "IRQ"),
    ("Brazil said it backs a lasting and fair solution for the people in Sudan.", "051", "BRA", "SDN"),
    ("Argentine forces fought their way into the outskirts of the town in Chile.", "190", "ARG", "CHL"),
])
def test_events_sides_target_named_in_its_words(text: str, code: str, source: str, target: str) -> None:
    """Cooperation or a fight (the ``in_words`` group) with no target is aimed at the one other
    country its sentence names, when the trigger's own phrase names it."""
    found = coded(text)
    assert has(found, code, source, target), found


@pytest.mark.parametrize("text", [
    # another country in the sentence: no one country to aim at
    "She said Brazil, like Peru, firmly supports a gradual and lawful return to an elected civilian government in Egypt.",
    "She said Brazil firmly supports a gradual and lawful return to an elected civilian government in Egypt and Libya.",
    # named, but not in the trigger's phrase
    "In Egypt, she said, Brazil firmly supports a gradual and lawful return to an elected civilian government.",
    # a statement (01x) is not in the group
    "Brazil made a firm statement on the gradual and lawful return to an elected civilian government in Egypt.",
])
def test_events_sides_no_target_outside_its_words(text: str) -> None:
    from communique.run import extract

    # the rules aim no target here; the learned part is measured on real news, not by this list
    article = extract(text, published="2024-03-01", settings={"learned_events": False})
    found = [(e.cameo, e.target.code if e.target else None) for e in article.events]
    assert not [f for f in found if f[1]], found
