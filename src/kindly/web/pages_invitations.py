"""Pages of one invitation: the message and its evidence, the draft editor, the decision and the intent."""

from __future__ import annotations

import importlib.util

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from kindly.model import Decision, Intent
from kindly.web import decisions, drafts
from kindly.web.app import WebState
from kindly.web.deps import Csrf, State, User
from kindly.web.errors import WebError
from kindly.web.invitations import get_invitation
from kindly.web.render import back_to, flash, is_htmx, render

router = APIRouter(include_in_schema=False)

TONES = ("warm", "formal", "brief")


def _edited(editor: drafts.EditorState) -> bool:
    """The pending draft holds words the user saved: writing it again from the tone and channel switches asks
    first (kept in the database, so a logout, another browser or the API's edit counts too)."""
    return editor.draft is not None and editor.draft.status == "pending" and editor.draft.edited


def outbox_available() -> bool:
    """Saving to IMAP Drafts and sending come with kindly.outbox; until it is there the buttons say so."""
    return importlib.util.find_spec("kindly.outbox") is not None


def _editor(
    request: Request,
    state: WebState,
    pk: int,
    *,
    tone: str | None = None,
    channel: str | None = None,
    error: str = "",
    notice: str = "",
    typed: tuple[str, str | None] | None = None,
    status: int = 200,
) -> HTMLResponse:
    profile = state.profile_or_none()
    with state.sessions() as session:
        editor = drafts.editor_state(session, pk, profile, tone, channel)
    context = {
        "editor": editor,
        "tones": TONES,
        "error": error,
        "notice": notice,
        "typed": typed,  # (text, subject) the user sent when it could not be saved: shown again, not lost
        "edited": _edited(editor),
        "outbox": outbox_available(),
        "has_profile": profile is not None,
    }
    return render(request, state, "_draft.html", context, status=status)


def _after(
    request: Request,
    state: WebState,
    pk: int,
    message: str,
    tone: str | None = None,
    channel: str | None = None,
) -> Response:
    if is_htmx(request):
        response = _editor(request, state, pk, tone=tone, channel=channel, notice=message)
        response.headers["HX-Trigger"] = "kindly-saved"
        return response
    flash(request, message)
    return back_to(f"/invitations/{pk}#draft")


@router.get("/invitations/{pk}")
def invitation(request: Request, state: State, _user: User, pk: int) -> HTMLResponse:
    profile = state.profile_or_none()
    with state.sessions() as session:
        view = get_invitation(session, pk, profile)
        editor = drafts.editor_state(session, pk, profile)
    context = {
        "view": view,
        "editor": editor,
        "tones": TONES,
        "decisions": [d.value for d in Decision],
        "intents": [i.value for i in Intent],
        "error": "",
        "notice": "",
        "typed": None,
        "edited": _edited(editor),
        "outbox": outbox_available(),
        "has_profile": profile is not None,
    }
    return render(request, state, "invitation.html", context, nav="inbox")


async def _field(request: Request, name: str) -> str | None:
    value = (await request.form()).get(name)
    return value if isinstance(value, str) else None


@router.post("/invitations/{pk}/draft")
async def save_draft(request: Request, state: State, _user: User, _csrf: Csrf, pk: int) -> Response:
    text = await _field(request, "text") or ""
    action = await _field(request, "action") or "save"
    subject = await _field(request, "subject")
    try:
        if action == "approve":
            await run_in_threadpool(drafts.edit, state.sessions, pk, text, subject=subject)
            await run_in_threadpool(drafts.approve, state.sessions, pk)
            return _after(
                request, state, pk, "Draft approved. Nothing was sent: download it or send it yourself."
            )
        if action == "discard":
            await run_in_threadpool(drafts.discard, state.sessions, pk)
            return _after(request, state, pk, "Draft discarded. Nothing was sent.")
        if action == "reopen":
            await run_in_threadpool(drafts.reopen, state.sessions, pk)
            return _after(request, state, pk, "The draft is back in the editor.")
        await run_in_threadpool(drafts.edit, state.sessions, pk, text, subject=subject)
        return _after(request, state, pk, "Draft saved.")
    except WebError as error:
        if is_htmx(request):
            kept = (text, subject) if action != "reopen" else None
            return _editor(request, state, pk, error=str(error), typed=kept, status=error.status)
        raise


@router.post("/invitations/{pk}/draft/compose")
async def compose_draft(request: Request, state: State, _user: User, _csrf: Csrf, pk: int) -> Response:
    tone = await _field(request, "tone")
    channel = await _field(request, "channel")
    profile = state.profile()
    try:
        composed = await run_in_threadpool(
            drafts.recompose, state.sessions, pk, profile, tone=tone, channel=channel
        )
    except WebError as error:
        if is_htmx(request):
            return _editor(
                request, state, pk, tone=tone, channel=channel, error=str(error), status=error.status
            )
        raise
    # a calendar that could not be read is said with the result: the draft was written without its busy time
    said = " ".join(("Draft written again.", *composed.notes))
    return _after(request, state, pk, said, tone=tone, channel=channel)


@router.get("/invitations/{pk}/draft.eml")
def download_eml(state: State, _user: User, pk: int) -> Response:
    name, data = drafts.eml(state.sessions, pk, state.profile())
    return Response(
        data,
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/invitations/{pk}/decision")
async def change_decision(request: Request, state: State, _user: User, _csrf: Csrf, pk: int) -> Response:
    decision = await _field(request, "decision") or ""
    composed = await run_in_threadpool(decisions.set_decision, state.sessions, pk, decision, state.profile())
    notes = composed.notes if composed is not None else ()
    flash(request, " ".join((f"Decision set to {decision.replace('_', ' ')}.", *notes)))
    return back_to(f"/invitations/{pk}")


@router.post("/invitations/{pk}/intent")
async def correct_intent(request: Request, state: State, _user: User, _csrf: Csrf, pk: int) -> Response:
    intent = await _field(request, "intent") or ""
    purpose = await _field(request, "purpose_clear")
    clear = {"yes": True, "no": False}.get(purpose or "")
    await run_in_threadpool(decisions.correct_intent, state.sessions, pk, intent, clear, state.profile())
    flash(
        request,
        f"Intent corrected to {intent.replace('_', ' ')}; kindly will remember it for similar messages.",
    )
    return back_to(f"/invitations/{pk}")
