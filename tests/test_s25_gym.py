"""Rory Delgado, owner of Ironside Strength, an independent strength-and-conditioning gym in Tacoma (session 25,
gym): employers' wellness programs are her clients; she grows a women's strength community, speaks on injury
prevention, partners with physical therapists and looks for a mentor who has opened a second location. Her rules
keep her from comping influencers, franchise deals and anything in her peak class times."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.scams import scam_cue
from kindly.hours import Window, rule_windows
from personas import (
    GYM_GOALS,
    GYM_NEVER,
    GYM_OWNER,
    GYM_WOMENS_STRENGTH,
    gym_profile,
    replacing,
    to_gym,
    varied,
)
from support import Kindly, profile_file, triaged_one


def _to_rory(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Rory against her profile."""
    mail = to_gym(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(gym_profile(), tmp_path))


def _invite_to_rory(
    kindly: Kindly, tmp_path: Path, *, summary: str, description: str, start: str, organizer: str
) -> dict[str, Any]:
    """The triage record of a calendar invitation to Rory (`start` in Tacoma's clock, an hour long)."""
    end = f"{start[:9]}{int(start[9:11]) + 1:02d}{start[11:]}"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//example//events//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:gym-invite@example.com", "DTSTAMP:20261130T170000Z",
        f"DTSTART;TZID=America/Los_Angeles:{start}", f"DTEND;TZID=America/Los_Angeles:{end}",
        f"SUMMARY:{summary}", f"DESCRIPTION:{description}", f"ORGANIZER;CN={organizer}",
        f"ATTENDEE;CN=Rory Delgado;RSVP=TRUE:mailto:{GYM_OWNER.partition('<')[2].rstrip('>')}",
        "END:VEVENT", "END:VCALENDAR", "",
    ]  # fmt: skip
    invite = tmp_path / "invite.ics"
    invite.write_text("\r\n".join(lines), encoding="utf-8")
    return triaged_one(kindly, invite, profile_file(gym_profile(), tmp_path))


# -- 1. "meetings during peak class times, weekdays 5-8 am and 5-8 pm": the hours after a comma, each in its half ---


def test_peak_class_times_after_a_comma_are_the_hours_the_rule_keeps_clear() -> None:
    weekdays = frozenset(range(5))
    left = (
        Window(weekdays, time(0), time(5)),
        Window(weekdays, time(8), time(17)),
        Window(weekdays, time(20), time(23, 59)),
    )
    assert rule_windows("meetings during peak class times, weekdays 5-8 am and 5-8 pm") == left
    # a bare start takes its end's half of the day...
    assert rule_windows("meetings during peak class times (weekdays 5-8 am and 5-8 pm)") == left
    # ...unless that would start it after it ends: "9-5 pm" is the working day
    every_day = frozenset(range(7))
    assert rule_windows("meetings between 9 and 5 pm") == (
        Window(every_day, time(0), time(9)),
        Window(every_day, time(17), time(23, 59)),
    )


def test_an_evening_mixer_in_her_peak_class_times_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # she is coaching then: the rule about meetings in the hours she works keeps an event at that hour out too
    record = _to_rory(
        kindly,
        tmp_path,
        "Dear Rory,\n\nJoin fellow members and local employers at the Chamber's Holiday Business Mixer on Thursday, "
        "December 10, from 5:30 to 7:30 pm at the Hotel Murano. Appetizers and a no-host bar. Free for members, $25 "
        "for guests.\n\nRSVP by December 7.\n\nTacoma-Pierce County Chamber\n",
        sender="Tacoma-Pierce County Chamber <events@tacomachamber.example>",
        subject="You're invited: Holiday Business Mixer, Dec 10",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "peak class times" in record["reason"]


def test_a_late_morning_employers_breakfast_is_not_kept_out_by_her_peak_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the same chamber's event at 10:30, between her morning and evening classes
    record = _to_rory(
        kindly,
        tmp_path,
        "Dear Rory,\n\nJoin HR leaders and local employers at the Chamber's Workplace Wellness Roundtable on Thursday, "
        "December 10, from 10:30 to 11:30 am at the Chamber offices. Free for members.\n\nRSVP by December 7.\n\n"
        "Tacoma-Pierce County Chamber\n",
        sender="Tacoma-Pierce County Chamber <events@tacomachamber.example>",
        subject="You're invited: Workplace Wellness Roundtable, Dec 10",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 2. money promised, and the business's bank and identity details asked by return of mail ----------------------

_PRE_APPROVED = (
    "Dear Business Owner,\n\nIronside Strength has been PRE-APPROVED for up to $250,000 in equipment financing at 0% "
    "for 12 months. To release funds within 24 hours, reply with your EIN, business bank routing and account number "
    "and a copy of your driver's license.\n\nThis offer expires TODAY.\n\nFunding Department\n"
)


def test_pre_approved_financing_that_asks_bank_and_id_details_by_reply_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_rory(
        kindly,
        tmp_path,
        _PRE_APPROVED,
        sender="Capital Funding Dept <approvals@equipfundnow.example>",
        subject="URGENT: $250,000 equipment financing PRE-APPROVED",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert record["draft"] is None


def test_an_employers_onboarding_asking_for_direct_deposit_details_is_no_scam() -> None:
    # near miss: a new hire's paperwork asks the same details, but promises no funds and sets no hours
    assert (
        scam_cue(
            "Hi Sam,\n\nWelcome aboard! Before your first payroll, please reply with your bank routing and account "
            "number for direct deposit and a copy of your driver's license for your I-9.\n\nThanks,\nHR\n"
        )
        is None
    )


# -- 3. a charity event that asks the business by its name ----------------------------------------------------------


def test_a_charity_event_asking_the_gym_by_name_to_enter_a_team_is_an_invitation(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "Thank you for considering it" read alone is a thank-you; the question to Ironside is the ask
    record = _to_rory(
        kindly,
        tmp_path,
        "Hi Rory,\n\nNourish Pierce County Food Banks is holding 'Deadlifts for Dollars' on Saturday, January 23 at the "
        "Tacoma Dome exhibition hall: local gyms bring a team, members collect pledges per pound lifted, and all "
        "money goes to the food bank. Would Ironside like to enter a team or host a coaching station? There's no fee "
        "to take part.\n\nThank you for considering it,\nHannah Ortiz\nEvents, Nourish Pierce County\n",
        sender="Hannah Ortiz <hannah@nourishpiercecounty.example>",
        subject="Deadlifts for Dollars - will Ironside host a station?",
    )
    assert record["is_invitation"], record["reason"]
    assert record["decision"] != "ignore" and record["draft"], record["reason"]


# -- 4. her rules in her words: a membership for posts, a franchise ---------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Kayla Brooks <kayla@kaylaliftspnw.example>",
            "Collab?",
            "hey!! I'm Kayla, fitness creator here in Tacoma (42K on IG + TikTok). I'd love to train at Ironside for a "
            "few months and document my strength journey - in exchange for a free membership I'd post 2 reels a month "
            "and tag you in stories. lmk!!\n",
            id="a-free-membership-for-reels",
        ),
        pytest.param(
            "Jade Sutton <jade@jadesuttonfit.example>",
            "Feature Ironside on my channel?",
            "Hi Rory!\n\nI'm a fitness creator (120K on YouTube). I'd love to feature Ironside in my 'Best Gyms of the "
            "PNW' series. My feature package is $600 for a dedicated video plus 3 stories, or I can do it in exchange "
            "for a 6-month membership. Let me know which works!\n\nJade\n",
            id="a-video-for-a-six-month-membership",
        ),
    ],
)
def test_a_creator_asking_a_membership_for_posts_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_rory(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert GYM_NEVER[0] in record["reason"]


def test_a_member_who_pays_and_posts_is_no_membership_for_posts(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: she pays for her membership; what she posts is her own business
    record = _to_rory(
        kindly,
        tmp_path,
        "Hi Rory,\n\nI just signed up for the 12-month membership (paid in full at the front desk). Could I join the "
        "Tuesday beginner class? I'll probably post a few videos of my progress - I have a small fitness page.\n\n"
        "Thanks,\nJess\n",
        sender="Jess Harlow <jess.harlow@gmail.example>",
        subject="New member question",
    )
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_franchise_conversion_pitch_falls_under_her_rule_against_franchise_deals(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "franchise deals": the franchise however it is offered, not the word "deal"
    record = _to_rory(
        kindly,
        tmp_path,
        "Dear Rory,\n\nI lead franchise development at ForgeFit. By converting to a ForgeFit franchise you keep your "
        "location, gain our national brand and marketing engine, and can open additional units with our financing "
        "partners.\n\nI'd welcome a 30-minute call to walk you through the conversion model.\n\nRegards,\nDerek Vaughn\n"
        "Director of Franchise Development, ForgeFit\n",
        sender="Derek Vaughn <derek@forgefitfranchise.example>",
        subject="Turn Ironside into a multi-unit brand",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "franchise deals" in record["reason"]


# -- 5. a physical therapist proposing to work together, to a goal to partner with physical therapists -------------


def test_a_physical_therapists_joint_workshop_meets_her_goal_to_partner_with_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_rory(
        kindly,
        tmp_path,
        "Hello Rory,\n\nI'm a pelvic floor physical therapist at Harbor Pelvic Health. Many of my patients are women "
        "who want to get back to lifting after pregnancy and are nervous about it. Would you be interested in "
        "co-hosting a free evening workshop for women on lifting safely postpartum - maybe at your gym in February?"
        "\n\nWarmly,\nJenna Morales, DPT\n",
        sender="Jenna Morales <jenna@harborpelvichealth.example>",
        subject="Joint workshop for women lifters?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "physical therapists" in record["reason"]


# -- 6. a decline said in her goals' words: her own community is no "peer group in my field" -----------------------


def test_a_decline_names_the_community_she_grows_not_a_peer_group(kindly: Kindly, tmp_path: Path) -> None:
    record = _invite_to_rory(
        kindly,
        tmp_path,
        summary="Webinar: Double your gym's revenue with automation",
        description="Join GymFlow's growth team for a live 60-minute webinar on automating billing\\, booking and "
        "retention. Free for gym owners. Register to reserve your seat.",
        start="20261210T110000",
        organizer="GymFlow Events:mailto:events@gymflowhq.example",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "peer group" not in record["draft"], record["draft"]
    assert "growing our women's strength community" in record["draft"], record["draft"]


def test_a_goal_of_peers_to_join_is_still_a_peer_group_in_a_decline(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a goal to join other owners is no community of her own to grow
    peers = varied(
        GYM_WOMENS_STRENGTH, description="A like-minded group of independent gym owners in the South Sound"
    )
    mail = to_gym(
        tmp_path / "mail.eml",
        "Hi Rory,\n\nJoin GymFlow's growth team on Thursday, December 10 at 11:00 am for a live 60-minute webinar on "
        "automating billing, booking and retention. Free for gym owners. Register to reserve your seat.\n\nGymFlow\n",
        sender="Ashley Moreno <ashley@gymflowhq.example>",
        subject="Webinar: Double your gym's revenue with automation",
    )
    record = triaged_one(kindly, mail, profile_file(gym_profile(goals=replacing(GYM_GOALS, peers)), tmp_path))
    assert record["reason_code"] == "not_current_focus", record["reason"]
    assert "a peer group in my field" in record["draft"], record["draft"]


# -- 7. a client's plain ask, answered whole; a sponsorship turned down as one ------------------------------------


def test_an_hr_managers_need_to_know_about_insurance_is_answered_with_her_cover(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "We'd also need to know you carry liability insurance": a question without a question mark
    record = _to_rory(
        kindly,
        tmp_path,
        "Hi Rory,\n\nI'm the HR manager at Cascade Logistics in the Port of Tacoma. We have about 40 warehouse staff "
        "and back injuries are our biggest workers' comp cost. Do you offer a corporate program, and what would it "
        "cost per employee? We'd also need to know you carry liability insurance.\n\nCould we talk sometime next "
        "week?\n\nThanks,\nPriya Raman\nHR Manager, Cascade Logistics\n",
        sender="Priya Raman <priya.raman@cascadelogistics.example>",
        subject="Strength program for our warehouse team?",
    )
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Our corporate program runs 6 or 12 weeks" in draft, draft
    assert "$65 per employee a month" in draft, draft
    assert "$2M general and professional liability cover" in draft, draft


def test_a_race_selling_sponsorship_packages_is_turned_down_as_a_sponsorship(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the expo booth is one perk of the package: "I don't pay for a booth" would answer something not asked
    record = _to_rory(
        kindly,
        tmp_path,
        "Hi Rory,\n\nThe Tacoma City Half Marathon returns on April 18, 2027 with 3,500 runners. We're offering local "
        "businesses sponsorship packages from $1,500 (logo on shirts, expo booth) to $5,000 (presenting sponsor of "
        "the warm-up zone). Would Ironside like to be part of it? I've attached our sponsor deck.\n\nThanks,\n"
        "Ellie Park\nSponsorships, Tacoma City Half\n",
        sender="Ellie Park <ellie@tacomacityhalf.example>",
        subject="Sponsorship opportunity - Tacoma City Half 2027",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I'm not able to sponsor it this time" in record["draft"], record["draft"]
    assert "booth" not in record["draft"], record["draft"]


# -- 8. "a short call to talk about what you offer": a client's call, not a stage ----------------------------------


def test_a_benefits_managers_call_to_talk_about_what_she_offers_is_a_client_not_a_stage(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_rory(
        kindly,
        tmp_path,
        "Hi Rory - I run benefits for MultiCare's Tacoma campus (about 600 staff). We're adding a strength option to "
        "our employee wellness program next year. Would you be open to a short call to talk about what you offer?"
        "\n\nMarcus\n",
        sender="Marcus Webb <marcus.webb@multicare.example>",
        subject="Employee wellness program",
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["intent"] != "speaking_invitation", record["reason"]
    assert "find clients goal" in record["reason"], record["reason"]


def test_a_running_clubs_talk_to_its_members_is_still_a_stage(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a talk at a club night is one she gives
    record = _to_rory(
        kindly,
        tmp_path,
        "Hi Rory,\n\nI coordinate Tacoma Runners, a club of about 200 members. Would you give a short talk on injury "
        "prevention and strength work for runners at one of our monthly club nights? We can't pay, but we'd spread "
        "the word about your gym.\n\nSofia\n",
        sender="Sofia Nguyen <sofia@tacomarunners.example>",
        subject="Talk for our running club?",
    )
    assert (record["decision"], record["intent"]) == ("accept", "speaking_invitation"), record["reason"]


# -- 9. a physical therapy clinic's invitation is from the physical therapists her goal names ----------------------


def test_a_physical_therapy_clinics_lunch_and_learn_meets_her_goal_to_partner_with_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _invite_to_rory(
        kindly,
        tmp_path,
        summary="Return to Lifting After Injury - lunch and learn for coaches",
        description="Tideflats Physical Therapy invites local strength coaches to a lunch and learn: how we progress "
        "patients from rehab back to barbell training\\, and how gyms and PTs can refer to each other. Lunch provided.",
        start="20261216T130000",
        organizer="Maya Chen (Tideflats Physical Therapy):mailto:maya.chen@tideflatspt.example",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "physical therapists" in record["reason"], record["reason"]
    assert "see you on Wednesday, December 16 at 1:00 pm" in record["draft"], record["draft"]
