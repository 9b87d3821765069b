"""Who pays whom: a slot the user would buy, money offered to the user, and money asked of them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kindly.decide.policy import Context, decide
from kindly.decide.reading import as_read
from kindly.decide.rules import award_for_sale, charges_to_appear
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Profile, parse_profile
from kindly.reply.compose import compose
from support import incoming

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
    message = incoming(
        body,
        source="test",
        channel="email",
        from_name="Brooke Sellers",
        from_addr="brooke@homeshow.example.com",
        subject=subject,
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


# -- a rule against unpaid work that catches a charge is told as paying to appear ----------------------------------


def test_a_show_charging_its_guest_under_a_rule_against_unpaid_panels_is_told_as_paying_to_appear() -> None:
    body = (
        "We'd love you as a featured guest on our podcast in January. Featured guests contribute a "
        "production fee of €350, which covers editing and promotion."
    )
    verdict = decided(body, Intent.SPEAKING_INVITATION, UNPAID_PANELS)
    assert (verdict.decision, verdict.reason_code) == (Decision.DECLINE, "pays_to_appear")
    assert "production fee" in verdict.reason and "never do unpaid" not in verdict.reason
    # an unpaid panel is still the user's rule
    unpaid = decided(
        "Would you join our panel? We can't offer a fee, sadly.", Intent.SPEAKING_INVITATION, UNPAID_PANELS
    )
    assert (unpaid.reason_code, unpaid.never_rule) == ("never_do", "unpaid panels")


# -- news of an honour with the price of its place asks something -------------------------------------------------


def _news(body: str, subject: str = "Congratulations - you've been nominated") -> Message:
    return incoming(
        body,
        source="test",
        channel="email",
        from_name="Spotlight Awards",
        from_addr="team@spotlightawards.example.com",
        subject=subject,
        date=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )


def test_a_nomination_that_sells_its_finalist_feature_is_declined_though_read_as_news() -> None:
    body = (
        "You've been nominated for our Top 40 Agents list. Finalists are featured in our print issue.\n"
        "To secure your finalist feature, complete your profile and the $495 listing fee by December 15."
    )
    assert award_for_sale(body) is not None
    news = Understanding(is_invitation=False, intent=Intent.NONE, purpose_clear=None, confidence=0.56)
    read = as_read(news, PROFILE, _news(body))
    assert read.intent is Intent.EVENT_INVITATION and "pay for your place" in read.evidence[0]
    verdict = decide(_news(body), read, PROFILE, Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.DECLINE, "pays_to_appear")
    # the honour is someone else's: a newsletter, not an ask
    body = "Ten firms have been shortlisted for this year's awards. Tables of ten are $1,500 for guests."
    assert as_read(news, PROFILE, _news(body, "This year's shortlist")).intent is Intent.NONE
    # the reader's place costs nothing
    body = "You've been nominated! Your finalist feature, worth $495, is complimentary."
    assert as_read(news, PROFILE, _news(body)).intent is Intent.NONE


# -- a price per patient sent is a referral fee ---------------------------------------------------------------------

CLINIC = parse_profile(
    """
[user]
name = "Liam Walsh"
email = "liam@walshphysio.example.com"

[[goals]]
kind = "find_clients"
description = "New patients through free community talks on back pain"
targets = ["community talks", "running clubs"]
priority = 1

[[never]]
what = "paying referral fees for patients"
""",
    "test profile",
)


@pytest.mark.parametrize(
    "pitch",
    [
        "No monthly fee: you only pay $30 for each new patient who books through us. A quick call?",
        "We send you qualified leads and you pay £25 per booking. Can I walk you through it?",
    ],
)
def test_a_price_for_each_patient_sent_is_a_referral_fee_and_the_draft_offers_nothing(pitch: str) -> None:
    verdict = decided(pitch, Intent.SALES_PITCH, CLINIC)
    assert (verdict.decision, verdict.never_rule) == (Decision.DECLINE, "paying referral fees for patients")
    message = Message(
        source="test",
        channel="email",
        from_name="Ryan Cole",
        from_addr="ryan@leads.example.com",
        subject="More new patients",
        body=pitch,
        own_text=pitch,
    )
    understood = Understanding(
        is_invitation=True, intent=Intent.SALES_PITCH, purpose_clear=True, confidence=0.9
    )
    draft = compose(message, understood, verdict, CLINIC)
    assert draft is not None and draft.steps == ("honest_reason",)
    assert "overview" not in draft.text and "pass" in draft.text  # "I'll have to pass", not "pass you on"

    # a price per patient for a tool sends no one
    tool = decided("Our booking software is $2 per patient per month. Demo?", Intent.SALES_PITCH, CLINIC)
    assert tool.reason_code == "not_a_fit"


# -- money offered to the user is no sign of a pitch -------------------------------------------------------------


def test_a_paid_lunch_and_learn_the_model_took_for_a_pitch_is_a_paid_talk() -> None:
    body = (
        "I run People & Culture at a logistics firm. Many of our 40 staff are first-time buyers, and we'd like "
        "someone to run a 45-minute lunch-and-learn on buying a first home. We can offer a $300 honorarium. "
        "Could you do Thursday 17 December at 12:30?"
    )
    message = _news(body, "Lunch-and-learn on buying a first home")
    pitch = Understanding(
        is_invitation=True,
        intent=Intent.SALES_PITCH,
        purpose_clear=True,
        confidence=0.21,
        intent_scores={"sales_pitch": 0.21, "work_meeting": 0.2, "speaking_invitation": 0.19},
    )
    read = as_read(pitch, PROFILE, message)
    assert read.intent is Intent.SPEAKING_INVITATION and "pays you" in read.evidence[0]
    verdict = decide(message, read, PROFILE, Context())
    assert verdict.decision is Decision.ACCEPT and verdict.hours == 0.0  # paid work
    # a seller who names a price of their own is still a pitch
    sold = body.replace(
        "We can offer a $300 honorarium.", "We can offer a $300 honorarium; our wellness package is $900."
    )
    assert as_read(pitch, PROFILE, _news(sold)).intent is Intent.SALES_PITCH


# -- a cheque for more than is owed, the rest wired back, is a scam ----------------------------------------------


def test_an_overpaid_cheque_with_the_balance_wired_back_and_bank_details_asked_is_a_scam() -> None:
    body = (
        "I am abroad on contract and wish to buy a home for my son, cash. My financier will send a cheque "
        "for your commission in advance; please send your full name and home address. If the cheque is over "
        "the amount, you will refund the balance by wire."
    )
    verdict = decided(body, Intent.SALES_PITCH)
    assert (verdict.decision, verdict.reason_code) == (Decision.IGNORE, "scam")
    # one such request alone is ordinary business: a client who pays an invoice
    client = decided("Could you send your bank details so we can pay your invoice?", Intent.CLIENT_INQUIRY)
    assert client.reason_code != "scam"
