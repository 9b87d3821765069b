"""The yes to a calendar invitation says the hour it starts at, as the yes to a mail that gives one does: in the
user's own clock where they set a zone and the calendar gives its own, written in their date style; an all-day
event has no hour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kindly.reply.slot_wording import preference
from personas import COACH_CLIENTS, coach_profile, varied
from support import EXAMPLE_PROFILE_FILE, EXAMPLES, Kindly, eml, profile_file, triaged_one

# the demo's invitation: a panel and mixer on Wednesday 9 December, 17:30-20:30 in Portland (America/Los_Angeles)
PANEL = (EXAMPLES / "invitation.ics").read_text(encoding="utf-8")
PROFILE = EXAMPLE_PROFILE_FILE.read_text(encoding="utf-8")


def _draft(kindly: Kindly, tmp_path: Path, ics: str = PANEL, profile_lines: str = "") -> str:
    invitation = tmp_path / "invitation.ics"
    invitation.write_text(ics, encoding="utf-8")
    toml = PROFILE.replace("[user]\n", f"[user]\n{profile_lines}\n", 1) if profile_lines else PROFILE
    record = triaged_one(kindly, invitation, profile_file(toml, tmp_path))
    assert record["decision"] == "accept", record
    return " ".join(str(record["draft"]).split())


def test_the_yes_to_a_calendar_invitation_says_its_hour(kindly: Kindly, tmp_path: Path) -> None:
    text = _draft(kindly, tmp_path)
    assert "see you on Wednesday, December 9 at 5:30 pm." in text, text


@pytest.mark.parametrize(
    ("zone", "said"),
    [
        # the user's own clock, and said to be theirs, where the organiser's is another
        ("America/New_York", "see you on Wednesday, December 9 at 8:30 pm my time."),
        ("Europe/London", "see you on Thursday, December 10 at 1:30 am my time."),
        # the same clock as the organiser's: just the hour
        ("America/Los_Angeles", "see you on Wednesday, December 9 at 5:30 pm."),
    ],
)
def test_the_hour_is_the_users_own_where_they_set_a_zone(
    kindly: Kindly, tmp_path: Path, zone: str, said: str
) -> None:
    text = _draft(kindly, tmp_path, profile_lines=f'time_zone = "{zone}"')
    assert said in text, text


def test_the_hour_is_written_in_the_users_date_style(kindly: Kindly, tmp_path: Path) -> None:
    international = PROFILE.replace('date_style = "us"', 'date_style = "international"')
    invitation = tmp_path / "invitation.ics"
    invitation.write_text(PANEL, encoding="utf-8")
    record = triaged_one(kindly, invitation, profile_file(international, tmp_path))
    assert "see you on Wednesday 9 December at 17:30." in " ".join(str(record["draft"]).split()), record


def test_an_all_day_event_is_said_yes_to_by_its_day_alone(kindly: Kindly, tmp_path: Path) -> None:
    all_day = PANEL.replace(
        "DTSTART;TZID=America/Los_Angeles:20261209T173000", "DTSTART;VALUE=DATE:20261212"
    ).replace("DTEND;TZID=America/Los_Angeles:20261209T203000", "DTEND;VALUE=DATE:20261213")
    text = _draft(kindly, tmp_path, all_day)
    assert "see you on Saturday, December 12." in text, text
    assert "12:00 am" not in text and "my time" not in text, text


def test_an_all_day_event_keeps_no_hour_in_the_users_own_zone(kindly: Kindly, tmp_path: Path) -> None:
    all_day = PANEL.replace(
        "DTSTART;TZID=America/Los_Angeles:20261209T173000", "DTSTART;VALUE=DATE:20261212"
    ).replace("DTEND;TZID=America/Los_Angeles:20261209T203000", "DTEND;VALUE=DATE:20261213")
    text = _draft(kindly, tmp_path, all_day, 'time_zone = "America/New_York"')
    assert "see you on Saturday, December 12." in text, text


# -- "before 9.30": a time written with a dot, British style, is a clock, not a sentence's end --------------------

COACH = coach_profile(
    meeting_hours=["Mon-Fri 07:30-10:00", "Mon-Thu 16:00-19:00"],
    goals=[
        varied(
            COACH_CLIENTS,
            targets=["heads of engineering", "VP engineering", "engineering leaders", "new VPs"],
        )
    ],
    answers=[],
    resources=[],
)


def _offered(kindly: Kindly, tmp_path: Path, when: str) -> list[str]:
    enquiry = eml(
        tmp_path / "daniel.eml",
        "Hi Priyanka,\n\nI was promoted to VP Engineering at Tallyfin three weeks ago, and our Head of People"
        " suggested I find a coach for my first year.\n\nCould you tell me how your coaching engagements work? I'd"
        f" love a 30-minute intro call next week - {when}.\n\nThanks,\nDaniel Whitford\nVP Engineering, Tallyfin",
        sender="Daniel Whitford <daniel.whitford@tallyfin.example>",
        subject="Executive coaching enquiry - new VP Engineering",
        date="Mon, 23 Nov 2026 08:14:00 +1100",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, enquiry, profile_file(COACH, tmp_path))
    assert record["decision"] == "accept", record
    times = re.findall(r"\bat (\d\d:\d\d)\b", str(record["draft"]))
    assert times, record["draft"]
    return times


@pytest.mark.parametrize(
    "when",
    ["mornings before 9.30 are easiest for me", "mornings before 9:30 are easiest for me"],
)
def test_a_call_asked_before_a_time_written_with_a_dot_is_offered_before_it(
    kindly: Kindly, tmp_path: Path, when: str
) -> None:
    times = _offered(kindly, tmp_path, when)
    assert all(at <= "09:00" for at in times), times


def test_a_sentence_ending_in_a_number_still_ends_there(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the stop after "9" ends the sentence; the preference is the next one alone
    times = _offered(kindly, tmp_path, "my team is 9. Mornings are easiest for me")
    assert "09:30" in times, times


def test_a_number_with_a_decimal_dot_stays_inside_its_sentence() -> None:
    said = "Thanks. I can give you 2.5 hours on Tuesday, which works best for me. See you soon."
    assert preference(said).strip() == "I can give you 2.5 hours on Tuesday, which works best for me"
