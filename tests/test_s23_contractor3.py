"""Kendra Lowry's mail, round three (session 23): what a Denver general contractor's leftovers teach - a
subcontractor she seeks is business, not networking to ration."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.policy import Context, decide
from kindly.model import Intent, Understanding
from kindly.profile import parse_profile
from kindly.understand.days import away_until
from personas import contractor_profile, invite_to_kendra, text_to_kendra
from support import Kindly, incoming, profile_file, triaged_one

KENDRA = parse_profile(contractor_profile())


def _read_as(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


# -- meeting the subcontractor she seeks is business, like a client's visit -------------------------------------

TONY = (
    "Hello,\n\nAlvarado Plumbing & Gas is a family-owned plumbing contractor in Denver (Master Plumber MP.0031876, "
    "insured). We're looking to partner with one or two residential GCs for rough-in and finish plumbing on "
    "kitchens and basements - we pull our own permits and are usually able to start within 2 weeks.\n\nCould we "
    "set up a time to meet with the owner?\n\nTony Alvarado\nAlvarado Plumbing & Gas\n"
)


def test_a_plumber_wanting_gc_partners_is_met_whatever_networking_hours_the_week_has_left() -> None:
    mail = incoming(
        TONY, subject="Licensed plumber looking for GC partners", from_addr="tony@alvaradoplumbing.example"
    )
    verdict = decide(mail, _read_as(Intent.PARTNERSHIP_PROPOSAL), KENDRA, Context(hours_committed=2.5))
    assert verdict.decision.value == "accept", verdict.reason
    assert "networking hours" not in verdict.reason and "later time" not in verdict.reason
    assert verdict.hours == 0.0


@pytest.mark.parametrize(
    ("subject", "body", "intent"),
    [
        pytest.param(
            "Remodelers roundtable",
            "Hi Kendra, a few of us remodelers meet as a peer group roundtable once a month to compare notes. "
            "Would you like to join us for coffee?",
            Intent.COMMUNITY_INVITATION,
            id="a peer group",
        ),
        pytest.param(
            "Mentoring?",
            "Hi Kendra, I run a remodeling company and would love you to mentor me as a woman in construction. "
            "Could we meet for an hour?",
            Intent.MENTORSHIP_REQUEST,
            id="a mentee",
        ),
    ],
)
def test_a_peer_group_or_a_mentee_still_takes_her_networking_hours(
    subject: str, body: str, intent: Intent
) -> None:
    mail = incoming(body, subject=subject, from_addr="sam@peer.example")
    verdict = decide(mail, _read_as(intent), KENDRA, Context(hours_committed=2.5))
    assert verdict.hours > 0, verdict.reason


# -- a talk or a panel at a fixed hour outside her meeting hours says so, as an event does ----------------------


def _invited(kindly: Kindly, tmp_path: Path, start: str) -> dict[str, Any]:
    invite = invite_to_kendra(
        tmp_path / "invite.ics",
        summary="Denver Remodelers Council - holiday dinner and panel",
        organizer="Renee Park <renee@denverremodelers.example>",
        location="Denver Athletic Club",
        description="Kendra - we'd love to have you join us for dinner and a panel on finding good subcontractors, "
        "as our guest. Renee Park\\, Denver Remodelers Council",
        start=start,
    )
    return triaged_one(kindly, invite, profile_file(contractor_profile(), tmp_path))


def test_an_evening_dinner_and_panel_as_a_guest_notes_it_is_outside_her_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invited(kindly, tmp_path, "20261210T180000")
    assert (record["decision"], record["intent"]) == (
        "accept",
        "speaking_invitation",
    )  # "a panel ... as our guest"
    assert "outside your meeting hours (Thursday, December 10 at 6:00 pm" in record["reason"], record[
        "reason"
    ]


def test_a_morning_panel_inside_her_hours_says_nothing_of_hours(kindly: Kindly, tmp_path: Path) -> None:
    record = _invited(kindly, tmp_path, "20261210T073000")
    assert "outside your meeting hours" not in record["reason"], record["reason"]


# -- a client who names a far-off day she never meets is offered the days after it, not before they are back -----


def _texted(kindly: Kindly, tmp_path: Path, words: str) -> dict[str, Any]:
    text = text_to_kendra(tmp_path / "text.txt", words, sender="Dana Whitfield")
    return triaged_one(kindly, text, profile_file(contractor_profile(), tmp_path))


def test_a_client_away_until_a_far_off_sunday_is_offered_the_weekdays_after_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _texted(
        kindly,
        tmp_path,
        "hi Kendra, Dana Whitfield - our neighbor Jen recommended you. we're redoing our kitchen, any chance you "
        "could swing by Sunday, December 20 to look? we're away until then. thx",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    said, _, offered = record["draft"].partition("doesn't work for me, though")
    assert "Sunday, December 20" in said, record["draft"]
    assert "December 21" in offered and "December 2 " not in offered and "December 4" not in offered


def test_a_client_asking_for_this_sunday_is_still_offered_the_soonest_weekdays(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _texted(
        kindly,
        tmp_path,
        "hi Kendra, we're redoing our kitchen, any chance you could swing by this Sunday to look? thx",
    )
    assert record["decision"] == "accept", record["reason"]
    _, _, offered = record["draft"].partition("doesn't work for me, though")
    assert "December 2" in offered or "December 3" in offered, record["draft"]


def test_a_client_away_until_a_date_is_offered_no_time_before_they_are_back(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _texted(
        kindly,
        tmp_path,
        "hi Kendra, we're redoing our kitchen, could you swing by to look at it? we're away until December 18. thx",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "December 18" in record["draft"] and "December 2 " not in record["draft"], record["draft"]


def test_away_until_names_the_day_they_are_back_and_nothing_for_then() -> None:
    assert away_until("We're out of town until Dec 18, then free.", date(2026, 12, 1)) == date(2026, 12, 18)
    assert away_until("We're away until then.", date(2026, 12, 1)) is None
    assert away_until("Open until December 18 - our holiday sale!", date(2026, 12, 1)) is None
