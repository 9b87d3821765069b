"""Money in every currency, round three: a never-rule's ideas and limits, and a scam's fortune, read an amount in
any currency kindly.amounts knows; a pound that is a weight is no money."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kindly.amounts import AN_AMOUNT, MONEY
from kindly.decide.assess import assess
from kindly.decide.pay_to_pitch import charges_to_meet_you
from kindly.decide.policy import Context, decide
from kindly.decide.reading import with_second_reading
from kindly.decide.rules import never_rule_hit
from kindly.decide.scams import scam_in
from kindly.model import Intent, Understanding
from kindly.reply.offer import sells_to_its_guests
from support import EXAMPLE_PROFILE, Kindly, incoming, triaged_one, with_never
from test_s19_adviser import adviser, from_mark


def _held(rule: str, text: str, intent: Intent = Intent.PARTNERSHIP_PROPOSAL) -> list[str] | None:
    """The evidence of `rule` for a message, or None where it does not hold."""
    hit = never_rule_hit(with_never(rule), text, intent)
    return None if hit is None else hit[1]


# -- 1. the ideas of a never-rule read a sum in any currency ---------------------------------------------------------


@pytest.mark.parametrize(
    "terms",
    [
        pytest.param("Performer sign-up is SGD 20 (includes one drink).", id="a-sign-up-fee-by-code"),
        pytest.param("Performer sign-up is 20 SGD (includes one drink).", id="the-code-after-the-fee"),
        pytest.param("Bands pay SGD 50 to play.", id="bands-pay-by-code"),
        pytest.param("Bands pay 50 euros to play.", id="bands-pay-in-euros-by-name"),
    ],
)
def test_a_showcase_that_charges_the_artist_in_singapore_dollars_or_euros_falls_under_pay_to_play(
    terms: str,
) -> None:
    evidence = _held("pay-to-play gigs", f"Each act gets a 30-minute set. {terms}")
    assert evidence is not None and evidence[0].startswith("pay_to_play:")


@pytest.mark.parametrize(
    "terms",
    [
        pytest.param(
            "Tickets are SGD 15 at the door and fans can buy tickets online.", id="the-audiences-tickets"
        ),
        pytest.param(
            "We pay each act SGD 300 to play, plus a share of the door.", id="a-fee-paid-to-the-act"
        ),
    ],
)
def test_a_showcase_that_pays_the_artist_in_singapore_dollars_passes_the_pay_to_play_rule(terms: str) -> None:
    assert _held("pay-to-play gigs", f"Each act gets a 30-minute set. {terms}") is None


@pytest.mark.parametrize(
    ("pitch", "shown"),
    [
        pytest.param(
            "We generate leads. You only pay per lead (SGD 60 per qualified lead).",
            "SGD 60 per qualified lead",
            id="per-lead-by-code",
        ),
        pytest.param(
            "No monthly fee: you only pay 30 dollars for each new patient who books through us.",
            "30 dollars for each new patient",
            id="per-patient-in-dollars-by-name",
        ),
        pytest.param(
            "No monthly fee: you only pay $30 for each new patient who books through us.",
            "30 for each new patient",
            id="per-patient-by-sign-as-before",
        ),
        pytest.param(
            "We have 3 new leads for your area; buy them now for SGD 34 each.",
            "leads for your area; buy them now for SGD 34 each",
            id="leads-sold-each-by-code",
        ),
    ],
)
def test_a_price_per_lead_in_any_currency_is_a_referral_fee(pitch: str, shown: str) -> None:
    assert _held("paying referral fees for leads", pitch, Intent.SALES_PITCH) == [f'referral_fee: "{shown}"']


def test_a_newsletter_priced_per_month_in_singapore_dollars_is_no_referral_fee() -> None:
    pitch = "Our newsletter for clinic owners is SGD 30 per month, with new leads on hiring every week."
    assert _held("paying referral fees for leads", pitch, Intent.SALES_PITCH) is None


@pytest.mark.parametrize(
    "price",
    [
        pytest.param("SGD 799", id="by-code"),
        pytest.param("799 euros", id="euros-by-name"),
        # a sign after a space: the pattern's opening word boundary holds before the digit, never before the "$"
        pytest.param("$799", id="by-sign"),
    ],
)
def test_a_journal_that_charges_to_publish_in_any_currency_is_predatory(price: str) -> None:
    journal = f"Dear Professor, publish in our journal within 7 days: only {price} to publish your paper."
    rule = "predatory journals or conferences that charge authors to publish or present"
    evidence = _held(rule, journal)
    assert evidence is not None and evidence[0] == f'pay_to_play: "{price.removeprefix("$")} to publish"'


def test_a_journal_that_publishes_free_of_charge_is_not_predatory() -> None:
    journal = "Dear Professor, we would be glad to publish your paper in our journal; there is no charge to authors."
    rule = "predatory journals or conferences that charge authors to publish or present"
    assert _held(rule, journal) is None


def test_a_stall_priced_in_singapore_dollars_falls_under_the_rule_against_paying_for_a_stall() -> None:
    evidence = _held(
        "events that charge for a stall", "Join our makers' market! A stall is SGD 120 for the day."
    )
    assert evidence == ['pay_to_play: "stall is SGD 120"']


@pytest.mark.parametrize(
    ("rule", "price"),
    [
        pytest.param("events on Sunday mornings", "a stall is SGD 9.50", id="a-morning-by-code"),
        pytest.param("events on Sunday mornings", "a stall is 9.50 euros", id="a-morning-by-name"),
        pytest.param("events on Sunday evenings", "dinner is SGD 19.50 a head", id="an-evening-by-code"),
    ],
)
def test_a_price_in_singapore_dollars_or_euros_is_no_hour_of_the_day(rule: str, price: str) -> None:
    market = f"Our Sunday market runs all day; {price}."
    assert _held(rule, market, Intent.EVENT_INVITATION) is None


@pytest.mark.parametrize(
    ("rule", "hour"),
    [
        pytest.param("events on Sunday mornings", "9.30", id="a-morning-hour"),
        pytest.param("events on Sunday evenings", "19.30", id="an-evening-hour"),
    ],
)
def test_an_hour_written_with_a_dot_still_shows_the_part_of_the_day(rule: str, hour: str) -> None:
    market = f"Our Sunday market opens at {hour}; a stall is SGD 20."
    evidence = _held(rule, market, Intent.EVENT_INVITATION)
    assert evidence is not None and f'"{hour}"' in evidence[0]


# -- 2. a never-rule's limit in any currency, weighed only against a sum in the same one -----------------------------


def test_a_gift_worth_more_than_the_limit_in_singapore_dollars_falls_under_the_rule() -> None:
    gift = "As a thank-you we'd love to send you a gift hamper worth SGD 800."
    assert _held("accepting gifts above SGD 500", gift) == ['"above SGD 500": "SGD 800"', 'gift: "gift"']


@pytest.mark.parametrize(
    "worth",
    [
        pytest.param("SGD 300", id="within-the-limit"),
        # kindly converts no money: a sum in another currency is not weighed against the limit
        pytest.param("$800", id="another-currency"),
    ],
)
def test_a_gift_within_the_limit_or_in_another_currency_passes_the_rule(worth: str) -> None:
    gift = f"As a thank-you we'd love to send you a gift hamper worth {worth}."
    assert _held("accepting gifts above SGD 500", gift) is None


def test_a_limit_in_singapore_dollars_is_every_alternatives_that_it_follows() -> None:
    rule = "gifts or meals over SGD 500 from lobbyists"
    dinner = "We'd love to take you to dinner at Odette, from our lobbying firm: a meal worth SGD {}."
    assert _held(rule, dinner.format(900)) == [
        '"over SGD 500": "SGD 900"',
        'meal: "dinner"',
        'lobbying: "lobbying"',
    ]
    assert _held(rule, dinner.format(300)) is None


@pytest.mark.parametrize(
    ("worth", "note"),
    [
        pytest.param(
            "$800",
            'never-rule "accepting gifts above SGD 500": "$800" is in another currency, not weighed against it',
            id="another-currency-is-said",
        ),
        pytest.param("SGD 300", "", id="the-same-currency-within-the-limit-says-nothing"),
    ],
)
def test_a_gift_in_another_currency_than_the_rules_limit_is_said_not_weighed(worth: str, note: str) -> None:
    gift = incoming(
        f"As a thank-you we'd love to send you a gift hamper worth {worth}.", from_name="Lena Park"
    )
    assessment = assess(gift, Intent.PARTNERSHIP_PROPOSAL, with_never("accepting gifts above SGD 500"))
    assert (assessment.never, assessment.unweighed) == (None, note)


# -- 3. a scam's fortune in any currency -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fortune"),
    [
        pytest.param(
            "Please continue this conversation on WhatsApp. You were selected, dear friend, for SGD 250,000.",
            "SGD 250,000",
            id="a-tempting-sum-moved-to-chat",
        ),
        pytest.param(
            "Dear beneficiary, the dormant account holds SGD 12,500,000. Contact me on my private email.",
            "SGD 12,500,000",
            id="a-dormant-account",
        ),
        pytest.param(
            "Please continue this conversation on WhatsApp. You were selected, dear friend, for 2 million HKD.",
            "2 million HKD",
            id="millions-by-code-after",
        ),
    ],
)
def test_a_fortune_in_singapore_or_hong_kong_dollars_is_a_scams_money_cue(text: str, fortune: str) -> None:
    scam = scam_in(text)
    assert scam is not None and f'"{fortune}"' in str(scam)


def test_a_series_a_in_singapore_dollars_with_a_whatsapp_number_is_no_scam() -> None:
    text = (
        "Our Series A closed at SGD 12,000,000 last week. Text me on WhatsApp at +65 8123 4567 if you'd like to "
        "catch up about the studio's bookkeeping."
    )
    assert scam_in(text) is None


# -- 5. a pound is a weight as often as money -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We'll bring a 5 pound bag of coffee beans.", id="a-bag-by-weight"),
        pytest.param("I lost 20 pounds on your programme!", id="weight-lost"),
        pytest.param("The parcel weighs 5 pounds.", id="weight-weighed"),
        pytest.param("We collected about 300 pounds of canned food.", id="pounds-of-something"),
    ],
)
def test_a_weight_in_pounds_is_no_money(text: str) -> None:
    assert AN_AMOUNT.search(text) is None
    assert re.search(MONEY, text, re.IGNORECASE) is None


@pytest.mark.parametrize(
    ("text", "sum_"),
    [
        pytest.param("Tip: bring a 2 dollar bill for the raffle.", "2 dollar", id="a-dollar-bill"),
        pytest.param("Entry is a 10 pound note at the door.", "10 pound", id="a-pound-note"),
        pytest.param("We'd offer you 300 pound for the article.", "300 pound", id="pound-for-something"),
        pytest.param("The workshop costs 20 pounds.", "20 pounds", id="pounds-alone"),
        pytest.param("We pay 50 pound a day.", "50 pound", id="a-day-rate"),
    ],
)
def test_a_sum_in_pounds_or_dollars_by_name_is_money(text: str, sum_: str) -> None:
    assert AN_AMOUNT.search(text)
    found = re.search(MONEY, text, re.IGNORECASE)
    assert found is not None and found.group(0) == sum_


# -- and a pitch sold at an event, in any currency --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("terms", "who"),
    [
        pytest.param("Pitch tickets are SGD 89 per 5-minute pitch.", "attendees", id="a-pitch-by-code"),
        pytest.param(
            "Pitch tickets are 89 euros per 5-minute pitch.", "attendees", id="a-pitch-in-euros-by-name"
        ),
        pytest.param(
            "Tickets are SGD 89 per person; agents pitch on stage.", None, id="a-ticket-is-no-pitch"
        ),
    ],
)
def test_a_pitch_fair_that_charges_writers_in_singapore_dollars_or_euros_charges_to_meet_you(
    terms: str, who: str | None
) -> None:
    assert charges_to_meet_you(f"Join our pitch fair on Saturday! {terms}") == who


@pytest.mark.parametrize(
    ("terms", "sold"),
    [
        pytest.param("Pitch tickets are SGD 89 per 5-minute pitch.", True, id="a-pitch-by-code"),
        pytest.param(
            "Tickets are SGD 89 per person; agents pitch on stage.", False, id="a-ticket-is-no-pitch"
        ),
    ],
)
def test_a_pitch_fair_that_sells_pitches_in_singapore_dollars_sells_to_its_guests(
    terms: str, sold: bool
) -> None:
    assert sells_to_its_guests(f"Join our pitch fair on Saturday! {terms}") is sold


# -- and a speaker's fee in any currency --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pay",
    [
        pytest.param(", but we pay a SGD 750 speaker fee.", id="a-speaker-fee-by-code"),
        pytest.param(": speakers receive SGD 750 for travel.", id="speakers-receive-by-code"),
        pytest.param(", and we pay a $750 speaker fee.", id="a-speaker-fee-by-sign-as-before"),
    ],
)
def test_a_volunteer_slot_that_pays_a_speaker_fee_in_singapore_dollars_is_no_unpaid_talk(pay: str) -> None:
    talk = f"Would you speak at our conference on 3 March? It's a volunteer speaker slot{pay}"
    assert _held("unpaid speaking engagements", talk, Intent.SPEAKING_INVITATION) is None


def test_a_volunteer_speaker_slot_with_no_fee_is_an_unpaid_talk() -> None:
    talk = "Would you speak at our conference on 3 March? It's a volunteer speaker slot."
    assert _held("unpaid speaking engagements", talk, Intent.SPEAKING_INVITATION) is not None


# -- and an honorarium offered in any currency ------------------------------------------------------------------------

LUNCH_AND_LEARN = (
    "I run People & Culture at a logistics firm. Many of our 40 staff are first-time buyers, and we'd like someone "
    "to run a 45-minute lunch-and-learn on buying a first home. {offer} Could you do Thursday 17 December at 12:30?"
)
UNSURE_PITCH = Understanding(
    is_invitation=True,
    intent=Intent.SALES_PITCH,
    purpose_clear=True,
    confidence=0.21,
    intent_scores={"sales_pitch": 0.21, "work_meeting": 0.2, "speaking_invitation": 0.19},
)


@pytest.mark.parametrize(
    "offer",
    [
        pytest.param("We can offer a SGD 300 honorarium.", id="an-honorarium-by-code"),
        pytest.param("There is an honorarium of 300 euros.", id="an-honorarium-in-euros-by-name"),
        pytest.param("We will pay you SGD 400 for the hour.", id="pay-by-code"),
    ],
)
def test_a_paid_lunch_and_learn_in_singapore_dollars_or_euros_the_model_took_for_a_pitch_is_a_paid_talk(
    offer: str,
) -> None:
    talk = incoming(LUNCH_AND_LEARN.format(offer=offer), from_name="Grace Lim")
    read = with_second_reading(UNSURE_PITCH, EXAMPLE_PROFILE, talk)
    assert read.intent is Intent.SPEAKING_INVITATION and "pays you" in read.evidence[0]


def test_a_lunch_and_learn_that_sells_a_package_in_singapore_dollars_stays_a_pitch() -> None:
    offer = "We can offer a SGD 300 honorarium; our wellness package is SGD 900."
    talk = incoming(LUNCH_AND_LEARN.format(offer=offer), from_name="Grace Lim")
    assert with_second_reading(UNSURE_PITCH, EXAMPLE_PROFILE, talk).intent is Intent.SALES_PITCH


def test_a_gift_in_another_currency_than_the_rules_limit_says_so_in_the_decisions_evidence() -> None:
    gift = incoming(
        "Hi Dana, as a thank-you for the workshop we'd love to send you a gift hamper worth $800. "
        "Could we have your address?",
        from_name="Lena Park",
    )
    read = Understanding(
        is_invitation=True, intent=Intent.PARTNERSHIP_PROPOSAL, purpose_clear=True, confidence=0.9
    )
    verdict = decide(gift, read, with_never("accepting gifts above SGD 500"), Context())
    note = 'never-rule "accepting gifts above SGD 500": "$800" is in another currency, not weighed against it'
    assert not verdict.never_rule and note in verdict.evidence


# -- 4. a sender's own people who need the user's work, read once (client_need) -----------------------------------------


def test_an_accountant_whose_trustees_need_an_adviser_on_the_next_line_is_not_told_she_has_an_accountant(
    kindly: Kindly, tmp_path: Path
) -> None:
    wrapped = (
        "Hi Priya,\n\nI'm an SMSF accountant in North Sydney with a handful of trustees heading into pension phase\n"
        "who'd benefit from an independent adviser. Would a coffee in the week of 7 December work?\n\nMark Ellis\n"
        "Director, Ellis SMSF Accounting"
    )
    record = triaged_one(kindly, from_mark(tmp_path, wrapped), profile=adviser(tmp_path))
    assert record["reason_code"] != "has_provider"
    assert "already work with" not in str(record["draft"])
