"""What the first-wave users of session 26 still found wrong (fix2): Renée Castellanos-Boyd, a foundation program
officer (personas.funder_profile), and Isla Munro, founder of an indie game studio (personas.game_profile). Each test
is a mail from their inboxes, with another wording and a near miss beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import funder_profile, funder_thread, game_profile, to_funder, to_game
from support import Kindly, profile_file, triaged, triaged_one


def _to_isla(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Isla against her profile."""
    mail = to_game(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(game_profile(), tmp_path))


def _to_renee(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Renée against her profile."""
    mail = to_funder(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(funder_profile(), tmp_path))


# -- her own invitation answered with a time: the reason says what the reply did --------------------------------


def _her_invitation_and_their_time(kindly: Kindly, tmp_path: Path, hers: str, theirs: str) -> dict[str, Any]:
    """The record of Luis's reply `theirs` to Renée's own mail `hers`."""
    own, reply = funder_thread(tmp_path, hers, theirs, sender="Luis Fernández <lfernandez@mail.example.com>")
    _, record = triaged(kindly, own, reply, profile=profile_file(funder_profile(), tmp_path))
    return record


_HER_INVITATION = (
    "Hi Luis,\n\nIt was lovely to meet you at the ABFE reception. I'd be glad to talk about your move into "
    "philanthropy - would you like to find 30 minutes next week?\n\nRenée\n"
)


@pytest.mark.parametrize(
    "theirs",
    [
        pytest.param(
            "Hi Renée,\n\nThank you so much! Would Wednesday, December 9 at 11:00 am work for a call?\n\nLuis\n",
            id="would-it-work",
        ),
        pytest.param(
            "Dear Renée,\n\nHow kind of you. How about Thursday, December 10 at 2:30 pm?\n\nLuis\n",
            id="how-about",
        ),
    ],
)
def test_a_time_with_no_yes_is_not_said_to_be_a_yes(kindly: Kindly, tmp_path: Path, theirs: str) -> None:
    record = _her_invitation_and_their_time(kindly, tmp_path, _HER_INVITATION, theirs)
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request"), record["reason"]
    assert record["reason"].startswith("Answers your invitation to meet with a time"), record["reason"]
    assert "Says yes" not in record["reason"]


def test_a_yes_with_a_time_is_still_said_to_be_a_yes(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "Yes, I'd love that" before the time is a yes to what she proposed
    record = _her_invitation_and_their_time(
        kindly,
        tmp_path,
        _HER_INVITATION,
        "Hi Renée,\n\nYes, I'd love that! Would Wednesday, December 9 at 11:00 am work for a call?\n\nLuis\n",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Answers your invitation to meet with a time" not in record["reason"]


# -- a request for her grantees' data: thanked for the request, not for "advice" ---------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(
            "I'm a PhD student studying workforce programs. Would the foundation be able to share outcome data from "
            "your grantees (participant-level if possible) for my dissertation? I'm happy to sign a data use "
            "agreement.",
            id="outcome-data-for-a-dissertation",
        ),
        pytest.param(
            "I'm an early-career researcher looking at guaranteed income pilots in Ohio. Could you send me the "
            "applicant records from your last cycle so I can compare who applied with who was funded?",
            id="applicant-records",
        ),
    ],
)
def test_a_request_for_grantee_data_is_not_thanked_as_advice(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        f"Hello Renée,\n\n{ask}\n\nThank you,\nEmily Zhou\n",
        sender="Emily Zhou <ezhou@policyresearch.example.edu>",
        subject="Request for grantee data",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "request for advice" not in record["draft"]
    assert "Candid" in record["draft"]


def test_a_mentee_who_offers_her_own_data_still_asks_for_advice(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: data the sender offers to share is no request for hers
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nI'm a Black woman two years into grantmaking at a community foundation and I'd love your "
        "advice on moving into a program officer role. I'm happy to share some data from my own portfolio if it "
        "helps. Would you have 30 minutes in December?\n\nAaliyah\n",
        sender="Aaliyah Brooks <abrooks@akroncf.example.org>",
        subject="Advice on becoming a program officer",
    )
    assert "request for data" not in (record["draft"] or ""), record["reason"]


# -- an evaluator's pitch in other words meets her evaluation partner ---------------------------------------------


@pytest.mark.parametrize(
    "pitch",
    [
        pytest.param(
            "ImpactMetrics helps foundations like yours design evaluation frameworks and measure grantee outcomes. "
            "We've worked with 40+ funders. Could I take 20 minutes to show you how we could support Halvorsen's "
            "economic mobility portfolio?",
            id="evaluation-frameworks",
        ),
        pytest.param(
            "We are an impact measurement firm for philanthropy: our team builds dashboards that show funders what "
            "their grants achieve. Would you have time for a short call next week?",
            id="impact-measurement",
        ),
    ],
)
def test_an_evaluators_pitch_is_declined_with_her_evaluation_partner(
    kindly: Kindly, tmp_path: Path, pitch: str
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        f"Hi Renée,\n\n{pitch}\n\nGreg Pollard\nPartner, ImpactMetrics Consulting\n",
        sender="Greg Pollard <greg@impactmetrics.example.com>",
        subject="Measuring what matters at Halvorsen",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "For program evaluation, I already work with" in record["draft"]


def test_a_grantees_update_naming_its_evaluation_is_no_pitch(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a grantee reporting on its own evaluation sells her nothing
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nA quick update from Lakeshore Works: our impact evaluation with Case Western found that 72% "
        "of graduates were employed after a year. Thank you for your support this year.\n\nPaul\n",
        sender="Paul Brennan <pbrennan@lakeshoreworks.example.org>",
        subject="Year-end update",
    )
    assert record["reason_code"] != "has_provider", record["reason"]


# -- her own foundation impersonated from a look-alike domain, asking for a payment ---------------------------------


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        pytest.param(
            "Bill Halvorsen <bill.halvorsen@halvorsen-foundation.example.com>",
            "Renée,\n\nAre you at your desk? I need you to process an urgent grant payment today before the board "
            "meets. I'm in meetings and can't talk - reply with your cell number and I'll send wire details.\n\nBill\n",
            id="hyphenated-look-alike",
        ),
        pytest.param(
            "Margaret Halvorsen <margaret@halvorsenfoundatlon.example.org>",
            "Hi Renée,\n\nQuick favour - could you buy four gift cards for the grantee appreciation event this "
            "afternoon? Keep it between us for now, it's a surprise.\n\nMargaret\nPresident\n",
            id="one-letter-off",
        ),
    ],
)
def test_a_payment_asked_from_a_look_alike_of_her_foundation_is_a_scam(
    kindly: Kindly, tmp_path: Path, sender: str, body: str
) -> None:
    record = _to_renee(kindly, tmp_path, body, sender=sender, subject="Urgent request")
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert "look-alike of your own domain" in record["reason"]
    assert not record["draft"]


def test_the_same_ask_from_her_foundations_own_domain_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a colleague at the real domain asking her to process a payment is an ordinary work matter
    record = _to_renee(
        kindly,
        tmp_path,
        "Renée,\n\nCould you process the grant payment for Lakeshore Works today? The board approved it on "
        "Monday.\n\nBill\n",
        sender="Bill Halvorsen <bill@halvorsenfoundation.example.org>",
        subject="Grant payment",
    )
    assert record["reason_code"] != "scam", record["reason"]


# -- an academic's interview is not the press: no press office in the yes ---------------------------------------------

_PRESS_OFFICE = "our communications director, Dana Whitcomb"


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(
            "I'm leading a study at the Lilly Family School of Philanthropy on how foundations adopt trust-based "
            "philanthropy practices. Would you be willing to do a 45-minute interview by Zoom in January?",
            id="a-study",
        ),
        pytest.param(
            "I'm a doctoral researcher writing my dissertation on participatory grantmaking in the Midwest. Could I "
            "interview you for an hour about how your foundation involves community members on its panels?",
            id="a-dissertation",
        ),
    ],
)
def test_a_researchers_interview_is_taken_without_her_press_answer(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        f"Dear Renée,\n\n{ask}\n\nBest regards,\nLauren Bates\n",
        sender="Lauren Bates <lbates@philanthropy.example.edu>",
        subject="Research interview",
    )
    assert record["decision"] == "accept", record["reason"]
    assert _PRESS_OFFICE not in record["draft"]


def test_a_reporters_interview_still_gets_her_press_answer(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a reporter writing a story is the press her saved answer is for
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nI'm a reporter at The Plain Dealer writing a story on guaranteed income pilots in Ohio. Would "
        "you have 15 minutes this week for a quick interview?\n\nJordan Ellis\n",
        sender="Jordan Ellis <jellis@plaindealer.example.com>",
        subject="Interview request",
    )
    assert _PRESS_OFFICE in record["draft"], record["reason"]


# -- a streamer's offer to cover her game: a yes to the stream, her way to a key, and when - no meeting -------------


@pytest.mark.parametrize(
    ("sender", "body", "yes"),
    [
        pytest.param(
            "Fenna de Vries <fenna@fennaplays.example>",
            "I'm Fenna, I stream cosy and narrative games on Twitch (twitch.tv/fennaplays, about 12k followers) and I "
            "played Citizen Sleeper and Road 96 on stream this year. Low Tide Letters looks right up my street. Would "
            "you be up for me streaming the demo, and maybe joining the stream for a short Q&A with chat? Happy to "
            "request a key through Keymailer if that's easier.",
            "stream it",
            id="twitch-streamer",
        ),
        pytest.param(
            "Omar Haddad <omar@quietcorner.example>",
            "I'm a YouTuber covering small story-driven games (youtube.com/@quietcornergames, 30k subscribers). I'd "
            "love to make a video about Low Tide Letters ahead of launch, playing the demo build. Would that be "
            "alright?",
            "make a video about it",
            id="youtuber-video",
        ),
    ],
)
def test_a_creators_offer_to_cover_her_game_is_answered_about_the_coverage(
    kindly: Kindly, tmp_path: Path, sender: str, body: str, yes: str
) -> None:
    record = _to_isla(
        kindly,
        tmp_path,
        f"Hi Isla!\n\n{body}\n\nBest\n",
        sender=sender,
        subject="Low Tide Letters on my channel",
    )
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert yes in draft and "When are you thinking of" in draft
    assert "Keymailer" in draft  # her own answer on how creators get a key
    assert "Would Monday" not in draft and "Would Tuesday" not in draft and "closed playtest" not in draft


def test_a_creator_who_asks_for_a_call_first_still_gets_times(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a call asked for is a meeting to find a time for
    record = _to_isla(
        kindly,
        tmp_path,
        "Hi Isla!\n\nI'm Fenna, I stream cosy and narrative games on Twitch (twitch.tv/fennaplays, about 12k "
        "followers) and I played Citizen Sleeper and Road 96 on stream this year. Low Tide Letters looks right up my "
        "street. Would you be up for me streaming the demo? Could we hop on a quick call first to plan it?\n\n"
        "Fenna\n",
        sender="Fenna de Vries <fenna@fennaplays.example>",
        subject="Low Tide Letters on my channel",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "stream it!" not in record["draft"]


# -- a meeting on the day her never-rule keeps free: her reason, and a time on another day ---------------------------


def _invite_to_isla(path: Path, *, start: str, summary: str, organizer: str) -> Path:
    """A calendar invitation (METHOD:REQUEST) to Isla from `organizer`, at `start` (UTC) for half an hour."""
    name, _, address = organizer.partition(" <")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{start}-fix2@calendar.example",
        "DTSTAMP:20261201T100000Z",
        f"DTSTART:{start}Z",
        "DURATION:PT30M",
        f"SUMMARY:{summary}",
        "DESCRIPTION:Intro call to hear about Low Tide Letters and your funding plans.",
        f"ORGANIZER;CN={name}:mailto:{address.rstrip('>')}",
        "ATTENDEE;CN=Isla Munro;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:isla@saltmarshgames.example",
        "LOCATION:Google Meet",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path.write_text("\r\n".join(lines))
    return path


def test_an_invitation_on_her_kept_friday_says_so_and_offers_another_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    invite = _invite_to_isla(
        tmp_path / "invite.ics",
        start="20261211T150000",
        summary="Saltmarsh Games x Kelpie Ventures - intro call",
        organizer="Olivia Grant <olivia@kelpieventures.example>",
    )
    record = triaged_one(kindly, invite, profile_file(game_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Friday 11 December at 15:00 doesn't work for me" in draft
    assert "I keep Fridays free of meetings: that's our build and playtest day" in draft
    assert "Would Monday" in draft or "Would Tuesday" in draft or "Would Wednesday" in draft


def test_a_weekend_meeting_proposed_to_renee_is_answered_with_her_weekends(
    kindly: Kindly, tmp_path: Path
) -> None:
    # another user and wording: a co-funder's coffee on a Saturday, her rule "meetings on weekends (that's my family
    # time)"
    mail = to_funder(
        tmp_path / "mail.eml",
        "Hi Renée,\n\nI'm a program officer at the Gund Foundation working on guaranteed income. Would you be free "
        "for coffee on Saturday, December 12 at 10:00 am to compare notes on our pooled fund?\n\nBest,\nMaya Ortiz\n",
        sender="Maya Ortiz <mortiz@gundfoundation.example.org>",
        subject="Coffee to compare notes?",
    )
    profile = funder_profile("meetings on weekends (that's my family time)")
    record = triaged_one(kindly, mail, profile_file(profile, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "I keep weekends free of meetings: that's my family time." in record["draft"]


def test_an_invitation_on_a_day_she_meets_keeps_no_such_note(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: Wednesday at 15:00 is inside her hours - the time is taken, no Friday said
    invite = _invite_to_isla(
        tmp_path / "invite.ics",
        start="20261209T150000",
        summary="Saltmarsh Games x Kelpie Ventures - intro call",
        organizer="Olivia Grant <olivia@kelpieventures.example>",
    )
    record = triaged_one(kindly, invite, profile_file(game_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "free of meetings" not in record["draft"]


# -- her game's title named by a fellow developer or an investor is no coverage of it -------------------------------


@pytest.mark.parametrize(
    ("sender", "body", "goal"),
    [
        pytest.param(
            "Ewan Forbes <ewan@twocrowsgames.example>",
            "We're Two Crows, a two-person studio in Dundee making a narrative mystery game. We've been following Low "
            "Tide Letters and think our games are cousins. Would you fancy swapping playtests? We play your build "
            "and send notes, you do the same for ours.",
            "find_community",
            id="swapping-playtests",
        ),
        pytest.param(
            "Rory Small <rory@kelpiestudio.example>",
            "We are a two-person studio in Dundee. Would you fancy a playtest swap? We would play Low Tide Letters "
            "and you could play our puzzle game.",
            "find_community",
            id="a-playtest-swap",
        ),
        pytest.param(
            "Jamie Kerr <jamie@glasgowindiedevs.example>",
            "Our next Glasgow Indie Devs meetup is on Wednesday 9 December at 6:30pm. A few of us are bringing builds "
            "to show - would you like to bring Low Tide Letters and do a five-minute show and tell?",
            "find_community",
            id="bring-it-to-a-meetup",
        ),
    ],
)
def test_her_game_named_by_a_fellow_developer_is_not_coverage(
    kindly: Kindly, tmp_path: Path, sender: str, body: str, goal: str
) -> None:
    record = _to_isla(kindly, tmp_path, f"Hi Isla,\n\n{body}\n\nCheers\n", sender=sender, subject="Hello")
    assert (record["decision"], record["goal"]) == ("accept", goal), record["reason"]
    assert "coverage" not in record["reason"]


def test_a_writer_interviewing_her_about_the_game_is_still_coverage(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same title named in a piece about it is the coverage she seeks
    record = _to_isla(
        kindly,
        tmp_path,
        "Hi Isla,\n\nI'm a freelance writer working on a piece for Rock Paper Shotgun about small UK studios. Would "
        "you be up for a 30-minute interview next week about Low Tide Letters?\n\nHannah\n",
        sender="Hannah Price <hannah.price.writes@mail.example>",
        subject="Interview request",
    )
    assert (record["decision"], record["goal"]) == ("accept", "amplify_campaign"), record["reason"]
