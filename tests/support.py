"""Helpers for tests: where things are, and a way to run the CLI as a user would."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
EXAMPLE_SOURCES = [
    EXAMPLES / "inbox.mbox",
    EXAMPLES / "invitation.ics",
    EXAMPLES / "linkedin" / "messages.csv",
]


class Kindly:
    """Runs `kindly ...` through Typer's runner against one app folder."""

    def __init__(self, home: Path) -> None:
        from kindly.cli import app

        self.app = app
        self.home = home
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None) -> Result:
        return self.runner.invoke(self.app, list(args), input=input, catch_exceptions=False)

    @property
    def database(self) -> Path:
        return self.home / "kindly.db"
