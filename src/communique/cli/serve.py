"""``communique serve``: the HTTP API and web reader over a database."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import StoreError
from ..extras import require_extra
from . import main
from .options import db_option


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. The default serves this machine only.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port.")
@click.option("--read-only", is_flag=True, help="Open the database read-only (POST /articles then fails).")
@click.option("--max-body", default=2_000_000, show_default=True, type=click.IntRange(1),
              help="Largest request body accepted, in bytes (413 beyond).")
def serve_command(db: str, host: str, port: int, read_only: bool, max_body: int) -> None:
    """Serve the JSON API and the web reader over a database.

    Open http://HOST:PORT/ in a browser for the article list, the reader,
    the events table, the dyad chart and the paste page; the API schema is at
    /openapi.json.

    \b
    Examples:
      communique serve --db demo.duckdb
      communique serve --db demo.duckdb --port 8080 --read-only
    """
    require_extra("web", "communique serve")
    import uvicorn

    from ..web import create_app

    if read_only and not Path(db).exists():
        raise StoreError("E703", path=db)
    app = create_app(db, read_only=read_only, max_body=max_body)
    click.echo(f"communique: serving {db} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
