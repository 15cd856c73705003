"""Groups of no country (ISIL, al-Qaeda: IMG codes) are, in each sentence, the
insurgents of the country they act in, as the real-news annotators code them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text, source="Wikipedia"):
    from communique.run import extract

    art = extract(text, published="2016-05-06", source=source, settings={"learned_events": False})
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in art.events]


@pytest.mark.parametrize("text,expected", [
    ("The United States conducted airstrikes against ISIL in Syria.", ("19", "USA", "SYRREB")),
    ("The Iraqi Air Force strikes ISIL targets inside Syria.", ("19", "IRQMIL", "SYRREB")),
    ("ISIL fighters attacked Iraqi forces near the city.", ("19", "IRQREB", "IRQMIL")),
    ("Al-Qaeda militants take control of the southern Yemeni town of Ahwar.", ("19", "YEMREB", "YEM")),
])
def test_a_group_of_no_country_takes_the_country_it_acts_in(text, expected):
    assert expected in _events(text)


def test_the_publishers_we_is_no_place():
    got = _events("Our planes have carried out 300 strikes against ISIL targets.", "UK Ministry of Defence")
    assert not any(t and t.startswith("GBR") and t.endswith("REB") for _, _, t in got), got


def test_a_group_named_in_passing_keeps_its_own_code():
    # the PETRARCH unit records code "linked to Al-Qaeda" as IMGMOSALQ: no act of the group here
    from communique.run import extract

    art = extract("A Pakistani woman believed linked to Al-Qaeda was extradited while in detention in "
                  "Afghanistan.", published="2008-08-04", settings={"learned_events": False})
    codes = {m.code or a.code for a in art.actors for m in a.mentions if "Qaeda" in m.text}
    assert codes == {"IMGMOSALQ"}, codes
