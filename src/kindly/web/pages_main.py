"""Pages: login, the inbox, the overview, and imports."""

from __future__ import annotations

import re
import time
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from kindly.channels import DM_APPS
from kindly.model import Decision
from kindly.web import charts
from kindly.web.app import WebState
from kindly.web.auth import password_hash, verify_password
from kindly.web.deps import Csrf, State, User, csrf_token, form_of
from kindly.web.errors import TooLarge, WebError
from kindly.web.imports import save_text, save_upload
from kindly.web.invitations import ALL, DECISIONS, INTENTS, OPEN, PAGE_SIZE, Filters, list_invitations
from kindly.web.overview import overview
from kindly.web.render import back_to, flash, render

router = APIRouter(include_in_schema=False)

LOGIN_WINDOW = 600.0  # seconds
LOGIN_ATTEMPTS = 10  # failed logins allowed in the window before the page asks to wait


def _safe_next(target: str | None) -> str:
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_page(request: Request, state: State, next: str = "/") -> HTMLResponse:
    return render(
        request,
        state,
        "login.html",
        {
            "next": _safe_next(next),
            "error": "",
            "has_password": password_hash(state.settings.home) is not None,
        },
    )


@router.post("/login")
async def login(request: Request, state: State, _csrf: Csrf) -> Response:
    form = await request.form()
    password = form.get("password")
    target = form.get("next")
    target = _safe_next(target if isinstance(target, str) else "/")
    stored = password_hash(state.settings.home)
    now = time.monotonic()
    state.failed_logins[:] = [t for t in state.failed_logins if now - t < LOGIN_WINDOW]
    error = ""
    if stored is None:
        error = "No password is set yet: run `kindly passwd` in a terminal first."
    elif len(state.failed_logins) >= LOGIN_ATTEMPTS:
        error = "Too many wrong passwords: wait a few minutes and try again."
    elif not isinstance(password, str) or not await run_in_threadpool(verify_password, password, stored):
        state.failed_logins.append(now)
        error = "That is not the password."
    if error:
        context = {"next": target, "error": error, "has_password": stored is not None}
        return render(request, state, "login.html", context, status=401)
    request.session.clear()
    request.session["user"] = "you"
    request.session["login"] = state.login_fingerprint()
    csrf_token(request)
    return back_to(target)


@router.post("/logout")
def logout(request: Request, _csrf: Csrf) -> Response:
    request.session.clear()
    return back_to("/login")


SEARCH_LENGTH = 200


@router.get("/")
def inbox(
    request: Request,
    state: State,
    _user: User,
    decision: str = OPEN,
    intent: str = "",
    q: Annotated[str, Query(max_length=2000)] = "",
    page: Annotated[int, Query(le=100_000)] = 1,
) -> HTMLResponse:
    q, page = q[:SEARCH_LENGTH], max(1, page)  # a long paste searches by its start; no page before the first
    if decision not in (OPEN, ALL, *DECISIONS):
        decision = OPEN
    if intent not in INTENTS:
        intent = ""
    filters = Filters(decision, intent, q, (page - 1) * PAGE_SIZE, PAGE_SIZE)
    with state.sessions() as session:
        found = list_invitations(session, filters)
        stored = found.total or list_invitations(session, Filters(ALL, "", "", 0, 1)).total
    pages = max(1, -(-found.total // PAGE_SIZE))
    context = {
        "page": found,
        "page_number": page,
        "pages": pages,
        "stored": stored,  # messages in the database, whatever the filters
        "decisions": DECISIONS,
        "intents": INTENTS,
        "has_profile": state.profile_or_none() is not None,
    }
    return render(request, state, "inbox.html", context, nav="inbox")


@router.get("/overview")
def overview_page(request: Request, state: State, _user: User) -> HTMLResponse:
    profile = state.profile_or_none()
    budget = profile.user.weekly_networking_hours if profile else 0.0
    with state.sessions() as session:
        data = overview(session, budget)
    labels = [week.label for week in data.weeks]
    decisions_chart = charts.stacked_bars(
        "Messages by decision, week by week",
        labels,
        [
            charts.Series(
                d.value.replace("_", " "),
                charts.DECISION_COLOURS[d.value],
                [w.decisions.get(d.value, 0) for w in data.weeks],
            )
            for d in Decision
        ],
    )
    hours_chart = charts.bars_with_line(
        "Hours accepted per week against the weekly budget",
        labels,
        [w.hours_accepted for w in data.weeks],
        budget,
        f"budget {budget:g} h",
    )
    intents_chart = charts.horizontal_bars(
        "Invitations by intent", [(name.replace("_", " "), count) for name, count in data.by_intent]
    )
    context = {
        "data": data,
        "decisions_chart": decisions_chart,
        "hours_chart": hours_chart,
        "intents_chart": intents_chart,
        "decision_order": [d.value for d in Decision],
    }
    return render(request, state, "overview.html", context, nav="overview")


@router.get("/import")
def import_page(request: Request, state: State, _user: User) -> HTMLResponse:
    return _import_form(request, state, "")


KEEP_PASTE = 1024 * 1024  # a paste the page cannot import is shown again, up to this size


def _import_form(
    request: Request, state: State, error: str, status: int = 200, kept: dict[str, str] | None = None
) -> HTMLResponse:
    context = {
        "error": error,
        "kept": kept
        or {"text": "", "sender": "", "app": ""},  # what was typed, when it could not be imported
        "apps": [(key, app.name) for key, app in DM_APPS.items()],
        "jobs": state.imports.list()[:10],
        "limit_mb": state.settings.max_upload_bytes // (1024 * 1024),
        "has_profile": state.profile_or_none() is not None,
    }
    return render(request, state, "import.html", context, status=status, nav="import")


@router.post("/import")
async def start_import(request: Request, state: State, _user: User, _csrf: Csrf) -> Response:
    form = await form_of(request)
    try:
        typed = {name: str(form.get(name) or "") for name in ("text", "sender", "app")}
        kept = typed if len(typed["text"]) <= KEEP_PASTE else {**typed, "text": ""}
        if state.profile_or_none() is None:
            return _import_form(
                request,
                state,
                "Fill in your goals and profile first: kindly decides against them.",
                409,
                kept,
            )
        files = [f for f in form.getlist("file") if isinstance(f, UploadFile) and f.filename]
        text = typed["text"]
        if text.strip():
            text = with_sender(text, typed["sender"], typed["app"])
        if len(files) > 1 or (files and text.strip()):  # a paste beside a file is imported too, not dropped
            return await _import_several(request, state, files, text)
        return await _import_from(request, state, form.get("file"), text, kept)
    finally:
        await form.close()


async def _import_several(
    request: Request, state: WebState, files: list[UploadFile], text: str = ""
) -> Response:
    """Several files chosen at once, or a file and a pasted message: one import each, run one after another;
    the import page lists them."""
    limit = state.settings.max_upload_bytes
    started, refused = 0, []
    for upload in files:
        try:
            path, size = await run_in_threadpool(save_upload, upload.file, upload.filename or "upload", limit)
        except WebError as error:
            refused.append(f"{upload.filename}: {error}")
            continue
        await run_in_threadpool(state.imports.start, path, path.name, size)
        started += 1
    if text.strip():
        try:
            path, size = await run_in_threadpool(save_text, text, limit)
        except WebError as error:
            refused.append(f"The pasted message: {error}")
        else:
            await run_in_threadpool(state.imports.start, path, "pasted text", size)
            started += 1
    flash(
        request, f"{started} import{'s' if started != 1 else ''} started, one after another: see them below."
    )
    for problem in refused:
        flash(request, problem, "error")
    return back_to("/import#recent-h")


_HEADER_LINE = re.compile(r"^(from|subject|date|to):", re.IGNORECASE)


def with_sender(text: str, sender: str, app: str) -> str:
    """Pasted text with the paste form's "who sent it" and "from which app" written as the From: (or Subject:)
    line that the text reader understands ("From: Owen Hart (WhatsApp)", "Subject: Instagram message"); a From:
    line the text already has on top wins."""
    sender = " ".join(sender.split())[:200]
    found = DM_APPS.get(app)
    if not sender and found is None:
        return text
    body = text.lstrip("\r\n")
    top = []
    for line in body.splitlines():
        if not _HEADER_LINE.match(line):
            break
        top.append(line.lower())
    if any(line.startswith("from:") for line in top):
        return text
    if sender:
        line = f"From: {sender}" + (f" ({found.name})" if found else "")
    elif any(line.startswith("subject:") for line in top):
        return text
    else:
        assert found is not None
        line = "Subject: " + (found.name if app == "sms" else f"{found.name} message")
    return f"{line}\n{body}" if top else f"{line}\n\n{body}"


async def _import_from(
    request: Request, state: WebState, upload: object, text: object, kept: dict[str, str] | None = None
) -> Response:
    limit = state.settings.max_upload_bytes
    try:
        if isinstance(upload, UploadFile) and upload.filename:
            path, size = await run_in_threadpool(save_upload, upload.file, upload.filename, limit)
            name = path.name
        elif isinstance(text, str) and text.strip():
            path, size = await run_in_threadpool(save_text, text, limit)
            name = "pasted text"
        else:
            return _import_form(request, state, "Choose a file or paste a message to import.", 422, kept)
    except TooLarge as error:
        return _import_form(request, state, str(error)[:1].upper() + str(error)[1:] + ".", 413, kept)
    except WebError as error:
        return _import_form(request, state, str(error), 422, kept)
    job = await run_in_threadpool(state.imports.start, path, name, size)
    return back_to(f"/import/{job.id}")


@router.get("/import/{job_id}")
def import_job(request: Request, state: State, _user: User, job_id: str) -> HTMLResponse:
    job = state.imports.get(job_id)
    return render(request, state, "import_job.html", {"job": job}, nav="import")


@router.get("/import/{job_id}/status")
def import_status(request: Request, state: State, _user: User, job_id: str) -> HTMLResponse:
    job = state.imports.get(job_id)
    return render(request, state, "_import_status.html", {"job": job})
