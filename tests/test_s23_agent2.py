"""Miriam Adler, a literary agent in New York, round two (session 23): her own terms stated with a yes to pitch
sessions that name none, a book-marketing pitch met by her publicist, a pitch fair that charges writers, and a
reading fee offered in the sentence after the ask."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import literary_agent_profile, to_miriam
from support import Kindly, profile_file, triaged_one

PITCH_TERMS = "For conference pitch sessions I ask for travel, a room and an honorarium; I don't charge writers anything."
ANSWERS = f"""
[[answers]]
about = ["fee", "honorarium", "pitch sessions"]
answer = "{PITCH_TERMS}"
"""


def _to_miriam(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, **kw: Any
) -> dict[str, Any]:
    """The triage record of a mail to Miriam against her profile, with her saved answer about pitch sessions."""
    mail = to_miriam(tmp_path / "mail.eml", body, sender=sender, subject=subject, **kw)
    return triaged_one(kindly, mail, profile_file(literary_agent_profile() + ANSWERS, tmp_path))


# -- 1. a yes to pitch sessions whose terms are unsaid states her own ---------------------------------------------


def test_a_yes_to_pitch_sessions_that_name_no_pay_states_her_terms(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nI run the Catskill Writers Retreat, a small weekend for about 60 writers. We're putting "
        "together our agent lineup for April 16-18, 2027 and would love to have you take pitch sessions on the "
        "Saturday. Writers really value meeting agents face-to-face.\n\nWould you be up for it?\n\nDev Patel\n",
        sender="Dev Patel <dev@catskillwritersretreat.org>",
        subject="Agents wanted for our pitch sessions!",
    )
    assert record["decision"] == "accept"
    assert PITCH_TERMS in record["draft"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Hudson Valley Writers' Conference 2027 - faculty invitation",
            "Dear Miriam,\n\nOn behalf of the Hudson Valley Writers' Conference, I'm delighted to invite you to "
            "join our 2027 faculty, June 11-13 in Kingston, NY. We'd ask you to take two afternoons of agent pitch "
            "sessions (ten-minute one-on-ones with registered attendees) and sit on our Saturday morning panel, "
            '"What Agents Want Now."\n\nFaculty receive a $750 honorarium, two nights\' lodging at the conference '
            "hotel, and travel from New York City. Could you let me know by December 18 whether you're able to join "
            "us?\n\nWith warm regards,\nMartha Quinlan\nProgram Director, Hudson Valley Writers' Conference\n",
            id="pitch-sessions-whose-pay-is-stated",
        ),
        pytest.param(
            "Visit to our MFA fiction seminar?",
            "Dear Ms. Adler,\n\nWould you visit my MFA fiction seminar at Hunter College on Wednesday, February 17 "
            "and talk to our second-years about how agents read a debut? It would be a wonderful evening for "
            "them.\n\nProf. Abara\n",
            id="a-seminar-visit-her-answer-is-not-about",
        ),
    ],
)
def test_a_yes_whose_terms_are_stated_or_not_hers_to_state_keeps_to_the_yes(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_miriam(
        kindly, tmp_path, body, sender="Martha Quinlan <mq@writers.example.org>", subject=subject
    )
    assert record["decision"] == "accept", record["reason"]
    assert PITCH_TERMS not in record["draft"]


# -- 2. a book-marketing service meets her publicist ------------------------------------------------------------

BOOK_LAUNCH_PITCH = (
    "Hi Miriam,\n\nQuick question - are your debut authors getting the launch they deserve?\n\nBookLaunchBoost runs "
    "done-for-you launch campaigns for debut authors: Amazon ads, BookTok creators, newsletter swaps and review "
    "teams. Our last 12 launches averaged 340 reviews in the first month.\n\nAgents who recommend us to their "
    "authors get a free launch audit for their list. Worth a 15-minute chat this week?\n\nKayla Brooks\n"
    "Growth Lead | BookLaunchBoost\n"
)


def test_a_book_marketing_pitch_is_declined_as_work_her_publicist_does(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        BOOK_LAUNCH_PITCH,
        sender="Kayla Brooks <kayla@booklaunchboost.io>",
        subject="Get your authors onto bestseller lists",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "June Okoro" in record["reason"]
    assert "For book publicity, I already work with someone" in record["draft"]


def test_a_general_marketing_agency_pitch_is_not_met_by_her_publicist(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nWe're a digital marketing agency: SEO, PPC and social media marketing for small "
        "businesses. Worth a 15-minute chat this week?\n\nTom\nGrowthly Digital\n",
        sender="Tom Rees <tom@growthly.io>",
        subject="More leads for Halyard & Finch",
    )
    assert record["reason_code"] != "has_provider"


# -- 3. a pitch fair that charges writers is declined for that charge -----------------------------------------------


def test_a_pitch_fair_that_charges_writers_is_declined_for_charging_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hello Miriam,\n\nPitchFest NYC is back on March 6, 2027 at the Javits Center! Over 800 writers, 40 agents, "
        "one day.\n\nWriters purchase pitch tickets ($89 per 5-minute pitch, or $399 for a bundle of 5) and meet "
        "agents speed-dating style. As a featured agent you'd hear up to 30 pitches, with a complimentary lunch "
        "and a listing on our website. Agents attend free of charge.\n\nPlease confirm your spot by December 15."
        "\n\nThe PitchFest NYC Team\n",
        sender="PitchFest NYC <agents@pitchfestnyc.com>",
        subject="Invitation: be a featured agent at PitchFest NYC 2027",
    )
    assert record["decision"] == "decline"
    assert "charges writers to pitch" in record["draft"]
    assert "networking time" not in record["draft"]


def test_a_literary_festival_that_sells_tickets_is_not_called_pay_to_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hello Miriam,\n\nThe Riverside Book Fair is back on March 6, 2027! Tickets are $20 and include all "
        "readings and a pitch workshop for new writers. We'd love to see you there - please confirm by December "
        "15.\n\nThe Riverside Book Fair Team\n",
        sender="Riverside Book Fair <hello@riversidebookfair.org>",
        subject="Join us at the Riverside Book Fair 2027",
    )
    assert "pay-to-pitch" not in (record["draft"] or "")


# -- 4. a fee for reading offered in the sentence after the ask ------------------------------------------------------


def test_a_fee_offered_just_after_asking_her_to_read_is_a_reading_fee(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        "Hi Miriam,\n\nI've finished my first novel, a family saga set in Ohio. Would you read the first half? I "
        "can pay you $250 for your time.\n\nThanks,\nGreg Thomas\n",
        sender="Greg Thomas <greg.thomas@example.com>",
        subject="My novel",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "reading manuscripts for a fee" in record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Miriam,\n\nI loved reading your interview in Publishers Weekly. Would you speak at our writers' "
            "conference lunch in Albany on Tuesday, March 9? We can pay you $250 for your time.\n\nLena Ortiz\n"
            "Program Chair, Capital Region Writers' Conference\n",
            id="a-paid-talk-after-reading-her-interview",
        ),
        pytest.param(
            "Hi Miriam,\n\nWould you read a short piece I wrote about your agency for our newsletter before it "
            "goes out? We pay speakers $250 at our spring conference, if you'd ever like to come.\n\nLena Ortiz\n"
            "Program Chair, Capital Region Writers' Conference\n",
            id="a-price-that-names-its-own-work",
        ),
    ],
)
def test_pay_for_other_work_beside_reading_is_no_reading_fee(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_miriam(
        kindly, tmp_path, body, sender="Lena Ortiz <lena@crwc.example.org>", subject="Spring at CRWC"
    )
    assert "reading manuscripts for a fee" not in record["reason"]
