"""The Typer application, its shared options, and the one place errors become exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from kindly import __version__
from kindly.errors import ConfigError, KindlyError, ParseError
from kindly.paths import default_database_path, default_profile_path

if TYPE_CHECKING:
    from kindly.profile import Profile

# Commands import their heavy dependencies when they run, so `kindly classify` starts fast.
app = typer.Typer(
    name="kindly",
    help="Triage networking invitations against your goals, and decline the rest kindly. "
    "Everything stays on this machine; nothing is sent unless you say so (`kindly send`).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ProfileOption = Annotated[
    Path | None,
    typer.Option(
        "--profile", help="Profile file to use instead of the one in the app folder.", dir_okay=False
    ),
]

BAD_INPUT = 2


def stdout() -> Console:
    # Piped output (a file, `less`, CI logs) gets room for a readable table; a terminal keeps its width.
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def stderr() -> Console:
    return Console(stderr=True)


def profile_path(option: Path | None) -> Path:
    return option if option is not None else default_profile_path()


def database_path() -> Path:
    return default_database_path()


def require_profile(option: Path | None, needed_for: str) -> Profile:
    """The profile, for a command that cannot do without one; `needed_for` says why, when there is none."""
    from kindly.profile import load_profile

    check_profile_option(option)
    path = profile_path(option)
    if not path.exists():
        raise ConfigError(
            f"{path}: no profile here, and {needed_for}: give --profile FILE, or run `kindly init` to write one"
        )
    found = load_profile(path)
    _note_template_left_as_written(found, path)
    return found


def _note_template_left_as_written(profile: Profile, path: Path) -> None:
    """`kindly init` writes a profile for the user to edit; one whose [user] still says what the template says
    ("Your Name", "you@example.com") would draft replies signed and addressed from it, so the user is told."""
    import tomllib

    from kindly.profile import template_text

    template = tomllib.loads(template_text())["user"]
    said = {"name": profile.user.name, "email": profile.user.email, "signature": profile.user.signature}
    left = [f'{key} "{value}"' for key, value in said.items() if value == template.get(key)]
    if left:
        stderr().print(
            f"note: {path} still has the example's {', '.join(left)} from `kindly init`: drafts are signed and "
            "sent from what it says - edit its [user] table (and your goals) before answering anyone",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def check_profile_option(option: Path | None) -> None:
    """The file --profile names must be there: a missing one is most often a typo in the path, so the path is
    what the error questions (not whether the user gave --profile at all)."""
    if option is not None and not option.exists():
        raise ConfigError(
            f"{option}: no such file - check the path given to --profile "
            f"(`kindly init --profile {option}` writes a commented profile there)"
        )


def profile_if_any(option: Path | None) -> Profile | None:
    """The profile, for a command that needs one only now and then: the file --profile names (it must be
    readable), else the app folder's profile, else None."""
    from kindly.profile import load_profile

    check_profile_option(option)
    path = profile_path(option)
    return load_profile(path) if path.exists() else None


def fail(error: KindlyError) -> typer.Exit:
    """Print one clear line for a deliberate error and pick the exit code."""
    stderr().print(f"[bold red]kindly:[/] {escape(str(error))}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(BAD_INPUT if isinstance(error, ParseError | ConfigError) else 1)


def version_callback(value: bool) -> None:
    if value:
        print(f"kindly {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """kindly: goals first, then every invitation weighed against them."""


def main() -> None:
    import kindly.cli  # noqa: F401 - importing the package registers every command on `app`

    try:
        app()
    except KindlyError as error:  # pragma: no cover - commands convert their own errors
        raise SystemExit(fail(error).exit_code) from None
    except BrokenPipeError:  # `kindly triage --json ... | head`
        sys.stderr.close()
        raise SystemExit(0) from None
