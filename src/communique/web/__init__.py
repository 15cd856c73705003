"""The HTTP API and web reader: ``create_app`` builds it, ``communique serve`` runs it."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
