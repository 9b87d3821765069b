"""`kindly triage PATH...`: read, understand, decide and draft for every message."""

from __future__ import annotations

import json
import shlex
from datetime import datetime
from pathlib import Path
from tempfile import SpooledTemporaryFile
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from kindly.cli.app import ProfileOption, app, database_path, fail, require_profile, stderr, stdout
from kindly.cli.long_run import LONG_RUN
from kindly.errors import KindlyError, ParseError
from kindly.model import DecisionMark
from kindly.understand.language import NOT_ENGLISH_ASK

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.orm import Session, sessionmaker

    from kindly.ingest.sources import Source
    from kindly.model import Draft, Verdict
    from kindly.profile import Profile
    from kindly.reply.polish import PolishSettings
    from kindly.services import Triage, TriageRow, TriageSummary

PROGRESS_FROM = 100  # a progress bar appears once a run passes this many messages
# --json records wait for the run's end in memory up to this size, then on disk
JSON_HELD_IN_MEMORY = 8 * 1024 * 1024
SKIP_REASONS_SHOWN = 4  # the summary names the commonest reasons for skipping; each skip is listed above
NOT_READ_SHOWN = 5  # the files of a folder left unread that a note names, then "and N more"

_DECISION_STYLE = {
    "accept": "green",
    "ask_details": "yellow",
    "decline": "red",
    "refer": "cyan",
    "ignore": "dim",
}


@app.command()
def triage(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=".eml, a folder of .eml and .ics files, mbox, Maildir, .ics, LinkedIn messages.csv or Connections.csv, - for stdin."
        ),
    ],
    profile: ProfileOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per message instead of a table.")
    ] = False,
    send: Annotated[
        bool,
        typer.Option(
            "--send",
            help="Then offer to send each new e-mail draft by SMTP (the smtp table in config.toml), one confirmation "
            "per message.",
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="With --send: send without asking.")] = False,
    calendar: Annotated[
        Path | None,
        typer.Option(
            "--calendar",
            help="Your calendar export (.ics): its events count as busy time when an invitation is weighed. "
            "Remembered: later runs (and the web page, `kindly sync`) use it until another is given.",
            dir_okay=False,
        ),
    ] = None,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help=f"Print every row, however long the run: past {LONG_RUN} messages the table gives way to a summary "
            "(the counts per decision and the messages that need you). --json always has every record.",
        ),
    ] = False,
    no_calendar: Annotated[
        bool,
        typer.Option(
            "--no-calendar", help="Leave out the calendar file remembered from an earlier --calendar."
        ),
    ] = False,
) -> None:
    """Decide for every message: accept, ask for details, decline or ignore - with the reason and a draft."""
    from kindly.services import Triage
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier

    if calendar is not None and no_calendar:
        raise typer.BadParameter(
            "give --calendar FILE or --no-calendar, not both", param_hint="--no-calendar"
        )
    try:
        user_profile = require_profile(profile, "`kindly triage` weighs every message against your goals")
        sources, unreadable = _detect_each(paths)
        if not sources:
            # nothing to triage: each path's own line, as for any deliberate error
            for error in unreadable[:-1]:
                fail(error)
            raise unreadable[-1]
        _note_rules_read_word_for_word(user_profile)
        _note_folder_files_not_read(sources)
        sessions = open_database(database_path())
        service = Triage(
            sessions,
            user_profile,
            Classifier(),
            busy=_calendars_read(calendar, remembered=not no_calendar),
            polish_settings=_polish_settings(),
        )
        rows, message_ids, interrupted = _run(service, sources, as_json)
    except KindlyError as error:
        raise fail(error) from None
    if rows and not as_json:
        print_rows(rows, show_all)
    if interrupted:
        _report_interrupted(len(message_ids))
        raise typer.Exit(130)
    # a path that could not be read at all is listed with the items skipped, and the other paths still count
    service.summary.errors[:0] = unreadable
    _report(service.summary)
    if send:
        _send_new_drafts(sessions, user_profile, message_ids, yes)
    if service.summary.errors and not service.summary.read:
        raise typer.Exit(2)
    if unreadable:
        raise typer.Exit(1)


def _detect_each(paths: list[str]) -> tuple[list[Source], list[ParseError]]:
    """The sources of the paths kindly can read, and why each other path cannot be read: one path that is
    missing, empty or of a format kindly does not know stops none of the others."""
    from kindly.ingest.sources import detect

    sources: list[Source] = []
    unreadable: list[ParseError] = []
    for path in paths:
        try:
            sources.append(detect(path))
        except ParseError as error:
            unreadable.append(error)
    return sources, unreadable


def _note_folder_files_not_read(sources: list[Source]) -> None:
    """A folder of e-mails is read for its .eml and .ics files only: the user is told which of its other files
    and folders were left unread, so that an mbox or a pasted .txt saved beside them is not silently missed."""
    from kindly.ingest.sources import not_read_in_folder

    for source in sources:
        left = not_read_in_folder(source)
        if not left:
            continue
        shown = ", ".join(path.name + ("/" if path.is_dir() else "") for path in left[:NOT_READ_SHOWN])
        if len(left) > NOT_READ_SHOWN:
            shown += f" and {len(left) - NOT_READ_SHOWN} more"
        command = " ".join(shlex.quote(str(path)) for path in left[:NOT_READ_SHOWN])
        stderr().print(
            f"note: {source.path} is read for its .eml and .ics files only; not read: {shown}. "
            f"Name them as paths of their own to triage them too: `kindly triage {command}`",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def _report_interrupted(saved: int) -> None:
    """Ctrl-C: what was decided is saved batch by batch, so the user is told what is kept and how to go on."""
    kept = f"{saved} message{'s' if saved != 1 else ''}"
    stderr().print(
        f"Interrupted: {kept} triaged and saved before you stopped it. Run the same command again to go on: "
        "what was saved is found as duplicates and never stored twice.",
        highlight=False,
        soft_wrap=True,
    )


def _note_rules_read_word_for_word(profile: Profile) -> None:
    """Once a run, the never-rules read word for word, with the words each needs: a rule that can never hold
    ("one-off coffees with service providers selling to VCs") says nothing when it fails, so the user is told
    here and can reword it."""
    from kindly.decide.rules import users_beat, words_a_beat_meets, words_needed, words_needed_beside_ideas
    from kindly.decide.vendor_events import about_sellers_events

    beat = bool(users_beat(profile))
    notes = []
    for rule in profile.never:
        if about_sellers_events(rule.what):
            continue  # "dinners paid by vendors" holds for a seller's own dinner, whatever words it uses
        # "beat" of "companies on my beat" is met by a company the user's goals name too, not by the word alone
        met_by_beat = words_a_beat_meets(rule.what) if beat else frozenset()

        def listed(words: tuple[str, ...], met_by_beat: frozenset[str] = met_by_beat) -> str:
            return ", ".join(f"{w} (or a name your goals list)" if w in met_by_beat else w for w in words)

        readings = words_needed(rule.what)
        if readings is not None:
            needs = " | ".join(map(listed, readings)) or "nothing kindly can check: it never holds"
            notes.append(f'  "{rule.what}": {needs}')
        elif partly := words_needed_beside_ideas(rule.what):
            # "free spec work or unpaid pitches": the spec work read by its ideas, the pitches word for word
            needs = " | ".join(map(listed, partly))
            notes.append(f'  "{rule.what}": {needs} (the rest of it is read by its ideas)')
    if notes:
        stderr().print(
            "note: kindly reads these never-rules word for word; each holds only where a message has every word "
            "listed, in any form (alternatives split by |):\n" + "\n".join(notes),
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def _send_new_drafts(
    sessions: sessionmaker[Session], profile: Profile, message_ids: set[int], yes: bool
) -> None:
    """`--send`: the e-mail drafts of this run, each shown and sent only on a yes."""
    from kindly.cli.drafts_cmd import confirm_and_send
    from kindly.outbox import pending_drafts

    drafts = [
        d for d in pending_drafts(sessions) if d.message_pk in message_ids and d.channel == "email" and d.to
    ]
    for held in (
        d for d in drafts if d.stale or d.declined or d.taken
    ):  # her own words that need her say first: not offered
        why = (
            f"is stale: {held.stale}"
            if held.stale
            else f"says yes, but {held.declined}"
            if held.declined
            else f"offers a time now taken: {'; '.join(held.taken)}"
        )
        stderr().print(
            f"Not offered: draft #{held.id} {why} (`kindly drafts`)", highlight=False, markup=False
        )
    ids = [d.id for d in drafts if not (d.stale or d.declined or d.taken)]
    if not ids:
        stderr().print("No e-mail drafts to send.", highlight=False)
        return
    try:
        declined = confirm_and_send(sessions, profile, ids, yes)
    except KindlyError as error:
        raise fail(error) from None
    if declined:
        raise typer.Exit(1)


def _calendars_read(
    calendar: Path | None, *, remembered: bool = True
) -> list[tuple[datetime, datetime]] | None:
    """The busy time of the calendar file given (remembered for the drafts written later: the web page's rewrite,
    `kindly sync`, a later triage), else of the one remembered (unless not `remembered`: --no-calendar), and of
    config.toml's CalDAV server; None when none was read."""
    from kindly.calendar_busy import file_busy, remember_file

    from_file = file_busy(calendar) if calendar else None
    if calendar is not None and from_file is not None:
        remember_file(calendar, from_file)
    elif remembered:
        from_file = _remembered_calendar()
    server = caldav_busy(other_calendar=from_file is not None)
    if from_file is None and server is None:
        return None
    return [*(from_file or ()), *(server or ())]


def _remembered_calendar() -> list[tuple[datetime, datetime]] | None:
    """The busy time of the calendar file an earlier `--calendar` gave, said in one line so that a run never weighs
    a calendar the user does not know it reads; a file gone since is said too (its busy time when last read
    counts), never an error. None when no file was ever given."""
    from kindly.calendar_busy import remembered_file, remembered_file_busy

    kept = remembered_file()
    if kept is None:
        return None
    not_read: list[str] = []
    busy = remembered_file_busy(not_read.append)
    stderr().print(
        f"Using your calendar file {kept.path} (remembered from --calendar on {kept.given_on}); "
        "--no-calendar to skip.",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )
    for note in not_read:
        stderr().print(f"[yellow]{escape(note)}[/]", highlight=False, soft_wrap=True)
    return busy


def caldav_busy(*, other_calendar: bool = False) -> list[tuple[datetime, datetime]] | None:
    """Busy time for the next 8 weeks from the CalDAV server of config.toml's [calendar] table; None without one.
    A server that cannot be read is reported in one line and triage goes on without it (None: nothing read)."""
    from kindly.calendar_busy import caldav_busy as busy_of_config
    from kindly.calendar_busy import not_read_note

    def not_read(error: KindlyError) -> None:
        note = not_read_note(str(error), other_calendar=other_calendar)
        stderr().print(f"[yellow]busy time not counted[/] - {escape(note)}", highlight=False)

    return busy_of_config(not_read)


def _polish_settings() -> PolishSettings | None:
    """The optional [polish] endpoint of config.toml; off when there is no config or no such table."""
    from kindly.config import load_config
    from kindly.paths import default_config_path

    path = default_config_path()
    return load_config(path).polish_settings() if path.exists() else None


def _run(service: Triage, sources: list[Source], as_json: bool) -> tuple[list[TriageRow], set[int], bool]:
    """The rows for the table (none with --json: they are printed once the run is over), every message id, and
    whether the user stopped the run (Ctrl-C): each batch is saved before its rows come, so the rows so far
    are what was saved. With --json each message's record is printed once, in the state the run left it: a
    later message of its thread may withdraw the draft it was decided with (a follow-up answered in its
    stead), so the records wait (in a file once they pass JSON_HELD_IN_MEMORY) until every decision is made."""
    rows: list[TriageRow] = []
    records = json_records()
    ids: set[int] = set()
    console = stderr()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("triaging"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    task = progress.add_task("triage", total=None)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if done > PROGRESS_FROM and not progress.live.is_started:
            progress.start()
        progress.update(task, completed=done)

    interrupted = False
    with records:
        try:
            for row in service.run(sources, advance):
                ids.add(row.id)
                if as_json:
                    hold_record(records, row)
                else:
                    rows.append(row)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            progress.stop()
            if as_json:
                print_final(records, service.drafts_withdrawn, service.drafts_rewritten)
    return rows, ids, interrupted


def json_records() -> IO[str]:
    """Where a run's --json records wait for its end: in memory, on disk once they pass JSON_HELD_IN_MEMORY."""
    return SpooledTemporaryFile(JSON_HELD_IN_MEMORY, mode="w+", encoding="utf-8")


def hold_record(records: IO[str], row: TriageRow) -> None:
    records.write(f"{row.id}\t{json.dumps(as_record(row), ensure_ascii=False)}\n")


def print_final(
    records: IO[str], drafts_withdrawn: set[int], drafts_rewritten: Mapping[int, Draft | None] | None = None
) -> None:
    """The records of a run, in order, each without the draft a later message withdrew, or with the draft a later
    message wrote again (a time it proposed that a sender fixed for something else)."""
    rewritten = drafts_rewritten or {}
    records.seek(0)
    for line in records:
        message_id, record = line.rstrip("\n").split("\t", 1)
        if int(message_id) in drafts_withdrawn:
            record = json.dumps({**json.loads(record), "draft": None}, ensure_ascii=False)
        elif int(message_id) in rewritten:
            draft = rewritten[int(message_id)]
            text = draft.text if draft is not None else None
            record = json.dumps({**json.loads(record), "draft": text}, ensure_ascii=False)
        print(record, flush=False)


def served_goal(verdict: Verdict) -> str | None:
    """The goal an invitation serves; none for ignored messages or where nothing is served at all."""
    from kindly.decide.policy import RELATED_AT

    if verdict.best is None or verdict.decision.value == "ignore" or verdict.fit < RELATED_AT:
        return None
    return verdict.best.kind


def as_record(row: TriageRow) -> dict[str, Any]:
    u, v = row.understanding, row.verdict
    return {
        "id": row.id,
        "thread_id": row.thread_id,
        "from": row.message.sender,
        "subject": row.message.subject,
        "is_invitation": u.is_invitation,
        "intent": u.intent.value,
        "purpose_clear": u.purpose_clear,
        "goal": served_goal(v),
        "fit": round(v.fit, 3),
        "decision": v.decision.value,
        "reason": v.reason,
        "reason_code": v.reason_code,
        "draft": row.draft.text if row.draft else None,
    }


def print_rows(rows: list[TriageRow], show_all: bool, command: str = "kindly triage") -> None:
    """The run's table, or past LONG_RUN rows (without --all) its summary: what needs the user, capped."""
    from kindly.cli.long_run import is_long_run, long_run_summary

    if show_all or not is_long_run(rows):
        stdout().print(triage_table(rows, title=command))
    else:
        stdout().print(long_run_summary(rows, triage_table, command))


def triage_table(rows: list[TriageRow], title: str = "kindly triage") -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("ID", justify="right", style="bold", min_width=3, no_wrap=True)
    table.add_column("From", max_width=22, overflow="ellipsis", no_wrap=True)
    table.add_column("Subject", max_width=32, overflow="ellipsis", no_wrap=True)
    table.add_column("Intent", min_width=10, overflow="fold")
    table.add_column("Goal (fit)", min_width=10, overflow="fold")
    table.add_column("Decision", min_width=7, overflow="fold")
    table.add_column("Reason", min_width=20, overflow="fold")
    # a mail in another language that looks like an invitation comes first: kindly cannot read it, you can
    # (one from a person or an organisation a goal names first of them)
    for row in sorted(
        rows,
        key=lambda r: (
            r.verdict.reason_code != NOT_ENGLISH_ASK,
            DecisionMark.FROM_A_TARGET not in r.verdict.marks,
        ),
    ):
        v = row.verdict
        goal = f"{served_goal(v)} ({v.fit:.2f})" if served_goal(v) else "-"
        decision = v.decision.value
        table.add_row(
            str(row.id),
            # the sender's words are data, never markup: "[quokka/quokka] Run failed" keeps its brackets
            Text(row.message.from_name or row.message.from_addr or "?"),
            Text(row.message.subject or "(no subject)"),
            row.understanding.intent.value,
            Text(goal),
            f"[{_DECISION_STYLE[decision]}]{decision}[/]",
            Text(v.reason),
        )
    return table


def _report(summary: TriageSummary) -> None:
    console = stderr()
    for error in summary.errors:
        console.print(f"[yellow]skipped[/] {error.source}: {error.reason}", highlight=False, markup=True)
    console.print(
        summary_line(summary) + ". Drafts are saved, never sent: see `kindly show ID`.", highlight=False
    )


def summary_line(summary: TriageSummary) -> str:
    """read, new, duplicates, invitations, calendar updates, contacts, skipped (by reason), decisions."""
    decided = ", ".join(f"{count} {name}" for name, count in sorted(summary.decisions.items()))
    reasons: dict[str, int] = {}
    for error in summary.errors:  # grouped by the reason's gist: "unreadable message (...)" as one
        gist = error.reason.split(" (", 1)[0].split(":", 1)[0].strip() or "unreadable"
        reasons[gist] = reasons.get(gist, 0) + 1
    skipped = f"skipped {len(summary.errors)}"
    if reasons:
        common = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        shown = [f"{n} {gist}" for gist, n in common[:SKIP_REASONS_SHOWN]]
        if len(common) > SKIP_REASONS_SHOWN:
            shown.append(f"{sum(n for _, n in common[SKIP_REASONS_SHOWN:])} other")
        skipped += " (" + "; ".join(shown) + ")"
    parts = [
        f"read {summary.read}",
        f"new {summary.stored}",
        f"duplicates {summary.duplicates}",
        f"invitations {summary.invitations}",
    ]
    if summary.calendar_updates:
        parts.append(f"calendar updates {summary.calendar_updates}")
    if summary.decided_again:
        parts.append(f"open invitations decided again {summary.decided_again} (what they rest on changed)")
    if summary.redrafted_yours:
        parts.append(
            f"drafts of decisions you set written again {summary.redrafted_yours} (your profile changed; "
            "the decisions stay yours)"
        )
    if summary.contacts:
        parts.append(f"contacts {summary.contacts} ({summary.contacts_new} new)")
    parts.append(skipped)
    line = ", ".join(parts) + (f" | {decided}" if decided else "")
    if summary.not_english:
        # kindly cannot read them: the ones that look like invitations are named, to be read first
        line += f" | {summary.not_english} not in English"
        if asks := summary.not_english_asks:
            ids = ", ".join(f"#{n}" for n in asks)
            look = "looks like an invitation" if len(asks) == 1 else "look like invitations"
            line += f", {len(asks)} of them {look}: yours to read first ({ids})"
    return line
