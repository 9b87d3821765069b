"""Sixteenth session, an executive coach's review, second round: Priyanka Nair coaches heads of engineering from
Sydney. A UK podcast says its recording hour for the weekday and then names the day; a marketplace nudges a pitch
she declined; a stranger asks her to reshare his launch post; a client asks for a call "before 9:30"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kindly.model import Intent
from kindly.understand.extract import extract
from personas import COACH_CLIENTS, COACH_SERIES, COACH_SPEAKING, coach_profile
from support import Kindly, eml, incoming, profile_file, triaged, triaged_one

HOURS = "calls before 07:00 or after 20:00 Sydney time"


def coach(tmp_path: Path, meeting_hours: list[str] | None = None, never: tuple[str, ...] = ()) -> Path:
    """The coach without her peer-group goal, answer or resource; her hours and never-rules as given."""
    goals = [COACH_CLIENTS, COACH_SPEAKING, COACH_SERIES]
    toml = coach_profile(meeting_hours=meeting_hours, goals=goals, never=never, answers=[], resources=[])
    return profile_file(toml, tmp_path)


# -- the hour a show keeps for its weekday goes with the dated day of that weekday ----------------------------------


def show(tmp_path: Path, said: str) -> Path:
    return eml(
        tmp_path / "show.eml",
        "Dear Priyanka,\n\nI produce The People Leader Show, a fortnightly podcast for HR directors in the UK. Our"
        f" host would love to interview you about coaching newly promoted leaders.\n\n{said} The recording takes"
        " around 40 minutes.\n\nKind regards,\nSophie Baptiste\nProducer",
        sender="Sophie Baptiste <sophie@peopleleadershow.example>",
        subject="The People Leader Show - would you join us?",
        date="Mon, 23 Nov 2026 11:00:00 +0000",
        to="priyanka@nairleadership.com.au",
    )


@pytest.mark.parametrize(
    "said",
    [
        "We record live on Zoom at 6pm GMT on Thursdays; Thursday 10 December would be ideal.",
        "We record on Thursdays at 6pm GMT. Would Thursday 10 December work for you?",
    ],
)
def test_a_recording_hour_said_for_the_weekday_is_the_hour_of_the_day_named_after_it(
    kindly: Kindly, tmp_path: Path, said: str
) -> None:
    # 6pm in London on Thursday 10 December is 05:00 on Friday in Sydney: before the hours she takes calls
    record = triaged_one(kindly, show(tmp_path, said), coach(tmp_path, never=(HOURS,)))
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert (
        "Thursday 10 December at 6pm GMT (Friday 11 December at 05:00 my time) doesn't work for me" in draft
    )
    assert "between 07:00 and 20:00" in draft
    assert "glad to do the interview on Thursday 10 December" not in draft


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the hour after the weekday, or before it; a weekday said as a habit or with "every"
        (
            "We record on Thursdays at 6pm GMT. Thursday 10 December would be ideal.",
            "Thursday 10 December at 6pm GMT",
        ),
        (
            "We record at 19:00 every Tuesday; the next free one is Tuesday 8 December.",
            "Tuesday 8 December at 19:00",
        ),
        (
            "Sessions run on Tuesdays at 7pm AEDT. The next one is Tuesday 8 December.",
            "Tuesday 8 December at 7pm AEDT",
        ),
        (
            "A peer circle for coaches: monthly, 90 minutes, first Wednesday of the month at 6pm in Surry Hills. The"
            " first meeting is Wednesday 3 February 2027.",
            "Wednesday 3 February 2027 at 6pm",
        ),
    ],
)
def test_a_weekdays_hour_is_carried_to_its_next_dated_day(text: str, when: str) -> None:
    assert extract(incoming(text), Intent.SPEAKING_INVITATION).when == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # near misses: another weekday named, a day with its own hour, a weekday they are closed on
        ("We record on Thursdays at 6pm GMT; would Friday 11 December work?", "Friday 11 December"),
        (
            "We record on Thursdays at 6pm GMT; would Thursday 10 December at 9am work?",
            "Thursday 10 December at 9am",
        ),
        (
            "Our office is closed on Fridays at 3pm. Could we meet on Friday 11 December?",
            "Friday 11 December",
        ),
    ],
)
def test_a_weekdays_hour_stays_with_that_weekday(text: str, when: str) -> None:
    assert extract(incoming(text), Intent.SPEAKING_INVITATION).when == when


def test_a_recording_inside_her_hours_said_for_the_weekday_is_said_yes_to_at_that_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: 8am in London is 19:00 in Sydney, inside the hours the rule leaves
    said = "We record on Zoom at 8am GMT on Thursdays; Thursday 10 December would be ideal."
    record = triaged_one(kindly, show(tmp_path, said), coach(tmp_path, never=(HOURS,)))
    assert record["decision"] == "accept"
    assert "Thursday 10 December at 8am GMT (19:00 my time)" in record["draft"]
    assert "doesn't work for me" not in record["draft"]


# -- a nudge in a thread she declined keeps the no ------------------------------------------------------------------

PITCH = (
    "Hi Priyanka,\n\nElevate is the fastest-growing coaching marketplace in APAC. We match vetted coaches like you"
    " with enterprise clients - no marketing, no chasing leads. Our coaches keep 70% of every session fee.\n\nDo you"
    " have 15 minutes this week for a quick demo?\n\nKyle Brandt\nPartnerships, Elevate"
)


def pitch_and_nudge(tmp_path: Path, nudge: str) -> list[Path]:
    first = eml(
        tmp_path / "1-pitch.eml",
        PITCH,
        sender="Kyle Brandt <kyle@elevatecoach.example>",
        subject="Fill your coaching calendar - Elevate",
        date="Wed, 18 Nov 2026 07:45:00 -0600",
        to="priyanka@nairleadership.com.au",
        message_id="m09@elevatecoach.example",
    )
    second = eml(
        tmp_path / "2-nudge.eml",
        nudge,
        sender="Kyle Brandt <kyle@elevatecoach.example>",
        subject="Re: Fill your coaching calendar - Elevate",
        date="Thu, 26 Nov 2026 07:50:00 -0600",
        to="priyanka@nairleadership.com.au",
        message_id="m10@elevatecoach.example",
        in_reply_to="m09@elevatecoach.example",
        references=("m09@elevatecoach.example",),
    )
    return [first, second]


def test_a_vendors_nudge_in_a_thread_she_declined_is_declined_the_same_way(
    kindly: Kindly, tmp_path: Path
) -> None:
    nudge = (
        "Hi Priyanka, just bubbling this up in case it got buried - we're onboarding our January cohort of coaches"
        " now. Would a quick 15-minute call later this week work?\n\nKyle"
    )
    pitch, reminder = triaged(kindly, *pitch_and_nudge(tmp_path, nudge), profile=coach(tmp_path))
    assert pitch["decision"] == "decline"
    assert reminder["decision"] == "decline"
    assert (
        reminder["reason"] == "A reminder of #1, which you declined; it brings nothing new, so the no stands."
    )
    assert not reminder["draft"]  # the decline that waits for the pitch answers both


def test_a_follow_up_that_brings_a_new_day_is_weighed_on_its_own_words(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: news (a day the thread had not named) is no mere nudge
    nudge = (
        "Hi Priyanka, following up - we're hosting a roundtable for coaches on Tuesday 8 December. Would you like"
        " to join us?\n\nKyle"
    )
    _, reminder = triaged(kindly, *pitch_and_nudge(tmp_path, nudge), profile=coach(tmp_path))
    assert "which you declined" not in reminder["reason"]


# -- a favour asked for the sender's own post -----------------------------------------------------------------------


def linkedin(tmp_path: Path, content: str, sender: str = "Grant Holloway") -> Path:
    path = tmp_path / "messages.csv"
    path.write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
        "FOLDER\n"
        f"2-conv1,,{sender},https://www.linkedin.com/in/grant-holloway,Priyanka Nair,"
        f'https://www.linkedin.com/in/priyankanair-coach,2026-11-25 01:30:00 UTC,,"{content}",INBOX\n',
        encoding="utf-8",
    )
    return path


def test_a_favour_for_the_senders_own_post_gets_a_plain_kind_no(kindly: Kindly, tmp_path: Path) -> None:
    dm = (
        "Hey Priyanka! Big favour - could you like and reshare my post about our new performance-review software?"
        " Would mean a lot for the launch. Link: https://www.linkedin.com/posts/grant-holloway_launch"
    )
    record = triaged_one(kindly, linkedin(tmp_path, dm), coach(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason"] == "A favour for their own post that serves none of your goals."
    draft = record["draft"]
    assert "I'll have to pass on sharing this one" in draft
    for client_words in ("enquiry", "outside the kind of work", "suggest a colleague", "overview"):
        assert client_words not in draft


def test_a_vendors_request_to_repost_their_launch_asks_no_overview(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "launch.eml",
        "Hi Priyanka,\n\nWe just launched ThriveHR, a pulse-survey tool for people teams. Would you mind reposting"
        " our launch post on LinkedIn? It would really help us reach HR leaders.\n\nThanks!\nZoe",
        sender="Zoe Patel <zoe@thrivehr.example>",
        subject="Would you share our launch?",
        date="Mon, 30 Nov 2026 11:20:00 +1100",
        to="priyanka@nairleadership.com.au",
    )
    record = triaged_one(kindly, mail, coach(tmp_path))
    assert record["decision"] == "decline"
    assert "I'll have to pass on sharing this one" in record["draft"]
    assert "the launch" in record["draft"]
    assert "overview" not in record["draft"]


def test_a_pitch_that_asks_nothing_shared_keeps_its_own_decline(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a marketplace's pitch is declined as a pitch, not as a favour
    record = triaged_one(kindly, pitch_and_nudge(tmp_path, "Kyle")[0], coach(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason"] == "A sales pitch that serves none of your goals."
    assert "sharing" not in record["draft"]


# -- "before 9:30" is a bound the times offered stay strictly inside ---------------------------------------------


def enquiry(tmp_path: Path, when: str) -> Path:
    return eml(
        tmp_path / "daniel.eml",
        "Hi Priyanka,\n\nI was promoted to VP Engineering at Tallyfin three weeks ago, and our Head of People"
        " suggested I find a coach for my first year.\n\nCould you tell me how your coaching engagements work? I'd"
        f" love a 30-minute intro call next week - {when}.\n\nThanks,\nDaniel Whitford\nVP Engineering, Tallyfin",
        sender="Daniel Whitford <daniel.whitford@tallyfin.example>",
        subject="Executive coaching enquiry - new VP Engineering",
        date="Mon, 23 Nov 2026 08:14:00 +1100",
        to="priyanka@nairleadership.com.au",
    )


HER_HOURS = ["Mon-Fri 07:30-10:00", "Mon-Thu 16:00-19:00"]


@pytest.mark.parametrize(
    ("when", "latest"),
    [
        ("mornings before 9:30 are easiest for me", "09:00"),
        ("any time before 9am works best for me", "08:30"),
    ],
)
def test_a_call_asked_before_an_hour_is_offered_at_times_before_it(
    kindly: Kindly, tmp_path: Path, when: str, latest: str
) -> None:
    record = triaged_one(kindly, enquiry(tmp_path, when), coach(tmp_path, HER_HOURS))
    assert record["decision"] == "accept"
    times = re.findall(r"\bat (\d\d:\d\d)\b", record["draft"])
    assert times
    assert all(time <= latest for time in times), record["draft"]


def test_a_morning_asked_with_no_bound_keeps_the_mornings_usual_times(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "mornings are easiest" says no hour to stay before
    record = triaged_one(kindly, enquiry(tmp_path, "mornings are easiest for me"), coach(tmp_path, HER_HOURS))
    assert "at 09:30" in record["draft"]


def test_a_post_on_her_own_series_is_shared_gladly_with_no_call(kindly: Kindly, tmp_path: Path) -> None:
    # the favour serves her campaign: a yes to sharing, nothing to meet for
    dm = (
        "Hi Priyanka - could you reshare my post about my first 90 days as a VP of Engineering? It's built on your"
        " First 90 days as a VP series and I'd love new VPs to find it."
    )
    record = triaged_one(kindly, linkedin(tmp_path, dm, sender="Ritu Sharma"), coach(tmp_path))
    assert record["decision"] == "accept"
    assert "amplify campaign" in record["reason"]
    assert "I'd be glad to share it." in record["draft"]
    assert "Would " not in record["draft"]  # no call offered
