"""The HTTP API and web reader: ``create_app`` builds it, ``communique serve`` runs it."""

from __future__ import annotations

from ..extras import require_extra

require_extra("web", "The web page and HTTP API")

from .app import create_app  # noqa: E402

__all__ = ["create_app"]
