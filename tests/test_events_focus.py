"""The article's other party (events/focus.py): which side it is, the target it gives an
attack on an unnamed victim, and the candidate it adds to the learned fallback's pairs."""

from __future__ import annotations

import pytest

from communique.article import Actor, ActorRef, Article, Event, Mention
from communique.events.focus import NOTE, aim_at_focus, focus


def _actor(id_, code, starts, kind="state"):
    return Actor(id_, id_, code, kind=kind, mentions=[Mention(s, s + 3, id_, id_, code=code) for s in starts])


def _article(actors, publisher=None):
    art = Article(text="x" * 400)
    art.actors = actors
    if publisher:
        art.meta["publisher"] = publisher
    return art


def _event(code, source, target=None):
    return Event(id="E1", cameo=code, source=source, target=target)


def test_focus_is_the_most_mentioned_side_other_than_the_publishers():
    art = _article([_actor("a1", "GBR", [0, 50, 90, 120]), _actor("a2", "KEN", [10, 60]),
                    _actor("a3", "KENGOV", [200]), _actor("a4", "SOM", [30, 70])], publisher="GBR")
    main = focus(art)
    assert main is not None and main.code[:3] == "KEN"  # three mentions of Kenya's side, two of Somalia's
    assert main.id == "a2"  # Kenya's side by its most mentioned actor


def test_focus_ties_go_to_the_side_named_first_and_none_without_another_side():
    art = _article([_actor("a1", "SOM", [40, 80]), _actor("a2", "ETH", [5, 90])])
    assert focus(art).code == "ETH"
    assert focus(_article([_actor("a1", "USA", [0])], publisher="USA")) is None
    assert focus(_article([])) is None


def test_an_attack_with_no_victim_named_is_aimed_at_the_focus_even_its_own_country():
    rebels = _actor("a1", "AFGREB", [100])
    art = _article([_actor("a0", "AFG", [0, 20, 40]), _actor("a2", "PAK", [60]), rebels])
    art.events = [_event("190", ActorRef("a1", "AFGREB", "Taliban"))]
    aim_at_focus(art)
    event = art.events[0]
    assert event.target is not None and event.target.code == "AFG" and event.target.actor == "a0"
    assert NOTE in event.meta["notes"]


def test_an_attack_in_a_sentence_naming_another_country_is_not_aimed_at_the_focus():
    # A page about Israel; "Gunmen kill nine people on a bus in Balochistan, Pakistan."
    for pakistan, aimed in ((330, None), (100, "ISR")):  # Pakistan in the sentence, or elsewhere only
        rebels = _actor("a1", "PAKREB", [300])
        art = _article([_actor("a0", "ISR", [0, 20, 40]), _actor("a2", "PAK", [pakistan]), rebels])
        art.events = [_event("190", ActorRef("a1", "PAKREB", "Gunmen"))]
        art.events[0].sentence_span = (290, 350)
        aim_at_focus(art)
        target = art.events[0].target
        assert (target and target.code) == aimed


@pytest.mark.parametrize("code,target,participants", [
    ("043", None, []),          # a visit with no host named is no attack: left alone
    ("112", None, []),          # nor is criticism
    ("190", ActorRef("a2", "PAK", "Pakistan"), []),  # an attack with its victim named keeps it
])
def test_only_target_less_force_is_aimed(code, target, participants):
    art = _article([_actor("a0", "AFG", [0, 20, 40]), _actor("a2", "PAK", [60])])
    art.events = [_event(code, ActorRef("a0", "AFGGOV", "Afghanistan"), target)]
    aim_at_focus(art)
    assert art.events[0].target == target
    assert NOTE not in art.events[0].meta.get("notes", [])


@pytest.mark.parametrize("source,aimed", [
    ("AFGREB", True),    # insurgents attacking their own country: a domestic event
    ("AFGCOP", True),
    ("AFG", False),      # a state, its government or its army is never aimed at itself
    ("AFGGOV", False),
    ("AFGMIL", False),
])
def test_a_source_of_the_focus_country_is_aimed_at_it_only_when_not_the_state_itself(source, aimed):
    art = _article([_actor("a0", "AFG", [0, 20, 40]), _actor("a1", source, [100])])
    art.events = [_event("190", ActorRef("a1", source, "them"))]
    aim_at_focus(art)
    assert (art.events[0].target is not None) == aimed


def test_the_sources_own_mentions_do_not_make_the_focus():
    # a one-line report: the attackers are the only side named, so there is nothing to aim at
    art = _article([_actor("a1", "AFGREB", [0, 40, 80])])
    art.events = [_event("190", ActorRef("a1", "AFGREB", "Taliban"))]
    aim_at_focus(art)
    assert art.events[0].target is None
    assert focus(art, without="a1") is None and focus(art).id == "a1"


def test_an_international_body_as_focus_gives_no_target():
    art = _article([_actor("a0", "IGOWSTNAT", [0, 20, 40], kind="igo"), _actor("a1", "RUSMIL", [60])])
    art.events = [_event("190", ActorRef("a1", "RUSMIL", "Russian forces"))]
    aim_at_focus(art)
    assert art.events[0].target is None


@pytest.mark.model
def test_focus_targets_through_the_pipeline_and_only_for_force():
    from communique.run import extract

    art = extract("Afghan officials met Pakistani envoys in Kabul. Afghanistan has long accused Pakistan "
                  "of harbouring insurgents. Taliban militants attacked a checkpoint on Tuesday, killing "
                  "four soldiers.", published="2019-05-06", settings={"learned_events": False})
    force = [e for e in art.events if e.cameo.startswith("19")]
    assert [(e.source.code[:3], e.target and e.target.code) for e in force] == [("AFG", "AFG")]
    assert NOTE in force[0].meta["notes"]
    assert all(NOTE not in e.meta.get("notes", []) for e in art.events if not e.cameo.startswith(("18", "19", "20")))


@pytest.mark.model
def test_learned_fallback_may_pick_the_focus_from_outside_the_sentence():
    from communique.events.learned import parties
    from communique.run import extract

    art = extract("Kenya and Somalia held talks in Nairobi. Kenya's president spoke to reporters. "
                  "Kenya's foreign minister praised Kenya's police. "
                  "Somalia's foreign minister discussed the border dispute.", published="2019-05-06")
    last = list(art.sentences())[-1]
    mentions = art.mentions_between(last.start_char, last.end_char)
    found = [(p.side, p.kind, p.slot.role) for p, _ in parties(art, last, mentions)]
    assert ("SOM", "focus", "context") not in found  # Somalia is named here
    assert any(kind == "focus" and side == "KEN" for side, kind, _ in found), found


def test_focus_is_clear_only_when_named_twice_as_often_as_any_other_side():
    art = _article([_actor("a1", "TCD", [0, 40]), _actor("a2", "SDN", [10, 60])])
    assert focus(art).code == "TCD"  # ties: the first named
    assert focus(art, clear=True) is None  # but neither is clearly the article's party
    art = _article([_actor("a1", "TCD", [0, 40, 80]), _actor("a2", "SDN", [10, 60])])
    assert focus(art).code == "TCD"
    assert focus(art, clear=True) is None  # named more often, not twice as often (a digest of news)
    art = _article([_actor("a1", "TCD", [0, 40, 80, 120]), _actor("a2", "SDN", [10, 60])])
    assert focus(art, clear=True).code == "TCD"
