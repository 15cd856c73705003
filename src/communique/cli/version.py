"""``communique version``: the package, the model and its verified hashes."""

from __future__ import annotations

import click

from .. import __version__
from ..language import model_info
from . import main


@main.command("version")
def version() -> None:
    """Print the Communique version and the verified language model.

    \b
    Example:
      communique version
    """
    info = model_info()
    click.echo(f"communique {__version__}")
    click.echo(f"model {info['package']} {info['version']} ({info['path']})")
    for name, digest in info["sha256"].items():
        click.echo(f"  sha256 {name} {digest} verified")
