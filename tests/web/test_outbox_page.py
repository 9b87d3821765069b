"""The outbox page: an approved reply saved to a real Dovecot's Drafts folder or sent through a real SMTP
server (aiosmtpd), only from its own form, sending only with the confirmation ticked, and never twice."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from test_outbox import DraftsDovecot, SmtpInbox, SmtpServer, drafts_in, parse, run_smtp, start_dovecot

WORDS = "Hi,\n\nThanks, but this is not for me.\n\nDana"


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DraftsDovecot]:
    yield from start_dovecot()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    yield from run_smtp(SmtpInbox())


def write_config(home: Path, text: str) -> None:
    (home / "config.toml").write_text(text)


def smtp_table(server: SmtpServer) -> str:
    return f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\ntimeout = 5\n'


def approved(client: TestClient, csrf: str) -> int:
    pk = int(re.findall(r'href="/invitations/(\d+)"', client.get("/?decision=decline").text)[0])
    done = client.post(
        f"/invitations/{pk}/draft", data={"csrf_token": csrf, "text": WORDS, "action": "approve"}
    )
    assert done.status_code == 303
    return pk


def sent_rows(home: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(home / "kindly.db") as connection:
        return list(connection.execute("select via, recipient, server_answer from sent order by id"))


def plain_text(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert isinstance(body, EmailMessage)
    return str(body.get_content())


def digest(page: str) -> str:
    found = re.search(r'name="shown" value="([0-9a-f]{64})"', page)
    assert found, "no digest of the shown text on the page"
    return found.group(1)


def test_the_draft_links_to_the_outbox_which_says_what_is_missing(client: TestClient, user: str) -> None:
    pk = approved(client, user)

    invitation = client.get(f"/invitations/{pk}").text
    page = client.get(f"/invitations/{pk}/outbox")

    assert f'href="/invitations/{pk}/outbox"' in invitation
    assert page.status_code == 200
    assert "Thanks, but this is not for me." in page.text and "<dt>To</dt>" in page.text
    assert re.search(r"<button[^>]*disabled[^>]*>Save to IMAP Drafts</button>", page.text)
    assert re.search(r"<button[^>]*disabled[^>]*>Send</button>", page.text)
    assert 'action="/invitations/' not in page.text.split('<h2 id="push-h">')[1]  # no form without config


def test_a_pending_draft_must_be_approved_first(client: TestClient, user: str) -> None:
    pk = int(re.findall(r'href="/invitations/(\d+)"', client.get("/?decision=decline").text)[0])
    assert client.get(f"/invitations/{pk}/outbox").status_code == 409


def test_sending_needs_the_confirmation_and_happens_once(
    client: TestClient, user: str, web_home: Path, smtp: SmtpServer
) -> None:
    write_config(web_home, smtp_table(smtp))
    pk = approved(client, user)
    page = client.get(f"/invitations/{pk}/outbox").text
    url = f"/invitations/{pk}/outbox/send"

    unconfirmed = client.post(url, data={"csrf_token": user, "shown": digest(page)})
    stale = client.post(url, data={"csrf_token": user, "shown": "0" * 64, "confirm": "yes"})
    forged = client.post(url, data={"shown": digest(page), "confirm": "yes"})

    assert unconfirmed.status_code == stale.status_code == 303 and forged.status_code == 403
    assert smtp.inbox.envelopes == [] and sent_rows(web_home) == []

    sent = client.post(url, data={"csrf_token": user, "shown": digest(page), "confirm": "yes"})
    after = client.get(f"/invitations/{pk}/outbox").text

    assert sent.status_code == 303
    (message,) = smtp.inbox.received()
    assert "Thanks, but this is not for me." in plain_text(message)
    assert [r[0] for r in sent_rows(web_home)] == ["smtp"]
    assert "Sent to " in after and "already sent" in after and 'name="confirm"' not in after

    again = client.post(url, data={"csrf_token": user, "shown": digest(page), "confirm": "yes"})
    assert again.status_code == 303
    assert len(smtp.inbox.envelopes) == 1 and len(sent_rows(web_home)) == 1
    assert "Not sent" in client.get(f"/invitations/{pk}/outbox").text


def test_saving_to_imap_drafts_through_the_page(
    client: TestClient, user: str, web_home: Path, dovecot: DraftsDovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    account, password = dovecot.new_user()
    imap = dovecot.client(account, password)
    imap.create_folder("Drafts")
    imap.logout()
    write_config(
        web_home,
        f'[[accounts]]\nname = "home"\nhost = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "none"\n'
        f'user = "{account}"\n',
    )
    monkeypatch.setenv("KINDLY_PASSWORD_HOME", password)
    pk = approved(client, user)

    saved = client.post(f"/invitations/{pk}/outbox/push", data={"csrf_token": user, "account": "home"})
    page = client.get(f"/invitations/{pk}/outbox").text

    assert saved.status_code == 303
    ((data, flags),) = drafts_in(dovecot, account, password, "Drafts")
    assert b"\\Draft" in flags and "Thanks, but this is not for me." in plain_text(parse(data))
    assert "Saved to Drafts of home" in page and "imap-drafts" in page
    assert password not in page
    assert [r[0] for r in sent_rows(web_home)] == ["imap-drafts"]
