"""Sixteenth session, a chef's and a principal's review, second round: a decline offers a resource only where it
helps what the sender is after; a supplier is known by the goods it supplies; the yes to an event says its hour;
the user is never among who will attend, and a greeting is no one's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from personas import (
    CHEF_COLLECTIVE,
    CHEF_PRIVATE_DINING,
    CHEF_RESOURCES,
    PRINCIPAL_NETWORK,
    chef_profile,
    principal_profile,
    varied,
)
from support import Kindly, eml, profile_file, triaged_one


def chef(tmp_path: Path, provider: str = "fish supplier", name: str = "Peixaria Nunes in Peniche") -> Path:
    """The chef seeking his collective first, then private dining clients, with his pages and one provider."""
    toml = chef_profile(
        goals=[
            varied(CHEF_COLLECTIVE, priority=1),
            varied(
                CHEF_PRIVATE_DINING,
                targets=["private dining", "corporate events", "team dinners"],
                priority=2,
            ),
        ],
        providers=[(provider, name)],
        resources=CHEF_RESOURCES,
    )
    return profile_file(toml, tmp_path)


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


# -- a supplier known by the goods it supplies -----------------------------------------------------------------------

FISH_PITCH = (
    "Hi Tomás,\n\nI'm Duarte, account manager at Atlântico Fresh. We supply day-boat fish from Sesimbra and Setúbal"
    " to over 60 Lisbon restaurants, delivered before 9:00 six days a week, with full traceability for every"
    " fish.\n\nFor new restaurant partners we offer 10% off the first month. Could we set up a 20-minute call next"
    " week so I can walk you through our price list?\n\nBest,\nDuarte Pinto\nAccount Manager, Atlântico Fresh\n"
    "atlanticofresh.pt | +351 913 222 111"
)


def pitch(tmp_path: Path, body: str, sender: str = "Duarte Pinto <duarte@atlanticofresh.pt>") -> Path:
    return eml(
        tmp_path / "pitch.eml",
        body,
        sender=sender,
        subject="Fresh catch delivered daily - 10% off your first month",
        date="Fri, 13 Nov 2026 09:12:00 +0000",
        to="tomas@casaferreira.pt",
    )


def test_a_fish_suppliers_pitch_is_declined_as_the_user_already_has_a_fish_supplier(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, pitch(tmp_path, FISH_PITCH), chef(tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "supply day-boat fish" in record["reason"]
    assert "For a fish supplier, I already work with" in record["draft"]


def test_a_wine_distributor_is_known_by_the_wines_it_distributes(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Olá Tomás,\n\nI'm Marta from Vinho Vivo. We distribute natural wines from small Portuguese growers to"
        " restaurants in Lisbon and Porto, with next-day delivery and no minimum order. Could I drop by with a few"
        " bottles for you to taste next week?\n\nBest,\nMarta Sá\nSales, Vinho Vivo"
    )
    profile = chef(tmp_path, "wine distributor", "Adega Tejo Distribuição")
    record = triaged_one(kindly, pitch(tmp_path, body, "Marta Sá <marta@vinhovivo.pt>"), profile)
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]


def test_a_supplier_of_something_else_is_no_fish_supplier() -> None:
    # near misses: the goods are another's ("linen"), or the provider's word only comes by the way
    from kindly.decide.providers import goods_supplied

    assert goods_supplied("fish supplier", "We supply linen to restaurants that serve fish") is None
    assert goods_supplied("wine distributor", "We supply glassware for your wine list") is None
    assert goods_supplied("fish supplier", "We sell fishing gear to the boats of Peniche") is None
    assert goods_supplied("booking platform", "We supply day-boat fish") is None  # no supplier's trade
    assert goods_supplied("fish supplier", "Fresh fish delivered before 9:00") == "fish delivered"
    assert (
        goods_supplied("fish supplier", "we supply restaurants with fish") == "supply restaurants with fish"
    )


# -- the yes to an event says the hour the mail gives ---------------------------------------------------------------

# the principal as another round wrote him: a debate-minded network his one goal, no stage, provider or pages
PRINCIPAL = principal_profile(
    signature="Andre Whitfield",
    weekly_networking_hours=None,
    own_domains=None,
    goals=[
        varied(
            PRINCIPAL_NETWORK,
            description="Join a network of urban high school principals",
            targets=["principals", "school leaders", "debate"],
        )
    ],
    providers=[],
    resources=[],
)

CHAMPIONSHIP = (
    "Dear Dr. Whitfield,\n\nFour of your students have qualified for the City Championship on Saturday, December"
    " 12. Principals of qualifying schools are invited to the awards ceremony {hour}. Could you let us know if"
    " you'll be able to attend?\n\nBest,\nJanet Cole\nChicago Debate League"
)


def championship(tmp_path: Path, hour: str) -> Path:
    return eml(
        tmp_path / "championship.eml",
        CHAMPIONSHIP.format(hour=hour),
        sender="Janet Cole <jcole@chicagodebateleague.org>",
        subject="City Championship - your students qualified",
        date="Tue, 24 Nov 2026 10:00:00 -0600",
        to="awhitfield@lincolnparkhs.org",
    )


def test_the_yes_to_an_event_says_the_hour_given_in_the_next_sentence(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(kindly, championship(tmp_path, "at 3:00pm"), profile_file(PRINCIPAL, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "see you on Saturday, December 12 at 3:00 pm." in record["draft"]


def test_an_hour_to_answer_by_is_no_hour_of_the_event(kindly: Kindly, tmp_path: Path) -> None:
    # near misses: no hour given, and an hour that is a deadline, leave the day alone
    record = triaged_one(kindly, championship(tmp_path, "that afternoon"), profile_file(PRINCIPAL, tmp_path))
    assert "see you on Saturday, December 12." in record["draft"]
    from kindly.reply.acceptance import _hour_said_apart

    said = "The championship is on Saturday, December 12. Please let us know by Friday at 5pm."
    assert _hour_said_apart("Saturday, December 12", said, date(2026, 11, 24), "us") == ""
    both = "The dinner is on Wednesday, December 9. Drinks at 6pm, dinner at 7pm."
    assert _hour_said_apart("Wednesday, December 9", both, date(2026, 11, 24), "us") == ""


# -- the user is never among who will attend; a greeting is no one's name -------------------------------------------


def test_the_calendars_own_attendee_line_for_the_user_is_not_among_who_will_attend(
    kindly: Kindly, tmp_path: Path
) -> None:
    kindly("triage", str(alliance(tmp_path, "1600", "1800")), "--profile", str(chef(tmp_path)))
    shown = kindly("show", "1", "--profile", str(chef(tmp_path))).output
    assert "Tomás Ferreira" not in shown.split("Details")[1]


def test_a_portuguese_greeting_is_no_persons_name() -> None:
    from kindly.understand.people import people_named, reader_name

    said = "Olá Tomás! Pedro here, chef at Horta Viva in Arroios. Ola Nordmann from Oslo is coming too."
    assert people_named(said, sender="Pedro Almeida", reader=reader_name(said)) == ("Ola Nordmann",)
    assert reader_name("Olá Tomás! Pedro here") == "Tomás"
