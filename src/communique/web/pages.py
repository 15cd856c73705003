"""The HTML pages. Each is a static shell; its script fetches JSON from the API.

Nothing from an article is put into the HTML on the server: the scripts in
``static/`` insert article content as text nodes, so any markup in an
article shows as text.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

TEMPLATES = Path(__file__).parent / "templates"

#: Each page's title; its body is ``templates/<name>.html``, set in ``layout.html``.
TITLES = {
    "index": "Articles",
    "reader": "Reader",
    "events": "Events",
    "dyad": "Dyads",
    "paste": "Paste an article",
}

router = APIRouter(include_in_schema=False)


@cache
def render(name: str) -> str:
    """The page ``name``: its body set in the shared layout (no article content)."""
    layout = (TEMPLATES / "layout.html").read_text(encoding="utf-8")
    body = (TEMPLATES / f"{name}.html").read_text(encoding="utf-8")
    return (layout.replace("{{title}}", TITLES[name]).replace("{{page}}", name)
            .replace("{{content}}", body))


def _page(name: str) -> HTMLResponse:
    return HTMLResponse(render(name.removesuffix(".html")), headers={"cache-control": "no-cache"})


@router.get("/")
def index_page() -> HTMLResponse:
    """Stored articles and links to the other pages."""
    return _page("index.html")


@router.get("/read/{article_id:path}")
def reader_page(article_id: str) -> HTMLResponse:
    """The article reader."""
    return _page("reader.html")


@router.get("/ui/events")
def events_page() -> HTMLResponse:
    """The events table."""
    return _page("events.html")


@router.get("/ui/dyad")
def dyad_page() -> HTMLResponse:
    """Two actors over time."""
    return _page("dyad.html")


@router.get("/paste")
def paste_page() -> HTMLResponse:
    """Paste an article and read it, without storing."""
    return _page("paste.html")
