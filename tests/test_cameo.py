"""The one home of CAMEO codes: whose side an actor code is on, which group an event code is in."""

from __future__ import annotations

import pytest

from communique.cameo import ActorCode, code_for, group_codes, in_group, load_codes, same_side, side, unofficial_roles
from communique.errors import DictionaryError


@pytest.mark.parametrize("code, country, role, side_", [
    ("TURGOV", "TUR", "GOV", "TUR"),
    ("syrmilreb", "SYR", "MIL", "SYR"),
    ("IGOWSTNAT", None, None, "IGOWSTNAT"),
    ("NGO", None, None, "NGO"),
    ("---GOV", None, "GOV", ""),
    ("", None, None, ""),
    (None, None, None, ""),
])
def test_actor_code_parts(code, country, role, side_):
    parsed = ActorCode.parse(code)
    assert (parsed.country, parsed.role, parsed.side, side(code)) == (country, role, side_, side_)


def test_international_bodies_are_sides_of_their_own():
    assert ActorCode.parse("IGOUNO").is_igo and ActorCode.parse("MNCUSA").is_international
    assert not same_side("IGOUNO", "IGOWSTNAT")  # the UN is not NATO
    assert same_side("IGO", "IGOWSTNAT")  # a bare prefix stands for any body under it
    assert same_side("USAGOV", "USAMIL") and not same_side("USAGOV", "RUSGOV")
    assert not same_side("IGO", "NGO") and not same_side("", "USA")


def test_groups_cover_the_codes_under_their_heads():
    assert in_group("1831", "force") and in_group("190", "force") and not in_group("043", "force")
    assert in_group("040", "joint") and in_group("057", "mutual") and not in_group("051", "mutual")
    assert in_group("138", "alone") and not in_group("111", "alone")
    assert not in_group("", "force") and not in_group(None, "force")
    assert code_for("visit") == "042" and code_for("release") == "0841"
    assert {"18", "19"} <= group_codes("force")


def test_every_group_name_heads_known_codes_only():
    codes = load_codes()
    for info in codes.values():
        for group in info.groups:
            assert group_codes(group) and all(c in codes for c in group_codes(group))


def test_a_group_that_names_no_single_code_is_an_error():
    with pytest.raises(DictionaryError, match="exactly one code"):
        code_for("force")


def test_unofficial_roles_are_roles_the_sector_table_knows():
    assert {"CVL", "BUS", "MED"} <= unofficial_roles() and "GOV" not in unofficial_roles()
