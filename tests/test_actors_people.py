"""People: titled persons, invented people, surname linking, date-aware office holders."""

from __future__ import annotations

import pytest

from actors_helpers import by_text, run


@pytest.mark.parametrize("text,mention,code,title", [
    ("Russian Foreign Minister Sergei Lavrov arrived in Ankara.", "Russian Foreign Minister Sergei Lavrov",
     "RUSGOV", "Foreign Minister"),
    ("Syria's foreign minister, Faisal Mekdad, spoke to reporters.", "Syria's foreign minister, Faisal Mekdad",
     "SYRGOV", "Foreign minister"),
    ("Lithuanian Deputy Agriculture Minister Jonas Invented visited Riga.",
     "Lithuanian Deputy Agriculture Minister Jonas Invented", "LTUGOV", "Deputy Agriculture Minister"),
    ("Chilean Defense Minister Marta Imaginaria inspected the troops.",
     "Chilean Defense Minister Marta Imaginaria", "CHLMIL", "Defense Minister"),
    ("Kenyan President Otieno Madeup opened the summit.", "Kenyan President Otieno Madeup", "KENGOV", "President"),
])
def test_titled_people(text, mention, code, title):
    a = run(text)
    actor = by_text(a, mention)
    assert actor is not None and actor.kind == "person"
    assert actor.code == code and actor.title == title


def test_invented_person_with_country_from_context():
    a = run("Foreign Minister Petra Fictiva said Slovakia is ready to mediate.")
    assert by_text(a, "Foreign Minister Petra Fictiva").code == "SVKGOV"


def test_no_country_means_no_guess():
    a = run("Foreign Minister Petra Fictiva said the region must be calm.")
    assert by_text(a, "Foreign Minister Petra Fictiva").country is None


@pytest.mark.parametrize("text,surname", [
    ("Croatian Interior Minister Ivan Nepostojeci visited Zagreb. Nepostojeci said police were ready.",
     "Nepostojeci"),
    ("Syrian President Bashar al-Assad met envoys. Assad thanked them.", "Assad"),
    ("Foreign Minister Hussein Amir-Abdollahian said Iran is ready. Amir-Abdollahian added more.",
     "Amir-Abdollahian"),
])
def test_surnames_link_to_the_person(text, surname):
    a = run(text)
    full = [x for x in a.actors if x.kind == "person"]
    assert len(full) == 1
    assert surname in {m.text for m in full[0].mentions}


@pytest.mark.parametrize("day,phrase,name", [
    ("2010-06-01", "the U.S. president", "Barack Obama"),
    ("2023-06-01", "the U.S. president", "Joe Biden"),
    ("2010-06-01", "the Russian president", "Dmitry Medvedev"),
    ("2023-06-01", "the Russian president", "Vladimir Putin"),
    ("2003-01-10", "the Russian foreign minister", "Igor Ivanov"),
    ("2023-06-01", "the Russian foreign minister", "Sergei Lavrov"),
    ("2016-03-01", "the NATO secretary-general", None),
])
def test_office_holders_by_date(day, phrase, name):
    a = run(f"Officials said {phrase} would attend the meeting.", day)
    actor = by_text(a, phrase)
    if name is None:
        assert actor is None or actor.kind != "person"
    else:
        assert actor is not None and actor.name == name and actor.kind == "person"


def test_dictionary_person_code_changes_with_office():
    early = by_text(run("Erdogan spoke on Monday.", "2010-01-01"), "Erdogan")
    late = by_text(run("Erdogan spoke on Monday.", "2020-01-01"), "Erdogan")
    assert early.code == late.code == "TURGOV"
    assert by_text(run("Putin spoke on Monday.", "2023-01-01"), "Putin").code == "RUSGOV"


def test_a_nationality_beats_a_dictionary_namesake():
    a = run("Jordan's King Abdullah visited Amman.", "2023-01-01")
    assert by_text(a, "Jordan's King Abdullah").code == "JORGOV"


@pytest.mark.parametrize("text,mention,code", [
    ("Hezbollah leader Hassan Nasrallah said the group would respond.", "Hezbollah leader Hassan Nasrallah",
     "LBNREB"),
    ("The European Union's foreign policy chief Josep Borrell visited Kyiv.",
     "European Union's foreign policy chief Josep Borrell", "IGOEEC"),
    ("Pakistan's army chief, General Asim Munir, met Afghan officials.",
     "Pakistan's army chief, General Asim Munir", "PAKMIL"),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei warned Washington.",
     "Iran's Supreme Leader Ayatollah Ali Khamenei", "IRNGOV"),
])
def test_titles_after_groups_and_honorifics(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.kind == "person" and actor.code == code


def test_definite_title_links_to_the_only_person_of_that_country():
    a = run("Mr. Erdogan said Turkey would not back down. The Turkish leader spoke in Istanbul.")
    assert by_text(a, "The Turkish leader").name == "Recep Tayyip Erdogan"


def test_name_particles_and_a_new_office():
    a = run("European Commission President Ursula von der Leyen arrived by train. "
            "Later von der Leyen spoke.", "2024-02-24")
    actor = by_text(a, "European Commission President Ursula von der Leyen")
    assert actor is not None and actor.code == "IGOEEC" and actor.name == "Ursula von der Leyen"
    assert "von der Leyen" in {m.text for m in actor.mentions}


def test_actors_a_title_with_its_office_before_the_name():
    from actors_helpers import run

    a = run("British Minister of State for Middle Eastern Affairs, Alistair Burt arrived in Basra.")
    assert [(x.name, x.code) for x in a.actors if x.kind == "person"] == [("Alistair Burt", "GBRGOV")]


def test_actors_a_verb_after_a_name_is_no_apposition():
    from actors_helpers import run

    a = run("Minister for the Middle East, Dr Andrew Murrison, visits Iran")
    assert all(x.code != "IRNGOV" for x in a.actors if x.kind == "person")


def test_actors_a_rank_and_its_service_are_not_the_name():
    from actors_helpers import run

    a = run("Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder said the trip was productive.")
    assert [x.name for x in a.actors if x.kind == "person"] == ["Pat Ryder"]
