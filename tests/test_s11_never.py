"""Never-rules as four users of the eleventh session wrote them (a bookshop owner, a job seeker, an employment
lawyer, a venture investor), each case reproduced from their own mail before it was fixed."""

from __future__ import annotations

import pytest

from kindly.decide.rules import never_rule_hit
from kindly.model import Intent
from kindly.profile import NeverRule, Profile, load_profile
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")


def never(*rules: str) -> Profile:
    return PROFILE.model_copy(update={"never": [NeverRule(what=rule) for rule in rules]})


BOOK_CLUB = (
    "Would you be open to hosting a small teen book club (8-10 kids, with me as the adult) once a month on a "
    "Saturday morning, say 10 to 11? We'd start in February."
)
SUNDAY_MARKET = (
    "We still have a few vendor spots open for the Holiday Makers Market on Sunday, December 13, 10 am - 5 pm. "
    "Booth fee: $85."
)


@pytest.mark.parametrize(
    ("rule", "message", "holds"),
    [
        pytest.param("events on Sundays", BOOK_CLUB, False, id="a Saturday is not a Sunday"),
        pytest.param("events on Sundays", SUNDAY_MARKET, True, id="a Sunday is"),
        pytest.param("weekend events on Sundays", BOOK_CLUB, False, id="the day narrows the weekend"),
        pytest.param("events on Saturdays and Sundays", BOOK_CLUB, True, id="either day of the two"),
        pytest.param("weekend events", SUNDAY_MARKET, True, id="the weekend is either day"),
        pytest.param(
            "Sunday brunches", "Join our brunch on Saturday 12 December?", False, id="word for word"
        ),
    ],
)
def test_a_day_named_in_a_rule_narrows_the_weekend_to_that_day(rule: str, message: str, holds: bool) -> None:
    hit = never_rule_hit(never(rule), message, Intent.EVENT_INVITATION)
    assert (hit is not None) is holds, hit


@pytest.mark.parametrize(
    "rule",
    [
        "events on Sundays - it's the one day the shop is closed and I'm with my family",
        "events on Sundays because the shop is closed",
        "events on Sundays, as I'm with my family",
        "events on Sundays; that's family time",
        "events on Sundays (it's our family day)",
    ],
)
def test_the_users_reason_for_a_rule_is_not_part_of_what_a_message_must_show(rule: str) -> None:
    hit = never_rule_hit(never(rule), SUNDAY_MARKET, Intent.EVENT_INVITATION)
    assert hit is not None and hit[0] == rule  # told as the user wrote it, reason and all
    assert never_rule_hit(never(rule), BOOK_CLUB, Intent.EVENT_INVITATION) is None


def test_a_semicolon_between_two_asks_still_makes_them_alternatives() -> None:
    rules = never("unpaid podcasts; pay-to-play awards")
    assert never_rule_hit(rules, "Come on our podcast! Sadly there's no fee.", Intent.SPEAKING_INVITATION)
