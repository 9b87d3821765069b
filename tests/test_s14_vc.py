"""An investment associate at a seed-stage climate-tech fund (review s14 `vc`): founders pitching their raise are
deal flow, and the times she refuses are hers to move, not a reason to turn a founder away."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest

from kindly.decide.client_need import raising_for_the_goal
from support import Kindly, eml, profile_file, triaged_one, written_profile

ASSOCIATE = """
[user]
name = "Lena Hoffmann"
email = "lena@keimling.vc"
signature = "Lena"
time_zone = "Europe/Berlin"
holidays = "DE-BE"

[[goals]]
kind = "find_clients"
description = "Deal flow: founders of seed-stage climate-tech startups raising a pre-seed or seed round"
targets = ["climate tech founders", "seed round", "battery storage", "carbon removal"]

[[goals]]
kind = "build_credibility"
description = "Speak on climate and energy panels"
targets = ["climate panels", "energy conferences"]

[[providers]]
category = "CRM"
name = "Affinity"
"""


# -- a founder's raise in the words founders use ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("pitch", "subject"),
    [
        pytest.param(
            "Hello Lena,\n\nI'm the CEO of Solvary: we recover silver, silicon and glass from end-of-life solar "
            "panels, 94% recovery in our pilot in Brandenburg. We're raising EUR 1.8m to build our first "
            "5,000-tonne line.\n\nDeck attached. Would you have time for a 30-minute call in the next two "
            "weeks?\n\nKind regards,\nElif Demir\nCEO, Solvary",
            "Solvary: recycling solar panels at scale - deck",
            id="millions alone, in euros",
        ),
        pytest.param(
            "Hey Lena, I'm building Basalt Carbon - enhanced rock weathering on farmland for carbon removal. "
            "We're starting our seed raise. Could we jump on a quick call next week? I can walk you through "
            "everything.\n\nBen",
            "Basalt Carbon",
            id="the raise as a noun",
        ),
        pytest.param(
            "Hi Lena - I'm co-founder of Flexgrid Labs. We build software that lets grid operators use EV "
            "chargers as flexible load; two pilots running. We're raising a EUR 3m seed in Q1.\n\nDeck: "
            "https://docsend.com/view/flexgrid-seed\n\nWould you be open to a 30-min call in the next couple "
            "of weeks?\n\nSofia",
            "Flexgrid Labs x Keimling",
            id="a seed in euros without the word round",
        ),
    ],
)
def test_a_founder_raising_in_euros_or_by_a_seed_raise_is_deal_flow(
    kindly: Kindly, tmp_path: Path, pitch: str, subject: str
) -> None:
    mail = eml(
        tmp_path / "pitch.eml",
        pitch,
        sender="Founder <founder@startup.example.com>",
        subject=subject,
        date="Thu, 26 Nov 2026 10:22:00 +0100",
        to="lena@keimling.vc",
    )
    record = triaged_one(kindly, mail, profile_file(ASSOCIATE, tmp_path))
    assert record["intent"] == "client_inquiry"
    assert record["decision"] == "accept"
    assert "pass" not in record["draft"]
    # a founder's pitch is thanked as one, not as a customer's enquiry
    assert "for reaching out about the round" in record["draft"]
    assert "enquiry" not in record["draft"]


@pytest.mark.parametrize(
    "text",
    [
        "Our running club is raising £400 for the hospice - could Keimling sponsor a mile?",
        "We help founders raising EUR 2m build decks investors read. Could I show you a sample?",
        "Raising the bar on grid software: join our webinar on Thursday.",
    ],
)
def test_money_raised_for_a_cause_or_by_others_is_no_founders_raise(tmp_path: Path, text: str) -> None:
    assert raising_for_the_goal(written_profile(ASSOCIATE, tmp_path), text) == ""


# -- a calendar invitation on a day the user does not meet: the yes to another day is TENTATIVE -----------------

INTRO_CALL_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:voltfield-keimling-intro@google.com
DTSTAMP:20261128T101500Z
DTSTART;TZID=Europe/Berlin:{day}T110000
DTEND;TZID=Europe/Berlin:{day}T113000
SUMMARY:Intro call: Voltfield x Keimling Ventures
DESCRIPTION:Hi Lena\\, as discussed at Slush - an intro call about our seed
  round. Voltfield makes vehicle-to-grid software for fleets. Deck: https://
 docsend.com/view/voltfield-seed\\nMira Schulte\\, CEO
ORGANIZER;CN=Mira Schulte:mailto:mira@voltfield.io
ATTENDEE;CN=Lena Hoffmann;RSVP=TRUE:mailto:lena@keimling.vc
LOCATION:https://meet.google.com/abc-defg-hij
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


def calendar_reply_of(out: Path) -> str:
    """The calendar reply attached to the one exported draft."""
    [exported] = out.glob("*.eml")
    reply = BytesParser(policy=default).parsebytes(exported.read_bytes())
    [calendar] = [part for part in reply.walk() if part.get_content_type() == "text/calendar"]
    return str(calendar.get_content())


@pytest.mark.parametrize(
    ("day", "written", "partstat"),
    [
        pytest.param("20261213", "Sunday 13 December doesn't work for me", "TENTATIVE", id="a Sunday"),
        pytest.param(
            "20261225", "Friday 25 December doesn't work for me", "TENTATIVE", id="a public holiday"
        ),
        pytest.param("20261209", "speak to you on Wednesday 9 December", "ACCEPTED", id="a Wednesday"),
    ],
)
def test_a_calendar_yes_on_a_day_the_draft_refuses_is_tentative(
    kindly: Kindly, tmp_path: Path, day: str, written: str, partstat: str
) -> None:
    source = tmp_path / "intro.ics"
    source.write_text(INTRO_CALL_ICS.format(day=day))
    profile = profile_file(ASSOCIATE, tmp_path)
    record = triaged_one(kindly, source, profile)
    assert record["decision"] == "accept"
    assert written in record["draft"]
    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile)).exit_code == 0
    assert f"PARTSTAT={partstat}" in calendar_reply_of(out)


# -- a rule about the day turns down the day, not the founder -----------------------------------------------------

SUNDAY_BRUNCH = (
    "Hi Lena,\n\nI'm Max, founder of ColdLoop: we replace diesel reefer units on trucks with battery-electric "
    "cooling, 40 trucks live with two grocery chains. We're raising a EUR 2m seed round. Deck: "
    "https://docsend.com/view/coldloop-seed\n\nI'm in Berlin this weekend - any chance we could meet for brunch "
    "on Sunday 6 December, say 11:00, and I walk you through it?\n\nBest,\nMax"
)


@pytest.mark.parametrize("rule", ["meetings on Sunday", "weekend meetings", "meetings on weekends"])
def test_a_meeting_on_a_day_the_user_never_meets_gets_a_yes_on_another_day(
    kindly: Kindly, tmp_path: Path, rule: str
) -> None:
    mail = eml(
        tmp_path / "brunch.eml",
        SUNDAY_BRUNCH,
        sender="Max Okonkwo <max@coldloop.tech>",
        subject="ColdLoop - deck + brunch on Sunday?",
        date="Tue, 01 Dec 2026 07:30:00 +0100",
        to="lena@keimling.vc",
    )
    profile = profile_file(ASSOCIATE + f'\n[[never]]\nwhat = "{rule}"\n', tmp_path)
    record = triaged_one(kindly, mail, profile)
    assert record["decision"] == "accept", record["reason"]
    assert "Sunday 6 December doesn't work for me, though - would " in record["draft"]
    assert "rule" not in record["draft"]


def test_an_event_on_a_day_the_user_never_meets_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "meetup.eml",
        "Hi Lena,\n\nWe're hosting the Berlin Climate Founders Brunch on Sunday 13 December at 11:00 at "
        "Factory Görlitzer Park - about 60 founders raising their seed rounds. Would you like to join us?\n\n"
        "Jakob, Climate Founders Berlin",
        sender="Jakob Mayer <jakob@climatefounders.berlin>",
        subject="Climate Founders Brunch, Sunday 13 December",
        date="Mon, 30 Nov 2026 10:00:00 +0100",
        to="lena@keimling.vc",
    )
    profile = profile_file(ASSOCIATE + '\n[[never]]\nwhat = "meetings on Sunday"\n', tmp_path)
    record = triaged_one(kindly, mail, profile)
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"


# -- "pitch calls without a deck first": the deck is asked for before any call -----------------------------------

NO_DECK_RULE = '\n[[never]]\nwhat = "pitch calls without a deck first"\n'


@pytest.mark.parametrize(
    "pitch",
    [
        pytest.param(
            "Hi Lena,\n\nI'm the founder of GridNest - we're building shared battery storage for apartment "
            "buildings so tenants can use rooftop solar at night. We're about to raise our seed round.\n\nCould we "
            "hop on a call this week or next? It's easier to explain live.\n\nThanks!\nPriya",
            id="no deck named",
        ),
        pytest.param(
            "Hey Lena, I'm building Basalt Carbon - enhanced rock weathering on farmland for carbon removal. "
            "We're raising our seed round. Could we jump on a quick call next week? Don't have a deck ready yet "
            "but I can walk you through everything on the call.",
            id="no deck yet, said so",
        ),
    ],
)
def test_a_founder_asking_for_a_call_without_a_deck_is_asked_for_the_deck_first(
    kindly: Kindly, tmp_path: Path, pitch: str
) -> None:
    mail = eml(
        tmp_path / "pitch.eml",
        pitch,
        sender="Founder <founder@startup.example.com>",
        subject="Quick call?",
        date="Thu, 26 Nov 2026 17:20:05 +0100",
        to="lena@keimling.vc",
    )
    record = triaged_one(kindly, mail, profile_file(ASSOCIATE + NO_DECK_RULE, tmp_path))
    assert record["decision"] == "ask_details"
    assert record["reason_code"] == "asks_first"
    assert "Could you send me a deck first? I only do pitch calls once I've seen the deck" in record["draft"]
    assert "December at" not in record["draft"]  # no call offered yet


def test_a_founder_who_sent_the_deck_gets_the_call(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "pitch.eml",
        "Hi Lena,\n\nI'm Jonas, CEO of Thermly: heat pump retrofits for multi-family buildings in a week. We're "
        "raising a EUR 2.5m seed round. Our deck is here: https://docsend.com/view/thermly-seed\n\nWould you "
        "have 30 minutes for an intro call next week?\n\nBest,\nJonas",
        sender="Jonas Weber <jonas@thermly.de>",
        subject="Thermly - seed round",
        date="Mon, 30 Nov 2026 08:41:12 +0100",
        to="lena@keimling.vc",
    )
    record = triaged_one(kindly, mail, profile_file(ASSOCIATE + NO_DECK_RULE, tmp_path))
    assert record["decision"] == "accept"
    assert "December at" in record["draft"]


def test_a_rule_about_what_comes_first_is_read_and_not_reported_as_never_holding(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "hello.eml",
        "Hi Lena, thanks for the panel last week!",
        sender="Ana <ana@example.org>",
        subject="Thanks",
        date="Mon, 30 Nov 2026 08:41:12 +0100",
        to="lena@keimling.vc",
    )
    profile = profile_file(ASSOCIATE + NO_DECK_RULE, tmp_path)
    result = kindly("triage", str(mail), "--profile", str(profile))
    assert result.exit_code == 0
    assert "never holds" not in result.stderr


PHOTOGRAPHER = """
[user]
name = "Jo Lindner"
email = "jo@lindnerfoto.example.com"

[[goals]]
kind = "find_clients"
description = "Couples who need a wedding photographer"
targets = ["weddings", "couples"]

[[never]]
what = "weekend work"
"""


def test_a_rule_against_work_on_a_day_still_declines_a_clients_work_that_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "wedding.eml",
        "Hi Jo,\n\nWe're getting married on Saturday 12 June 2027 in Potsdam and need a wedding photographer for "
        "the whole day. Are you available? Could we have a quick call about it?\n\nMara & Tim",
        sender="Mara Klein <mara@example.org>",
        subject="Wedding photography, 12 June 2027",
        date="Mon, 30 Nov 2026 20:00:00 +0100",
        to="jo@lindnerfoto.example.com",
    )
    record = triaged_one(kindly, mail, profile_file(PHOTOGRAPHER, tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
