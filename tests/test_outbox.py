"""kindly.outbox: drafts leave only on the user's command - as .eml files or an mbox, into the IMAP Drafts
folder of a real Dovecot, or through a real SMTP server (aiosmtpd) - and every one is recorded.

The drafts come from triaging the shipped examples against the example profile (once per module; each test
gets its own copy of the SQLite file)."""

from __future__ import annotations

import mailbox
import sqlite3
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from imap_server import Dovecot, dovecot_binary
from kindly import outbox
from kindly.config import Account
from kindly.ingest.ics import calendar_messages
from kindly.profile import load_profile
from kindly.send import SendError, SmtpSettings
from kindly.store.db import open_database
from kindly.store.relations import SentRow
from kindly.store.repository import event_json
from kindly.store.tables import DraftRow, MessageRow
from smtp_server import QUEUE_ID, SmtpInbox, SmtpServer, run_smtp
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
SOURCES = [EXAMPLES / "inbox.mbox", EXAMPLES / "invitation.ics", EXAMPLES / "linkedin" / "messages.csv"]
INVITATION = calendar_messages((EXAMPLES / "invitation.ics").read_bytes(), "invitation.ics")[0]
SPECIAL_DRAFTS = "Brouillons"  # a Drafts folder by another name, marked \Drafts by the server


# -- fixtures shared with test_cli_drafts ----------------------------------------------------------------


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite file in WAL mode (what the WAL holds included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


class DraftsDovecot(Dovecot):
    """The test Dovecot, with a folder that the server marks \\Drafts (RFC 6154) when a user makes it."""

    def _config(self, uid: int, gid: int, run_as: str | None) -> str:
        return super()._config(uid, gid, run_as) + (
            f"namespace inbox {{\n  inbox = yes\n  mailbox {SPECIAL_DRAFTS} {{\n"
            "    special_use = \\Drafts\n  }\n}\n"
        )


def start_dovecot() -> Iterator[DraftsDovecot]:
    binary = dovecot_binary()
    if binary is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd; .ci/run installs it)")
    server = DraftsDovecot.start(binary)
    try:
        yield server
    finally:
        server.stop()


def imap_account(server: Dovecot, user: str) -> Account:
    return Account(name="home", host="127.0.0.1", port=server.port, security="none", user=user, timeout=10)


def drafts_in(
    server: Dovecot, user: str, password: str, folder: str
) -> list[tuple[bytes, tuple[bytes, ...]]]:
    """Every message of a folder: its bytes and its flags."""
    client = server.client(user, password)
    try:
        client.select_folder(folder, readonly=True)
        found = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]", "FLAGS"])
        return [(data[b"BODY[]"], tuple(data[b"FLAGS"])) for _uid, data in sorted(found.items())]
    finally:
        client.logout()


# -- this module's fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def triaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kindly.ingest.sources import detect
    from kindly.services import Triage
    from kindly.understand.classify import Classifier

    path = tmp_path_factory.mktemp("outbox") / "kindly.db"
    sessions = open_database(path)
    list(Triage(sessions, PROFILE, Classifier()).run([detect(str(p)) for p in SOURCES]))
    sessions.kw["bind"].dispose()
    return path


@pytest.fixture
def sessions(triaged: Path, tmp_path: Path) -> sessionmaker[Session]:
    return open_database(copy_database(triaged, tmp_path / "kindly.db"))


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    yield from run_smtp(SmtpInbox())


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DraftsDovecot]:
    yield from start_dovecot()


def draft_of(sessions: sessionmaker[Session], *, channel: str, linkedin_draft: bool = False) -> int:
    """The first pending draft answering a message of this channel."""
    with sessions() as session:
        query = (
            select(DraftRow.id)
            .join(MessageRow)
            .where(MessageRow.channel == channel, DraftRow.status == "pending")
            .order_by(DraftRow.id)
        )
        found = session.scalars(query).first()
    assert found is not None, f"no pending draft for a {channel} message"
    return found


def records(sessions: sessionmaker[Session]) -> list[tuple[int, str, str, str, str]]:
    with sessions() as session:
        rows = session.scalars(select(SentRow).order_by(SentRow.id)).all()
        return [(r.draft_pk, r.via, r.message_id, r.recipient, r.server_answer) for r in rows]


def status(sessions: sessionmaker[Session], draft_id: int) -> str:
    with sessions() as session:
        row = session.get(DraftRow, draft_id)
        assert row is not None
        return row.status


def original(sessions: sessionmaker[Session], draft_id: int) -> MessageRow:
    with sessions() as session:
        row = session.get(DraftRow, draft_id)
        assert row is not None
        return row.message


def headers(message: EmailMessage) -> list[tuple[str, str]]:
    """Every header in order; Content-Type without its boundary (each rendering draws a new one)."""
    return [(k, message.get_content_type() if k == "Content-Type" else str(v)) for k, v in message.items()]


def payloads(message: EmailMessage) -> list[tuple[str, bytes]]:
    """Each part's decoded content; text/plain with LF line ends (it travels as CRLF)."""
    out = []
    for part in message.walk():
        data = part.get_payload(decode=True) or b""
        assert isinstance(data, bytes)
        plain = part.get_content_type() == "text/plain"
        out.append((part.get_content_type(), data.replace(b"\r\n", b"\n") if plain else data))
    return out


def parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


# -- listing ---------------------------------------------------------------------------------------------


def test_pending_drafts_say_who_each_goes_to_and_how_it_begins(sessions: sessionmaker[Session]) -> None:
    found = outbox.pending_drafts(sessions)

    assert found and all(d.status == "pending" for d in found)
    email = next(d for d in found if d.id == draft_of(sessions, channel="email"))
    row = original(sessions, email.id)
    assert row.from_addr in email.to and email.subject.startswith("Re: ")
    assert email.first_line and not email.first_line.startswith(("Hi ", "Dear ", "Hello "))
    calendar = next(d for d in found if d.id == draft_of(sessions, channel="calendar"))
    assert "events@cen.example.org" in calendar.to
    linkedin = next(d for d in found if d.id == draft_of(sessions, channel="linkedin"))
    assert linkedin.to.startswith("LinkedIn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hi Ruth,\n\nThanks for asking.\n\nDana\n", "Thanks for asking.", id="greeting-skipped"),
        pytest.param("Thanks for asking.\nDana", "Thanks for asking.", id="no-greeting"),
        pytest.param("\n\n", "", id="empty"),
    ],
)
def test_first_line(text: str, expected: str) -> None:
    assert outbox.first_line(text) == expected


# -- export ----------------------------------------------------------------------------------------------


def test_export_writes_threaded_eml_files_and_records_them(
    sessions: sessionmaker[Session], tmp_path: Path, smtp: SmtpServer
) -> None:
    email_id = draft_of(sessions, channel="email")
    row = original(sessions, email_id)

    result = outbox.export(sessions, PROFILE, [email_id], directory=tmp_path / "out")

    (done,) = result.done
    assert result.skipped == ()
    assert done.path == tmp_path / "out" / f"kindly-draft-{email_id}.eml"
    message = parse(done.path.read_bytes())
    assert message["In-Reply-To"] == f"<{row.message_id}>"
    assert str(message["References"]).split()[-1] == f"<{row.message_id}>"
    assert message["To"].addresses[0].addr_spec == row.from_addr
    assert message["From"].addresses[0].addr_spec == PROFILE.user.email
    assert str(message["Subject"]).startswith("Re: ")
    assert [p.get_content_type() for p in message.walk()] == ["text/plain"]
    assert records(sessions) == [
        (email_id, "eml", str(message["Message-ID"]), row.from_addr, f"written to {done.path}")
    ]
    assert status(sessions, email_id) == "approved"
    assert smtp.inbox.envelopes == []  # exporting sends nothing


def test_the_calendar_invitation_gets_an_rfc5546_reply_attached(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    draft_id = draft_of(sessions, channel="calendar")
    with sessions() as session:
        draft = session.get(DraftRow, draft_id)
        assert draft is not None
        decision = draft.decision
    expected = {"accept": "ACCEPTED", "decline": "DECLINED", "refer": "DECLINED", "ask_details": "TENTATIVE"}

    (done,) = outbox.export(sessions, PROFILE, [draft_id], directory=tmp_path).done

    assert done.path is not None
    message = parse(done.path.read_bytes())
    assert "In-Reply-To" not in message  # a calendar file has no Message-ID to answer
    parts = {p.get_content_type(): p for p in message.walk()}
    assert parts["text/calendar"].get_param("method") == "REPLY"
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == "invite-reply.ics"
    calendar = Calendar.from_ical(parts["text/calendar"].get_content())
    assert str(calendar["METHOD"]) == "REPLY"
    (event,) = calendar.walk("VEVENT")
    assert INVITATION.event is not None
    assert str(event["UID"]) == INVITATION.event.uid
    assert int(event["SEQUENCE"]) == INVITATION.event.sequence
    attendee = event["ATTENDEE"]
    assert not isinstance(attendee, list)  # only the user, never the other guests
    assert str(attendee) == f"mailto:{PROFILE.user.email}"
    assert attendee.params["PARTSTAT"] == expected[decision]
    assert message["To"].addresses[0].addr_spec == INVITATION.event.organizer_email


def test_export_to_an_mbox_skips_linkedin_drafts_with_the_reason(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    pending = outbox.pending_drafts(sessions)
    linkedin = [d.id for d in pending if d.to.startswith("LinkedIn")]
    assert linkedin

    result = outbox.export(sessions, PROFILE, mbox=tmp_path / "replies.mbox")

    box = mailbox.mbox(tmp_path / "replies.mbox")
    ids = {m["Message-ID"] for m in box}
    box.close()
    assert len(ids) == len(result.done) == len(pending) - len(linkedin)
    assert [s.draft_id for s in result.skipped] == linkedin
    assert all("LinkedIn message: paste it into LinkedIn yourself" in s.reason for s in result.skipped)
    assert ids == {d.message_id for d in result.done}
    assert {r[1] for r in records(sessions)} == {"mbox"}
    assert [d.id for d in outbox.pending_drafts(sessions)] == linkedin  # the rest are approved now


def test_a_draft_keeps_its_message_id_when_exported_again(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    draft_id = draft_of(sessions, channel="email")
    first = outbox.export(sessions, PROFILE, [draft_id], directory=tmp_path / "a").done[0]
    again = outbox.export(sessions, PROFILE, [draft_id], directory=tmp_path / "b").done[0]
    assert first.message_id == again.message_id
    assert len(records(sessions)) == 2


def test_unknown_ids_are_refused_before_anything_is_written(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    draft_id = draft_of(sessions, channel="email")
    with pytest.raises(outbox.OutboxError, match="no draft #9999"):
        outbox.export(sessions, PROFILE, [draft_id, 9999], directory=tmp_path / "out")
    assert not (tmp_path / "out").exists() and records(sessions) == []


NO_REPLY = "noreply@events.example.net"


@pytest.mark.parametrize(
    ("organizer", "sender", "to"),
    [
        pytest.param(
            NO_REPLY, "hannah@cen.example.org", "hannah@cen.example.org", id="sender-gets-plain-mail"
        ),
        pytest.param(NO_REPLY, "no-reply@cen.example.org", None, id="nobody-takes-replies"),
        pytest.param(
            "events@cen.example.org", "no-reply@cen.example.org", "events@cen.example.org", id="organizer"
        ),
    ],
)
def test_a_no_reply_organizer_gets_no_calendar_reply(
    sessions: sessionmaker[Session], tmp_path: Path, organizer: str, sender: str, to: str | None
) -> None:
    from dataclasses import replace

    draft_id = draft_of(sessions, channel="calendar")
    assert INVITATION.event is not None
    with sessions.begin() as session:
        draft = session.get(DraftRow, draft_id)
        assert draft is not None
        draft.message.event = event_json(replace(INVITATION.event, organizer_email=organizer))
        draft.message.from_addr = sender

    result = outbox.export(sessions, PROFILE, [draft_id], directory=tmp_path)

    if to is None:
        assert result.done == ()
        (skipped,) = result.skipped
        assert f"{organizer} takes no replies" in skipped.reason
        assert records(sessions) == [] and status(sessions, draft_id) == "pending"
        return
    (done,) = result.done
    assert done.path is not None
    message = parse(done.path.read_bytes())
    assert message["To"].addresses[0].addr_spec == to
    has_calendar = any(p.get_content_type() == "text/calendar" for p in message.walk())
    assert has_calendar == (organizer != NO_REPLY)


def test_mail_from_a_no_reply_address_is_skipped(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    draft_id = draft_of(sessions, channel="email")
    with sessions.begin() as session:
        draft = session.get(DraftRow, draft_id)
        assert draft is not None
        draft.message.from_addr = "notifications@meetup.example.com"

    result = outbox.export(sessions, PROFILE, [draft_id], directory=tmp_path)

    assert result.done == ()
    assert "notifications@meetup.example.com takes no replies" in result.skipped[0].reason


def test_a_name_with_accents_is_listed_as_written_and_sent_as_a_proper_header(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    draft_id = draft_of(sessions, channel="email")
    with sessions.begin() as session:
        draft = session.get(DraftRow, draft_id)
        assert draft is not None
        draft.message.from_name, draft.message.from_addr = "Tomás Reilly", "tomas@indie.example"

    [listed] = [d for d in outbox.pending_drafts(sessions) if d.id == draft_id]
    assert listed.to == "Tomás Reilly <tomas@indie.example>"  # not "=?utf-8?q?Tom=C3=A1s...?="
    [done] = outbox.export(sessions, PROFILE, [draft_id], directory=tmp_path).done
    parsed = BytesParser(policy=policy.default).parsebytes(done.path.read_bytes())
    assert str(parsed["To"]) == "Tomás Reilly <tomas@indie.example>"


# -- IMAP Drafts -----------------------------------------------------------------------------------------


def test_push_appends_to_the_drafts_folder_flagged_as_draft(
    sessions: sessionmaker[Session], dovecot: DraftsDovecot, smtp: SmtpServer
) -> None:
    user, password = dovecot.new_user()
    client = dovecot.client(user, password)
    client.create_folder("Drafts")
    client.create_folder(SPECIAL_DRAFTS)  # "Drafts" by name comes first
    client.logout()
    ids = [draft_of(sessions, channel="email"), draft_of(sessions, channel="calendar")]

    result = outbox.push(sessions, PROFILE, imap_account(dovecot, user), password, ids)

    assert [d.draft_id for d in result.done] == ids and result.skipped == ()
    stored = drafts_in(dovecot, user, password, "Drafts")
    assert len(stored) == 2
    for (data, flags), done in zip(stored, result.done, strict=True):
        assert b"\\Draft" in flags
        assert parse(data)["Message-ID"] == done.message_id
    assert any(b"METHOD:REPLY" in (p.get_payload(decode=True) or b"") for p in parse(stored[1][0]).walk())
    assert drafts_in(dovecot, user, password, SPECIAL_DRAFTS) == []
    assert [(r[0], r[1]) for r in records(sessions)] == [(ids[0], "imap-drafts"), (ids[1], "imap-drafts")]
    assert all(r[4].startswith("Drafts: ") for r in records(sessions))
    assert [status(sessions, i) for i in ids] == ["approved", "approved"]
    assert smtp.inbox.envelopes == []  # saving a draft sends nothing


def test_push_finds_the_folder_marked_drafts(sessions: sessionmaker[Session], dovecot: DraftsDovecot) -> None:
    user, password = dovecot.new_user()
    client = dovecot.client(user, password)
    client.create_folder(SPECIAL_DRAFTS)
    client.logout()
    draft_id = draft_of(sessions, channel="email")

    outbox.push(sessions, PROFILE, imap_account(dovecot, user), password, [draft_id])

    ((data, flags),) = drafts_in(dovecot, user, password, SPECIAL_DRAFTS)
    assert (
        b"\\Draft" in flags
        and parse(data)["To"].addresses[0].addr_spec == original(sessions, draft_id).from_addr
    )
    assert records(sessions)[0][4].startswith(f"{SPECIAL_DRAFTS}: ")


def test_push_without_a_drafts_folder_is_refused_and_records_nothing(
    sessions: sessionmaker[Session], dovecot: DraftsDovecot
) -> None:
    user, password = dovecot.new_user()
    with pytest.raises(outbox.OutboxError, match="no Drafts folder") as caught:
        outbox.push(
            sessions, PROFILE, imap_account(dovecot, user), password, [draft_of(sessions, channel="email")]
        )
    assert password not in str(caught.value)
    assert records(sessions) == []


# -- SMTP ------------------------------------------------------------------------------------------------


def test_send_hands_exactly_the_shown_message_to_the_server_and_records_it(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    draft_id = draft_of(sessions, channel="calendar")
    shown = outbox.outgoing(sessions, PROFILE, draft_id)

    done = outbox.send(sessions, PROFILE, draft_id, smtp.settings, None, prepared=shown)

    (envelope,) = smtp.inbox.envelopes
    assert envelope.mail_from == PROFILE.user.email and envelope.rcpt_tos == ["events@cen.example.org"]
    (got,) = smtp.inbox.received()
    assert headers(got) == headers(shown.message)
    assert payloads(got) == payloads(shown.message)
    assert done.server_answer == f"250 2.0.0 Ok: queued as {QUEUE_ID}"
    assert records(sessions) == [
        (draft_id, "smtp", shown.message_id, "events@cen.example.org", done.server_answer)
    ]
    assert status(sessions, draft_id) == "sent"


def test_a_draft_is_never_sent_twice(
    sessions: sessionmaker[Session], smtp: SmtpServer, tmp_path: Path
) -> None:
    draft_id = draft_of(sessions, channel="email")
    outbox.send(sessions, PROFILE, draft_id, smtp.settings, None)

    with pytest.raises(outbox.AlreadySent, match=r"already sent .* never sends a message twice"):
        outbox.send(sessions, PROFILE, draft_id, smtp.settings, None)
    result = outbox.export(sessions, PROFILE, [draft_id], directory=tmp_path)  # nor exported to send again

    assert len(smtp.inbox.envelopes) == 1
    assert result.done == () and "already sent" in result.skipped[0].reason
    assert [r[1] for r in records(sessions)] == ["smtp"]


def test_another_draft_for_a_message_already_answered_is_not_sent(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    draft_id = draft_of(sessions, channel="email")
    outbox.send(sessions, PROFILE, draft_id, smtp.settings, None)
    with sessions.begin() as session:
        sent = session.get(DraftRow, draft_id)
        assert sent is not None
        second = DraftRow(
            message_pk=sent.message_pk,
            decision=sent.decision,
            channel="email",
            text="Hi again,\n\nDana\n",
            status="pending",
            created_at=sent.created_at,
        )
        session.add(second)
        session.flush()
        second_id = second.id

    with pytest.raises(outbox.AlreadySent, match=f"draft #{draft_id}"):
        outbox.send(sessions, PROFILE, second_id, smtp.settings, None)
    assert len(smtp.inbox.envelopes) == 1


def test_a_refused_message_is_not_recorded(sessions: sessionmaker[Session]) -> None:
    draft_id = draft_of(sessions, channel="email")
    for server in run_smtp(SmtpInbox(refuse=True)):
        with pytest.raises(SendError, match="550"):
            outbox.send(sessions, PROFILE, draft_id, server.settings, None)
    assert records(sessions) == [] and status(sessions, draft_id) == "pending"


def test_a_draft_changed_after_it_was_shown_is_not_sent(
    sessions: sessionmaker[Session], smtp: SmtpServer
) -> None:
    draft_id = draft_of(sessions, channel="email")
    shown = outbox.outgoing(sessions, PROFILE, draft_id)
    with sessions.begin() as session:
        draft = session.get(DraftRow, draft_id)
        assert draft is not None
        draft.text = "Something else entirely.\n"

    with pytest.raises(outbox.OutboxError, match="changed since it was shown"):
        outbox.send(sessions, PROFILE, draft_id, smtp.settings, None, prepared=shown)
    assert smtp.inbox.envelopes == [] and records(sessions) == []


@pytest.mark.parametrize(
    ("state", "problem"),
    [
        pytest.param("discarded", "was discarded", id="discarded"),
        pytest.param("sent", "already sent", id="sent"),
    ],
)
def test_drafts_that_may_not_leave(
    sessions: sessionmaker[Session], smtp: SmtpServer, state: str, problem: str
) -> None:
    draft_id = draft_of(sessions, channel="email")
    with sessions.begin() as session:
        draft = session.get(DraftRow, draft_id)
        assert draft is not None
        draft.status = state
    with pytest.raises(outbox.OutboxError, match=problem):
        outbox.send(sessions, PROFILE, draft_id, smtp.settings, None)
    assert smtp.inbox.envelopes == []


def test_linkedin_drafts_are_never_sent(sessions: sessionmaker[Session], smtp: SmtpServer) -> None:
    draft_id = draft_of(sessions, channel="linkedin")
    with pytest.raises(outbox.OutboxError, match="paste it into LinkedIn yourself"):
        outbox.send(sessions, PROFILE, draft_id, smtp.settings, None)
    assert smtp.inbox.envelopes == [] and records(sessions) == []


# -- [smtp] and [polish] in config.toml --------------------------------------------------------------------


def test_smtp_and_polish_tables_become_settings() -> None:
    from kindly.config import parse_config
    from kindly.reply.polish import PolishSettings

    config = parse_config(
        "[smtp]\n"
        'host = "smtp.example.com"\n'
        'user = "dana@example.com"\n'
        'password_env = "KINDLY_SMTP_PASSWORD"\n'
        "\n[polish]\n"
        'base_url = "http://127.0.0.1:11434/v1"\n'
        'model = "llama3.2"\n'
    )

    assert config.smtp_settings() == SmtpSettings(
        "smtp.example.com", user="dana@example.com", password_env="KINDLY_SMTP_PASSWORD"
    )
    smtp = config.smtp_settings()
    assert smtp is not None and smtp.effective_port == 587
    assert config.polish_settings() == PolishSettings("http://127.0.0.1:11434/v1", "llama3.2")
    assert parse_config("").smtp_settings() is None and parse_config("").polish_settings() is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        pytest.param(
            '[smtp]\nhost = "smtp.example.com"\npassword = "hunter2"\n',
            "key smtp.password: a secret is never read from a file",
            id="smtp-password-in-file",
        ),
        pytest.param(
            '[polish]\nbase_url = "http://x/v1"\nmodel = "m"\napi_key = "hunter2"\n',
            "key polish.api_key: a secret is never read from a file",
            id="polish-key-in-file",
        ),
        pytest.param(
            '\n[smtp]\nhost = "smtp.example.com"\nsecurity = "none"\n',
            "line 2, key smtp: smtp.security: 'none' sends the password",
            id="unencrypted-remote",
        ),
        pytest.param(
            '[smtp]\nhost = "smtp.example.com"\nsecurity = "ssl"\n', "key smtp.security", id="security"
        ),
        pytest.param('[smtp]\nhost = "smtp.example.com"\nuser = "dana"\n', "smtp.password_env", id="no-env"),
        pytest.param('[polish]\nbase_url = "ftp://x"\nmodel = "m"\n', "polish.base_url", id="polish-url"),
        pytest.param('[polish]\nbase_url = "http://x/v1"\n', "key polish.model", id="polish-model"),
    ],
)
def test_wrong_smtp_and_polish_tables_are_refused(text: str, problem: str) -> None:
    from kindly.config import parse_config
    from kindly.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_config(text)
    assert problem in str(caught.value) and "hunter2" not in str(caught.value)
