"""``communique dyads``: two actors' relationship over time, as a table and a plot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..extras import require_extra
from ..intervals import period_range
from ..store import PERIODS
from . import main
from .options import db_option
from .query import format_option, open_store, print_rows, table

DYAD_COLUMNS = ["period", "n", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean"]


def plot_dyad(rows: list[dict[str, Any]], a: str, b: str, path: str, by: str = "month") -> None:
    """Draw counts by quad class (stacked bars) and the Goldstein sum (line) per period."""
    require_extra("plot", "The dyad plot (--plot)")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by_label = {r["period"]: r for r in rows}
    if rows:  # empty periods are drawn as zero
        empty = {"n": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "goldstein_sum": 0.0, "goldstein_mean": None}
        labels = period_range(rows[0]["period"], rows[-1]["period"], by)
        rows = [by_label.get(label, {"period": label, **empty}) for label in labels]
    periods = [r["period"] for r in rows]
    x = list(range(len(periods)))
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(max(6, 0.6 * len(periods) + 3), 6))
    names = {"q1": "verbal cooperation", "q2": "material cooperation", "q3": "verbal conflict",
             "q4": "material conflict"}
    colours = {"q1": "#7fb3d5", "q2": "#1f618d", "q3": "#f5b041", "q4": "#c0392b"}
    base = [0] * len(rows)
    for q in ("q1", "q2", "q3", "q4"):
        values = [r[q] for r in rows]
        top.bar(x, values, bottom=base, color=colours[q], label=names[q])
        base = [b0 + v for b0, v in zip(base, values)]
    top.set_ylabel("events")
    top.set_ylim(0, max(base + [1]) * 1.45)
    top.legend(fontsize=8, loc="upper left", ncol=2)
    top.set_title(f"{a} – {b}")
    sums = [r["goldstein_sum"] for r in rows]
    bottom.axhline(0, color="#888888", linewidth=0.8)
    bottom.plot(x, sums, marker="o", color="#34495e", label="Goldstein sum")
    means = [r["goldstein_mean"] if r["goldstein_mean"] is not None else float("nan") for r in rows]
    bottom.plot(x, means, marker="s", linestyle="--", color="#8e44ad", label="Goldstein mean")
    bottom.set_ylabel("Goldstein")
    low, high = min(sums + [0.0]), max(sums + [0.0])
    bottom.set_ylim(low - 0.1 * (high - low or 1), high + 0.45 * (high - low or 1))
    bottom.legend(fontsize=8, loc="upper left", ncol=2)
    bottom.set_xticks(x)
    bottom.set_xticklabels(periods, rotation=45, ha="right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, format=Path(path).suffix.lstrip(".").lower() or "png", dpi=110)
    plt.close(fig)


@main.command("dyads")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(PERIODS), default="month", show_default=True, help="Time bucket.")
@click.option("--plot", type=click.Path(dir_okay=False), default=None, help="Draw the series to FILE.png or .svg.")
@click.option("--events", "show_events", is_flag=True, help="List the events behind each period.")
@click.option("--canonical", is_flag=True, help="Count each happening once (events merged across reports).")
@format_option
def dyads_command(a: str, b: str, db: str, by: str, plot: str | None, show_events: bool, canonical: bool,
                  fmt: str) -> None:
    """The relationship of two actors over time: events by quad class, Goldstein sum and mean.

    A and B are country codes (TUR) or full actor codes (TURGOV). A multilateral
    event counts for every pair of its participants.

    \b
    Examples:
      communique dyads TUR SYR --by month --plot tur-syr.png
      communique dyads TURGOV SYRGOV --by year --events
    """
    if plot and Path(plot).suffix.lower() not in (".png", ".svg"):
        raise click.BadParameter("give a .png or .svg file", param_hint="--plot")
    with open_store(db) as store:
        rows = store.dyad(a, b, by=by, canonical=canonical)
        details: dict[Any, dict[str, Any]] = {}
        if show_events and rows:
            for ev in store.events(actor=a, limit=None, canonical=canonical):
                details[ev["id"]] = ev
    if fmt != "table" or not show_events:
        print_rows(rows, fmt, DYAD_COLUMNS)
    else:
        for row in rows:
            click.echo(table([row], DYAD_COLUMNS))
            evs = [details[i] for i in row["event_ids"] if i in details]
            cols = ["id", "date", "cameo", "participants", "place", "num_mentions" if canonical else "trigger_text",
                    "countries" if canonical else "article_id"]
            click.echo(table(evs, cols) if evs else "(no events)")
            click.echo("")
    if plot:
        plot_dyad(rows, a.upper(), b.upper(), plot, by)
        click.echo(f"communique: plot written to {plot}", err=True)
