"""`kindly serve` (the web page and REST API) and `kindly passwd` (its login password)."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer

from kindly.cli.app import ProfileOption, app, check_profile_option, fail, profile_path, stderr
from kindly.errors import ConfigError, KindlyError


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on. Only this machine can reach the default.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8765,
    profile: ProfileOption = None,
) -> None:
    """Serve the web page and the REST API (log in with the password set by `kindly passwd`)."""
    from kindly.paths import app_home
    from kindly.web import create_app, load_settings
    from kindly.web.auth import password_hash
    from kindly.web.server import serve as run
    from kindly.web.settings import is_local

    try:
        check_profile_option(profile)  # a typo in the path, said now rather than on every page
        home = app_home()
        settings = load_settings(home, host=host, profile=profile_path(profile))
        console = stderr()
        if password_hash(home) is None:
            console.print(
                "[yellow]No login password yet:[/] run `kindly passwd` first, or the page cannot be used."
            )
        if not is_local(host):
            console.print(
                f"[yellow]Listening on {host}:[/] other machines can reach this page. Session cookies are sent "
                "over HTTPS only: put a TLS proxy in front of it."
            )
        shown = "localhost" if host == "127.0.0.1" else host
        console.print(
            f"kindly is at http://{shown}:{port}/ (API: /api/, schema: /openapi.json). Ctrl-C stops it."
        )
        run(create_app(settings), host, port)
    except KindlyError as error:
        raise fail(error) from None


@app.command()
def passwd(
    password_stdin: Annotated[
        bool, typer.Option("--stdin", help="Read the new password from standard input (for scripts).")
    ] = False,
) -> None:
    """Set the password of the web page (stored as an scrypt hash in the app folder)."""
    from kindly.paths import app_home
    from kindly.web.auth import set_password

    try:
        if password_stdin:
            password = typer.get_text_stream("stdin").readline().rstrip("\r\n")
        else:
            password = getpass.getpass("New password for the kindly web page: ")
            if getpass.getpass("Once more: ") != password:
                raise ConfigError("the two passwords differ; nothing changed")
        path = set_password(app_home(), password)
    except KindlyError as error:
        raise fail(error) from None
    except EOFError:  # no terminal to type at (a script, a pipe) or Ctrl-D at the prompt
        stderr().print()  # the prompt's line ends here
        raise fail(
            ConfigError(
                "no password given, so nothing changed: type it at the prompt, "
                "or pipe it in with `kindly passwd --stdin`"
            )
        ) from None
    except KeyboardInterrupt:
        stderr().print("Cancelled: the password is unchanged.", highlight=False)
        raise typer.Exit(1) from None
    stderr().print(f"Password set ({path}). Sessions made with an earlier password have ended.")
