"""Actor coverage: NGOs, more IGOs and armed groups, peoples, regions, titled figures,
home forces coded from the sentence (sentences of our own, one behaviour per test)."""

from __future__ import annotations

import pytest

from actors_helpers import by_text, run


@pytest.mark.parametrize("text,mention,code", [
    ("Amnesty International accused the army of torture.", "Amnesty International", "NGOAMN"),
    ("Human Rights Watch said the vote was unfair.", "Human Rights Watch", "NGOHRW"),
    ("Doctors Without Borders evacuated its staff.", "Doctors Without Borders", "NGOMSF"),
    ("MSF said two of its clinics were hit.", "MSF", "NGOMSF"),
    ("The Red Cross visited the prisoners on Monday.", "Red Cross", "NGOIRC"),
    ("The ICRC called for restraint.", "ICRC", "NGOIRC"),
    ("Greenpeace activists boarded the tanker.", "Greenpeace", "NGMENVGRP"),
    ("Transparency International ranked the country low.", "Transparency International", "NGOTRI"),
    ("Oxfam warned of famine.", "Oxfam", "NGOXFM"),
])
def test_ngos_are_found(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code and actor.country is None


@pytest.mark.parametrize("text,mention,code", [
    ("The European Community gave aid to Poland.", "European Community", "IGOEEC"),
    ("APEC leaders met in Lima.", "APEC", "IGOAPC"),
    ("SAARC postponed its summit.", "SAARC", "IGOSAA"),
    ("The Paris Club agreed to reschedule the debt.", "Paris Club", "IGOPRC"),
    ("Mercosur opened talks with Canada.", "Mercosur", "IGOMER"),
])
def test_more_igos(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text,mention,code", [
    ("Syrian-backed Amal militia shelled the camp.", "Amal militia", "LBNREB"),
    ("The Tamil Tigers attacked a naval base.", "Tamil Tigers", "LKAREB"),
    ("UNITA rejected the ceasefire.", "UNITA", "AGOREB"),
    ("The Moro Islamic Liberation Front signed the accord.", "Moro Islamic Liberation Front", "PHLREB"),
    ("The Lord's Resistance Army abducted children.", "Lord's Resistance Army", "UGAREB"),
])
def test_more_armed_groups(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


def test_backer_is_not_the_groups_country():
    a = run("Syrian-backed Amal militia shelled the camp.")
    assert by_text(a, "Syrian").code == "SYR"
    assert "SYRREB" not in {x.code for x in a.actors}
