"""Role phrases and conservative coreference (nominal and pronominal)."""

from __future__ import annotations

import pytest

from actors_helpers import by_text, code_at, codes, run


@pytest.mark.parametrize("text,mention,code", [
    ("Turkish troops crossed the border.", "Turkish troops", "TURMIL"),
    ("The Indian army moved north.", "The Indian army", "INDMIL"),
    ("Egyptian police detained dozens.", "Egyptian police", "EGYCOP"),
    ("Syrian state media reported the attack.", "Syrian state media", "SYRMED"),
    ("Ukraine's armed forces shot down drones.", "Ukraine's armed forces", "UKRMIL"),
    ("Palestinian militants fired rockets.", "Palestinian militants", "PSEREB"),
])
def test_role_phrases_make_sector_actors(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code and actor.kind == "sector"


def test_government_phrase_is_the_state_in_a_role():
    a = run("The Syrian government rejected the plan.")
    m = a.mention_at(0, 5)
    assert a.actor(m.actor_id).code == "SYR" and a.ref(m).code == "SYRGOV"


@pytest.mark.parametrize("text,expected", [
    ("The foreign ministers of Egypt, Jordan and Iraq met in Cairo.", {"EGYGOV", "JORGOV", "IRQGOV"}),
    ("Greek and Cypriot defence ministers held talks.", {"GRCMIL", "CYPMIL"}),
])
def test_lists_carry_codes_in_context(text, expected):
    a = run(text)
    assert expected <= {a.ref(m).code for m in a.mentions}


def test_its_own_troops_follows_the_subject_state():
    a = run("Poland said it would send its own troops to the border.")
    actor = by_text(a, "its own troops")
    assert actor is not None and actor.code == "POLMIL"


def test_member_phrase():
    a = run("EU member Hungary vetoed the package.")
    assert by_text(a, "EU member Hungary").code == "HUN"
    assert by_text(a, "EU").code == "IGOEEC"


def test_opposition_without_country_takes_it_from_the_target():
    a = run("Qatar backed armed opposition to Libyan leader Muammar Gaddafi in 2011.", "2011-05-01")
    assert by_text(a, "armed opposition").code == "LBYREB"


def test_opposition_stays_uncoded_when_unclear():
    a = run("Rebels clashed with soldiers from Mali and Burkina Faso near the border.")
    assert by_text(a, "Rebels") is None


@pytest.mark.parametrize("text,phrase,name", [
    ("Bahraini Foreign Minister Tariq Nonexist arrived in Oman. The top Bahraini diplomat met officials.",
     "The top Bahraini diplomat", "Tariq Nonexist"),
    ("Kuwaiti Foreign Minister Salem Fakename spoke. Kuwait's foreign minister later left.",
     "Kuwait's foreign minister", "Salem Fakename"),
])
def test_nominal_titles_link_to_the_person(text, phrase, name):
    actor = by_text(run(text), phrase)
    assert actor is not None and actor.name == name


def test_the_ministry_is_the_last_ministers_government():
    a = run("Norwegian Foreign Minister Ola Fiktiv met envoys. The ministry said talks would go on.")
    start = a.text.index("The ministry")
    m = a.mention_at(start, start + 12)
    assert a.ref(m).code == "NORGOV"


@pytest.mark.parametrize("text,phrase,code", [
    ("Iran and Syria talked. Turkey can cooperate with the Arab country, Iran said.", "the Arab country", "SYR"),
    ("Norway and Chile signed a deal. The Nordic nation will invest.", "The Nordic nation", "NOR"),
])
def test_nominal_states(text, phrase, code):
    actor = by_text(run(text), phrase)
    assert actor is not None and actor.code == code


def test_nominal_state_unresolved_when_two_fit():
    a = run("Egypt and Jordan talked. The Arab country will host the next round.")
    assert by_text(a, "The Arab country") is None


def test_pronoun_links_to_the_only_person_in_reach():
    a = run("Danish Prime Minister Sofie Ukendt visited Kyiv. She said Denmark would help.")
    start = a.text.index("She")
    m = a.mention_at(start, start + 3)
    assert m is not None and m.kind == "pronoun" and a.actor(m.actor_id).name == "Sofie Ukendt"


def test_subject_pronoun_continues_the_previous_subject():
    """Two people in reach: a subject "He" is the subject of the sentence before."""
    a = run("French President Emmanuel Macron met German Chancellor Olaf Scholz. He said Europe must act.")
    start = a.text.index("He said")
    m = a.mention_at(start, start + 2)
    assert m is not None and a.actor(m.actor_id).name == "Emmanuel Macron"


def test_pronoun_unresolved_when_two_people_in_reach_and_no_subject_to_continue():
    a = run("Reporters asked French President Emmanuel Macron about German Chancellor Olaf Scholz. "
            "He said Europe must act.")
    start = a.text.index("He said")
    assert a.mention_at(start, start + 2) is None


@pytest.mark.parametrize("text", [
    "The minister told reporters in Kyiv that talks would go on.",
    "American troops in Syria came under fire.",
])
def test_in_a_place_is_not_an_affiliation(text):
    a = run(text)
    assert not {a.ref(m).code for m in a.mentions} & {"UKRMED", "SYRMIL"}


def test_a_release_publisher_is_not_the_rebels_home():
    text = "UK statement on Sudan\n\nWe are urging the warring factions to agree a ceasefire, and the UK will help."
    release = run(text, source="Foreign, Commonwealth & Development Office (GOV.UK)")
    assert "GBRREB" not in codes(release)
    assert "GBRREB" in codes(run(text))  # in other news the one country named is still their home


def test_proxy_is_not_the_rebels_home():
    a = run("Turkish-backed rebels seized the town.")
    assert "TURREB" not in {x.code for x in a.actors}


@pytest.mark.parametrize("text,mention,code", [
    ("Israeli strikes killed Hamas fighters.", "Hamas fighters", "PSEREB"),
    ("The Pentagon said it would send more jets.", "Pentagon", "USAMIL"),
    ("The Syrian Arab Army advanced while the Syrian army shelled Idlib.", "the Syrian army", "SYRMIL"),
    ("Brazilian rebel fighters said the door was open.", "Brazilian rebel fighters", "BRAREB"),
    ("The FARDC retook the town from the rebels.", "FARDC", "CODMIL"),  # an army by its acronym alone
    ("The Tatmadaw shelled the village.", "Tatmadaw", "MMRMIL"),
    ("The KNU said the talks had failed.", "KNU", "MMRREB"),
])
def test_groups_and_seats_with_roles(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


def test_an_armys_own_name_needs_its_country_where_others_share_it():
    # "Self-Defense Forces" alone also names Colombia's paramilitaries; only Japan's full name is a seat
    assert "JPNMIL" not in {x.code for x in run("The United Self-Defense Forces of Colombia attacked.").actors}
    assert "JPNMIL" in {x.code for x in run("The Japan Maritime Self-Defense Force joined the drill.").actors}


def test_seat_and_phrase_share_one_military_actor():
    a = run("The Syrian Arab Army advanced while the Syrian army shelled Idlib.")
    assert [x.code for x in a.actors].count("SYRMIL") == 1


def test_possessive_role_before_from_is_not_the_place():
    a = run("Israel recalled its diplomats from Ankara.")
    assert "TURGOV" not in {a.ref(m).code for m in a.mentions}


def test_title_after_an_agency():
    a = run("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met CIA Director William Burns in Doha.",
            "2023-11-15")
    assert by_text(a, "CIA Director William Burns").code == "USASPY"
    assert by_text(a, "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani").code == "QATGOV"


@pytest.mark.parametrize("text,pronoun,code", [
    ("Palestinian militants fired rockets overnight. They said they would retaliate.", "They", "PSEREB"),
    ("Hezbollah fighters crossed the border. They were pushed back.", "They", "LBNREB"),
    ("Israeli troops raided Jenin and Palestinian militants fired back. They said it was defence.", "They", None),
])
def test_they_links_to_the_only_group_in_reach(text, pronoun, code):
    a = run(text)
    start = a.text.index(pronoun + " ")
    m = a.mention_at(start, start + len(pronoun))
    if code is None:
        assert m is None or m.kind != "pronoun"
    else:
        assert m is not None and m.kind == "pronoun" and a.ref(m).code == code


@pytest.mark.parametrize("text,short,code", [
    ("The Security Council met on Sudan. The Council demanded an end to the siege.", "The Council", "IGOUNOSEC"),
    ("We thank the OSCE Mission in Tajikistan. The Mission works with the government.", "The Mission", "IGOSCE"),
    ("Madagascar's National Assembly voted. The Assembly refused the decree.", "The Assembly", "MDGLEG"),
])
def test_a_bodys_short_form_is_the_body_named_before(text, short, code):
    assert code_at(run(text), short) == code


@pytest.mark.parametrize("text", [
    "The Council met on Monday.",  # no council named before
    "The Security Council met. The Council of Ministers approved the budget.",  # another body
    "The Human Rights Council met. The council of the town of Kidal also met.",  # not a name
])
def test_a_short_form_with_no_body_before_it_stays_unresolved(text):
    a = run(text)
    assert not [m for m in a.mentions if m.text.lower() in ("the council", "the council of ministers")]
