"""A sentence-initial acronym the parser reads as a verb or clause word is
parsed again (events/acronyms.py); the acronym becomes the source."""

from __future__ import annotations

from typing import Any

import pytest

from test_events_wire import coded, has


@pytest.mark.parametrize("text,root,source,target", [
    ("ECOWAS imposed sanctions on Niger after the coup.", "16", "IGOWAS", "NER"),
    ("ECOWAS lifts sanctions on Mali.", "08", "IGOWAS", "MLI"),
    ("Kenya met Chad on Monday. ECOWAS imposed sweeping economic sanctions on Guinea's junta on Sunday.",
     "16", "IGOWAS", "GIN"),
])
def test_events_acronyms_misparsed_acronym_is_the_source(text: str, root: str, source: str, target: str) -> None:
    assert has(coded(text), root, source, target)


@pytest.mark.parametrize("text", [
    "Kenya met Chad on Monday.",
    "NATO expelled eight Russian diplomats.",
    "AU suspends Gabon after military coup",
    "WASHINGTON (Reuters) - The talks ended on Monday.",
    "BRUSSELS, March 3 - Ministers met.",
])
def test_events_acronyms_well_parsed_sentences_are_left_alone(nlp: Any, text: str) -> None:
    from communique.language.acronyms import reparse_acronyms

    doc = nlp(text)
    assert reparse_acronyms(doc, nlp) is doc


def test_events_acronyms_reparse_keeps_words_offsets_and_sentences(nlp: Any) -> None:
    from communique.language.acronyms import reparse_acronyms

    doc = nlp("ECOWAS imposed sanctions on Niger after the coup. Kenya met Chad.")
    out = reparse_acronyms(doc, nlp)
    assert out is not doc
    assert [(t.text, t.idx) for t in out] == [(t.text, t.idx) for t in doc]
    assert [s.start for s in out.sents] == [s.start for s in doc.sents]
    first = out[0]
    assert first.text == "ECOWAS" and first.dep_ == "nsubj" and first.head.lemma_ == "impose"
