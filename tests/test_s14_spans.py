"""An evening's hours said as a span with its "pm" once ("6:00 to 9:00 pm", "from 6 to 9pm") are read whole: the
draft confirms the evening, not a bare "6:00" that reads as morning."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.model import Intent
from kindly.understand.extract import extract
from support import Kindly, incoming
from test_s14_vendor import CE_EVENING, DENTIST, triage


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("Thursday, March 18, 6:00 to 9:00 pm", "Thursday, March 18, 6:00 to 9:00 pm"),
        ("Thursday, March 18 from 6 to 9pm", "Thursday, March 18 from 6 to 9pm"),
        ("Thursday, March 18, 6pm until 9pm", "Thursday, March 18, 6pm until 9pm"),
        ("Thursday, March 18, 6pm-9pm", "Thursday, March 18, 6pm-9pm"),
        ("Thursday, March 18, 6-9pm", "Thursday, March 18, 6-9pm"),
    ],
)
def test_an_evenings_span_of_hours_is_read_to_its_end(said: str, when: str) -> None:
    message = incoming(f"Join us {said} at the Hyatt Regency for our CE evening. Would you like to come?")
    assert extract(message, Intent.EVENT_INVITATION).when == when


def test_a_ce_evenings_yes_confirms_the_evening_not_six_in_the_morning(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        DENTIST,
        "Kyle Benson <kyle.benson@brightarc.example>",
        "CE evening: guided implant surgery for the general dentist",
        CE_EVENING,
    )
    assert record["decision"] == "accept", record["reason"]
    assert "see you on Thursday, March 18, 6:00 to 9:00 pm." in record["draft"]


def test_a_habit_of_the_senders_is_no_day_to_meet() -> None:
    # the week they record in is when; the day their episodes go out is a habit of theirs
    message = incoming(
        "We'd love to have you on as a guest. We record remotely and a session takes 50 minutes. We're looking at "
        "the week of November 3. Episodes go out every other Wednesday."
    )
    assert extract(message, Intent.SPEAKING_INVITATION).when == "the week of November 3"
