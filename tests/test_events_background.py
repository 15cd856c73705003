"""Event nouns recalled as background ("Russia's invasion of Ukraine") code no event;
the act told with its own verb still does (words.yml, background_nouns; found on the
real-news dev set, where such nominal events were right 13 times in 63)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _roots(text):
    from communique.run import extract

    art = extract(text, published="2023-02-20", source="Wikipedia", settings={"learned_events": False})
    return [(e.cameo[:2], e.source and e.source.code[:3], e.target and e.target.code[:3]) for e in art.events]


@pytest.mark.parametrize("text", [
    "As we approach the anniversary of Russia's invasion of Ukraine, the ministers are concerned.",
    "The United States remains unwavering in its commitment to Israel's security.",
    "The exercises started in response to the Speaker's visit to Taiwan.",
])
def test_a_recalled_act_is_no_event(text):
    assert not _roots(text)


@pytest.mark.parametrize("text,expected", [
    ("Russia invaded Ukraine in February 2022.", ("19", "RUS", "UKR")),
    ("Russian forces launched an invasion of Ukraine.", ("19", "RUS", "UKR")),
])
def test_the_act_told_with_its_verb_is_still_an_event(text, expected):
    assert expected in _roots(text)


@pytest.mark.parametrize("text", [
    "In response to the bombings in Mogadishu, Somalia's president declared three days of mourning.",
    "Ethiopia and Eritrea signed a trade agreement at the summit in Asmara.",
])
def test_a_definite_event_noun_in_a_circumstance_is_told_before(text):
    assert not any(root in ("04", "18", "19") for root, _, _ in _roots(text))


@pytest.mark.parametrize("text,root", [
    ("The bombings in Mogadishu killed 20 Somali soldiers.", "18"),
    ("Ethiopia and Eritrea held a summit in Asmara.", "04"),
])
def test_the_same_noun_as_the_act_itself_is_still_an_event(text, root):
    assert root in [r for r, _, _ in _roots(text)]


@pytest.mark.parametrize("text, code", [
    ("Defense Secretary Lloyd Austin offered his condolences to the people of Thailand.", "018"),
    ("The United States offered its congratulations to the people of Bangladesh.", "051"),
])
def test_a_frame_verb_that_is_only_its_objects_light_verb_lets_the_noun_code(text, code):
    from communique.run import extract

    art = extract(text, published="2023-02-20", settings={"learned_events": False})
    assert [e.cameo for e in art.events] == [code]


@pytest.mark.parametrize("text, threat", [
    ("The Houthis' reckless attacks threaten regional stability, the spokesman said.", False),
    ("Such programmes endanger the lives of millions.", False),
    ("North Korea threatened to carry out more nuclear tests.", True),
    ("China threatened Taiwan with military action.", True),
])
def test_endangering_a_state_of_things_is_no_threat(text, threat):
    assert (("13" in [r for r, _, _ in _roots(text)]) == threat)


@pytest.mark.parametrize("text, code", [
    ("Defense Secretary James Mattis said he wants to thank Vietnamese officials for their support.", "051"),
    ("British Prime Minister Rishi Sunak has signed a new strategic partnership with Singapore.", "057"),
])
def test_performative_wants_and_signed_partnerships(text, code):
    from communique.run import extract

    art = extract(text, published="2023-02-20", source="https://www.gov.uk/x", settings={"learned_events": False})
    assert [(e.cameo, e.mode) for e in art.events] == [(code, "actual")]


def test_acknowledging_is_a_claim_only_of_responsibility():
    from communique.run import extract

    def codes(text):
        return [e.cameo for e in extract(text, published="2023-02-20", settings={"learned_events": False}).events]

    assert "015" not in codes("Pakistan's foreign minister acknowledged the UK's support.")
    assert codes("The ministry acknowledged responsibility for the strike on Kandahar.") == \
        codes("The ministry claimed responsibility for the strike on Kandahar.")


@pytest.mark.parametrize("text, source, target", [
    ("Defense Secretary Lloyd Austin said China's actions in the Indo-Pacific threaten regional peace and stability.",
     "USA", "CHN"),
    ("The reckless behavior by Iran-backed Houthis threatens regional stability, said Sabrina Singh, "
     "deputy Pentagon press secretary.", "USA", "YEM"),
])
def test_a_danger_named_is_the_speakers_criticism_of_its_agent(text, source, target):
    assert ("11", source, target) in _roots(text)


def test_a_danger_named_by_its_own_side_is_no_criticism():
    assert not [r for r in _roots("We must not let our divisions undermine our security, "
                                  "the British prime minister said.") if r[0] == "11"]
