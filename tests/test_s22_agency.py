"""Tom Ashworth's mail (session 22): the owner of a brand and web-design studio in Manchester, who finds clients
among SaaS scale-ups and university spin-outs, speaks at meetups, and keeps Fridays free of calls."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindly.hours import rule_windows
from personas import agency_profile, to_tom
from support import Kindly, profile_file, triaged_one


def _to_tom(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, **profile: Any
) -> dict[str, Any]:
    mail = to_tom(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(agency_profile(**profile), tmp_path))


# -- "calls on Fridays": a day of the working week kept clear of calls, not every mail that names a Friday --------

FRIDAY_CALL = (
    "Hi Tom,\n\nFernhill Therapeutics is a University of Sheffield spin-out and we need a proper website before "
    "our seed round in the spring. Could we have a call on Friday 4 December at 10:00?\n\nElliot Moss\n"
    "Co-founder, Fernhill Therapeutics\n"
)


def test_a_spin_out_asking_for_a_friday_call_is_offered_another_day(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly, tmp_path, FRIDAY_CALL, "Elliot Moss <elliot@fernhill.example>", "Website for Fernhill"
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    assert "Friday 4 December at 10:00 doesn't work for me, though" in record["draft"]
    assert "Friday" not in record["draft"].split("though")[1]  # the times offered instead are not Fridays


def test_with_fridays_in_his_hours_the_rule_alone_keeps_the_call_off_friday(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        FRIDAY_CALL,
        "Elliot Moss <elliot@fernhill.example>",
        "Website for Fernhill",
        meeting_hours="Mon-Fri 09:30-17:30",
    )
    assert record["decision"] == "accept", record["reason"]
    assert (
        "Friday 4 December at 10:00 doesn't work for me, though - I'm only free for calls" in record["draft"]
    )
    assert "Friday" not in record["draft"].split("though")[1]


def test_a_call_for_speakers_that_closes_on_a_friday_is_no_friday_call(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Tom,\n\nThe Northern Design Summit returns to Manchester Central on 22-23 April 2027. Our call for "
        "speakers is open and we'd especially welcome talks on brand strategy and design systems from agency "
        "founders.\n\nSubmit a proposal at northerndesignsummit.example/cfp - the call closes on Friday 15 "
        "January.\n\nGrace Oduya\nProgramme Chair, Northern Design Summit\n"
    )
    record = _to_tom(
        kindly, tmp_path, body, "Grace Oduya <grace@northerndesignsummit.example>", "Call for speakers"
    )
    assert (record["decision"], record["goal"]) == ("accept", "build_credibility"), record["reason"]


def test_an_award_closing_on_a_friday_is_declined_for_its_entry_fee_not_the_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Tom,\n\nEntries for the Northern Digital Awards 2027 close on Friday 11 December. Entry is £295 + VAT "
        "per category.\n\nEnter now at northerndigitalawards.example/enter\n\nThe NDA team\n"
    )
    record = _to_tom(
        kindly, tmp_path, body, "NDA <entries@northerndigitalawards.example>", "Enter the awards"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "paid award entries" in record["reason"]
    assert "Fridays" not in record["reason"] and "Fridays" not in (record["draft"] or "")


def test_which_rules_keep_a_day_of_the_week_clear() -> None:
    [friday] = rule_windows("calls on Fridays") or ()
    assert friday.days == {4} and friday.start == friday.end  # no hour of a Friday left
    [both] = rule_windows("no meetings on Mondays or Fridays - studio days") or ()
    assert both.days == {0, 4}
    # near misses: a weekend day is read with what is asked on it, and work on a day is no meeting that can move
    assert rule_windows("meetings on Sundays") is None
    assert rule_windows("work on Fridays") is None
    assert rule_windows("calls after 6pm") is not None  # the hour rules read as before
