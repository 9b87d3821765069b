"""Sixteenth session, a chef's review: Tomás Ferreira runs a 40-seat restaurant in Lisbon, wants to speak at food
festivals and culinary schools, join a zero-waste chefs' collective and meet a food writer - and can never be away
during service (12:00-15:00 and 19:00-23:00)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from kindly.hours import Window, rule_window, rule_windows
from support import Kindly, eml, profile_file, triaged_one

CHEF = """\
[user]
name = "Tomás Ferreira"
email = "tomas@casaferreira.pt"
signature = "Tomás"
date_style = "international"
weekly_networking_hours = 3
time_zone = "Europe/Lisbon"
{extra}

[[goals]]
kind = "build_credibility"
description = "Speak at food festivals and give guest lectures at culinary schools about zero-waste cooking"
targets = ["food festivals", "culinary schools", "podcasts", "zero-waste cooking"]
priority = 1

[[goals]]
kind = "find_community"
description = "Join a slow-food / zero-waste chefs' collective"
targets = ["slow food", "zero-waste chefs", "chefs' collective"]
priority = 2

[[never]]
what = "{rule}"
"""
SERVICE = "meetings or events during service (12:00-15:00 and 19:00-23:00)"
MORNINGS = 'meeting_hours = ["Mon-Fri 09:30-11:30", "Mon-Fri 15:30-18:00"]'


def chef(tmp_path: Path, *extra: str, rule: str = SERVICE) -> Path:
    return profile_file(CHEF.format(extra="\n".join(extra), rule=rule), tmp_path)


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
SUMMARY:Slow Food Lisboa - Chefs' Alliance meeting
DESCRIPTION:Dear chefs\\, you are invited to the December meeting of the Slow Food Chefs' Alliance in Lisbon: we
 will plan Terra Madre Day activities together. Please RSVP.
LOCATION:Mercado de Campo de Ourique\\, Lisboa
ORGANIZER;CN=Teresa Vaz:mailto:teresa.vaz@slowfoodlisboa.pt
ATTENDEE;CN=Tomás Ferreira;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tomas@casaferreira.pt
END:VEVENT
END:VCALENDAR
"""


def alliance(tmp_path: Path, start: str, end: str) -> Path:
    invitation = tmp_path / "alliance.ics"
    invitation.write_text(ALLIANCE.format(start=start, end=end), encoding="utf-8")
    return invitation


# -- a never-rule against the hours of service: two stretches inside the day -------------------------------------


def test_the_hours_of_service_in_brackets_are_read_as_hours_not_word_for_word(
    kindly: Kindly, tmp_path: Path
) -> None:
    result = kindly("triage", str(tmp_path / "none.eml"), "--profile", str(chef(tmp_path)))
    assert "during, service" not in result.output
    assert rule_windows(SERVICE) == (
        Window(frozenset(range(7)), time(0), time(12)),
        Window(frozenset(range(7)), time(15), time(19)),
        Window(frozenset(range(7)), time(23), time(23, 59)),
    )


def test_an_evening_event_in_the_hours_of_service_is_declined_with_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, alliance(tmp_path, "2000", "2200"), chef(tmp_path, MORNINGS))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    assert "during service (12:00-15:00 and 19:00-23:00)" in record["draft"]
    assert "see you" not in record["draft"]


def test_an_event_between_the_two_services_is_still_said_yes_to(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: 16:00 is after lunch service and before dinner service
    record = triaged_one(kindly, alliance(tmp_path, "1600", "1800"), chef(tmp_path, MORNINGS))
    assert record["decision"] == "accept", record["reason"]
    assert "Wednesday 9 December" in record["draft"]


def test_a_coffee_offered_at_lunchtime_is_answered_with_times_outside_service(
    kindly: Kindly, tmp_path: Path
) -> None:
    # no meeting_hours: the rule alone keeps a meeting out of both services
    mail = eml(
        tmp_path / "coffee.eml",
        "Hi Tomás,\n\nI'm a chef in Porto and I'm starting a zero-waste chefs' collective with five other"
        " kitchens. Would you have a coffee with me to talk about joining? Would Thursday 10 December at 13:00"
        " work for you?\n\nAna Brito\nChef-owner, Tasca do Rio",
        sender="Ana Brito <ana@tascadorio.pt>",
        subject="Zero-waste chefs' collective",
        date="Tue, 01 Dec 2026 09:00:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, chef(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Thursday 10 December at 13:00 doesn't work for me, though" in draft
    for hour in ("12:", "13:", "14:", "19:", "20:", "21:", "22:"):
        assert f"at {hour}" not in draft.split("though", 1)[1], draft


def test_a_podcast_recording_in_the_hours_of_service_moves_like_a_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a recording slot is a call with the host: the rule moves it, it does not turn the podcast down
    mail = eml(
        tmp_path / "podcast.eml",
        "Hi Tomás,\n\nI host Mesa Posta, a podcast about how Portuguese restaurants really work (about 8,000"
        " listeners an episode). I'd love to have you on to talk about zero-waste kitchens and what it costs a small"
        " restaurant to do it properly.\n\nWe record remotely and it takes about 45 minutes. Would Wednesday 9"
        " December at 20:00 work for you?\n\nObrigada!\nJoana Vieira\nHost, Mesa Posta",
        sender="Joana Vieira <joana@mesaposta.fm>",
        subject="Mesa Posta podcast - would you come on?",
        date="Tue, 24 Nov 2026 11:25:00 +0000",
        to="tomas@casaferreira.pt",
    )
    record = triaged_one(kindly, mail, chef(tmp_path, MORNINGS))
    assert record["decision"] == "accept", record["reason"]
    assert "Wednesday 9 December at 20:00 doesn't work for me, though" in record["draft"]


def test_stretches_inside_the_day_are_read_in_other_words_too() -> None:
    every_day = frozenset(range(7))
    lunch_and_dinner = (
        Window(every_day, time(0), time(12)),
        Window(every_day, time(15), time(19)),
        Window(every_day, time(23), time(23, 59)),
    )
    for rule in (
        "calls between 12:00 and 15:00 or 19:00 and 23:00",
        "no meetings from 12pm to 3pm and from 7pm to 11pm",
        "meetings or events during service: 12:00-15:00, 19:00-23:00",
        "meetings during service (12:00-15:00 and 19:00-23:00) - the kitchen needs me",
    ):
        assert rule_windows(rule) == lunch_and_dinner, rule
    assert rule_windows("meetings between 12:00 and 14:00") == (
        Window(every_day, time(0), time(12)),
        Window(every_day, time(14), time(23, 59)),
    )


def test_rules_of_one_stretch_and_rules_of_no_hour_read_as_before() -> None:
    # near misses: the reason in brackets is still the user's, not the rule's; the working day is its own idea
    assert rule_windows("meetings before 9:30 (school run)") == (
        Window(frozenset(range(7)), time(9, 30), time(23, 59)),
    )
    assert rule_windows("no meetings from 10pm to 7am") == (rule_window("no meetings from 10pm to 7am"),)
    assert rule_windows("meetings in working hours (9-5)") is None
    assert rule_windows("unpaid talks (I have a family)") is None
    assert rule_windows("influencer meals in exchange for posts") is None
