"""Command-line adapter: thin Typer commands over the services."""

from kindly.cli.app import app, main

__all__ = ["app", "main"]
