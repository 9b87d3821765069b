"""Times across threads (the nineteenth session's gaps): a time a sender fixed against a time kindly only proposed
to someone else, several threads with one person, a podcast's weekdays, a journalist's days and number, and a
sender's own clock. Each near miss here must stay as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from personas import (
    FOOD_BANK_STAGE,
    PHYSICIAN_MENTOR,
    PHYSICIAN_PARKDALE,
    SALES_MERIDIAN,
    food_bank_director_profile,
    physician_profile,
    to_food_bank_director,
    to_physician,
    varied,
    vp_sales_profile,
)
from support import Kindly, eml, profile_file, triaged
from test_s18_physician import INTRO
from test_s18_sales import LINKEDIN_HEADER

PRIYA = physician_profile(goals=(PHYSICIAN_MENTOR, PHYSICIAN_PARKDALE))

# 1. A time a sender fixed wins over a time kindly only proposed to someone else in the same run.
FUNDER_CALL = """Hi Priya,

Good news: the Ontario Trillium Foundation program officer agreed to a call about our diabetes clinic funding
application. He's offered Thursday, December 3 at 9:00 am or {second}. It would be great to have you on the
call as our physician advisor - 30 minutes.

Which one works for you?

Joanne
Joanne Mensah, Executive Director, Parkdale Community Health Centre
"""


def _intro_and_call(kindly: Kindly, tmp_path: Path, second: str) -> tuple[dict[str, object], ...]:
    intro = eml(
        tmp_path / "intro.eml",
        INTRO,
        sender="Dr. Marcus Lee <marcus.lee@highparkfht.ca>",
        subject="Intro: Priya <> Anne Beaulieu",
        date="Tue, 24 Nov 2026 17:50:00 -0500",
        to="priya@ramanfamilymedicine.ca",
        cc="Anne Beaulieu <anne.beaulieu@gmail.com>",
    )
    call = to_physician(
        tmp_path / "call.eml",
        FUNDER_CALL.format(second=second),
        sender="Joanne Mensah <jmensah@parkdalechc.ca>",
        subject="Call with Trillium program officer - diabetes clinic",
        date="Mon, 30 Nov 2026 15:30:00 -0500",
    )
    return tuple(triaged(kindly, intro, call, profile=profile_file(PRIYA, tmp_path)))


def test_a_time_the_sender_fixed_is_taken_and_the_other_drafts_proposal_moves(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro_yes, call_yes = _intro_and_call(kindly, tmp_path, "Thursday, December 3 at 12:45 pm")
    # the funder's time is the call's: an unsent proposal to Anne is no booking
    assert "Thursday, December 3 at 12:45 pm works for me." in str(call_yes["draft"]), call_yes["draft"]
    assert "Neither" not in str(call_yes["draft"])
    # ...and the draft to Anne, written first, now offers other times than the one the call takes
    assert "would Friday, December 4 at 12:30 pm or " in str(intro_yes["draft"]), intro_yes["draft"]
    assert "December 3" not in str(intro_yes["draft"])


def test_the_moved_proposal_is_what_is_stored_and_a_second_triage_changes_nothing(
    kindly: Kindly, tmp_path: Path
) -> None:
    first = _intro_and_call(kindly, tmp_path, "Thursday, December 3 at 12:45 pm")
    stored = {draft["message_pk"]: draft["text"] for draft in json.loads(kindly("drafts", "--json").stdout)}
    assert stored == {record["id"]: record["draft"] for record in first}, stored
    second = triaged(kindly, tmp_path / "intro.eml", tmp_path / "call.eml", profile=tmp_path / "profile.toml")
    assert [record["draft"] for record in second] == [record["draft"] for record in first]


def test_a_fixed_time_clear_of_the_proposal_leaves_the_other_draft_as_it_was(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro_yes, call_yes = _intro_and_call(kindly, tmp_path, "Friday, December 4 at 1:00 pm")
    assert "Friday, December 4 at 1:00 pm works for me." in str(call_yes["draft"]), call_yes["draft"]
    assert "Thursday, December 3 at 12:30 pm" in str(intro_yes["draft"]), intro_yes["draft"]


# 2. One person writing in several threads is offered one set of times.
MARCUS = vp_sales_profile(
    meeting_hours=["Mon-Fri 08:00-09:30", "Mon-Fri 16:00-18:00"],
    goals=(SALES_MERIDIAN,),
    providers=(),
    never=(),
    holidays=None,
)
SOFIAS_INTRO = """Dana, Marcus - introducing you two as promised.

Dana is the CRO at Meridian Freight and is rethinking how her team hires AEs. Marcus runs sales at Routewise and
has built one of the best SDR hiring processes I've seen in Austin.

I'll let you two take it from here!

Sofia
"""
DANAS_REPLY = """Thanks Sofia (moving you to bcc).

Marcus - great to e-meet you. I'd love to compare notes on AE hiring. Would coffee on Thursday, December 10 at
8:30am work? I'm near the Domain.

Dana Whitfield
Chief Revenue Officer, Meridian Freight
"""


def _linkedin_note(tmp_path: Path, name: str, url: str) -> Path:
    note = (
        "Hi Marcus, Sofia mentioned you might be the right person to talk to about SDR hiring. I'd love to grab a "
        "coffee sometime."
    )
    csv = tmp_path / "messages.csv"
    csv.write_text(
        f"{LINKEDIN_HEADER}\n2-cro,,{name},{url},Marcus Delgado,https://www.linkedin.com/in/marcus-delgado,"
        f'2026-11-24 19:45:00 UTC,,"{note}",INBOX\n'
    )
    return csv


def _danas_mail(tmp_path: Path) -> tuple[Path, Path]:
    intro = eml(
        tmp_path / "intro.eml",
        SOFIAS_INTRO,
        sender="Sofia Reyes <sofia.reyes@gmail.com>",
        subject="Intro: Marcus <> Dana (Meridian Freight)",
        date="Mon, 30 Nov 2026 08:15:00 -0600",
        to="Dana Whitfield <dana.whitfield@meridianfreight.com>, Marcus Delgado <marcus@routewise.io>",
        message_id="intro1@example.com",
    )
    reply = eml(
        tmp_path / "reply.eml",
        DANAS_REPLY,
        sender="Dana Whitfield <dana.whitfield@meridianfreight.com>",
        subject="Re: Intro: Marcus <> Dana (Meridian Freight)",
        date="Mon, 30 Nov 2026 11:40:00 -0600",
        to="Marcus Delgado <marcus@routewise.io>",
        in_reply_to="intro1@example.com",
    )
    return intro, reply


def test_the_introduction_waits_for_the_reply_of_the_person_introduced_who_names_the_user_by_first_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro, reply = _danas_mail(tmp_path)
    intro_yes, danas = triaged(kindly, intro, reply, profile=profile_file(MARCUS, tmp_path))
    assert intro_yes["draft"] is None  # "Dana, Marcus - introducing you two": Dana's own reply answers both
    assert "Thursday, December 10 at 8:30am works for me." in str(danas["draft"]), danas["draft"]


def test_her_linkedin_note_is_told_her_email_was_answered_not_offered_other_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro, reply = _danas_mail(tmp_path)
    note = _linkedin_note(tmp_path, "Dana Whitfield", "https://www.linkedin.com/in/danawhitfield-cro")
    for sources in ((intro, reply, note), (note, intro, reply)):  # whichever is triaged first
        kindly.database.unlink(missing_ok=True)
        records = triaged(kindly, *sources, profile=profile_file(MARCUS, tmp_path))
        linkedin = next(r for r in records if "linkedin.com" in r["from"])
        email = next(r for r in records if r["from"].endswith("meridianfreight.com>"))
        assert "Thursday, December 10 at 8:30am works for me." in str(email["draft"]), email["draft"]
        assert "I've answered your e-mail about when to meet." in str(linkedin["draft"]), linkedin["draft"]
        assert " at " not in str(linkedin["draft"]).split("Best,")[0]  # no other times


def test_someone_else_of_the_same_first_name_on_linkedin_keeps_her_own_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    intro, reply = _danas_mail(tmp_path)
    note = _linkedin_note(tmp_path, "Dana Okoye", "https://www.linkedin.com/in/danaokoye")
    profile = profile_file(MARCUS.replace('"Dana Whitfield", ', '"Dana Whitfield", "Dana Okoye", '), tmp_path)
    *_, linkedin = triaged(kindly, intro, reply, note, profile=profile)
    assert "answered your e-mail" not in str(linkedin["draft"])
    assert "work for you?" in str(linkedin["draft"]), linkedin["draft"]


# 3. A podcast's weekdays as a part of the day, with or without "any": two concrete times in the user's mornings.
SPEAKER = (
    MARCUS
    + """
[[goals]]
kind = "build_credibility"
description = "Talks, panels and podcast interviews on hiring and ramping sales teams"
targets = ["sales hiring", "hiring SDRs", "podcasts"]
priority = 2
"""
)
PODCAST = """Hi Marcus,

I host the Pipeline Podcast (about 8,000 listeners, mostly sales leaders). We'd love to have you on to talk about
how you hire and ramp SDRs. We record remotely, 30 minutes, {when}. Would you be up for it?

Jamie
"""


def _podcast(kindly: Kindly, tmp_path: Path, when: str) -> str:
    mail = eml(
        tmp_path / "podcast.eml",
        PODCAST.format(when=when),
        sender="Jamie Fox <jamie@pipelinepodcast.fm>",
        subject="Guest on the Pipeline Podcast?",
        date="Mon, 30 Nov 2026 10:00:00 -0600",
        to="marcus@routewise.io",
    )
    [record] = triaged(kindly, mail, profile=profile_file(SPEAKER, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    return str(record["draft"])


@pytest.mark.parametrize(
    "when",
    [
        pytest.param("Tuesday or Thursday morning in December", id="or-morning"),
        pytest.param("any Tuesday or Thursday morning in December", id="any-morning"),
    ],
)
def test_a_podcasts_weekday_mornings_are_answered_with_two_dates_in_the_users_mornings(
    kindly: Kindly, tmp_path: Path, when: str
) -> None:
    draft = _podcast(kindly, tmp_path, when)
    assert "Would Thursday, December 3 at 9:00 am or Tuesday, December 8 at 9:00 am work for you?" in draft, (
        draft
    )
    assert "guest on Tuesday." not in draft


def test_a_podcasts_weekday_with_its_own_hour_is_still_a_time_to_confirm(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = _podcast(kindly, tmp_path, "on Tuesday or Thursday at 8:30am")
    assert "Would Thursday, December 3 at 9:00 am or" not in draft, draft
    assert "Tuesday" in draft


# 4. A reporter who asks for a phone interview on two days of hers and gives her number.
RENATA = food_bank_director_profile(
    goals=(
        varied(
            FOOD_BANK_STAGE,
            targets=["food security", "food insecurity", "hunger relief", "food banks", "food pantries"],
        ),
    ),
    providers=(),
    resources=(),
    answers=(),
    signature="Renata",
    holidays=None,
    own_domains=None,
)
REPORTER = """Hi Renata,

I'm a reporter at the Chicago Ledger working on a story about rising demand at food pantries heading into winter,
and how SNAP changes are playing out across Cook County. Would you have 15 minutes for {ask}? My deadline is
Friday morning.

Thanks,
Maya Goldberg
Reporter, Chicago Ledger{number}
"""


def _reporter(kindly: Kindly, tmp_path: Path, ask: str, number: str = " | (312) 555-0117") -> str:
    mail = to_food_bank_director(
        tmp_path / "reporter.eml",
        REPORTER.format(ask=ask, number=number),
        sender="Maya Goldberg <mgoldberg@chicagoledger.example.com>",
        subject="Interview request: pantry demand this winter",
        date="Mon, 30 Nov 2026 12:10:00 -0600",
    )
    [record] = triaged(kindly, mail, profile=profile_file(RENATA, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    return str(record["draft"])


def test_a_reporters_phone_interview_on_her_days_gets_times_on_them_and_a_call_to_her_number(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = _reporter(kindly, tmp_path, "a phone interview on Wednesday or Thursday this week")
    assert "I'll call you at (312) 555-0117." in draft, draft
    assert "Would Wednesday, December 2 at 10:00 am or Thursday, December 3 at 2:30 pm work for you?" in draft
    assert "details" not in draft


def test_a_phone_interview_at_her_own_hour_is_confirmed_as_it_was(kindly: Kindly, tmp_path: Path) -> None:
    draft = _reporter(kindly, tmp_path, "a phone interview on Wednesday, December 2 at 2pm")
    assert "December 2 at 2pm" in draft, draft
    assert "I'll call you" not in draft and "Would " not in draft


def test_an_interview_with_no_number_given_asks_no_call_to_a_number(kindly: Kindly, tmp_path: Path) -> None:
    draft = _reporter(kindly, tmp_path, "a phone interview on Wednesday or Thursday this week", number="")
    assert "I'll call you" not in draft, draft


# 5. "3pm my time": the sender's clock, where their signature or their address tells it, else named as theirs.
DANA = """
[user]
name = "Dana Reyes"
email = "dana@example.com"
signature = "Dana"
date_style = "us"
weekly_networking_hours = 4
time_zone = "America/Los_Angeles"

[[goals]]
kind = "find_clients"
description = "Owners of small design studios who need bookkeeping"
targets = ["design studios", "small business owners"]
priority = 1
"""
STUDIO = """Hi Dana,

I run a small design studio and we need help with bookkeeping. Could we have a call on Thursday, December 10 at
{hour}?

Sarah Kim
{signature}
"""


def _studio(
    kindly: Kindly, tmp_path: Path, hour: str, signature: str, address: str = "sarah@kimstudio.com"
) -> str:
    mail = eml(
        tmp_path / "studio.eml",
        STUDIO.format(hour=hour, signature=signature),
        sender=f"Sarah Kim <{address}>",
        subject="Bookkeeping for our design studio",
        date="Mon, 30 Nov 2026 10:00:00 +0000",
        to="dana@example.com",
    )
    [record] = triaged(kindly, mail, profile=profile_file(DANA, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    return str(record["draft"])


@pytest.mark.parametrize(
    ("signature", "address"),
    [
        pytest.param("Kim Studio, Seoul", "sarah@kimstudio.com", id="city-in-signature"),
        pytest.param("Kim Studio", "sarah@kimstudio.co.kr", id="country-domain"),
    ],
)
def test_an_hour_in_the_senders_own_time_is_read_in_her_city_or_countrys_clock(
    kindly: Kindly, tmp_path: Path, signature: str, address: str
) -> None:
    draft = _studio(kindly, tmp_path, "3pm my time", signature, address)
    assert (
        "Thursday, December 10 at 3pm (Wednesday, December 9 at 10:00 pm my time) works for me." in draft
    ), draft


def test_an_hour_in_the_senders_own_time_whose_clock_cannot_be_told_is_named_as_hers(
    kindly: Kindly, tmp_path: Path
) -> None:
    draft = _studio(kindly, tmp_path, "3pm my time", "Kim Studio")
    assert "Thursday, December 10 at 3pm your time works for me." in draft, draft


@pytest.mark.parametrize(
    ("hour", "signature"),
    [
        pytest.param("3pm", "Kim Studio, Seoul", id="no-my-time"),
        pytest.param("3pm my time", "Kim Studio, Los Angeles", id="same-clock-as-the-user"),
    ],
)
def test_an_hour_not_said_in_another_clock_is_confirmed_as_written(
    kindly: Kindly, tmp_path: Path, hour: str, signature: str
) -> None:
    draft = _studio(kindly, tmp_path, hour, signature)
    assert "Thursday, December 10 at 3pm works for me." in draft, draft
