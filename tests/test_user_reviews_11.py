"""Eleventh session: what users (invented personas reading their own triage) and a re-read of the gaps found."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from support import EXAMPLES, Kindly

from kindly.model import Message
from kindly.store.db import open_database
from kindly.store.repository import Repository, content_hash

PROFILE = str(EXAMPLES / "profile.toml")


# -- a reply whose parent is not stored joins the thread of the same sender and subject ------------------------


def gordon(path: Path, message_id: str, body: str, subject: str, in_reply_to: str = "") -> Path:
    """Gordon's mail client keeps only In-Reply-To, and that names the user's answer, sent from their own
    mail program and so never in the mailbox kindly reads."""
    note = EmailMessage()
    note["From"] = "Gordon Whitfield <gordon@evergreenpath.example>"
    note["To"] = "dana@example.com"
    note["Subject"] = subject
    note["Message-ID"] = f"<{message_id}>"
    note["Date"] = "Mon, 16 Nov 2026 09:00:00 -0800"
    if in_reply_to:
        note["In-Reply-To"] = f"<{in_reply_to}>"
    note.set_content(body)
    path.write_bytes(bytes(note))
    return path


def triage(kindly: Kindly, path: Path) -> dict[str, Any]:
    result = kindly("triage", str(path), "--profile", PROFILE, "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


def test_answers_to_mail_sent_from_elsewhere_stay_in_their_thread_to_a_directory_entry(
    kindly: Kindly, tmp_path: Path
) -> None:
    first = triage(
        kindly,
        gordon(
            tmp_path / "1.eml",
            "coffee-1@evergreenpath.example",
            "Hi Dana,\n\nI came across your profile and would love to grab a coffee sometime and connect! "
            "Let me know what works.\n\nGordon",
            "Coffee?",
        ),
    )
    answer = triage(
        kindly,
        gordon(
            tmp_path / "2.eml",
            "coffee-2@evergreenpath.example",
            "Thanks for getting back to me! I'm a financial planner with Evergreen Path Financial and I help "
            "consultants plan for retirement. I'd love to walk you through how I could help you too.\n\nGordon",
            "Re: Coffee?",
            in_reply_to="sent-from-dana-s-phone@example.com",
        ),
    )
    assert answer["thread_id"] == first["thread_id"]
    assert (answer["decision"], answer["reason_code"]) == ("decline", "has_provider")

    details = triage(
        kindly,
        gordon(
            tmp_path / "3.eml",
            "coffee-3@evergreenpath.example",
            "Totally understand, thank you! Here are my details: Gordon Whitfield, Evergreen Path Financial, "
            "gordon@evergreenpath.example, 503-555-0142. I'm a fee-only planner for consultants and freelancers: "
            "retirement plans and cash-flow planning.\n\nGordon",
            "RE: Re: Coffee?",
            in_reply_to="another-from-dana-s-phone@example.com",
        ),
    )
    assert details["thread_id"] == first["thread_id"]
    assert (details["decision"], details["reason_code"]) == ("ignore", "directory_added")


def note(
    sender: str, subject: str, when: datetime, message_id: str = "", in_reply_to: str = "", body: str = ""
) -> Message:
    return Message(
        source="t",
        message_id=message_id,
        in_reply_to=in_reply_to,
        from_addr=sender,
        subject=subject,
        date=when,
        body=body or f"{subject} {message_id}",
        own_text=body or subject,
    )


NOV = datetime(2026, 11, 2, 9, tzinfo=UTC)


def same_subject_cases() -> list[Message]:
    """An invitation, then replies to it by subject alone: the sender's own (joins), another sender's, a
    forward, and a reply four months on (each of these three starts its own thread)."""
    return [
        note("ana@studio.example", "Lunch in December?", NOV, "lunch@studio.example"),
        note("ana@studio.example", "Re: Lunch in December?", NOV + timedelta(days=2), "r1@x", "unknown@me"),
        note("bo@else.example", "Re: Lunch in December?", NOV + timedelta(days=3), "r2@x", "unknown2@me"),
        note("ana@studio.example", "Fwd: Lunch in December?", NOV + timedelta(days=4), "f@x"),
        note("ana@studio.example", "Re: lunch in  december?", NOV + timedelta(days=130), "r3@x", "gone@me"),
        note("ana@studio.example", "Re[2]: Lunch in December?", NOV + timedelta(days=5), "r4@x"),
    ]


def test_a_reply_by_subject_joins_only_its_senders_recent_thread_one_by_one_and_in_a_batch(
    tmp_path: Path,
) -> None:
    for name, batched in (("a.db", False), ("b.db", True)):
        sessions = open_database(tmp_path / name)
        with sessions.begin() as session:
            repo = Repository(session)
            messages = same_subject_cases()
            if batched:
                threads = [s.thread_id for s in repo.store_messages(messages)]
            else:
                threads = [repo.add_message(m, content_hash(m)).thread_id for m in messages]
        invitation, reply, other_sender, forward, months_later, counted = threads
        assert reply == counted == invitation, name
        assert len({invitation, other_sender, forward, months_later}) == 4, name


def test_a_reply_whose_invitation_came_in_an_earlier_run_joins_it(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "k.db")
    first, reply = same_subject_cases()[:2]
    with sessions.begin() as session:
        [stored] = Repository(session).store_messages([first])
    with sessions.begin() as session:
        [answer] = Repository(session).store_messages([reply])
    assert answer.thread_id == stored.thread_id
