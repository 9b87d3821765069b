"""A new user's first hour on the page (review s17): what hurt them, as examples of what the page now does.

The browser tests drive the real server in Debian's headless Chromium, as tests/web/test_browser.py does;
the others use the TestClient.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from web_support import ARGS, CHROMIUM, logged_in_tab, needs_chromium, open_draft, triaged_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, triaged_database: Path) -> Iterator[str]:
    """A real server on the triaged example inbox; yields its base URL."""
    with triaged_site(tmp_path_factory.mktemp("s17") / "home", triaged_database) as base:
        yield base


@pytest.fixture(scope="module")
def tab(site: str) -> Iterator[Any]:
    """One logged-in tab; `tab.answers` says how the next confirm() dialogs are answered (True: OK)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield logged_in_tab(browser, site)
        browser.close()


@needs_chromium
def test_a_tone_switch_asks_before_it_replaces_words_the_user_typed(tab: Any, site: str) -> None:
    open_draft(tab, site, "accept")
    text = tab.locator("#draft-text")
    text.fill(text.input_value() + "\nP.S. Bring the spreadsheet.")
    tab.answers[:] = [False]
    tab.click("#draft input[name=tone][value=formal]")
    tab.wait_for_timeout(500)
    assert tab.asked and "replaces the text you typed" in tab.asked[-1]
    assert "P.S. Bring the spreadsheet." in text.input_value()  # nothing rewritten
    assert tab.is_checked("#draft input[name=tone][value=warm]")  # the switch is put back

    tab.answers[:] = [True]
    with tab.expect_response(lambda r: r.url.endswith("/draft/compose")):
        tab.check("#draft input[name=tone][value=formal]")
    tab.wait_for_selector("#draft-notice")
    assert "P.S. Bring the spreadsheet." not in tab.locator("#draft-text").input_value()
    assert tab.is_checked("#draft input[name=tone][value=formal]")


@needs_chromium
def test_a_saved_draft_says_so_and_a_later_rewrite_asks_first(tab: Any, site: str) -> None:
    url = open_draft(tab, site, "accept")
    text = tab.locator("#draft-text")
    text.fill(text.input_value() + "\nP.S. Send the spreadsheet whenever you like.")
    tab.click("#draft button[value=save]")
    notice = tab.wait_for_selector("#draft-notice")
    assert notice.inner_text() == "Draft saved."
    assert tab.evaluate("document.activeElement.id") == "draft-notice"  # the keyboard stays with the draft

    tab.goto(url)  # later, the same login
    asked = len(tab.asked)
    tab.answers[:] = [False]
    tab.click("#draft input[name=tone][value=brief]")
    tab.wait_for_timeout(500)
    assert len(tab.asked) == asked + 1 and "replaces the text you saved" in tab.asked[-1]
    assert "whenever you like" in tab.locator("#draft-text").input_value()


@needs_chromium
def test_an_approved_draft_is_not_thrown_away_by_one_click(tab: Any, site: str) -> None:
    open_draft(tab, site, "accept")
    tab.click("#draft button[value=approve]")
    tab.wait_for_selector("#draft .badge.status:text('approved')")
    tab.answers[:] = [False]
    tab.click("#draft input[name=channel][value=linkedin]")
    tab.wait_for_timeout(500)
    assert "replaces the approved draft" in tab.asked[-1]
    assert tab.locator("#draft .badge.status").inner_text() == "approved"


@needs_chromium
def test_a_profile_that_cannot_be_saved_takes_the_keyboard_to_what_is_wrong(tab: Any, site: str) -> None:
    tab.goto(f"{site}/profile")
    tab.fill("#user-weekly_networking_hours", "four")
    tab.click("#save-profile")
    tab.wait_for_selector("#form-problem")
    assert tab.evaluate("document.activeElement.id") == "form-problem"
    tab.click("#form-problem a[href='#user-weekly_networking_hours']")
    assert tab.input_value("#user-weekly_networking_hours") == "four"
    assert (
        tab.locator("#user-weekly_networking_hours-error").inner_text()
        == "must be a number, such as 4 or 2.5"
    )


@needs_chromium
def test_add_another_opens_the_page_on_the_row_it_added(tab: Any, site: str) -> None:
    tab.goto(f"{site}/profile")
    rows = tab.locator("[name^='never-'][name$='-what']").count()
    tab.click("#never button[value=never]")
    tab.wait_for_load_state()
    focused = tab.evaluate("document.activeElement.name")
    assert focused == f"never-{rows}-what"  # the new, empty row: no scrolling back down to find it
    assert tab.evaluate("window.scrollY") > 0


# -- the profile form -----------------------------------------------------------------------------------


def _profile_fields(client: Any) -> dict[str, str]:
    """The values a browser would send for the profile form as it is shown."""
    html = client.get("/profile").text
    fields = dict(
        re.findall(r'<input id="[^"]+" name="([\w-]+)" type="(?:text|email)" value="([^"]*)"', html)
    )
    for name, body in re.findall(r'<textarea id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = body
    for name, options in re.findall(r'<select id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', options)
        fields[name] = chosen.group(1) if chosen else ""
    return {k: v.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") for k, v in fields.items()}


def test_a_goal_chosen_without_its_purpose_is_not_dropped_in_silence(
    client: Any, user: str, web_home: Path
) -> None:
    before = (web_home / "profile.toml").read_text()
    fields = _profile_fields(client)
    blank = max(int(n.split("-")[1]) for n in fields if n.startswith("goals-"))
    fields.update(
        {"csrf_token": user, f"goals-{blank}-kind": "amplify_campaign", f"goals-{blank}-priority": "2"}
    )
    response = client.post("/profile", data=fields)
    assert response.status_code == 422  # not "Profile saved" with the new goal left out
    assert f'<p class="field-error" id="goals-{blank}-description-error">fill this in</p>' in response.text
    assert (
        f'<a href="#goals-{blank}-description">Goals, row {blank + 1}: What for</a>: fill this in'
        in response.text
    )
    assert (web_home / "profile.toml").read_text() == before


def test_profile_errors_are_in_plain_words_and_listed_on_top(client: Any, user: str, web_home: Path) -> None:
    fields = _profile_fields(client)
    fields.update({"csrf_token": user, "user-weekly_networking_hours": "four", "user-cooling_off_days": "-3"})
    fields.update({name: "" for name in fields if name.startswith("goals-")})  # every goal row emptied
    page = client.post("/profile", data=fields).text
    assert "Not saved: 3 fields to correct" in page
    assert (
        '<a href="#user-weekly_networking_hours">Networking hours a week</a>: must be a number, such as 4'
        in page
    )
    assert '<a href="#user-cooling_off_days">Cooling-off days</a>: must be from 0 to 3650' in page
    assert '<a href="#goals">Goals</a>: add at least one goal (its kind and what for)' in page
    assert "Input should" not in page and "after validation" not in page
    assert "four" in page  # what was typed stays


# -- imports --------------------------------------------------------------------------------------------


def _finished(client: Any, response: Any) -> str:
    assert response.status_code == 303, response.text
    job = response.headers["location"]
    deadline = time.monotonic() + 60
    while "hx-get" in client.get(job + "/status").text and time.monotonic() < deadline:
        time.sleep(0.05)
    return str(client.get(job).text)


def test_a_pasted_message_is_listed_as_new_and_its_import_opens_it(client: Any, user: str) -> None:
    text = (
        "Hi Dana, I run a 6-person architecture practice and we are drowning in month-end. Could we hop on a "
        "call next week about a part-time CFO arrangement?\n\nThanks,\nOwen Hart"
    )
    done = _finished(client, client.post("/import", data={"csrf_token": user, "text": text}))
    opened = re.search(
        r'<a class="button primary" id="import-open" href="(/invitations/(\d+))">Open it</a>', done
    )
    assert opened, done  # one message imported: the result page opens it
    assert "drowning in month-end" in client.get(opened.group(1)).text

    inbox = client.get("/?decision=all").text  # newest first: the paste is as new as its import
    rows = re.findall(
        r'<a class="open" href="/invitations/(\d+)">.*?<div class="sub">([^<]*)</div>', inbox, re.S
    )
    ids = [pk for pk, _ in rows]
    assert opened.group(2) in ids, "the pasted message is not on the inbox's first page"
    mine = ids.index(opened.group(2))
    assert rows[mine][1].strip().startswith("added ")  # it has no date of its own
    earlier = [i for i, (_, when) in enumerate(rows) if " 2026," in when and "Nov" in when]
    assert all(mine < i for i in earlier)


def test_a_pasted_message_over_a_megabyte_is_imported_like_a_file(web_home: Path) -> None:
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from web_support import log_in

    app = create_app(load_settings(web_home, max_upload_bytes=4 * 1024 * 1024))
    long_thread = "Subject: Pricing question\n\nCould we talk about pricing for our studio next week?\n\n" + (
        "> Earlier in the thread: the numbers for the quarter, line by line, as the bank sent them.\n"
        * 14_000
    )
    assert len(long_thread.encode()) > 1024 * 1024  # past Starlette's own 1 MB for one form field
    with TestClient(app, follow_redirects=False) as client:
        csrf = log_in(client)
        done = _finished(client, client.post("/import", data={"csrf_token": csrf, "text": long_thread}))
    assert "Import of pasted text" in done and 'id="import-done"' in done
    assert "exceeded maximum size" not in done


# -- the inbox ------------------------------------------------------------------------------------------


def test_a_search_that_finds_nothing_says_so_rather_than_nothing_here_yet(client: Any, user: str) -> None:
    page = client.get("/?q=zebra+crossing").text
    assert "No message matches these filters" in page
    assert "Nothing here yet" not in page
    assert '<a href="/?decision=all">Show everything</a>' in page


# -- one invitation -------------------------------------------------------------------------------------


def test_the_evidence_reads_as_words_not_as_the_classifier_s_tokens(client: Any, user: str) -> None:
    pages = [client.get(f"/invitations/{pk}").text for pk in range(1, 55)]
    shown = [page for page in pages if "Why: the evidence" in page]
    assert shown and not any(re.search(r"\bzz[a-z]+", page) for page in shown)
    assert any("a number (+" in page for page in shown)  # what "zznum" stood for
    assert not any(re.search(r"<li>intent [a-z]+_[a-z]+:", page) for page in shown)


def test_a_decision_set_by_hand_names_kindly_s_in_words(client: Any, user: str) -> None:
    asked = re.search(
        r'<a class="open" href="/invitations/(\d+)">', client.get("/?decision=ask_details").text
    )
    assert asked
    pk = asked.group(1)
    client.post(f"/invitations/{pk}/decision", data={"csrf_token": user, "decision": "decline"})
    assert "Set by you (kindly said ask details)." in client.get(f"/invitations/{pk}").text


def test_a_file_kindly_cannot_read_is_named_once_in_its_error(client: Any, user: str) -> None:
    response = client.post(
        "/import", data={"csrf_token": user}, files={"file": ("photo.mbox", bytes(range(256)) * 8)}
    )
    page = _finished(client, response)
    error = re.search(r'<p class="error" role="alert" id="import-error">([^<]*)</p>', page)
    assert error and error.group(1).count("photo.mbox") == 1, page
    assert "unknown format" in error.group(1)


def test_the_week_chart_counts_a_pasted_message_in_the_week_it_was_added(client: Any, user: str) -> None:
    from datetime import UTC, datetime, timedelta

    today = datetime.now(UTC).date()
    monday = f"{today - timedelta(days=today.weekday()):%a %-d %b %Y}"

    def this_week() -> int:
        table = client.get("/overview").text.split('id="weeks-h"', 1)[1].split("</table>", 1)[0]
        row = re.search(rf"<tr><td>{monday}</td>((?:<td>\d+</td>)+)</tr>", table)
        return sum(int(n) for n in re.findall(r"\d+", row.group(1))) if row else 0

    before = this_week()
    text = (
        "From: Ola Berg <ola@berg.example>\nSubject: Coffee?\n\nWould you have time for a coffee next week?"
    )
    _finished(client, client.post("/import", data={"csrf_token": user, "text": text}))
    assert this_week() == before + 1


def test_a_direct_message_s_draft_does_not_promise_a_download(client: Any, user: str) -> None:
    from support import EXAMPLES

    data = (EXAMPLES / "linkedin" / "messages.csv").read_bytes()
    _finished(
        client, client.post("/import", data={"csrf_token": user}, files={"file": ("messages.csv", data)})
    )
    inbox = client.get("/?decision=all&q=").text
    dm = re.search(
        r'<a class="open" href="(/invitations/\d+)">[^<]*</a>\s*<div class="sub">[^<]*· linkedin', inbox
    )
    assert dm
    page = client.get(dm.group(1)).text
    assert "Approving sends nothing: you then copy it into LinkedIn yourself." in page
    assert "download it" not in page


DM = (
    "Hi Dana - I run a small design studio in Austin and keep hearing your name for studio finances. Would you be "
    "open to a call next week about cash-flow forecasting for us? We are 12 people.\n\nThanks,\nOwen"
)


def test_the_paste_form_says_who_sent_a_dm_and_from_which_app(client: Any, user: str) -> None:
    page = client.get("/import").text
    assert '<label for="sender">Who sent it' in page and '<option value="whatsapp">WhatsApp</option>' in page
    done = _finished(
        client,
        client.post(
            "/import", data={"csrf_token": user, "text": DM, "sender": "Owen Hart", "app": "whatsapp"}
        ),
    )
    opened = re.search(r'id="import-open" href="(/invitations/\d+)"', done)
    assert opened, done
    invitation = client.get(opened.group(1)).text
    assert "Owen Hart" in invitation and "(unknown sender)" not in invitation
    assert 'name="channel" value="whatsapp" checked' in invitation  # answered in WhatsApp, not by e-mail
    assert "copy it into WhatsApp yourself" in invitation


def test_a_paste_that_cannot_be_imported_stays_in_the_form(client: Any, user: str, web_home: Path) -> None:
    (web_home / "profile.toml").unlink()
    response = client.post(
        "/import", data={"csrf_token": user, "text": DM, "sender": "Owen Hart", "app": "sms"}
    )
    assert response.status_code == 409 and "Fill in your goals and profile first" in response.text
    assert "cash-flow forecasting for us?" in response.text
    assert 'value="Owen Hart"' in response.text and '<option value="sms" selected>' in response.text


# -- in the browser again: a DM from paste to clipboard, and the menu on a phone -------------------------


@needs_chromium
def test_a_pasted_linkedin_dm_is_approved_and_copied_in_one_click(tab: Any, site: str) -> None:
    tab.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    tab.goto(f"{site}/import")
    tab.fill("#text", DM)
    tab.fill("#sender", "Owen Hart")
    tab.select_option("#app", "linkedin")
    tab.click("form.card button.primary")
    tab.click("#import-open")
    tab.wait_for_selector("#draft-text")
    tab.click("#draft button[value=approve]")
    copy = tab.wait_for_selector("#draft button[data-copy]")
    assert copy.is_visible()
    shown = tab.inner_text("#draft-text").strip()
    copy.click()
    tab.wait_for_selector("#draft button:text('Copied: paste it into the app')")
    assert tab.evaluate("navigator.clipboard.readText()") == shown
    assert shown.startswith("Hi Owen")


@needs_chromium
def test_every_page_of_the_menu_is_in_sight_on_a_phone(tab: Any, site: str) -> None:
    tab.set_viewport_size({"width": 390, "height": 844})
    try:
        tab.goto(f"{site}/")
        for link in tab.locator("header nav a").all():
            box = link.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, link.inner_text()
    finally:
        tab.set_viewport_size({"width": 1280, "height": 900})


def test_pages_name_their_icon_so_the_browser_asks_for_no_missing_favicon(client: Any, user: str) -> None:
    assert '<link rel="icon" href="data:,">' in client.get("/").text  # no 404 for /favicon.ico on every page


@needs_chromium
def test_a_draft_that_cannot_be_saved_says_why_and_keeps_the_words(tab: Any, site: str) -> None:
    open_draft(tab, site, "decline")
    tab.fill("#draft-text", "   ")
    with tab.expect_response(lambda r: r.url.endswith("/draft")) as answer:
        tab.click("#draft button[value=save]")
    assert answer.value.status == 400
    error = tab.wait_for_selector("#draft-error")
    assert error.inner_text() == "the draft is empty"  # not a click that does nothing
    assert tab.evaluate("document.activeElement.id") == "draft-text"

    subject = tab.input_value("#subject")
    tab.fill("#draft-text", "x" * 25_000)  # longer than a draft may be
    tab.fill("#subject", subject + " (edited)")
    tab.click("#draft button[value=save]")
    tab.wait_for_selector("#draft-error:text('longer than')")
    assert len(tab.input_value("#draft-text")) == 25_000  # what was typed is still there
    assert tab.input_value("#subject").endswith("(edited)")


def test_an_import_s_decisions_say_why_they_add_up_to_more_than_its_invitations(
    client: Any, user: str
) -> None:
    from support import EXAMPLES

    data = (EXAMPLES / "linkedin" / "messages.csv").read_bytes()
    done = _finished(
        client, client.post("/import", data={"csrf_token": user}, files={"file": ("dms.csv", data)})
    )
    found = re.search(r"Read (\d+), new \d+, duplicates \d+, invitations (\d+)", done)
    assert found and int(found.group(1)) > int(found.group(2)), done
    others = int(found.group(1)) - int(found.group(2))
    assert f"(ignore counts the {others} message" in done and "nothing of you)" in done


@needs_chromium
def test_several_files_are_imported_in_one_go_and_their_outcomes_listed(tab: Any, site: str) -> None:
    from support import EXAMPLES

    tab.goto(f"{site}/import")
    tab.set_input_files(
        "#file", [str(EXAMPLES / "invitation.ics"), str(EXAMPLES / "linkedin" / "messages.csv")]
    )
    tab.click("form.card button.primary")
    tab.wait_for_selector(".flash:text('2 imports started')")
    recent = tab.locator("#recent")
    for name in ("invitation.ics", "messages.csv"):  # the list follows them to the end, no reload needed
        tab.wait_for_selector(f"#recent tr:has-text('{name}'):has(td:text-is('done'))", timeout=60_000)
    assert "failed" not in recent.inner_text()


def test_an_import_of_connections_says_what_contacts_are_for(client: Any, user: str) -> None:
    from support import EXAMPLES

    data = (EXAMPLES / "linkedin" / "Connections.csv").read_bytes()
    done = _finished(
        client, client.post("/import", data={"csrf_token": user}, files={"file": ("Connections.csv", data)})
    )
    assert re.search(r"contacts [1-9]\d*", done)
    assert "Contacts are the people you know" in done and "not added to your" in done  # not the directory
