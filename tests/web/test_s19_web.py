"""A newcomer on the page in a real browser (review s19): what hurt them, as examples of what the page now does.

The browser tests drive the real server in Debian's headless Chromium (the `browser`, `tab` and `phone` fixtures
of tests/web/conftest.py), as tests/web/test_browser.py does; the others use the TestClient.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support import EXAMPLES
from web_support import (
    FAST_SCRYPT,
    PASSWORD,
    csrf_of,
    log_in,
    make_home,
    needs_chromium,
    open_draft,
    triaged_site,
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, triaged_database: Path) -> Iterator[str]:
    """A real server on the triaged example inbox; yields its base URL."""
    with triaged_site(tmp_path_factory.mktemp("s19") / "home", triaged_database) as base:
        yield base


@needs_chromium
def test_setting_a_decision_asks_before_it_throws_away_words_typed_in_the_draft(tab: Any, site: str) -> None:
    open_draft(tab, site, "accept")
    text = tab.locator("#draft-text")
    text.fill(text.input_value() + "\nP.S. I wrote this by hand.")
    tab.select_option("#decision", "decline")
    tab.answers[:] = [False]
    tab.click("button:has-text('Set decision')")
    tab.wait_for_timeout(500)
    assert tab.asked and "Set this decision?" in tab.asked[-1]
    assert "replaces the text you typed" in tab.asked[-1]
    assert "P.S. I wrote this by hand." in text.input_value()  # still there: nothing was sent
    assert tab.input_value("#decision") == "accept"  # the choice is put back

    tab.select_option("#intent", "coffee_chat")
    tab.answers[:] = [False]
    tab.click("button:has-text('Correct')")
    tab.wait_for_timeout(500)
    assert "Correct the intent?" in tab.asked[-1] and "replaces the text you typed" in tab.asked[-1]
    assert "P.S. I wrote this by hand." in text.input_value()

    tab.select_option("#decision", "decline")
    tab.answers[:] = [True]
    tab.click("button:has-text('Set decision')")
    tab.wait_for_selector(".flash.ok")
    assert "Decision set to decline." in tab.inner_text("main")


@needs_chromium
def test_a_tone_switch_asks_before_it_replaces_a_subject_the_user_typed(tab: Any, site: str) -> None:
    open_draft(tab, site, "ask_details")
    tab.fill("#subject", "Re: your note - a few questions")
    tab.answers[:] = [False]
    tab.click("#draft input[name=tone][value=formal]")
    tab.wait_for_timeout(500)
    assert tab.asked and "replaces the text you typed" in tab.asked[-1]
    assert tab.input_value("#subject") == "Re: your note - a few questions"


# -- imports -------------------------------------------------------------------------------------------


def _imports_done(client: Any) -> str:
    deadline = time.monotonic() + 30
    page = client.get("/import").text
    while 'hx-trigger="every 1s"' in page and time.monotonic() < deadline:
        time.sleep(0.05)
        page = client.get("/import").text
    return str(page)


def test_a_message_pasted_beside_a_chosen_file_is_imported_too(client: Any, user: str) -> None:
    text = (
        "From: Nina Hart <nina@hartarchitects.example>\nSubject: Coffee?\n\n"
        "Hi Dana, I run a small architecture firm and our books need help. Coffee next week?"
    )
    sent = client.post(
        "/import",
        data={"csrf_token": user, "text": text},
        files={"file": ("invitation.ics", (EXAMPLES / "invitation.ics").read_bytes(), "text/calendar")},
    )
    assert sent.status_code == 303 and sent.headers["location"].startswith("/import")
    assert "2 imports started" in client.get("/import").text
    recent = _imports_done(client)
    assert "invitation.ics" in recent and "pasted text" in recent
    assert "Nina Hart" in client.get("/?decision=all&q=Nina").text  # the paste was not dropped


# -- a session that ended --------------------------------------------------------------------------------


def _password_changed(web_home: Path) -> None:
    from kindly.web.auth import set_password

    set_password(web_home, PASSWORD, **FAST_SCRYPT)  # `kindly passwd` in a terminal: older sessions end


def test_after_the_session_ended_the_login_page_looks_logged_out(
    client: Any, user: str, web_home: Path
) -> None:
    _password_changed(web_home)
    asked = client.get("/invitations/3")
    assert asked.status_code == 303 and asked.headers["location"] == "/login?next=/invitations/3"
    login = client.get(asked.headers["location"]).text
    assert "Log in to kindly" in login
    assert "Log out" not in login and 'aria-label="Main"' not in login  # no navigation that leads back here


def test_a_form_sent_after_the_session_ended_comes_back_to_its_page_after_logging_in(
    client: Any, user: str, web_home: Path
) -> None:
    _password_changed(web_home)
    sent = client.post(
        "/invitations/3/decision",
        data={"csrf_token": user, "decision": "decline"},
        headers={"Referer": "http://testserver/invitations/3"},
    )
    assert sent.status_code == 303
    assert sent.headers["location"] == "/login?next=/invitations/3"  # not the form's POST-only address
    login = client.get(sent.headers["location"]).text
    back = client.post(
        "/login", data={"password": PASSWORD, "csrf_token": csrf_of(login), "next": "/invitations/3"}
    )
    assert back.headers["location"] == "/invitations/3"
    assert client.get("/invitations/3").status_code == 200


def test_a_draft_saved_after_the_session_ended_stays_on_the_page_with_what_to_do(
    client: Any, user: str, web_home: Path
) -> None:
    _password_changed(web_home)
    saved = client.post(
        "/invitations/3/draft",
        data={"csrf_token": user, "action": "save", "text": "Hi Jess, my own words."},
        headers={"HX-Request": "true", "HX-Current-URL": "http://testserver/invitations/3"},
    )
    assert saved.status_code == 401 and "HX-Redirect" not in saved.headers  # the page and its words stay
    assert "You are logged out" in saved.text and "Copy what you typed" in saved.text


# -- the first run ---------------------------------------------------------------------------------------


def test_the_example_profile_kindly_init_wrote_is_named_on_the_pages_until_it_is_filled_in(
    tmp_path: Path,
) -> None:
    from fastapi.testclient import TestClient

    from kindly.profile import template_text
    from kindly.web import create_app, load_settings

    home = make_home(tmp_path / "home")
    (home / "profile.toml").write_text(template_text(), encoding="utf-8")  # `kindly init`, nothing edited
    with TestClient(create_app(load_settings(home)), follow_redirects=False) as client:
        log_in(client)
        for page in ("/", "/import", "/overview", "/profile"):
            shown = client.get(page).text
            assert 'id="example-profile"' in shown, page
            assert "still the example that <code>kindly init</code> wrote" in shown
        assert "signs replies “Your first name”" in client.get("/").text
        assert 'href="/profile"' in client.get("/import").text

        mine = (
            template_text()
            .replace('"Your Name"', '"Dana Reyes"')
            .replace("you@example.com", "dana@example.com")
        )
        (home / "profile.toml").write_text(mine, encoding="utf-8")
        assert 'id="example-profile"' not in client.get("/").text  # the user's own name and address


def test_a_filled_in_profile_shows_no_example_notice(client: Any, user: str) -> None:
    assert 'id="example-profile"' not in client.get("/").text


# -- times -----------------------------------------------------------------------------------------------


def test_times_are_shown_on_the_users_clock(client: Any, user: str, web_home: Path) -> None:
    profile = web_home / "profile.toml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(
        text.replace('holidays = "US-OR"', 'holidays = "US-OR"\ntime_zone = "America/Los_Angeles"', 1),
        encoding="utf-8",
    )
    inbox = client.get("/?decision=all&q=Going+independent").text
    # Hannah wrote "Date: Mon, 30 Nov 2026 15:56:26 -0800": 15:56 in Portland, not 23:56 (UTC)
    assert "Mon 30 Nov 2026, 15:56" in inbox and "23:56" not in inbox
    pk = re.search(r'<a class="open" href="/invitations/(\d+)">Hannah', inbox)
    assert pk
    assert "Mon 30 Nov 2026, 15:56" in client.get(f"/invitations/{pk.group(1)}").text

    profile.write_text(
        text.replace('holidays = "US-OR"', 'holidays = "US-OR"\ntime_zone = "Europe/Berlin"', 1),
        encoding="utf-8",
    )
    assert "Tue 1 Dec 2026, 00:56" in client.get("/?decision=all&q=Going+independent").text  # the next day


# -- the draft card --------------------------------------------------------------------------------------


def _pk(client: Any, query: str) -> str:
    found = re.search(
        r'<a class="open" href="/invitations/(\d+)">', client.get(f"/?decision=all&q={query}").text
    )
    assert found, query
    return found.group(1)


def test_a_decision_triage_drafted_no_reply_for_says_why_in_the_draft_card(client: Any, user: str) -> None:
    page = client.get(f"/invitations/{_pk(client, 'Winter+Mixer')}").text  # an RSVP from a members' mailbox
    card = page.split('id="draft"', 1)[1]
    assert 'id="no-draft"' in card
    assert "No reply drafted: sent from a shared mailbox; RSVP through its link." in card
    assert 'id="draft-text"' in card  # the user may still write one


def test_a_drafted_reply_has_no_such_note(client: Any, user: str) -> None:
    page = client.get(f"/invitations/{_pk(client, 'year-end+cleanup')}").text
    assert 'id="no-draft"' not in page and 'id="draft-text"' in page


# -- evidence --------------------------------------------------------------------------------------------


def test_goal_fit_evidence_names_intents_and_goals_in_words(client: Any, user: str) -> None:
    page = client.get(f"/invitations/{_pk(client, 'Winter+Mixer')}").text
    fits = page.split('id="evidence-h"', 1)[1].split("<h3>Decision</h3>", 1)[0]
    assert "an event invitation serves find clients" in fits
    assert "event_invitation" not in fits and "find_clients" not in fits and "a event" not in fits


# -- on a phone ------------------------------------------------------------------------------------------


@needs_chromium
def test_on_a_phone_the_inbox_cards_say_what_each_line_is(phone: Any, site: str) -> None:
    phone.goto(f"{site}/?decision=all")
    card = phone.locator("table.inbox tbody tr").first.inner_text()
    assert "Goal:" in card and "Intent:" in card  # the column names are hidden on a phone
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


@needs_chromium
def test_on_a_phone_the_draft_is_one_tap_away(phone: Any, site: str) -> None:
    open_draft(phone, site, "accept")
    below = phone.evaluate("document.getElementById('draft').getBoundingClientRect().top")
    assert below > 844  # the message and its evidence come first, in one column
    phone.click("text=Go to the draft reply")
    phone.wait_for_timeout(300)
    top = phone.evaluate("document.getElementById('draft').getBoundingClientRect().top")
    assert -5 <= top < 844


@needs_chromium
def test_on_a_desktop_the_phone_only_helpers_stay_hidden(tab: Any, site: str) -> None:
    open_draft(tab, site, "accept")
    assert not tab.is_visible("text=Go to the draft reply")  # the draft is beside the message
    tab.goto(f"{site}/?decision=all")
    assert "Goal:" not in tab.locator("table.inbox tbody tr").first.inner_text()  # the table has its header


# -- the tone switch -------------------------------------------------------------------------------------


def _tone_shown(client: Any, pk: str) -> list[str]:
    page = client.get(f"/invitations/{pk}").text
    return re.findall(r'<input type="radio" name="tone" value="(\w+)" checked>', page)


def test_the_tone_switch_shows_the_tone_the_draft_was_written_in(client: Any, user: str) -> None:
    pk = _pk(client, "year-end+cleanup")
    assert _tone_shown(client, pk) == ["warm"]  # the profile's tone
    htmx = {"HX-Request": "true", "X-CSRF-Token": user}
    client.post(f"/invitations/{pk}/draft/compose", data={"tone": "brief", "channel": "email"}, headers=htmx)
    assert _tone_shown(client, pk) == ["brief"]  # after a reload, as the words read

    page = client.get(f"/invitations/{pk}").text
    words = re.search(r'<textarea id="draft-text"[^>]*>(.*?)</textarea>', page, re.S)
    assert words
    edited = words.group(1).replace("&#39;", "'").strip() + "\nP.S. Happy to look at the spreadsheet."
    client.post(f"/invitations/{pk}/draft", data={"action": "save", "text": edited}, headers=htmx)
    assert _tone_shown(client, pk) == ["brief"]  # the user's edit of the brief draft

    client.post(f"/invitations/{pk}/decision", data={"csrf_token": user, "decision": "ask_details"})
    assert _tone_shown(client, pk) == ["warm"]  # written again for the decision, in the profile's tone


# -- searching -------------------------------------------------------------------------------------------


def test_a_long_pasted_search_finds_by_its_start_instead_of_a_technical_error(client: Any, user: str) -> None:
    pasted = "Going independent someday - " + "and a long forwarded subject line " * 10  # over 300 characters
    inbox = client.get("/", params={"decision": "all", "q": pasted})
    assert inbox.status_code == 200 and "String should have" not in inbox.text
    assert 'maxlength="200"' in inbox.text  # the search box itself stops at what is searched
    assert client.get("/", params={"page": "0"}).status_code == 200  # the first page
    directory = client.get("/directory", params={"q": "a financial planner " * 30})
    assert directory.status_code == 200 and "Best matches" in directory.text


@needs_chromium
def test_on_a_phone_the_overview_charts_keep_readable_labels(phone: Any, site: str) -> None:
    phone.goto(f"{site}/overview")
    widths = phone.evaluate(
        "Array.from(document.querySelectorAll('svg.chart')).map(s => s.getBoundingClientRect().width)"
    )
    assert len(widths) == 3
    assert all(
        width / 640 * 13 >= 10 for width in widths
    )  # 13-unit labels of a 640-unit drawing: 10 px or more
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # the chart scrolls, not the page


def test_importing_the_same_file_again_does_not_read_as_deciding_again(client: Any, user: str) -> None:
    ics = (EXAMPLES / "invitation.ics").read_bytes()  # already in the triaged inbox
    sent = client.post(
        "/import", data={"csrf_token": user}, files={"file": ("invitation.ics", ics, "text/calendar")}
    )
    deadline = time.monotonic() + 30
    page = client.get(sent.headers["location"]).text
    while 'id="import-done"' not in page and time.monotonic() < deadline:
        time.sleep(0.05)
        page = client.get(sent.headers["location"]).text
    assert "new 0, duplicates 1" in page
    assert "Nothing new: all were stored before" in page and "Decided:" not in page
