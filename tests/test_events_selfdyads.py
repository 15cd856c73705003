"""Events with no source, and a state talking to itself, are left out."""

from __future__ import annotations

from communique.article import ActorRef, Article, Event
from communique.events.selfdyads import drop_empty_and_self, self_talk


def _event(code, source, target, participants=()):
    ref = lambda c: ActorRef(actor=c, code=c, name=c) if c else None  # noqa: E731
    return Event(id="E", cameo=code, source=ref(source), target=ref(target),
                 participants=[ref(p) for p in participants])


def test_a_state_and_its_own_organs_in_a_verbal_act_is_no_event():
    assert self_talk(_event("040", "USAGOV", "USAGOV"))
    assert self_talk(_event("051", "GBR", "GBRGOV"))
    assert self_talk(_event("030", "USAMIL", "USAGOV"))


def test_domestic_force_opposition_and_other_countries_stay():
    assert not self_talk(_event("1724", "PERGOV", "PER"))     # a state of emergency over its own country
    assert not self_talk(_event("111", "JPNOPP", "JPNGOV"))   # the opposition criticises the government
    assert not self_talk(_event("040", "USAGOV", "RUSGOV"))
    assert not self_talk(_event("051", "PHLGOV", "PHL", ["PHLGOV", "USAGOV"]))


def test_drop_keeps_meetings_between_participants_and_renumbers():
    art = Article(text="x", id="x")
    art.events = [_event("030", None, "USAMIL"), _event("043", None, None, ["ETHGOV", "ERIGOV"]),
                  _event("051", "GBR", "GBRGOV"), _event("111", "GBRGOV", "IRNGOV")]
    drop_empty_and_self(art)
    assert [(e.id, e.cameo) for e in art.events] == [("E1", "043"), ("E2", "111")]
