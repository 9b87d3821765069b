"""Eighteenth session, round two of the VP of Sales' review: Marcus Delgado runs sales at Routewise (freight
visibility SaaS, Austin). What his second look still found: a podcast that leaves the day to him answered with a
bare weekday, a "cold outreach" rule said to a pitch for a service he already has (or from someone he knows), a
warning that a working rule is read word for word, and an SDR's break-up mail answered at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import (
    SALES_COLD_CALLS,
    SALES_LOGISTICS,
    SALES_NEVER,
    SALES_PEERS,
    SALES_STAGE,
    to_vp_sales,
    vp_sales_profile,
)
from support import Kindly, eml, profile_file, triaged, triaged_one

VP_SALES = vp_sales_profile(
    meeting_hours=["Mon-Fri 08:00-09:30", "Mon-Fri 16:00-18:00"],
    goals=(SALES_LOGISTICS, SALES_PEERS, SALES_STAGE),
    providers=(("sales engagement platform", "Outreach"), ("contact data", "ZoomInfo")),
    never=(SALES_COLD_CALLS, *SALES_NEVER),
)


def vp_sales(tmp_path: Path) -> Path:
    return profile_file(VP_SALES, tmp_path)


def mail(tmp_path: Path, body: str, *, sender: str, subject: str, name: str = "mail.eml") -> Path:
    return to_vp_sales(
        tmp_path / name, body, sender=sender, subject=subject, date="Fri, 27 Nov 2026 10:05:00 -0600"
    )


# -- a podcast that leaves the day to the guest: two times on those days, inside the stretch it names -----------


@pytest.mark.parametrize(
    ("days", "weekdays"),
    [
        ("any Tuesday or Thursday morning in December", ("Tuesday, December", "Thursday, December")),
        ("any Wednesday morning in December", ("Wednesday, December",)),
    ],
)
def test_a_podcast_that_leaves_the_day_to_the_guest_gets_two_times_on_those_days(
    kindly: Kindly, tmp_path: Path, days: str, weekdays: tuple[str, ...]
) -> None:
    invitation = mail(
        tmp_path,
        "Hi Marcus! I host Revenue Rebels, a weekly podcast for sales leaders (about 8k downloads an episode). I'd"
        " love to have you on to talk about how you hire SDRs. There's no cost to guests - we record remotely, 45"
        f" minutes, {days}. Would you be up for it?\n\nHannah",
        sender="Hannah Cole <hannah@revenuerebels.fm>",
        subject="Guest spot on Revenue Rebels",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "your guest on Tuesday" not in draft and "your guest on Wednesday" not in draft
    assert "Would " in draft and " or " in draft, draft
    assert all(day.split(",")[0] in draft for day in weekdays), draft
    # two times, in his mornings (his hours start at 8:00 and end at 9:30), in December
    assert draft.count("December") == 2 and draft.count(" am") == 2, draft
    assert "January" not in draft


@pytest.mark.parametrize(
    ("when", "kept"),
    [("on Tuesday, December 8 at 8:30am", "December 8"), ("on Tuesday at 8:30am", "Tuesday at 8:30am")],
)
def test_a_podcast_that_names_its_own_day_and_hour_keeps_them(
    kindly: Kindly, tmp_path: Path, when: str, kept: str
) -> None:
    invitation = mail(
        tmp_path,
        "Hi Marcus! I host Revenue Rebels, a weekly podcast for sales leaders. I'd love to have you on to talk about"
        f" how you hire SDRs. There's no cost to guests - we'd record remotely {when}."
        " Would you be up for it?\n\nHannah",
        sender="Hannah Cole <hannah@revenuerebels.fm>",
        subject="Guest spot on Revenue Rebels",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert kept in record["draft"]
    assert "Thursday" not in record["draft"] and " or " not in record["draft"]


# -- a pitch for what the user already has is answered with the provider; "cold" means a stranger -------------

LEADGRID = (
    "Hi Marcus,\n\nLeadGrid gives sales teams verified direct dials and emails for logistics decision-makers - 92%"
    " connect accuracy, half the cost of ZoomInfo. We'd migrate your lists for free.\n\nOpen to a 15-minute demo on"
    " Thursday?\n\nJenna Roth\nSenior Account Executive, LeadGrid"
)


def test_a_pitch_for_the_contact_data_he_already_has_names_his_provider_not_the_cold_call_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    pitch = mail(
        tmp_path,
        LEADGRID,
        sender="Jenna Roth <jenna@leadgrid.com>",
        subject="Better direct dials than ZoomInfo?",
    )
    record = triaged_one(kindly, pitch, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "has_provider", record["reason"]
    assert "ZoomInfo" in record["reason"]
    assert "contact data" in record["draft"]
    assert "firm rule" not in record["draft"]


def test_a_strangers_pitch_for_something_he_does_not_have_still_meets_the_cold_call_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    pitch = mail(
        tmp_path,
        "Hi Marcus,\n\nPipelyft books qualified meetings for your AEs with an AI SDR that works 24/7 - teams like"
        " yours see 3x pipeline in 90 days. Worth 15 minutes for a quick call this week?\n\nKyle Brennan\n"
        "Account Executive, Pipelyft",
        sender="Kyle Brennan <kyle.brennan@pipelyft.io>",
        subject="Routewise + Pipelyft",
    )
    record = triaged_one(kindly, pitch, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    assert "cold outreach" in record["draft"]


def test_a_pitch_from_someone_he_has_written_to_is_not_cold_outreach(kindly: Kindly, tmp_path: Path) -> None:
    earlier = eml(
        tmp_path / "1-sent.eml",
        "Hi Kyle,\n\nGood to catch up at SaaStr - congrats on the new role. Say hi to the team.\n\nMarcus",
        sender="Marcus Delgado <marcus@routewise.io>",
        subject="Good to see you",
        date="Mon, 02 Nov 2026 10:00:00 -0600",
        to="Kyle Brennan <kyle.brennan@pipelyft.io>",
    )
    pitch = mail(
        tmp_path,
        "Hi Marcus,\n\nPipelyft books qualified meetings for your AEs with an AI SDR that works 24/7 - teams like"
        " yours see 3x pipeline in 90 days. Worth 15 minutes for a quick call this week?\n\nKyle Brennan\n"
        "Account Executive, Pipelyft",
        sender="Kyle Brennan <kyle.brennan@pipelyft.io>",
        subject="Routewise + Pipelyft",
        name="2-pitch.eml",
    )
    record = triaged(kindly, earlier, pitch, profile=vp_sales(tmp_path))[-1]
    # the same words as the stranger's above: a pitch he may decline, but not under a rule about cold outreach
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] != "never_do", record["reason"]
    assert "cold outreach" not in record["draft"] and "firm rule" not in record["draft"]


# -- a rule that holds by who hosts a dinner is not one the user is told to reword ------------------------------


def test_triage_does_not_say_a_rule_about_vendors_dinners_is_read_word_for_word(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mail(
        tmp_path,
        "Hi Marcus,\n\nSignalpath is hosting an intimate dinner for 12 Austin revenue leaders at Uchi on Thursday,"
        " December 10 at 6:30pm - dinner is on us, and our CEO will share a few words on AI in revenue teams. Can I"
        " save you a seat?\n\nLauren Kim\nField Marketing Manager, Signalpath",
        sender="Lauren Kim <lauren.kim@signalpath.ai>",
        subject="Invitation: Austin CRO & VP Sales dinner, Dec 10",
    )
    # near miss: a rule no reading covers is still named, with the words it needs
    profile = profile_file(
        VP_SALES + '\n[[never]]\nwhat = "one-off coffees with service providers selling to VCs"\n', tmp_path
    )
    result = kindly("triage", str(invitation), "--profile", str(profile), "--json")
    assert result.exit_code == 0
    assert '"dinners paid by vendors"' not in result.stderr
    assert '"one-off coffees with service providers selling to VCs": one, off, coffees' in result.stderr
    [record] = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert '"reason_code": "never_do"' in record and "dinners paid by vendors" in record


# -- an SDR's break-up mail ends the sequence and asks nothing: left unanswered --------------------------------


@pytest.mark.parametrize(
    "ending",
    [
        "I haven't heard back so I'll assume the timing isn't right. I'll close your file for now - if pipeline"
        ' becomes a priority, just reply "yes" and I\'ll send over some times.',
        "I know inboxes are busy, so this will be my last email. I won't reach out again - best of luck with Q4.",
        "I've tried you a few times about Pipelyft. Should I stop reaching out?",
    ],
)
def test_an_sdrs_break_up_mail_is_left_unanswered(kindly: Kindly, tmp_path: Path, ending: str) -> None:
    note = mail(
        tmp_path,
        f"Hi Marcus, {ending}\n\nKyle Brennan\nAccount Executive, Pipelyft",
        sender="Kyle Brennan <kyle.brennan@pipelyft.io>",
        subject="Re: Routewise + Pipelyft",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "ignore", record["reason"]
    assert not record["draft"]


@pytest.mark.parametrize(
    "ending",
    [
        # the last note still asks for the call, or for someone else to write to: a pitch, as before
        "Before I close your file - would 15 minutes for a quick call next week be worth it?",
        "Should I stop reaching out, or is there someone else on your team who owns pipeline?",
    ],
)
def test_a_last_note_that_still_asks_is_still_a_pitch(kindly: Kindly, tmp_path: Path, ending: str) -> None:
    note = mail(
        tmp_path,
        f"Hi Marcus, Pipelyft books qualified meetings for your AEs with an AI SDR. {ending}\n\nKyle Brennan\n"
        "Account Executive, Pipelyft",
        sender="Kyle Brennan <kyle.brennan@pipelyft.io>",
        subject="Re: Routewise + Pipelyft",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
