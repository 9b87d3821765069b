"""Ingrid Castellano, general manager of The Foundry Hotel (session 24, hotel2): round two of her mailbox - the
tourism board's own briefing, a former colleague's coffee over her job hunt, a church group's overpayment cheque,
a corporate RFP answered by its due date and a planner's bonus refused without refusing his group."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import INGRID, hotel_profile, to_hotel
from support import Kindly, profile_file, triaged_one

INGRID_ADDRESS = INGRID.partition("<")[2].rstrip(">")


def _to_ingrid(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Ingrid against her profile."""
    mail = to_hotel(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(hotel_profile(), tmp_path))


def _invitation(kindly: Kindly, tmp_path: Path, summary: str, description: str) -> dict[str, Any]:
    """The triage record of a calendar invitation to Ingrid from the convention bureau's Lauren Fiske, on a Tuesday
    morning inside her meeting hours."""
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Partners//Calendar//EN",
                "METHOD:REQUEST",
                "BEGIN:VEVENT",
                "UID:partner-briefing-20261215@goprovidence.example",
                "DTSTAMP:20261201T150000Z",
                "DTSTART;TZID=America/New_York:20261215T100000",
                "DTEND;TZID=America/New_York:20261215T113000",
                f"SUMMARY:{summary}",
                "LOCATION:Rhode Island Convention Center\\, Room 551",
                f"DESCRIPTION:{description}",
                "ORGANIZER;CN=Lauren Fiske:mailto:lfiske@goprovidence.example",
                f"ATTENDEE;CN=Ingrid Castellano;RSVP=TRUE:mailto:{INGRID_ADDRESS}",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ]
        )
    )
    return triaged_one(kindly, invite, profile_file(hotel_profile(), tmp_path))


# -- 1. a target organisation's own event weighs as the target, however short its description ---------------------


def test_the_tourism_boards_own_briefing_is_a_yes(kindly: Kindly, tmp_path: Path) -> None:
    record = _invitation(kindly, tmp_path, "Visit Rhode Island Partner Briefing", "Quarterly update.")
    assert record["decision"] == "accept", record["reason"]
    assert "meet person" in record["reason"], record["reason"]
    assert "see you on Tuesday, December 15" in record["draft"], record["draft"]


def test_an_event_that_names_a_target_only_in_part_stays_loosely_related(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "Rhode Island" alone is no "Visit Rhode Island": the association's social is not the tourism board's
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nJoin us for our holiday social on Tuesday, December 15 at 10:30 am at the Graduate "
        "Providence.\n\nMaya\n",
        sender="Maya Chen <maya@rihospitality.example>",
        subject="Rhode Island Hospitality Holiday Social",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "not_current_focus"


def test_a_pitch_that_names_the_tourism_board_is_still_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nWe help hotels like yours get more direct bookings - Visit Rhode Island partners see 20% "
        "more. Could I show you a 15-minute demo next week?\n\nTom\n",
        sender="Tom Reyes <tom@brightsignals.example>",
        subject="Partner briefing on hotel marketing",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "not_a_fit"


# -- 2. a former colleague's coffee over her job hunt has said what it is for -------------------------------------

RACHEL = "Rachel Abbott <rachel.abbott@gmail.com>"
COFFEE = (
    "Hi Ingrid!\n\nIt's been ages since we worked together at the Biltmore. I've just moved back to Providence{hunt}. "
    "Any chance you'd have time for a coffee in the next few weeks? I'd love to hear how things are going at The "
    "Foundry.\n\nRachel\n"
)


def test_a_former_colleagues_coffee_over_her_job_hunt_is_declined_kindly(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = COFFEE.format(hunt=" and am looking for a director of sales role")
    record = _to_ingrid(kindly, tmp_path, body, sender=RACHEL, subject="Coffee sometime?")
    # no goal of hers is a job hunt's coffee, and Rachel said what it is for: no "what would you like to discuss"
    assert record["decision"] == "decline", record["reason"]
    assert "job seeker" in record["reason"], record["reason"]
    draft = record["draft"]
    assert "discuss" not in draft, draft
    assert "keep you in mind if I hear of a director of sales role" in draft, draft
    # "sales" in the role she seeks makes her no seller: no overview of her services asked
    assert "overview" not in draft, draft


def test_a_former_colleagues_coffee_that_says_nothing_of_a_hunt_stays_as_it_was(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_ingrid(kindly, tmp_path, COFFEE.format(hunt=""), sender=RACHEL, subject="Coffee sometime?")
    assert record["decision"] == "ask_details", record["reason"]
    assert record["reason_code"] == "purpose_unclear"


# -- 3. the overpayment cheque is a scam, and the user is told so ---------------------------------------------------


def test_a_church_groups_overpayment_cheque_is_ignored_as_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Dear Manager,\n\nI want to book 25 rooms for 3 nights for our church conference delegates in January. Our "
        "sponsor will pay the full amount by certified check in advance. The check will include an extra $6,800 "
        "for the delegates' transportation, so kindly send the balance by Western Union to our travel coordinator "
        "once the check arrives.\n\nPlease send me the total cost urgently.\n\nGod bless,\nRev. Samuel Adeyemi\n",
        sender="Rev. Samuel Adeyemi <samuel.adeyemi.ministry@gmail.com>",
        subject="Group booking for 25 rooms - church conference",
    )
    assert record["decision"] == "ignore", record["reason"]
    assert record["reason_code"] == "scam", record["reason"]
    assert "pay the full amount by certified check" in record["reason"], record["reason"]


def test_a_planner_who_pays_the_full_amount_by_check_is_a_client(kindly: Kindly, tmp_path: Path) -> None:
    # a cheque alone, with no balance to pass on, is only how they pay
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nWe'd like a block of 25 rooms for 3 nights in April for our sales meeting. Our company will "
        "pay the full amount by certified check before arrival. Could you send me the total cost?\n\nPaula Grant\n"
        "Northwind Events\n",
        sender="Paula Grant <paula@northwindevents.example>",
        subject="Room block for our April sales meeting",
    )
    assert record["decision"] == "accept", record["reason"]


# -- 4. a corporate RFP is answered by its due date; a planner's bonus is refused, his group welcomed ---------------

RFP = (
    "Dear Ms. Castellano,\n\nBrightwave Bio is opening an office in Providence and I am building our 2027 preferred "
    "hotel program. We expect roughly 900 room nights next year from visiting staff and candidates. I've attached "
    "our RFP {form}; could you complete it by December 18 with your negotiated corporate rate, cancellation terms "
    "and whether breakfast can be included?\n\nBest regards,\nDaniel Osei\nGlobal Travel Manager, Brightwave Bio\n"
)


def test_a_corporate_rfp_is_answered_with_the_proposal_by_its_due_date(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        RFP.format(form="questionnaire"),
        sender="Daniel Osei <dosei@brightwavebio.example>",
        subject="2027 corporate hotel program RFP - Brightwave Bio",
    )
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    # session 25 (users): what the RFP asked back, in her voice - not "submit a proposal" to a mail that asked for none
    assert "I'll send you the completed questionnaire by Friday, December 18" in draft, draft
    # the RFP's own form asks her rates: no meeting times, no group rate quoted beside it
    assert "Would " not in draft and "$189" not in draft, draft


def test_a_client_who_asks_rates_by_a_day_without_an_rfp_still_gets_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nWe're planning a 60-person offsite in March. Could you let me know your group rates by "
        "December 18?\n\nMegan Tully\nTully Events\n",
        sender="Megan Tully <megan@tullyevents.example>",
        subject="Rates for a 60-person offsite in March?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "$189" in record["draft"], record["draft"]
    assert "submit a proposal" not in record["draft"], record["draft"]


@pytest.mark.parametrize(
    ("group", "welcomed"),
    [
        pytest.param(
            "starting with a 120-room pharma meeting in May",
            "I'd love to host the 120-room pharma meeting in May.",
            id="a-group-named",
        ),
        pytest.param("starting next year", "", id="no-group-named"),
    ],
)
def test_a_planners_bonus_is_refused_and_his_group_welcomed(
    kindly: Kindly, tmp_path: Path, group: str, welcomed: str
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Ingrid,\n\nI place about 40 groups a year in New England and I'd like to bring some of them to The "
        f"Foundry, {group}. Most of the properties I work with give me a 5% personal bonus on top of the usual "
        "commission for every group I bring in - paid to me directly, not the agency. Can we set up something "
        "similar? Happy to talk by phone.\n\nTrevor Lang\nLang Group Meetings\n",
        sender="Trevor Lang <trevor@langgroupmeetings.example>",
        subject="Group business for 2027 - and a thought",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    draft = record["draft"]
    # the no is to his own cut, not to the business: no "I'll have to pass" before standard commission is offered
    assert "have to pass" not in draft, draft
    assert "so I can't agree to that part." in draft, draft
    assert "standard agency commission all the same" in draft or "on standard agency commission" in draft, (
        draft
    )
    if welcomed:
        assert welcomed in draft, draft
    else:
        assert "love to host" not in draft, draft
