"""Money in every currency, round three: a never-rule's ideas and limits, and a scam's fortune, read an amount in
any currency kindly.amounts knows; a pound that is a weight is no money."""

from __future__ import annotations

import re

import pytest

from kindly.amounts import AN_AMOUNT, MONEY

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
