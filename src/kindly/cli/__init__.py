"""Command-line adapter: thin Typer commands over the services."""

from kindly.cli import (
    classify_cmd,
    correct_cmd,
    directory_cmd,
    drafts_cmd,
    eval_cmd,
    init_cmd,
    serve_cmd,
    show_cmd,
    sync_cmd,
    token_cmd,
    triage_cmd,
)
from kindly.cli.app import app, main

__all__ = [
    "app",
    "classify_cmd",
    "correct_cmd",
    "directory_cmd",
    "drafts_cmd",
    "eval_cmd",
    "init_cmd",
    "main",
    "serve_cmd",
    "show_cmd",
    "sync_cmd",
    "token_cmd",
    "triage_cmd",
]
