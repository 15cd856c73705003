"""A readable, plain-text summary of output records (for people, not machines)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Any


def _who(ref: dict[str, Any] | None) -> str:
    return ref["code"] if ref else "-"


def _date(event: dict[str, Any]) -> str:
    date = event.get("date") or {}
    value = date.get("value") or "?"
    gran = date.get("granularity")
    return f"{value} ({gran})" if gran and gran not in ("day",) else value


def summarize(record: dict[str, Any], width: int = 100) -> str:
    """A few lines per article: actors, events, quotes, claims, errors."""
    lines = [f"== {record.get('title') or record.get('id')}",
             f"   id {record.get('id')} | published {record.get('published') or '?'}"
             f" | source {record.get('source') or '?'}"]
    actors = record.get("actors", [])
    if actors:
        names = ", ".join(f"{a['code']} {a['name']}" for a in actors)
        lines += textwrap.wrap(names, width, initial_indent="   actors: ", subsequent_indent="           ")
    for event in record.get("events", []):
        parts = [p["code"] for p in event.get("participants", [])]
        dyad = f"{_who(event.get('source'))} -> {_who(event.get('target'))}"
        if len(parts) > 2:
            dyad += " [" + ", ".join(parts) + "]"
        place = (event.get("place") or {}).get("name")
        mode = "" if event.get("mode") == "actual" else f" ({event.get('mode')})"
        lines.append(f"   event {event['cameo']} {event.get('cameo_name', '')}{mode}: {dyad}"
                     f" | {_date(event)}" + (f" | {place}" if place else ""))
    for quote in record.get("quotes", []):
        speaker = quote.get("speaker")
        who = f"{speaker['name']} ({speaker['code']})" if speaker else "unknown speaker"
        text = quote["text"] if len(quote["text"]) < 70 else quote["text"][:67] + "..."
        lines.append(f"   quote {who}: \u201c{text}\u201d")
    for claim in record.get("claims", []):
        target = f" -> {claim['target']}" if claim.get("target") else ""
        lines.append(f"   claim {claim['code']} {claim['stance']}: {claim['issue']}{target}")
    for err in record.get("errors", []):
        lines.append(f"   {err.get('level', 'error')} {err['code']}: {err['message']}")
    return "\n".join(lines)


def summarize_all(records: Iterable[dict[str, Any]]) -> str:
    blocks = []
    totals = {"articles": 0, "actors": 0, "events": 0, "quotes": 0, "claims": 0, "failed": 0}
    for record in records:
        blocks.append(summarize(record))
        totals["articles"] += 1
        for key in ("actors", "events", "quotes", "claims"):
            totals[key] += len(record.get(key, []))
        totals["failed"] += any(e.get("level", "error") == "error" for e in record.get("errors", []))
    blocks.append("Total: " + ", ".join(f"{n} {k}" for k, n in totals.items()))
    return "\n\n".join(blocks)
