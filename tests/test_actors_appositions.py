"""Unlisted people described by an apposition after their name get a person actor."""

from __future__ import annotations

import pytest

from actors_helpers import by_text, run
from communique.actors.appositions import load_occupations
from communique.errors import DictionaryError


@pytest.mark.parametrize("text, name, code", [
    ('"We have nothing left," said Olena Petrenko, a 45-year-old teacher in Kharkiv.', "Olena Petrenko", "UKRCVL"),
    ("Ahmed Hassan, a spokesman for the Sudanese army, said the rebels had retreated.", "Ahmed Hassan", "SDNMIL"),
    ("Karim Nasser, a senior Iraqi official, said talks would resume.", "Karim Nasser", "IRQGOV"),
    ("Ali Reza, a member of the Syrian opposition, said the talks failed.", "Ali Reza", "SYROPP"),
    ("Sara Cohen, a nurse in Kyiv, said the hospital was full.", "Sara Cohen", "UKRHLH"),
    ("Maria Lopez, a teacher, said the school was closed.", "Maria Lopez", "---CVL"),
    ("Pedro Alvarez, a Colombian farmer, said the soldiers burned his crops.", "Pedro Alvarez", "COLAGR"),
])
def test_apposition_makes_a_coded_person(text, name, code):
    actor = by_text(run(text), name)
    assert actor is not None
    assert (actor.name, actor.code, actor.kind) == (name, code, "person")


@pytest.mark.parametrize("text, name", [
    ("John Smith said the school was closed.", "John Smith"),                 # a bare name
    ("Maria Lopez, who lives nearby, said the school was closed.", "Maria Lopez"),  # no describing word
    ("Maria Lopez, a fine day, said nothing.", "Maria Lopez"),               # nothing we know describes her
])
def test_no_actor_without_a_describing_apposition(text, name):
    assert by_text(run(text), name) is None


def test_a_listed_person_keeps_their_own_code():
    article = run("Sergei Lavrov, a veteran diplomat, said the talks were useful.")
    actor = by_text(article, "Sergei Lavrov")
    assert actor is not None and actor.code == "RUSGOV"


def test_later_surname_links_to_the_described_person():
    article = run("Ahmed Hassan, a spokesman for the Sudanese army, said the rebels had retreated. "
                  "Hassan added that the road was open.")
    actor = by_text(article, "Ahmed Hassan")
    assert actor is not None and [m.text for m in actor.mentions] == ["Ahmed Hassan", "Hassan"]


def test_quotes_take_the_described_person_as_speaker():
    from communique.run import extract

    article = extract('"We will hold the bridge," said Ahmed Hassan, a spokesman for the Sudanese army.',
                      published="2023-05-11")
    assert article.quotes
    speaker = article.quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.code) == ("Ahmed Hassan", "SDNMIL")


@pytest.mark.parametrize("body, problem", [
    ("roles: {CVL: [Teacher]}\nmembers: []\n", "lower-case"),
    ("roles: {CIVIL: [teacher]}\nmembers: []\n", "three capital letters"),
    ("roles: {CVL: [teacher], EDU: [teacher]}\nmembers: []\n", "listed twice"),
    ("roles: {CVL: [teacher]}\n", "members"),
])
def test_occupations_validator_rejects_bad_entries(tmp_path, body, problem):
    path = tmp_path / "occupations.yml"
    path.write_text("version: 1\n" + body)
    with pytest.raises(DictionaryError) as err:
        load_occupations(path)
    assert problem in str(err.value)


def test_builtin_occupations_load():
    words, members = load_occupations()
    assert words["teacher"] == "CVL" and "member" in members
