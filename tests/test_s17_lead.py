"""Examples the lead added in the seventeenth session."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import Kindly, eml, incoming, triaged_one

_SLOT_FOR_A_FEE = """Hello,

You have been selected to speak at the Global Leaders Summit in Dubai. To secure your slot please send the
$500 registration fee to {payee} by Western Union today.

Regards,
Grace
"""


@pytest.mark.parametrize("payee", ["Dr. Smith", "Mrs. Adeyemi", "Prof. Obi", "our agent"])
def test_a_fee_to_send_by_western_union_is_a_scam_whatever_title_its_payee_has(
    kindly: Kindly, tmp_path: Path, payee: str
) -> None:
    mail = eml(
        tmp_path / "summit.eml",
        _SLOT_FOR_A_FEE.format(payee=payee),
        sender="Grace Okoro <grace.okoro88@gmail.com>",
        subject="Speaking slot confirmed",
        date="Mon, 30 Nov 2026 08:12:00 +0000",
    )

    record = triaged_one(kindly, mail)

    # a title's dot ends no sentence: the fee and the way to send it are one ask
    assert record["decision"] == "ignore", record["reason"]
    assert "scam" in record["reason"], record["reason"]


def _pasted_dm(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "dm.txt"
    path.write_text(f"From: Owen Hart (LinkedIn)\n\n{body}\n\nThanks,\nOwen\n", encoding="utf-8")
    return path


def test_a_studio_owner_who_asks_to_talk_about_a_part_time_cfo_arrangement_is_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    dm = _pasted_dm(
        tmp_path,
        "Hi Dana, I run a 6-person architecture practice in Portland and we are drowning in month-end. "
        "Could we hop on a call next week to talk about a part-time CFO arrangement?",
    )

    record = triaged_one(kindly, dm)

    # the example user sells "monthly bookkeeping or a part-time CFO" to owners of design studios
    assert record["intent"] == "client_inquiry"
    assert record["decision"] == "accept", record["reason"]
    assert "find clients" in record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Dana, could we hop on a call next week to talk about a bookkeeping app we built for design studios?",
            id="a-seller-talks-about-its-app",
        ),
        pytest.param(
            "Hi Dana, could we hop on a call next week to chat about a CFO role at our architecture practice?",
            id="a-recruiter-talks-about-a-role",
        ),
    ],
)
def test_a_call_about_a_thing_of_the_senders_own_is_no_client(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = triaged_one(kindly, _pasted_dm(tmp_path, body))

    assert record["intent"] != "client_inquiry", record["reason"]


# -- a last read of the session's change ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a dash between two clauses spans no days: the day proposed is the first, not the one that is booked
        ("Could we meet on Tuesday at 3pm - Friday is fully booked for me.", "Tuesday at 3pm"),
        ("Could we meet on Tuesday - Friday is fully booked.", "Tuesday"),
        # a day moved is no span of days
        ("Can we push Monday to Wednesday?", "Monday"),
        ("Could we move our call on Tuesday to Thursday at 2pm?", "Tuesday"),
        # ...while the days someone keeps still propose none
        ("Afternoons are quiet here, any day Tuesday to Friday. Could you come by?", ""),
        ("We are open Tue-Fri, so could you drop by?", ""),
    ],
)
def test_a_span_of_weekdays_is_told_from_a_day_proposed(text: str, when: str) -> None:
    from kindly.model import Intent
    from kindly.understand.extract import extract

    assert extract(incoming(text), Intent.COFFEE_CHAT).when == when


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("I'm leading a VP Operations search. Would a 20-minute call on Thursday work for you?", False),
        ("I've attached my notes from Tuesday's session.", False),
        ("I've attached my CV in case you have room for a junior associate.", True),
        ("I would love to work for you one day.", True),
    ],
)
def test_a_recruiter_asking_whether_a_time_works_for_you_is_no_job_seeker(text: str, candidate: bool) -> None:
    from kindly.decide.candidates import asks_for_work

    assert asks_for_work(text) is candidate


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        (
            "Join our People Summit on 3 March: 3 CPD hours, and meet other HR directors from the region. "
            "Tickets for the team are free.",
            'gathers your peers ("meet other HR directors")',
        ),
        (
            "Clearview Glazing runs a one-hour CPD lunch-and-learn in your studio on the new triple glazing. "
            "We cater for the team.",
            "",
        ),
    ],
)
def test_a_sellers_event_for_your_team_gives_nothing_unless_it_gathers_peers(text: str, gives: str) -> None:
    from kindly.decide.vendor_events import what_it_gives

    assert gives in what_it_gives(incoming(text)) if gives else what_it_gives(incoming(text)) == ""
