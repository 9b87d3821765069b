"""Session 23 mends of the read-back (decide): what a user now gets right where a pattern read too much."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest

from kindly.amounts import AN_AMOUNT, MONEY
from kindly.decide.assess import scam_in_message
from kindly.decide.care import care_asked, hard_news
from kindly.decide.submissions import work_submitted
from personas import answer, creator_profile, pastor_profile, to_pastor
from support import Kindly, incoming, profile_file, triaged_one

# -- 1. A mail padded with blank lines is read at once, a "Query:" line still counts ----------------------------------


def test_a_mail_of_twenty_thousand_blank_lines_is_read_for_a_query_at_once() -> None:
    padded = "Hello,\n" + "\n" * 20_000 + "I wrote a novel.\n"
    started = time.perf_counter()
    assert work_submitted("", padded) == ""
    assert time.perf_counter() - started < 1.0


def test_a_query_line_of_a_writers_own_novel_still_offers_the_work() -> None:
    letter = "\n\n  Query:\tTHE SALT ORCHARD\n\nMy literary novel is complete at 92,000 words.\n"
    assert work_submitted("", letter) == "Query:"


# -- 2./3. Hard times and hospital news count only when they are the writer's or someone close's ----------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "It's been hard to find a vendor for the gala. Could you come by the office Tuesday?",
            id="a-task-hard",
        ),
        pytest.param(
            "Volunteer training is at the hospital on Tuesday. Could you come by at 9?",
            id="training-at-a-hospital",
        ),
        pytest.param(
            "Sales have gotten really bad this quarter. Could you come by Monday?", id="sales-gone-bad"
        ),
    ],
)
def test_an_ask_to_come_by_about_work_is_no_care_asked(text: str) -> None:
    assert care_asked(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Things have been hard for me lately. Could I come see you this week?", id="hard-for-me"
        ),
        pytest.param("It's been really hard since Mom died. Could you come by tonight?", id="hard-since-mom"),
        pytest.param("Things at home have gotten really bad. I just need to talk.", id="home-gone-bad"),
        pytest.param("My marriage has gotten so dark. Can you come over?", id="my-marriage"),
        pytest.param("Mom is in the ICU. Could you come today?", id="mom-in-the-icu"),
        pytest.param("My husband was rushed to the hospital. Can you come now?", id="husband-rushed"),
    ],
)
def test_a_hard_time_of_ones_own_with_a_visit_asked_is_still_care(text: str) -> None:
    assert care_asked(text) != ""


def test_a_notice_of_training_at_the_hospital_is_no_hard_news() -> None:
    assert hard_news("Reminder: volunteer training is at the hospital on Tuesday, 6pm.") == ""
    assert hard_news("The blood drive's at the hospital this Saturday.") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Pastor, Dad's in the hospital.",
        "Mom is in the ICU since last night.",
        "My sister's in the hospital again.",
    ],
)
def test_a_member_telling_someone_close_is_in_hospital_is_still_hard_news(text: str) -> None:
    assert hard_news(text) != ""


# -- 4. A vendor's own failed-payment notice is no scam; a look-alike's is ---------------------------------------------


def test_zooms_own_failed_payment_notice_is_no_scam() -> None:
    notice = incoming(
        "Hi Dana,\n\nYour card payment for Zoom Pro failed. Please update your payment details at "
        "https://zoom.us/billing or your subscription will be suspended on December 9.\n\nZoom Billing\n",
        from_name="Zoom",
        from_addr="billing@zoom.us",
        subject="Payment failed",
    )
    assert scam_in_message(notice) is None


def test_a_look_alike_of_zoom_asking_payment_details_or_suspension_is_still_a_scam() -> None:
    notice = incoming(
        "Hi Dana,\n\nYour card payment for Zoom Pro failed. Please update your payment details at "
        "https://zoom-billing-secure.example.net or your subscription will be suspended today.\n\nZoom Billing\n",
        from_name="Zoom",
        from_addr="billing@zoom-billing-secure.example.net",
        subject="Payment failed",
    )
    assert scam_in_message(notice) is not None


# -- 5. A currency code counts things only as a price: "3 CAD drawings" and "CAD 3D" name no sum ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could you review 3 CAD drawings for our extension?",
        "We model everything in CAD 3D before the build.",
        "Our studio mixes 2 aud channels per booth.",
        "I can send 4 CAD files by Friday.",
    ],
)
def test_a_code_that_counts_drawings_or_names_a_models_kind_is_no_price(text: str) -> None:
    assert AN_AMOUNT.search(text) is None
    assert re.search(MONEY, text, re.IGNORECASE) is None


@pytest.mark.parametrize(
    "text",
    ["The review is CAD 300.", "It costs 300 CAD for the drawings.", "EUR 5k a day", "1,500 CHF", "usd 2m"],
)
def test_a_code_beside_a_sum_is_still_a_price(text: str) -> None:
    assert AN_AMOUNT.search(text) is not None
    assert re.search(MONEY, text, re.IGNORECASE) is not None


# -- 6. "Sunday mornings" is held to a clock, not to a price or a version said with a dot ------------------------------


def _to_pastor(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, Any]:
    mail = to_pastor(
        tmp_path / "mail.eml",
        body,
        sender="Rev. Lois Grant <lgrant@zionhill.example.org>",
        subject="Preach for us?",
    )
    return triaged_one(kindly, mail, profile_file(pastor_profile(), tmp_path))


def test_a_sunday_revival_dinner_priced_eur_10_50_is_not_held_to_the_sunday_mornings_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        "Dear Dr. Whitaker,\n\nWould you preach at our revival dinner on Sunday, March 7 (plates EUR 10.50 each)?"
        "\n\nRev. Lois Grant\n",
    )
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_sunday_service_at_10_30_said_with_a_dot_is_still_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        "Dear Dr. Whitaker,\n\nOur homecoming is Sunday, March 7, and we would love for you to preach at 10.30 "
        "in our sanctuary. Honorarium provided.\n\nRev. Lois Grant\nZion Hill Baptist\n",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


# -- 8. An account of 12,345 followers is said as "12.3k", not "12.345k" ----------------------------------------------

AUDIENCE = answer(
    ["audience", "followers", "subscribers"],
    "My audience is mostly 20 to 29; the channel has about 410k subscribers and Instagram about 180k followers.",
)


def _dm_to_jasmine(kindly: Kindly, tmp_path: Path, words: str) -> dict[str, Any]:
    dm = tmp_path / "dm.txt"
    dm.write_text(
        f"From: Budget Babes (Instagram @budgetbabes)\nSubject: Instagram DM\nDate: Mon, 30 Nov 2026 19:50:00 -0800"
        f"\n\n{words}\n"
    )
    return triaged_one(kindly, dm, profile_file(creator_profile(answers=(AUDIENCE,)), tmp_path))


def test_a_swap_from_an_account_of_12345_followers_is_said_as_12_3k(kindly: Kindly, tmp_path: Path) -> None:
    record = _dm_to_jasmine(
        kindly,
        tmp_path,
        "Hi! We're a budgeting page with 12,345 followers - want to do a shout-out swap this week?",
    )
    assert "an account of 12.3k against your 180k" in record["reason"], record["reason"]


def test_a_swap_from_an_account_of_3000_followers_is_still_said_as_3k(kindly: Kindly, tmp_path: Path) -> None:
    record = _dm_to_jasmine(
        kindly,
        tmp_path,
        "Hi! We're a budgeting page with 3,000 followers - want to do a shout-out swap this week?",
    )
    assert "an account of 3k against your 180k" in record["reason"], record["reason"]
