"""Scores of our output against a gold set.

:func:`score` takes a :class:`~communique.evaluate.gold.GoldSet` and our
output records (``Article.to_dict()``, keyed by record id) and returns plain
JSON-ready numbers:

- event precision, recall and F1 at each matching level (see
  :mod:`communique.evaluate.matching`). Precision divides the credit of
  predicted events by their number, recall the credit of gold events by
  theirs; events predicted for a ``noevents`` record count as false positives;
- records exactly right (strictest level, nothing missed, nothing extra);
- a per-class table (CAMEO root, or PLOVER category for PLOVER gold);
- PLOVER category accuracy, actor accuracy, date accuracy, quote found rate
  and speaker accuracy, where the gold has what they need.

>>> p = PRF(tp_pred=1, n_pred=2, tp_gold=1, n_gold=4)
>>> p.precision, p.recall, round(p.f1, 3)
(0.5, 0.25, 0.333)
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..cameo import same_side
from .gold import GoldEvent, GoldRecord, GoldSet, cameo_root
from .matching import LEVELS, Match, Predicted, match, predicted_events


@dataclass
class PRF:
    """Credit and counts on the predicted side and on the gold side."""

    tp_pred: float = 0.0
    n_pred: int = 0
    tp_gold: float = 0.0
    n_gold: int = 0

    def add(self, m: Match) -> None:
        self.tp_pred += sum(m.pred_credit)
        self.n_pred += len(m.pred_credit)
        self.tp_gold += sum(m.gold_credit)
        self.n_gold += len(m.gold_credit)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predicted": self.n_pred, "gold": self.n_gold,
                "credit_predicted": round(self.tp_pred, 2), "credit_gold": round(self.tp_gold, 2)}


@dataclass
class Rate:
    right: float = 0.0
    total: int = 0

    def add(self, ok: bool | float, n: int = 1) -> None:
        self.right += float(ok)
        self.total += n

    def to_dict(self) -> dict[str, Any] | None:
        if not self.total:
            return None
        return {"rate": round(self.right / self.total, 4), "right": round(self.right, 2), "total": self.total}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _gold_class(gold: GoldEvent, plover_only: bool) -> str:
    if plover_only:
        return gold.plover or "?"
    return gold.roots[0] if gold.roots else "?"


def _pred_class(pred: Predicted, plover_only: bool) -> str:
    if plover_only:
        return pred.plover or "(none)"
    return cameo_root(pred.code) or "?"


def _predicted_codes(record: dict[str, Any]) -> set[str]:
    codes = {str(a.get("code")) for a in record.get("actors") or [] if a.get("code")}
    for ev in record.get("events") or []:
        for ref in [ev.get("source"), ev.get("target")] + list(ev.get("participants") or []):
            if isinstance(ref, dict) and ref.get("code"):
                codes.add(str(ref["code"]))
    return codes


def _actor_score(rec: GoldRecord, out: dict[str, Any], sentence_level: bool, rate: Rate) -> None:
    if sentence_level:
        codes = _predicted_codes(out)
        wanted = {c for e in rec.events for c in e.sources + e.targets if c and not c.startswith("-")}
        for code in sorted(wanted):
            rate.add(code in codes)
        return
    for gold in rec.actors:
        names = {_norm(m) for m in gold.mentions + (gold.name,) if m}
        found = [a for a in out.get("actors") or []
                 if _norm(str(a.get("name") or "")) in names
                 or any(_norm(str(m.get("text") or "")) in names for m in a.get("mentions") or [])]
        rate.add(any(a.get("code") == gold.code for a in found))


def date_fits(pred: str | None, gold: str | None) -> bool:
    """Whether a predicted date is the gold one at the gold's granularity.

    A gold month ("2012-01") accepts any day or week inside it, a gold year any
    date inside the year; a range ("2012-01-02/2012-01-08") fits when both ends do.
    A gold day accepts a range of days of at most a week that starts on it: an event
    "on 8–9 July" is dated by its first day.

    >>> date_fits("2012-01-02/2012-01-08", "2012-01"), date_fits("2016-10-23", "2016-10-22")
    (True, False)
    >>> date_fits("2018-07-08/2018-07-09", "2018-07-08"), date_fits("2018-07-07/2018-07-09", "2018-07-08")
    (True, False)
    """
    if pred is None or gold is None:
        return pred == gold
    if pred == gold:
        return True
    if "/" in gold:
        return False
    if len(gold) == 10 and "/" in pred:
        first, last = pred.split("/", 1)
        if first == gold and len(last) == 10:
            try:
                return 0 <= (_dt.date.fromisoformat(last) - _dt.date.fromisoformat(first)).days <= 7
            except ValueError:
                return False
    width = len(gold)  # 4 year, 7 month, 10 day
    ends = pred.split("/")
    return all(len(e) >= width and e[:width] == gold for e in ends)


def _date_score(rec: GoldRecord, out: dict[str, Any], rate: Rate) -> None:
    found = out.get("dates") or []
    for gold in rec.dates:
        at = rec.text.find(gold.phrase)
        span = (at, at + len(gold.phrase)) if at >= 0 else None
        hits = [d for d in found
                if _norm(str(d.get("phrase") or "")) == _norm(gold.phrase)
                or (span and d.get("span") and d["span"][0] < span[1] and span[0] < d["span"][1])]
        rate.add(any(d.get("value") == gold.value for d in hits))


#: Words of a personal name that do not tell people apart.
_NAME_NOISE = frozenset({"jr", "sr", "ii", "iii", "iv", "mr", "mrs", "ms", "dr", "sir", "lord", "dame"})


def _name_words(name: str) -> list[str]:
    return [w for w in _norm(name).replace("-", " ").replace(".", " ").split()
            if len(w) > 1 and w not in _NAME_NOISE]


def same_person(found: str, gold: str) -> bool:
    """Whether two names name one person: equal once initials, suffixes and honorifics
    are left out ("Lloyd Austin" is "Lloyd J. Austin III"), or the same surname with the
    same first name where both give one."""
    a, b = _name_words(found), _name_words(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    return a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] == b[0])


def _quote_hit(gold: str, pred: str) -> bool:
    g, p = _norm(gold), _norm(pred)
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    gw, pw = set(g.split()), set(p.split())
    return len(gw & pw) >= 0.6 * len(gw)


def _quote_score(rec: GoldRecord, out: dict[str, Any], found: Rate, speaker: Rate,
                 errors: list[dict[str, Any]] | None = None) -> None:
    quotes = out.get("quotes") or []
    for gold in rec.quotes:
        hits = [q for q in quotes if _quote_hit(gold.text, str(q.get("text") or ""))]
        found.add(bool(hits))
        if hits:
            ok = False
            for q in hits:
                who = q.get("speaker") or {}
                if not gold.speaker and not gold.actor:
                    ok = ok or not who  # an unknown speaker is right only as no speaker
                elif (who.get("code") and who.get("code") == gold.actor) or (
                        gold.speaker and same_person(str(who.get("name") or ""), gold.speaker)):
                    ok = True
                elif not gold.speaker and who.get("code") and same_side(str(who.get("code")), gold.actor):
                    ok = True  # an organisation or state speaking: by its country code, as the issue scores it
            speaker.add(ok)
            if not ok and errors is not None:
                who = hits[0].get("speaker") or {}
                got = f"{who.get('name')} ({who.get('code')})" if who else "no speaker"
                errors.append({"record": rec.id, "kind": "wrong speaker",
                               "event": f"{gold.speaker} ({gold.actor or '?'}), got {got}",
                               "sentence": gold.text})
        elif errors is not None:
            errors.append({"record": rec.id, "kind": "quote missed", "event": f"{gold.speaker}",
                           "sentence": gold.text})


def _not_event_hits(rec: GoldRecord, preds: list[Predicted]) -> int:
    hits = 0
    for sentence in rec.not_events:
        at = rec.text.find(sentence)
        if at < 0:
            continue
        span = (at, at + len(sentence))
        hits += sum(1 for p in preds if p.span and p.span[0] < span[1] and span[0] < p.span[1])
    return hits


@dataclass
class Tally:
    levels: dict[int, PRF] = field(default_factory=dict)
    classes: dict[str, PRF] = field(default_factory=dict)
    exact: int = 0
    records: int = 0
    failed: int = 0
    plover: Rate = field(default_factory=Rate)
    actors: Rate = field(default_factory=Rate)
    dates: Rate = field(default_factory=Rate)
    event_dates: Rate = field(default_factory=Rate)
    quotes: Rate = field(default_factory=Rate)
    speakers: Rate = field(default_factory=Rate)
    not_events: int | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)


def _record_errors(rec: GoldRecord, golds: list[GoldEvent], preds: list[Predicted], m: Match,
                   tally: Tally) -> None:
    for gi, gold in enumerate(golds):
        credit = m.gold_credit[gi]
        if credit < 1:
            tally.errors.append({"record": rec.id, "kind": "partial" if credit else "miss",
                                 "event": gold.describe(), "sentence": gold.sentence or rec.text})
    for pi, pred in enumerate(preds):
        if m.pred_credit[pi] == 0:
            tally.errors.append({"record": rec.id, "kind": "false positive", "event": pred.describe(),
                                 "sentence": pred.sentence or rec.text})


#: Modes scored in article gold: what happened or was announced, not what was
#: denied or imagined (hypothetical and negated events count neither way).
SCORED_MODES = frozenset({"actual", "intent"})


def _scored(events: list[Any], article: bool) -> list[Any]:
    return [e for e in events if not article or (e.mode or "actual") in SCORED_MODES]


def score(gold: GoldSet, outputs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Every metric for ``gold`` given our output records keyed by record id.

    In article gold, events in the negated and hypothetical modes are scored
    neither as gold nor as output (:data:`SCORED_MODES`)."""
    levels = (0, 1, 3) if gold.plover_only else (0,) + LEVELS
    tally = Tally(levels={lv: PRF() for lv in levels})
    if any(r.not_events for r in gold.records):
        tally.not_events = 0
    strict = levels[-1]
    for rec in gold.evaluated:
        out = outputs.get(rec.id) or {}
        if any(e.get("level") == "error" for e in out.get("errors") or []):
            tally.failed += 1
        article = not gold.sentence_level
        preds = _scored(predicted_events(out, map_plover=gold.plover_only, dedupe=gold.sentence_level), article)
        golds = _scored(rec.events, article)
        matches = {lv: match(golds, preds, lv, half_credit=gold.half_credit,
                             plover_only=gold.plover_only, check_sentence=not gold.sentence_level)
                   for lv in levels}
        for lv in levels:
            tally.levels[lv].add(matches[lv])
        first = matches[1]
        for gi, g in enumerate(golds):
            row = tally.classes.setdefault(_gold_class(g, gold.plover_only), PRF())
            row.n_gold += 1
            row.tp_gold += first.gold_credit[gi]
        for pi, p in enumerate(preds):
            row = tally.classes.setdefault(_pred_class(p, gold.plover_only), PRF())
            row.n_pred += 1
            row.tp_pred += first.pred_credit[pi]
        last = matches[strict]
        tally.records += 1
        if all(c == 1 for c in last.gold_credit) and all(c == 1 for c in last.pred_credit):
            tally.exact += 1
        _record_errors(rec, golds, preds, last, tally)
        _extra_scores(gold, rec, golds, out, preds, first, tally)
    return _summary(gold, tally, levels)


def _extra_scores(gold: GoldSet, rec: GoldRecord, golds: list[GoldEvent], out: dict[str, Any],
                  preds: list[Predicted], first: Match, tally: Tally) -> None:
    if gold.plover_only:
        tally.plover.add(any(p.plover == rec.category for p in preds))
    else:
        for gi, pi in first.pairs.items():
            g = golds[gi]
            if g.plover is not None or (gold.name == "article" and g.has_plover):
                tally.plover.add(preds[pi].plover == g.plover)
            if g.has_date:
                right = date_fits(preds[pi].date, g.date)
                tally.event_dates.add(right)
                if not right:
                    tally.errors.append({"record": rec.id, "kind": "wrong date",
                                         "event": f"{g.describe()}: {g.date}, got {preds[pi].date}",
                                         "sentence": g.sentence or rec.text})
    _actor_score(rec, out, gold.sentence_level, tally.actors)
    _date_score(rec, out, tally.dates)
    _quote_score(rec, out, tally.quotes, tally.speakers, tally.errors)
    if tally.not_events is not None:
        tally.not_events += _not_event_hits(rec, preds)


def _summary(gold: GoldSet, tally: Tally, levels: tuple[int, ...]) -> dict[str, Any]:
    return {
        "gold": gold.name,
        "file": str(gold.path),
        "records": len(gold.records),
        "evaluated": tally.records,
        "not_evaluated": len(gold.records) - tally.records,
        "noevents_records": sum(1 for r in gold.evaluated if r.noevents),
        "gold_events": sum(len(r.events) for r in gold.evaluated),
        "failed_articles": tally.failed,
        "events": {str(lv): tally.levels[lv].to_dict() for lv in levels},
        "exact_records": tally.exact,
        "by_class": {k: v.to_dict() for k, v in sorted(tally.classes.items())},
        "plover_accuracy": tally.plover.to_dict(),
        "actor_accuracy": tally.actors.to_dict(),
        "date_accuracy": tally.dates.to_dict(),
        "event_date_accuracy": tally.event_dates.to_dict(),
        "quote_found": tally.quotes.to_dict(),
        "speaker_accuracy": tally.speakers.to_dict(),
        "not_event_hits": tally.not_events,
        "errors": tally.errors,
    }
