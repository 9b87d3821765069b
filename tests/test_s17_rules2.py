"""Seventeenth session, round two of the podcast host's and the winemaker's reviews: never-rules read by what they
mean rather than word for word (a place on the user's own show bought, an hour rule for a recording), and a
provider limited to a region, or a distributor that buys, is no reason to say "I already work with a provider"."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

HOST = """\
[user]
name = "Nadia Brooks"
email = "nadia@mainstreetmic.fm"
signature = "Nadia"
tone = "warm"
date_style = "us"
weekly_networking_hours = 5
time_zone = "America/New_York"
{hours}

[[goals]]
kind = "find_clients"
description = "Sponsors for Main Street Mic without cold pitching: brands that serve small-business owners"
targets = ["sponsorship", "sponsor", "host-read ads", "small business banking", "payroll", "bookkeeping software"]
priority = 1

[[goals]]
kind = "custom"
description = "Guests for the show: small-business owners with a real story"
targets = ["small business owners", "shop owners", "restaurant owners"]
priority = 2

[[goals]]
kind = "build_credibility"
description = "Speak and host live tapings at audio and podcasting conferences"
targets = ["podcasting conferences", "audio conferences", "live taping"]
priority = 2

[[never]]
what = "{rule}"
"""


def host(tmp_path: Path, rule: str = "pay-to-be-featured placements", hours: str = "") -> Path:
    return profile_file(HOST.format(rule=rule, hours=hours), tmp_path)


def to_nadia(tmp_path: Path, body: str, sender: str, subject: str) -> Path:
    return eml(
        tmp_path / "m.eml",
        body,
        sender=sender,
        subject=subject,
        date="Fri, 20 Nov 2026 13:10:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


# -- an hour rule for recording is read as hours, with or without meeting hours in the profile -------------------


def pitch(tmp_path: Path, at: str) -> Path:
    body = (
        "Hi Nadia,\n\nI run Grant & Sons, a fourth-generation tailoring shop in Manchester, UK - we went from near"
        " bankruptcy in 2019 to a waiting list by moving half our business to made-to-measure by video call. A friend"
        f" who listens to Main Street Mic said I should pitch myself.\n\nIf you'd have me, could we record on Thursday,"
        f" December 10 at {at} your time? That's the only slot my week allows.\n\nBest,\nOliver Grant"
    )
    return eml(
        tmp_path / "pitch.eml",
        body,
        sender="Oliver Grant <oliver@grantandsons.co.uk>",
        subject="Guest pitch: 4th-generation tailor",
        date="Thu, 26 Nov 2026 07:45:00 +0000",
        to="nadia@mainstreetmic.fm",
    )


def test_a_recording_proposed_before_the_hour_the_rule_names_is_answered_with_later_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, pitch(tmp_path, "8am"), host(tmp_path, rule="recording before 10:00"))
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Thursday, December 10 at 8am doesn't work for me, though" in draft
    assert "8am works for me" not in draft


def test_a_recording_proposed_after_the_hour_is_said_yes_to_as_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, pitch(tmp_path, "11am"), host(tmp_path, rule="recording before 10:00"))
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday, December 10 at 11am works for me." in record["draft"]


def test_the_recording_rule_is_read_as_hours_not_word_for_word(kindly: Kindly, tmp_path: Path) -> None:
    result = kindly(
        "triage",
        str(pitch(tmp_path, "11am")),
        "--profile",
        str(host(tmp_path, rule="recording before 10:00")),
    )
    assert result.exit_code == 0
    assert "word for word" not in result.stderr
