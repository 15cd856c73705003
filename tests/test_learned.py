"""The learned fallback (events/learned.py): events for sentences the rules leave silent."""

from __future__ import annotations

import json

import pytest

from communique.errors import DictionaryError
from communique.events.learned import MODEL, load_model, model_from_dict, propose


def test_learned_model_file_loads_with_its_header():
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    about = data["about"]
    assert about["training_data"] and "Open Government Licence" in about["licences"]
    assert "MIT" in about["licences"]  # the word table's PETRARCH-2 facts
    model = load_model()
    assert model.roots == tuple(f"{n:02d}" for n in range(1, 21))
    assert load_model() is model  # read once per process
    assert MODEL.stat().st_size < 3_000_000


def test_learned_model_is_deterministic():
    model = model_from_dict(json.loads(MODEL.read_text(encoding="utf-8")))
    feats = ["root=condemn", "v=condemn", "lex=11", "vo=condemn_attack"]
    first = model.probabilities(feats)
    assert first == model.probabilities(list(feats)) == load_model().probabilities(feats)
    assert max(first, key=first.get) == "11"


@pytest.mark.parametrize("change", [{"roots": ["01"]}, {"weights": {"v=x": [0.1]}}, {"pair_bias": "x"}])
def test_learned_malformed_model_is_refused(change):
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    data.update(change)
    with pytest.raises(DictionaryError) as err:
        model_from_dict(data)
    assert "E601" in str(err.value)


def _silent(text):
    """The article with its rule events removed, as if the rules coded nothing."""
    from communique.run import extract

    article = extract(text, published="2024-04-15")
    article.events = []
    return article


@pytest.mark.model
def test_learned_condemnation_gets_root_11_from_the_subject():
    events = propose(_silent("Britain condemned the attack by Iran."), {})
    assert [(e.cameo[:2], e.source.code[:3], e.target and e.target.code[:3]) for e in events] == [
        ("11", "GBR", "IRN")]
    event = events[0]
    assert event.mode == "actual" and event.id == "E1"
    assert event.sentence_text == "Britain condemned the attack by Iran."
    assert 0.05 <= event.confidence <= 0.6 and "learned root 11" in event.meta["notes"][0]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The weather was cold and it rained all day.",           # no actor at all
    "Britain did not condemn the attack by Iran.",           # negated main clause
    "Would Britain condemn the attack by Iran?",             # a question
])
def test_learned_proposes_nothing(text):
    assert propose(_silent(text), {}) == []


@pytest.mark.model
def test_learned_leaves_coded_sentences_and_can_be_switched_off():
    from communique.run import extract

    article = extract("Britain condemned the attack by Iran.")
    assert article.events  # the rules coded it, so the fallback adds nothing
    assert propose(article, {}) == []
    assert propose(_silent("Britain condemned the attack by Iran."), {"learned_events": False}) == []
    assert propose(_silent("Britain condemned the attack by Iran."), {"learned_threshold": 0.99}) == []
