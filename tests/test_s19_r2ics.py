"""A calendar invitation says by its own structure what it is, whatever language its note is in: one attendee
besides the organiser, held on Teams, Zoom or a phone, is a call, and the user's hours for calls apply to it; an
invitation to several keeps its organiser's hour."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

from support import Kindly, eml, profile_file, triaged_one

FOUNDER = """
[user]
name = "Lena Vogt"
email = "lena@thermora.de"
signature = "Lena"
time_zone = "Europe/Berlin"

[[goals]]
kind = "find_clients"
description = "Design-partner customers for our heat-pump controllers: housing co-ops and municipal utilities (pilots, not pitching)"
targets = ["housing co-ops", "utilities", "Stadtwerke"]
priority = 1

[[never]]
what = "calls before 09:00"
"""

ONE_TO_ONE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008-stwp-thermora
DTSTAMP:20261127T091500Z
DTSTART;TZID=Europe/Berlin:20261208T080000
DTEND;TZID=Europe/Berlin:20261208T084500
SUMMARY:{summary}
LOCATION:{location}
ORGANIZER;CN=Jens Hartmann:mailto:j.hartmann@swp-potsdam.de
ATTENDEE;CN=Lena Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena@thermora.de
{others}DESCRIPTION:{description}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
GERMAN = {
    "summary": "Stadtwerke Potsdam x Thermora - Pilotgespräch Wärmepumpen",
    "description": "Hallo Frau Vogt\\, wie am Telefon besprochen: kurzer Austausch zu einem möglichen Pilot mit "
    "Ihren Reglern in zwei unserer Quartiere. Viele Grüße\\, Jens Hartmann (Stadtwerke Potsdam\\, Netze & Wärme)",
}
ENGLISH = {
    "summary": "Stadtwerke Potsdam x Thermora - heat-pump pilot",
    "description": "Hello Ms Vogt\\, as discussed on the phone: a short Teams call about a possible pilot with "
    "your controllers in two of our districts. Best regards\\, Jens Hartmann (Stadtwerke Potsdam)",
}
COLLEAGUES = (
    "ATTENDEE;CN=Anna Krause;ROLE=REQ-PARTICIPANT:mailto:a.krause@swp-potsdam.de\n"
    "ATTENDEE;CN=Tobias Wendt;ROLE=REQ-PARTICIPANT:mailto:t.wendt@swp-potsdam.de\n"
)


def invitation(
    kindly: Kindly,
    tmp_path: Path,
    note: dict[str, str],
    location: str = "Microsoft Teams",
    others: str = "",
    at: str = "T080000",
) -> tuple[dict[str, Any], str]:
    """The triage record of the invitation and the calendar reply its exported draft carries."""
    source = tmp_path / "invite.ics"
    text = ONE_TO_ONE.format(location=location, others=others, **note)
    source.write_text(text.replace("T080000", at))
    profile = profile_file(FOUNDER, tmp_path)
    record = triaged_one(kindly, source, profile)
    out = tmp_path / "out"
    assert kindly("drafts", "export", "--dir", str(out), "--profile", str(profile)).exit_code == 0
    [eml] = out.glob("*.eml")
    reply = BytesParser(policy=default).parsebytes(eml.read_bytes())
    [calendar] = [part for part in reply.walk() if part.get_content_type() == "text/calendar"]
    return record, str(calendar.get_content())


def test_a_one_to_one_teams_call_in_german_at_eight_is_answered_with_times_after_nine(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the note says "Austausch", no word for a call: the organiser, one attendee and LOCATION:Microsoft Teams do
    record, calendar = invitation(kindly, tmp_path, GERMAN)
    assert record["decision"] == "accept", record
    draft = record["draft"]
    assert "see you" not in draft, draft
    # session 23 (languages3): a German note is answered in German, with the same times after nine
    # session 24: ...and with why, as the English twin's draft says it (below)
    assert (
        "Um 8 Uhr kann ich leider nicht, denn für Telefonate bin ich nur ab 9 Uhr frei. Würde es Ihnen am Mittwoch, "
        "9. Dezember um 10 Uhr oder am Freitag, 11. Dezember um 14:30 Uhr passen?"
    ) in draft, draft
    assert "PARTSTAT=TENTATIVE" in calendar


def test_the_same_call_in_english_is_answered_the_same_way(kindly: Kindly, tmp_path: Path) -> None:
    record, calendar = invitation(kindly, tmp_path, ENGLISH)
    assert record["decision"] == "accept", record
    assert "08:00 doesn't work for me, though - I'm only free for calls after 09:00" in record["draft"]
    assert "PARTSTAT=TENTATIVE" in calendar


def test_a_zoom_link_as_the_place_is_a_call_too(kindly: Kindly, tmp_path: Path) -> None:
    record, calendar = invitation(kindly, tmp_path, GERMAN, location="https://us02web.zoom.us/j/81234567890")
    # session 23 (languages3): in German, the same times after nine
    # session 24: the question is its own sentence now, after the one that says why ("... ab 9 Uhr frei.")
    assert "Würde es Ihnen am Mittwoch, 9. Dezember um 10 Uhr" in record["draft"], record["draft"]
    assert "PARTSTAT=TENTATIVE" in calendar


def test_the_call_inside_the_users_hours_is_accepted_as_sent(kindly: Kindly, tmp_path: Path) -> None:
    record, calendar = invitation(kindly, tmp_path, GERMAN, at="T100000")
    # session 23: a German invitation accepted as sent is answered in German, as its calendar reply is
    assert "Vielen Dank für die Einladung, ich nehme gerne teil." in record["draft"], record["draft"]
    assert "PARTSTAT=ACCEPTED" in calendar


def test_an_invitation_to_several_at_eight_keeps_its_hour(kindly: Kindly, tmp_path: Path) -> None:
    # three people besides the organiser: a meeting of a group, which keeps its organiser's time
    record, calendar = invitation(kindly, tmp_path, GERMAN, others=COLLEAGUES)
    assert record["decision"] == "accept", record
    # session 23: a German invitation accepted at its hour is answered in German, as its calendar reply is
    assert "Vielen Dank für die Einladung, ich nehme gerne teil." in record["draft"], record["draft"]
    assert "PARTSTAT=ACCEPTED" in calendar


def test_a_one_to_one_meeting_in_person_at_eight_is_no_call(kindly: Kindly, tmp_path: Path) -> None:
    # "calls before 09:00" limits calls: a visit to their office at 08:00 keeps its hour
    record, calendar = invitation(kindly, tmp_path, GERMAN, location="Stadtwerke Potsdam, Steinstraße 104")
    # session 23: a German invitation accepted at its hour is answered in German, as its calendar reply is
    assert "Vielen Dank für die Einladung, ich nehme gerne teil." in record["draft"], record["draft"]
    assert "PARTSTAT=ACCEPTED" in calendar


# -- a mail in another language from a goal's target: what kindly could read, and no English draft ------------

INVESTOR = """
[[goals]]
kind = "meet_person"
description = "Meet the two investors I most want in our seed round"
targets = ["Katrin Hoffmann", "Nordwind Climate Ventures", "Jonas Albrecht"]
priority = 1
"""
KATRIN = """Liebe Frau Vogt,

Jonas Albrecht hat mir von Thermora erzählt, und ich habe mir Ihre Pilotdaten aus Leipzig angesehen - sehr spannend.

Hätten Sie Lust auf einen Kaffee bei uns im Büro in Kreuzberg? Ich könnte am Donnerstag, 10. Dezember um
10:00 Uhr. Eine Stunde sollte reichen. Bringen Sie gerne Ihr Deck mit.

Viele Grüße
Katrin Hoffmann
Partnerin, Nordwind Climate Ventures
"""


def test_a_german_mail_from_a_target_shows_whom_it_names_and_gets_no_english_draft(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "katrin.eml",
        KATRIN,
        sender="Katrin Hoffmann <katrin.hoffmann@nordwind.vc>",
        subject="Kennenlernen - Nordwind Climate Ventures x Thermora",
        date="Tue, 24 Nov 2026 16:12:00 +0100",
        to="lena@thermora.de",
    )
    record = triaged_one(kindly, mail, profile_file(FOUNDER + INVESTOR, tmp_path))
    # session 23: kindly reads German from a table now: her target's coffee on a day and an hour is a yes in German
    assert record["reason_code"] == "read_in_german", record
    assert "Sie können am Donnerstag, 10. Dezember um 10:00 Uhr mit mir rechnen." in record["draft"]
    assert "a target of your meet person goal" in record["reason"]
    shown = " ".join(kindly("show", str(record["id"])).output.split())
    details = shown.partition(" Details ")[2].partition(" Understanding ")[0]
    assert "sender Katrin Hoffmann" in details, details
    # the one person the mail names; German nouns and its polite "Sie" are no one's name
    assert details.partition(" attendees ")[2].partition(" │")[0] == "Jonas Albrecht", details


def test_an_english_mail_keeps_the_people_it_names(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "intro.eml",
        "Hi Lena,\n\nJonas Albrecht told me about Thermora. Would you have time for a coffee with me and Eine "
        "Schmidt, our energy partner, next Thursday at 10:00?\n\nBest,\nKatrin Hoffmann\n",
        sender="Katrin Hoffmann <katrin.hoffmann@nordwind.vc>",
        subject="Coffee?",
        date="Tue, 24 Nov 2026 16:12:00 +0100",
        to="lena@thermora.de",
    )
    record = triaged_one(kindly, mail, profile_file(FOUNDER + INVESTOR, tmp_path))
    shown = " ".join(kindly("show", str(record["id"])).output.split())
    details = shown.partition(" Details ")[2].partition(" Understanding ")[0]
    assert "Jonas Albrecht" in details and "Eine Schmidt" in details, details
