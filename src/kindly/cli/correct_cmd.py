"""`kindly correct ID --intent X`: teach kindly what a message really was."""

from __future__ import annotations

from typing import Annotated

import typer

from kindly.cli.app import ProfileOption, app, database_path, fail, require_profile, stdout
from kindly.errors import KindlyError
from kindly.model import Intent


@app.command()
def correct(
    message_id: Annotated[int, typer.Argument(metavar="ID", help="The ID shown by `kindly triage`.")],
    intent: Annotated[
        Intent,
        typer.Option(
            "--intent",
            metavar="<intent>",
            # the choices as words of the help text, which wraps between them (as the option's type, a narrow
            # column broke them mid-word: "coffee_" over "chat")
            help="What the message really is: " + ", ".join(choice.value for choice in Intent) + ".",
        ),
    ],
    purpose: Annotated[
        str | None, typer.Option("--purpose", help="clear or vague: whether its purpose is clear.")
    ] = None,
    profile: ProfileOption = None,
) -> None:
    """Correct a message's intent (and purpose); it is decided again, and later runs remember it for
    that sender and for similar messages."""
    from kindly.feedback import correct as store_correction
    from kindly.store.db import open_database

    if purpose not in (None, "clear", "vague"):
        raise typer.BadParameter("use clear or vague", param_hint="--purpose")
    try:
        row = store_correction(
            open_database(database_path()),
            message_id,
            intent,
            None if purpose is None else purpose == "clear",
            require_profile(profile, "`kindly correct` decides the message again against your goals"),
        )
    except KindlyError as error:
        raise fail(error) from None
    verdict = row.verdict
    stdout().print(
        f"Message {row.id} is now {row.understanding.intent.value}: {verdict.decision.value} "
        f"({verdict.reason_code}) - {verdict.reason}",
        highlight=False,
    )
