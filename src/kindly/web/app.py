"""The FastAPI application: `create_app(settings)` builds everything (nothing is made at import time).

Layers, outside in: HEAD read as GET, security headers, the upload limit, the signed session cookie, then the
routes - the pages (login required, CSRF token on every form) and the REST API under /api/ (bearer tokens).
"""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kindly import __version__
from kindly.errors import KindlyError
from kindly.model import Decision, Intent
from kindly.profile import GoalKind, Profile, load_profile, template_text
from kindly.store.db import open_database
from kindly.web.auth import password_hash
from kindly.web.errors import code_for_status, error_body, status_and_code
from kindly.web.imports import Imports
from kindly.web.settings import WebSettings

STATIC = Path(__file__).parent / "static"
SESSION_COOKIE = "kindly_session"
MULTIPART_OVERHEAD = 64 * 1024  # room for the form's other fields and boundaries around an upload
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


@dataclass
class WebState:
    settings: WebSettings
    sessions: sessionmaker[Session]
    imports: Imports
    templates: Environment
    failed_logins: list[float] = field(default_factory=list)  # monotonic times of recent wrong passwords

    def profile(self) -> Profile:
        """The profile as it stands in its file (ConfigError when it is missing or wrong)."""
        return load_profile(self.settings.profile)

    def profile_or_none(self) -> Profile | None:
        try:
            return self.profile()
        except KindlyError:
            return None

    @staticmethod
    def is_example(profile: Profile) -> bool:
        """The profile still names the example person `kindly init` wrote into it (their name or e-mail
        address): kindly would decide against goals the user never wrote and sign drafts that way."""
        name, email = _example_user()
        return profile.user.name == name or profile.user.email == email

    def login_fingerprint(self) -> str:
        """Changes whenever the password does: sessions made under an old password end."""
        stored = password_hash(self.settings.home) or ""
        return hashlib.sha256(stored.encode()).hexdigest()[:16] if stored else ""


@functools.cache
def _example_user() -> tuple[str, str]:
    """The name and e-mail address of the profile `kindly init` writes."""
    user = tomllib.loads(template_text()).get("user", {})
    return str(user.get("name", "")), str(user.get("email", ""))


class LoginRequired(Exception):
    """A page was asked for without a session: the answer is the login page."""


def templates() -> Environment:
    env = Environment(
        loader=PackageLoader("kindly.web", "templates"),
        autoescape=select_autoescape(["html", "svg", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = _when
    env.filters["day"] = lambda value: f"{value:%a %-d %b %Y}" if value else ""
    env.filters["label"] = lambda value: str(value).replace("_", " ")
    env.filters["pct"] = lambda value: f"{100 * float(value):.0f}%"
    env.filters["unwrap"] = unwrap
    env.filters["evidence"] = readable_evidence
    env.filters["fit_evidence"] = readable_fit
    env.globals["version"] = __version__
    return env


# The classifier's stand-ins for what its features replace (kindly.understand.features), as a reader says them.
_STAND_INS = {
    "zznum": "a number",
    "zzurl": "a link",
    "zzemail": "an e-mail address",
    "zzreply": "a reply",
    "zzforward": "a forward",
}
_ALONE = re.compile(r'"(' + "|".join(_STAND_INS) + r')"')
_IN_PHRASE = re.compile(r"\b(" + "|".join(_STAND_INS) + r")\b")
_MARKED = re.compile(r"\bzz(cue|subj)([a-z]+)\b")
_CLASS_NAME = re.compile(r"^(intent|purpose) ([a-z]+(?:_[a-z]+)+):")


def readable_evidence(line: str) -> str:
    """A line of the classifier's evidence in words: 'intent client inquiry: a number (+0.38)', never the
    tokens it counts ("zznum", "cue:partner zzcuenoask") or the class's code name (client_inquiry)."""
    line = _ALONE.sub(lambda found: _STAND_INS[found.group(1)], str(line))
    line = _IN_PHRASE.sub(lambda found: f"({_STAND_INS[found.group(1)].split(' ', 1)[1]})", line)
    line = _MARKED.sub(
        lambda found: f"+ {'cue' if found.group(1) == 'cue' else 'subject'}:{found.group(2)}", line
    )
    return _CLASS_NAME.sub(lambda found: f"{found.group(1)} {found.group(2).replace('_', ' ')}:", line)


_CODE_NAMES = re.compile(
    r"\b(?:(an?) )?("
    + "|".join(sorted((c for c in {*Intent, *GoalKind, *Decision} if "_" in c), key=len, reverse=True))
    + r")\b"
)


def readable_fit(line: str) -> str:
    """A line of the goal fit's evidence with the code names of intents, goal kinds and decisions in words:
    'an event invitation serves find community partly', never 'a event_invitation serves find_community'."""

    def words(found: re.Match[str]) -> str:
        name = found.group(2).replace("_", " ")
        if not found.group(1):
            return name
        return ("an " if name[0] in "aeiou" else "a ") + name

    return _CODE_NAMES.sub(words, str(line))


_LIST_ITEM = re.compile(r"^\s*([-*•>]|\d{1,2}[.)])\s")
HARD_WRAP_FROM = 60  # a line at least this long that goes on in the next line was wrapped by the mailer


def unwrap(text: str) -> str:
    """Mail text with the sender's program's hard line breaks joined, so that it wraps to the screen: a long
    line followed by more words of the same paragraph is one line. Lists and short lines keep their breaks."""
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) >= HARD_WRAP_FROM
            and line.strip()
            and not _LIST_ITEM.match(line)
            and not out[-1].rstrip().endswith(":")
        ):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


@pass_context
def _when(context: Context, value: datetime | None) -> str:
    """A moment as the user's clock shows it: in the profile's time zone, else this machine's (a stored time
    without a zone is UTC, as the store writes it)."""
    if not value:
        return ""
    zone = context.get("zone")
    moment = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(zone)
    return f"{moment:%a %-d %b %Y, %H:%M}"


class SecurityHeaders:
    """Headers that keep content from running or being framed: a strict CSP, no sniffing, no referrer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                if not scope["path"].startswith("/static/"):
                    extra.append((b"cache-control", b"no-store"))
                headers.extend(item for item in extra if item[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """HEAD is answered as GET would be - status and headers, Content-Length included - without the body, on
    every page (link checkers, `curl -I`, monitors ask that way); the routes are written for GET only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


class UploadLimit:
    """Requests with a body over the limit are refused with 413 before they are read (by Content-Length),
    or as soon as they pass it (a body sent in chunks)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit + MULTIPART_OVERHEAD
        self.megabytes = limit // (1024 * 1024)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._refuse(scope, receive, send)
            return
        received = 0

        async def counting() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise StarletteHTTPException(413, self.message)
            return message

        await self.app(scope, counting, send)

    @property
    def message(self) -> str:
        return f"The upload is larger than the {self.megabytes} MB limit."

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response: Response
        if scope["path"].startswith("/api/"):
            response = JSONResponse(error_body("too_large", self.message), status_code=413)
        else:
            response = HTMLResponse(_plain_page("Too large", self.message, "/import"), status_code=413)
        response.headers["connection"] = "close"
        await response(scope, receive, send)


def _plain_page(title: str, message: str, back: str) -> str:
    from markupsafe import escape

    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{escape(title)} · kindly</title><link rel="stylesheet" href="/static/kindly.css"></head>'
        f'<body><main id="main" class="narrow"><h1>{escape(title)}</h1>'
        f'<p class="error" role="alert">{escape(message)}</p><p><a href="{escape(back)}">Back</a></p></main>'
        "</body></html>"
    )


def create_app(settings: WebSettings) -> FastAPI:
    """The web page and the REST API over the database and profile that `settings` name."""
    from kindly.web import api, outbox_page, pages_forms, pages_invitations, pages_main, waiting_page

    sessions = open_database(settings.database)
    state = WebState(
        settings, sessions, Imports(sessions, lambda: load_profile(settings.profile)), templates()
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.imports.shutdown()
        sessions.kw["bind"].dispose()

    app = FastAPI(
        title="kindly",
        version=__version__,
        description="Triage networking invitations against your goals. Drafts are never sent without you.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.kindly = state
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages_main.router)
    app.include_router(pages_invitations.router)
    app.include_router(pages_forms.router)
    app.include_router(outbox_page.router)
    app.include_router(waiting_page.router)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie=SESSION_COOKIE,
        max_age=settings.session_days * 24 * 3600,
        same_site="lax",
        https_only=settings.https_only,
    )
    app.add_middleware(UploadLimit, limit=settings.max_upload_bytes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    _error_handlers(app)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        target = _came_from(request)
        login = "/login" if target in ("/", "/login") else f"/login?next={_quote(target)}"
        if request.headers.get("hx-request"):
            if request.method not in ("GET", "HEAD"):  # words being saved stay on the page, with what to do
                return HTMLResponse(
                    '<p class="error" role="alert">You are logged out (the password was changed, or the session '
                    "ended): nothing was saved. Copy what you typed, then reload the page and log in again.</p>",
                    status_code=401,
                )
            return Response(status_code=204, headers={"HX-Redirect": login})
        return RedirectResponse(login, status_code=303)

    @app.exception_handler(KindlyError)
    async def kindly_error(request: Request, exc: KindlyError) -> Response:
        status, code = status_and_code(exc)
        return _error(request, status, code, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error(
            request, exc.status_code, code_for_status(exc.status_code), message, dict(exc.headers or {})
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"field": ".".join(str(p) for p in e.get("loc", ())), "message": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        summary = "; ".join(f"{d['field']}: {d['message']}" for d in details[:5])
        return _error(request, 422, "invalid", f"the request is not valid ({summary})", details=details)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        return _error(request, 500, "error", f"something went wrong ({exc.__class__.__name__})")


def _came_from(request: Request) -> str:
    """Where to come back to after logging in: the page asked for, or - for a form sent (POST), which has no
    page of its own to show - the page of this site the form was on."""
    if request.method in ("GET", "HEAD"):
        return request.url.path + (f"?{request.url.query}" if request.url.query else "")
    for header in ("hx-current-url", "referer"):
        page = urlsplit(request.headers.get(header) or "")
        if page.netloc == request.url.netloc and page.path.startswith("/"):
            return page.path + (f"?{page.query}" if page.query else "")
    return "/"


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")


def _error(
    request: Request,
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    details: list[dict[str, Any]] | None = None,
) -> Response:
    if _is_api(request):
        return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)
    if request.headers.get("hx-request"):
        return HTMLResponse(
            Markup('<p class="error" role="alert">{}</p>').format(message),
            status_code=status,
            headers=headers,
        )
    back = request.headers.get("referer") or "/"
    if not back.startswith(str(request.base_url)) and not back.startswith("/"):
        back = "/"
    title = {404: "Not found", 409: "Not now", 413: "Too large", 422: "Not valid"}.get(
        status, "Something is wrong"
    )
    return HTMLResponse(_plain_page(title, _sentence(message), back), status_code=status, headers=headers)


def _sentence(message: str) -> str:
    message = message.strip()
    return (message[:1].upper() + message[1:]).rstrip(".") + "." if message else "Something went wrong."
