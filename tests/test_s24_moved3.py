"""Session 24, Dana's week goes on (moved3): Jo moves the call Dana had confirmed. A time her calendar has busy,
or another yes of hers offers, is now said to be booked (never what her calendar holds); a day Jo says something
came up on is not proposed back to her; and the invitation page's rewrite weighs her calendar as triage does -
through real Dovecot IMAP, loopback SMTP and CalDAV, on a real SQLite file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from support import Kindly, triaged_one
from test_caldav import PASSWORD, USER, Server, radicale
from test_s22_days import week
from test_s22_r2days import Week
from test_s23_daily import her_calendar
from test_s24_moved2 import DENTIST, jo_moves_it_in_a_file, jos_first_mail, proposed_instead, triaged_with
from test_sync import dovecot, mailbox
from web_support import ARGS, CHROMIUM, logged_in_tab, make_home, needs_chromium

__all__ = ["dovecot", "mailbox", "radicale", "week"]

BOOKED = "I'm already booked then. Would "


# 1. Why a busy or already-offered time does not suit: "doesn't work for me, though - would ..." said nothing of
# why, where a time outside her hours says her hours.


def test_a_time_her_calendar_has_busy_is_said_to_be_booked_without_what_holds_it(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = jo_moves_it_in_a_file(kindly, week, monkeypatch, "Could we move to next Tuesday at 3?")
    moved = triaged_with(kindly, her_calendar(kindly, DENTIST), source)

    sentence = proposed_instead(moved["draft"], "Tuesday, December 8 at 3:00 pm")
    assert f"Tuesday, December 8 at 3:00 pm doesn't work for me, though - {BOOKED}" in sentence
    assert "dentist" not in moved["draft"].lower()  # her calendar's events stay hers


def test_a_time_another_yes_offers_is_said_to_be_booked(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = jo_moves_it_in_a_file(
        kindly, week, monkeypatch, "Could we push it to Wednesday at 10am instead?", sara=True
    )
    [to_sara] = json.loads(kindly("drafts", "--json").stdout)
    assert "Wednesday, December 9 at 10:00 am" in to_sara["text"]  # kindly's yes to Sara waits, unsent
    moved = triaged_with(kindly, None, source)

    sentence = proposed_instead(moved["draft"], "Wednesday, December 9 at 10:00 am")
    assert f"doesn't work for me, though - {BOOKED}" in sentence
    assert "Sara" not in moved["draft"]


def test_a_day_she_does_not_meet_keeps_its_own_reason_not_booked(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: a Saturday is not booked, she does not meet then (and an empty calendar books nothing)."""
    source = jo_moves_it_in_a_file(kindly, week, monkeypatch, "Could we move to Saturday at 10am?")
    moved = triaged_with(kindly, her_calendar(kindly, DENTIST), source)

    sentence = proposed_instead(moved["draft"], "Saturday, December 5")
    assert "booked" not in sentence


# 2. "Something came up on Monday": the day Jo says no longer works for her was proposed back to her (any hour but
# the one she moved from), as times she turned down once were (session 23).


@pytest.mark.parametrize(
    ("aside", "monday_proposed"),
    [
        pytest.param(" - I'm travelling on Monday", False, id="travelling-monday"),
        pytest.param(". Something came up on Monday, December 7, sorry", False, id="came-up-dated"),
        pytest.param(" (Monday no longer works for me)", False, id="no-longer-works"),
        pytest.param(" - I'm away on Monday and Tuesday, December 8", False, id="two-days-away"),
        # near misses: nothing said of Monday, or Monday left to Dana
        pytest.param("", True, id="nothing-said"),
        pytest.param(" - if Monday doesn't work for you, any day is fine", True, id="if-monday-for-you"),
    ],
)
def test_a_day_jo_says_she_cannot_do_is_not_proposed_back(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, aside: str, monday_proposed: bool
) -> None:
    """Jo asks for Saturday, a day Dana does not meet: the times proposed instead skip the day Jo cannot do."""
    monkeypatch.setenv("KINDLY_NOW", "2026-12-02T09:00-08:00")
    record = triaged_one(kindly, jos_first_mail(tmp_path / "jo.eml", f"on Saturday at 10am{aside}"))

    sentence = proposed_instead(record["draft"], "Saturday, December 5")
    assert ("Monday, December 7" in sentence) is monday_proposed
    if "Tuesday" in aside:
        assert "Tuesday, December 8" not in sentence and "Wednesday, December 9" in sentence


@pytest.mark.parametrize(
    ("words", "answered"),
    [
        pytest.param(
            "Monday doesn't work for me after all - could we do Wednesday at 10am?",
            "Wednesday, December 9 at 10:00 am works for me.",
            id="monday-doesnt-work",
        ),
        pytest.param(
            "So sorry - something came up on Monday. Could we move to Wednesday at 11am?",
            "Wednesday, December 9 at 11:00 am works for me.",
            id="came-up-on-monday",
        ),
    ],
)
def test_the_day_jo_moves_from_is_not_the_time_she_offers(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, answered: str
) -> None:
    """ "Monday doesn't work for me after all - could we do Wednesday at 10am?" was answered "Monday works for me."."""
    source = jo_moves_it_in_a_file(kindly, week, monkeypatch, words)
    moved = triaged_with(kindly, None, source)

    assert answered in (moved["draft"] or "")
    assert "Monday" not in (moved["draft"] or "")


# 3. The invitation page writes a draft again when Dana sets a decision or a tone there: it read no calendar, so a
# time her [calendar] server has busy since triage was said to work for her. Now it weighs the busy time triage
# reads.


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def her_calendar_server(home: Path, radicale: Server, name: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Her empty [calendar] on the CalDAV server in config.toml: the calendar, to book things in."""
    from caldav.davclient import DAVClient

    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)  # the server is on this machine
    monkeypatch.setenv("TEST_CALDAV_PASSWORD", PASSWORD)
    (home / "config.toml").write_text(
        f'[calendar]\ncaldav_url = "{radicale.calendar_url(name)}"\nuser = "{USER}"\n'
        'password_env = "TEST_CALDAV_PASSWORD"\n'
    )
    client = DAVClient(url=radicale.url, username=USER, password=PASSWORD, enable_rfc6764=False)
    return client.principal().make_calendar(name=name, cal_id=name)


@needs_chromium
@pytest.mark.parametrize(
    ("name", "dentist_at", "answered"),
    [
        pytest.param(
            "web-busy",
            DENTIST,
            "Tuesday, December 8 at 3pm doesn't work for me, though - I'm already booked then. Would ",
            id="the-dentist-booked-at-her-time",
        ),
        pytest.param(
            "web-free",
            DENTIST + timedelta(hours=2),
            "Tuesday, December 8 at 3pm works for me.",
            id="the-dentist-after-it",
        ),
    ],
)
def test_the_page_writes_a_draft_again_against_her_calendar(
    browser: Any,
    radicale: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    dentist_at: datetime,
    answered: str,
) -> None:
    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    home = make_home(tmp_path / "home")
    monkeypatch.setenv("KINDLY_HOME", str(home))
    monkeypatch.setenv("KINDLY_NOW", "2026-12-02T09:00-08:00")
    calendar = her_calendar_server(home, radicale, name, monkeypatch)
    record = triaged_one(Kindly(home), jos_first_mail(tmp_path / "jo.eml", "on Tuesday, December 8 at 3pm"))
    assert "Tuesday, December 8 at 3pm works for me." in (record["draft"] or "")  # her calendar was empty
    start = dentist_at.astimezone()
    calendar.save_event(
        dtstart=start, dtend=start + timedelta(hours=1, minutes=30), summary="Dentist", uid=f"{name}@dana"
    )

    with running(create_app(load_settings(home))) as base:
        tab = logged_in_tab(browser, base)
        try:
            tab.goto(f"{base}/invitations/{record['id']}")
            tab.select_option("#decision", "accept")
            tab.answers.append(True)  # "Set this decision? The draft is written again for it."
            tab.click("form[action$='/decision'] button[type=submit]")
            tab.wait_for_selector("#draft-text")
            draft = tab.input_value("#draft-text")
        finally:
            tab.context.close()
    assert answered in draft
    assert "Dentist" not in draft
