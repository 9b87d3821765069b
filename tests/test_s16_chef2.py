"""Sixteenth session, a chef's and a principal's review, second round: a decline offers a resource only where it
helps what the sender is after; a supplier is known by the goods it supplies; the yes to an event says its hour;
the user is never among who will attend, and a greeting is no one's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

CHEF = """\
[user]
name = "Tomás Ferreira"
email = "tomas@casaferreira.pt"
signature = "Tomás"
date_style = "international"
weekly_networking_hours = 3
time_zone = "Europe/Lisbon"

[[goals]]
kind = "find_community"
description = "Join a slow-food / zero-waste chefs' collective"
targets = ["slow food", "zero-waste chefs", "chefs' collective"]
priority = 1

[[goals]]
kind = "find_clients"
description = "Private dining and corporate events for companies and groups in Lisbon"
targets = ["private dining", "corporate events", "team dinners"]
priority = 2

[[providers]]
category = "{provider}"
name = "{provider_name}"

[[never]]
what = "meetings or events during service (12:00-15:00 and 19:00-23:00)"

[[resources]]
title = "Casa Ferreira private dining menu and terms"
description = "Menus, prices and conditions for private dining and full buyouts (up to 40 guests)"
link = "https://casaferreira.pt/private-dining"
helps = "companies and groups planning a private dinner or corporate event"

[[resources]]
title = "Stage at Casa Ferreira: how it works"
description = "What a stage in our kitchen involves, dates we take stagiaires, and how to apply"
link = "https://casaferreira.pt/stage"
helps = "culinary students looking for a stage or internship"
"""


def chef(tmp_path: Path, provider: str = "fish supplier", name: str = "Peixaria Nunes in Peniche") -> Path:
    return profile_file(CHEF.format(provider=provider, provider_name=name), tmp_path)


ALLIANCE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Slow Food Lisboa//Convivium//PT
METHOD:REQUEST
BEGIN:VEVENT
UID:sfl-chefs-alliance-2026-12@slowfoodlisboa.pt
SEQUENCE:0
DTSTAMP:20261124T120000Z
DTSTART;TZID=Europe/Lisbon:20261209T{start}00
DTEND;TZID=Europe/Lisbon:20261209T{end}00
SUMMARY:Slow Food Lisboa - Chefs' Alliance meeting and dinner
DESCRIPTION:Dear chefs\\, you are invited to the December meeting of the Slow Food Chefs' Alliance in Lisbon: we
 will plan Terra Madre Day activities and share a dinner cooked with Ark of Taste products. Please RSVP.
LOCATION:Mercado de Campo de Ourique\\, Lisboa
ORGANIZER;CN=Teresa Vaz:mailto:teresa.vaz@slowfoodlisboa.pt
ATTENDEE;CN=Tomás Ferreira;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tomas@casaferreira.pt
END:VEVENT
END:VCALENDAR
"""


def alliance(tmp_path: Path, start: str = "2000", end: str = "2200") -> Path:
    invitation = tmp_path / "alliance.ics"
    invitation.write_text(ALLIANCE.format(start=start, end=end), encoding="utf-8")
    return invitation


# -- a decline's resource helps what the sender is after, not words it shares in passing ---------------------------


def test_an_evening_meeting_declined_by_the_service_rule_is_not_sent_the_private_dining_menu(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "plan" Terra Madre Day and "share a dinner": two words of the menu's audience ("companies and groups planning
    # a private dinner"), but the organiser is no company planning a dinner to book
    record = triaged_one(kindly, alliance(tmp_path), chef(tmp_path))
    assert record["reason_code"] == "never_do", record["reason"]
    assert "private dining" not in record["draft"]
    assert "I have a firm rule against meetings or events during service" in record["draft"]


def test_a_student_declined_is_still_pointed_to_the_stage_page_made_for_students(
    kindly: Kindly, tmp_path: Path
) -> None:
    # what must not change: whom the resource is for ("culinary students") and what it is about ("stage")
    mail = eml(
        tmp_path / "student.eml",
        "Dear Chef Ferreira,\n\nI'm a culinary student at the Escola de Hotelaria in Estoril and I would love to"
        " do a three-week stage in your kitchen in February. Could we meet for a coffee so I can ask you how you"
        " got started and what you look for in a stagiaire?\n\nThank you,\nInês Rocha",
        sender="Inês Rocha <ines.rocha@ehte.pt>",
        subject="Stage in February?",
        date="Mon, 23 Nov 2026 18:02:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, chef(tmp_path))
    assert record["decision"] in ("decline", "refer"), record["reason"]
    assert "https://casaferreira.pt/stage" in record["draft"]


def test_a_company_planning_a_team_dinner_outside_the_users_goals_may_still_get_the_menu() -> None:
    from kindly.profile import Resource
    from kindly.reply.compose import best_resource

    menu = Resource(
        title="Casa Ferreira private dining menu and terms",
        description="Menus, prices and conditions for private dining and full buyouts (up to 40 guests)",
        link="https://casaferreira.pt/private-dining",
        helps="companies and groups planning a private dinner or corporate event",
    )
    asked = (
        "Our company is planning a private dinner for 25 people in January - do you have anything for groups?"
    )
    assert best_resource([menu], asked, "tomas@casaferreira.pt") is menu
    passing = "We will plan Terra Madre Day activities and share a dinner cooked with Ark of Taste products."
    assert best_resource([menu], passing, "tomas@casaferreira.pt") is None
