"""`kindly triage --send`: the new e-mail drafts are offered for sending, one confirmation each."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from smtp_server import SmtpInbox, SmtpServer, run_smtp
from support import EXAMPLES, Kindly

PROFILE = str(EXAMPLES / "profile.toml")


@pytest.fixture
def smtp(home: Path) -> Iterator[SmtpServer]:
    for server in run_smtp(SmtpInbox()):
        home.mkdir(parents=True, exist_ok=True)
        (home / "config.toml").write_text(
            f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\ntimeout = 5\n'
        )
        yield server


def sent_rows(kindly: Kindly) -> int:
    with sqlite3.connect(kindly.database) as db:
        return int(db.execute("select count(*) from sent").fetchone()[0])


def test_nothing_is_sent_without_send(kindly: Kindly, smtp: SmtpServer) -> None:
    result = kindly("triage", str(EXAMPLES / "invitation.ics"), "--profile", PROFILE)
    assert result.exit_code == 0
    assert smtp.inbox.envelopes == [] and sent_rows(kindly) == 0


def test_send_without_a_terminal_and_without_yes_sends_nothing(kindly: Kindly, smtp: SmtpServer) -> None:
    result = kindly("triage", str(EXAMPLES / "invitation.ics"), "--profile", PROFILE, "--send")
    assert result.exit_code == 2 and "nothing sent" in result.output
    assert smtp.inbox.envelopes == [] and sent_rows(kindly) == 0


def test_send_with_yes_sends_each_new_email_draft_once_and_records_it(
    kindly: Kindly, smtp: SmtpServer
) -> None:
    result = kindly(
        "triage", str(EXAMPLES / "invitation.ics"), "--profile", PROFILE, "--json", "--send", "--yes"
    )
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] == "accept"
    [received] = smtp.inbox.received()
    assert received["Subject"].startswith("Re: Money Talks for Makers")
    assert sent_rows(kindly) == 1
    again = kindly("triage", str(EXAMPLES / "invitation.ics"), "--profile", PROFILE, "--send", "--yes")
    assert "No e-mail drafts to send" in again.output
    assert len(smtp.inbox.envelopes) == 1


def test_an_unreachable_caldav_server_is_reported_and_triage_goes_on(kindly: Kindly) -> None:
    kindly.home.mkdir(parents=True, exist_ok=True)
    (kindly.home / "config.toml").write_text(
        '[calendar]\ncaldav_url = "http://127.0.0.1:9/dav/"\ntimeout = 2\n'
    )
    result = kindly("triage", str(EXAMPLES / "invitation.ics"), "--profile", PROFILE, "--json")
    assert result.exit_code == 0, result.output
    assert "busy time not counted" in result.output and "127.0.0.1:9" in result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] == "accept"
