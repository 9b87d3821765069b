"""`kindly drafts`, `kindly drafts export|push` and `kindly send` through Typer's runner on a real SQLite file
(the shipped examples triaged first), against a real Dovecot and a real SMTP server (aiosmtpd) on 127.0.0.1.

Nothing is sent unless `kindly send` is told to and the user confirmed each message (or gave --yes)."""

from __future__ import annotations

import json
import mailbox
import os
import pty
import select
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from smtp_server import QUEUE_ID, SmtpInbox, SmtpServer, run_smtp
from support import EXAMPLES, REPO, Kindly
from test_outbox import DraftsDovecot, copy_database, drafts_in, parse, start_dovecot

PROFILE = str(EXAMPLES / "profile.toml")
PASSWORD = "Tr0ub4dor&3-not-printed"
PASSWORD_ENV = "KINDLY_TEST_SMTP_PASSWORD"


@pytest.fixture(scope="module")
def triaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """kindly.db after `kindly triage` of the example inbox, the .ics invitation and the LinkedIn messages."""
    home = tmp_path_factory.mktemp("drafts-cli") / "home"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KINDLY_HOME", str(home))
        sources = ["inbox.mbox", "invitation.ics", "linkedin/messages.csv"]
        result = Kindly(home)("triage", *(str(EXAMPLES / s) for s in sources), "--profile", PROFILE)
    assert result.exit_code == 0, result.output
    return home / "kindly.db"


@pytest.fixture
def kindly(home: Path, triaged: Path) -> Kindly:
    copy_database(triaged, home / "kindly.db")
    return Kindly(home)


@pytest.fixture
def smtp(home: Path) -> Iterator[SmtpServer]:
    """An SMTP server, named in config.toml's [smtp] table."""
    for server in run_smtp(SmtpInbox()):
        write_config(home, smtp=server)
        yield server


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DraftsDovecot]:
    yield from start_dovecot()


def write_config(
    home: Path, *, smtp: SmtpServer | None = None, user: str = "", imap: tuple[int, str] | None = None
) -> None:
    lines = []
    if imap is not None:
        port, imap_user = imap
        lines += [
            "[[accounts]]",
            'name = "home"',
            'host = "127.0.0.1"',
            f"port = {port}",
            'security = "none"',
            f'user = "{imap_user}"',
        ]
    if smtp is not None:
        lines += ["[smtp]", 'host = "127.0.0.1"', f"port = {smtp.port}", 'security = "none"', "timeout = 5"]
        if user:
            lines += [f'user = "{user}"', f'password_env = "{PASSWORD_ENV}"']
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text("\n".join(lines) + "\n")


def query(database: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return list(connection.execute(sql, args))


def draft_for(kindly: Kindly, channel: str) -> int:
    rows = query(
        kindly.database,
        "select d.id from drafts d join messages m on m.id = d.message_pk "
        "where m.channel = ? and d.status = 'pending' order by d.id limit 1",
        channel,
    )
    assert rows, f"no pending draft answering a {channel} message"
    return int(rows[0][0])


def sent(kindly: Kindly) -> list[tuple[Any, ...]]:
    return query(
        kindly.database, "select draft_pk, via, message_id, recipient, server_answer from sent order by id"
    )


def draft_status(kindly: Kindly, draft_id: int) -> str:
    return str(query(kindly.database, "select status from drafts where id = ?", draft_id)[0][0])


# -- listing and export ------------------------------------------------------------------------------------


def test_drafts_lists_the_pending_drafts(kindly: Kindly) -> None:
    pending = query(kindly.database, "select count(*) from drafts where status = 'pending'")[0][0]
    assert pending > 3

    table = kindly("drafts")
    listed = kindly("drafts", "--json")

    assert table.exit_code == 0, table.output
    assert f"Pending drafts ({pending})" in table.stdout
    for column in ("ID", "Message", "To", "Subject", "Decision", "First line"):
        assert column in table.stdout
    records = json.loads(listed.stdout)
    assert len(records) == pending
    assert set(records[0]) == {
        "id",
        "message_pk",
        "status",
        "channel",
        "decision",
        "to",
        "subject",
        "first_line",
        "text",
        "went",
        "stale",  # session 23: why her kept words no longer answer the message
        "taken",  # session 23: times her own words offer that another reply took
        "declined",  # session 23: kindly now declines the message her own words say yes to
        "why_discarded",  # session 23: why a draft --all lists was discarded
    }
    email = next(r for r in records if r["id"] == draft_for(kindly, "email"))
    (sender,) = query(kindly.database, "select from_addr from messages where id = ?", email["message_pk"])[0]
    assert sender in email["to"] and email["first_line"]
    assert any(r["to"].startswith("LinkedIn") for r in records)


def test_export_writes_eml_files_records_them_and_sends_nothing(
    kindly: Kindly, tmp_path: Path, smtp: SmtpServer
) -> None:
    email_id, calendar_id = draft_for(kindly, "email"), draft_for(kindly, "calendar")
    out = tmp_path / "out"

    result = kindly(
        "drafts", "export", str(email_id), str(calendar_id), "--dir", str(out), "--profile", PROFILE
    )

    assert result.exit_code == 0, result.output
    assert "Exported 2 drafts" in result.stderr and "Nothing was sent" in result.stderr
    email = parse((out / f"kindly-draft-{email_id}.eml").read_bytes())
    (parent,) = query(
        kindly.database,
        "select m.message_id from drafts d join messages m on m.id = d.message_pk where d.id = ?",
        email_id,
    )[0]
    assert email["In-Reply-To"] == f"<{parent}>" and f"<{parent}>" in str(email["References"])
    invitation = parse((out / f"kindly-draft-{calendar_id}.eml").read_bytes())
    calendar = next(p for p in invitation.walk() if p.get_content_type() == "text/calendar").get_content()
    assert (
        "METHOD:REPLY" in calendar
        and "UID:20261118T170000Z-money-talks-for-makers@cen.example.org" in calendar
    )
    assert "PARTSTAT=" in calendar and "priya@" not in calendar
    assert [(r[0], r[1]) for r in sent(kindly)] == [(email_id, "eml"), (calendar_id, "eml")]
    assert draft_status(kindly, email_id) == "approved"
    listed = {r["id"]: r["status"] for r in json.loads(kindly("drafts", "--all", "--json").stdout)}
    assert listed[email_id] == "approved" and email_id not in json.loads(kindly("drafts", "--json").stdout)
    assert smtp.inbox.envelopes == []


def test_export_writes_into_kindly_drafts_by_default(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    draft_id = draft_for(kindly, "email")
    result = kindly("drafts", "export", str(draft_id), "--profile", PROFILE)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kindly-drafts" / f"kindly-draft-{draft_id}.eml").is_file()


def test_export_to_an_mbox_skips_linkedin_drafts(kindly: Kindly, tmp_path: Path) -> None:
    pending = json.loads(kindly("drafts", "--json").stdout)
    linkedin = [r["id"] for r in pending if r["to"].startswith("LinkedIn")]

    result = kindly("drafts", "export", "--mbox", str(tmp_path / "replies.mbox"), "--profile", PROFILE)

    assert result.exit_code == 0, result.output
    box = mailbox.mbox(tmp_path / "replies.mbox")
    count = len(box)
    box.close()
    assert count == len(pending) - len(linkedin)
    for draft_id in linkedin:
        assert f"draft #{draft_id} is a LinkedIn message: paste it into LinkedIn yourself" in result.stderr
    assert {r[1] for r in sent(kindly)} == {"mbox"}


def test_exporting_a_linkedin_draft_by_id_fails_with_the_reason(kindly: Kindly, tmp_path: Path) -> None:
    draft_id = draft_for(kindly, "linkedin")
    result = kindly("drafts", "export", str(draft_id), "--dir", str(tmp_path / "out"), "--profile", PROFILE)
    assert result.exit_code == 1
    assert "paste it into LinkedIn yourself" in result.stderr
    assert sent(kindly) == [] and not (tmp_path / "out").exists()


def test_unknown_drafts_and_both_targets_are_refused(kindly: Kindly, tmp_path: Path) -> None:
    unknown = kindly("drafts", "export", "99999", "--dir", str(tmp_path), "--profile", PROFILE)
    both = kindly(
        "drafts", "export", "--dir", str(tmp_path), "--mbox", str(tmp_path / "x"), "--profile", PROFILE
    )
    assert unknown.exit_code == 1 and "no draft #99999" in unknown.stderr
    assert both.exit_code == 2 and "--dir or --mbox" in both.stderr


# -- IMAP Drafts ----------------------------------------------------------------------------------------


def test_push_saves_to_the_drafts_folder_and_never_prints_the_password(
    kindly: Kindly, dovecot: DraftsDovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, password = dovecot.new_user()
    client = dovecot.client(user, password)
    client.create_folder("Drafts")
    client.logout()
    write_config(kindly.home, imap=(dovecot.port, user))
    monkeypatch.setenv("KINDLY_PASSWORD_HOME", password)
    draft_id = draft_for(kindly, "email")

    result = kindly("drafts", "push", str(draft_id), "--account", "home", "--profile", PROFILE)

    assert result.exit_code == 0, result.output
    ((data, flags),) = drafts_in(dovecot, user, password, "Drafts")
    assert b"\\Draft" in flags
    assert [(r[0], r[1], r[2]) for r in sent(kindly)] == [
        (draft_id, "imap-drafts", parse(data)["Message-ID"])
    ]
    assert draft_status(kindly, draft_id) == "approved"
    assert password not in result.output
    assert password.encode() not in kindly.database.read_bytes()


def test_push_with_a_wrong_password_fails_without_showing_it(
    kindly: Kindly, dovecot: DraftsDovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, _password = dovecot.new_user()
    write_config(kindly.home, imap=(dovecot.port, user))
    monkeypatch.setenv("KINDLY_PASSWORD_HOME", "wrong-" + PASSWORD)
    result = kindly("drafts", "push", str(draft_for(kindly, "email")), "--profile", PROFILE)
    assert result.exit_code == 1 and "refused the login" in result.stderr
    assert PASSWORD not in result.output and sent(kindly) == []


# -- kindly send ----------------------------------------------------------------------------------------


def test_send_with_yes_sends_exactly_that_message_once(kindly: Kindly, smtp: SmtpServer) -> None:
    draft_id = draft_for(kindly, "email")
    (text,) = query(kindly.database, "select text from drafts where id = ?", draft_id)[0]

    result = kindly("send", str(draft_id), "--yes", "--profile", PROFILE)

    assert result.exit_code == 0, result.output
    (got,) = smtp.inbox.received()
    ((draft_pk, via, message_id, recipient, answer),) = sent(kindly)
    assert (draft_pk, via) == (draft_id, "smtp")
    assert got["Message-ID"] == message_id and smtp.inbox.envelopes[0].rcpt_tos == [recipient]
    body = got.get_body(("plain",))
    assert isinstance(body, EmailMessage)
    assert body.get_content().replace("\r\n", "\n") == text
    assert (
        answer.endswith(f"queued as {QUEUE_ID}") and f"Sent draft #{draft_id} to {recipient}" in result.stdout
    )
    assert text.splitlines()[0] in result.stdout  # the message was shown
    assert draft_status(kindly, draft_id) == "sent"

    again = kindly("send", str(draft_id), "--yes", "--profile", PROFILE)

    assert again.exit_code == 1 and "kindly never sends a message twice" in again.stderr
    assert len(smtp.inbox.envelopes) == 1 and len(sent(kindly)) == 1


def test_send_without_a_terminal_or_yes_refuses(kindly: Kindly, smtp: SmtpServer) -> None:
    draft_id = draft_for(kindly, "email")
    result = kindly("send", str(draft_id), "--profile", PROFILE, input="y\n")
    assert result.exit_code == 2
    assert "no terminal to confirm" in result.stderr and "--yes" in result.stderr
    assert smtp.inbox.envelopes == [] and sent(kindly) == [] and draft_status(kindly, draft_id) == "pending"


def run_in_terminal(home: Path, args: list[str], answer: bytes) -> tuple[int, str]:
    """Run `kindly ARGS` with a real terminal (a pty) on its stdin, answer its question, return (code, output)."""
    command = [sys.executable, "-c", "from kindly.cli import main; main()", *args]
    env = {**os.environ, "KINDLY_HOME": str(home), "HF_HUB_OFFLINE": "1", "COLUMNS": "120"}
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        command, stdin=secondary, stdout=secondary, stderr=secondary, env=env, cwd=REPO
    )
    os.close(secondary)
    output = b""
    answered = False
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([primary], [], [], 0.5)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if not answered and b"[y/N]" in output:
                os.write(primary, answer + b"\n")
                answered = True
        code = process.wait(timeout=30)
    finally:
        os.close(primary)
        if process.poll() is None:
            process.kill()
    return code, output.decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("answer", "sends"), [pytest.param(b"n", False, id="refused"), pytest.param(b"y", True, id="confirmed")]
)
def test_send_asks_in_a_terminal_and_sends_only_on_yes(
    kindly: Kindly, smtp: SmtpServer, answer: bytes, sends: bool
) -> None:
    draft_id = draft_for(kindly, "calendar")

    code, output = run_in_terminal(kindly.home, ["send", str(draft_id), "--profile", PROFILE], answer)

    assert f"Send draft #{draft_id} to events@cen.example.org now?" in output
    assert "reply attached: " in output  # the calendar reply is shown with the message
    if sends:
        assert code == 0, output
        assert len(smtp.inbox.envelopes) == 1 and [r[1] for r in sent(kindly)] == ["smtp"]
        assert draft_status(kindly, draft_id) == "sent"
    else:
        assert code == 1 and "Not sent" in output
        assert smtp.inbox.envelopes == [] and sent(kindly) == []
        assert draft_status(kindly, draft_id) == "pending"


def only_dana(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.login == b"dana" and data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_the_smtp_password_is_never_printed_nor_stored(
    kindly: Kindly, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = draft_for(kindly, "email"), draft_for(kindly, "calendar")
    options = {"authenticator": only_dana, "auth_required": True, "auth_require_tls": False}
    for server in run_smtp(SmtpInbox(), **options):
        write_config(kindly.home, smtp=server, user="dana")
        monkeypatch.setenv(PASSWORD_ENV, "wrong-" + PASSWORD)
        refused = kindly("send", str(first), "--yes", "--profile", PROFILE)
        monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
        accepted = kindly("send", str(second), "--yes", "--profile", PROFILE)

        assert refused.exit_code == 1 and "login as 'dana' was refused" in refused.stderr
        assert accepted.exit_code == 0, accepted.output
        assert len(server.inbox.envelopes) == 1
    for result in (refused, accepted):
        assert PASSWORD not in result.output
    assert [r[0] for r in sent(kindly)] == [second]
    assert PASSWORD.encode() not in kindly.database.read_bytes()
    assert PASSWORD not in (kindly.home / "config.toml").read_text()


def test_send_needs_an_smtp_table(kindly: Kindly) -> None:
    write_config(kindly.home)
    result = kindly("send", str(draft_for(kindly, "email")), "--yes", "--profile", PROFILE)
    assert result.exit_code == 2 and 'no "smtp" table' in result.stderr
    assert sent(kindly) == []


def test_drafts_takes_a_profile_like_any_command(kindly: Kindly) -> None:
    listed = kindly("drafts", "--profile", str(EXAMPLES / "profile.toml"))
    assert listed.exit_code == 0, listed.output
