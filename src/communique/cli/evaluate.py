"""``communique eval``: score the pipeline against a gold file."""

from __future__ import annotations

import json
from typing import Any

import click

from ..evaluate import evaluate_file
from ..evaluate.matching import LEVEL_NAMES
from . import main
from .options import set_option


def _rate(entry: dict[str, Any] | None) -> str:
    if not entry:
        return "n/a"
    return f"{entry['rate']:.3f} ({entry['right']:g}/{entry['total']})"


def format_summary(result: dict[str, Any]) -> str:
    """A short plain-text summary of an evaluation result."""
    lines = [f"gold: {result['gold']} ({result['file']})",
             f"records evaluated: {result['evaluated']} (not evaluated: {result['not_evaluated']}, "
             f"noevents: {result['noevents_records']}), gold events: {result['gold_events']}"]
    for level, entry in result["events"].items():
        lines.append(f"L{level} {LEVEL_NAMES[int(level)]}: precision {entry['precision']:.3f} "
                     f"recall {entry['recall']:.3f} F1 {entry['f1']:.3f} "
                     f"({entry['predicted']} predicted, {entry['gold']} gold)")
    lines.append(f"records exactly right: {result['exact_records']} of {result['evaluated']}")
    for key, label in (("plover_accuracy", "PLOVER category accuracy"), ("actor_accuracy", "actor accuracy"),
                       ("date_accuracy", "date accuracy"), ("event_date_accuracy", "event date accuracy"),
                       ("quote_found", "quotes found"), ("speaker_accuracy", "speaker accuracy")):
        if result.get(key):
            lines.append(f"{label}: {_rate(result[key])}")
    if result.get("not_event_hits") is not None:
        lines.append(f"events coded in not-event sentences: {result['not_event_hits']}")
    if result.get("failed_articles"):
        lines.append(f"articles that failed in the pipeline: {result['failed_articles']}")
    if result.get("dictionaries"):
        lines.append("dictionaries: " + ", ".join(result["dictionaries"]))
    for note in result.get("notes") or []:
        lines.append(f"note: {note}")
    return "\n".join(lines)


def format_errors(result: dict[str, Any]) -> str:
    """Each miss and false positive (at the strictest level), each missed quote, wrong
    speaker and wrong event date, with its sentence or quote."""
    lines = []
    for err in result["errors"]:
        lines.append(f"{err['kind'].upper():>14}  [{err['record']}] {err['event']}\n"
                     f"{'':>16}{err['sentence']}")
    return "\n".join(lines)


@main.command("eval")
@click.option("--gold", "gold_file", required=True, type=click.Path(dir_okay=False, exists=True),
              help="Gold file: PETRARCH validation XML, PLOVER gold records, or article gold JSON.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False, exists=True),
              help="Extra actor dictionary (native YAML/CSV or PETRARCH); repeatable.")
@click.option("--gold-verbs/--no-gold-verbs", default=True, show_default=True,
              help="Load the verb dictionary a PETRARCH gold file names, as extra event patterns.")
@click.option("--show-errors", is_flag=True, help="List each miss, false positive, missed quote, wrong speaker and wrong event date.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@set_option
def eval_command(gold_file: str, actor_files: tuple[str, ...], gold_verbs: bool, show_errors: bool,
                 as_json: bool, overrides: dict[str, Any] | None = None) -> None:
    """Score extraction against a gold file: event precision, recall and F1 and more.

    The format is detected from the file. PETRARCH XML loads the dictionaries
    its <Environment> names, from the XML's folder: actors and agents as actor
    dictionaries, the verb file as event patterns (unless --no-gold-verbs).

    \b
    Examples:
      communique eval --gold ../shared/eval/petrarch/PETR.UnitTest.records.xml
      communique eval --gold ../shared/examples/four-way-talks.gold.json --show-errors
      communique eval --gold ../shared/eval/plover/PLOVER_GSR_CAMEO.txt --json
      communique eval --gold tests/data/realnews/batch1.jsonl --set learned_check_threshold=0.25
    """
    result = evaluate_file(gold_file, actor_files, gold_verbs=gold_verbs, settings=overrides)
    if as_json:
        if not show_errors:
            result = {k: v for k, v in result.items() if k != "errors"}
        click.echo(json.dumps(result, indent=1, ensure_ascii=False))
        return
    click.echo(format_summary(result))
    if show_errors:
        click.echo("")
        click.echo(format_errors(result))
