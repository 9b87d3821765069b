"""`kindly token create|list|revoke`: tokens for the REST API (only their SHA-256 is stored)."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from kindly.cli.app import app, database_path, fail, stderr, stdout
from kindly.errors import KindlyError

token_app = typer.Typer(
    name="token", help="API tokens for the REST API (Authorization: Bearer TOKEN).", no_args_is_help=True
)
app.add_typer(token_app)


@token_app.command("create")
def create(
    name: Annotated[
        str, typer.Option("--name", "-n", help="What the token is for, to tell tokens apart.")
    ] = "",
) -> None:
    """Make a new API token and print it once: kindly keeps only its SHA-256."""
    from kindly.store.db import open_database
    from kindly.web.auth import create_token

    try:
        info, token = create_token(open_database(database_path()), name)
    except KindlyError as error:
        raise fail(error) from None
    print(token)
    stderr().print(
        f"Token #{info.id}{f' ({info.name})' if info.name else ''} made. It is shown only this once: "
        "keep it somewhere safe, and send it as `Authorization: Bearer TOKEN`."
    )


@token_app.command("list")
def list_tokens(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """The API tokens: id, name, when made and last used (never the tokens themselves)."""
    from kindly.store.db import open_database
    from kindly.web.auth import list_tokens as tokens

    try:
        found = tokens(open_database(database_path()))
    except KindlyError as error:
        raise fail(error) from None
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": t.id,
                        "name": t.name,
                        "created_at": t.created_at.isoformat(),
                        "last_used_at": t.last_used_at.isoformat() if t.last_used_at else None,
                    }
                    for t in found
                ]
            )
        )
        return
    table = Table(title="API tokens")
    for column in ("ID", "Name", "Made", "Last used"):
        table.add_column(column)
    for t in found:
        table.add_row(
            str(t.id),
            t.name,
            f"{t.created_at:%Y-%m-%d %H:%M}",
            f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never",
        )
    stdout().print(table)


@token_app.command("revoke")
def revoke(
    token_id: Annotated[int, typer.Argument(metavar="ID", help="The ID shown by `kindly token list`.")],
) -> None:
    """Revoke an API token: requests with it are refused from now on."""
    from kindly.store.db import open_database
    from kindly.web.auth import revoke_token

    try:
        found = revoke_token(open_database(database_path()), token_id)
    except KindlyError as error:
        raise fail(error) from None
    if not found:
        stderr().print(f"[red]kindly:[/] no API token #{token_id}")
        raise typer.Exit(1)
    stderr().print(f"Token #{token_id} revoked.")
