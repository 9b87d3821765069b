"""Code debts, round two: one reading of an amount of money (kindly.amounts) for understand/ and decide/ alike, and
a firm's signature matched whatever its case in any alphabet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kindly.amounts import AN_AMOUNT, MONEY
from kindly.decide.client_need import says_they_raise
from kindly.decide.fees import charges_to_appear
from kindly.decide.selling import priced_offer
from kindly.decide.thread import brings_news
from kindly.model import Intent
from kindly.reply.given import given
from kindly.understand.classify import offers_to_share
from kindly.understand.extract import Details, extract
from support import Kindly, incoming
from test_s22_board import pitch_then_follow_up

# -- an amount in any currency a user's mail is written in is read as money -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The feature is EUR 40 a month.", id="euros-by-code"),
        pytest.param("The feature is SGD 49 a month.", id="singapore-dollars"),
        pytest.param("The feature is 1,500 CHF.", id="swiss-francs-after"),
        pytest.param("The feature is ¥30,000.", id="yen-sign"),
        pytest.param("The feature is ₹5,000.", id="rupee-sign"),
        pytest.param("The feature is 49 euros.", id="euros-by-name"),
        pytest.param("The feature is 600 euro a day.", id="a-rate-in-the-singular"),
        pytest.param("The feature is $49.", id="dollar-sign"),
    ],
)
def test_an_amount_in_any_currency_is_read_as_money(text: str) -> None:
    assert AN_AMOUNT.search(text)
    assert re.search(MONEY, text, re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tickets for the 49ers game are on us.", id="a-team-named-for-a-year"),
        pytest.param("We invoice in SGD, as agreed.", id="a-currency-without-a-sum"),
        pytest.param("Our plant is ISO 9001 certified.", id="a-standard-by-number"),
        pytest.param("We ship on 3 EUR-pallets a week.", id="a-pallet-of-standard-size"),
        pytest.param("Our amateur 40-piece orchestra plays on Friday.", id="a-code-inside-a-word"),
        pytest.param("A fraud 5 years ago taught us a lot.", id="another-code-inside-a-word"),
    ],
)
def test_numbers_and_codes_that_are_no_sum_are_not_money(text: str) -> None:
    assert AN_AMOUNT.search(text) is None
    assert re.search(MONEY, text, re.IGNORECASE) is None


def test_a_sum_is_taken_whole_without_the_comma_after_it() -> None:
    found = re.search(MONEY, "Speaker packages start at $2,500, which includes a talk", re.IGNORECASE)
    assert found is not None and found.group(0) == "$2,500"


# -- what a user sees: an offer to share their work at a price in euros or Singapore dollars is a sale -------------

FEATURE_OFFER = "We'd love to feature your winter food drive in a post and a few stories{price}. Interested?"


@pytest.mark.parametrize(
    "price",
    [
        pytest.param(" - our rate is EUR 40 per post", id="euros-by-code"),
        pytest.param(" - our rate is SGD 49 per post", id="singapore-dollars"),
        pytest.param(" - our rate is $49 per post", id="dollar-sign"),
    ],
)
def test_an_offer_to_share_your_work_at_a_price_in_any_currency_is_no_free_share(price: str) -> None:
    assert not offers_to_share(FEATURE_OFFER.format(price=price))


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("", id="no-price"),
        pytest.param(" for our 49ers fan page", id="a-team-named-for-a-year"),
        pytest.param(" at no cost - the fee of EUR 40 is waived", id="a-price-waived"),
    ],
)
def test_an_offer_to_share_your_work_for_nothing_stays_a_free_share(words: str) -> None:
    # near misses: no sum to pay
    assert offers_to_share(FEATURE_OFFER.format(price=words))


# -- what a user sees: a stage sold in dollars by name is sold ------------------------------------------------------


def test_a_speaking_package_priced_in_dollars_by_name_charges_the_speaker() -> None:
    assert charges_to_appear("Our speaking packages start at 2,500 dollars and include a 20-minute talk.")


def test_a_speaking_package_that_is_free_charges_nothing() -> None:
    # near miss: no sum named
    assert charges_to_appear("Our speaking packages are free and include a 20-minute talk.") is None


# -- what a user sees: a budget or a reminder's price in Singapore dollars is read as one in dollars is ---------------


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        pytest.param("Our budget is around SGD 800 a month.", "SGD 800 a month", id="singapore-dollars"),
        pytest.param("Our budget is around $800 a month.", "$800 a month", id="dollar-sign"),
    ],
)
def test_a_budget_named_in_any_currency_is_noted_as_given(text: str, budget: str) -> None:
    assert given(Details(), text)["budget"] == budget


def test_a_budget_of_a_number_without_a_currency_is_not_noted() -> None:
    # near miss: "800 members" is no budget
    assert "budget" not in given(Details(), "Our network has around 800 members a month.")


EARLIER = "Would you give the keynote at our summit on May 4?"


def test_a_reminder_that_names_a_price_in_singapore_dollars_brings_news() -> None:
    assert brings_news(
        "Just following up - keynote speakers contribute SGD 2,500 towards production.", EARLIER
    )


def test_a_reminder_that_repeats_the_price_at_the_end_of_a_sentence_brings_no_news() -> None:
    # near miss: the same sum, once before a full stop ("EUR 2,500.") and once within the sentence
    before = f"{EARLIER} Keynote speakers contribute EUR 2,500."
    assert not brings_news("Just following up on the EUR 2,500 contribution - any thoughts?", before)


# -- what a user sees: a seller's price and an event's cost in Singapore dollars or euros by name ------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "Our launch packages start at SGD 1,800 and include a shoot.", "SGD 1,800", id="singapore-dollars"
        ),
        pytest.param("Our plans start from 49 euros a month.", "49 euros", id="euros-by-name"),
        pytest.param("Our plans start at €49 a month.", "€49", id="euro-sign"),
    ],
)
def test_a_sellers_own_price_in_any_currency_is_a_priced_offer(text: str, words: str) -> None:
    assert priced_offer(text).endswith(words)


def test_a_sellers_plans_without_a_sum_are_no_priced_offer() -> None:
    # near miss: "from 49 cities" is no price
    assert priced_offer("Our plans start from 49 cities across Asia.") == ""


@pytest.mark.parametrize(
    ("text", "cost"),
    [
        pytest.param(
            "Tickets are SGD 45 per person, dinner included.", "SGD 45 per person", id="singapore-dollars"
        ),
        pytest.param("Tickets are $45 per person, dinner included.", "$45 per person", id="dollar-sign"),
    ],
)
def test_an_events_ticket_price_in_any_currency_is_its_cost(text: str, cost: str) -> None:
    mail = incoming(f"Would you join our founders' dinner on Thursday 10 December in Singapore? {text}")
    assert extract(mail, Intent.EVENT_INVITATION).cost == cost


def test_an_event_with_a_number_of_guests_and_no_price_has_no_cost() -> None:
    # near miss: "SGD" named without a sum
    mail = incoming(
        "Would you join our founders' dinner on Thursday 10 December? 45 guests; we invoice in SGD."
    )
    assert extract(mail, Intent.EVENT_INVITATION).cost == ""


# -- what a user sees: a founder raising in Singapore dollars is raising ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We're raising SGD 2m to build our first plant.", id="singapore-dollars"),
        pytest.param("We're raising a SGD 3m seed in January.", id="a-seed-in-singapore-dollars"),
        pytest.param("We're raising EUR 1.8m to build our first line.", id="euros"),
    ],
)
def test_a_founder_raising_in_any_currency_says_so(text: str) -> None:
    assert says_they_raise(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We're raising 49 children on our farm.", id="a-count-raised"),
        pytest.param("We raise funds in SGD for local charities.", id="a-currency-without-a-sum"),
    ],
)
def test_words_of_raising_without_a_round_or_millions_are_no_raise(text: str) -> None:
    # near misses
    assert not says_they_raise(text)


# -- a firm's pitch signed in capitals, followed up by the advisor who signed it ----------------------------------


@pytest.mark.parametrize(
    "signed",
    [
        pytest.param("JOSÉ GARCÍA, CFA", id="in-capitals-with-accents"),
        pytest.param("José García, CFA", id="as-he-writes-it"),
    ],
)
def test_the_advisors_follow_up_to_the_pitch_he_signed_in_capitals_gets_no_second_no(
    kindly: Kindly, tmp_path: Path, signed: str
) -> None:
    pitch, follow_up = pitch_then_follow_up(kindly, tmp_path, signed, follower="José García")
    assert pitch["decision"] == follow_up["decision"] == "decline"
    assert pitch["draft"] and not follow_up["draft"]


def test_a_colleague_who_did_not_sign_the_pitch_in_capitals_is_answered_on_his_own(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the firm's mail was signed by someone else, in capitals too
    pitch, follow_up = pitch_then_follow_up(kindly, tmp_path, "HÉLÈNE MARCHAND, CFP", follower="José García")
    assert pitch["draft"] and follow_up["draft"]
