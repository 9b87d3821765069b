"""Fixtures of the web tests: the example inbox triaged once per session (each test gets its own copy of the
database), an app on it, a logged-in client, an API token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from kindly.web import create_app, load_settings
from kindly.web.auth import create_token
from support import EXAMPLES
from web_support import ARGS, CHROMIUM, UPLOAD_LIMIT, log_in, logged_in_tab, make_home


@pytest.fixture(scope="session")
def triaged_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """kindly.db with examples/inbox.mbox and examples/invitation.ics triaged against the example profile."""
    from kindly.ingest.sources import detect
    from kindly.profile import load_profile
    from kindly.services import Triage
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier

    path = tmp_path_factory.mktemp("triaged") / "kindly.db"
    sessions = open_database(path)
    triage = Triage(sessions, load_profile(EXAMPLES / "profile.toml"), Classifier())
    list(triage.run([detect(str(EXAMPLES / "inbox.mbox")), detect(str(EXAMPLES / "invitation.ics"))]))
    sessions.kw["bind"].dispose()  # checkpoints the WAL into the file
    return path


@pytest.fixture
def web_home(tmp_path: Path, triaged_database: Path) -> Path:
    return make_home(tmp_path / "home", triaged_database)


@pytest.fixture
def app(web_home: Path) -> FastAPI:
    return create_app(load_settings(web_home, max_upload_bytes=UPLOAD_LIMIT))


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, follow_redirects=False) as test_client:
        yield test_client


@pytest.fixture
def user(client: TestClient) -> str:
    """A logged-in client; the value is the CSRF token for forms."""
    return log_in(client)


@pytest.fixture
def token(app: FastAPI) -> str:
    _info, value = create_token(app.state.kindly.sessions, "tests")
    return value


@pytest.fixture
def api(client: TestClient, token: str) -> TestClient:
    client.headers["Authorization"] = f"Bearer {token}"
    return client


# The browser tests: Debian's headless Chromium, once per module, on the `site` fixture (a real server's base
# URL) that the module defines.


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def tab(browser: Any, site: str) -> Iterator[Any]:
    """A logged-in tab at 1280 px."""
    page = logged_in_tab(browser, site)
    yield page
    page.context.close()


@pytest.fixture
def phone(browser: Any, site: str) -> Iterator[Any]:
    """A logged-in tab of a 390 px phone."""
    page = logged_in_tab(
        browser, site, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    yield page
    page.context.close()
