"""Regenerate ``docs/quality.md``: run the gold sets and write every figure.

The real-news dev set (``tests/data/realnews``, in this repository) comes
first: it is the only quality estimate on text nobody here wrote. Its
first-sight figures (each batch scored once, before any rule saw it) are read
from ``first_sight.json`` beside it and shown next to today's figures.

Usage (what ``make eval`` runs)::

    python -m communique.evaluate.report --shared ../shared --out docs/quality.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import evaluate_file
from .matching import LEVEL_NAMES
from .plover_map import load_rules

ROOT = Path(__file__).resolve().parents[3]
#: The real-news dev set: batches of real, openly licensed articles (in the repository).
REALNEWS = ROOT / "tests" / "data" / "realnews"
#: The gold sets of public projects, as paths inside the shared folder.
GOLD_SETS = (
    ("PETRARCH unit records, suite's verb dictionary", ("eval", "petrarch", "PETR.UnitTest.records.xml"), True),
    ("PETRARCH unit records, our verb patterns", ("eval", "petrarch", "PETR.UnitTest.records.xml"), False),
    ("PLOVER gold records", ("eval", "plover", "PLOVER_GSR_CAMEO.txt"), True),
    ("article gold (four-way talks)", ("examples", "four-way-talks.gold.json"), True),
)

PEERS = """\
| coder | records | precision (exact triples, as our L3) | recall (as L3) | records exactly right |
|---|---|---|---|---|
| PETRARCH-2 (PETR.Validate dictionaries including its verbs, fed parses) | PETRARCH unit records | 0.547 | 0.332 | 90 of 279 |
| PETRARCH-1 (its own suite) | PETRARCH unit records | — | — | all 276 evaluated |
"""


def ours_vs_peers(results: list[tuple[str, dict[str, Any]]]) -> str:
    """One sentence setting our strict PETRARCH figures beside PETRARCH-2's."""
    ranked = sorted(results, key=lambda r: not r[1].get("gold_verbs"))
    for _, result in ranked:
        if result["gold"] == "petrarch" and "3" in result["events"]:
            strict = result["events"]["3"]
            how = ("with the suite's dictionaries, verbs included, as PETRARCH-2 had them"
                   if result.get("gold_verbs") else "with the suite's actor dictionaries and our own verb patterns")
            return (f"Ours on the same records, {how}, exact triples (L3): precision "
                    f"{strict['precision']:.3f}, recall {strict['recall']:.3f}, {result['exact_records']} of "
                    f"{result['evaluated']} records exactly right (see the note on the suite's verb codes "
                    "below).\n")
    return ""


def git_commit(root: Path) -> str:
    """The short commit hash of ``root`` and whether the source tree differs from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=root,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (with uncommitted changes under src/)" if dirty else "")


def fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def rate(entry: dict[str, Any] | None) -> str:
    if not entry:
        return "—"
    right = entry["right"]
    right_s = f"{right:g}"
    return f"{entry['rate']:.3f} ({right_s}/{entry['total']})"


def _level(result: dict[str, Any], level: int, key: str) -> str:
    entry = result["events"].get(str(level))
    return fmt(entry[key]) if entry else "n/a"


def summary_table(results: list[tuple[str, dict[str, Any]]]) -> str:
    head = "| figure | " + " | ".join(name for name, _ in results) + " |\n"
    head += "|---" * (len(results) + 1) + "|\n"
    rows: list[tuple[str, Any]] = [
        ("records evaluated (not evaluated)",
         lambda r: f"{r['evaluated']} ({r['not_evaluated']})"),
        ("gold events (noevents records)", lambda r: f"{r['gold_events']} ({r['noevents_records']})"),
        ("articles that failed", lambda r: str(r["failed_articles"])),
    ]
    for level in (1, 2, 3, 0):
        for key in ("precision", "recall", "f1"):
            rows.append((f"L{level} {key} — {LEVEL_NAMES[level]}" + (" (diagnostic)" if level == 0 else ""),
                         lambda r, lv=level, k=key: _level(r, lv, k)))
        rows.append((f"L{level} predicted / gold events",
                     lambda r, lv=level: (f"{r['events'][str(lv)]['predicted']} / {r['events'][str(lv)]['gold']}"
                                          if str(lv) in r["events"] else "n/a")))
    rows += [
        ("records exactly right (strictest level)", lambda r: f"{r['exact_records']} of {r['evaluated']}"),
        ("PLOVER category accuracy", lambda r: rate(r["plover_accuracy"])),
        ("actor accuracy", lambda r: rate(r["actor_accuracy"])),
        ("date expression accuracy", lambda r: rate(r["date_accuracy"])),
        ("event date accuracy (matched events)", lambda r: rate(r["event_date_accuracy"])),
        ("quotes found", lambda r: rate(r["quote_found"])),
        ("speaker accuracy (found quotes)", lambda r: rate(r["speaker_accuracy"])),
        ("events coded in not-event sentences", lambda r: fmt(r["not_event_hits"])),
    ]
    body = "".join(f"| {label} | " + " | ".join(get(r) for _, r in results) + " |\n" for label, get in rows)
    return head + body


def class_table(result: dict[str, Any]) -> str:
    out = "| class | gold | found (credit) | predicted | correct (credit) | precision | recall | F1 |\n"
    out += "|---|---|---|---|---|---|---|---|\n"
    for name, row in result["by_class"].items():
        out += (f"| {name} | {row['gold']} | {row['credit_gold']:g} | {row['predicted']} | "
                f"{row['credit_predicted']:g} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} |\n")
    return out


def first_sight_table(results: list[tuple[str, dict[str, Any]]]) -> str:
    """Each real-news batch at first sight, at the code before it, and now (level 1)."""
    path = REALNEWS / "first_sight.json"
    if not path.is_file():
        return ""
    import json

    log = json.loads(path.read_text(encoding="utf-8"))
    now = {name: r for name, r in results}
    out = ("| batch | articles / gold events | first sight: commit, P / R / F1 | code before the session: "
           "P / R | now: P / R / F1 | quotes found, speakers right, event dates right (first sight → now) |\n")
    out += "|---|---|---|---|---|---|\n"
    for b in log["batches"]:
        r = now.get(f"real news, {b['batch']}")
        cur = r["events"]["1"] if r else None
        base = b.get("baseline") or {}
        extra = (f"{b['quotes_found']:.2f} → {r['quote_found']['rate']:.2f}, "
                 f"{b['speaker_accuracy']:.2f} → {r['speaker_accuracy']['rate']:.2f}, "
                 f"{b['event_date_accuracy']:.2f} → {r['event_date_accuracy']['rate']:.2f}"
                 if r and r.get("quote_found") and r.get("speaker_accuracy") and r.get("event_date_accuracy")
                 else "—")
        before = f"{base['precision']:.3f} / {base['recall']:.3f}" if base else "— (cannot read the file)"
        out += (f"| {b['batch']} | {b['articles']} / {b['gold_events']} | `{b['commit']}`: {b['precision']:.3f} / "
                f"{b['recall']:.3f} / {b['f1']:.3f} | {before} | "
                + (f"{cur['precision']:.3f} / {cur['recall']:.3f} / {cur['f1']:.3f}" if cur else "—")
                + f" | {extra} |\n")
    return out + "\n" + log.get("about", "") + "\n"


def mapping_table() -> str:
    out = "| our PLOVER 2021 category | CAMEO codes starting with | PLOVER 0.5 category of the gold |\n"
    out += "|---|---|---|\n"
    for rule in load_rules():
        out += f"| {rule.plover} | {', '.join(rule.cameo) or 'any'} | {rule.gold} |\n"
    return out


WHY_MISSED = """\
Why real-news events are missed, by root class (read from `communique eval --show-errors` on
the three batches and a diagnostic that sorts each missed gold event by whether anything was
coded in its sentence and whether its actors were found; docs/events.md has the detail):

- **01 statements, 03 intents** (recall near 0.1): the gold codes assessments and positions
  ("has long been clear that Iran plays an unacceptable role", "reiterated the UK's ambition to
  deliver a trade deal") that no trigger of ours reads as an event; "will continue to support"
  is coded as the act (051), not the intent (03x).
- **02 appeals, 10 demands**: found when the release says "we call on", "we urge" or "X
  must/should" in its own voice; missed when the addressee is named only in an earlier sentence
  ("urged it to allow …") or is "all parties" with more than two in play.
- **04 consultations, 05 cooperation**: the most often found; misses are meetings told by event
  nouns with their parties in other clauses ("after many hours of discussions", "during his
  meetings with them"), and leaders referred to as "the two leaders" or "they".
- **11 disapproval** (the largest class, 112 gold): criticism said as a predicate ("is a clear
  violation of", "constitutes a threat to") or aimed at an event whose agent is implicit
  ("condemned the coup"), which we do not resolve to the agent.
- **17–20 coercion and violence**: Wikipedia narrative with agents in other sentences
  ("The following day, Pakistan shot down …" is found; "the capture of Shusha" is not), and
  statements about violence with no named agent, which we now leave uncoded rather than give to
  the speaker.
- **Across classes**: about a third of missed events have a source we never find (pronouns and
  role nouns across paragraphs: "the secretary", "the two leaders"); the publisher's voice, office
  titles, middle initials and appositions recovered part of them in this round.
- **Batches 8 to 10** (read at L1 after their first sight): most misses are still silent
  sentences. Plain reported statements are not the gap one would guess: coding every "X said …"
  with an actor subject as 010 (to the other country named, else none) would have been right 3
  times in 112 candidate sentences of the dev set, because the gold codes what the statement
  *does* (praise, criticism, an intent) rather than that it was said. What is missed is inference
  from the content ("It is a great honour to welcome the Secretary of State" is a 043 hosting),
  multi-party readouts ("spoke with the Chief Minister of Gibraltar and with the Iranian Foreign
  Minister"), passives with the agent in another sentence, and intents ("is due to meet" was
  read as hypothetical before a807aaa; it is now 036).
- **Batches 12 to 20** (995 gold events, each half scored at first sight on arrival, at five
  commits; pooled 0.489 precision and 0.239 recall at L1): the gap is spread thin. Over the 2,753 gold events of batches 1 to 19, with
  the rules alone, 37% sit in sentences where we code nothing though both gold actors are
  among the sentence's actors (the root is the missing part), 17% in silent sentences where only
  the source is found (the target is named in another sentence, or is a group we do not
  recognise: "civilians", "the separatists", "authorities in Beijing"), 8% in silent sentences
  with neither, 15% in coded sentences with the pair at hand but another root or a second event,
  and 19% are found. Of the silent sentences with both actors, about three in ten hold a trigger
  word of the right root that the rules did not reach (condemnations of an attack whose agent is
  named only in other sentences, "they agreed" after a readout's meeting, "spoke by phone with");
  the rest need inference from content. Rules that code a condemnation of an agentless attack
  (target: the place's country, else none) were tried and left out: 6 of 15 right, because the
  gold names the perpetrator from other sentences. Headline events are never matched (38 of 38):
  the annotators code the body, and a headline the body does not repeat is kept by design.
- **Batches 21 and 22** (277 gold events, each half scored at first sight on arrival at 24013ad;
  pooled 0.514 precision and 0.195 recall at L1). The next round read the false events as well as
  the misses, over all forty files with the rules alone (P 0.524 / R 0.194 before, 0.593 / 0.212
  after). Four kinds of false event were common and are gone: headline events (44, none in the
  gold: a headline's events are now dropped when a body follows; `headline_events: true` keeps
  the old rule), event words in another sense ("demonstrated that", "will consider it a
  provocation", "the Iranian threat", "the statement was released", "the long-standing
  cooperation between"), violence told in a minister's words and given to the minister as its
  agent (33 such events, 3 right: a speaker now stands in only as "we"), and event nouns made
  the speaker's accusations (now only uses of force). The recall gained came from patterns the
  misses showed ("carried out strikes", "launched missiles at", "expressed gratitude",
  "reaffirmed its commitment to", "approved a third round of sanctions", "had a call with"), from
  a clause of its own no longer swallowed by the event word above it, and from condemnations of
  an attack with no named attacker now aimed at the country of the place struck (7 events, 6
  right; the earlier try, which took any place of the sentence, was right 6 times in 15).
- **Batches 24 and 25** (262 gold events, each half scored at first sight on arrival at dae463a;
  pooled 0.527 precision and 0.221 recall at L1, rules alone 0.500 / 0.156). Their misses showed
  kinds of event the rules had no answer for: attacks nobody claims ("a car bomb explodes in the
  Syrian village of Sousian, killing 60"), now the insurgents' of the place (46 events on the
  dev set, 27 right); datelines that cost the parser its subject ("SEOUL, South Korea, Sept. 29,
  2013 – Defense Secretary Chuck Hagel arrived here today"); phone calls ("called President
  Santos"); pledges ("will continue to support"); and "the regime" for a foreign government.
  Rules alone over the forty-six files went from 0.586 / 0.208 to 0.593 / 0.221.
- **Batch 26** (137 gold events), kept unread and scored once at the final code (827154e): P
  0.396 / R 0.141 (rules alone 0.385 / 0.111), against 0.405 / 0.126 for the code before the
  session. Its releases are sanctions listings, UN statements and a briefing transcript, mostly
  designations and positions the rules do not reach.
- **Batch 27** (104 gold events), kept unread and scored once at the final code (4b62303, three
  rule changes after batch 26's first sight): P 0.524 / R 0.212 (rules alone 0.500 / 0.173),
  against 0.537 / 0.212 for the code before the session. Over batches 26 and 27 (239 gold events
  the code never saw) the session's code gives P 0.456 / R 0.172, the code before it 0.470 / 0.163.
- **Batch 28** (145 gold events, each half scored at first sight on arrival at 478fe97, the code at
  the end of the session before): P 0.455 / R 0.200 (rules alone 0.475 / 0.159); 28a, coalition
  operations in Libya and "Friends of" meetings, 0.250 / 0.091; 28b, Myanmar, Somalia and the
  Philippines in 2017, 0.613 / 0.324.
  Their misses and the whole dev set's false events led to a generated list of 17,500 political
  people (Phoenix's country file, people only, with a policy; counted only where the text names
  their country), appeals, criticism, sanctions and coercion with no target aimed at the one state
  in play (84 events, 61 right), force aimed at the country where it happened, groups of no country
  (ISIL, al-Qaeda) coded as the insurgents of the country they act in, a minister beside the
  publisher's own taken as the counterpart, and event nouns recalled as background ("Russia's
  invasion of Ukraine", 63 events, 13 right) no longer coded. Rules alone over the fifty-two files
  went from 0.582 / 0.214 to 0.616 / 0.230; the learned fallback was retrained on batches 1 to 28 and
  its threshold raised from 0.45 to 0.5, the lowest that keeps pooled precision at 0.6 leaving one
  batch out.
- **Batch 29** (139 gold events), kept unread and scored once at the final code (c524d65): P
  0.547 / R 0.217 (rules alone 0.522 / 0.181), against 0.508 / 0.225 for the code before the
  session (rules alone 0.490 / 0.181). On unseen news the session gained precision, not recall.
- **Batch 30** (145 gold events), annotated while the code was reviewed and scored once at the
  final code (5fd359d): P 0.610 / R 0.181 (rules alone 0.656 / 0.153), the same as the code before
  the session. Over batches 29 and 30 the session's code gives P 0.574 / R 0.199, the code before
  it 0.550 / 0.202.
- **Batch 31** (153 gold events, each half scored at first sight on arrival at c161b23, the code at
  the end of the session before): P 0.465 / R 0.138 (rules alone 0.463 / 0.132); short stored
  copies of Sub-Saharan African and post-Soviet releases. The dev set's silent sentences then led
  to targets named in the trigger's own words (meetings, cooperation, criticism, rejections, fights:
  32 events, 23 right), "agree", "commit" and "ready" as intents with no event word after them (50,
  31 right), arrests with no agent as the authorities' of the place, "I" in a government's release
  as that government, no actor mention across a line break, a passive's agent from its means
  ("killed in Israeli airstrikes"), and fewer false events (a meeting's purpose, one use of force
  told twice). Rules alone over the fifty-eight files went from 0.610 / 0.223 to 0.621 / 0.240; the
  learned fallback was retrained on batches 1 to 31 (leaving one batch out: 0.600 / 0.267 at 0.5).
- **Batch 32** (125 gold events), kept unread and scored once at the final code (55a173c): P
  0.500 / R 0.168 (rules alone 0.548 / 0.136), the same pooled figure as the code before the
  session (rules alone 0.552 / 0.128). What the dev set taught did not carry to these 16 articles.
- **Batch 33** (119 gold events), annotated after batch 32's scoring and scored once at the final
  code (eaeb878, the same extraction output as 55a173c): P 0.500 / R 0.197 (rules alone 0.500 /
  0.179), again the same pooled figure as the code before the session (rules alone 0.487 /
  0.171). Over batches 32 and 33 (244 gold events the code never saw) both give P 0.500 / R 0.182.
- **Batch 34** (116 gold events), annotated at the start of the next session and kept unread
  while the learned part changed, then scored once at the final code (e1e4c4b): P 0.615 / R
  0.215 (rules alone 0.600 / 0.164), against 0.579 / 0.198 for the code before the session (the
  rules were unchanged). The session changed no rule: the pair model learned where each side
  sits, a sentence the rules coded may take one more learned event of another root, and the
  model was retrained on batches 1 to 33: two more right events and one more event in all (38 → 39
  predicted, 22 → 24 right).
- **Batch 35** (129 gold events), annotated after batch 34's scoring and scored once at the final
  code (c88f414, the same extraction output as e1e4c4b): P 0.517 / R 0.242 (rules alone 0.583 /
  0.219), the same pooled figure as the code before the session. Over batches 34 and 35 (244 gold
  events the code never saw) the session's code gives P 0.556 / R 0.230, the code before it 0.541 /
  0.221: two right events more.
- **Batches 36, 37 and 39 to 57** (336 articles, 2,688 scored gold events), annotated by
  forty-two annotators in the next session in six rounds, each scored once at first sight at
  9187337 (the code that session started from) and then added to the training data: P 0.576 / R
  0.240 pooled (rules alone 0.583 / 0.210). The rounds went 0.648 / 0.231, 0.587 / 0.262, 0.613 /
  0.290, 0.550 / 0.242, 0.528 / 0.216 and 0.565 / 0.198: no trend, the spread of the news itself.
- **Batch 38** (132 gold events), annotated at the start of that session and kept unread while it
  changed the code (sentence starts inside a line only after an end mark, publishers behind embassy
  names and copy sites, the learned part retrained on the 108 other batch files with
  `learned_threshold` 0.6), then scored once at its final extraction code (33ee31f): P 0.636 / R
  0.250 (rules alone 0.622 / 0.212), against 0.580 / 0.258 for the code before the session. The
  learned part, measured by six-fold cross-validation over those files, adds 245 right events of
  415 at 0.6 (0.604 / 0.227 → 0.602 / 0.259); on batch 38 it added 5 right of 7.
- **Batches 58 and 59** (32 articles, 271 scored gold events), annotated at the start of the next
  session and scored once at first sight at 171f693 (the code that session started from): P 0.643
  / R 0.207 pooled (rules alone 0.627 / 0.181). Short stored copies (120 to 300 words) of UK and
  US releases and Wikipedia articles on Israel and Lebanon in 2005–09, Guinea-Bissau, The Gambia
  and Senegal, counter-narcotics, and Kyrgyzstan, Tajikistan and Mongolia. They then joined the
  training data with batch 38 (114 files).
- **Batch 60** (117 gold events), annotated after them and kept unread while the learned part was
  retrained on those 114 files, then scored once at 5964f04: P 0.649 / R 0.239 (rules alone 0.656
  / 0.214), against 0.657 / 0.231 for the code before the session. **Batches 61 and 62** (225
  scored gold events), annotated next and scored once at the same extraction: P 0.505 / R 0.253
  (rules alone 0.511 / 0.227), against 0.480 / 0.236. Reading their misses showed the scorer
  failing our codes for the EU, NATO, the UN's organs and Kosovo against the annotators' spellings
  of the same bodies; counted as one side (organisation-codes.yml), batches 60 to 62 give 0.580 /
  0.269 at the same code. The learned part was then retrained on the 120 files of batches 1 to 62.
- **Batches 63 and 64** (32 articles, 272 gold events), annotated while that was done and kept
  unread, then scored once at the session's final extraction code (96b7a2f): P 0.720 / R 0.217
  (rules alone 0.698 / 0.180), against 0.716 / 0.213 for the code before the session with the same
  scorer. 63b alone has 101 gold events, 31 of them one joint statement coded once per signatory,
  and we find 16. A stricter check with a lower learned threshold (settings.md), measured on batch
  60, gave 0.647 / 0.205, no better than the defaults.
- **Batches 65 to 67** (48 articles, 397 scored gold events: Korea and Japan, Sudan, Venezuela,
  Colombia and Cuba, Belarus, Moldova and the Baltic states, Yemen and the Red Sea, Taiwan and the
  South China Sea), annotated at the start of the next session and scored on arrival at the code
  it started from (c7eaecf): P 0.543 / R 0.244 (rules alone 0.538 / 0.214). Kept unread while the
  article's focus was added (events/focus.py) and the learned part was retrained on batches 1 to
  64, then scored once at the final extraction code (9e07274): P 0.529 / R 0.247 (rules alone
  0.523 / 0.209), 83 right of 157 against 82 of 151. The focus, worth a point of recall out of
  fold, turned two right rule events into wrong ones here, and the retrained learned part added 15
  right events of 27 (12 of 21 before). Per file, precision ran from 0.44 (67a, Yemen: 103 gold
  events) to 0.71 (65b): under the 0.6 floor on four of six files, as the rules alone were.
- **Batch 68** (16 articles, 133 gold events: Iraq, Syria and the coalition against ISIS; Haiti,
  the Dominican Republic and Caribbean security), annotated after that scoring and scored once at
  112a78f (the same extraction as 9e07274): P 0.618 / R 0.165 (rules alone 0.593 / 0.128), against
  0.625 / 0.158 for the code the session started from. Over batches 65 to 68 (64 articles, 530
  gold events, none seen by any rule or model before its scoring) the session's code gives P 0.544 /
  R 0.226, the code before it 0.557 / 0.223: two right events more, eight more events in all.
- **Batch 69** (16 articles, 156 gold events: India and Pakistan; Israel, Gaza and regional
  diplomacy after 7 October 2023), annotated at the end of that session and scored once at cd9c328
  (the same extraction as 9e07274): P 0.667 / R 0.276 (rules alone 0.706 / 0.250), against 0.638 /
  0.256 for the code before the session. Over batches 65 to 69 (80 articles, 686 gold events) the
  session's code gives P 0.574 / R 0.238, the code before it 0.577 / 0.230.
- **Batches 70 to 73** (64 articles, 510 scored gold events: Armenia and Azerbaijan; the Sahel
  juntas; Somalia; the Iran nuclear talks; Myanmar and the Rohingya; Central America; Morocco,
  Algeria and Western Sahara; Canada, China and India), annotated outside the repository at the
  start of the next session and scored on arrival at the code it started from (93d2ffb): P 0.622 /
  R 0.251 (rules alone 0.652 / 0.222). Kept unread while the session changed the rules (light-verb
  frames, endangering verbs, event nouns told before, performative "want to thank") and gave the
  learned part a party's own country as the unnamed side of domestic events, then scored once at
  e2dbf30 with the model retrained on batches 1 to 69: P 0.639 / R 0.251 (rules alone 0.667 /
  0.220), 117 right of 183 against 117 of 188. The session bought precision at first sight, not
  recall. The narrower focus rule proposed the session before (aim violence only at the source's
  own country) scored 0.608 / 0.247 at the start code, against 0.622 / 0.251 for the shipped one,
  so the shipped rule stays.
- **Batches 74 and 75** (32 articles, 264 scored gold events: Libya; Turkey, northern Syria and
  the Kurdish-led forces; Cameroon, Nigeria and Lake Chad; Serbia, Kosovo and Bosnia), annotated
  outside the repository while that session's code was measured and scored once at its final
  code (32a02f7, the learned part retrained on batches 1 to 73): P 0.634 / R 0.261 (rules alone
  0.616 / 0.220), against 0.620 / 0.254 for the code the session started from. Over batches 70 to
  75 (96 articles, 774 gold events) the session's code gives P 0.637 / R 0.255, the code before
  it 0.622 / 0.252. 75b (Serbia and Kosovo, 65 gold events) is found at R 0.09.
- **Batches 76 and 77** (32 articles, 260 scored gold events: Sri Lanka; Georgia; Lebanon; North
  Korea and Russia), annotated outside the repository after that and scored once at the session's
  last code (1ee7dec: a danger named is the speaker's criticism, the pair model reads the parties'
  roles, the learned part retrained on batches 1 to 75): P 0.538 / R 0.200 (rules alone 0.549 /
  0.158), against 0.500 / 0.181 for the code the session started from: 50 right events of 93
  against 45 of 90. Precision at first sight is under the 0.6 floor on these four files, at both
  codes.
- **Batch 78** (16 articles, 140 scored gold events: Ethiopia's Tigray war; the Black Sea during
  the war in Ukraine), annotated after the code was final and scored once at 29d5d9e (the same
  extraction as 1ee7dec): P 0.474 / R 0.207 (rules alone 0.500 / 0.193), against 0.466 / 0.207 for
  the code the session started from. Over batches 76 to 78 (48 articles, 400 gold events, all
  scored at the final code) P 0.513 / R 0.203, against 0.486 / 0.190; over the session's batches
  70 to 78 (144 articles, 1,174 gold events, each at the code it was scored at) P 0.594 / R 0.237,
  against 0.576 / 0.231. Precision at first sight is under the floor on the last three batches.
- **Batches 79 to 82** (63 articles, 497 scored gold events: DR Congo, Rwanda and M23; Greece,
  Turkey and Cyprus; Central Asia; Thailand, Cambodia and Vietnam), annotated outside the
  repository at the start of the next session and scored on arrival at the code it started from
  (8695991): P 0.575 / R 0.245 (rules alone 0.542 / 0.187). Kept unread while the session changed
  the learned part (its pair model reads the verb each side attaches to; a rule event with a
  source alone takes the pair model's target; the model retrained on batches 1 to 78), then
  scored once at 27a5388: P 0.577 / R 0.249, 109 right of 189 against 107 of 186. b81-07 was
  dropped before scoring: the same Wikipedia text as b36-07.
- **Batches 83 to 90** (128 articles, 950 scored gold events: Cabo Delgado; Guyana and
  Venezuela; the Pacific Islands; Bangladesh, Nepal and the Maldives; Iraqi Kurdistan; Chad and
  the Central African Republic; Peru and Ecuador; the Nordics and the Arctic), annotated while
  that session worked, kept unread and scored once at 27a5388: P 0.635 / R 0.233 (rules alone
  0.619 / 0.168), against 0.638 / 0.228 for the start code; the last four (87 to 90) P 0.616 /
  R 0.267 against 0.619 / 0.261. Over the session's batches 79 to 90 (191 articles, 1,447 gold
  events, all at 27a5388) P 0.614 / R 0.238, against 0.615 / 0.234: six right events more, eleven
  events more in all. The shipped model was then retrained on batches 1 to 90.
- **Batches 91 to 94** (43 articles, 278 scored gold events: the Renaissance Dam; Australia and
  China; coastal West Africa; Mexico and the United States), annotated at the end of that session
  after the page search budget had run out, so 38 of the 43 are excerpts of Wikipedia's
  Portal:Current events day pages (short news summaries, from a GitHub archive of the portal)
  rather than the usual mix of government releases and articles; 92a and 94b could not be written
  at all. Scored once at the session's final code (19b8abb, the model of batches 1 to 90, which
  never saw them): P 0.691 / R 0.281 (rules alone 0.634 / 0.234), against 0.670 / 0.273 for the
  code the session started from. Short summaries are easier than full releases, so this figure
  does not compare with the batches before.
- **Batches 95 to 98** (64 articles, 579 scored gold events: Syria after Assad; Sudan's war;
  southern Africa; Ukraine 2023 to 2025), annotated outside the repository at the start of the
  next session and scored once on arrival at the code it started from (ddf457a): P 0.533 / R 0.200
  (rules alone 0.520 / 0.161), precision under the floor. Then their errors were read, and they
  joined the dev set and the model.
- **Batches 103 to 106** (64 articles, 596 scored gold events: arms control; proliferation;
  expulsions and detentions; sanctions; maritime security; disaster relief; Iraq; Afghanistan),
  annotated while that session worked and scored once on arrival at 32999eb (the session's rule
  and learned-part changes, the model of batches 1 to 90): P 0.625 / R 0.210 (rules alone 0.608 /
  0.159), against 0.620 / 0.203 for the start code. Then they joined the dev set and the model.
- **Batches 99 to 102** (62 articles, 550 scored gold events: Israel and Iran; Colombia; the West
  Bank; Hungary, Slovakia and the EU; Armenia and Azerbaijan), annotated while that session worked,
  kept unread, and scored once at 3777261 (the session's code then, the model of batches 1 to 98
  and 103 to 106, which never saw them): P 0.610 / R 0.271 (rules alone 0.676 / 0.245), against
  0.604 / 0.262 for the start code: five right events more, six events more. A test then showed
  the learned part guessing a country with two in play (the article's focus on a tie); with that
  mended and the model retrained, the final code (e9c6e3e) gives P 0.628 / R 0.273 on them (140
  right of 223). Only the aggregate was read, and nothing was tuned on them. Not in the shipped
  model.
- **Batches 107 and 108** (32 articles, 283 scored gold events: South Korea's martial law crisis;
  Japan's defence ties; the Sahel in 2024 and 2025; Greenland, Canada and Panama in 2025),
  annotated at the end of that session, kept unread and scored once at its final code (7cfed62):
  P 0.542 / R 0.233 (rules alone 0.538 / 0.194), against 0.533 / 0.219 for the start code.
  Precision is under the floor here. Over 99 to 102 (at 3777261) and 107 and 108 (at the final
  code), the session's held-out first sight pools at P 0.588 / R 0.238 (197 right of 335
  predicted; 198 of 833 gold events). Not in the shipped model.
- **Batches 109 to 112** (64 articles, 745 scored gold events: Thailand and Cambodia; the
  Falklands; Morocco, Algeria and Western Sahara; Finland, Sweden and the Baltic; the Houthis and
  the Red Sea; Ethiopia and Eritrea; Cuba and Nicaragua; maritime Southeast Asia), annotated at
  the start of the next session and scored once on arrival at its start code (2a7fd34, whose model
  never saw them): P 0.614 / R 0.240 (rules alone 0.594 / 0.188; 159 right of 259 predicted).
  Their errors were then read, and they joined the model's training data, with 99 to 102, 107
  and 108.
- **Batches 113 to 116** (64 articles, 761 scored gold events: Bangladesh; Haiti; Mozambique;
  Serbia and Kosovo; Iraq; Peru, Ecuador and Bolivia; Libya, Tunisia and Italy; Cyprus, Greece and
  Turkey), annotated during that session, kept unread (only a duplicate check of URLs, titles and
  text ran) and scored once at its final extraction code (719d23b, model of batches 1 to 112):
  **P 0.677 / R 0.251** (rules alone 0.665 / 0.188; 180 right of 266 predicted), against 0.650 /
  0.225 (160 right of 246) for the start code. Per file, precision runs from 0.556 to 0.829. They
  joined the training data afterwards.
- **Batches 117 to 120** (64 articles, 705 scored gold events: Georgia, Moldova and Belarus;
  Syria before and after Assad's fall; coastal West Africa; Central America), annotated at the
  start of the next session, kept unread (only a duplicate check of URLs and titles ran), scored
  once on arrival at its start code (eeea325: P 0.611 / R 0.275, 173 right of 283) and once at
  its final extraction code (c454035, model of batches 1 to 116, which never saw them):
  **P 0.603 / R 0.278** (rules alone 0.593 / 0.194; 175 right of 290 predicted). That session's
  changes (a retrained model, UN titles and missions in the actor dictionary) moved these texts
  by two right events. Per file, precision runs from 0.471 to 0.723. They joined the training
  data in the session after.
- **Batches 121 to 128** (128 articles, 1,527 scored gold events: the Korean peninsula; the
  Philippines, Taiwan and the South China Sea; the Central African Republic, Liberia, Sierra Leone
  and The Gambia; Brazil and the Southern Cone; Central Asia; Poland, the Baltic states and
  Finland; Zimbabwe, Zambia and Angola; the Gulf states), annotated during the session of
  2026-12-06 by sixteen annotators, kept unread (only a duplicate check of URLs and titles and
  the annotators' own format checks ran), scored on arrival at the start code (9d8688f: P 0.630 /
  R 0.260, 349 right of 554) and once at the final extraction code (1971e40, model of batches 1
  to 116, which never saw them): **P 0.636 / R 0.265** (rules alone 0.598 / 0.191; 355 right of
  558 predicted). The session's changes (seas and regions named after a state, an office's "of"
  state, heads of state and government since 2000, the Secretary-General's body) moved them by
  six right events. The first eight (121 to 124) give 0.588 / 0.236, the next eight 0.689 /
  0.295; per file, precision runs from 0.406 to 0.818. They then joined the training data.
- **Batches 129 to 132** (64 articles, 708 scored gold events: Nigeria; Indonesia, Malaysia and
  Timor-Leste; Egypt; Bosnia and Herzegovina, Montenegro, North Macedonia and Albania),
  annotated later in the same session, kept unread, scored on arrival at 54b258e (P 0.724 /
  R 0.292, 194 right of 268; the model retrained on batches 1 to 128) and once at the final
  extraction code (9855ada, the same model, which never saw them): **P 0.729 / R 0.295** (rules
  alone 0.662 / 0.210; 196 right of 269). At the next session's final code (774534b, learned
  thresholds 0.45 and 0.5, the same model): 0.745 / 0.328. They joined the training data then.
- **Batches 133 to 136** (63 articles, 723 scored gold events: Sri Lanka, Mauritius and the
  Chagos Archipelago; the Maghreb and Western Sahara; Cameroon, Gabon and Central Africa; Italy,
  Spain, Malta and the central Mediterranean), annotated during the second session of
  2026-12-06 by eight annotators, kept unread (only a duplicate check of URLs, titles and text
  ran, which dropped b134-15: six of its seven lines came from the Portal day another annotator
  took for b136-15), scored on arrival at the start code (40093e5: P 0.667 / R 0.274, 186 right
  of 279; learned thresholds 0.55 and 0.6) and once at the final extraction code (774534b:
  thresholds 0.45 and 0.5, model of batches 1 to 128, which never saw them): **P 0.649 /
  R 0.290** (rules alone 0.672 / 0.199; 198 right of 305). The lower thresholds bought 1.6
  points of recall for 1.8 of precision here. Per file, precision runs from 0.571 to 0.750.
  With batches 129 to 132, which that model never saw either: 0.696 / 0.309 on 1,431 gold
  events, against 0.697 / 0.284 at the start code (417 right of 599 against 382 of 548). They
  then joined the training data.
- **Batches 137 to 144** (128 articles, 1,402 scored gold events: Hungary, Czechia, Slovakia and
  Austria; Zambia, Lesotho, Eswatini, Madagascar and Malawi; Ireland, the Nordic states and
  Greenland; Cuba, Nicaragua and the Caribbean; the Western Balkans; Jordan, Kuwait, Oman and
  Bahrain; Argentina, Chile, Uruguay and Paraguay; Ghana, Togo, Côte d'Ivoire, Liberia and Sierra
  Leone), annotated in two rounds during the third session of 2026-12-06 by sixteen annotators,
  kept unread (only a duplicate check of URLs, titles and text against the dev set and each other
  ran), scored on arrival at the start code (e18eff2: P 0.689 / R 0.290, 406 right of 589;
  learned thresholds 0.45 and 0.5) and once at the final extraction code (9413a35: thresholds 0.4
  and 0.45, model of batches 1 to 136, which never saw them): **P 0.664 / R 0.304** (rules alone
  0.665 / 0.195; 426 right of 642). The first round (137 to 140) gives 0.648 / 0.319, the second
  (141 to 144) 0.679 / 0.330; per file, precision runs from 0.293 (Ireland and the Nordic states,
  2015 to 2020, where the learned part made Ireland the other side of Northern Ireland's domestic
  politics) to 0.806. The lower thresholds bought 1.4 points of recall for 2.5 of precision here:
  the 53 events they and the session's rules added are right 38% of the time. They then joined
  the training data.
- **Batches 145 to 152** (128 articles, 1,427 scored gold events: Mongolia, Nepal and Bhutan;
  Kenya, Uganda, Burundi and Tanzania; Romania, Bulgaria and the Black Sea; Canada, Australia and
  New Zealand in world affairs; Somalia, Somaliland and Djibouti; Myanmar, Laos and Vietnam;
  France, Belgium and the Netherlands; Lebanon), annotated in two rounds during the fourth
  session of 2026-12-06 by sixteen annotators, kept unread (only a duplicate check of URLs,
  titles and text against the dev set and each other ran), scored on arrival at the start code
  (33b9df7: P 0.609 / R 0.325, 440 right of 722; learned threshold 0.4, coded 0.45, no check) and
  again at the final extraction code (a8a8e81: threshold 0.3, coded 0.5, the check at 0.25 with
  the classifier's backing; model of batches 1 to 144, which never saw them): **P 0.627 /
  R 0.345** (468 right of 747). The first round (145 to 148) was read between the two scorings:
  0.592 / 0.332 at the start, 0.622 / 0.363 at the end, and one rule (lists under an appeal)
  came from its misses. The second round (149 to 152) arrived later and was scored at both
  commits before anything in it was read: **0.628 / 0.319 → 0.631 / 0.327** (218 right of 347,
  224 of 355); per file, precision runs from 0.457 (Myanmar, Laos and Vietnam, 2021 to 2025) to
  0.757. They then joined the training data.
- **Batches 153 to 184** (495 articles, 5,745 scored gold events in 63 files: Germany, Austria
  and Switzerland; Pakistan and Afghanistan; South Sudan and Chad; Yemen; Venezuela; Mali,
  Burkina Faso and Niger; Turkey; India; China and the West; cyber operations; the South
  Caucasus; the Philippines and Singapore; Colombia and Ecuador; Saudi Arabia and Iran; Israel
  and Gaza; Russia and the West; the campaign against the Islamic State; Ukraine; Mexico and the
  United States; Iran; Sudan; terrorist attacks; elections; hostages and prisoner exchanges;
  Japan and China; arms sales; global health diplomacy; migration diplomacy; leaders' summits;
  the UK and the EU after Brexit; peacekeeping; Afghanistan), annotated in eight rounds during the
  fifth session of 2026-12-06 by 63 annotators, and scored on arrival with the code and model of
  d8b4920 (batches 1 to 152): **P 0.609 / R 0.296** (1,595 right of 2,617; rules alone
  0.612 / 0.177). The session changed no coding behaviour, so this is also the final code's
  figure with that model. Only the first round (153 to 156: 0.627 / 0.322) was read; the other
  seven (55 files, 5,028 gold events) were not, and give **0.607 / 0.293**. Per file, precision
  runs from 0.400 (arms sales, 2021 to 2025) to 0.795 (elections, 2015 to 2020). Rounds six to
  eight (173 to 184, 2,070 gold events) scored with a model of batches 1 to 172, which never saw
  them, give 0.590 / 0.285 against 0.595 / 0.278 with the start model: forty more training
  files bought 16 right events for 34 more events. The three duplicates the check found (b160-06,
  b164-10, b177-11) were dropped before scoring. They then joined the training data.
- **Batches 185 to 192** (128 articles, 1,501 scored gold events in 16 files on eight themes:
  nuclear arms control and non-proliferation; climate and energy diplomacy; diplomatic
  expulsions and embassy closures; attacks and seizures at sea; border disputes and clashes;
  trade disputes and economic coercion; international courts; assassinations, poisonings and
  transnational repression), annotated in two rounds during the sixth session of 2026-12-06 by
  16 annotators and scored on arrival at f52c9b5, which codes exactly as the session's start
  (9aaad18; model of batches 1 to 184): **P 0.565 / R 0.256** (354 right of 626; rules alone
  0.556 / 0.147). Two files were read after scoring (climate and energy diplomacy 2015 to 2020,
  whose false positives showed capitals that begin a name, "the Paris Agreement", read as
  governments, fixed in 71743b5; attacks at sea 2021 to 2025); the other 14 (1,332 gold events)
  were not, and give **0.592 / 0.267**. With the final extraction code and the same model, which
  never saw them: 0.573 / 0.257 (355 right of 620), the 14 unread files 0.594 / 0.267. Per file,
  precision runs from 0.241 (climate and energy diplomacy, 2015 to 2020; 0.320 with the fix) to
  0.710 (international courts, 2021 to 2025). No article was a duplicate; b190-02 and b190-03
  share one quoted paragraph. They then joined the training data.
- **Batches 193 to 200** (128 articles, 1,637 scored gold events in 16 files on eight themes:
  coups and military takeovers; military exercises, intercepts and air incidents; peace
  processes and mediation; debt, development finance and aid; human rights defenders and
  political prisoners; missiles, space and missile defence; state visits and bilateral summitry;
  protests and crackdowns), annotated in two waves during the seventh session of 2026-12-06 by
  16 annotators and scored on arrival at that session's start (f16bceb; model of batches 1 to
  192): **P 0.651 / R 0.327** (503 right of 773; rules alone 0.641 / 0.172). Four files were read
  after scoring (human rights 2015 to 2020, whose output showed "Democratic People’s Republic of
  Korea" with a typographic apostrophe read as South Korea, fixed in 4e54454; the false positives
  of military exercises 2021 to 2025, of missiles and space 2015 to 2020, and of protests 2015 to
  2020, which showed "London Bridge" read as the British government, fixed in 5d18998); the other
  12 (1,210 gold events) were not, and give **0.671 / 0.354**. With the final extraction code and
  the same model, which never saw them: 0.649 / 0.328 (504 right of 777), the 12 unread files
  0.668 / 0.354. Per file, precision runs
  from 0.511 (missiles and space, 2015 to 2020) to 0.829 (state visits, 2015 to 2020). No
  article was a duplicate; four Treasury releases share the Global Magnitsky boilerplate
  paragraphs. They then joined the training data.
- **Batches 201 to 208** (123 articles, 1,406 scored gold events in 16 files on eight themes:
  water and river disputes; natural disasters and international relief; food security and grain;
  sport and culture; religious freedom and persecuted minorities; genocide, atrocities and their
  recognition; parliaments and legislators in foreign affairs; attacks on embassies and
  diplomats), annotated in two waves during the eighth session of 2026-12-06 by 16 annotators
  and scored on arrival at that session's start (6674763; model of batches 1 to 200), each file
  before anything in it was read: **P 0.553 / R 0.234** (299 right of 541; rules alone 0.586 /
  0.122), the lowest first sight of the last rounds. The model predicts 541 events for 1,406 gold
  ones: 832 gold events sit in sentences where nothing was coded. Per file, precision runs from
  0.393 (attacks on embassies, 2021 to 2025) to 0.760 (disasters and relief, 2015 to 2020). With
  the final extraction code (agencies, territories, relief and storming triggers, rebels in a
  government's release) and the same model: 0.552 / 0.236 (300 right of 543). Five articles were dropped at intake, before scoring:
  three already in the dev set (b208-01 to b208-03) and two taken twice in the round (b203-13 is
  b202-13, b206-11 is b205-10). They then joined the training data.
- **Batches 209 to 216** (128 articles, 1,206 scored gold events in 16 files on eight themes:
  drug trafficking and counter-narcotics; extradition and law-enforcement cooperation; energy
  pipelines and gas supply; foreign military bases and defence agreements; landmines, cluster
  munitions and conventional arms control; fisheries and maritime boundaries; polar regions and
  outer space; condolences, funerals and commemorations), annotated in two waves during the
  ninth session of 2026-12-06 by 16 annotators and scored on arrival at that session's start
  (dd86ce3; model of batches 1 to 208), each file before anything in it was read: **P 0.545 /
  R 0.249** (274 right of 503; rules alone 0.574 / 0.141). Per file, precision runs from 0.346
  (conventional arms control, 2015 to 2020) to 0.778 (foreign bases, 2015 to 2020). With the
  final extraction code (criminals as actors, the learned part's wider reading of silent
  sentences) and the same model: 0.541 / 0.258 (285 right of 527). No article was dropped at
  intake: the annotators claimed each page in a shared file as they took it. They then joined
  the training data.
- **Batches 217 to 224** (128 articles, 1,242 scored gold events in 16 files on eight themes:
  chemical and biological weapons; foreign interference and disinformation; corruption,
  kleptocracy and asset recovery; human trafficking and forced labour; military training missions
  and security assistance; apologies, reparations and colonial legacies; counter-terrorism
  designations and cooperation; nuclear safety and civil nuclear disputes), annotated in two waves
  during the tenth session of 2026-12-06 by 16 annotators and scored on arrival at that session's
  start (3bf80e6; model of batches 1 to 216), each file before anything in it was read: **P 0.518
  / R 0.248** (303 right of 585; rules alone 0.540 / 0.134). Per file, precision runs from 0.390
  (foreign interference, 2021 to 2025) to 0.692 (human trafficking, 2021 to 2025). With the final
  extraction code (regional adjectives and army acronyms as actors) and the same model: the same
  0.518 / 0.248. No article was dropped at intake. They then joined the training data.
- **Batches 225 to 232** (128 articles, 1,486 scored gold events in 16 files of everyday
  foreign-affairs, security and conflict news with no theme: each annotator took what UK and US
  government sites and Wikipedia's Portal:Current events published around four assigned months
  between 2015 and 2025), annotated in two waves during the eleventh session of 2026-12-06 by 16
  annotators and scored on arrival at that session's start (7bda99e; model of batches 1 to 224),
  each file before anything in it was read: **P 0.636 / R 0.351** (477 right of 750; rules alone
  0.594 / 0.180). Per file, precision runs from 0.500 (two files) to 0.833, recall from 0.239
  to 0.505. The themed rounds before it gave 0.518 to 0.553 precision at first sight: this is
  the figure for the ordinary mix of news. With the final extraction code (UN peacekeepers as
  the UN's, learned meetings read both ways, the check at 0.25) and the same model: 0.634 /
  0.351 (477 right of 752). No article was dropped at intake. They then joined the training
  data.
- **Batches 233 to 240** (128 articles, 1,603 scored gold events in 16 files of everyday news
  sampled by date as in the round before, with other months and the Treasury's releases named
  as a source), annotated in two waves during the first session of 2026-12-07 by 16 annotators
  and scored on arrival at that session's start (738a1fd; model of batches 1 to 232), each file
  before anything in it was read: **P 0.564 / R 0.312** (475 right of 842; rules alone 0.545 /
  0.156). Per file, precision runs from 0.415 to 0.695, recall from 0.149 to 0.447. The round
  before, sampled the same way, gave 0.636 / 0.351: two rounds of 16 files differ by seven
  points of precision, so one round is a noisy estimate. With the final code (an armed group of
  no country scored as one side) and the same model: 0.567 / 0.314 (477 right of 842). No
  article was dropped at intake. They then joined the training data.
- **Batches 241 to 248** (127 articles, 1,436 scored gold events in 16 files, a third round of
  everyday news sampled by date), annotated in two waves later in the same session and scored on
  arrival at 0a7cc29 (the code of that session, with the model retrained on batches 1 to 240),
  each file before anything in it was read: **P 0.591 / R 0.344** (466 right of 789; rules alone
  0.575 / 0.166). Per file, precision runs from 0.474 to 0.738, recall from 0.270 to 0.458. One
  article (b247-05) was dropped at intake: it was a statement already in the dev set (b207-01)
  from another mirror; the figure is that of the other 127. The three rounds sampled by date
  pool to **P 0.596 / R 0.335** (1,418 right of 2,381 predicted; 4,525 scored gold events in 48
  files). They then joined the training data.
- **Batches 249 to 252** (64 articles, 797 scored gold events in 8 files, a fourth round of
  everyday news sampled by date; the brief now asks annotators to grep a sentence of the body
  too, against mirrored copies), annotated during the second session of 2026-12-07 and scored on
  arrival at that session's start (afeabfe; model of batches 1 to 248), each file before
  anything in it was read: **P 0.610 / R 0.341** (261 right of 428; rules alone 0.584 / 0.172).
  Per file, precision runs from 0.529 to 0.750, recall from 0.286 to 0.420. No article was
  dropped at intake. They then joined the training data.
- **Batches 253 to 256** (64 articles, 768 scored gold events in 8 files, the same round's second
  wave) arrived unread while the pair model gained its noun features and were scored once at
  800de68 (that code, with the model retrained on batches 1 to 252), before anything in them was
  read: **P 0.585 / R 0.336** (250 right of 427; rules alone 0.584 / 0.176). Per file, precision
  runs from 0.451 to 0.709, recall from 0.181 to 0.466. No article was dropped at intake; they
  joined the training data in the session after (ad48edf). The four rounds sampled by date pool
  to **P 0.596 / R 0.336** (1,929 right of 3,236 predicted; 6,090 scored gold events in 64 files).
- **Batches 257 to 260** (64 articles, 832 scored gold events in 8 files, a fifth round of
  everyday news sampled by date), annotated during the third session of 2026-12-07 and scored on
  arrival at ad48edf (the code of the session before, with the model retrained on batches 1 to
  256), each file before anything in it was read: **P 0.608 / R 0.353** (282 right of 464; rules
  alone 0.640 / 0.200). Per file, precision runs from 0.447 to 0.700, recall from 0.195 to
  0.413. No article was dropped at intake. They then joined the training data.
- **Batches 261 to 264** (64 articles, 775 scored gold events in 8 files, the same round's second
  wave) arrived unread while the pair model gained the sides named just before and were scored
  once at c0d6d55 (that code, with the model retrained on batches 1 to 260), before anything in
  them was read: **P 0.630 / R 0.334** (250 right of 397; rules alone 0.608 / 0.172). Per file,
  precision runs from 0.464 to 0.744, recall from 0.278 to 0.462. No article was dropped at
  intake; they joined the training data in the session after (a7e62ce). The fifth round (257
  to 264) gives P 0.618 / R 0.344; the five rounds sampled by date pool to **P 0.601 / R 0.338**
  (2,461 right of 4,097 predicted; 7,697 scored gold events in 80 files).
- **Batches 265 to 272** (128 articles, 1,511 scored gold events in 16 files, a sixth round of
  everyday news sampled by date), annotated in two waves during the fourth session of 2026-12-07
  and scored once, unread, at a7e62ce (the code of the session before, with the model retrained
  on batches 1 to 264): first wave (265 to 268) **P 0.587 / R 0.348** (246 right of 419; rules
  alone 0.582 / 0.170), second wave (269 to 272) **P 0.635 / R 0.388** (294 right of 463; rules
  alone 0.639 / 0.197), the round **P 0.612 / R 0.369**. Per file, precision runs from 0.460 to
  0.741, recall from 0.263 to 0.469. No article was dropped at intake (one shared paragraph
  between two different statements, b271-07 and b67-02, was kept). They then joined the training
  data. The six rounds sampled by date pool to **P 0.603 / R 0.343** (3,001 right of 4,979
  predicted; 9,208 scored gold events in 96 files).
- **Batches 273 to 276** (63 articles, 719 scored gold events in 8 files, the sixth round's
  third wave), annotated later in the same session and scored once, unread, at 482bbb0 (the model
  retrained on batches 1 to 272, with the same code): **P 0.582 / R 0.364** (234 right of 402;
  rules alone 0.596 / 0.174). Per file, precision runs from 0.500 to 0.765, recall from 0.241 to
  0.512. One article (b275-14) was dropped at intake: a War Powers letter on the template of one
  already in the training data (b118-05); the figure is that of the other 63. They then joined
  the training data. The sixth round (265 to 276) gives P 0.603 / R 0.367; the six rounds
  sampled by date pool to **P 0.601 / R 0.344** (3,235 right of 5,381 predicted; 9,927 scored gold
  events in 104 files).
"""

METHOD = """\
## How the figures are measured

- Each record's text goes through the default pipeline (`communique.run.get_pipeline`) as one
  article, published on the record's date. PETRARCH `error` records (dateline and discard tests) are not evaluated.
- Events are matched to gold triples at three levels (plus L0, a diagnostic: an event between
  the right countries with any code): **L1** root class (first two digits of the
  CAMEO code) and country-level dyad (first three letters of each actor code; an international
  body is its own side, and its spellings in two schemes count as one: IGOEEC and IGOEUR for the
  EU, IGOWSTNAT and NATO, IGOUNOSEC within IGOUNO, XKX and KOS for Kosovo, from
  `evaluate/data/organisation-codes.yml`, since 2026-12-05; since 2026-12-07 an armed group of
  no country is one side too, whether coded IMGMOSISI or ---REB); **L2** exact CAMEO
  code and country-level dyad; **L3** exact code and full actor codes. Matching is one to one, best
  credit first. A multilateral event (`participants`) expands into one dyad per pair of
  participants, matching either direction; one multilateral event may cover several gold dyads and
  counts once on the predicted side.
- **Precision** = credit of predicted events / predicted events; **recall** = credit of gold events /
  gold events; F1 is their harmonic mean, over all records. Events coded for a `noevents` record
  are false positives. Exact repeats of an event within one sentence record count once.
- The PETRARCH unit records test PETRARCH's dictionary mechanics. Their verb dictionary
  (`PETR.Validate.verbs.txt`) says itself that most of its codes are WEIS, not CAMEO, tweaked for
  single tests (e.g. CONDEMN → 122, SIGN → 081, URGE → 102). The set runs twice: once with every
  dictionary its `<Environment>` names — actors and agents as extra actor dictionaries, the verb
  file as extra event patterns (`event_patterns`, read by `events/petrarch.py`), as PETRARCH-2 had
  them — and once with the actor dictionaries only, our own CAMEO 1.1b3 verb patterns coding. The
  second run's code-level figures mostly measure the WEIS/CAMEO mismatch; its L0 and actor accuracy
  show whether we find the right dyads. The PETRARCH dictionary readers were written and checked
  against these same records (see `docs/events.md`), so the first run is not a held-out figure.
- PLOVER gold has no CAMEO codes: its events are keyed by PLOVER category (our category mapped to
  PLOVER 0.5, table below), so L2 does not apply and L3 compares country code plus sector (e.g.
  `HUNGOV`). Records without a target but with several sources are symmetric pairs. PLOVER
  category accuracy there = records where any of our events has the gold category.
- Article gold lists every acceptable code; an exact code scores 1, a code of the same root class
  0.5 (as the gold's `about` asks), at L2 and L3. Events must come from the gold event's sentence.
  Actor accuracy = gold actors that we found (by name or a mention's text) with the gold code;
  PETRARCH/PLOVER actor accuracy = distinct gold actor codes of a record that appear among our
  actors or event codes. Date accuracy compares resolved values of the gold date phrases; quotes
  are found when their words overlap the gold quote's (containment or ≥60% of its words); the
  speaker is right when its code or name is the gold one.
- The article gold is the project's specification example, which the stage authors could read
  while writing rules: treat its figures as a regression check, not as an estimate of quality on
  unseen articles.
- `communique eval --gold FILE --show-errors` lists each miss and false positive with its sentence.
"""


def render(results: list[tuple[str, dict[str, Any]]], commit: str, when: str) -> str:
    parts = [
        "# Quality\n\n",
        "Generated by `make eval` (`python -m communique.evaluate.report`); do not edit by hand.\n\n",
        f"- date: {when}\n- commit: `{commit}`\n\n",
        "## Real news at first sight\n\n",
        "The real-news dev set (`tests/data/realnews`, sources and licences in its README) is the "
        "quality estimate that counts: full articles nobody here wrote, each batch scored once before "
        "any rule saw it. Figures at level 1 (root class + country dyad, from the gold event's "
        "sentence).\n\n", first_sight_table(results), "\n", WHY_MISSED, "\n",
        "## Our figures\n\n", summary_table(results), "\n",
        "## The peers on the same data (reference figures, not re-measured here)\n\n", PEERS, "\n",
        ours_vs_peers(results), "\n",
        METHOD, "\n",
        "## PLOVER 2021 → PLOVER 0.5 mapping\n\n",
        "From `src/communique/evaluate/data/plover-2021-to-0.5.yml`, built from the CAMEO-to-PLOVER "
        "2021 table and the gold's label set. Rules apply in order; other categories map to "
        "themselves.\n\n",
        mapping_table(), "\n",
    ]
    for name, result in results:
        kind = "PLOVER category" if result["gold"] == "plover" else "CAMEO root class"
        parts += [f"## By class: {name} ({kind}, level 1)\n\n"]
        if result.get("dictionaries"):
            parts.append("Dictionaries loaded: " + ", ".join(f"`{d}`" for d in result["dictionaries"]) + "\n\n")
        parts += [class_table(result), "\n"]
        for note in result.get("notes") or []:
            parts.append(f"Note: {note}\n\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder")
    parser.add_argument("--out", default="docs/quality.md", help="the Markdown file to write")
    parser.add_argument("--commit", default=None,
                        help="the commit measured, when running a snapshot (default: git rev-parse here)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    results = []
    for batch in sorted(REALNEWS.glob("batch*.jsonl")):
        name = f"real news, {batch.stem}"
        print(f"communique eval: {name} ({batch})", file=sys.stderr)
        results.append((name, evaluate_file(batch)))
    for name, parts, gold_verbs in GOLD_SETS:
        path = shared.joinpath(*parts)
        if not path.exists():
            print(f"communique eval: {path} not found; is --shared right?", file=sys.stderr)
            return 1
        print(f"communique eval: {name} ({path})", file=sys.stderr)
        result = evaluate_file(path, gold_verbs=gold_verbs)
        if gold_verbs or result["gold"] == "petrarch":
            results.append((name, result))
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = render(results, args.commit or git_commit(Path.cwd()), when)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"communique eval: wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
