"""The Waiting page: what the user asked and waits on an answer for, oldest first - the replies that left kindly
and her own mail kindly read (kindly.outbox.waiting_on, as `kindly drafts --waiting` lists it)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kindly import clock
from kindly.outbox import waiting_on
from kindly.web.deps import State, User
from kindly.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/waiting")
def waiting_page(request: Request, state: State, _user: User) -> HTMLResponse:
    profile = state.profile_or_none()
    found = waiting_on(state.sessions, profile.user.email if profile is not None else "")
    today = clock.now()
    rows = [(w, w.days(today), w.follow_up_due(today)) for w in found]
    return render(request, state, "waiting.html", {"rows": rows}, nav="waiting")
