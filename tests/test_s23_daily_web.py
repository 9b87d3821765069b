"""The Waiting page (session 23): what Dana asked and waits on, oldest first, on the real server in Debian's headless
Chromium - read by keyboard and by a screen reader like the rest of the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support import Kindly, eml, triaged
from test_s22_days import ENQUIRY
from web_support import ARGS, CHROMIUM, logged_in_tab, make_home, needs_chromium

pytestmark = needs_chromium


def dana_asks_sam(folder: Path) -> Path:
    """The question she sent Sam herself on Monday, as her Sent mbox holds it."""
    return eml(
        folder / "to-sam.eml",
        "Hi Sam,\n\nWould you have 20 minutes next week to tell me how you set up your studio's payroll?\n\nDana\n",
        sender="Dana Reyes <dana@example.com>",
        to="Sam Ortiz <sam@ortiz.example>",
        subject="Payroll set-up",
        date="Mon, 30 Nov 2026 06:00:00 -0800",
        message_id="dana-to-sam@example.com",
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Her app folder on Tuesday: Jo's yes exported for her mail program, her own question to Sam triaged from
    her Sent mail, and a pending draft (which waits on no one); the real server on it."""
    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    folder = tmp_path_factory.mktemp("s23-waiting")
    home = make_home(folder / "home")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KINDLY_HOME", str(home))
        env.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
        kindly = Kindly(home)
        (folder / "jo.eml").write_bytes(ENQUIRY)
        triaged(kindly, folder / "jo.eml", dana_asks_sam(folder))
        assert kindly("drafts", "export", "--dir", str(folder / "out")).exit_code == 0
        with running(create_app(load_settings(home))) as base:
            yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def tab(browser: Any, site: str) -> Iterator[Any]:
    page = logged_in_tab(browser, site)
    yield page
    page.context.close()


def test_the_waiting_page_lists_what_she_asked_oldest_first(tab: Any, site: str) -> None:
    tab.click("nav >> text=Waiting")
    tab.wait_for_url(f"{site}/waiting")
    assert tab.get_attribute("nav a[href='/waiting']", "aria-current") == "page"
    rows = tab.locator("table.waiting tbody tr")
    assert rows.count() == 2
    first, second = rows.nth(0).inner_text(), rows.nth(1).inner_text()
    assert "Sam Ortiz" in first and "Would you have 20 minutes next week" in first and "sent by you" in first
    assert "Jo Park" in second and "exported (eml)" in second and "not sent by kindly" in second


def test_the_waiting_page_reads_by_keyboard_and_screen_reader(tab: Any, site: str) -> None:
    tab.goto(f"{site}/waiting")
    table = tab.get_by_role("table", name="2 questions waiting for an answer, oldest first")
    assert table.count() == 1
    headers = [h.inner_text() for h in tab.get_by_role("columnheader").all()]
    assert headers == ["To", "What you asked", "Since", "How it went"]
    tab.keyboard.press("j")
    assert tab.evaluate("document.activeElement.textContent") == "Sam Ortiz <sam@ortiz.example>"
    tab.keyboard.press("j")
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"{site}/invitations/*")
    assert "Bookkeeping for our studio" in tab.inner_text("main")


def test_with_nothing_asked_the_waiting_page_says_so(tmp_path: Path) -> None:
    """The near miss: a pending draft asked nobody anything yet."""
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from web_support import log_in

    home = make_home(tmp_path / "home")
    (tmp_path / "jo.eml").write_bytes(ENQUIRY)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KINDLY_HOME", str(home))
        triaged(Kindly(home), tmp_path / "jo.eml")
    with TestClient(create_app(load_settings(home)), follow_redirects=False) as client:
        log_in(client)
        page = client.get("/waiting").text
    assert "Nothing waits for an answer" in page and "<table" not in page


def test_the_overview_counts_this_week_on_kindlys_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Everything time-related honours KINDLY_NOW: the overview's "this week" too (it took the machine's)."""
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from web_support import log_in

    monkeypatch.setenv("KINDLY_NOW", "2027-01-13T09:00-08:00")
    home = make_home(tmp_path / "home")
    with TestClient(create_app(load_settings(home)), follow_redirects=False) as client:
        log_in(client)
        page = " ".join(client.get("/overview").text.split())
    assert "accepted this week (from Mon 11 Jan 2027)" in page


def test_a_week_on_the_waiting_page_says_a_follow_up_is_due(
    tab: Any, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "KINDLY_NOW", "2026-12-08T08:00-08:00"
    )  # Sam asked Monday 30 Nov, Jo's yes left on 1 Dec
    tab.goto(f"{site}/waiting")
    sam, jo = (tab.locator("table.waiting tbody tr").nth(n).inner_text() for n in (0, 1))
    assert "8 days ago · follow-up due" in sam and "7 days ago · follow-up due" in jo
