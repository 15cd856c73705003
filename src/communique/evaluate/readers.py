"""Readers for the three gold formats, and detection of which one a file is.

- PETRARCH validation XML (``<Validation>`` with ``<Environment>`` and
  ``<Sentence>`` records carrying ``<EventCoding>``), or its JSONL twin;
- PLOVER gold-standard records (a JSON array, or one record a line);
- our article-level gold JSON (``{"article": {...}, "events": [...]}``), one
  article beside its text file, or many articles in JSONL with the text of
  each inline (``{"article": {...}, "text": "...", "events": [...]}`` a line:
  the real-news dev set).

>>> detect_format(Path("x.gold.json"), '{"article": {}, "events": []}')
'article'
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..data import fail
from ..errors import InputError
from .gold import GoldActor, GoldDate, GoldEvent, GoldQuote, GoldRecord, GoldSet

#: PETRARCH environment tags naming actor dictionaries, in load order.
PETRARCH_ACTOR_TAGS = ("Actorfile", "Agentfile")
#: The environment tag naming the verb dictionary (loaded as extra event patterns).
PETRARCH_VERB_TAG = "Verbfile"


def _squash(text: str | None) -> str:
    """Collapse the line breaks and runs of spaces of a record's text."""
    return " ".join((text or "").split())


def _yyyymmdd(value: str | None) -> dt.date | None:
    value = (value or "").strip().replace("-", "")
    if len(value) != 8 or not value.isdigit():
        return None
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return None


def json_lines(path: Path, text: str) -> Iterable[tuple[int, Any]]:
    """(line number, value) of each non-blank JSONL line; E903 naming the line on bad JSON."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            raise fail(path, f"line {n}: {exc}", "E903", InputError) from exc


def unique_ids(records: list[GoldRecord]) -> list[GoldRecord]:
    """Give repeated record ids a suffix ('X', 'X#2'), so each record keeps its own output."""
    seen: dict[str, int] = {}
    for rec in records:
        n = seen.get(rec.id, 0) + 1
        seen[rec.id] = n
        if n > 1:
            rec.id = f"{rec.id}#{n}"
    return records


def detect_format(path: Path, head: str) -> str:
    """'petrarch', 'plover' or 'article', from the file name and its first characters."""
    start = head.lstrip()
    if start.startswith("<"):
        return "petrarch"
    if '"expected_events"' in head or '"eventcode"' in head:
        return "petrarch"
    if '"article"' in head and '"events"' in head:
        first = head.lstrip().split("\n", 1)[0]
        return "articles" if '"text"' in first and first.rstrip().endswith("}") else "article"
    if '"eventText"' in head or "PLOVER" in head:
        return "plover"
    if path.suffix.lower() == ".xml":
        return "petrarch"
    raise fail(path, "not a PETRARCH XML, PLOVER or article gold file", "E903", InputError)


def _head(text: str, size: int = 20000) -> str:
    """The start of a gold file that :func:`detect_format` reads: ``size`` characters, and at
    least the whole first line (one article of a JSONL file can run past 20,000 characters)."""
    body = len(text) - len(text.lstrip())
    end = text.find("\n", body)
    return text[:max(size, len(text) if end < 0 else end)]


def read_gold(path: str | Path) -> GoldSet:
    """Read any of the three gold formats."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise fail(path, exc.strerror or str(exc), "E903", InputError) from exc
    kind = detect_format(path, _head(text))
    if kind == "petrarch":
        gold = read_petrarch_xml(path, text) if text.lstrip().startswith("<") else read_petrarch_jsonl(path, text)
    elif kind == "plover":
        gold = read_plover(path, text)
    elif kind == "articles":
        gold = read_articles_jsonl(path, text)
    else:
        gold = read_article_gold(path, text)
    unique_ids(gold.records)
    return gold


# -- PETRARCH -------------------------------------------------------------

def _petrarch_event(attrs: dict[str, str]) -> GoldEvent:
    return GoldEvent(sources=(attrs.get("sourcecode", "").strip(),),
                     targets=(attrs.get("targetcode", "").strip(),),
                     codes=(attrs.get("eventcode", "").strip(),))


def _petrarch_settings(path: Path, names: Iterable[str], verbs: str | None = None) -> dict[str, Any]:
    """Pipeline settings: actor and agent files as ``actors``, the verb file as ``event_patterns``."""
    settings: dict[str, Any] = {}
    files = [str((path.parent / n).resolve()) for n in names if n]
    if files:
        settings["actors"] = files
    if verbs:
        settings["event_patterns"] = [str((path.parent / verbs).resolve())]
    return settings


def read_petrarch_xml(path: Path, text: str | None = None) -> GoldSet:
    """PETRARCH validation records; dictionaries resolve beside the XML file."""
    if text is None:
        text = path.read_text(encoding="utf-8")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise fail(path, f"XML error: {exc}", "E903", InputError) from exc
    env = root.find("Environment")
    names: list[str] = []
    verbs = None
    if env is not None:
        for tag in PETRARCH_ACTOR_TAGS:
            name = (env.findtext(tag) or "").strip()
            if name:
                names.append(name)
        verbs = (env.findtext(PETRARCH_VERB_TAG) or "").strip() or None
    holder = root.find("Sentences")
    sentences = (holder if holder is not None else root).iter("Sentence")
    records: list[GoldRecord] = []
    for node in sentences:
        rec = GoldRecord(id=node.get("id", f"record-{len(records) + 1}"),
                         text=_squash(node.findtext("Text")),
                         published=_yyyymmdd(node.get("date")),
                         category=node.get("category", ""))
        for coding in node.findall("EventCoding"):
            attrs = {k.strip(): v for k, v in coding.attrib.items()}
            if attrs.get("error"):
                rec.error = attrs["error"]
            elif attrs.get("noevents", "").strip().lower() == "true":
                rec.noevents = True
            elif attrs.get("eventcode"):
                rec.events.append(_petrarch_event(attrs))
        records.append(rec)
    if not records:
        raise fail(path, "no <Sentence> records", "E903", InputError)
    return GoldSet("petrarch", path, records, settings=_petrarch_settings(path, names, verbs))


def read_petrarch_jsonl(path: Path, text: str) -> GoldSet:
    """The JSONL twin of the PETRARCH records (dictionaries by their usual names)."""
    records = []
    for i, row in json_lines(path, text):
        errors = row.get("expected_error") or []
        if isinstance(errors, str):
            errors = [errors]
        rec = GoldRecord(id=str(row.get("id", f"record-{i}")), text=_squash(row.get("text")),
                         published=_yyyymmdd(str(row.get("date", ""))),
                         noevents=bool(row.get("expected_noevents")),
                         error=str(errors[0]) if errors else None,
                         category=str(row.get("category", "")),
                         events=[_petrarch_event(e) for e in row.get("expected_events") or []])
        records.append(rec)
    stem = path.name.split(".UnitTest")[0] if ".UnitTest" in path.name else "PETR"
    names = [f"{stem}.Validate.actors.txt", f"{stem}.Validate.agents.txt"]
    names = [n for n in names if (path.parent / n).exists()]
    verbs = f"{stem}.Validate.verbs.txt"
    return GoldSet("petrarch", path, records, settings=_petrarch_settings(
        path, names, verbs if (path.parent / verbs).exists() else None))


# -- PLOVER ---------------------------------------------------------------

def plover_actor(entry: dict[str, Any]) -> str:
    """A CAMEO-style code from a PLOVER actor: country code plus a sector such as GOV."""
    code = str(entry.get("code") or "").strip().upper()
    sector = str(entry.get("sector") or "").strip()
    if len(sector) >= 3 and sector[:3].isalpha() and sector[:3].isupper() and code != sector[:3]:
        return code + sector[:3]
    return code


def _actor_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [plover_actor(a) for a in value if isinstance(a, dict) and a.get("code")]


def plover_events(row: dict[str, Any]) -> list[GoldEvent]:
    """The dyads of one PLOVER record: every source with every target.

    Without a target, two or more sources act together (a meeting, an
    agreement): each pair is one symmetric dyad. A lone source with no target
    is a one-sided event.
    """
    label = str(row.get("event", "")).strip().upper()
    mode = row.get("mode") or None
    sources, targets = _actor_list(row.get("source")), _actor_list(row.get("target"))
    out: list[GoldEvent] = []
    if targets:
        for s in sources or [""]:
            for t in targets:
                out.append(GoldEvent(sources=(s,), targets=(t,), plover=label, mode=mode))
    elif len(sources) >= 2:
        for i, s in enumerate(sources):
            for t in sources[i + 1:]:
                out.append(GoldEvent(sources=(s,), targets=(t,), plover=label, symmetric=True, mode=mode))
    else:
        for s in sources:
            out.append(GoldEvent(sources=(s,), targets=("",), plover=label, mode=mode))
    return out


def _plover_rows(path: Path, text: str) -> list[dict[str, Any]]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            rows = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise fail(path, f"JSON error: {exc}", "E903", InputError) from exc
        return [r for r in rows if isinstance(r, dict)]
    return [row for _, row in json_lines(path, text)]


def read_plover(path: Path, text: str) -> GoldSet:
    """PLOVER gold-standard records; 'DOCUMENT' rows are documentation and skipped."""
    records: list[GoldRecord] = []
    for row in _plover_rows(path, text):
        if str(row.get("event", "")).upper() == "DOCUMENT" or not row.get("text"):
            continue
        events = plover_events(row)
        codes = {c for e in events for c in e.sources + e.targets if c}
        records.append(GoldRecord(id=str(row.get("id", f"record-{len(records) + 1}")),
                                  text=_squash(row["text"]), published=_yyyymmdd(str(row.get("date", ""))),
                                  events=events, category=str(row.get("event", "")).upper(),
                                  actors=[GoldActor(code=c) for c in sorted(codes)]))
    if not records:
        raise fail(path, "no PLOVER records with text", "E903", InputError)
    return GoldSet("plover", path, records, plover_only=True)


# -- our article gold -----------------------------------------------------

def _locate(text: str, sentence: str) -> tuple[int, int] | None:
    """Where a gold sentence (or its opening words) sits in the article text."""
    if not sentence:
        return None
    at = text.find(sentence)
    if at >= 0:
        return (at, at + len(sentence))
    words = sentence.split()
    for n in (8, 5):
        if len(words) >= n:
            probe = " ".join(words[:n])
            at = text.find(probe)
            if at >= 0:
                return (at, at + len(sentence))
    return None


def _codes(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def article_record(data: dict[str, Any], body: str, ident: str) -> GoldRecord:
    """One article's gold record from its gold mapping and its text."""
    meta = data.get("article") or {}
    published = _yyyymmdd(str(meta.get("published", "")))
    rec = GoldRecord(id=ident, text=body, published=published, title=meta.get("title"),
                     source=meta.get("source"))
    for i, ev in enumerate(data.get("events") or [], 1):
        sentence = str(ev.get("sentence", ""))
        rec.events.append(GoldEvent(
            sources=_codes(ev.get("source")), targets=_codes(ev.get("target")) or ("",),
            codes=_codes(ev.get("cameo")), plover=ev.get("plover"), ident=str(ev.get("id", f"E{i}")),
            sentence=sentence, span=_locate(body, sentence), date=ev.get("date"), has_date=ev.get("date") is not None,
            mode=ev.get("mode"), symmetric=bool(ev.get("sym", False)), has_plover="plover" in ev))
    for a in data.get("actors") or []:
        rec.actors.append(GoldActor(code=str(a.get("code", "")), name=str(a.get("name", "")),
                                    mentions=_codes(a.get("mentions"))))
    for q in data.get("quotes") or []:
        rec.quotes.append(GoldQuote(text=str(q.get("text", "")), speaker=str(q.get("speaker") or ""),
                                    actor=str(q.get("actor") or "")))  # a JSON null is no speaker, not "None"
    for d in data.get("dates") or []:
        rec.dates.append(GoldDate(phrase=str(d.get("phrase", "")), value=d.get("value")))
    rec.not_events = [str(n.get("sentence", "")) for n in data.get("not_events") or []]
    return rec


def read_article_gold(path: Path, text: str) -> GoldSet:
    """Our article-level gold: the article file sits beside the gold JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise fail(path, f"JSON error: {exc}", "E903", InputError) from exc
    meta = data.get("article") or {}
    name = meta.get("file") or path.name.replace(".gold.json", ".txt")
    article_path = path.parent / name
    try:
        body = article_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise fail(path, f"its article {article_path} cannot be read ({exc.strerror or exc})", "E903", InputError) from exc
    rec = article_record(data, body, path.name.replace(".gold.json", ""))
    return GoldSet("article", path, [rec], half_credit=True, sentence_level=False)


def read_articles_jsonl(path: Path, text: str) -> GoldSet:
    """Many articles' gold, one a line, each with its text inline (the real-news dev set)."""
    records = []
    for n, data in json_lines(path, text):
        body = data.get("text") if isinstance(data, dict) else None
        if not isinstance(body, str) or not body.strip():
            raise fail(path, f"line {n}: an article gold line needs a non-empty 'text'", "E903", InputError)
        meta = data.get("article") or {}
        records.append(article_record(data, body, str(meta.get("id") or f"{path.stem}-{n}")))
    if not records:
        raise fail(path, "no article lines", "E903", InputError)
    return GoldSet("article", path, records, half_credit=True, sentence_level=False)
