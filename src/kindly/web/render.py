"""Rendering pages: every template gets the request, the CSRF token, the navigation and the flash messages."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kindly.web.app import WebState
from kindly.web.deps import csrf_token

NAV = [
    ("inbox", "/", "Inbox"),
    ("waiting", "/waiting", "Waiting"),
    ("import", "/import", "Import"),
    ("overview", "/overview", "Overview"),
    ("profile", "/profile", "Goals & profile"),
    ("directory", "/directory", "Directory"),
]


def render(
    request: Request,
    state: WebState,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status: int = 200,
    nav: str = "",
) -> HTMLResponse:
    values: dict[str, Any] = {
        "request": request,
        "csrf": csrf_token(request),
        "nav": NAV,
        "active": nav,
        "logged_in": _logged_in(request, state),
        "flashes": request.session.pop("flash", []) if template != "login.html" else [],
        "htmx": bool(request.headers.get("hx-request")),
    }
    profile = state.profile_or_none() if values["logged_in"] else None
    values["zone"] = profile.user.zone if profile is not None else None  # times shown on the user's clock
    # a full page, logged in, says when the profile is still the example one (None: it is the user's own)
    values["example_profile"] = (
        profile if profile is not None and not values["htmx"] and state.is_example(profile) else None
    )
    values.update(context or {})
    html = state.templates.get_template(template).render(values)
    return HTMLResponse(html, status_code=status)


def _logged_in(request: Request, state: WebState) -> bool:
    """The session is a login made under the current password (an older one shows the page logged out)."""
    fingerprint = state.login_fingerprint()
    return (
        bool(request.session.get("user"))
        and bool(fingerprint)
        and request.session.get("login") == fingerprint
    )


def flash(request: Request, message: str, kind: str = "ok") -> None:
    messages = list(request.session.get("flash", []))
    messages.append({"kind": kind, "text": message})
    request.session["flash"] = messages[-5:]


def back_to(path: str) -> Response:
    """After a form: to the page that shows the result (POST, redirect, GET)."""
    return RedirectResponse(path, status_code=303)


def is_htmx(request: Request) -> bool:
    return bool(request.headers.get("hx-request"))
