"""Errors of the web layer, and the one JSON shape every API failure takes.

KindlyError (kindly.errors)
 └── WebError        a request that cannot be served as asked (carries its HTTP status and a code)
      ├── NotFound       no such invitation, draft, entry or import (404)
      ├── Conflict       the thing is in a state that forbids this (409), e.g. editing a sent draft
      ├── Unreadable     an upload kindly cannot read at all (422)
      └── TooLarge       an upload over the size limit (413)

Every API failure answers {"error": {"code": "...", "message": "...", "details": [...]?}}.
"""

from __future__ import annotations

from typing import Any

from kindly.errors import ConfigError, KindlyError, ParseError, StoreError


class WebError(KindlyError):
    status = 400
    code = "bad_request"


class NotFound(WebError):
    status = 404
    code = "not_found"


class Conflict(WebError):
    status = 409
    code = "conflict"


class Unreadable(WebError):
    status = 422
    code = "unreadable"


class TooLarge(WebError):
    status = 413
    code = "too_large"


_CODES = {
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
}


def code_for_status(status: int) -> str:
    return _CODES.get(status, "error" if status >= 500 else "bad_request")


def status_and_code(error: KindlyError) -> tuple[int, str]:
    from kindly.reply.errors import ReplyError

    if isinstance(error, WebError):
        return error.status, error.code
    if isinstance(error, ReplyError):
        return 409, "no_reply_possible"
    if isinstance(error, ConfigError):
        return 422, "invalid"
    if isinstance(error, ParseError):
        return 422, "unreadable"
    if isinstance(error, StoreError):
        return 500, "store"
    return 400, "bad_request"


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    return {"error": error}
