"""One pattern for an amount of money (kindly.amounts, once decide.money): a fee denied and a rate stated read a sum as a fee paid
does - never a full stop after it."""

from __future__ import annotations

from kindly.decide.rules import never_rule_hit
from kindly.decide.white_label import own_rates, with_own_rate
from kindly.model import Intent
from kindly.profile import Answer
from support import with_never

PAID_KEYNOTE = (
    "Hi Dana, would you give the keynote at our spring conference on 12 March? Our budget is small this year - "
    "we can't pay $1,000. We can offer a $500 honorarium for the talk, and cover your travel."
)


def test_a_fee_refused_in_one_sentence_does_not_deny_the_fee_offered_in_the_next() -> None:
    # "we can't pay $1,000." ends its sentence: the $500 honorarium after it is paid, so no rule against unpaid
    # speaking declines the keynote
    assert never_rule_hit(with_never("unpaid speaking"), PAID_KEYNOTE, Intent.SPEAKING_INVITATION) is None
    unpaid = PAID_KEYNOTE.replace("We can offer a $500 honorarium", "We can't offer an honorarium")
    assert never_rule_hit(with_never("unpaid speaking"), unpaid, Intent.SPEAKING_INVITATION) is not None


def test_a_day_rate_stated_at_the_end_of_an_answer_is_weighed_without_its_full_stop() -> None:
    rate = [Answer(about=["day rate", "rates"], answer="My day rate is EUR 650.")]
    assert with_own_rate("white-label subcontracting for agencies below my day rate", rate) == (
        "white-label subcontracting for agencies below EUR 650 per day",
    )
    # ...and a currency's singular name, as a rate is often written, is read still
    assert own_rates([Answer(about=["day rate"], answer="I charge 600 euro a day.")]) == ("600 euro",)
