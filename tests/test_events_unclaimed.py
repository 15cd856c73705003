"""Attacks nobody claims, and bodies named without a country, on sentences of our own
through the whole pipeline (rules found on the real-news dev set, batches 24 and 25)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _article(text, publisher=None):
    from communique.run import extract

    return extract(text, published="2019-05-06", source=publisher, settings={"learned_events": False})


def _coded(text, publisher=None):
    art = _article(text, publisher)
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in art.events]


@pytest.mark.parametrize("text,source,target", [
    ("A car bomb explodes in the Iraqi town of Tuz Khormato, killing at least nine people.", "IRQREB", "IRQCVL"),
    ("At least six Kenyan soldiers are killed in a suicide bombing at a camp near the border.", "KENREB", "KENMIL"),
    ("A roadside bombing in Kabul, Afghanistan kills two police officers.", "AFGREB", "AFG"),
    ("A bomb explodes on a bus in the Nigerian city of Kano, killing eight people.", "NGAREB", None),
])
def test_unclaimed_bombing_is_the_insurgents_of_the_place(text, source, target):
    got = _coded(text, "Wikipedia")
    hits = [(c, s, t) for c, s, t in got if c.startswith("18") and s == source]
    assert hits, got
    assert target is None or any((t or "").startswith(target) for _, _, t in hits), got
    assert len(hits) == 1, got  # one bombing, however many words report it


def test_unclaimed_attackers_are_an_actor_of_their_own_with_no_mention():
    art = _article("A car bombing kills four people in Aden, Yemen.", "Wikipedia")
    event = next(e for e in art.events if e.cameo.startswith("18"))
    actor = art.actor(event.source.actor)
    assert actor is not None and actor.code == "YEMREB" and actor.mentions == []
    assert event.source.actor != event.target.actor
    assert "source by place" in event.meta["notes"]


@pytest.mark.parametrize("text", [
    "There is widespread concern about the escalating violence in Georgia.",  # too vague to be one act
    "Two diplomats were abducted in Libya by Russian security officers.",  # an agent, if unplaced
    "Russian jets struck a market in Idlib, Syria, killing 35 people.",  # a named attacker
])
def test_unclaimed_needs_one_act_without_any_named_agent(text):
    got = _coded(text, "Wikipedia")
    assert not any(s and s.endswith("REB") and s[:3] in ("GEO", "LBY", "SYR") for _, s, _ in got), got


def test_military_violence_gets_no_guessed_attacker():
    got = _coded("Twenty people are killed in airstrikes on Mosul in northern Iraq.", "Wikipedia")
    assert not any(s and s.endswith("REB") for _, s, _ in got), got


@pytest.mark.parametrize("text,publisher,target", [
    ("Burmese security forces burned homes in Chin State. We call on the regime to cease the violence.",
     "US Department of State", "MMRGOV"),
    ("Iran executed two protesters. The UK has repeatedly called on the regime to end the death penalty.",
     "UK Foreign, Commonwealth & Development Office", "IRNGOV"),
    ("Protests spread across Tunisia. The African Union called on the government to hold talks.", "Wikipedia", "TUNGOV"),
])
def test_the_regime_is_the_government_of_the_one_foreign_country(text, publisher, target):
    got = _coded(text, publisher)
    assert any(c.startswith("02") and t == target for c, _, t in got), got


def test_the_regime_stays_unknown_with_two_foreign_countries():
    got = _coded("Russia and Iran armed Syria. We call on the regime to stop.", "US Department of State")
    assert not any(c.startswith("02") and t in ("RUSGOV", "IRNGOV", "SYRGOV") for c, _, t in got), got


def test_a_government_release_keeps_the_government_its_own():
    art = _article("Iran detained a British national. The government will press for consular access.",
                   "UK Foreign, Commonwealth & Development Office")
    gov = [a for a in art.actors for m in a.mentions if m.text.lower().endswith("government")]
    assert not any(a.country == "IRN" for a in gov), [(a.code, a.name) for a in gov]


@pytest.mark.parametrize("text,code,target", [
    ("The Prime Minister called President Santos of Colombia today.", "041", "COL"),
    ("This evening, President Obama called Libyan President Magariaf to coordinate support.", "041", "LBY"),
    ("The Foreign Secretary called on President Putin to withdraw his troops.", "02", "RUS"),
    ("The minister called for President Assad to step down.", "02", "SYR"),
])
def test_calling_an_official_is_a_phone_call_unless_another_sense(text, code, target):
    got = _coded(text, "UK Prime Minister's Office")
    assert any(c.startswith(code) and (t or "").startswith(target) for c, _, t in got), got
    if code != "041":
        assert not any(c == "041" for c, _, _ in got), got


@pytest.mark.parametrize("text", ["Biden called Putin a war criminal.",
                                  "The United States called President Maduro illegitimate."])
def test_calling_someone_something_is_no_phone_call(text):
    assert not any(c == "041" for c, _, _ in _coded(text)), _coded(text)


@pytest.mark.parametrize("text,code", [
    ("The UK will continue to support Ukraine.", "03"),
    ("The United States will continue to provide aid to Ukraine.", "03"),
])
def test_will_continue_to_cooperate_is_a_pledge(text, code):
    from communique.run import extract

    art = extract(text, published="2019-05-06", settings={"learned_events": False})
    assert any(e.cameo.startswith(code) and e.mode == "intent" for e in art.events), \
        [(e.cameo, e.mode) for e in art.events]


def test_will_continue_to_attack_stays_actual():
    from communique.run import extract

    art = extract("Norway will continue to attack Chile.", published="2019-05-06", settings={"learned_events": False})
    assert any(e.cameo.startswith("19") and e.mode == "actual" for e in art.events)


def test_casualties_of_an_unclaimed_attack_are_the_insurgents_of_the_place():
    got = _coded("Four police officers are killed in an attack near Grozny, Russia.", "Wikipedia")
    assert any(s == "RUSREB" for _, s, _ in got), got


def test_an_attack_named_in_passing_gets_no_attackers():
    got = _coded("Britain imposed new sanctions on Iran in response to the attack.", "Wikipedia")
    assert not any((s or "").endswith("REB") for _, s, _ in got), got


def test_a_condemned_attack_in_a_city_targets_its_unidentified_attackers():
    got = _coded("The United States condemned the attack on the consulate in Benghazi today.", "US Department of State")
    assert any(c.startswith("11") and t == "LBYREB" for c, _, t in got), got


def test_condemned_airstrikes_get_no_insurgent_target():
    got = _coded("Britain condemned the airstrikes in Aleppo.", "UK Foreign and Commonwealth Office")
    assert not any(c.startswith("11") and (t or "").endswith("REB") for c, _, t in got), got


@pytest.mark.parametrize("text", [
    "As President, I have no higher priority than ensuring the safety of Americans held hostage around the world.",
    "The Commission concluded that Russia's use of torture against prisoners amounts to crimes against humanity.",
])
def test_no_attackers_for_an_act_named_inside_another_phrase(text):
    got = _coded(text, "Wikipedia")
    assert not any((s or "").endswith("REB") for _, s, _ in got), got


def test_designating_officials_is_a_sanction():
    got = _coded("The UK has designated five Georgian officials for serious human rights violations.",
                 "UK Foreign, Commonwealth & Development Office")
    assert any(c == "163" and (t or "").startswith("GEO") for c, _, t in got), got


def test_designating_a_day_is_no_sanction():
    got = _coded("The UN designated 2019 the International Year of Indigenous Languages.", "Wikipedia")
    assert not any(c.startswith("16") for c, _, _ in got), got


@pytest.mark.parametrize("text,source,target", [
    ("Al-Shabaab militants seize the town of Wargaadhi in Middle Shabelle, Somalia.", "SOMREB", "SOM"),
    ("Taliban forces overrun a district in Afghanistan's southern Helmand Province.", "AFGREB", "AFG"),
    ("Russian aircraft struck a market in the town of Harem in Syria.", "RUS", "SYR"),
])
def test_force_with_no_target_is_aimed_at_the_country_where_it_happened(text, source, target):
    got = _coded(text, "Wikipedia")
    assert any(c[:2] in ("18", "19", "20") and (s or "").startswith(source) and t == target for c, s, t in got), got


@pytest.mark.parametrize("text", [
    "Taliban forces overran a district after days of fighting.",   # no place named
    "Russian forces will attack the town of Harem in Syria.",       # not an act that happened
])
def test_force_keeps_no_target_without_a_place_it_happened(text):
    got = _coded(text, "Wikipedia")
    assert not any(c[:2] in ("18", "19", "20") and t for c, s, t in got), got


@pytest.mark.parametrize("text,source,target", [
    ("At least 300 protesters rallying against the mobilization are arrested throughout Russia.", "RUSCOP", "RUS"),
    ("The arrest of a British journalist in China is deeply disturbing.", "CHNCOP", "GBR"),
    ("Two Kenyan opposition activists were arrested on Monday.", "KENCOP", "KEN"),
])
def test_unclaimed_arrest_is_the_authorities_of_the_place(text, source, target):
    got = _coded(text, "Wikipedia")
    assert any(c == "173" and s == source and (t or "").startswith(target) for c, s, t in got), got


@pytest.mark.parametrize("text", [
    "Two Kenyan opposition activists were arrested by the soldiers on Monday.",  # an agent, unplaced
    "Two Kenyan opposition activists may be arrested on Monday.",  # not an actual arrest
])
def test_unclaimed_arrest_with_an_agent_or_not_actual_stays_unclaimed(text):
    got = _coded(text, "Wikipedia")
    assert not any(s and s.endswith("COP") for _, s, _ in got), got


@pytest.mark.parametrize("text", [
    "A tourist was killed in a crocodile attack in Australia.",
    "A woman is killed in a great white shark attack off the coast of Maine, United States.",
])
def test_an_animal_attack_has_no_insurgents(text):
    assert not _coded(text, "Wikipedia")


def test_a_release_gives_a_lower_case_body_to_the_one_foreign_country():
    art = _article("Burma's generals seized power. We call on the military to release all those detained. "
                   "The Army will keep its training programme.", "US Department of State")
    codes = {m.text: m.code for a in art.actors for m in a.mentions}
    assert codes.get("military") == "MMRMIL", codes
    assert "Army" not in codes  # "the Army" in a US release is the publisher's own: no guess here
