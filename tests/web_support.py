"""Helpers of the web tests: an app folder with the example profile and a password, logging in, a real server on
the triaged example inbox and Debian's headless Chromium to drive it."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from kindly.web.auth import set_password
from support import EXAMPLES

PASSWORD = "correct horse battery"
FAST_SCRYPT = {
    "n": 2**10,
    "r": 8,
    "p": 1,
}  # the real cost is for real passwords; tests only need the code path
UPLOAD_LIMIT = 1024 * 1024

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="browser tests need Debian's chromium at /usr/bin/chromium"
)


def make_home(folder: Path, database: Path | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "profile.toml", folder / "profile.toml")
    set_password(folder, PASSWORD, **FAST_SCRYPT)
    if database is not None:
        shutil.copy(database, folder / "kindly.db")
    return folder


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def log_in(client: TestClient) -> str:
    """Log in; returns the session's CSRF token."""
    page = client.get("/login")
    response = client.post(
        "/login", data={"password": PASSWORD, "csrf_token": csrf_of(page.text), "next": "/"}
    )
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/").text)


@contextmanager
def triaged_site(folder: Path, database: Path) -> Iterator[str]:
    """A real server on a copy of the triaged example inbox (app folder `folder`); yields its base URL."""
    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    with running(create_app(load_settings(make_home(folder, database)))) as base:
        yield base


def logged_in_tab(browser: Any, site: str, **context: Any) -> Any:
    """A tab of a new logged-in context; `tab.answers` says how the next confirm() dialogs are answered (True: OK),
    `tab.asked` what they asked."""
    page = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **context}).new_page()
    page.set_default_timeout(15_000)
    page.answers = []
    page.asked = []

    def answer(dialog: Any) -> None:
        page.asked.append(dialog.message)
        dialog.accept() if (page.answers.pop(0) if page.answers else False) else dialog.dismiss()

    page.on("dialog", answer)
    page.goto(f"{site}/login")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site}/")
    return page


def open_draft(tab: Any, site: str, decision: str, nth: int = 0) -> str:
    """Open the `nth` message of the inbox filtered to `decision`; returns its page's URL."""
    tab.goto(f"{site}/?decision={decision}")
    tab.click(f"a.open >> nth={nth}")
    tab.wait_for_selector("#draft-text")
    return str(tab.url)
