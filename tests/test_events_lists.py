"""A list under an appeal: each line that opens with a verb is the appeal again (events/lists.py)."""

import pytest

pytestmark = pytest.mark.model

RELEASE = "Foreign, Commonwealth & Development Office (GOV.UK)"


def _listed(text, source=RELEASE):
    from communique.run import extract

    art = extract(text, published="2020-01-21", source=source, settings={"learned_check_threshold": 0})
    return [(e.cameo[:2], e.source.code[:3], e.target.code[:3], e.sentence_text)
            for e in art.events if "line of a listed appeal" in e.meta.get("notes", [])]


def test_each_numbered_line_is_an_appeal_to_the_country_named_above():
    text = ("UK statement at the Universal Periodic Review of Kenya\n\n"
            "The United Kingdom recommends that Kenya:\n\n"
            "1. Repeals the death penalty.\n"
            "2. Fully implement the anti-torture law.\n\n"
            "Thank you, Mr President.")
    got = _listed(text)
    assert [(r, s, t) for r, s, t, _ in got] == [("02", "GBR", "KEN")] * 2
    assert got[0][3] == "Repeals the death penalty."  # a capitalised verb the parser calls a noun
    assert not any("Thank you" in line for *_, line in got)  # the closing thanks ends the list


def test_we_in_a_release_is_the_publisher_and_the_focus_is_the_addressee():
    text = ("UK statement at the review of Nepal\n\n"
            "We welcome Nepal's delegation. Nepal has made progress since its last review in Kathmandu.\n\n"
            "We recommend:\n\n"
            "Ratifying the Convention against Torture;\n\n"
            "Ensuring that children are registered at birth.\n\n"
            "We wish Nepal a successful review.")
    got = _listed(text)
    assert [(r, s, t) for r, s, t, _ in got] == [("02", "GBR", "NPL")] * 2


def test_lines_that_do_not_open_with_a_verb_make_no_list():
    text = ("UK statement on Kenya\n\n"
            "The United Kingdom recommends that Kenya:\n\n"
            "The death penalty remains on the statute book.\n"
            "Repeals the death penalty.")
    assert _listed(text) == []  # the list ended at its first line
    assert _listed("The United Kingdom welcomes Kenya's reforms.\n\nRepeal the death penalty.") == []
