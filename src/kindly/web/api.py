"""The REST API under /api/: the page's operations for scripts, with `Authorization: Bearer TOKEN`."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile, status
from starlette.concurrency import run_in_threadpool

from kindly import clock, directory, outbox
from kindly.calendar_busy import calendar_for_drafts
from kindly.decide.referral import DirectoryEntry
from kindly.web import decisions, drafts
from kindly.web.api_models import (
    ERRORS,
    ApproveIn,
    DecisionIn,
    DecisionName,
    DirectoryEntryIn,
    DirectoryEntryOut,
    DraftIn,
    DraftOut,
    ImportOut,
    IntentIn,
    IntentName,
    InvitationListOut,
    InvitationOut,
    InvitationSummaryOut,
    PastedIn,
    ProfileIn,
    ProfileOut,
    ProfileSavedOut,
    WaitingOut,
)
from kindly.web.app import WebState
from kindly.web.deps import State, Token
from kindly.web.errors import Conflict, NotFound, Unreadable, WebError
from kindly.web.imports import save_text, save_upload
from kindly.web.invitations import ALL, OPEN, Filters, get_invitation, list_invitations
from kindly.web.profile_form import save_profile

router = APIRouter(prefix="/api", responses=ERRORS)
WAIT_SECONDS = 60.0


# -- invitations -------------------------------------------------------------------------------------


@router.get("/invitations", tags=["invitations"])
def list_all(
    state: State,
    _token: Token,
    decision: Annotated[
        DecisionName | None, Query(description="only this decision (default: every decision but ignore)")
    ] = None,
    intent: IntentName | None = None,
    q: Annotated[str, Query(max_length=200, description="words in the sender or subject")] = "",
    include_ignored: bool = False,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> InvitationListOut:
    """Invitations, newest first."""
    which = decision or (ALL if include_ignored else OPEN)
    with state.sessions() as session:
        page = list_invitations(session, Filters(which, intent or "", q, offset, limit))
    return InvitationListOut(
        items=[InvitationSummaryOut.of(row) for row in page.rows],
        total=page.total,
        offset=offset,
        limit=limit,
    )


def _invitation(state: WebState, pk: int) -> InvitationOut:
    profile = state.profile_or_none()
    with state.sessions() as session:
        view = get_invitation(session, pk, profile)
        editor = drafts.editor_state(session, pk, profile)
    return InvitationOut.of(view, editor.problems)


@router.get("/invitations/{pk}", tags=["invitations"])
def get_one(state: State, _token: Token, pk: int) -> InvitationOut:
    """One invitation: the message, the evidence behind every score, the thread, the draft."""
    return _invitation(state, pk)


@router.put("/invitations/{pk}/decision", tags=["invitations"])
def set_decision(state: State, _token: Token, pk: int, body: DecisionIn) -> InvitationOut:
    """Your own decision (kept when the profile changes), with a new draft for it."""
    if not body.replace_edited:
        decisions.refuse_over_saved_words(state.sessions, pk, "setting the decision")
    composed = decisions.set_decision(state.sessions, pk, body.decision, state.profile())
    invitation = _invitation(state, pk)
    if composed is not None and composed.notes and invitation.draft is not None:
        invitation.draft.notes = list(composed.notes)  # as the page's message says them
    return invitation


@router.put("/invitations/{pk}/intent", tags=["invitations"])
def correct_intent(state: State, _token: Token, pk: int, body: IntentIn) -> InvitationOut:
    """Correct what the message asks: remembered for similar messages, and the invitation decided again."""
    if not body.replace_edited:
        decisions.refuse_over_saved_words(state.sessions, pk, "correcting the intent")
    decisions.correct_intent(state.sessions, pk, body.intent, body.purpose_clear, state.profile())
    return _invitation(state, pk)


def _draft(state: WebState, pk: int) -> DraftOut:
    invitation = _invitation(state, pk)
    if invitation.draft is None:
        raise NotFound(f"invitation #{pk} has no draft")
    return invitation.draft


@router.get("/invitations/{pk}/draft", tags=["drafts"])
def get_draft(state: State, _token: Token, pk: int) -> DraftOut:
    return _draft(state, pk)


@router.put("/invitations/{pk}/draft", tags=["drafts"])
def edit_draft(state: State, _token: Token, pk: int, body: DraftIn) -> DraftOut:
    """New words for the draft, or the draft written again in another tone or for another channel."""
    if body.text is not None and body.tone is not None:
        raise WebError("send either text or a tone, not both")
    if body.text is not None:
        drafts.edit(state.sessions, pk, body.text, subject=body.subject, channel=body.channel)
    elif body.tone is not None or body.channel is not None:
        if not body.replace_edited:
            decisions.refuse_over_saved_words(state.sessions, pk, "writing it again in a tone or channel")
        composed = drafts.recompose(state.sessions, pk, state.profile(), tone=body.tone, channel=body.channel)
        # a calendar that could not be read is said with the draft, as the page says it: written without its busy time
        return _draft(state, pk).model_copy(update={"notes": list(composed.notes)})
    else:
        raise WebError("nothing to change: send text, tone or channel")
    return _draft(state, pk)


@router.post("/invitations/{pk}/draft/approve", tags=["drafts"])
def approve_draft(state: State, _token: Token, pk: int, body: ApproveIn | None = None) -> DraftOut:
    """Approve the draft (nothing is sent): then it can be downloaded as .eml."""
    drafts.approve(state.sessions, pk, body.text if body else None)
    return _draft(state, pk)


@router.get(
    "/invitations/{pk}/draft.eml",
    tags=["drafts"],
    response_class=Response,
    responses={200: {"content": {"message/rfc822": {}}, "description": "the reply e-mail"}},
)
def draft_eml(state: State, _token: Token, pk: int) -> Response:
    """The approved draft as an .eml file for your mail program (recorded: `kindly drafts --all` shows it left)."""
    name, data = drafts.eml(state.sessions, pk, state.profile())
    return Response(
        data, media_type="message/rfc822", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


def _user_email(state: WebState) -> str:
    """The user's address, whose own mail kindly read counts as what she waits on (none without a profile)."""
    profile = state.profile_or_none()
    return profile.user.email if profile is not None else ""


@router.get("/waiting", tags=["drafts"])
def waiting(state: State, _token: Token) -> list[WaitingOut]:
    """The replies you sent that ask something and wait for an answer, oldest first (`kindly drafts --waiting`)."""
    now = clock.now()
    return [
        WaitingOut(
            draft_id=w.draft_id,
            invitation_id=w.message_pk,
            to=w.to,
            subject=w.subject,
            since=w.since,
            went=w.went,
            first_line=w.first_line,
            days=w.days(now),
            follow_up_due=w.follow_up_due(now),
        )
        for w in outbox.waiting_on(state.sessions, _user_email(state))
    ]


# -- profile -----------------------------------------------------------------------------------------


@router.get("/profile", tags=["profile"])
def get_profile(state: State, _token: Token) -> ProfileOut:
    return ProfileOut(profile=state.profile(), path=str(state.settings.profile))


@router.put("/profile", tags=["profile"])
def put_profile(state: State, _token: Token, body: ProfileIn) -> ProfileSavedOut:
    """Replace the profile (written atomically) and decide every open invitation again."""
    save_profile(state.settings.profile, body)
    saved = state.profile()
    calendar = calendar_for_drafts()  # read once for every draft written again
    changed = decisions.redecide_open(state.sessions, saved, calendar)
    return ProfileSavedOut(
        profile=saved, path=str(state.settings.profile), redecided=changed, notes=list(calendar.notes)
    )


# -- directory ---------------------------------------------------------------------------------------


def _entry_out(
    entry: DirectoryEntry, score: float | None = None, why: str | None = None
) -> DirectoryEntryOut:
    return DirectoryEntryOut(
        id=entry.id,
        name=entry.name,
        category=entry.category,
        organisation=entry.organisation,
        contact=entry.contact,
        overview=entry.overview,
        added=entry.added,
        score=score,
        why=why,
    )


@router.get("/directory", tags=["directory"])
def list_directory(
    state: State,
    _token: Token,
    q: Annotated[str, Query(max_length=300, description="a request to rank the entries for")] = "",
) -> list[DirectoryEntryOut]:
    """Everyone in the directory by name, or with `q` the best matches first."""
    if q.strip():
        return [_entry_out(m.entry, m.score, m.why) for m in directory.search(state.sessions, q, limit=50)]
    return [_entry_out(e) for e in directory.list_entries(state.sessions)]


def _find(state: WebState, entry_id: int) -> DirectoryEntry:
    found = next((e for e in directory.list_entries(state.sessions) if e.id == entry_id), None)
    if found is None:
        raise NotFound(f"no directory entry #{entry_id}")
    return found


@router.post("/directory", tags=["directory"], status_code=status.HTTP_201_CREATED)
def add_entry(state: State, _token: Token, body: DirectoryEntryIn) -> DirectoryEntryOut:
    entry = directory.add_entry(state.sessions, DirectoryEntry(**body.model_dump()))
    return _entry_out(entry)


@router.get("/directory/{entry_id}", tags=["directory"])
def get_entry(state: State, _token: Token, entry_id: int) -> DirectoryEntryOut:
    return _entry_out(_find(state, entry_id))


@router.put("/directory/{entry_id}", tags=["directory"])
def update_entry(state: State, _token: Token, entry_id: int, body: DirectoryEntryIn) -> DirectoryEntryOut:
    _find(state, entry_id)
    directory.update_entry(state.sessions, DirectoryEntry(id=entry_id, **body.model_dump()))
    return _entry_out(_find(state, entry_id))


@router.delete("/directory/{entry_id}", tags=["directory"], status_code=status.HTTP_204_NO_CONTENT)
def delete_entry(state: State, _token: Token, entry_id: int) -> Response:
    if not directory.remove_entry(state.sessions, entry_id):
        raise NotFound(f"no directory entry #{entry_id}")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# -- imports -----------------------------------------------------------------------------------------


def _wait(state: WebState, job_id: str, wait: bool) -> ImportOut:
    """The job, when asked after it ended; a file that cannot be read at all is an error (422)."""
    job = state.imports.get(job_id)
    deadline = time.monotonic() + WAIT_SECONDS
    while wait and job.state in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.05)
    if job.state == "failed":
        raise Unreadable(f"{job.name}: {job.error}")
    return ImportOut.of(job)


@router.post("/imports", tags=["imports"], status_code=status.HTTP_202_ACCEPTED)
async def import_file(
    state: State,
    _token: Token,
    file: Annotated[UploadFile, File(description=".eml, mbox, .ics, LinkedIn CSV or text")],
    wait: Annotated[bool, Query(description="answer when the import is done (up to a minute)")] = False,
) -> ImportOut:
    """Triage an uploaded file in the background; poll GET /api/imports/{id} (or pass wait=true). A file
    that cannot be read at all answers 422 (code "unreadable") with the reason."""
    if state.profile_or_none() is None:
        raise Conflict("there is no profile yet: PUT /api/profile first")
    path, size = await run_in_threadpool(
        save_upload, file.file, file.filename or "upload", state.settings.max_upload_bytes
    )
    job = await run_in_threadpool(state.imports.start, path, path.name, size)
    return await run_in_threadpool(_wait, state, job.id, wait)


@router.post("/imports/text", tags=["imports"], status_code=status.HTTP_202_ACCEPTED)
def import_text(state: State, _token: Token, body: PastedIn, wait: bool = False) -> ImportOut:
    """Triage a pasted message (optional From: and Subject: lines on top)."""
    if state.profile_or_none() is None:
        raise Conflict("there is no profile yet: PUT /api/profile first")
    path, size = save_text(body.text, state.settings.max_upload_bytes)
    job = state.imports.start(path, "pasted text", size)
    return _wait(state, job.id, wait)


@router.get("/imports/{job_id}", tags=["imports"])
def get_import(state: State, _token: Token, job_id: str) -> ImportOut:
    return ImportOut.of(state.imports.get(job_id))
