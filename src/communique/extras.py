"""Optional parts: the web server, Dask scale-out and plots install as extras.

``pip install communique`` gives the library, the CLI and the store;
``communique[web]``, ``communique[dask]`` and ``communique[plot]`` add the rest
(``make demo`` and ``make test`` install everything). A command that needs a
missing extra stops with E909, which names the package and the install line.

>>> require("json", "web", "the web page")   # present: nothing happens
"""

from __future__ import annotations

import importlib.util

from .errors import ConfigError

#: The packages each extra brings (what ``pip install communique[EXTRA]`` adds).
EXTRAS = {"web": ("fastapi", "uvicorn"), "dask": ("dask", "distributed"), "plot": ("matplotlib",)}


def require(module: str, extra: str, feature: str) -> None:
    """Raise E909 when ``module`` (from the ``extra`` extra) is not installed."""
    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ConfigError("E909", feature=feature, package=module, extra=extra)


def require_extra(extra: str, feature: str) -> None:
    """Raise E909 unless every package of ``extra`` is installed."""
    for module in EXTRAS[extra]:
        require(module, extra, feature)
