"""One loader for data files: shape checks and errors that name the file and the entry."""

from __future__ import annotations

import pytest

from communique.data import WORDS, check, load_data, read_data, word_list
from communique.errors import DictionaryError


def _file(tmp_path, text, name="data.yml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_data_checks_and_converts(tmp_path):
    path = _file(tmp_path, "verbs: [Meet, ' talk ']\nlimit: 3\nnames: {a: x}\n")
    data = load_data(path, {"verbs": WORDS, "limit": int, "names": {str: str}, "extra?": list})
    assert data == {"verbs": frozenset({"meet", "talk"}), "limit": 3, "names": {"a": "x"}}


@pytest.mark.parametrize("text, detail", [
    ("verbs: []\nlimit: 3\n", "non-empty list of words"),
    ("verbs: [meet, 4]\nlimit: 3\n", "not a word"),
    ("verbs: [meet]\nlimit: yes\n", "must be a int"),
    ("verbs: [meet]\n", "needs 'limit'"),
    ("verbs: [meet]\nlimit: 3\nlimt: 4\n", "unknown key"),
    ("- just\n- a list\n", "must be a mapping"),
    ("verbs: [meet\n", "not valid YAML"),
])
def test_load_data_errors_name_the_file_and_the_problem(tmp_path, text, detail):
    path = _file(tmp_path, text)
    with pytest.raises(DictionaryError, match=detail) as err:
        load_data(path, {"verbs": WORDS, "limit": int}, code="E651")
    assert err.value.code == "E651" and str(path) in str(err.value)


def test_missing_file_uses_its_own_code(tmp_path):
    with pytest.raises(DictionaryError) as err:
        read_data(tmp_path / "gone.yml", "E601", missing="E602")
    assert err.value.code == "E602"


def test_json_is_read_by_suffix(tmp_path):
    assert read_data(_file(tmp_path, '{"a": [1, 2]}', "x.json")) == {"a": [1, 2]}


def test_function_schemas_report_where(tmp_path):
    def positive(v):
        if v <= 0:
            raise ValueError("must be positive")
        return v

    with pytest.raises(ValueError, match="'n': must be positive"):
        check({"n": -1}, {"n": positive})


def test_word_list_names_a_missing_list(tmp_path):
    path = _file(tmp_path, "copulas: [be]\n")
    assert word_list(path, "copulas") == frozenset({"be"})
    with pytest.raises(DictionaryError, match="'preps' is missing"):
        word_list(path, "preps")


def test_every_packaged_word_file_loads_and_its_lists_are_lower_case():
    from pathlib import Path

    import communique
    from communique.data import load_data

    files = sorted(Path(communique.__file__).parent.glob("*/data/words.yml"))
    assert len(files) >= 4
    for path in files:
        lists = load_data(path, {str: WORDS})
        assert lists and all(w == w.lower() for words in lists.values() for w in words), path
