"""`kindly directory add|list|remove` and `kindly refer QUERY`: the people you can recommend."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from kindly.cli.app import app, database_path, fail, stdout
from kindly.errors import KindlyError, ParseError

directory_app = typer.Typer(
    help="The referral directory: people you can recommend when someone asks.", no_args_is_help=True
)
app.add_typer(directory_app, name="directory")


@directory_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Their name.")],
    category: Annotated[str, typer.Option("--category", "-c", help='Their service, e.g. "web design".')],
    organisation: Annotated[str, typer.Option("--org", help="Their organisation.")] = "",
    contact: Annotated[str, typer.Option(help="E-mail, phone or link.")] = "",
    overview: Annotated[str, typer.Option(help="What they do, in a sentence or two.")] = "",
) -> None:
    """Add someone to the directory."""
    from kindly.decide.referral import DirectoryEntry
    from kindly.directory import add_entry
    from kindly.store.db import open_database

    try:
        entry = add_entry(
            open_database(database_path()), DirectoryEntry(name, category, organisation, contact, overview)
        )
    except KindlyError as error:
        raise fail(error) from None
    stdout().print(f"Added {entry.name} ({entry.category}) as entry {entry.id}.")


@directory_app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List every entry."""
    from kindly.directory import list_entries
    from kindly.store.db import open_database

    try:
        entries = list_entries(open_database(database_path()))
    except KindlyError as error:
        raise fail(error) from None
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": e.id,
                        "name": e.name,
                        "organisation": e.organisation,
                        "category": e.category,
                        "contact": e.contact,
                        "overview": e.overview,
                    }
                    for e in entries
                ],
                ensure_ascii=False,
            )
        )
        return
    table = Table(title=f"Referral directory ({len(entries)})")
    for column in ("ID", "Name", "Organisation", "Service", "Contact", "Overview"):
        table.add_column(column, overflow="fold")
    for e in entries:
        table.add_row(str(e.id), e.name, e.organisation, e.category, e.contact, e.overview)
    stdout().print(table)


@directory_app.command("remove")
def remove(entry_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """Remove an entry."""
    from kindly.directory import remove_entry
    from kindly.store.db import open_database

    try:
        if not remove_entry(open_database(database_path()), entry_id):
            raise ParseError(str(entry_id), "no directory entry with this ID")
    except KindlyError as error:
        raise fail(error) from None
    stdout().print(f"Removed entry {entry_id}.")


@app.command()
def refer(
    query: Annotated[
        str, typer.Argument(help='What someone asks for, e.g. "a financial planner for freelancers".')
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many entries.")] = 5,
) -> None:
    """Rank directory entries by how well their service matches a request."""
    from kindly.directory import search
    from kindly.store.db import open_database

    try:
        matches = search(open_database(database_path()), query, limit)
    except KindlyError as error:
        raise fail(error) from None
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "name": m.entry.name,
                        "organisation": m.entry.organisation,
                        "category": m.entry.category,
                        "contact": m.entry.contact,
                        "score": m.score,
                    }
                    for m in matches
                ],
                ensure_ascii=False,
            )
        )
        return
    if not matches:
        stdout().print("No one in your directory matches that request.")
        return
    table = Table(title=f"Best matches for {query!r}")
    for column in ("Score", "Name", "Organisation", "Service", "Contact", "Why"):
        table.add_column(column, overflow="fold")
    for m in matches:
        table.add_row(
            f"{m.score:.2f}", m.entry.name, m.entry.organisation, m.entry.category, m.entry.contact, m.why
        )
    stdout().print(table)
