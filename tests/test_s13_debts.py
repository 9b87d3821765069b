"""What the understanding step and the policy tell triage as facts, not as sentences it must read again."""

from __future__ import annotations

from kindly.model import Intent, Message
from kindly.understand.classify import Classifier, Text

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
