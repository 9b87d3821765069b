"""`kindly show ID`: one message with the evidence behind every score, and its draft."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from kindly.cli.app import ProfileOption, app, database_path, fail, require_profile, stdout
from kindly.errors import KindlyError, ParseError

if TYPE_CHECKING:
    from pathlib import Path

    from kindly.profile import Profile
    from kindly.store.tables import AnalysisRow, MessageRow

QUOTED_PREVIEW_LINES = 6


@app.command()
def show(
    message_id: Annotated[int, typer.Argument(metavar="ID", help="The ID shown by `kindly triage`.")],
    profile: ProfileOption = None,
) -> None:
    """Show one message: what was read, why it was scored and decided so, and its draft."""
    from kindly.store.db import open_database
    from kindly.store.repository import Repository

    try:
        sessions = open_database(database_path())
        with sessions() as session:
            repo = Repository(session)
            row = repo.get(message_id)
            if row is None:
                raise ParseError(str(message_id), "no message with this ID (run `kindly triage` first)")
            thread = [m for m in repo.thread(row.thread_id) if m.id != row.id]
            _print(row, thread, _profile_if_any(profile))
    except KindlyError as error:
        raise fail(error) from None


def _profile_if_any(option: Path | None) -> Profile | None:
    """The profile, for the parts of `show` that need one (an event plan); show works without it."""
    try:
        return require_profile(option, "an event plan needs your goals")
    except KindlyError:
        return None


def _details(row: MessageRow, profile: Profile | None = None) -> list[tuple[str, str]]:
    from kindly.model import Intent
    from kindly.store.repository import stored_message
    from kindly.understand.extract import besides_me, extract

    intent = Intent(row.analysis.intent) if row.analysis is not None else None
    message = stored_message(row)
    return besides_me(extract(message, intent), message, profile.user.me if profile else ()).as_rows()


def _mailbox(stored: dict[str, str]) -> str:
    name, addr = stored.get("name") or "", stored.get("addr") or ""
    return f"{name} <{addr}>" if name else addr


def _print(row: MessageRow, thread: list[MessageRow], profile: Profile | None) -> None:
    """The message, what was read in it, how it was decided, and its drafts, panel by panel."""
    _print_message(row, thread, profile)
    analysis = row.analysis
    if analysis is None:
        stdout().print("Not analysed yet.")
        return
    from kindly.decide.donation import DONATION

    # a gift promised to a fundraiser is no event the user goes to: no plan for it
    donation = analysis.reason_code == DONATION
    _print_understanding(analysis)
    _print_fits(analysis)
    _print_decision(row, analysis, profile, donation=donation)
    _print_drafts(row)
    _print_left_to_the_user(row, analysis, profile, donation=donation)


def _print_message(row: MessageRow, thread: list[MessageRow], profile: Profile | None) -> None:
    """Who wrote it and when, their own words, the history they quoted and the details read from it."""
    from kindly.store.repository import written_at

    out = stdout()
    head = Table.grid(padding=(0, 2))
    # what the message says is data, never markup: "[quokka/quokka] Run failed" keeps its brackets
    head.add_row("From", Text(f"{row.from_name} <{row.from_addr}>" if row.from_addr else row.from_name))
    if row.cc_mailboxes:  # who else is on it: a reply greets and copies those the sender brought in
        head.add_row("Cc", Text(", ".join(_mailbox(m) for m in row.cc_mailboxes)))
    head.add_row("Subject", Text(row.subject or "(no subject)"))
    sent = written_at(row)  # as the sender wrote it, offset included
    head.add_row("Date", sent.isoformat() if sent else "-")
    head.add_row("Source", Text(row.source))
    head.add_row("Thread", f"{row.thread_id} ({len(thread)} other message{'s' if len(thread) != 1 else ''})")
    if row.attachments:
        head.add_row(
            "Attachments",
            Text(", ".join(f"{a['name']} ({a['content_type']}, {a['size']} B)" for a in row.attachments)),
        )
    out.print(Panel(head, title=f"Message {row.id}", expand=False))
    out.print(Panel(Text(row.own_text or "(no text of their own)"), title="Their words", expand=False))
    if row.quoted_text:
        lines = row.quoted_text.splitlines()
        more = (
            f"\n... {len(lines) - QUOTED_PREVIEW_LINES} more lines"
            if len(lines) > QUOTED_PREVIEW_LINES
            else ""
        )
        out.print(
            Panel(
                Text("\n".join(lines[:QUOTED_PREVIEW_LINES]) + more, style="dim"),
                title="Quoted history",
                expand=False,
            )
        )
    details = _details(row, profile)
    if details:
        grid = Table.grid(padding=(0, 2))
        for name, value in details:
            grid.add_row(name, Text(value))
        out.print(Panel(grid, title="Details", expand=False))


def _print_understanding(analysis: AnalysisRow) -> None:
    """Whether it is an invitation, its intent and its purpose, each with the model's evidence."""
    understanding = Table(title="Understanding", show_header=True)
    understanding.add_column("Question")
    understanding.add_column("Answer")
    understanding.add_column("Evidence", overflow="fold", max_width=80)
    # the model's own lines ("intent ...: terms", "purpose clear: terms") and, before them, how triage read it again
    evidence = list(analysis.understanding_evidence)
    purpose_lines = [e for e in evidence if e.startswith("purpose ")]
    intent_lines = [e for e in evidence if e not in purpose_lines]
    top = sorted(analysis.intent_scores.items(), key=lambda kv: -kv[1])[:3]
    # the confidence is the model's, for its own top intent: one read again ("a work meeting from a stranger sent to
    # you") shows no number of its own
    models_own = not top or top[0][0] == analysis.intent
    answer = (
        f"{analysis.intent} ({analysis.confidence:.2f})" if models_own else f"{analysis.intent} (read again)"
    )
    understanding.add_row(
        "Invitation?",
        "yes" if analysis.is_invitation else "no",
        f"p(none) = {analysis.intent_scores.get('none', 0):.2f}",
    )
    understanding.add_row(
        "Intent",
        answer,
        Text("\n".join(["; ".join(f"{k} {v:.2f}" for k, v in top), *intent_lines]).strip()),
    )
    clear = "-" if analysis.purpose_clear is None else ("clear" if analysis.purpose_clear else "unclear")
    if analysis.purpose_clear and any(line.startswith("purpose vague") for line in purpose_lines):
        clear = (
            "clear (read again)"  # the ask it was read as says what it is for, where the model found it vague
        )
    understanding.add_row("Purpose", clear, Text("\n".join(purpose_lines)))
    stdout().print(understanding)


def _print_fits(analysis: AnalysisRow) -> None:
    """How well it fits each goal, best first, with the evidence."""
    if not analysis.fits:
        return
    fits = Table(title="Goal fit", show_header=True)
    fits.add_column("Goal")
    fits.add_column("Fit", justify="right")
    fits.add_column("Evidence", overflow="fold", max_width=80)
    for fit in sorted(analysis.fits, key=lambda f: -f["score"]):
        fits.add_row(
            Text(f"{fit['kind']}: {fit['description']}"),
            f"{fit['score']:.2f}",
            Text("\n".join(fit["evidence"])),
        )
    stdout().print(fits)


def _print_decision(
    row: MessageRow, analysis: AnalysisRow, profile: Profile | None, *, donation: bool
) -> None:
    """The decision with its reason and evidence, and the plan for an event the user goes to."""
    out = stdout()
    verdict = Text.assemble((analysis.decision, "bold"), f" ({analysis.reason_code}): {analysis.reason}")
    from kindly.kept_drafts import draft_warnings

    evidence = [*analysis.decision_evidence, *draft_warnings(row)]  # her kept words as things stand now
    if evidence:
        verdict.append("\n" + "\n".join(f"- {e}" for e in evidence))
    out.print(Panel(verdict, title="Decision", expand=False))
    if (
        analysis.decision == "accept"
        and analysis.intent == "event_invitation"
        and profile is not None
        and not donation
    ):
        from kindly.decide.plan import plan_event
        from kindly.store.repository import stored_message

        plan = plan_event(stored_message(row), profile)
        out.print(
            Panel(
                Text("\n".join(f"- {line}" for line in plan.lines())),
                title="Plan for the event",
                expand=False,
            )
        )


def _print_drafts(row: MessageRow) -> None:
    """Each draft, with where it goes: a direct message is pasted into its app."""
    from kindly.channels import DM_APPS

    for draft in row.drafts:
        body = f"Subject: {draft.subject}\n\n{draft.text}" if draft.subject else draft.text
        app = DM_APPS.get(
            draft.channel
        )  # a direct message is copied into its app by the user: nothing sends it
        where = f" - paste it into {app.into}" if app else ""
        stdout().print(
            Panel(
                Text(body),
                title=f"Draft ({draft.status}, {draft.channel}{where}; steps: {', '.join(draft.steps)})",
                expand=False,
            )
        )


def _print_left_to_the_user(
    row: MessageRow, analysis: AnalysisRow, profile: Profile | None, *, donation: bool
) -> None:
    """What no draft does for the user: a message left to them, and the questions a yes does not answer."""
    from kindly.decide.thread import THREAD_QUESTION
    from kindly.reply.answers import answers_to_use, courtesy, unanswered
    from kindly.understand.questions import questions

    if not row.drafts:
        stdout().print("No draft: kindly leaves this one to you.")
        if analysis.reason_code == THREAD_QUESTION:  # no draft answers anything: every question is the user's
            # ...but one asked out of courtesy ("How are you?") is answered by no one
            asked = [question for question in questions(row.own_text or "") if not courtesy(question)]
            _print_questions(asked, "Questions for you to answer")
    elif profile is not None and analysis.decision == "accept":
        # only a yes owes answers: a pitch declined is not answered its "Tired of applying into the void?"
        # a question the draft's answers do not speak to is the user's, even where the profile has an answer
        # the draft may not give (the user's rates, asked by a conference)
        left = unanswered(
            row.own_text or "",
            answers_to_use(profile.answers, analysis.intent),
            "\n".join(draft.text for draft in row.drafts),
        )
        if donation:  # the yes answers the ask to donate; any other question is still the user's
            from kindly.decide.donation import donation_asked

            left = [question for question in left if not donation_asked(question)]
        if analysis.intent == "introduction":  # "Can I give her your number?": the yes says "please do"
            from kindly.decide.reading import leave_to_pass_contact

            left = [question for question in left if not leave_to_pass_contact(question)]
        # the draft does not answer these: the profile has no answer to them
        _print_questions(left, "Questions for you to answer (add an [[answers]] entry to have them drafted)")


def _print_questions(asked: list[str], title: str) -> None:
    if asked:
        stdout().print(
            Panel(
                escape("\n".join(f"- {question}" for question in asked)),
                title=escape(title),
                expand=False,
            )
        )
