"""Output-contract records as flat table rows (no SQL here).

:func:`record_rows` turns one ``Article.to_dict(include_text=True)`` record
into a dict of table name → list of row dicts, with the column names of the
schema in :mod:`communique.store.schema`.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from ..cameo import side
from ..intervals import event_interval

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def record_id(record: dict[str, Any]) -> str:
    """The record's id, or ``sha256:`` + the start of its text hash (as :class:`Article` does)."""
    rid = record.get("id")
    if rid:
        return str(rid)
    return "sha256:" + text_hash(record.get("text") or "")[:16]


def _span(value: Any) -> tuple[int | None, int | None]:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None, None


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _ref(prefix: str, ref: dict[str, Any] | None) -> dict[str, Any]:
    ref = ref or {}
    start, end = _span(ref.get("span"))
    return {f"{prefix}_actor": ref.get("actor"), f"{prefix}_code": ref.get("code"),
            f"{prefix}_name": ref.get("name"), f"{prefix}_start": start, f"{prefix}_end": end}


def sentence_number(text: str, start: int | None) -> int | None:
    """1-based number of the sentence starting at ``start`` (counted by end punctuation)."""
    if start is None or not text:
        return None
    return 1 + sum(1 for _ in _SENTENCE_END.finditer(text, 0, max(0, start)))


def event_row(article_id: str, record: dict[str, Any], event: dict[str, Any], uid: int,
              text: str, first_sentence: int | None) -> dict[str, Any]:
    """One event as a row of the ``events`` table."""
    span, value, granularity = event_interval(event.get("date"), record.get("published"))
    date = event.get("date") or {}
    place = event.get("place") or {}
    trig_start, trig_end = _span((event.get("trigger") or {}).get("span"))
    sent = event.get("sentence") or {}
    sent_start, sent_end = _span(sent.get("span"))
    date_start, date_end = _span(date.get("span"))
    place_start, place_end = _span(place.get("span"))
    cameo = str(event.get("cameo") or "")
    row: dict[str, Any] = {
        "uid": uid, "article_id": article_id, "event_id": str(event.get("id") or uid),
        "cameo": cameo, "root": cameo[:2], "cameo_name": event.get("cameo_name"),
        "plover": event.get("plover"), "goldstein": _float(event.get("goldstein")),
        "quad_class": _int(event.get("quad_class")), "mode": event.get("mode") or "actual",
        "date_value": value, "date_granularity": granularity, "date_phrase": date.get("phrase"),
        "date_start": date_start, "date_end": date_end,
        "day_first": span[0] if span else None, "day_last": span[1] if span else None,
        "place_name": place.get("name"), "place_country": place.get("country"),
        "place_lat": _float(place.get("lat")), "place_lon": _float(place.get("lon")),
        "place_start": place_start, "place_end": place_end,
        "trigger_text": (event.get("trigger") or {}).get("text"),
        "trigger_start": trig_start, "trigger_end": trig_end,
        "sentence_text": sent.get("text"), "sentence_start": sent_start, "sentence_end": sent_end,
        "sentence_number": sentence_number(text, sent_start),
        "is_root": bool(sent_start is not None and sent_start == first_sentence),
        "confidence": _float(event.get("confidence")),
    }
    row.update(_ref("source", event.get("source")))
    row.update(_ref("target", event.get("target")))
    return row


def participant_rows(uid: int, event: dict[str, Any]) -> list[dict[str, Any]]:
    """Every actor of an event (source, target, participants), once per role and code."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(role: str, ref: dict[str, Any] | None) -> None:
        if not ref or not ref.get("code"):
            return
        key = (role, str(ref["code"]))
        if key in seen:
            return
        seen.add(key)
        rows.append({"uid": uid, "role": role, "actor_id": ref.get("actor"), "code": str(ref["code"]),
                     "country": side(str(ref["code"])), "position": len(rows)})

    add("source", event.get("source"))
    add("target", event.get("target"))
    for p in event.get("participants") or []:
        add("participant", p)
    return rows


def record_rows(record: dict[str, Any], first_uid: int) -> dict[str, list[dict[str, Any]]]:
    """All rows for one record; event uids are numbered from ``first_uid``."""
    text = record.get("text") or ""
    aid = record_id(record)
    kept = {k: v for k, v in record.items() if k != "text"}
    kept["id"] = aid
    errors = record.get("errors") or []
    out: dict[str, list[dict[str, Any]]] = {
        "articles": [{
            "id": aid, "title": record.get("title"), "published": record.get("published"),
            "source": record.get("source"), "url": record.get("url"), "text": text,
            "text_hash": text_hash(text), "record": json.dumps(kept, ensure_ascii=False),
            "failed": any(e.get("level", "error") == "error" for e in errors),
        }],
        "actors": [], "mentions": [], "events": [], "event_actors": [], "quotes": [],
        "claims": [], "dates": [], "errors": [],
    }
    for actor in record.get("actors") or []:
        out["actors"].append({"article_id": aid, "actor_id": actor.get("id"), "name": actor.get("name"),
                              "code": actor.get("code"), "country": actor.get("country"),
                              "role": actor.get("role"), "kind": actor.get("kind"),
                              "title": actor.get("title")})
        for m in actor.get("mentions") or []:
            out["mentions"].append({"article_id": aid, "actor_id": actor.get("id"), "start": m.get("start"),
                                    "end": m.get("end"), "text": m.get("text")})
    events = record.get("events") or []
    starts = [s for s in (_span((e.get("sentence") or {}).get("span"))[0] for e in events) if s is not None]
    first_sentence = min(starts) if starts else None
    for i, event in enumerate(events):
        uid = first_uid + i
        out["events"].append(event_row(aid, record, event, uid, text, first_sentence))
        out["event_actors"].extend(participant_rows(uid, event))
    for q in record.get("quotes") or []:
        start, end = _span(q.get("span"))
        row = {"article_id": aid, "quote_id": q.get("id"), "text": q.get("text"), "start": start,
               "end": end, "direct": q.get("direct"), "verb": q.get("verb")}
        row.update(_ref("speaker", q.get("speaker")))
        out["quotes"].append(row)
    for n, c in enumerate(record.get("claims") or []):
        ev = c.get("evidence") or {}
        start, end = _span(ev.get("span"))
        out["claims"].append({"article_id": aid, "n": n, "actor_id": c.get("actor"), "code": c.get("code"),
                              "stance": c.get("stance"), "issue": c.get("issue"), "target": c.get("target"),
                              "quote": ev.get("quote"), "span_start": start, "span_end": end,
                              "date": c.get("date"), "evidence": json.dumps(ev, ensure_ascii=False)})
    for d in record.get("dates") or []:
        start, end = _span(d.get("span"))
        out["dates"].append({"article_id": aid, "phrase": d.get("phrase"), "start": start, "end": end,
                             "value": d.get("value"), "granularity": d.get("granularity")})
    for e in errors:
        out["errors"].append({"article_id": aid, "code": e.get("code"), "stage": e.get("stage"),
                              "message": e.get("message"), "level": e.get("level")})
    return out
