"""The app factory: JSON API, pages and static assets in one FastAPI app.

>>> app = create_app(None)          # no database: /extract and the paste page only
>>> app.title
'Communique'
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from . import api, pages
from .access import ExtractAccess, Extractor, StoreAccess, open_store
from .errors import install_error_handlers
from .middleware import BodyLimit, SecurityHeaders

STATIC = Path(__file__).parent / "static"

#: Default request body limit in bytes.
MAX_BODY = 2_000_000


def create_app(db_path: str | None = None, *, store: Any | None = None, read_only: bool = False,
               max_body: int = MAX_BODY, extractor: Extractor | None = None) -> FastAPI:
    """Build the app.

    ``db_path`` opens a :class:`~communique.store.Store` held for the app's
    life (DuckDB has one writer per file, so all requests share it). Pass an
    open ``store`` instead to reuse one. Without either, the store-backed
    endpoints answer E806. ``max_body`` caps request bodies (413, E801).
    ``extractor`` replaces :func:`communique.run.extract` (for tests).
    """
    owned = store is None and db_path is not None
    if owned:
        store = open_store(str(db_path), read_only=read_only)
    access = StoreAccess(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            access.close()

    app = FastAPI(title="Communique", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # the stock docs pages load from a CDN
                  description="News articles in, traceable event data out. Every error is "
                              '{"ok": false, "error": {"code", "message"}}.')
    app.state.store = access
    app.state.extract = ExtractAccess(extractor)
    app.state.max_body = max_body
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=max_body)
    return app
