"""What the understanding step and the policy tell triage as facts, not as sentences it must read again."""

from __future__ import annotations

from pathlib import Path

from kindly.decide.policy import ACCEPT_LATER, Context, decide
from kindly.model import Decision, Intent, Message, Understanding
from kindly.profile import load_profile
from kindly.understand.classify import Classifier, Text
from support import EXAMPLES, Kindly, eml, incoming, profile_file, triaged_one

PROFILE = load_profile(EXAMPLES / "profile.toml")

REMINDER = (
    "Hi Lena,\n\nJust a reminder that we agreed to meet Thursday, December 3 at 9:00 am at the Bean Counter on "
    "Manor Rd to go over the spring fair. See you then!\n\nRuth"
)


def understood(*messages: Message) -> list[tuple[Intent, bool]]:
    return [
        (u.intent, u.agreed_meeting)
        for u in Classifier().understand([Text.from_message(m) for m in messages])
    ]


def test_a_reminder_of_a_meeting_already_agreed_is_understood_as_one() -> None:
    reminder = Message(
        source="t", from_name="Ruth Hale", subject="Reminder: coffee Thursday", own_text=REMINDER
    )
    coffee = "Hi Lena,\n\nWould you have time for a coffee next week to talk about the spring fair?\n\nRuth"
    invitation = Message(source="t", from_name="Ruth Hale", subject="Coffee?", own_text=coffee)
    # ...a colleague's bare forward of someone else's reminder: the sender's own words agreed nothing
    forward = Message(
        source="t", from_name="Sam Ross", subject="Fwd: Thursday", own_text="", quoted_text=REMINDER
    )

    assert understood(reminder, invitation, forward) == [
        (Intent.NONE, True),
        (Intent.COFFEE_CHAT, False),
        (Intent.NONE, False),
    ]


# -- a yes in a full week: the policy says what the reason rests on, apart from what to do about it -------------

COFFEE = "I run a small design studio and I'd love to buy you coffee to talk about our monthly bookkeeping."


def test_a_yes_in_a_full_week_keeps_its_grounds_apart_from_proposing_a_later_time() -> None:
    studio = incoming(COFFEE, from_name="Mia Chen", from_addr="mia@studio.example")
    read = Understanding(is_invitation=True, intent=Intent.COFFEE_CHAT, purpose_clear=True, confidence=0.9)

    verdict = decide(studio, read, PROFILE, Context(hours_committed=3.5))

    assert (verdict.decision, verdict.reason_code) == (Decision.ACCEPT, ACCEPT_LATER)
    assert (
        verdict.grounds.startswith("Serves ") and "3.5 of that week's 4 networking hours" in verdict.grounds
    )
    assert verdict.reason == f"{verdict.grounds}: propose a later time."
    # ...a yes in a week with room has nothing to put off
    assert decide(studio, read, PROFILE, Context()).grounds == ""


# what the user reads: the policy's grounds, then why the time is taken anyway (as before the grounds were a field)
REASON = (
    'Serves your find mentor goal "A mentor who has grown a design studio past ten people" (fit 1.00), but that '
    "week's 1 networking hours are already taken (1.5 committed); they answer your own request, so the time they "
    "offer is taken."
)

DESIGNER = """
[user]
name = "Tomas Rivera"
email = "tomas@riverastudio.example"
weekly_networking_hours = 1

[[goals]]
kind = "find_mentor"
description = "A mentor who has grown a design studio past ten people"
targets = ["design studio founders", "studio owners"]
"""


def test_a_mentor_answering_the_users_own_request_in_a_full_week_is_told_the_time_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(DESIGNER, tmp_path)
    # the week is already spent: a breakfast for studio owners on Thursday
    breakfast = eml(
        tmp_path / "breakfast.eml",
        "Hi Tomas,\n\nI founded a design studio and host a breakfast for studio owners on Thursday 10 December at "
        "8am. Would you like to join us?\n\nAnn",
        sender="Ann Hollis <ann@hollisdesign.example>",
        subject="Breakfast for studio owners",
        message_id="breakfast@example.com",
        to="tomas@riverastudio.example",
        date="Wed, 25 Nov 2026 09:00:00 +0000",
    )
    answer = eml(
        tmp_path / "mentor.eml",
        "Hi Tomas,\n\nI'd be glad to mentor you - as a design studio founder I grew my studio from two people to "
        "fourteen, and I remember how hard the first hires were. Could we start with a coffee on Friday 11 "
        "December at 4pm?\n\nJo\n\nOn Mon, 23 Nov 2026, Tomas Rivera <tomas@riverastudio.example> wrote:\n"
        "> Would you consider mentoring me?\n",
        sender="Jo Park <jo@parkstudio.example>",
        subject="Re: Mentoring?",
        message_id="mentor@example.com",
        to="tomas@riverastudio.example",
        date="Wed, 25 Nov 2026 09:00:00 +0000",
    )
    triaged_one(kindly, breakfast, profile=profile)
    record = triaged_one(kindly, answer, profile=profile)

    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request")
    assert record["reason"] == REASON
    assert "Friday 11 December at 4pm works for me." in record["draft"]
