"""Command-line options for parallel runs, shared by ``extract`` and ``ingest``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from .partition import PARTITION_SIZE

F = Callable[..., Any]


def scale_options(func: F) -> F:
    """--workers, --dask, --scheduler and --partition-size."""
    func = click.option("--partition-size", type=click.IntRange(min=1), default=PARTITION_SIZE,
                        show_default=True,
                        help="Records (JSONL lines or files) per unit of work.")(func)
    func = click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
                        help="Run on an existing Dask cluster (implies --dask).")(func)
    func = click.option("--dask", "use_dask", is_flag=True, default=False,
                        help="Run on Dask distributed (a local cluster unless --scheduler).")(func)
    func = click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                        help="Worker processes; each loads the model once.")(func)
    return func
