"""The yes to a calendar invitation says the hour it starts at, as the yes to a mail that gives one does: in the
user's own clock where they set a zone and the calendar gives its own, written in their date style; an all-day
event has no hour."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import EXAMPLE_PROFILE_FILE, EXAMPLES, Kindly, profile_file, triaged_one

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
