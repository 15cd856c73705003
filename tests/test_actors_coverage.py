"""Actor coverage: NGOs, more IGOs and armed groups, peoples, regions, titled figures,
home forces coded from the sentence (sentences of our own, one behaviour per test)."""

from __future__ import annotations

import pytest

from actors_helpers import by_text, code_at, run


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


@pytest.mark.parametrize("text,mention,code", [
    ("Darfur rebels attacked a market town.", "Darfur rebels", "SDNREB"),
    ("Government troops fought rebels in Darfur on Monday.", "rebels in Darfur", "SDNREB"),
    ("Donbas separatists shelled the town overnight.", "Donbas separatists", "UKRREB"),
    ("Chechnya's police arrested three men.", "Chechnya's police", "RUSCOP"),
    ("Idlib rebels rejected the truce.", "Idlib rebels", "SYRREB"),
    ("Catalan police killed five suspects.", "Catalan police", "ESPCOP"),  # a region's adjective
    ("Abkhaz separatists held a vote.", "Abkhaz separatists", "GEOREB"),
    ("Kachin rebels seized a base.", "Kachin rebels", "MMRREB"),
])
def test_region_gives_its_country_to_the_role_word(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text", [
    "Kashmir militants attacked an army post.",
    "Fighting in Darfur displaced thousands.",
])
def test_shared_regions_and_bare_regions_make_no_actor(text):
    a = run(text)
    assert not [x for x in a.actors if x.code in ("SDN", "IND", "PAK", "SDNREB", "INDREB", "PAKREB")]


@pytest.mark.parametrize("text,mention,code", [
    ("Iraqi Kurds fled across the border.", "Iraqi Kurds", "IRQCVLKUR"),
    ("Syrian Kurds held a vote.", "Syrian Kurds", "SYRCVLKUR"),
    ("Kurds celebrated the new year.", "Kurds", "KUR"),
    ("Uighurs were held in camps, the report said.", "Uighurs", "CHNCVLUIG"),
    ("Rohingya fled across the border.", "Rohingya", "MMRCVLRHG"),
])
def test_peoples_without_a_state(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text,mention,code", [
    ("Israeli soldiers arrested more than 100 Palestinians on Saturday.", "Palestinians", "PSECVL"),
    ("Thousands of Iraqis marched through the capital.", "Iraqis", "IRQCVL"),
    ("Ghana deported 168 Liberians on Monday.", "Liberians", "LBRCVL"),
    ("Two Afghans were killed in the blast.", "Afghans", "AFGCVL"),
])
def test_counted_plural_peoples_are_civilians(text, mention, code):
    a = run(text)
    m = next(m for m in a.mentions if m.text == mention)
    assert a.ref(m).code == code


@pytest.mark.parametrize("text,mention,code", [
    ("The Palestinians rejected the plan.", "Palestinians", "PSE"),
    ("PALESTINIANS REJECT THE PLAN", "PALESTINIANS", "PSE"),
    ("Israelis and Palestinians signed the accord.", "Israelis", "ISR"),
])
def test_uncounted_plural_peoples_stay_the_state(text, mention, code):
    a = run(text)
    m = next(m for m in a.mentions if m.text == mention)
    assert a.ref(m).code == code


@pytest.mark.parametrize("text,mention,code", [
    ("Riot police dispersed the crowd in Ankara.", "Riot police", "TURCOP"),
    ("Security forces in Guinea tortured refugees.", "Security forces", "GINMIL"),
    ("Border guards detained migrants near the Polish capital Warsaw.", "Border guards", "POLMIL"),
    ("Kenyan police fired tear gas at protesters in Nairobi.", "Kenyan police", "KENCOP"),
    # criminals are a sector of their nationality, else of the sentence's one country
    ("Police arrested three drug traffickers in Mombasa, Kenya.", "drug traffickers", "KENCRM"),
    ("Five smugglers were detained in Libya on Monday.", "smugglers", "LBYCRM"),
    ("Mexican cartels smuggle fentanyl across the border.", "Mexican cartels", "MEXCRM"),
    ("Albanian criminal gangs run the crossings.", "Albanian criminal gangs", "ALBCRM"),
])
def test_home_forces_take_the_country_of_the_sentence(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text,mention", [
    ("Police said Russian strikes killed five people in Kharkiv.", "Police"),
    ("Riot police clashed with Turkish fans after the match in Athens.", "Riot police"),
    ("Security forces were put on alert.", "Security forces"),
    ("French and British police broke up a network of smugglers.", "smugglers"),
])
def test_home_forces_stay_uncoded_when_the_sentence_is_not_clear(text, mention):
    assert by_text(run(text), mention) is None


def test_protesters_take_the_country_from_context():
    a = run("Kenyan police fired tear gas at protesters in Nairobi.")
    assert by_text(a, "protesters").code in ("KENOPP", "KENCVL")


@pytest.mark.parametrize("text,mention,code", [
    ("Archbishop Desmond Tutu called for sanctions.", "Archbishop Desmond Tutu", "---REL"),
    ("Iraqi cleric Moqtada al-Sadr called for calm.", "Iraqi cleric Moqtada al-Sadr", "IRQREL"),
    ("Pope Francis met refugees in Lesbos.", "Pope Francis", "VATGOV"),
    ("Opposition leader Alexei Navalny was jailed in Russia.", "Opposition leader Alexei Navalny", "RUSOPP"),
    ("Rebel commander Ahmed Warsame was killed in Somalia.", "Rebel commander Ahmed Warsame", "SOMREB"),
])
def test_sector_figures_with_titles(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


def test_religious_title_does_not_take_the_target_country():
    a = run("Archbishop Desmond Tutu called for sanctions against Nigeria.")
    assert by_text(a, "Archbishop Desmond Tutu").country is None


def test_igo_with_a_plural_title_is_the_igo():
    a = run("European Community foreign ministers demanded the withdrawal of Serbian forces.")
    actor = by_text(a, "European Community foreign ministers")
    assert actor is not None and actor.code == "IGOEEC"


def test_cities_other_than_capitals_are_places_not_actors():
    a = run("Russian forces withdrew from Kherson on Friday.")
    assert {x.code for x in a.actors} == {"RUSMIL", "RUS"}


@pytest.mark.parametrize("loader,body,needle", [
    ("load_areas", "- {name: Darfur, country: XXX}\n", "unknown country"),
    ("load_areas", "- {name: Darfur}\n", "needs 'name' and 'country'"),
    ("load_areas", "- {name: Darfur, country: USA}\n- {name: Darfur, country: null}\n", "listed twice"),
    ("load_peoples", "- {name: Kurds, code: USA, country: null}\n", "is a country code"),
    ("load_peoples", "- {name: Kurds, code: KUR, country: XXX}\n", "unknown country"),
    ("load_peoples", "- {name: Kurds}\n", "needs 'name', 'code'"),
])
def test_new_validators_reject_bad_entries(tmp_path, loader, body, needle):
    from communique.actors import dictionaries as d
    from communique.errors import DictionaryError

    path = tmp_path / "bad.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        getattr(d, loader)(path, states={"USA": "United States"})
    assert err.value.code == "E401" and needle in str(err.value)


def test_builtin_data_loads_with_the_new_files():
    from communique.actors.dictionaries import builtin

    base = builtin()
    assert base.areas["Darfur"] == "SDN" and base.areas["Kashmir"] is None
    assert any(e.key == "group:Amnesty International" for e in base.entries)


@pytest.mark.parametrize("text,mention,code", [
    ("Vietnamese-led forces retook the village.", "Vietnamese-led forces", "VNMMIL"),
    ("Saudi-led troops entered the port.", "Saudi-led troops", "SAUMIL"),
])
def test_led_forces_are_the_leaders_military(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


def test_backed_forces_are_not_the_backers_military():
    a = run("Iranian-backed forces shelled the city.")
    assert "IRNMIL" not in {x.code for x in a.actors}


@pytest.mark.parametrize("text,mention,code", [
    ("King Hassan of Morocco said he would host the meeting.", "King Hassan", "MARGOV"),
    ("The rebel leader called the president of Armenia.", "the president of Armenia", "ARMGOV"),
    ("The foreign minister of Iran arrived in Ankara.", "The foreign minister of Iran", "IRNGOV"),
])
def test_title_of_a_state(text, mention, code):
    a = run(text, day="1999-09-29" if "Armenia" in text else "2023-05-11")
    m = max((m for m in a.mentions if m.text == mention), key=lambda m: m.end - m.start)
    assert a.ref(m).code == code


@pytest.mark.parametrize("text,mention,code", [
    ("Police in Berlin said a man was arrested.", "Police", "DEUCOP"),
    ("Opposition leader Juan Guaido met Colombian President Ivan Duque in Bogota.",
     "Opposition leader Juan Guaido", "---OPP"),
])
def test_sentence_country_cases(text, mention, code):
    actor = by_text(run(text), mention)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text,phrase,code", [
    ("The UK thanks SRSG Salvador for her briefing on Haiti.", "SRSG", "IGOUNO"),
    ("UNMISS peacekeepers protected civilians in Juba.", "UNMISS", "IGOUNOPKO"),
    ("Militants attacked African Union peacekeepers near Mogadishu.", "peacekeepers", "IGOPKO"),  # not the UN's
    ("Britain welcomed the continued efforts of UNOWAS in the Sahel.", "UNOWAS", "IGOUNO"),
    ("The OPCW confirmed that sarin was used.", "OPCW", "IGOOPW"),
    ("I thank Under-Secretary-General Voronkov for the briefing.", "Under-Secretary-General", "IGOUNO"),
])
def test_un_titles_and_missions_named_without_un(text, phrase, code):
    assert code_at(run(text), phrase) == code


@pytest.mark.parametrize("text", [
    "NATO Deputy Secretary-General Mircea Geoana met Ukraine's defence minister.",
    "The African Union's Special Rapporteur criticised Kenya.",
])
def test_titles_other_bodies_share_are_not_the_un(text):
    assert "IGOUNO" not in {a.code for a in run(text).actors}


@pytest.mark.parametrize("text,absent", [
    ("UK ministers met trade ministers from the Central American nations.", "USA"),
    ("Venezuela was once the wealthiest country in South America.", "USA"),
    ("The two navies work together for a secure Gulf of Guinea.", "GIN"),
    ("Warships escorted tankers through the Gulf of Aden.", "YEM"),
    ("A surveillance plane flew over islands in the South China Sea.", "CHN"),
    ("Warships of the Indian Ocean patrol met in Mombasa.", "IND"),
    ("The Russian navy closed the Sea of Azov.", "UKR"),
])
def test_seas_and_regions_named_after_a_state_are_not_it(text, absent):
    assert absent not in {a.country for a in run(text).actors}


def test_a_currency_is_not_its_state():
    a = run("The court fined him RM210 million (US$47 million); HK$3 billion was frozen.")
    assert not a.actors


def test_a_state_beside_a_sea_named_after_it_still_counts():
    a = run("China's claims in the South China Sea are unlawful, the Philippines said.")
    assert {"CHN", "PHL"} <= {x.country for x in a.actors}


def test_features_file_rejects_a_name_listed_twice(tmp_path):
    from communique.actors.dictionaries import load_features
    from communique.errors import CommuniqueError

    bad = tmp_path / "features.yml"
    bad.write_text("features:\n  - Gulf of Aden\n  - Gulf of Aden\n", encoding="utf-8")
    with pytest.raises(CommuniqueError, match="listed twice"):
        load_features(bad)


@pytest.mark.parametrize("text,mention,code", [
    ("Prime Minister of Hungary John Smithson criticised the European Union.", "John Smithson", "HUNGOV"),
    ("The Prime Minister of Hungary, John Smithson, criticised the EU.", "John Smithson", "HUNGOV"),
    ("President of the Republic of Kenya Ahmed Hassan met the envoy.", "Ahmed Hassan", "KENGOV"),
    ("John Smithson, Prime Minister of Hungary, criticised the European Union.", "John Smithson", "HUNGOV"),
])
def test_office_of_a_state_before_or_after_an_unlisted_name(text, mention, code):
    a = run(text)
    actor = next((x for x in a.actors if mention in x.name), None)
    assert actor is not None and actor.code == code


def test_an_envoy_for_a_state_is_not_of_that_state():
    a = run("Special Envoy for Sudan John Smithson visited Kenya.")
    actor = next((x for x in a.actors if "Smithson" in x.name), None)
    assert actor is not None and actor.country != "SDN"


@pytest.mark.parametrize("text,code", [
    ("The UN Security Council met on Syria. The Secretary-General condemned the attack.", "IGOUNO"),
    ("NATO leaders met in Vilnius. The Secretary General said the alliance would support Ukraine.", "IGOWSTNAT"),
    ("The Arab League met in Cairo. The Secretary-General urged Israel to stop the strikes.", "IGOARL"),
    ("We thank the Secretary-General for his report on Haiti.", "IGOUNO"),
])
def test_the_secretary_general_is_the_body_in_play_never_a_state(text, code):
    a = run(text)
    actor = next((x for x in a.actors if any("Secretary" in m.text for m in x.mentions)), None)
    assert actor is not None and actor.code.startswith(code) and actor.country is None
