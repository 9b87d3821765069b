"""Session 24, money: every reading that weighs a sum reads it in any currency kindly.amounts knows ("SGD 49 a
month", "CHF 2m ARR", "buy 5 ¥ gift cards", "CAD 500 for the afternoon"), not only by "$", "£" or "€"; a fee offered
however it is put ("We'd pay you $400", "you'd receive €250") is money offered to the user; and a limit written
"CA$100" or "US$100" is read with its own currency."""

from __future__ import annotations

import pytest

from kindly.decide.bookings import booking_paid
from kindly.decide.fees import pays_you, speaker_paid
from kindly.decide.fit import Evidence, goal_fits
from kindly.decide.industry import industry_engagement
from kindly.decide.policy import Context, decide
from kindly.decide.reading import with_second_reading
from kindly.decide.scam_cues import money_asked
from kindly.decide.scams import overpayment_cue
from kindly.decide.selling import names_a_sale
from kindly.model import Intent, Understanding, Verdict
from kindly.profile import Answer, parse_profile
from kindly.reply.own_terms import own_terms
from support import EXAMPLE_PROFILE, incoming, with_never
from test_decide import Case, run

# -- 1. a price, a pay, a revenue and gift cards in any currency -------------------------------------------------


@pytest.mark.parametrize(
    "price",
    [
        pytest.param("Plans start at SGD 49 a month.", id="a-code-before"),
        pytest.param("Plans start at 49 euros a month.", id="a-name-after"),
        pytest.param("Plans start at ¥4,900 a month.", id="the-yen-sign"),
        pytest.param("Plans start at $49 a month.", id="the-dollar-as-before"),
    ],
)
def test_a_price_in_any_currency_names_a_sale(price: str) -> None:
    assert names_a_sale(f"Hi Dana, we make bookkeeping software for studios. {price}")


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("We picked up a 5 pound bag of flour for the bake sale.", id="a-pound-of-weight"),
        pytest.param("The mural is 3 CAD drawings and a sketch.", id="drawings-counted"),
    ],
)
def test_a_weight_or_a_count_that_looks_like_a_currency_names_no_sale(words: str) -> None:
    assert not names_a_sale(words)


def test_a_slot_that_pays_singapore_dollars_or_euros_is_a_booking() -> None:
    gig = "Our Thursday pianist cancelled for Dec 10, 7-10pm, {pay} Want it?"
    assert booking_paid(gig.format(pay="SGD 300 + tips.")) == "SGD 300 + tips"
    assert booking_paid(gig.format(pay="300 euros for the evening.")) == "300 euros for the evening"
    # near misses: the audience's price, and a price said of the thing itself
    assert booking_paid("Tickets are SGD 15 for the night, doors at 7.") == ""
    assert booking_paid("Dinner is SGD 45 plus drinks, if you'd like to come.") == ""


FOUNDER = parse_profile(
    """
[user]
name = "Jordan Whitfield"
email = "jordan@tallyloop.example"

[[goals]]
kind = "find_mentor"
description = "A mentor who has scaled a SaaS startup past $10M ARR"
targets = ["SaaS founders", "scaling a startup"]
"""
)


def test_a_mentor_who_scaled_a_company_in_swiss_francs_is_the_mentor_a_growth_goal_seeks() -> None:
    offer = (
        "I grew Ledgerly to CHF 2m ARR before we sold it. Happy to share what I learned - coffee sometime?"
    )
    [fit] = goal_fits(FOUNDER, Intent.COFFEE_CHAT, Evidence("Greg <g@ledgerly.example>", offer))
    assert 'someone here grew a practice: "i grew ledgerly to chf 2m arr"' in fit.evidence


def test_a_wall_built_over_two_metres_long_is_no_company_scaled() -> None:
    offer = (
        "We built a garden wall over 2m long last summer. Happy to share what I learned - coffee sometime?"
    )
    [fit] = goal_fits(FOUNDER, Intent.COFFEE_CHAT, Evidence("Greg <g@walls.example>", offer))
    assert not any("grew a practice" in note for note in fit.evidence)


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param("Please buy 5 ¥ gift cards for the team and send me the codes.", id="a-sign-alone"),
        pytest.param("Please buy four ₹2,000 Amazon gift cards and send me the codes.", id="the-rupee-sign"),
        pytest.param(
            "Please buy four $100 Amazon gift cards and send me the codes.", id="the-dollar-as-before"
        ),
    ],
)
def test_gift_cards_to_buy_in_any_currency_are_money_asked(ask: str) -> None:
    assert money_asked(ask) is not None


def test_drawings_to_buy_are_no_gift_cards() -> None:
    assert money_asked("Please buy 3 CAD drawings for the team and send me the files.") is None


def test_the_balance_of_a_cheque_in_yen_passed_on_is_an_overpayment() -> None:
    story = (
        "I will send you a cashier's cheque for ¥2,000,000 for the booking. "
        "Please send the ¥500,000 balance to our shipping agent."
    )
    assert overpayment_cue(story) == '"send you a cashier\'s cheque", "send the ¥500,000 balance to our"'


def test_a_device_companys_advisory_board_paid_in_canadian_dollars_is_an_industry_engagement() -> None:
    ask = incoming(
        "We're convening an advisory board of five ICU nurses in March to review our infusion pumps. "
        "CAD 500 for the afternoon.",
        from_name="Priya Shah",
        signature="Priya Shah\nAccount Executive, Northwind Devices",
    )
    assert industry_engagement(ask).startswith('"advisory board"')
    unpaid = incoming(
        "We're convening an advisory board of five ICU nurses in March to review the ward's new rota.",
        from_name="Priya Shah",
        signature="Priya Shah\nAccount Executive, Northwind Devices",
    )
    assert industry_engagement(unpaid) == ""


# -- 2. a fee offered however it is put --------------------------------------------------------------------------

TALK = "Would you give a talk on cash flow for creative businesses at our members' evening?"


@pytest.mark.parametrize(
    "pay",
    [
        pytest.param("We'd pay you $400 for the session.", id="we-would-pay-you"),
        pytest.param("We can pay you £300 for the session.", id="we-can-pay-you"),
        pytest.param("You'd receive €250 for the talk.", id="you-would-receive"),
        pytest.param("We’d pay you $400.", id="a-curled-apostrophe"),
        pytest.param("We'll pay you $400 for the session.", id="we-will-pay-you-as-before"),
    ],
)
def test_a_fee_offered_however_it_is_put_makes_a_paid_talk(pay: str) -> None:
    assert speaker_paid(f"{TALK} {pay}") and pays_you(f"{TALK} {pay}")


@pytest.mark.parametrize(
    "pay",
    [
        pytest.param("You'd receive €250 in conference credit.", id="a-credit"),
        pytest.param("You'll get $50 off your ticket.", id="money-off"),
        pytest.param("You'd receive a certificate of appreciation.", id="no-money"),
    ],
)
def test_money_that_is_no_fee_makes_no_paid_talk(pay: str) -> None:
    assert not speaker_paid(f"{TALK} {pay}") and not pays_you(f"{TALK} {pay}")


def test_a_talk_whose_first_mail_said_wed_pay_you_takes_no_networking_hours_when_its_date_is_set() -> None:
    reply = (
        "Wonderful - your talk on cash flow for creative businesses is on January 14 at 6pm. Does that work?"
    )
    for earlier, hours in (
        (f"{TALK} We'd pay you $400 for the session.", 0.0),
        (f"{TALK} You'd receive €250 for the talk.", 0.0),
        (f"{TALK} We'd love to have you.", 4.0),  # unpaid: the week's hours count
    ):
        context = Context(hours_committed=3.5, earlier_said=earlier)
        assert run(Case(reply, Intent.SPEAKING_INVITATION, context=context)).hours == hours, earlier


def test_a_talk_that_says_youd_receive_a_fee_is_answered_without_the_users_own_terms() -> None:
    terms = [Answer(about=["talk", "honorarium"], answer="For talks I ask for a $500 honorarium.")]
    assert own_terms(f"{TALK} You'd receive €250 for the talk.", terms) == []
    assert own_terms(f"{TALK} It's on January 14.", terms) == ["For talks I ask for a $500 honorarium."]


UNSURE_PITCH = Understanding(
    is_invitation=True,
    intent=Intent.SALES_PITCH,
    purpose_clear=True,
    confidence=0.21,
    intent_scores={"sales_pitch": 0.21, "work_meeting": 0.2, "speaking_invitation": 0.19},
)


def test_a_lunch_and_learn_that_says_wed_pay_you_the_model_took_for_a_pitch_is_a_paid_talk() -> None:
    talk = incoming(
        "Hi Dana, I run people ops at Finch & Co. Would you give a 45-minute lunch-and-learn for our staff on "
        "money habits for freelancers? We'd pay you $400 for the hour.",
        from_name="Grace Lim",
    )
    read = with_second_reading(UNSURE_PITCH, EXAMPLE_PROFILE, talk)
    assert read.intent is Intent.SPEAKING_INVITATION and "We'd pay you $400" in read.evidence[0]


# -- 3. a limit in a country's dollar ----------------------------------------------------------------------------

GIFT_READ = Understanding(
    is_invitation=True, intent=Intent.PARTNERSHIP_PROPOSAL, purpose_clear=True, confidence=0.9
)


def _gift_worth(worth: str, rule: str) -> Verdict:
    """The decision on a gift hamper worth `worth`, for a user whose never-rule is `rule`."""
    gift = incoming(
        f"Hi Dana, as a thank-you for the workshop we'd love to send you a gift hamper worth {worth}. "
        "Could we have your address?",
        from_name="Lena Park",
    )
    return decide(gift, GIFT_READ, with_never(rule), Context())


@pytest.mark.parametrize(
    ("rule", "worth"),
    [
        pytest.param("accepting gifts above CA$100", "CA$150", id="canadian-dollars-by-sign"),
        pytest.param("accepting gifts above CA$100", "CAD 150", id="canadian-dollars-by-code"),
        pytest.param("accepting gifts above US$100", "$150", id="us-dollars-and-the-bare-sign"),
        pytest.param("accepting gifts above A$100", "A$150", id="australian-dollars"),
        pytest.param("accepting gifts above $100 CAD", "$150 CAD", id="the-code-after-the-sign"),
    ],
)
def test_a_limit_in_a_countrys_dollar_holds_a_gift_past_it_in_the_same_dollar(rule: str, worth: str) -> None:
    assert _gift_worth(worth, rule).never_rule == rule


@pytest.mark.parametrize(
    ("rule", "worth"),
    [
        pytest.param("accepting gifts above $100", "CA$150", id="canadian-against-a-bare-dollar"),
        pytest.param("accepting gifts above CA$100", "US$150", id="us-against-canadian"),
        pytest.param("accepting gifts above $100", "$150 CAD", id="a-code-after-the-sign"),
    ],
)
def test_a_gift_in_another_countrys_dollar_is_said_not_weighed(rule: str, worth: str) -> None:
    verdict = _gift_worth(worth, rule)
    note = f'never-rule "{rule}": "{worth}" is in another currency, not weighed against it'
    assert not verdict.never_rule and note in verdict.evidence


def test_a_gift_within_a_limit_in_canadian_dollars_passes_it() -> None:
    verdict = _gift_worth("CA$80", "accepting gifts above CA$100")
    assert not verdict.never_rule and not any("another currency" in note for note in verdict.evidence)
    # ...and the bare dollar's limit holds a bare dollar's gift as before
    assert _gift_worth("$150", "accepting gifts above $100").never_rule == "accepting gifts above $100"
