"""The numbered error catalogue: well-formed codes and helpful messages."""

from __future__ import annotations

import re
import string

import pytest

from communique.errors import CATALOGUE, CommuniqueError, InputError, message


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_errors_code_is_numbered_and_message_says_what_to_do(code):
    assert re.fullmatch(r"[EW]\d{3}", code)
    text = CATALOGUE[code]
    assert len(text) > 20 and (text[0].isupper() or text[0] == "{")
    fields = {f[1]: "x" for f in string.Formatter().parse(text) if f[1]}
    assert message(code, **fields).startswith(f"[{code}] ")


def test_errors_missing_field_never_hides_the_error():
    assert message("E101").startswith("[E101]")


def test_errors_exceptions_carry_their_code():
    err = InputError("E109", path="a.txt")
    assert isinstance(err, CommuniqueError) and err.code == "E109" and "a.txt" in str(err)


def test_errors_survive_pickling_as_a_worker_process_sends_them():
    import pickle

    from communique.errors import DictionaryError

    for err in (InputError("E903", path="gold.jsonl", detail="JSON error"), DictionaryError("E911", path="p", entry="e", detail="d")):
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err) and back.code == err.code and back.fields == err.fields
        assert str(back) == str(err)


def test_errors_raised_in_a_process_pool_reach_the_parent_whole():
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool:
        with pytest.raises(InputError) as info:
            pool.submit(_raise_input_error).result()
    assert info.value.code == "E903" and "gold.jsonl" in str(info.value)


def _raise_input_error():
    raise InputError("E903", path="gold.jsonl", detail="JSON error")
