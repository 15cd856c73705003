"""The time stage's data files load, and bad entries are refused with E502."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from communique.errors import DictionaryError
from communique.time.lexicon import DATA, load_lexicon, parse_lexicon


def raw() -> tuple[dict, dict, dict]:
    return tuple(yaml.safe_load((DATA / name).read_text(encoding="utf-8"))  # type: ignore[return-value]
                 for name in ("lexicon.yml", "context.yml", "event_nouns.yml"))


def test_time_lexicon_packaged_files_load() -> None:
    lex = load_lexicon()
    assert lex.month_numbers["December"] == 12 and lex.month_numbers["Sept."] == 9
    assert lex.weekday_numbers["Wednesday"] == 2
    assert (lex.seasons["fall"].first, lex.seasons["fall"].last) == (9, 11)
    assert "May" in lex.ambiguous_months
    assert "war" in lex.period_nouns
    assert lex.event_nouns["meeting"].lemmas[0] == "meet"


def _break_month_number(files):
    files[0]["months"][0]["number"] = 13


def _drop_month(files):
    files[0]["months"].pop()


def _lower_month(files):
    files[0]["months"][0]["names"].append("janvier")


def _duplicate_weekday(files):
    files[0]["weekdays"][1]["names"] = ["Monday"]


def _bad_unit(files):
    files[0]["units"]["moon"] = {"kind": "lunar", "size": 1}


def _duplicate_word(files):
    files[1]["period_nouns"].append("war")


def _bad_position(files):
    files[1]["position_words"]["early"] = "soon"


def _bad_cameo(files):
    files[2]["nouns"]["meeting"]["cameo"] = [4]


def _bad_story_day(files):
    files[1]["story_day"] = "yes please"


@pytest.mark.parametrize("breaker,needle", [
    (_break_month_number, "from 1 to 12"),
    (_drop_month, "twelve months"),
    (_lower_month, "capital letter"),
    (_duplicate_weekday, "listed twice"),
    (_bad_unit, "moon"),
    (_duplicate_word, "twice"),
    (_bad_position, "early, mid or late"),
    (_bad_cameo, "meeting"),
    (_bad_story_day, "story_day"),
])
def test_time_lexicon_rejects_bad_entries(breaker, needle: str) -> None:
    files = copy.deepcopy(raw())
    breaker(files)
    with pytest.raises(DictionaryError) as info:
        parse_lexicon(*files)
    assert info.value.code == "E502"
    assert needle in str(info.value) and "[E502]" in str(info.value)


def test_time_lexicon_unreadable_folder(tmp_path: Path) -> None:
    (tmp_path / "lexicon.yml").write_text("months: [", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_lexicon.__wrapped__(str(tmp_path))
    assert info.value.code == "E502" and "lexicon.yml" in str(info.value)
