"""The ``communique`` command line: a thin layer over the library.

Each command lives in its own module of this package and registers itself on
:data:`main`. Domain errors become a clean message and a non-zero exit here,
at the edge, never a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

from ..errors import CommuniqueError

#: Command modules, in the order their commands are listed.
COMMAND_MODULES = ("extract", "show", "version", "ingest", "query", "export", "dyads", "evaluate", "serve")


class _Group(click.Group):
    """Exit codes: 0 success, 1 usage or domain error, 2 some articles failed."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.ClickException as exc:
            exc.show()
            sys.exit(1)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CommuniqueError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Communique: news reports of international politics in, traceable event data out.

    \b
    Example:
      communique extract article.txt --published 2023-05-11
    """


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        module = f"{__name__}.{name}"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)


_load_commands()
