"""Wire-style behaviours found through heldout2 (tests/data/events_dev):
reciprocal events, coordinated agents of one-way acts, documents that speak
for their author, the country struck as target, reason idioms, and a few
patterns (persona non grata, airdrops, drills around a country, taking
control of territory). Each behaviour on sentences of its own."""

from __future__ import annotations

from typing import Any

import pytest


def key(code: str | None) -> str | None:
    if not code:
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


def coded(text: str, settings: dict[str, Any] | None = None) -> list[tuple[str, str | None, str | None, str]]:
    from communique.run import extract

    article = extract(text, published="2024-03-01", settings=settings)
    assert not [e for e in article.errors if e.stage == "events"], article.errors
    return [(e.cameo, key(e.source.code) if e.source else None, key(e.target.code) if e.target else None, e.mode)
            for e in article.events]


def has(found: list[Any], root: str, source: str, target: str | None) -> bool:
    return any(c.startswith(root) and s == source and t == target for c, s, t, _ in found)


@pytest.mark.parametrize("text,a,b,root", [
    ("Thailand and Cambodia accused each other of violating the ceasefire.", "THA", "KHM", "11"),
    ("Hamas and Israel each accused the other of breaking the truce.", "PSE", "ISR", "11"),
    ("Ethiopia and Eritrea blamed one another for the clashes.", "ETH", "ERI", "11"),
    ("Serbia and Croatia accused each other of provocations at the border.", "SRB", "HRV", "11"),
])
def test_events_wire_reciprocal_gives_both_directions(text: str, a: str, b: str, root: str) -> None:
    found = coded(text)
    assert has(found, root, a, b) and has(found, root, b, a), found


@pytest.mark.parametrize("text,sources,target,root", [
    ("Britain and Canada announced sanctions on four Iranian officials.", ["GBR", "CAN"], "IRN", "16"),
    ("Egypt, Jordan and Saudi Arabia airdropped food and medicine into Gaza.", ["EGY", "JOR", "SAU"], "PSE", "07"),
    ("France and Germany expelled Russian diplomats on Monday.", ["FRA", "DEU"], "RUS", "16"),
    ("Poland and Lithuania accused Belarus of pushing migrants across the border.", ["POL", "LTU"], "BLR", "11"),
])
def test_events_wire_coordinated_agents_each_get_an_event(text: str, sources: list[str], target: str, root: str) -> None:
    found = coded(text)
    for s in sources:
        assert has(found, root, s, target), (s, found)


@pytest.mark.parametrize("text", [
    "China, Russia and Iran held talks with Pakistan in Beijing.",
    "Japan and South Korea signed an agreement with the United States.",
])
def test_events_wire_joint_acts_stay_one_event(text: str) -> None:
    found = coded(text)
    assert len([c for c in found if c[0][:2] in ("04", "05")]) == 1, found


@pytest.mark.parametrize("text,source,target,root", [
    ("The UN General Assembly adopted a resolution demanding that Russia withdraw from Ukraine.", "IGOUNO", "RUS", "10"),
    ("The Arab League issued a statement urging Israel to halt its offensive.", "IGOARL", "ISR", "02"),
    ("Germany released a statement calling on Iran to free the detained journalists.", "DEU", "IRN", "02"),
])
def test_events_wire_document_speaks_for_its_author(text: str, source: str, target: str, root: str) -> None:
    found = coded(text)
    assert has(found, root, source, target), found


@pytest.mark.parametrize("text,source,target,root", [
    ("Ukrainian drones hit an oil depot in Russia's Bryansk region overnight.", "UKR", "RUS", "19"),
    ("Israeli jets struck targets in Syria on Sunday.", "ISR", "SYR", "19"),
    ("Azerbaijani troops took control of several villages near the border with Armenia.", "AZE", "ARM", "19"),
    ("Turkish warplanes bombed positions in northern Iraq.", "TUR", "IRQ", "19"),
])
def test_events_wire_country_struck_is_the_target(text: str, source: str, target: str, root: str) -> None:
    found = coded(text)
    assert has(found, root, source, target), found


@pytest.mark.parametrize("text", [
    "Russian forces shelled villages in eastern Ukraine's Donetsk region.",
    "Ukrainian troops fought in Ukraine's Kharkiv region.",
])
def test_events_wire_place_of_the_source_is_no_target(text: str) -> None:
    found = coded(text)
    assert not any(s == t for _, s, t, _ in found if s), found


@pytest.mark.parametrize("text,root,source,target", [
    ("Beijing said it would suspend talks with Washington in protest at the arms sale.", "13", "CHN", "USA"),  # 134
    ("Seoul halted talks with Tokyo in protest at the textbook revisions.", "16", "KOR", "JPN"),
])
def test_events_wire_reason_idiom_is_not_an_argument(text: str, root: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, root, source, target), found
    assert not any(c.startswith("08") or c.startswith("035") for c, *_ in found), found


@pytest.mark.parametrize("text,root,source,target", [
    ("Estonia declared a Russian diplomat persona non grata.", "17", "EST", "RUS"),
    ("Moldova declared two Russian embassy staff persona non grata on Friday.", "17", "MDA", "RUS"),
    ("China launched large-scale military drills around Taiwan.", "15", "CHN", "TWN"),
    ("China held naval exercises off Taiwan on Saturday.", "15", "CHN", "TWN"),
    ("A Chinese coast guard ship rammed a Vietnamese fishing boat.", "17", "CHN", "VNM"),
    ("Pakistan has been sharing expertise with the Taliban, the report said.", "06", "PAK", "AFG"),
])
def test_events_wire_patterns(text: str, root: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, root, source, target), found


@pytest.mark.parametrize("text", [
    "Israel Friday reimposed blockades in the West Bank following the shooting deaths of two Israelis.",
    "The pro-Iranian Hezbollah group declared a unilateral ceasefire in south Lebanon.",
    "Druze inhabitants of the Syrian Golan Heights threatened to hold a general strike unless Israel backed down.",
    "Talks between Armenia and Azerbaijan angered Iran.",
])
def test_events_wire_one_phrase_naming_two_actors_is_one_agent(text: str) -> None:
    found = coded(text)  # and the stage does not fail
    sources = {s for c, s, t, m in found}
    assert len(found) <= 1 or len(sources) == 1, found


@pytest.mark.parametrize("text,code,source,target", [
    ("Irish guerrillas wounded two British soldiers in a bomb attack on Thursday.", "183", "IRL", "GBR"),
    ("Israeli jets killed three Hamas fighters in an airstrike on Gaza City.", "195", "ISR", "PSE"),
    ("Two Indian soldiers were killed by Pakistani fire along the border.", "193", "PAK", "IND"),
    ("Russian forces killed four Ukrainian civilians in a missile strike on Kharkiv.", "190", "RUS", "UKR"),
])
def test_events_wire_casualty_takes_the_code_of_the_attack(text: str, code: str, source: str, target: str) -> None:
    found = coded(text)
    assert any(c == code and s == source and t == target for c, s, t, _ in found), found


@pytest.mark.parametrize("text,root,source,target", [
    ("A court in Moscow jailed an American reporter on Friday, drawing swift condemnation from Washington.", "11", "USA", "RUS"),
    ("Iran detained two French tourists, prompting criticism from Paris.", "11", "FRA", "IRN"),
    ("China sanctioned three American firms, drawing a rebuke from Washington.", "11", "USA", "CHN"),
])
def test_events_wire_reaction_from_a_party(text: str, root: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, root, source, target), found


@pytest.mark.parametrize("text,root,source,target", [
    ("A court in Moscow sentenced a French researcher to three years in prison.", "11", "RUS", "FRA"),
    ("Police in Tbilisi arrested two Russian citizens on Monday.", "17", "GEO", "RUS"),
    ("Authorities in Iran detained a British journalist.", "17", "IRN", "GBR"),
])
def test_events_wire_institution_placed_by_its_city(text: str, root: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, root, source, target), found


@pytest.mark.parametrize("text,root,source,target", [
    ("The UN Security Council voted to extend the mandate of the peacekeeping mission in Mali.", "07", "IGOUNO", "MLI"),
    ("The Security Council voted to renew the mandate of the peacekeeping force in Cyprus for a year.", "07", "IGOUNO", "CYP"),
    ("The Security Council voted to impose sanctions on North Korea.", "16", "IGOUNO", "PRK"),
])
def test_events_wire_un_votes(text: str, root: str, source: str, target: str) -> None:
    found = coded(text)
    assert any(c.startswith(root) and s == source and t == target and m == "actual" for c, s, t, m in found), found


@pytest.mark.parametrize("text,absent", [
    ("The Security Council voted to extend the mandate of the peacekeeping mission in Mali, with China and Russia abstaining.", "CHN"),
    ("The General Assembly adopted a resolution demanding that Israel withdraw, with 124 countries voting in favour and the United States voting against.", "USA"),
])
def test_events_wire_absolute_clause_names_no_target(text: str, absent: str) -> None:
    found = coded(text)
    assert found and not any(t == absent for _, _, t, _ in found), found


@pytest.mark.parametrize("text,root,source,target", [
    ("The United States deployed 3,000 soldiers to Poland.", "07", "USA", "POL"),
    ("Germany will deploy a brigade of 4,800 troops to Lithuania by 2027.", "03", "DEU", "LTU"),
    ("Britain deployed 900 troops to Estonia last year.", "07", "GBR", "EST"),
    # no host: a mobilisation stays 154
    ("Russia deployed more troops near the border with Ukraine.", "15", "RUS", "UKR"),
    ("Russia deployed tanks to the Ukrainian border.", "15", "RUS", "UKR"),
])
def test_events_wire_deployment_to_a_host_state(text: str, root: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, root, source, target), found
