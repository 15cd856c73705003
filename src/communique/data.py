"""One loader for every data file: read YAML or JSON, check its shape, name the file on failure.

Each package keeps its dictionaries in its own ``data/`` folder and reads them with
:func:`load_data`, giving the error code of its range (``E401`` actors, ``E502``
time, ``E601`` events …). A file that cannot be read or parsed, or whose shape
is wrong, raises :class:`~communique.errors.DictionaryError` with that code, the
file's path and what is wrong.

A schema is plain Python data:

- a type (``str``, ``int``, ``float``, ``bool``, ``dict``, ``list``): the value must be one;
- ``WORDS``: a non-empty list of non-empty strings, returned as a lower-cased frozenset;
- ``[spec]``: a list whose items each fit ``spec``;
- ``{"key": spec, "other?": spec}``: a mapping with those keys (``?`` marks an optional
  key; absent optional keys are left out); other keys are refused;
- ``{str: spec}``: a mapping of any string keys to values that fit ``spec``;
- a function: called with the value, returns the value to keep or raises ``ValueError``.

>>> load_data("words.yml", {"copulas": WORDS}, code="E601")["copulas"]   # doctest: +SKIP
frozenset({'be', 'remain', 'become'})
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .errors import CommuniqueError, DictionaryError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Schema marker: a non-empty list of words, kept as a lower-cased frozenset.
WORDS = "words"


def fail(path: Path | str, detail: str, code: str = "E601",
         error: type[CommuniqueError] = DictionaryError) -> CommuniqueError:
    """The error to raise for a bad entry in the file at ``path`` (a data file; ``error``
    says which kind for other files, such as ``InputError`` for gold files)."""
    return error(code, path=str(path), detail=detail)


def read_data(path: Path | str, code: str = "E601", *, missing: str | None = None) -> Any:
    """The parsed content of a YAML or JSON file (JSON by its ``.json`` suffix).

    ``missing`` is the error code for a file that cannot be read (default: ``code``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(path, getattr(exc, "strerror", None) or str(exc), missing or code) from exc
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=_LOADER)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
        raise fail(path, f"not valid {kind} ({exc})".replace("\n", " "), code) from exc


def load_data(path: Path | str, schema: Any = None, *, code: str = "E601", missing: str | None = None) -> Any:
    """Read the file at ``path`` and check it against ``schema`` (see the module docs)."""
    data = read_data(path, code, missing=missing)
    if schema is None:
        return data
    try:
        return check(data, schema)
    except ValueError as exc:
        raise fail(path, str(exc), code) from None


def check(value: Any, schema: Any, where: str = "the file") -> Any:
    """``value`` checked against ``schema`` (and converted where the schema says); ``ValueError`` if it does not fit."""
    if schema == WORDS:
        return _words(value, where)
    if isinstance(schema, type):
        if not isinstance(value, schema) or (schema in (int, float) and isinstance(value, bool)):
            raise ValueError(f"{where} must be a {schema.__name__}, got {value!r}")
        return value
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise ValueError(f"{where} must be a list, got {value!r}")
        return [check(item, schema[0], f"{where} item {i}") for i, item in enumerate(value, 1)]
    if isinstance(schema, dict):
        return _mapping(value, schema, where)
    if callable(schema):
        return _called(schema, value, where)
    raise TypeError(f"not a schema: {schema!r}")


def _words(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where} must be a non-empty list of words, got {value!r}")
    bad = [w for w in value if not isinstance(w, str) or not w.strip()]
    if bad:
        raise ValueError(f"{where} holds {bad[0]!r}, which is not a word")
    return frozenset(w.strip().lower() for w in value)


def _mapping(value: Any, schema: dict[Any, Any], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be a mapping, got {value!r}")
    if str in schema:  # {str: spec}: any keys
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{where} has key {key!r}, which is not a string")
            out[key] = check(item, schema[str], _within(where, key))
        return out
    fields = {k.rstrip("?"): k.endswith("?") for k in schema}
    unknown = sorted(str(k) for k in value if k not in fields)
    if unknown:
        raise ValueError(f"{where} has unknown key(s) {unknown}; known: {sorted(fields)}")
    out = {}
    for key, optional in fields.items():
        if key not in value:
            if optional:
                continue
            raise ValueError(f"{where} needs '{key}'")
        spec = schema[key + "?" if optional else key]
        out[key] = check(value[key], spec, _within(where, key))
    return out


def _within(where: str, key: str) -> str:
    """How an error names ``key`` inside ``where`` ("'verbs'", "'marks.open'")."""
    return f"'{key}'" if where == "the file" else f"{where}.{key}"


def _called(fn: Callable[[Any], Any], value: Any, where: str) -> Any:
    try:
        return fn(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


@functools.cache
def _word_file(path: str, code: str) -> dict[str, frozenset[str]]:
    return load_data(path, {str: WORDS}, code=code)


def word_list(path: Path | str, name: str, *, code: str = "E601") -> frozenset[str]:
    """The word list ``name`` of a ``words.yml`` file (a mapping of names to word lists), read once."""
    lists = _word_file(str(path), code)
    if name not in lists:
        raise fail(path, f"the word list '{name}' is missing; restore it (known: {', '.join(sorted(lists))})", code)
    return lists[name]


#: The error code of each package's word lists.
_WORD_CODES = {"actors": "E401", "time": "E502", "events": "E601", "quotes": "E651", "places": "E704"}


def package_words(package: str, name: str) -> frozenset[str]:
    """The word list ``name`` of ``communique/<package>/data/words.yml``."""
    path = Path(__file__).resolve().parent / package / "data" / "words.yml"
    return word_list(path, name, code=_WORD_CODES.get(package, "E601"))
