"""One JSON error shape for every failure of the HTTP API.

Every error response, whatever raised it (a route, request validation, an
unknown path, a wrong method, an oversized body, a bug), has the body::

    {"ok": false, "error": {"code": "E803", "message": "[E803] Not found: ..."}}

>>> error_body("E803", what="article 'x'")["error"]["code"]
'E803'
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import CommuniqueError, InputError, StoreError, message

log = logging.getLogger("communique.web")

#: HTTP status for each API error code.
STATUS: dict[str, int] = {"E801": 413, "E802": 422, "E803": 404, "E804": 500, "E805": 405, "E806": 503, "E807": 409}


#: Domain codes that mean the request itself was wrong (answered 422).
INVALID_QUERY = {"E706"}


class BodyTooLarge(StarletteHTTPException):
    """Raised while reading a request body that outgrows the limit."""

    def __init__(self, size: int | str, limit: int) -> None:
        super().__init__(status_code=413, detail=f"body of {size} bytes, limit {limit}")
        self.size = size
        self.limit = limit


class ApiError(CommuniqueError):
    """An error a route raises on purpose; its code decides the HTTP status."""

    @property
    def status(self) -> int:
        return STATUS.get(self.code, 400)


def error_body(code: str, **fields: object) -> dict[str, Any]:
    """The JSON body of an error response."""
    return {"ok": False, "error": {"code": code, "message": message(code, **fields)}}


def error_response(status: int, code: str, **fields: object) -> JSONResponse:
    """A JSON error response in the one shape."""
    return JSONResponse(error_body(code, **fields), status_code=status)


def _describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request could not be read"


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to the one JSON error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"ok": False, "error": {"code": exc.code, "message": str(exc)}},
                            status_code=exc.status)

    @app.exception_handler(CommuniqueError)
    async def _domain_error(request: Request, exc: CommuniqueError) -> JSONResponse:
        if isinstance(exc, InputError) or exc.code in INVALID_QUERY:
            status = 422
        elif isinstance(exc, StoreError):
            status = 503
        else:
            status = 500
        return JSONResponse({"ok": False, "error": {"code": exc.code, "message": str(exc)}},
                            status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "E802", detail=_describe_validation(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return error_response(404, "E803", what=f"no route {request.url.path}")
        if exc.status_code == 405:
            return error_response(405, "E805", method=request.method, path=request.url.path)
        if isinstance(exc, BodyTooLarge):
            return error_response(413, "E801", size=exc.size, limit=exc.limit)
        return error_response(exc.status_code, "E802", detail=str(exc.detail))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "E804", detail=f"{type(exc).__name__} while serving {request.url.path}")
