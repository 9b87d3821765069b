"""How triage reads the model's answer against the profile before any decision: a buyer in other words is a
client (decide.client_need), and a meeting the person a goal names asks for is that goal's meeting, not an
ordinary work meeting.

Pure: reads the message and the profile only.
"""

from __future__ import annotations

from dataclasses import replace

from kindly.decide.assess import target_person_named
from kindly.decide.client_need import as_client
from kindly.decide.words import at_users_domain
from kindly.model import Intent, Message, Understanding
from kindly.profile import Profile


def as_read(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """The model's reading of a message as triage weighs it."""
    understanding = as_client(understanding, profile, f"{message.subject}\n{message.own_text}")
    return with_target_person(understanding, profile, message)


def with_target_person(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A "work meeting" that the target person of a meet_person goal asks for, or their assistant arranges
    ("Professor Chaudhry asked me to find 30 minutes with you"), read as the get-together the goal wants,
    with its purpose clear; a colleague's meeting stays a work meeting."""
    if understanding.intent is not Intent.WORK_MEETING or at_users_domain(
        message.from_addr, profile.user.email
    ):
        return understanding
    person = target_person_named(message, profile)
    if not person:
        return understanding
    note = f"coffee_chat: a meeting with the person your goal names ({person}), not an ordinary work meeting"
    return replace(
        understanding,
        intent=Intent.COFFEE_CHAT,
        is_invitation=True,
        purpose_clear=True,
        evidence=(note, *understanding.evidence),
    )
