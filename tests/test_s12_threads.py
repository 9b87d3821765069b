"""Threads and the week's hours (found by a journalist, an estate agent, a physiotherapist and a head teacher of the
twelfth session reading their own triage), each reproduced here before it was fixed.

A sender who writes again with new days while kindly's yes waits unsent gets a reply to the new message, and the
old yes is withdrawn.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from kindly.decide.thread import History, Said, silenced
from kindly.model import Decision, Verdict
from support import Kindly

JOURNALIST = """
[user]
name = "Orla Byrne"
email = "orla@byrne.example.ie"
signature = "Orla Byrne"
tone = "formal"
date_style = "international"
weekly_networking_hours = 3
holidays = "IE"

[[goals]]
kind = "meet_person"
description = "Sources for my series on robots in Irish factories: plant managers and engineers who run them"
targets = ["Dr Aoife Keane", "robots in factories"]
priority = 1
"""


class Inbox:
    """Mail to the user, written as .eml files, each triaged as it arrives."""

    def __init__(self, kindly: Kindly, folder: Path, profile: str) -> None:
        self.kindly, self.folder = kindly, folder
        self.profile = folder / "profile.toml"
        self.profile.write_text(profile, encoding="utf-8")
        self.user = next(line.split('"')[1] for line in profile.splitlines() if line.startswith("email"))

    def arrives(
        self, sender: str, name: str, subject: str, body: str, date: str, replies_to: str = ""
    ) -> dict[str, Any]:
        note = EmailMessage()
        note["From"] = sender
        note["To"] = self.user
        note["Subject"] = subject
        note["Message-ID"] = f"<{name}@mail.example.com>"
        note["Date"] = date
        if replies_to:
            note["In-Reply-To"] = note["References"] = f"<{replies_to}@mail.example.com>"
        note.set_content(body)
        path = self.folder / f"{name}.eml"
        path.write_bytes(bytes(note))
        result = self.kindly("triage", str(path), "--profile", str(self.profile), "--json")
        assert result.exit_code == 0, result.output
        [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        return record

    def pending(self) -> dict[int, str]:
        """The drafts waiting in `kindly drafts`: message ID -> decision."""
        return {d["message_pk"]: d["decision"] for d in json.loads(self.kindly("drafts", "--json").stdout)}

    def show(self, message_id: int) -> str:
        return str(self.kindly("show", str(message_id), "--profile", str(self.profile)).stdout)


AOIFE = "Dr Aoife Keane <aoife.keane@millbrookplant.example.ie>"


def test_new_days_from_a_source_replace_the_yes_to_the_old_ones(kindly: Kindly, tmp_path: Path) -> None:
    inbox = Inbox(kindly, tmp_path, JOURNALIST)
    subject = "Your series on robots in factories"
    offer = (
        "Dear Orla,\n\nOur press office says you are writing about robots in Irish factories. I would be glad to "
        "help: we have run two robot cells since March, and I am happy to talk about what worked.\n\nI could do "
        "Thursday 3 December at 11:00 or Friday 4 December at 14:30, on Teams or in my office. Forty-five "
        "minutes should be plenty.\n\nKind regards,\nAoife"
    )
    first = inbox.arrives(AOIFE, "a1", subject, offer, "Mon, 16 Nov 2026 09:00:00 +0000")
    assert first["decision"] == "accept" and "3 December" in first["draft"]

    moved = (
        "Dear Orla,\n\nApologies - our audit has moved, so Thursday 3 and Friday 4 December no longer work for "
        "me. Could we do Wednesday 16 December at 15:00 instead?\n\nKind regards,\nAoife"
    )
    second = inbox.arrives(AOIFE, "a2", f"Re: {subject}", moved, "Sat, 28 Nov 2026 10:00:00 +0000", "a1")

    # the same yes to the same person, but to other days: the new message is answered, the old yes withdrawn
    assert second["decision"] == "accept" and second["draft"]
    assert "3 December at 11:00 works" not in second["draft"]
    assert inbox.pending() == {second["id"]: "accept"}
    assert "draft withdrawn: a later message of this thread" in inbox.show(first["id"])


def test_why_no_second_reply_is_drafted_reads_as_english() -> None:
    waiting = History((Said("accept", "goal_fit", drafted=True, intent="coffee_chat"),))
    yes = Verdict(Decision.ACCEPT, "", "goal_fit")
    now = datetime(2026, 11, 30, tzinfo=UTC)
    assert (
        silenced(yes, waiting, now, 30)
        == "an accept is already drafted for an earlier message of this thread"
    )
