"""A title and a surname without a country resolve through the dated office holders."""

from __future__ import annotations

import pytest

from actors_helpers import by_text, run


@pytest.mark.parametrize("text, day, mention, name, code", [
    ("President Bush threatened Iraq with war.", "1991-01-10", "President Bush", "George H. W. Bush", "USAGOV"),
    ("President Bush threatened Iraq with war.", "2003-03-10", "President Bush", "George W. Bush", "USAGOV"),
    ("President Clinton met the envoy in Oslo.", "1999-01-10", "President Clinton", "Bill Clinton", "USAGOV"),
    ("Secretary of State Clinton spoke in Rome.", "2010-01-01", "Secretary of State Clinton", "Hillary Clinton",
     "USAGOV"),
    ("Secretary of State Rice arrived in Cairo.", "2006-05-01", "Secretary of State Rice", "Condoleezza Rice",
     "USAGOV"),
    ("Chancellor Merkel said the talks would go on.", "2010-05-01", "Chancellor Merkel", "Angela Merkel", "DEUGOV"),
    ("President Erdogan warned the rebels.", "2018-01-01", "President Erdogan", "Recep Tayyip Erdogan", "TURGOV"),
    # no date: the one holder of any date with that surname and office
    ("Chancellor Merkel said the talks would go on.", None, "Chancellor Merkel", "Angela Merkel", "DEUGOV"),
])
def test_title_and_surname_resolve_to_the_holder(text, day, mention, name, code):
    actor = by_text(run(text, day), mention)
    assert actor is not None
    assert (actor.name, actor.code, actor.kind) == (name, code, "person")


@pytest.mark.parametrize("text, day, mention", [
    ("President Bush threatened Iraq with war.", None, "President Bush"),      # two Bushes, no date
    ("President Smithers said talks would go on.", "2006-05-01", "President Smithers"),  # no such holder
    ("President Clinton met the envoy in Oslo.", "2010-05-01", "President Clinton"),  # Bill out of office
    ("General Clinton met the envoy in Oslo.", "1999-01-10", "General Clinton"),  # a title with no office
])
def test_title_and_surname_left_uncoded(text, day, mention):
    actor = by_text(run(text, day), mention)
    assert actor is not None
    assert actor.country is None and actor.code.startswith("---")


def test_later_surname_links_to_the_resolved_holder():
    article = run("President Clinton met the envoy in Oslo. Clinton said he was hopeful.", "1999-01-10")
    actor = by_text(article, "President Clinton")
    assert actor is not None and [m.text for m in actor.mentions][:2] == ["President Clinton", "Clinton"]


@pytest.mark.parametrize("text, day, mention, code", [
    # middle initials and suffixes do not hide a listed holder
    ("Defense Secretary Robert M. Gates met Chinese officials.", "2007-11-05", "Defense Secretary Robert M. Gates",
     "USAMIL"),
    # a civil title with no office of its own: the one holder of any office with that surname
    ("Secretary Blinken spoke with the envoy.", "2023-03-01", "Secretary Blinken", "USAGOV"),
])
def test_titled_names_find_their_holder(text, day, mention, code):
    actor = by_text(run(text, day), mention)
    assert actor is not None and actor.code == code


def test_titled_person_takes_the_country_of_an_apposition():
    a = run("Blinken spoke with General Abdel Fattah al Burhan, Commander of the Sudanese Armed Forces.")
    actor = by_text(a, "General Abdel Fattah al Burhan")
    assert actor is not None and actor.code == "SDNMIL"
