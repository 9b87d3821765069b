"""Every command has help text and appears in the README: a newcomer can find what kindly does."""

from __future__ import annotations

import re
from typing import Any

import typer.main

from kindly.cli import app
from support import REPO


def commands() -> dict[str, Any]:
    """Every command and sub-command by its full name (Typer builds them as click groups and commands)."""
    group: Any = typer.main.get_command(app)
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        found[name] = command
        for sub, subcommand in getattr(command, "commands", {}).items():
            found[f"{name} {sub}"] = subcommand
    return found


def test_every_command_has_help() -> None:
    missing = [name for name, command in commands().items() if not (command.help or command.short_help)]
    assert missing == []


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    missing = [name for name in commands() if f"kindly {name}" not in readme]
    assert missing == []


def test_no_help_text_holds_words_in_brackets_that_rich_would_swallow() -> None:
    # "([smtp] in config.toml)" printed as "( in config.toml)": Rich reads [smtp] as markup
    swallowed = {
        f"{name} {param.name}": param.help
        for name, command in commands().items()
        for param in command.params
        if param.help and re.search(r"(?<!\\)\[[a-z_.]+\]", param.help)
    }
    swallowed.update(
        {
            name: command.help
            for name, command in commands().items()
            if re.search(r"(?<!\\)\[[a-z_.]+\]", command.help or "")
        }
    )
    assert swallowed == {}
