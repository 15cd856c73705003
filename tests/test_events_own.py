"""The unnamed other side of a domestic event (events/own.py): the table that gives its
role, the pseudo-party the learned part's pair model may choose, and the actor it becomes."""

from __future__ import annotations

import pytest

from communique.article import Actor, ActorRef, Article
from communique.errors import DictionaryError
from communique.events.learned import best_pair, choices, model_from_dict, propose
from communique.events.learned_features import Party, Slot
from communique.events.own import OWN, WHY, load_own, other_side, own_party


def _party(actor, side, role="nsubj", kind="name", order=0):
    return Party(actor, side, Slot(role, True), order, kind)


def test_the_shipped_table_loads_and_covers_force_and_coercion_but_not_talks():
    table = load_own()
    assert {"14", "17", "18", "19"} <= set(table)
    assert not {"01", "04", "05", "06", "07"} & set(table)
    assert table["14"]["state"] == ("source", "CVL")  # "protests in Haiti": civilians against the state


@pytest.mark.parametrize("body, detail", [
    ('roots:\n  "14": {state: [source, XYZ], other: [target, GOV]}\n', "ROLE"),
    ('roots:\n  "14": {state: [beside, CVL], other: [target, GOV]}\n', "source|target"),
    ('roots:\n  "14": {state: [source, CVL]}\n', "other"),
    ('roots:\n  14: {state: [source, CVL], other: [target, GOV]}\n', "roots"),
    ('roots:\n  "141": {state: [source, CVL], other: [target, GOV]}\n', "two digits"),
])
def test_a_bad_table_names_the_file_and_the_entry(tmp_path, body, detail):
    path = tmp_path / "own_country.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_own(str(path))
    assert err.value.code == "E601" and str(path) in str(err.value) and detail in str(err.value)


def test_only_a_country_has_an_own_side():
    assert own_party(_party("A1", "IGOUNO")) is None
    own = own_party(_party("A1", "HTI"))
    assert own is not None and own.kind == OWN and own.side == "HTI" and own.actor != "A1"
    assert own_party(own) is None


def test_own_country_choices_only_for_the_tables_roots():
    found = [(_party("A1", "HTI"), ActorRef("A1", "HTI", "Haiti")), (_party("A2", "USA", "pobj", order=1),
                                                                     ActorRef("A2", "USA", "United States"))]
    assert not any(t is not None and t.kind == OWN for _, t in choices(found))
    assert not any(t is not None and t.kind == OWN for _, t in choices(found, "04"))
    own = [(s.actor, t.side) for s, t in choices(found, "14") if t is not None and t.kind == OWN]
    assert own == [("A1", "HTI"), ("A2", "USA")]


@pytest.mark.parametrize("root, named, source, target", [
    ("14", "HTI", "HTICVL", "HTI"),            # protests in Haiti: civilians against the state
    ("14", "HTIOPP", "HTIOPP", "HTIGOV"),      # opposition supporters protest: against the government
    ("17", "TURGOV", "TURGOV", "TURCVL"),      # the state arrests people
    ("17", "TUROPP", "TURCOP", "TUROPP"),      # an opposition leader arrested: by the police
    ("19", "SYRREB", "SYRREB", "SYRMIL"),      # rebels fight the army
    ("19", "SYRMIL", "SYRMIL", "SYRREB"),      # the army fights rebels
])
def test_the_unnamed_side_takes_the_tables_role_and_place(root, named, source, target):
    art = Article(text="x" * 50)
    art.actors = [Actor("A1", "named", named)]
    pair = other_side(art, root, ActorRef("A1", named, "named"))
    assert pair is not None
    assert (pair[0].code, pair[1].code) == (source, target)
    added = [a for a in art.actors if a.meta.get("inferred") == WHY]
    assert len(added) == 1 and not added[0].mentions and added[0].code in (source, target)
    assert other_side(art, root, ActorRef("A1", named, "named")) == pair  # added once
    assert other_side(art, "04", ActorRef("A1", named, "named")) is None


def _model(own_weight):
    """A two-root model that always says "protest" (14), and a pair model that likes a
    named subject as source and, by ``own_weight``, the source's own country as target."""
    return model_from_dict({
        "roots": ["14", "04"], "bias": [9.0, -9.0], "weights": {}, "codes": {"14": "141", "04": "040"},
        "alone_roots": [], "pair_bias": -1.0,
        "pair_weights": {"s=nsubj": 2.0, "t_kind=own": own_weight},
    })


def test_the_pair_model_may_choose_the_own_country():
    found = [(_party("A1", "HTI"), ActorRef("A1", "HTIOPP", "opposition"))]
    assert best_pair(_model(-5.0), "14", found)[0] < 0.05  # the only choice, and a poor one
    prob, source, target = best_pair(_model(3.0), "14", found)
    assert prob > 0.9 and source.actor == "A1" and target.actor == "" and target.code == "HTI"


@pytest.mark.model
def test_a_learned_protest_in_one_country_gets_its_unnamed_side():
    from communique.run import extract

    art = extract("Thousands of opposition supporters marched in Port-au-Prince, Haiti, on Sunday.",
                  published="2019-02-10", settings={"learned_events": False})
    art.events = []  # as if no rule had coded the march
    added = propose(art, {"learned_threshold": 0.5}, model=_model(3.0))
    assert added, [(m.text, m.code) for m in art.mentions]
    event = added[0]
    assert event.cameo.startswith("14")
    assert (event.source.code, event.target.code) == ("HTIOPP", "HTIGOV")  # the opposition against the state
    unnamed = next(a for a in art.actors if a.id in (event.source.actor, event.target.actor) and a.meta.get("inferred"))
    assert unnamed.meta["inferred"] == WHY and not unnamed.mentions
