"""Acceptance: the shared four-way talks article against its gold actors."""

from __future__ import annotations

import pytest

from actors_helpers import norm, run
from conftest import shared_path


@pytest.fixture(scope="module")
def seed():
    text = shared_path("examples", "four-way-talks.txt").read_text(encoding="utf-8")
    return run(text, "2023-05-11")


def _match(article, gold):
    """The article actor for a gold actor: same code (or, for NATO, its short name)."""
    found = [a for a in article.actors if gold["code"] in (a.code, a.name)]
    if len(found) > 1:
        surname = gold["name"].split()[-1].lower().split("-")[-1]
        found = [a for a in found if surname in a.name.lower()] or found
    return found[0] if found else None


def test_every_gold_actor_found_with_its_code(seed, seed_gold):
    missing = [g["name"] for g in seed_gold["actors"] if _match(seed, g) is None]
    assert missing == []


def test_every_gold_mention_is_linked(seed, seed_gold):
    unlinked = []
    for gold in seed_gold["actors"]:
        actor = _match(seed, gold)
        texts = {norm(m.text) for m in actor.mentions}
        unlinked += [(gold["name"], t) for t in gold["mentions"] if norm(t) not in texts]
    assert unlinked == []


@pytest.mark.parametrize("mention,code", [
    ("The top Iranian diplomat", "IRNGOV"),
    ("Moscow", "RUS"),
    ("Damascus", "SYR"),
    ("its own troops", "TURMIL"),
    ("the U.S. forces", "USAMIL"),
    ("Syrian state media", "SYRMED"),
])
def test_named_mentions(seed, mention, code):
    hits = [a for a in seed.actors for m in a.mentions if norm(m.text) == norm(mention)]
    assert hits and hits[0].code == code


def test_pronoun_he_after_the_ministry_is_amir_abdollahian(seed):
    start = seed.text.index("He said Syria")
    m = seed.mention_at(start, start + 2)
    assert m is not None and m.kind == "pronoun"
    assert seed.actor(m.actor_id).name.endswith("Amir-Abdollahian")


def test_foreign_ministers_of_list_carry_gov_codes(seed):
    start = seed.text.index("The foreign ministers of")
    end = seed.text.index(" met in Moscow")
    got = {seed.ref(m).code for m in seed.mentions_between(start, end) if m.kind == "name"}
    assert got == {"TURGOV", "SYRGOV", "RUSGOV", "IRNGOV"}


def test_ids_in_order_of_first_mention(seed):
    firsts = [min(m.start for m in a.mentions) for a in seed.actors]
    assert firsts == sorted(firsts)
    assert [a.id for a in seed.actors] == [f"A{i}" for i in range(1, len(seed.actors) + 1)]


def test_full_pipeline_keeps_the_gold_actors(seed_article, seed_gold):
    """The default pipeline (all stages) leaves the actors intact."""
    got = {a.code for a in seed_article.actors} | {a.name for a in seed_article.actors}
    assert {g["code"] for g in seed_gold["actors"]} <= got
