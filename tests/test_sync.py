"""`kindly sync` against a real Dovecot IMAP server on 127.0.0.1, started by these tests (never a mock).

Incremental by UID, UIDVALIDITY changes, a connection dropped by the server mid-sync, a sync killed
mid-way, TLS and STARTTLS, and a password that never reaches the database, a file or the output.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from imap_server import Dovecot, dovecot_binary
from kindly.config import Account, parse_config
from kindly.profile import load_profile
from kindly.services import Sync, Triage
from kindly.store.db import open_database
from kindly.understand.classify import Classifier
from support import EXAMPLES, REPO, Kindly

PROFILE = str(EXAMPLES / "profile.toml")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    binary = dovecot_binary()
    if binary is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd; .ci/run installs it)")
    server = Dovecot.start(binary)
    yield server
    server.stop()


class Mailbox:
    """A fresh IMAP user for one test, with helpers to put mail in and to write kindly's config."""

    def __init__(self, server: Dovecot, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.server = server
        self.home = home
        self.user, self.password = server.new_user()
        self.monkeypatch = monkeypatch
        self.imap = server.client(self.user, self.password)

    def append(self, *messages: bytes, folder: str = "INBOX") -> None:
        if not self.imap.folder_exists(folder):
            self.imap.create_folder(folder)
        for start in range(0, len(messages), 100):
            self.imap.multiappend(folder, list(messages[start : start + 100]))

    def configure(
        self, *, security: str = "none", folders: tuple[str, ...] = ("INBOX",), **extra: str
    ) -> None:
        port = self.server.tls_port if security == "tls" else self.server.port
        lines = [
            "[[accounts]]",
            'name = "home"',
            'host = "127.0.0.1"',
            f"port = {port}",
            f'security = "{security}"',
            f'user = "{self.user}"',
            "folders = [" + ", ".join(f'"{f}"' for f in folders) + "]",
            *(f'{key} = "{value}"' for key, value in extra.items()),
        ]
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "config.toml").write_text("\n".join(lines) + "\n")
        self.monkeypatch.setenv("KINDLY_PASSWORD_HOME", self.password)

    def account(self) -> Account:
        return parse_config((self.home / "config.toml").read_text()).accounts[0]


@pytest.fixture
def mailbox(dovecot: Dovecot, home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Mailbox]:
    monkeypatch.setenv("COLUMNS", "400")  # one summary line, unwrapped
    box = Mailbox(dovecot, home, monkeypatch)
    yield box
    with contextlib.suppress(Exception):  # some tests make the server drop this connection
        box.imap.logout()


def mail(n: int, subject: str = "", body: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = f"Sender {n} <sender{n}@studio.example>"
    message["To"] = "dana@example.com"
    message["Subject"] = subject or f"Project notes {n}"
    message["Message-ID"] = f"<note-{n}@studio.example>"
    message["Date"] = f"Mon, 23 Nov 2026 10:{n % 60:02d}:00 +0000"
    message.set_content(body or f"Here are the notes from project meeting {n}. No action needed.")
    return bytes(message)


INVITATION = mail(
    900,
    "Coffee to talk about bookkeeping for design studios?",
    "Hi Dana, I run a small design studio and we need help with bookkeeping. Could we meet for coffee "
    "next week to talk about what you offer? Thanks, Ana",
)


def sync(kindly: Kindly, *args: str) -> tuple[int, str, str]:
    result = kindly("sync", "--profile", PROFILE, "--json", *args)
    return result.exit_code, result.stdout, result.stderr


def query(database: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        return list(connection.execute(sql))


def test_sync_triages_new_mail_and_next_time_reads_only_what_is_new(kindly: Kindly, mailbox: Mailbox) -> None:
    mailbox.append(mail(1), INVITATION, b"not an e-mail at all\r\n")
    mailbox.configure()

    code, out, err = sync(kindly)

    assert code == 0, err
    assert len(out.splitlines()) == 2
    assert "read 2, new 2, duplicates 0, invitations 1" in err and "skipped 1" in err
    assert f"imap://{mailbox.user}@127.0.0.1:{mailbox.server.port}/INBOX;UIDVALIDITY=" in err
    assert ";UID=3: no e-mail headers" in err
    assert "home/INBOX: 3 fetched" in err

    mailbox.append(mail(2), mail(3))
    code, out, err = sync(kindly)

    assert code == 0, err
    assert "read 2, new 2, duplicates 0" in err and "skipped 0" in err
    assert query(kindly.database, "select count(*) from messages") == [(4,)]
    assert query(kindly.database, "select account, folder, last_uid from sync_state") == [
        ("home", "INBOX", 5)
    ]
    assert mailbox.imap.select_folder("INBOX")[b"UNSEEN"], "sync marks nothing as read"


def test_the_password_is_never_stored_or_printed(
    kindly: Kindly, mailbox: Mailbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mailbox.append(mail(1), INVITATION)
    mailbox.configure()

    code, out, err = sync(kindly)
    assert code == 0, err
    wrong = f"{mailbox.password}-wrong"
    mailbox.monkeypatch.setenv("KINDLY_PASSWORD_HOME", wrong)
    code, out2, err2 = sync(kindly)

    assert code == 1 and "refused the login" in err2
    for secret in (mailbox.password, wrong):
        for output in (out, err, out2, err2, caplog.text):
            assert secret not in output
        for file in kindly.home.rglob("*"):
            assert secret.encode() not in file.read_bytes(), file


def test_the_password_can_come_from_the_keyring(kindly: Kindly, mailbox: Mailbox) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    mailbox.append(INVITATION)
    mailbox.configure()
    mailbox.monkeypatch.delenv("KINDLY_PASSWORD_HOME")
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        code, _, err = sync(kindly)
        assert code == 2 and "keyring set kindly home" in err and "KINDLY_PASSWORD_HOME" in err

        keyring.set_password("kindly", "home", mailbox.password)
        code, out, err = sync(kindly)
    finally:
        keyring.set_keyring(previous)

    assert code == 0, err
    assert len(out.splitlines()) == 1


def test_a_changed_uidvalidity_reads_the_folder_again_without_duplicates(
    kindly: Kindly, mailbox: Mailbox
) -> None:
    mailbox.append(mail(1), mail(2), mail(3), folder="Projects")
    mailbox.configure(folders=("Projects",))
    assert sync(kindly)[0] == 0
    [(before,)] = query(kindly.database, "select uidvalidity from sync_state")

    # The folder is deleted and made again (as a server restore does): its UIDs start over.
    mailbox.imap.delete_folder("Projects")
    mailbox.append(mail(1), mail(2), mail(3), mail(4), folder="Projects")
    code, _out, err = sync(kindly)

    assert code == 0, err
    assert "UIDVALIDITY changed" in err
    assert "read 4, new 1, duplicates 3" in err
    assert query(kindly.database, "select count(*) from messages") == [(4,)]
    [(after, last_uid)] = query(kindly.database, "select uidvalidity, last_uid from sync_state")
    assert after != before and last_uid == 4


def service(kindly: Kindly, batch_size: int) -> Sync:
    sessions = open_database(kindly.database)
    return Sync(
        Triage(sessions, load_profile(EXAMPLES / "profile.toml"), Classifier()), batch_size=batch_size
    )


def test_a_connection_dropped_by_the_server_mid_sync_is_a_clear_error_and_the_next_sync_resumes(
    kindly: Kindly, mailbox: Mailbox
) -> None:
    mailbox.append(*(mail(n) for n in range(1, 121)))
    mailbox.configure()
    first = service(kindly, batch_size=25)
    batches = 0

    def server_goes_away(count: int) -> None:
        nonlocal batches
        batches += 1
        if batches == 2:
            mailbox.server.kick(mailbox.user)

    rows = list(first.run([mailbox.account()], progress=server_goes_away))

    # Dovecot's kick lands asynchronously: the batch in flight may still arrive before the connection
    # drops. Whichever batch it cuts, progress stops at the last committed batch and nothing is lost.
    done = len(rows)
    assert done in (50, 75, 100)
    [failure] = first.failures
    assert f"the connection was lost while reading INBOX (UIDs {done + 1}-{done + 25})" in str(failure)
    assert query(kindly.database, "select last_uid from sync_state") == [(done,)]

    code, _, err = sync(kindly, "--batch-size", "25")

    assert code == 0, err
    assert f"read {120 - done}, new {120 - done}, duplicates 0" in err
    ids = query(kindly.database, "select message_id from messages order by id")
    assert ids == [(f"note-{n}@studio.example",) for n in range(1, 121)]


def test_a_sync_killed_midway_resumes_with_nothing_lost_or_stored_twice(
    kindly: Kindly, mailbox: Mailbox
) -> None:
    count = 300
    mailbox.append(*(mail(n) for n in range(1, count + 1)))
    mailbox.configure()
    env = {**os.environ, "KINDLY_HOME": str(kindly.home), "KINDLY_PASSWORD_HOME": mailbox.password}
    command = [sys.executable, "-c", "from kindly.cli import main; main()", "sync", "--profile", PROFILE]
    child = subprocess.Popen(
        [*command, "--json", "--batch-size", "10"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90  # a loaded 2-core machine starts Python slowly
    progress = 0
    while child.poll() is None and time.monotonic() < deadline:
        if kindly.database.exists():
            try:
                progress = query(kindly.database, "select coalesce(max(last_uid), 0) from sync_state")[0][0]  # type: ignore[assignment]
            except sqlite3.OperationalError:  # not migrated yet
                progress = 0
            if progress >= 30:
                child.send_signal(signal.SIGKILL)
                break
        time.sleep(0.02)
    child.wait(timeout=10)
    stored_before = query(kindly.database, "select count(*) from messages")[0][0]

    code, _out, err = sync(kindly, "--batch-size", "50")

    assert code == 0, err
    ids = [row[0] for row in query(kindly.database, "select message_id from messages")]
    assert sorted(ids) == sorted(f"note-{n}@studio.example" for n in range(1, count + 1))
    assert stored_before >= 30  # it was killed after at least three committed batches
    assert f"new {count - stored_before}," in err


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_and_starttls_with_the_servers_own_certificate(
    kindly: Kindly, mailbox: Mailbox, security: str
) -> None:
    if not mailbox.server.tls:
        pytest.skip("openssl is not installed: no certificate for a TLS test")
    mailbox.append(INVITATION)
    mailbox.configure(security=security, ca_file=str(mailbox.server.ca_file))

    code, out, err = sync(kindly)

    assert code == 0, err
    assert len(out.splitlines()) == 1


def test_a_certificate_that_is_not_trusted_is_refused(kindly: Kindly, mailbox: Mailbox) -> None:
    if not mailbox.server.tls:
        pytest.skip("openssl is not installed: no certificate for a TLS test")
    mailbox.configure(security="tls")  # no ca_file: the self-signed certificate is not trusted

    code, _, err = sync(kindly)

    assert code == 1 and "TLS failed" in err and "CERTIFICATE_VERIFY_FAILED" in err


def test_a_missing_folder_is_skipped_with_its_reason_and_the_others_sync(
    kindly: Kindly, mailbox: Mailbox
) -> None:
    mailbox.append(INVITATION)
    mailbox.configure(folders=("Nowhere", "INBOX"))

    code, _out, err = sync(kindly)

    assert code == 0, err
    assert "skipped home/Nowhere" in err and "no folder 'Nowhere'" in err
    assert "read 1" in err and "skipped 1" in err


def test_a_server_that_cannot_be_reached_is_one_clear_line(kindly: Kindly, mailbox: Mailbox) -> None:
    mailbox.configure()
    config = kindly.home / "config.toml"
    config.write_text(config.read_text().replace(f"port = {mailbox.server.port}", "port = 1"))

    code, _, err = sync(kindly)

    assert code == 1
    assert "home (127.0.0.1:1): cannot connect" in err and "Traceback" not in err
