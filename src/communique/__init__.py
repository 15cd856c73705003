"""Communique: news reports of international politics in, structured, traceable event data out.

>>> import communique
>>> art = communique.extract(text, published="2023-05-11")       # doctest: +SKIP
>>> art.to_dict()["events"]                                      # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .article import Actor, Article, Claim, DateExpr, Event, Quote
from .errors import CommuniqueError
from .pipeline import Pipeline, register_stage
from .run import extract, extract_inputs
from .store import Store

__all__ = [
    "__version__",
    "Actor",
    "Article",
    "Claim",
    "CommuniqueError",
    "DateExpr",
    "Event",
    "Pipeline",
    "Quote",
    "Store",
    "extract",
    "extract_inputs",
    "register_stage",
]
