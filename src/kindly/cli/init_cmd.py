"""`kindly init`: write a commented profile to start from."""

from __future__ import annotations

import shlex
from typing import Annotated

import typer
from rich.markup import escape

from kindly.cli.app import ProfileOption, app, fail, profile_path, stdout
from kindly.errors import ConfigError


@app.command()
def init(
    profile: ProfileOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing profile.")] = False,
) -> None:
    """Write a commented profile (goals, providers, never-rules, resources) to the app folder."""
    from kindly.profile import template_text

    path = profile_path(profile)
    if path.exists() and not force:
        raise fail(ConfigError(f"{path}: a profile already exists (use --force to overwrite it)"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template_text(), encoding="utf-8")
    except OSError as exc:
        raise fail(ConfigError(f"{path}: cannot write the profile ({exc.strerror or exc})")) from None
    # a profile outside the app folder is read only where --profile names it, so the next step says so
    run = (
        "kindly triage PATH" if profile is None else f"kindly triage --profile {shlex.quote(str(path))} PATH"
    )
    stdout().print(f"Wrote {escape(str(path))}. Edit your goals there, then run [bold]{escape(run)}[/].")
