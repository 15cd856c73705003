"""The JSON API: extract, store and browse articles, events, dyads, actors and claims.

Lists come back as ``{"ok": true, "items": [...], "limit", "offset"}``;
single articles as the output contract plus ``text``. Errors use the one
shape of :mod:`communique.web.errors`. No endpoint fetches a URL: ``url`` is
metadata, stored as given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from .access import ExtractAccess, StoreAccess
from .errors import ApiError

router = APIRouter()

Mode = Literal["actual", "intent", "negated", "hypothetical"]
Period = Literal["day", "week", "month", "year"]
#: A date bound: YYYY, YYYY-MM or YYYY-MM-DD.
DATE_BOUND = r"^\d{4}(-\d{2}(-\d{2})?)?$"
LIMIT_MAX = 1000


class ArticleIn(BaseModel):
    """An article to extract: its text and optional metadata."""

    text: str = Field(min_length=1, description="The article text (plain text).")
    published: dt.date | None = Field(None, description="Publication date; relative dates resolve against it.")
    title: str | None = None
    source: str | None = Field(None, description="Source name, e.g. 'Reuters'.")
    url: str | None = Field(None, description="Kept as metadata; never fetched.")
    id: str | None = Field(None, description="Article id; by default a hash of the text.")

    model_config = {"extra": "forbid", "json_schema_extra": {"examples": [
        {"text": "Turkey and Syria held talks in Moscow on Wednesday.", "published": "2023-05-11"}]}}


def _store(request: Request) -> StoreAccess:
    access: StoreAccess = request.app.state.store
    return access


def _extractor(request: Request) -> ExtractAccess:
    access: ExtractAccess = request.app.state.extract
    return access


def _listing(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"ok": True, "items": items, "limit": limit, "offset": offset, "count": len(items)}


def _extract(request: Request, body: ArticleIn) -> dict[str, Any]:
    return _extractor(request)(body.text, published=body.published, title=body.title,
                               source=body.source, url=body.url, id=body.id)


@router.post("/extract", tags=["extract"], summary="Extract one article without storing it")
def extract_article(request: Request, body: ArticleIn) -> dict[str, Any]:
    """Run the pipeline over the text; return the output contract plus ``text``."""
    return _extract(request, body)


@router.post("/articles", tags=["articles"], status_code=201, summary="Extract one article and store it")
def add_article(request: Request, body: ArticleIn,
                replace: bool = Query(False, description="Replace a stored article with the same id.")
                ) -> dict[str, Any]:
    """Extract, store, and return the stored record with the store's report."""
    store = _store(request)
    if not store.available:
        raise ApiError("E806")
    if getattr(store.store, "read_only", False):
        raise ApiError("E807", path=str(getattr(store.store, "path", "")))
    record = _extract(request, body)
    report = store.call("add_articles", [record], replace=replace)
    return {"ok": True, "id": record["id"], "report": report, "article": record}


@router.get("/articles", tags=["articles"], summary="List stored articles")
def list_articles(request: Request, limit: int = Query(50, ge=1, le=LIMIT_MAX),
                  offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """Stored articles, newest first: id, title, published, source, url, n_events, n_quotes."""
    return _listing(_store(request).call("articles", limit=limit, offset=offset), limit, offset)


@router.get("/articles/{article_id:path}", tags=["articles"], summary="One stored article")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The full record of one article: the output contract plus ``text``."""
    record = _store(request).call("article", article_id)
    if record is None:
        raise ApiError("E803", what=f"article {article_id!r}")
    result: dict[str, Any] = record
    return result


@router.get("/events", tags=["events"], summary="Stored events, filtered and paginated")
def list_events(request: Request,
                actor: str | None = Query(None, description="Actor code of any participant: TUR (every Turkish actor) or TURGOV."),
                code: str | None = Query(None, description="CAMEO code or code prefix, e.g. 043."),
                root: str | None = Query(None, description="Two-digit CAMEO root class, e.g. 04."),
                start: str | None = Query(None, pattern=DATE_BOUND,
                                          description="Earliest event date: YYYY, YYYY-MM or YYYY-MM-DD."),
                end: str | None = Query(None, pattern=DATE_BOUND,
                                        description="Latest event date: YYYY, YYYY-MM or YYYY-MM-DD."),
                mode: Mode | None = Query(None),
                canonical: bool = Query(False, description="One record per event across articles."),
                limit: int = Query(100, ge=1, le=LIMIT_MAX),
                offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """Events matching every filter given."""
    items = _store(request).call(
        "events", actor=actor or None, code=code or None, root=root or None,
        start=start or None, end=end or None,
        mode=mode, limit=limit, offset=offset, canonical=canonical)
    return _listing(items, limit, offset)


@router.get("/dyads/{a}/{b}", tags=["events"], summary="Events between two actors over time")
def get_dyad(request: Request, a: str, b: str,
             by: Period = Query("month", description="Period of each point.")) -> dict[str, Any]:
    """Per period: n, q1..q4 (counts by quad class), goldstein_sum, goldstein_mean, event_ids."""
    items = _store(request).call("dyad", a, b, by=by)
    return {"ok": True, "a": a, "b": b, "by": by, "items": items}


@router.get("/actors", tags=["actors"], summary="Stored actors")
def list_actors(request: Request, limit: int = Query(100, ge=1, le=LIMIT_MAX),
                offset: int = Query(0, ge=0)) -> dict[str, Any]:
    """Actors across stored articles, most frequent first."""
    return _listing(_store(request).call("actors", limit=limit, offset=offset), limit, offset)


@router.get("/claims", tags=["claims"], summary="Stored claims (positions and demands)")
def list_claims(request: Request,
                actor: str | None = Query(None, description="Actor code, e.g. SYR.")) -> dict[str, Any]:
    """Positions over time (actor, stance, issue, target, first, last, n, articles), optionally of one actor (code or name)."""
    items = _store(request).call("claims", actor=actor or None)
    return {"ok": True, "items": items, "count": len(items)}


@router.get("/counts", tags=["articles"], summary="How much the store holds")
def get_counts(request: Request) -> dict[str, Any]:
    """Row counts of the store (articles, events, quotes, ...)."""
    store = _store(request)
    counts = store.call("counts") if store.available else {}
    return {"ok": True, "database": store.available, "counts": counts}
