"""Thirteenth session: what an estate agent and a journalist found re-reading their triage - another day the sender
offers when the week of the first is full, a yes in a thread that asks again for what the thread gave, and a mail
with two asks answered for one."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from support import ESTATE_AGENT, Kindly
from support import JOURNALIST as JOURNALIST_WHO_MEETS_SOURCES

AGENT = ESTATE_AGENT


class Inbox:
    """Mail to the user, written as .eml files, each triaged as it arrives (with the user's calendar, if any)."""

    def __init__(self, kindly: Kindly, folder: Path, profile: str, calendar: Path | None = None) -> None:
        self.kindly, self.folder = kindly, folder
        self.profile = folder / "profile.toml"
        self.profile.write_text(profile, encoding="utf-8")
        self.user = next(line.split('"')[1] for line in profile.splitlines() if line.startswith("email"))
        self.calendar = ["--calendar", str(calendar)] if calendar else []

    def arrives(
        self,
        sender: str,
        name: str,
        subject: str,
        body: str,
        date: str,
        replies_to: str = "",
        *,
        from_user: bool = False,
    ) -> dict[str, Any]:
        note = EmailMessage()
        note["From"] = self.user if from_user else sender
        note["To"] = sender if from_user else self.user
        note["Subject"] = subject
        note["Message-ID"] = f"<{name}@mail.example.com>"
        note["Date"] = date
        if replies_to:
            note["In-Reply-To"] = note["References"] = f"<{replies_to}@mail.example.com>"
        note.set_content(body)
        path = self.folder / f"{name}.eml"
        path.write_bytes(bytes(note))
        result = self.kindly("triage", str(path), "--profile", str(self.profile), "--json", *self.calendar)
        assert result.exit_code == 0, result.output
        [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        return record


def busy_week(folder: Path, monday: date) -> Path:
    """The user's calendar with every working day of that week taken, 8:00 to 18:00."""
    days = "\n".join(
        f"BEGIN:VEVENT\nUID:busy-{n}\nDTSTAMP:20261101T000000Z\nDTSTART:{monday + timedelta(days=n):%Y%m%d}T080000Z\n"
        f"DTEND:{monday + timedelta(days=n):%Y%m%d}T180000Z\nSUMMARY:Closings\nEND:VEVENT"
        for n in range(5)
    )
    calendar = folder / "busy.ics"
    calendar.write_text(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{days}\nEND:VCALENDAR\n")
    return calendar


# -- 1. the week of the first day offered is full: the sender's own later day is taken ---------------------------

RUTH = "Ruth Hale <ruth@mueller-na.example.org>"
COFFEE = (
    "Hi Lena,\n\nI chair the Mueller Neighborhood Association. Several of our members are selling their homes this "
    "spring and keep asking us for a local agent, and we'd like to know you before we pass your name on.\n\n"
    "Could we meet for coffee? I could do Thursday the 10th at 9am, or failing that Tuesday the 15th at the same "
    "time.\n\nBest,\nRuth Hale\nChair, Mueller Neighborhood Association"
)


def test_the_senders_later_day_is_taken_when_the_networking_hours_of_the_first_are_spent(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = Inbox(kindly, tmp_path, AGENT.format(hours=1))
    # the week of Monday, December 7 is spent: a lunch with Omar on Wednesday the 9th
    lunch = inbox.arrives(
        "Omar Haddad <omar@quillfieldlabs.example.com>",
        "o1",
        "Quillfield's move to Austin",
        "Hi Lena,\n\nI head up people at Quillfield Labs. We're moving about 80 engineers to Austin next spring."
        "\n\nCould we have a 2-hour workshop lunch? I could do Wednesday, December 9 at noon.\n\nBest,\nOmar Haddad",
        "Tue, 1 Dec 2026 08:00:00 -0600",
    )
    assert lunch["decision"] == "accept"

    coffee = inbox.arrives(RUTH, "r1", "Coffee?", COFFEE, "Tue, 1 Dec 2026 09:00:00 -0600")

    # not "my time is spoken for - would Tuesday, December 15 at 10:00 am work?": the day they offered next, at
    # the hour said once for both
    assert (coffee["decision"], coffee["reason_code"]) == ("accept", "goal_fit")
    assert "Tuesday, December 15 at 9:00 am works for me." in coffee["draft"]
    assert "spoken for" not in coffee["draft"] and "10:00 am" not in coffee["draft"]
    assert "The week of Thursday, December 10 is full; Tuesday the 15th" in coffee["reason"]
    # ...and its hours count in the week of the 15th, where the meeting is
    with sqlite3.connect(kindly.database) as db:
        [(meets,)] = db.execute("SELECT meets_at FROM analyses WHERE message_pk = ?", (coffee["id"],))
    assert str(meets).startswith("2026-12-15")


def test_the_senders_later_day_is_taken_when_the_calendar_of_the_first_is_full(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = Inbox(kindly, tmp_path, AGENT.format(hours=3), busy_week(tmp_path, date(2026, 12, 7)))
    coffee = inbox.arrives(RUTH, "r1", "Coffee?", COFFEE, "Tue, 1 Dec 2026 09:00:00 -0600")
    assert (coffee["decision"], coffee["reason_code"]) == ("accept", "goal_fit")
    assert "Tuesday, December 15 at 9:00 am works for me." in coffee["draft"]


# -- 2. a yes in a thread asks for nothing the thread already gave -----------------------------------------------

JUNE = "June Park <jpark@riverbendcu.example.org>"
WORKSHOP_SUBJECT = "Speaker for our First-Time Homebuyer Workshop - Saturday, January 16"
WORKSHOP = (
    "Hi Lena,\n\nI run member education at Riverbend Credit Union. Every quarter we host a free First-Time "
    "Homebuyer Workshop, and a colleague suggested you as a speaker.\n\nThe next one is Saturday, January 16, "
    "10:00 am - 12:00 pm, at our Lamar branch. We'd love you to take a 45-minute segment on what a buyer's agent "
    "does for you. We usually have about 40 attendees.\n\nWe don't have a speaker budget, but lunch is on us. "
    "Would you be available?\n\nBest regards,\nJune Park\nMember Education Manager"
)
STILL_WORKS = (
    "Hi Lena,\n\nGreat - thank you! Our board approved a $150 honorarium for each presenter after all. Could you "
    "also bring a one-page handout for about 40 attendees? Let me know if the 16th still works.\n\nThanks!\nJune"
)


@pytest.mark.parametrize("users_own_reply", [False, True], ids=["yes-stored", "users-reply-in-mailbox"])
def test_a_yes_in_an_accepted_thread_does_not_ask_again_for_the_details_it_gave(
    kindly: Kindly, tmp_path: Path, users_own_reply: bool
) -> None:
    inbox = Inbox(kindly, tmp_path, AGENT.format(hours=3))
    invited = inbox.arrives(JUNE, "w1", WORKSHOP_SUBJECT, WORKSHOP, "Wed, 18 Nov 2026 11:00:00 -0600")
    assert invited["decision"] == "accept"
    parent = "w1"
    if users_own_reply:
        inbox.arrives(
            JUNE,
            "u1",
            f"Re: {WORKSHOP_SUBJECT}",
            "Hi June,\n\nThank you - I'd be glad to speak at the workshop on January 16.\n\nLena",
            "Thu, 19 Nov 2026 09:00:00 -0600",
            "w1",
            from_user=True,
        )
        parent = "u1"

    again = inbox.arrives(
        JUNE, "w2", f"Re: {WORKSHOP_SUBJECT}", STILL_WORKS, "Tue, 24 Nov 2026 16:30:00 -0600", parent
    )

    # the day, its hour and the segment were in the invitation: nothing to send again
    assert again["decision"] == "accept"
    assert "Saturday, January 16, 10:00 am" in again["draft"]
    assert "details" not in again["draft"]


def test_a_reply_pointing_at_the_agreed_day_gets_that_time_not_a_question_or_new_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = Inbox(kindly, tmp_path, AGENT.format(hours=3))
    coffee = inbox.arrives(RUTH, "r1", "Coffee?", COFFEE, "Tue, 1 Dec 2026 09:00:00 -0600")
    assert "Thursday, December 10 at 9:00 am works for me." in coffee["draft"]
    inbox.arrives(
        RUTH,
        "u1",
        "Re: Coffee?",
        "Hi Ruth,\n\nThursday the 10th at 9am works for me - see you then.\n\nLena",
        "Tue, 1 Dec 2026 15:00:00 -0600",
        "r1",
        from_user=True,
    )
    more = (
        "Hi Lena,\n\nWonderful. I've also asked our treasurer Dave to join us, he's keen to meet you too. Let me "
        "know if the 10th still works for a coffee.\n\nRuth"
    )
    again = inbox.arrives(RUTH, "r2", "Re: Coffee?", more, "Wed, 2 Dec 2026 09:00:00 -0600", "u1")

    # the time the thread agreed, not two new ones
    assert again["decision"] == "accept"
    assert "Thursday, December 10 at 9:00 am works for me." in again["draft"]
    assert "would" not in again["draft"].lower()


def test_a_reply_that_reads_unclear_in_an_accepted_thread_is_not_asked_what_it_is_about(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = Inbox(kindly, tmp_path, AGENT.format(hours=3))
    inbox.arrives(RUTH, "r1", "Coffee?", COFFEE, "Tue, 1 Dec 2026 09:00:00 -0600")
    more = (
        "Hi Lena,\n\nWonderful. I've also asked our treasurer Dave to join us, he's keen to meet you too. Let me "
        "know if the 10th still works for a coffee.\n\nRuth"
    )
    again = inbox.arrives(RUTH, "r2", "Re: Coffee?", more, "Wed, 2 Dec 2026 09:00:00 -0600", "r1")
    # the invitation said what the coffee is for: the yes waiting unsent answers this one too
    assert (again["decision"], again["reason_code"]) == ("accept", "goal_fit")
    assert "purpose was given there" in again["reason"]
    assert again["draft"] is None


# -- 3. a lunch and an introduction in one mail: both are answered ----------------------------------------------

JOURNALIST = (
    JOURNALIST_WHO_MEETS_SOURCES
    + """
[[goals]]
kind = "find_community"
description = "Other data journalists and editors in Ireland to swap methods and datasets with"
targets = ["data journalists", "data desk", "data editors"]
priority = 2
"""
)
NIAMH = "Niamh Kelly <niamh@dublindata.example.ie>"


def test_a_lunch_offered_with_an_introduction_gets_a_yes_and_a_time_as_well(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = Inbox(kindly, tmp_path, JOURNALIST)
    both = inbox.arrives(
        NIAMH,
        "n1",
        "Lunch?",
        "Hi Orla,\n\nI loved your piece on the robot cells at Millbrook. Would you join me for lunch next week? I'd "
        "also love to introduce you to Sam Ortiz, who runs the data desk at the Irish Examiner - she has been "
        "tracking automation in Irish factories for a year and has numbers you could use.\n\nBest,\nNiamh",
        "Tue, 1 Dec 2026 09:00:00 +0000",
    )
    assert (both["intent"], both["decision"]) == ("introduction", "accept")
    assert 'They also ask you to meet them ("Would you join me for lunch next week?")' in both["reason"]
    draft = both["draft"]
    assert "Thank you for the invitation to lunch and the introduction." in draft
    # a lunch next week, at lunchtime, and the introduction
    assert "I would love to join you for lunch - would Monday 7 December at 12:00 or" in draft
    assert "yes, please - I would be glad to be introduced to Sam Ortiz." in draft
    # ...and the week is charged for the lunch as well as the introduction
    with sqlite3.connect(kindly.database) as db:
        [(hours,)] = db.execute("SELECT networking_hours FROM analyses WHERE message_pk = ?", (both["id"],))
    assert hours == 1.5


def test_a_lunch_at_a_time_offered_with_an_introduction_takes_that_time(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = Inbox(kindly, tmp_path, JOURNALIST)
    both = inbox.arrives(
        NIAMH,
        "n1",
        "Lunch?",
        "Hi Orla,\n\nI loved your piece on the robot cells at Millbrook. Could we have lunch on Tuesday 8 December "
        "at 13:00? I'd also love to introduce you to Sam Ortiz, who runs the data desk at the Irish Examiner.\n\n"
        "Best,\nNiamh",
        "Tue, 1 Dec 2026 09:00:00 +0000",
    )
    assert both["decision"] == "accept"
    assert "join you for lunch - Tuesday 8 December at 13:00 works for me." in both["draft"]
    assert "introduced to Sam Ortiz" in both["draft"]
