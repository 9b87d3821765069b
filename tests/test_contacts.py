"""LinkedIn Connections.csv as contacts: stored once, refreshed on re-import, and a connection who writes
is a known sender for the decision."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kindly.decide import policy
from kindly.ingest.sources import detect
from kindly.model import Message
from kindly.profile import load_profile
from kindly.services import Triage
from kindly.store.db import open_database
from kindly.understand.classify import Classifier
from support import EXAMPLES, Kindly

PROFILE = str(EXAMPLES / "profile.toml")
CONNECTIONS = EXAMPLES / "linkedin" / "Connections.csv"


def contacts(database: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return list(
            connection.execute(
                "select name, email, profile_url, company, position, source, connected_on "
                "from contacts order by name"
            )
        )


def test_triage_of_connections_csv_stores_contacts_and_no_messages(kindly: Kindly) -> None:
    result = kindly("triage", str(CONNECTIONS), "--profile", PROFILE)

    assert result.exit_code == 0, result.output
    assert "contacts 9 (9 new)" in result.output and "read 0" in result.output
    stored = contacts(kindly.database)
    assert len(stored) == 9
    assert stored[0] == (
        "Aisha Rahman",
        "",
        "linkedin.com/in/aisha-rahman-acct-19c0",
        "Bridgeline Audit LLP",
        "Staff Accountant",
        "linkedin",
        "2026-11-10 00:00:00.000000",
    )
    assert ("Maria Chen", "maria.chen@northstar.example.com") in {(c[0], c[1]) for c in stored}
    with sqlite3.connect(kindly.database) as connection:
        assert connection.execute("select count(*) from messages").fetchone() == (0,)


def test_importing_again_refreshes_the_same_contacts(kindly: Kindly, tmp_path: Path) -> None:
    kindly("triage", str(CONNECTIONS), "--profile", PROFILE)
    changed = tmp_path / "Connections.csv"
    changed.write_text(CONNECTIONS.read_text().replace("Portfolio Associate", "Principal"))

    result = kindly("triage", str(changed), "--profile", PROFILE)

    assert "contacts 9 (0 new)" in result.output
    stored = contacts(kindly.database)
    assert len(stored) == 9
    assert ("Camille Ortiz", "Principal") in {(c[0], c[4]) for c in stored}


@pytest.fixture
def triage(tmp_path: Path) -> Triage:
    return Triage(open_database(tmp_path / "k.db"), load_profile(EXAMPLES / "profile.toml"), Classifier())


def known_senders(
    triage: Triage, monkeypatch: pytest.MonkeyPatch, messages: list[Message]
) -> dict[str, bool]:
    """For each message (by source), whether the decision step was told its sender is a known contact."""
    seen: dict[str, bool] = {}
    real = policy.decide

    def spy(message: Message, understanding: Any, profile: Any, context: policy.Context) -> Any:
        seen[message.source] = context.known_sender
        return real(message, understanding, profile, context)

    monkeypatch.setattr("kindly.services.decide", spy)
    list(triage.run_items(messages))
    return seen


def invite(name: str, address: str, channel: str = "email", n: int = 0) -> Message:
    body = "Hi Dana, would love to grab a coffee sometime soon. Let me know when works!"
    return Message(
        source=f"test#{n}",
        channel=channel,
        message_id=f"m{n}@test" if channel == "email" else "",
        conversation=f"linkedin:conv-{n}" if channel == "linkedin" else "",
        from_name=name,
        from_addr=address,
        subject="coffee?",
        date=datetime(2026, 11, 23, 10, n, tzinfo=UTC),
        body=body,
        own_text=body,
    )


def test_a_connection_is_a_known_sender_by_email_profile_url_or_linkedin_name(
    triage: Triage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    messages = [
        invite("Jess Albright", "JESS@emberandoak.example.com", n=1),  # e-mail, any case
        invite("Noah L.", "https://linkedin.com/in/Noah-Lindqvist-4a7b21/", "linkedin", n=2),  # URL variant
        invite("Ruth Adeyemi", "", "linkedin", n=3),  # a LinkedIn row without a profile URL: by name
        invite("Ruth Adeyemi", "ruth@elsewhere.example", n=4),  # a name alone proves nothing in e-mail
        invite("Lee Stranger", "lee@stranger.example", n=5),
    ]
    before = known_senders(triage, monkeypatch, messages)
    assert before == dict.fromkeys(("test#1", "test#2", "test#3", "test#4", "test#5"), False)

    shutil.copy(CONNECTIONS, tmp_path / "Connections.csv")
    triage.save_contacts_from(detect(str(tmp_path / "Connections.csv")))
    after = known_senders(triage, monkeypatch, messages)

    assert after == {"test#1": True, "test#2": True, "test#3": True, "test#4": False, "test#5": False}


def test_contacts_count_wherever_connections_csv_stands_among_the_paths(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = tmp_path / "jess.eml"
    mail.write_text(
        "From: Jess Albright <jess@emberandoak.example.com>\nTo: dana@example.com\nSubject: coffee?\n"
        "Message-ID: <jess-1@emberandoak.example.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\n"
        "Hi Dana, would love to grab a coffee sometime soon. Let me know when works!\n"
    )

    result = kindly("triage", str(mail), str(CONNECTIONS), "--profile", PROFILE, "--json")

    assert result.exit_code == 0, result.output
    assert '"reason_code": "purpose_unclear"' not in result.stdout  # a connection is not asked why
    assert "contacts 9 (9 new)" in result.output and "read 1" in result.output
