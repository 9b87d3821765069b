"""People copied on a mail: the names their To and Cc headers give them are kept, and a reply greets and copies
those the sender brought in ("Jane asked me to set up a call", Jane copied; "Looping in my colleague (cc'd)"),
never the user's own address nor a list's."""

from __future__ import annotations

import json
import mailbox as mailboxes
import zlib
from collections.abc import Callable
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from kindly.model import Mailbox
from kindly.store.db import MIGRATIONS, open_database
from kindly.store.repository import stored_message
from kindly.store.tables import MessageRow
from support import EXAMPLE_PROFILE_FILE, Kindly, eml, triaged_one
from test_sync import Mailbox as ImapUser
from test_sync import dovecot, mailbox  # noqa: F401 - a real IMAP server and a user on it, as fixtures

# Dana Reyes <dana@example.com>: a fractional CFO for small design studios (examples/profile.toml)
PROFILE = EXAMPLE_PROFILE_FILE

ASSISTANT = (
    "Hi Dana,\n\nJane asked me to set up a call with you. She's the founder of Fernhill Studio, a 14-person "
    "design studio, and would like to hire you to take over our monthly bookkeeping. Could you do a 30-minute "
    "call next week?\n\nBest,\nMarcus"
)


def written(kindly: Kindly, tmp_path: Path) -> EmailMessage:
    """The reply kindly would leave with: its one draft exported as an .eml file, read back."""
    folder = tmp_path / "out"
    result = kindly("drafts", "export", "--dir", str(folder), "--profile", str(PROFILE))
    assert result.exit_code == 0, result.output
    [path] = folder.glob("*.eml")
    return BytesParser(policy=default).parsebytes(path.read_bytes())


def test_an_assistant_writing_for_someone_copied_greets_both_and_the_reply_goes_to_both(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "call.eml",
        ASSISTANT,
        sender="Marcus Lee <marcus@fernhillstudio.com>",
        cc="Jane Doe <jane@fernhillstudio.com>",
        subject="Call with Jane Doe",
        date="Mon, 30 Nov 2026 09:14:00 -0800",
        message_id="call-1@fernhillstudio.com",
    )

    record = triaged_one(kindly, mail, PROFILE)

    assert record["decision"] == "accept", record["reason"]
    assert record["draft"].startswith("Hi Marcus and Jane,\n"), record["draft"]
    reply = written(kindly, tmp_path)
    assert reply["To"] == "Marcus Lee <marcus@fernhillstudio.com>"
    assert reply["Cc"] == "Jane Doe <jane@fernhillstudio.com>"


def test_a_colleague_looped_in_by_the_cc_header_alone_is_introduced_by_that_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the text never names her: only the Cc header says she is Priya Raman (and her address does not spell it)
    mail = eml(
        tmp_path / "intro.eml",
        "Hi Dana,\n\nLooping in my colleague (cc'd), who runs the small-studio programme at our co-working space "
        "and is looking for a bookkeeper who understands design studios. I think you two would have a lot to "
        "talk about.\n\nI'll let you take it from here.\n\nTom",
        sender="Tom Becker <tom@mapleworks.co>",
        cc="Priya Raman <pr@mapleworks.co>",
        subject="Intro: Dana <> our studio programme lead",
        date="Mon, 30 Nov 2026 10:02:00 -0800",
        message_id="intro-1@mapleworks.co",
    )

    record = triaged_one(kindly, mail, PROFILE)

    assert record["decision"] == "accept", record["reason"]
    assert record["draft"].startswith("Hi Tom and Priya,\n"), record["draft"]
    assert "Priya, " in record["draft"] and "glad to be introduced" not in record["draft"]
    reply = written(kindly, tmp_path)
    assert reply["To"] == "Tom Becker <tom@mapleworks.co>"
    assert reply["Cc"] == "Priya Raman <pr@mapleworks.co>"


def test_the_users_own_address_and_a_lists_are_never_greeted_nor_copied_on_an_introduction(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "intro.eml",
        "Hi Dana,\n\nLooping in Priya Raman (cc'd) who runs the small-studio programme at our co-working space - "
        "she's looking for a bookkeeper who understands design studios. I think you two would get on.\n\nTom",
        sender="Tom Becker <tom@mapleworks.co>",
        to="Dana Reyes <dana@example.com>, Mapleworks Events <events@mapleworks.co>",
        cc="Priya Raman <pr@mapleworks.co>, Dana Reyes <dana@example.com>, noreply@mapleworks.co",
        subject="Intro: Dana <> Priya",
        date="Mon, 30 Nov 2026 10:05:00 -0800",
        message_id="intro-2@mapleworks.co",
    )

    record = triaged_one(kindly, mail, PROFILE)

    assert record["draft"].startswith("Hi Tom and Priya,\n"), record["draft"]
    reply = written(kindly, tmp_path)
    assert reply["Cc"] == "Priya Raman <pr@mapleworks.co>"


def test_only_the_person_the_sender_names_is_copied_never_the_users_other_address_a_list_or_a_bystander(
    kindly: Kindly, tmp_path: Path
) -> None:
    # Dana is copied at her own other address (and greeted "Dana" in the text); the studio's events list and a
    # colleague the text never mentions are copied too
    mail = eml(
        tmp_path / "call.eml",
        ASSISTANT,
        sender="Marcus Lee <marcus@fernhillstudio.com>",
        cc="Jane Doe <jane@fernhillstudio.com>, Dana Reyes <dana.reyes.cfo@gmail.com>, "
        "Fernhill Events <events@fernhillstudio.com>, Owen Park <owen@fernhillstudio.com>",
        subject="Call with Jane Doe",
        date="Mon, 30 Nov 2026 09:14:00 -0800",
        message_id="call-2@fernhillstudio.com",
    )

    record = triaged_one(kindly, mail, PROFILE)

    assert record["draft"].startswith("Hi Marcus and Jane,\n"), record["draft"]
    reply = written(kindly, tmp_path)
    assert reply["Cc"] == "Jane Doe <jane@fernhillstudio.com>"


# -- the names are read from every kind of mail source --------------------------------------------------------


def _call_mail(tmp_path: Path) -> bytes:
    path = eml(
        tmp_path / "source.eml",
        ASSISTANT,
        sender="Marcus Lee <marcus@fernhillstudio.com>",
        cc='"Doe, Jane" <jane@fernhillstudio.com>',
        subject="Call with Jane Doe",
        date="Mon, 30 Nov 2026 09:14:00 -0800",
        message_id="call-3@fernhillstudio.com",
    )
    data = path.read_bytes()
    path.unlink()
    return data


def _as_eml(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "call.eml"
    path.write_bytes(data)
    return path


def _as_mbox(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "Inbox.mbox"
    box = mailboxes.mbox(path)
    box.add(data)
    box.close()
    return path


def _as_maildir(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "Maildir"
    box = mailboxes.Maildir(path)
    box.add(data)
    box.close()
    return path


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(_as_eml, id="eml"),
        pytest.param(_as_mbox, id="mbox"),
        pytest.param(_as_maildir, id="maildir"),
    ],
)
def test_the_cc_names_are_kept_from_any_mail_file_and_shown(
    kindly: Kindly, tmp_path: Path, write: Callable[[Path, bytes], Path]
) -> None:
    source = write(tmp_path, _call_mail(tmp_path))

    record = triaged_one(kindly, source, PROFILE)

    assert record["draft"].startswith("Hi Marcus and Jane,\n"), record["draft"]
    shown = kindly("show", "1", "--profile", str(PROFILE))
    assert "Cc       Doe, Jane <jane@fernhillstudio.com>" in shown.stdout, shown.stdout


def test_the_cc_names_are_kept_from_mail_read_over_imap(
    kindly: Kindly, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    imap: ImapUser = request.getfixturevalue("mailbox")  # a fresh user on a real Dovecot server
    imap.append(_call_mail(tmp_path))
    imap.configure()

    result = kindly("sync", "--profile", str(PROFILE), "--json")

    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["draft"].startswith("Hi Marcus and Jane,\n"), record["draft"]
    shown = kindly("show", "1", "--profile", str(PROFILE))
    assert "Cc       Doe, Jane <jane@fernhillstudio.com>" in shown.stdout, shown.stdout


# -- a database from before keeps its messages, and gets their names from the bytes it kept ----------------------


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def test_a_database_from_before_upgrades_with_its_messages_and_their_cc_names_and_downgrades_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kindly.db"
    engine = create_engine(f"sqlite:///{path}")
    original = (
        b"From: Marcus Lee <marcus@fernhillstudio.com>\r\nTo: Dana Reyes <dana@example.com>\r\n"
        b"Cc: =?utf-8?q?Jos=C3=A9_Ram=C3=ADrez?= <Jose@fernhillstudio.com>, owen@fernhillstudio.com\r\n"
        b"Subject: Call with Jose\r\nDate: Mon, 30 Nov 2026 09:14:00 -0800\r\n\r\nJose asked me to set up a call.\r\n"
    )
    with engine.begin() as connection:  # a kindly database as the release before this one left it
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
        connection.execute(
            text(
                "INSERT INTO messages (id, content_hash, thread_id, source, channel, in_reply_to, "
                '"references", conversation, from_name, from_addr, to_addrs, subject, subject_key, body, '
                "own_text, quoted_text, signature, attachments, raw, ingested_at, event_status) VALUES (1, 'h', "
                "'t', 'inbox.mbox#1', 'email', '', '[]', '', 'Marcus Lee', 'marcus@fernhillstudio.com', "
                '\'["dana@example.com", "jose@fernhillstudio.com", "owen@fernhillstudio.com"]\', '
                "'Call with Jose', 'call with jose', 'Jose asked me to set up a call.', "
                "'Jose asked me to set up a call.', '', '', '[]', :raw, '2026-11-30 18:00:00', '')"
            ),
            {"raw": zlib.compress(original)},
        )
    engine.dispose()

    sessions = open_database(path)  # kindly opens it: upgraded to the newest schema

    with sessions() as session:
        row = session.get(MessageRow, 1)
        assert row is not None
        message = stored_message(row)
    assert message.subject == "Call with Jose"
    assert message.to == ("dana@example.com", "jose@fernhillstudio.com", "owen@fernhillstudio.com")
    assert message.to_mailboxes == (Mailbox("Dana Reyes", "dana@example.com"),)
    assert message.cc_mailboxes == (
        Mailbox("José Ramírez", "jose@fernhillstudio.com"),
        Mailbox("", "owen@fernhillstudio.com"),
    )

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
        columns = {c["name"] for c in inspect(connection).get_columns("messages")}
        kept = connection.execute(text("SELECT subject, to_addrs FROM messages")).one()
    engine.dispose()
    assert "cc_mailboxes" not in columns and "to_mailboxes" not in columns
    assert kept[0] == "Call with Jose" and "jose@fernhillstudio.com" in kept[1]
    open_database(path)  # and up again
