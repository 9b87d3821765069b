"""`kindly drafts [export|push]` and `kindly send ID`: the drafts, out of kindly only on your command.

Listing, exporting (.eml files, an mbox) and saving to the IMAP Drafts folder send nothing. Only `kindly send`
sends, one message at a time, each after you confirmed it (`--yes` for scripts).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kindly.cli.app import ProfileOption, app, database_path, fail, profile_if_any, stderr, stdout
from kindly.errors import ConfigError, KindlyError
from kindly.paths import default_config_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from kindly.config import Account, Config
    from kindly.outbox import DraftInfo, OutboxResult, Outgoing
    from kindly.profile import Profile

DEFAULT_DIR = Path("kindly-drafts")
_SMTP = 'an "smtp" table with the server to send through (see README, "Replies and sending")'
_ACCOUNTS = 'an "accounts" entry for the IMAP account whose Drafts folder to use (see README, "Reading mail")'

drafts_app = typer.Typer(
    help="The drafts waiting for you. `kindly drafts` alone lists them; `kindly drafts export` writes them as "
    ".eml or mbox, `kindly drafts push` saves them to your IMAP Drafts folder. None of this sends anything.",
    invoke_without_command=True,
)
app.add_typer(drafts_app, name="drafts")

DespiteTakenTimes = Annotated[
    bool,
    typer.Option(
        "--despite-taken-times",
        "--as-written",
        help="Let a draft with your own words go as you wrote it although a time it offers was offered to someone "
        "else since, or kindly now declines its message (`kindly drafts` says which).",
    ),
]

IdsArgument = Annotated[
    list[int] | None,
    typer.Argument(
        metavar="[IDS]...", help="Draft IDs (as `kindly drafts` lists them); default: every pending draft."
    ),
]


@drafts_app.callback()
def drafts(
    context: typer.Context,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Also list drafts already exported, saved or sent, and those discarded (with why)."
        ),
    ] = False,
    waiting: Annotated[
        bool,
        typer.Option(
            "--waiting",
            help="List instead the replies you sent that ask something and wait for an answer, oldest first.",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list instead of a table.")] = False,
    profile: ProfileOption = None,
) -> None:
    """List the pending drafts: ID, message, to, subject, decision and first line."""
    if context.invoked_subcommand is not None:
        return
    if waiting:
        if show_all:
            raise fail(ConfigError("choose --all or --waiting, not both"))
        _list_waiting(as_json, profile)
        return
    from kindly.outbox import pending_drafts
    from kindly.store.db import open_database

    statuses = ("pending", "approved", "sent", "discarded") if show_all else ("pending",)
    try:
        found = pending_drafts(open_database(database_path()), statuses)
    except KindlyError as error:
        raise fail(error) from None
    if as_json:
        print(json.dumps([asdict(d) for d in found], ensure_ascii=False))
        return
    what = "Drafts" if show_all else "Pending drafts"
    table = Table(title=f"{what} ({len(found)})")
    columns = ["ID", "Message", "To", "Subject", "Decision", "First line"]
    for column in columns + (["Status"] if show_all else []):
        table.add_column(column, overflow="fold", max_width=60 if column == "First line" else None)
    for d in found:
        decision = (
            f"{d.decision} (stale)"
            if d.stale
            else f"{d.decision} (now declined)"
            if d.declined
            else f"{d.decision} (time taken)"
            if d.taken
            else d.decision
        )
        cells = [str(d.id), str(d.message_pk), d.to or "-", d.subject, decision, d.first_line]
        status = f"{d.status}: {d.went}" if d.went and not d.went.startswith("sent ") else d.status
        status = f"discarded: {d.why_discarded}" if d.why_discarded else status
        table.add_row(*map(Text, cells), *([Text(status)] if show_all else []))
    stdout().print(table)
    _say_what_changed(found)
    if found:
        stderr().print(
            "Nothing has been sent. `kindly drafts export`, `kindly drafts push` or `kindly send ID`.",
            highlight=False,
        )


def _say_what_changed(found: list[DraftInfo]) -> None:
    """Under the table: why a draft holding her own words may no longer be right to send."""
    for d in found:
        if d.stale:
            stderr().print(f"draft #{d.id} is stale: {d.stale}", highlight=False, markup=False)
        if d.declined:
            stderr().print(
                f"draft #{d.id}: {d.declined} - your words leave only with --as-written",
                highlight=False,
                markup=False,
            )
        for said in d.taken:
            # taken by another reply, or busy in her calendar: `said` names which
            stderr().print(f"draft #{d.id} offers a time now taken: {said}", highlight=False, markup=False)


@drafts_app.command(
    "discard",
    help="Withdraw drafts you will not send (a draft with your own words that no longer fits its message). "
    "They stay listed by `kindly drafts --all` as discarded; `kindly drafts show ID` shows their words.",
)
def discard(
    ids: Annotated[
        list[int], typer.Argument(metavar="ID...", help="Draft IDs, as `kindly drafts` lists them.")
    ],
) -> None:
    from kindly.outbox import discard_drafts
    from kindly.store.db import open_database

    try:
        done = discard_drafts(open_database(database_path()), ids)
    except KindlyError as error:
        raise fail(error) from None
    for draft_id in done:
        stdout().print(f"draft #{draft_id} discarded", highlight=False)


@drafts_app.command(
    "show", help="Show one draft whole, whatever its status: your words in a discarded one too."
)
def show(
    draft_id: Annotated[
        int, typer.Argument(metavar="ID", help="A draft ID, as `kindly drafts --all` lists it.")
    ],
) -> None:
    from kindly.outbox import draft_info
    from kindly.store.db import open_database

    try:
        d = draft_info(open_database(database_path()), draft_id)
    except KindlyError as error:
        raise fail(error) from None
    status = f"{d.status}: {d.why_discarded}" if d.why_discarded else d.status
    out = stdout()
    out.print(
        f"Draft #{d.id} for message {d.message_pk} ({d.decision.replace('_', ' ')}) - {status}", markup=False
    )
    if d.to:
        out.print(f"To: {d.to}", markup=False, highlight=False)
    if d.subject:
        out.print(f"Subject: {d.subject}", markup=False, highlight=False)
    out.print(f"\n{d.text.rstrip()}", markup=False, highlight=False)
    _say_what_changed([d])


def _list_waiting(as_json: bool, profile: Path | None) -> None:
    """`kindly drafts --waiting`: what the user waits on, and since when - her own mail too, where kindly read it
    (by the profile's address)."""
    from kindly.clock import now
    from kindly.outbox import waiting_on
    from kindly.store.db import open_database

    try:
        user = profile_if_any(profile)
        found = waiting_on(open_database(database_path()), user.user.email if user else "")
    except KindlyError as error:
        raise fail(error) from None
    today = now()
    if as_json:
        records = [
            {
                **asdict(w),
                "since": w.since.isoformat(),
                "days": w.days(today),
                "follow_up_due": w.follow_up_due(today),
            }
            for w in found
        ]
        print(json.dumps(records, ensure_ascii=False))
        return
    table = Table(title=f"Waiting for an answer ({len(found)})")
    for column in ("ID", "Message", "To", "Subject", "Since", "How it went", "First line"):
        table.add_column(column, overflow="fold", max_width=60 if column == "First line" else None)
    for w in found:
        days = w.days(today)
        due = ", follow-up due" if w.follow_up_due(today) else ""
        since = f"{w.since:%Y-%m-%d} ({days} day{'' if days == 1 else 's'}{due})"
        cells = [
            str(w.draft_id or "-"),
            str(w.message_pk),
            w.to or "-",
            w.subject,
            since,
            w.went,
            w.first_line,
        ]
        table.add_row(*map(Text, cells))
    stdout().print(table)
    quiet = [w.to or w.subject for w in found if w.follow_up_due(today)]
    if quiet:
        stderr().print(
            f"A week or more without an answer - time to follow up: {'; '.join(quiet)}",
            highlight=False,
            markup=False,
        )


@drafts_app.command(
    "export",
    help="Write drafts as .eml files (threaded under the message they answer, with a calendar reply for "
    "calendar invitations) or as one mbox file, for your mail program. Sends nothing: the drafts count as "
    "approved, and the export is recorded.",
)
def export(
    ids: IdsArgument = None,
    directory: Annotated[
        Path | None,
        typer.Option(
            "--dir", file_okay=False, help=f"Write one .eml per draft here (default ./{DEFAULT_DIR})."
        ),
    ] = None,
    mbox: Annotated[
        Path | None,
        typer.Option("--mbox", dir_okay=False, help="Write all of them into this mbox file instead."),
    ] = None,
    despite_taken_times: DespiteTakenTimes = False,
    profile: ProfileOption = None,
) -> None:
    from kindly.outbox import export as export_drafts
    from kindly.store.db import open_database

    if directory is not None and mbox is not None:
        raise fail(ConfigError("choose --dir or --mbox, not both"))
    try:
        result = export_drafts(
            open_database(database_path()),
            profile_if_any(profile),
            ids or None,
            directory=None if mbox is not None else (directory or DEFAULT_DIR),
            mbox=mbox,
            despite_taken_times=despite_taken_times,
        )
    except KindlyError as error:
        raise fail(error) from None
    for done in result.done:
        stdout().print(
            f"draft #{done.draft_id} -> {done.path} (to {done.recipient})", highlight=False, markup=False
        )
    _report(result, "exported", "Exported", explicit=bool(ids))


@drafts_app.command(
    "push",
    help="Save drafts to the Drafts folder of an IMAP account in config.toml, flagged as drafts, to send "
    "from your own mail program. Sends nothing: the drafts count as approved, and the push is recorded.",
)
def push(
    ids: IdsArgument = None,
    account: Annotated[
        str | None, typer.Option("--account", "-a", help="The account (by name) whose Drafts folder to use.")
    ] = None,
    despite_taken_times: DespiteTakenTimes = False,
    profile: ProfileOption = None,
) -> None:
    from kindly.config import account_password
    from kindly.outbox import push as push_drafts
    from kindly.store.db import open_database

    try:
        chosen = _account(_config(_ACCOUNTS), account)
        result = push_drafts(
            open_database(database_path()),
            profile_if_any(profile),
            chosen,
            account_password(chosen),
            ids or None,
            despite_taken_times=despite_taken_times,
        )
    except KindlyError as error:
        raise fail(error) from None
    for done in result.done:
        stdout().print(
            f"draft #{done.draft_id} -> {chosen.name}: {done.server_answer} (to {done.recipient})",
            highlight=False,
            markup=False,
        )
    _report(result, "saved", "Saved", explicit=bool(ids))


def _report(result: OutboxResult, done_word: str, title: str, *, explicit: bool) -> None:
    console = stderr()
    for skipped in result.skipped:
        console.print(
            Text("skipped ", style="yellow") + Text(skipped.reason), highlight=False, soft_wrap=True
        )
    count = len(result.done)
    console.print(
        f"{title} {count} draft{'s' if count != 1 else ''}, skipped {len(result.skipped)}. Nothing was sent."
        if count or result.skipped
        else f"No pending drafts: nothing {done_word}.",
        highlight=False,
    )
    if explicit and result.skipped:
        raise typer.Exit(1)


def _config(needed: str) -> Config:
    from kindly.config import load_config

    path = default_config_path()
    if not path.exists():
        raise ConfigError(f"{path}: no config here; add {needed}")
    return load_config(path)


def _account(config: Config, name: str | None) -> Account:
    where = default_config_path()
    if name is not None:
        found = [a for a in config.accounts if a.name == name]
        if not found:
            raise ConfigError(f"{where}: no account named {name}")
        return found[0]
    if not config.accounts:
        raise ConfigError(f"{where}: no accounts; add {_ACCOUNTS}")
    if len(config.accounts) > 1:
        names = ", ".join(a.name for a in config.accounts)
        raise ConfigError(f"{where}: several accounts ({names}): choose one with --account")
    return config.accounts[0]


# -- kindly send ----------------------------------------------------------------------------------------


def _has_terminal() -> bool:
    """Is someone at a terminal to answer the question? (Without one, only --yes sends.)"""
    return sys.stdin.isatty()


@app.command(
    help="Send drafts by SMTP through the server of the smtp table in config.toml: each is shown first and "
    "sent only when you confirm it. What was sent is recorded, and a message is never sent twice."
)
def send(
    ids: Annotated[
        list[int],
        typer.Argument(metavar="ID...", help="The draft ID(s) to send, as `kindly drafts` lists them."),
    ],
    yes: Annotated[
        bool,
        typer.Option("--yes", "-y", help="Send without asking (for scripts: you approved them already)."),
    ] = False,
    despite_taken_times: DespiteTakenTimes = False,
    profile: ProfileOption = None,
) -> None:
    from kindly.store.db import open_database

    try:
        declined = confirm_and_send(
            open_database(database_path()), profile_if_any(profile), ids, yes, despite_taken_times
        )
    except KindlyError as error:
        raise fail(error) from None
    if declined:
        raise typer.Exit(1)


def confirm_and_send(
    sessions: sessionmaker[Session],
    user_profile: Profile | None,
    ids: list[int],
    yes: bool,
    despite_taken_times: bool = False,
) -> bool:
    """Show each draft, ask, send what is confirmed and record it; True when any was declined.

    Used by `kindly send` and `kindly triage --send`: nothing leaves without a yes per message (or --yes)."""
    from kindly.outbox import outgoing
    from kindly.outbox import send as send_draft

    settings = _config(_SMTP).smtp_settings()
    if settings is None:
        raise ConfigError(f'{default_config_path()}: no "smtp" table; add {_SMTP}')
    password = settings.password()
    if not yes and not _has_terminal():
        raise ConfigError(
            "nothing sent: there is no terminal to confirm each message on; run it in a terminal, "
            "or add --yes to send without asking"
        )
    declined = False
    for draft_id in dict.fromkeys(ids):
        prepared = outgoing(sessions, user_profile, draft_id, despite_taken_times=despite_taken_times)
        _show(prepared)
        if not yes and not typer.confirm(f"Send draft #{draft_id} to {prepared.recipient} now?"):
            stderr().print(f"Not sent: draft #{draft_id}.", highlight=False)
            declined = True
            continue
        done = send_draft(
            sessions,
            user_profile,
            draft_id,
            settings,
            password,
            prepared=prepared,
            despite_taken_times=despite_taken_times,
        )
        stdout().print(
            f"Sent draft #{draft_id} to {done.recipient} ({done.server_answer}); recorded.",
            highlight=False,
            markup=False,
        )
    return declined


def _show(out: Outgoing) -> None:
    message = out.message
    head = Table.grid(padding=(0, 2))
    for field in ("From", "To", "Subject", "In-Reply-To"):
        if message.get(field):
            head.add_row(field, Text(str(message[field])))
    if out.calendar is not None:
        head.add_row("Calendar", f"reply attached: {out.calendar.value}")
    body = message.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    out_console = stdout()
    out_console.print(Panel(head, title=f"Draft #{out.draft_id}", expand=False))
    out_console.print(Panel(Text(text.rstrip()), expand=False))
