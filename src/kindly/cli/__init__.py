"""Command-line adapter: thin Typer commands over the services."""

from kindly.cli import classify_cmd, eval_cmd, init_cmd, show_cmd, triage_cmd
from kindly.cli.app import app, main

__all__ = ["app", "classify_cmd", "eval_cmd", "init_cmd", "main", "show_cmd", "triage_cmd"]
