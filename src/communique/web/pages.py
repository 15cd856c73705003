"""The HTML pages. Each is a static shell; its script fetches JSON from the API.

Nothing from an article is put into the HTML on the server: the scripts in
``static/`` insert article content as text nodes, so any markup in an
article shows as text.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

TEMPLATES = Path(__file__).parent / "templates"

router = APIRouter(include_in_schema=False)


def _page(name: str) -> FileResponse:
    return FileResponse(TEMPLATES / name, media_type="text/html; charset=utf-8",
                        headers={"cache-control": "no-cache"})


@router.get("/")
def index_page() -> FileResponse:
    """Stored articles and links to the other pages."""
    return _page("index.html")


@router.get("/read/{article_id:path}")
def reader_page(article_id: str) -> FileResponse:
    """The article reader."""
    return _page("reader.html")


@router.get("/ui/events")
def events_page() -> FileResponse:
    """The events table."""
    return _page("events.html")


@router.get("/ui/dyad")
def dyad_page() -> FileResponse:
    """Two actors over time."""
    return _page("dyad.html")


@router.get("/paste")
def paste_page() -> FileResponse:
    """Paste an article and read it, without storing."""
    return _page("paste.html")
