"""One body spelled two ways (IGOEEC and IGOEUR for the EU) is one side when scoring at levels 1 and 2."""

from __future__ import annotations

import pytest

from communique.errors import DictionaryError
from communique.evaluate.gold import GoldEvent
from communique.evaluate.matching import Dyad, Predicted, match
from communique.evaluate.organisations import load_table, parse_table, same_body


@pytest.mark.parametrize("ours,theirs", [
    ("IGOEEC", "IGOEUR"), ("IGOEEC", "EUR"), ("IGOWSTNAT", "NATO"), ("IGOWSTNAT", "IGONAT"),
    ("IGOAFRAFU", "IGOAFU"), ("IGOUNOSEC", "IGOUNO"), ("IGOUNOIAE", "IGOIAE"), ("IGOUNOICJ", "UNOJUD"),
    ("XKX", "KSV"), ("XKXCOP", "KOSCOP"), ("IGOWAS", "IGOWAFWAS"),
    ("IMGMOSISI", "ISIREB"), ("IMGMOSISI", "---REB"), ("IMGMOSALQ", "ALQREB"), ("IMGMOSALQ", "---REB")])
def test_two_spellings_of_one_body_are_one_side(ours: str, theirs: str) -> None:
    assert same_body(ours, theirs) and same_body(theirs, ours)


@pytest.mark.parametrize("a,b", [
    ("IGOEEC", "IGOUNO"), ("EUR", "IGOEUROSC"), ("IGOIAE", "IGOUNO"), ("IGOWSTNAT", "IGOEEC"),
    ("GBR", "USA"), ("SRB", "XKX"), ("IGOGCC", "IGOGCC"), ("", "IGOEUR"), (None, "EUR"),
    ("IMGMOSALQ", "ISIREB"), ("SYRREB", "---REB"), ("---CRM", "---REB"), ("IMGMOSISI", "IGOUNO")])
def test_other_codes_are_not_matched_by_the_table(a: str | None, b: str) -> None:
    assert not same_body(a, b)  # IGOGCC is not in the table: same_side compares it


def test_the_matcher_uses_the_table_at_levels_1_and_2_not_3() -> None:
    gold = [GoldEvent(sources=("GBRGOV",), targets=("IGOEUR",), codes=("051",))]
    pred = [Predicted(dyads=[Dyad("GBRGOV", "IGOEEC")], code="051")]
    assert match(gold, pred, 1).gold_credit == [1.0]
    assert match(gold, pred, 2).gold_credit == [1.0]
    assert match(gold, pred, 3).gold_credit == [0.0]


def test_the_built_in_table_reads_and_its_prefix_groups_exist() -> None:
    groups, prefixes = load_table()
    assert {"european-union", "nato", "united-nations", "kosovo"} <= set(groups)
    assert set(prefixes) <= set(groups)


@pytest.mark.parametrize("data,code", [
    ([], "E912"), ({"groups": []}, "E912"), ({"groups": {"eu": "IGOEEC"}}, "E911"),
    ({"groups": {"eu": ["igoeec"]}}, "E911"), ({"groups": {"x": ["---"]}}, "E911"),
    ({"groups": {"x": ["--REB"]}}, "E911"), ({"groups": {"eu": ["IGOEEC"]}, "prefixes": {"un": ["IGOUNO"]}}, "E911"),
    ({"groups": {"eu": ["IGOEEC"]}, "prefixes": ["IGOUNO"]}, "E912")])
def test_a_malformed_table_is_refused_with_a_numbered_error(data: object, code: str) -> None:
    with pytest.raises(DictionaryError) as exc:
        parse_table(data, "table.yml")
    assert code in str(exc.value)
