"""The outbox page of one invitation: its approved reply, saved to the IMAP Drafts folder or sent by SMTP.

Both go through kindly.outbox. Nothing leaves without a button pressed on this page, and sending also needs
the box ticked that confirms this very message to this recipient; the form carries a digest of the text that
was shown, so a draft edited meanwhile is not sent unseen. Passwords come from the environment or the keyring
of the server's process, as for the CLI, and never reach a page.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from kindly import outbox
from kindly.config import Config, account_password, load_config
from kindly.errors import ConfigError, KindlyError
from kindly.send.smtp import SmtpSettings
from kindly.store.relations import SentRow
from kindly.web.app import WebState
from kindly.web.deps import Csrf, State, User
from kindly.web.errors import Conflict
from kindly.web.invitations import load_row
from kindly.web.render import back_to, flash, render

router = APIRouter(include_in_schema=False)
CONFIG_FILE = "config.toml"


@dataclass(frozen=True, slots=True)
class Record:
    via: str
    when: datetime
    recipient: str
    answer: str


@dataclass(frozen=True, slots=True)
class OutboxView:
    message_pk: int
    draft_id: int
    status: str
    outgoing: outbox.Outgoing | None
    problem: str  # why it cannot leave (already sent, no address...), else ""
    taken: str  # a time her own words offer is taken since: it leaves only with the box ticked that says so
    stale: bool  # it no longer answers its message: the page offers its Discard button
    digest: str  # of the text shown: the send form carries it back
    accounts: tuple[str, ...]
    smtp: str  # "host:port" of the [smtp] table, "" when there is none
    config_problem: str
    records: tuple[Record, ...]


def _config(state: WebState) -> tuple[Config, str]:
    path = state.settings.home / CONFIG_FILE
    if not Path(path).exists():
        return Config(), ""
    try:
        return load_config(path), ""
    except ConfigError as error:
        return Config(), str(error)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _draft_id(state: WebState, pk: int) -> tuple[int, str]:
    """The invitation's reply for the outbox: the newest approved draft, else the one sent."""
    with state.sessions() as session:
        row = load_row(session, pk)
        for wanted in ("approved", "sent"):
            found = [d for d in row.drafts if d.status == wanted]
            if found:
                return found[-1].id, wanted
    raise Conflict(f"approve the draft of invitation #{pk} first")


def _prepared(state: WebState, draft_id: int) -> tuple[outbox.Outgoing, str]:
    """The reply as it would leave, and the time taken (or the decision changed) since that the page says, whose own
    box sends it anyway; an OutboxError of either call is the page's problem to show."""
    try:
        return outbox.outgoing(state.sessions, state.profile(), draft_id), ""
    except outbox.TimesTaken as error:
        return outbox.outgoing(
            state.sessions, state.profile(), draft_id, despite_taken_times=True
        ), error.on_page


def _view(state: WebState, pk: int) -> OutboxView:
    draft_id, status = _draft_id(state, pk)
    config, config_problem = _config(state)
    smtp = config.smtp_settings()
    prepared: outbox.Outgoing | None = None
    problem = taken = ""
    stale = False
    try:
        prepared, taken = _prepared(state, draft_id)
    except outbox.StaleDraft as error:
        problem, stale = error.on_page, True
    except outbox.OutboxError as error:
        problem = str(error)
    with state.sessions() as session:
        rows = session.scalars(select(SentRow).where(SentRow.draft_pk == draft_id).order_by(SentRow.id)).all()
        records = tuple(Record(r.via, r.sent_at, r.recipient, r.server_answer) for r in rows)
    return OutboxView(
        message_pk=pk,
        draft_id=draft_id,
        status=status,
        outgoing=prepared,
        problem=problem,
        taken=taken,
        stale=stale,
        digest=text_digest(prepared.text) if prepared else "",
        accounts=tuple(a.name for a in config.accounts),
        smtp=f"{smtp.host}:{smtp.effective_port}" if smtp else "",
        config_problem=config_problem,
        records=records,
    )


@router.get("/invitations/{pk}/outbox")
def outbox_page(request: Request, state: State, _user: User, pk: int) -> HTMLResponse:
    view = _view(state, pk)
    message = view.outgoing.message if view.outgoing else None
    body = message.get_body(("plain",)) if message is not None else None
    context = {
        "view": view,
        "headers": [
            (k, str(message[k])) for k in ("From", "To", "Subject", "In-Reply-To") if message and message[k]
        ],
        "text": body.get_content() if body is not None else "",
    }
    return render(request, state, "outbox.html", context, nav="inbox")


async def _field(request: Request, name: str) -> str:
    value = (await request.form()).get(name)
    return value if isinstance(value, str) else ""


@router.post("/invitations/{pk}/outbox/push")
async def push(request: Request, state: State, _user: User, _csrf: Csrf, pk: int) -> Response:
    name = await _field(request, "account")
    despite_taken = await _field(request, "despite_taken") == "yes"
    draft_id, _status = _draft_id(state, pk)
    try:
        config, problem = _config(state)
        if problem:
            raise ConfigError(problem)
        account = next((a for a in config.accounts if a.name == name), None)
        if account is None:
            raise ConfigError(f"no account named {name!r} in {CONFIG_FILE}")
        password = account_password(account)
        result = await run_in_threadpool(
            outbox.push,
            state.sessions,
            state.profile(),
            account,
            password,
            [draft_id],
            despite_taken_times=despite_taken,
        )
    except KindlyError as error:
        flash(request, f"Not saved: {error}", "error")
        return back_to(f"/invitations/{pk}/outbox")
    if result.skipped:
        flash(request, f"Not saved: {result.skipped[0].reason}", "error")
    else:
        folder = result.done[0].server_answer.split(":", 1)[0]
        flash(
            request, f"Saved to {folder} of {account.name}. Nothing was sent: send it from your mail program."
        )
    return back_to(f"/invitations/{pk}/outbox")


@router.post("/invitations/{pk}/outbox/discard")
async def discard(request: Request, state: State, _user: User, _csrf: Csrf, pk: int) -> Response:
    """Withdraw the reply the outbox holds (one that no longer answers its message): kept, listed as discarded."""
    draft_id, _status = _draft_id(state, pk)
    try:
        await run_in_threadpool(outbox.discard_drafts, state.sessions, [draft_id])
    except KindlyError as error:
        flash(request, f"Not discarded: {error}", "error")
        return back_to(f"/invitations/{pk}/outbox")
    flash(request, "Draft discarded. Nothing was sent.")
    return back_to(f"/invitations/{pk}")


@router.post("/invitations/{pk}/outbox/send")
async def send(request: Request, state: State, _user: User, _csrf: Csrf, pk: int) -> Response:
    confirmed = await _field(request, "confirm") == "yes"
    shown = await _field(request, "shown")
    despite_taken = await _field(request, "despite_taken") == "yes"
    draft_id, _status = _draft_id(state, pk)
    if not confirmed:
        flash(request, "Not sent: tick the box to confirm this message first.", "error")
        return back_to(f"/invitations/{pk}/outbox")
    try:
        config, problem = _config(state)
        if problem:
            raise ConfigError(problem)
        settings = config.smtp_settings()
        if settings is None:
            raise ConfigError(f'{CONFIG_FILE} has no "smtp" table: add the server to send through')
        done = await run_in_threadpool(_send, state, draft_id, settings, shown, despite_taken)
    except KindlyError as error:
        flash(request, f"Not sent: {error}", "error")
        return back_to(f"/invitations/{pk}/outbox")
    flash(request, f"Sent to {done.recipient} ({done.server_answer}).")
    return back_to(f"/invitations/{pk}/outbox")


def _send(
    state: WebState, draft_id: int, settings: SmtpSettings, shown: str, despite_taken: bool
) -> outbox.Delivered:
    profile = state.profile()
    prepared = outbox.outgoing(state.sessions, profile, draft_id, despite_taken_times=despite_taken)
    if text_digest(prepared.text) != shown:
        raise Conflict("the draft changed since this page was shown: look at it again")
    return outbox.send(
        state.sessions,
        profile,
        draft_id,
        settings,
        settings.password(),
        prepared=prepared,
        despite_taken_times=despite_taken,
    )
