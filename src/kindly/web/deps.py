"""Dependencies of the routes, as Annotated aliases: the state, the login, the CSRF check, the API token."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from kindly.web.app import LoginRequired, WebState
from kindly.web.auth import TokenInfo, check_token

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def get_state(request: Request) -> WebState:
    state = request.app.state.kindly
    assert isinstance(state, WebState)
    return state


State = Annotated[WebState, Depends(get_state)]


async def form_of(request: Request) -> FormData:
    """The request's form, read once: a field may be as large as an upload (a message pasted whole), the
    body's size being checked before (app.UploadLimit); Starlette's own default stops a field at 1 MB."""
    limit = get_state(request).settings.max_upload_bytes
    return await request.form(max_part_size=limit)


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use); every form carries it back."""
    token = request.session.get("csrf")
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def logged_in(request: Request, state: State) -> str:
    """The page needs a login: the session names the user and was made under the current password."""
    user = request.session.get("user")
    fingerprint = state.login_fingerprint()
    if not user or not fingerprint or request.session.get("login") != fingerprint:
        raise LoginRequired()
    return str(user)


User = Annotated[str, Depends(logged_in)]


async def csrf_checked(request: Request) -> None:
    """A form or HTMX request must carry the session's CSRF token (header or form field)."""
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if not sent:
        form = await form_of(request)
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent or not secrets.compare_digest(sent, expected):
        raise HTTPException(
            403, "the form has expired or did not come from this page: reload it and try again"
        )


Csrf = Annotated[None, Depends(csrf_checked)]

_bearer = HTTPBearer(auto_error=False, description="A token made by `kindly token create`.")


def api_token(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> TokenInfo:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            401, "an API token is needed: Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"}
        )
    info = check_token(state.sessions, credentials.credentials)
    if info is None:
        raise HTTPException(401, "the API token is not valid", {"WWW-Authenticate": "Bearer"})
    return info


Token = Annotated[TokenInfo, Depends(api_token)]
