"""``communique show``: a readable summary of extraction output."""

from __future__ import annotations

import json
from typing import TextIO

import click

from ..summary import summarize_all
from . import main


@main.command("show")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
def show(file: TextIO) -> None:
    """Print a readable summary of a JSONL file written by 'communique extract'.

    \b
    Example:
      communique extract examples/ -o out.jsonl && communique show out.jsonl
    """
    records = (json.loads(line) for line in file if line.strip())
    click.echo(summarize_all(records))
