"""A newcomer's journey through kindly (session 21): what the README's daily use met that was wrong, each as the
user saw it - the real CLI on a real SQLite file, a loopback SMTP server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from smtp_server import SmtpInbox, SmtpServer, run_smtp
from support import EXAMPLE_PROFILE_FILE, Kindly, eml, triaged_one
from web_support import ARGS, CHROMIUM, logged_in_tab, make_home, needs_chromium

PROFILE = str(EXAMPLE_PROFILE_FILE)  # Dana Reyes, a fractional CFO for small design studios


@pytest.fixture
def smtp(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T12:00-08:00")
    for server in run_smtp(SmtpInbox()):
        home.mkdir(parents=True, exist_ok=True)
        (home / "config.toml").write_text(
            f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\ntimeout = 5\n'
        )
        yield server


def pending_drafts(kindly: Kindly) -> list[dict[str, object]]:
    result = kindly("drafts", "--json")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def sent_then_corrected(kindly: Kindly, smtp: SmtpServer, tmp_path: Path) -> tuple[int, EmailMessage]:
    """Dana says yes to a studio owner's enquiry and sends it through the loopback server; then she corrects the
    message's intent to a sales pitch. The message's ID and the reply that went."""
    enquiry = eml(
        tmp_path / "enquiry.eml",
        "Hi Dana,\n\nI own Park & Field, a six-person design studio in Portland, and our books are a mess since we "
        "grew. Could we have a 30-minute call next week to talk about monthly bookkeeping?\n\nJo Park\nOwner, "
        "Park & Field Studio\n",
        sender="Jo Park <jo@parkfield.example>",
        subject="Bookkeeping for our studio",
        date="Mon, 30 Nov 2026 09:00:00 -0800",
        message_id="enquiry-1@parkfield.example",
    )
    record = triaged_one(kindly, enquiry)
    assert record["decision"] == "accept"
    [draft] = pending_drafts(kindly)
    sent = kindly("send", str(draft["id"]), "--yes", "--profile", PROFILE)
    assert sent.exit_code == 0, sent.output
    [reply] = smtp.inbox.received()
    corrected = kindly("correct", str(record["id"]), "--intent", "sales_pitch", "--profile", PROFILE)
    assert corrected.exit_code == 0, corrected.output
    return int(record["id"]), reply


def test_a_correction_after_the_reply_was_sent_drafts_no_second_reply(
    kindly: Kindly, smtp: SmtpServer, tmp_path: Path
) -> None:
    """The yes has gone: no decline is drafted to the same mail, and the owner's "Tuesday works" is the answer to
    that yes, not details for the referral directory."""
    _, reply = sent_then_corrected(kindly, smtp, tmp_path)
    assert pending_drafts(kindly) == []  # no decline waiting to go to Jo after the yes she has

    answer = eml(
        tmp_path / "answer.eml",
        "Hi Dana,\n\nTuesday at 10:00 works great for us. I'll send a video link the day before.\n\nJo\n",
        sender="Jo Park <jo@parkfield.example>",
        subject="Re: Bookkeeping for our studio",
        date="Mon, 30 Nov 2026 15:00:00 -0800",
        message_id="enquiry-2@parkfield.example",
        in_reply_to=reply["Message-ID"].strip("<>"),
        references=["enquiry-1@parkfield.example", reply["Message-ID"].strip("<>")],
    )
    second = triaged_one(kindly, answer)
    assert second["reason_code"] != "directory_added"
    listed = kindly("directory", "list", "--json")
    assert json.loads(listed.stdout) == []


def test_triage_with_the_profile_init_wrote_says_it_is_still_the_example(
    kindly: Kindly, tmp_path: Path
) -> None:
    """A newcomer runs `kindly init` and triages before editing: the drafts would be signed "Your first name" and
    sent from you@example.com, so triage says so; once the [user] table is theirs, the note is gone."""
    assert kindly("init").exit_code == 0
    invitation = eml(
        tmp_path / "coffee.eml",
        "Hi,\n\nI run a small design studio in Portland and would love to buy you a coffee next week to talk "
        "about bookkeeping for studios like mine.\n\nJo Park\nOwner, Park & Field Studio\n",
        sender="Jo Park <jo@parkfield.example>",
        subject="Coffee?",
        date="Mon, 30 Nov 2026 09:00:00 -0800",
    )
    first = kindly("triage", str(invitation))
    assert first.exit_code == 0, first.output
    assert (
        'still has the example\'s name "Your Name", email "you@example.com", signature "Your first name"'
        in (" ".join(first.stderr.split()))
    )
    written = kindly.home / "profile.toml"
    text = written.read_text()
    for placeholder, own in (
        ("Your Name", "Jo Bloggs"),
        ("you@example.com", "jo@bloggs.example"),
        ("Your first name", "Jo"),
    ):
        text = text.replace(f'"{placeholder}"', f'"{own}"')
    written.write_text(text)
    again = kindly("triage", str(invitation))
    assert again.exit_code == 0 and "still has the example" not in again.stderr


def test_sync_without_a_password_on_a_machine_with_no_keyring_says_only_what_works(
    kindly: Kindly, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a server or in a container the keyring has no backend: `keyring set kindly work` fails there with a
    traceback, so the error offers the environment variable alone."""
    import keyring
    from keyring.backends import fail

    home.mkdir(parents=True)
    (home / "config.toml").write_text(
        '[[accounts]]\nname = "work"\nhost = "127.0.0.1"\nport = 1143\nsecurity = "none"\nuser = "dana"\n'
    )
    monkeypatch.delenv("KINDLY_PASSWORD_WORK", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        result = kindly("sync", "--profile", PROFILE)
    finally:
        keyring.set_keyring(previous)
    said = " ".join(result.stderr.split())
    assert result.exit_code == 2
    assert "no system keyring" in said and "set KINDLY_PASSWORD_WORK" in said
    assert "keyring set" not in said


def test_correct_help_shows_every_intent_whole_in_an_80_column_terminal(
    kindly: Kindly, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The intents a correction takes are what a user copies into `--intent`: none is broken over two lines."""
    from kindly.model import Intent

    monkeypatch.setenv("COLUMNS", "80")
    shown = kindly("correct", "--help").stdout
    words = set(shown.replace(",", " ").replace(".", " ").replace(":", " ").split())
    assert [intent.value for intent in Intent if intent.value not in words] == []


def test_refer_does_not_rank_an_entry_filed_under_services_as_an_accountant(kindly: Kindly) -> None:
    """An answer kindly filed in the directory under the catch-all "services" is no accountant: a request for one
    ranks the accountant first, and the "services" entry is not said to be what the request asks for."""
    for name, category, overview in (
        ("Maya Cohen", "services", "Monday 7 December at 10:00 works great. I'll send a video link."),
        ("Jonas Weber", "accounting", "Accountant for freelancers and small studios in Berlin"),
    ):
        added = kindly("directory", "add", name, "--category", category, "--overview", overview)
        assert added.exit_code == 0, added.output
    result = kindly("refer", "Could you recommend an accountant for my freelance business?", "--json")
    ranked = json.loads(result.stdout)
    assert [entry["name"] for entry in ranked] == ["Jonas Weber"]


@needs_chromium
def test_the_page_of_a_message_answered_then_corrected_shows_the_reply_that_went(
    kindly: Kindly, smtp: SmtpServer, tmp_path: Path
) -> None:
    """In the browser, the invitation's page shows the yes that was sent, with no decline waiting to approve."""
    from playwright.sync_api import sync_playwright

    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    make_home(kindly.home)
    pk, _ = sent_then_corrected(kindly, smtp, tmp_path)
    with running(create_app(load_settings(kindly.home))) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            tab: Any = logged_in_tab(browser, site)
            tab.goto(f"{site}/invitations/{pk}")
            page = " ".join(tab.inner_text("main").split())
            approve_buttons = tab.locator("button", has_text="Approve").count()
        finally:
            browser.close()
    assert "I'd be glad to talk" in page  # the yes that went
    assert "I'll pass" not in page and "not something I'm looking for" not in page
    assert approve_buttons == 0
