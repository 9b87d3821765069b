"""Who pays whom: a slot the user would buy, money offered to the user, and money asked of them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kindly.decide.policy import Context, decide
from kindly.decide.rules import charges_to_appear
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Profile, parse_profile

GOALS = """
[user]
name = "Priya Shah"
email = "priya@shahhomes.example.com"
weekly_networking_hours = 2

[[goals]]
kind = "build_credibility"
description = "Speak at first-time-buyer workshops, podcasts and education conferences on buying a home"
targets = ["podcasts", "first-time buyers", "homebuyer workshops"]
priority = 1
"""
PROFILE = parse_profile(GOALS, "test profile")
UNPAID_PANELS = parse_profile(GOALS + '\n[[never]]\nwhat = "unpaid panels"\n', "test profile")


def decided(body: str, intent: Intent, profile: Profile = PROFILE, subject: str = "") -> Verdict:
    message = Message(
        source="test",
        channel="email",
        from_name="Brooke Sellers",
        from_addr="brooke@homeshow.example.com",
        subject=subject,
        body=body,
        own_text=body,
        date=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )
    understanding = Understanding(
        is_invitation=intent is not Intent.NONE,
        intent=intent,
        purpose_clear=True if intent is not Intent.NONE else None,
        confidence=0.9,
    )
    return decide(message, understanding, profile, Context())


# -- a fee the guest pays for the slot is paying to appear, whatever it is called -------------------------------


def test_a_speaker_package_fee_is_paying_to_appear_though_speakers_receive_a_20_minute_slot() -> None:
    body = (
        "You have been shortlisted as a featured speaker at the Homebuyer Showcase on 4 February.\n"
        "Featured speakers receive a 20-minute stage slot and a video of their talk.\n"
        "To confirm your slot, a speaker package fee of £650 + VAT applies."
    )
    verdict = decided(body, Intent.SPEAKING_INVITATION)
    assert (verdict.decision, verdict.reason_code) == (Decision.DECLINE, "pays_to_appear")
    assert '"speaker package"' in verdict.reason  # the fee, not what it buys


@pytest.mark.parametrize(
    "text",
    [
        "To book your spotlight, a one-off fee of $400 applies.",
        "Featured guests contribute €350 towards the show.",
        "We ask our guests for a $250 fee to keep the lights on.",
    ],
)
def test_any_fee_for_the_guests_own_slot_charges_them_to_appear(text: str) -> None:
    assert charges_to_appear(text) is not None


def test_a_fee_that_covers_the_shows_costs_is_still_charged() -> None:
    body = (
        "We'd love to feature you on our podcast for first-time buyers. To keep the show running we ask "
        "featured guests for a $350 production fee, which covers editing and a highlight reel."
    )
    verdict = decided(body, Intent.SPEAKING_INVITATION)
    assert (verdict.decision, verdict.reason_code) == (Decision.DECLINE, "pays_to_appear")


def test_money_to_the_speaker_or_a_fee_covered_by_others_charges_nothing() -> None:
    # the words that charge a guest elsewhere, where the money comes to the speaker or is no one's to pay
    assert (
        charges_to_appear(
            "Speakers receive $750 and a 20-minute slot; to confirm your slot, reply with a bio."
        )
        is None
    )
    assert (
        charges_to_appear("The $300 production fee is covered by our sponsor, so it costs you nothing.")
        is None
    )
    assert (
        charges_to_appear("Our partner programme, which pays a $500 fee to each speaker, has a slot.") is None
    )
    # ...and where it does not
    assert charges_to_appear("Speakers receive a 20-minute slot. To confirm your slot, a $650 fee applies.")
