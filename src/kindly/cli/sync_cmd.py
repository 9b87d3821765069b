"""`kindly sync`: fetch new mail from the IMAP accounts in config.toml and triage it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kindly.calendar_busy import calendar_for_drafts
from kindly.cli.app import ProfileOption, app, database_path, fail, require_profile, stderr
from kindly.cli.long_run import LONG_RUN
from kindly.cli.triage_cmd import (
    hold_record,
    json_records,
    print_final,
    print_rows,
    summary_line,
)
from kindly.errors import ConfigError, KindlyError
from kindly.paths import default_config_path

if TYPE_CHECKING:
    from kindly.config import Account
    from kindly.services import Sync, TriageRow


@app.command()
def sync(
    account: Annotated[
        list[str] | None,
        typer.Option("--account", "-a", help="Sync only this account (by name); repeat for several."),
    ] = None,
    profile: ProfileOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per message instead of a table.")
    ] = False,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help=f"Print every row, however long the sync: past {LONG_RUN} messages a summary is printed instead.",
        ),
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, max=5000, help="Messages fetched and committed at a time.")
    ] = 100,
) -> None:
    """Fetch new mail from the IMAP accounts in config.toml (only what is new since the last sync) and
    triage it like `kindly triage`. Passwords come from the keyring or the environment, never a file."""
    from kindly.config import load_config
    from kindly.services import Sync, Triage
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier

    try:
        user_profile = require_profile(profile, "`kindly sync` weighs every message against your goals")
        accounts = load_config(default_config_path()).accounts
        if account:
            unknown = sorted(set(account) - {a.name for a in accounts})
            if unknown:
                raise ConfigError(f"{default_config_path()}: no account named {', '.join(unknown)}")
            accounts = [a for a in accounts if a.name in account]
        if not accounts:
            raise ConfigError(f"{default_config_path()}: no [[accounts]] to sync")
        # the busy time of config.toml's [calendar], as triage reads it: an invitation is weighed against it, and
        # a time her own words offer that it has busy waits for her say
        calendar = calendar_for_drafts()  # the calendar file last given to `kindly triage --calendar` too
        for note in calendar.notes:
            stderr().print(f"[yellow]{escape(note)}[/]", highlight=False)
        service = Sync(
            Triage(open_database(database_path()), user_profile, Classifier(), busy=calendar.busy),
            batch_size=batch_size,
        )
        rows = _run(service, accounts, as_json)
    except KindlyError as error:
        raise fail(error) from None
    if rows:
        print_rows(rows, show_all, "kindly sync")
    _report(service)
    if service.failures:
        raise typer.Exit(1)


def _run(service: Sync, accounts: list[Account], as_json: bool) -> list[TriageRow]:
    """The rows for the table; with --json none: each message's record is printed once the sync is over, as
    it left the message (a later mail of its thread may withdraw its draft), as `kindly triage --json` does."""
    rows: list[TriageRow] = []
    with json_records() as records:
        try:
            for row in service.run(accounts):
                if as_json:
                    hold_record(records, row)
                else:
                    rows.append(row)
        finally:
            if as_json:
                print_final(records, service.triage.drafts_withdrawn, service.triage.drafts_rewritten)
    return rows


def _report(service: Sync) -> None:
    console = stderr()
    for error in service.summary.errors:
        console.print(f"[yellow]skipped[/] {error.source}: {error.reason}", highlight=False, markup=True)
    for folder in service.folders:
        if folder.missing:
            continue
        note = " (UIDVALIDITY changed: read again from the start)" if folder.resynced else ""
        console.print(f"{folder.account}/{folder.folder}: {folder.fetched} fetched{note}", highlight=False)
    console.print(summary_line(service.summary) + ".", highlight=False)
    for failure in service.failures:
        console.print(
            f"[bold red]kindly:[/] {failure}. What was read before is saved: run `kindly sync` again "
            "to go on from there.",
            highlight=False,
            markup=True,
            soft_wrap=True,
        )
