"""Read-back mends (session 23): words that looked like another kind of mail. A team booking a consultation room,
a question asked after a plain statement, a Portuguese reply-by date, "at least" and "any time" in other languages,
a podcast interview, a content swap, an organisation named after a title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.audience_gap import swap_named
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.reply.compose import compose
from kindly.reply.greeting import first_name
from kindly.reply.interviews import interview_offered
from kindly.reply.to_have_ready import what_to_have_ready
from kindly.understand.consultation_asked import asks_to_book_a_consultation
from kindly.understand.language import moments_and_places
from kindly.understand.languages import READ
from kindly.understand.plain_forms import days_that_suit
from personas import (
    accountant_abroad_profile,
    contractor_profile,
    founder_profile,
    invite_to_kendra,
    job_seeker_profile,
    to_accountant_abroad,
)
from support import Kindly, incoming, profile_file, triaged_one, written_profile

PAULA = "Paula Reis <paula.reis@ccl.example.pt>"


@pytest.mark.parametrize(
    "text",
    [
        "We would like to book a consultation room for our team offsite.",
        "We would like to book a consultation-room for our offsite.",
        "Could I make an appointment on my way home from the office on Friday?",
    ],
    ids=["consultation-room", "consultation-room-hyphen", "on-my-way-home"],
)
def test_a_room_or_an_errand_on_the_way_is_not_a_clients_consultation(text: str) -> None:
    assert asks_to_book_a_consultation(text) == ""


def test_a_consultation_about_their_own_lease_is_still_a_clients() -> None:
    text = "Could I book a consultation for our lease renewal? And a room for it?"
    assert asks_to_book_a_consultation(text) == "Could I book a consultation for our lease renewal"


def test_what_a_client_says_they_can_bring_leaves_no_place_for_an_answer_when_a_later_question_asks_a_day() -> (
    None
):
    assert what_to_have_ready("What I can bring is the old survey. Would Tuesday work?") == ""


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Would Tuesday work? What should we bring?", "What should we bring?"),
        (
            "Great (is there anything we should bring?) See you then.",
            "Great (is there anything we should bring?)",
        ),
        (
            "Is there anything we should have ready (the old survey? photos of the mechanical room?)",
            "Is there anything we should have ready (the old survey? photos of the mechanical room?)",
        ),
    ],
    ids=["asked-after-a-day", "asked-in-brackets", "an-aside-of-questions"],
)
def test_a_question_about_what_to_have_ready_is_still_found(text: str, asked: str) -> None:
    assert what_to_have_ready(text) == asked


# -- a Portuguese day to answer by ---------------------------------------------------------------------------------

_WORKSHOP = (
    "Bom dia,\n\nEscrevo-lhe da Câmara de Comércio de Lisboa. Gostaríamos de a convidar para dar um workshop "
    "sobre IVA {}.\n\nCumprimentos,\nPaula Reis"
)


def _to_sofia(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, Any]:
    mail = to_accountant_abroad("pt", tmp_path / "m.eml", body, sender=PAULA, subject="Workshop")
    return triaged_one(kindly, mail, profile_file(accountant_abroad_profile("pt"), tmp_path))


@pytest.mark.parametrize(
    "reply_by",
    ["Por favor responda até 4 de dezembro às 17h", "Responda até ao dia 4 de dezembro às 17h"],
    ids=["ate", "ate-ao-dia"],
)
def test_a_portuguese_day_to_answer_by_is_not_confirmed_as_the_workshops_day(
    kindly: Kindly, tmp_path: Path, reply_by: str
) -> None:
    record = _to_sofia(kindly, tmp_path, _WORKSHOP.format(f"em dezembro. {reply_by}"))
    assert "4 de dezembro" not in record["draft"], record["draft"]
    assert "4 de dezembro" not in record["reason"].split(" It names ")[0], record["reason"]


def test_a_portuguese_workshops_own_day_is_still_confirmed_beside_the_day_to_answer_by(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = _WORKSHOP.format(
        "na terça-feira, 8 de dezembro às 12h. Por favor responda até 4 de dezembro às 17h"
    )
    record = _to_sofia(kindly, tmp_path, body)
    assert record["decision"] == "accept", record["reason"]
    assert "pode contar comigo na terça-feira, 8 de dezembro, às 12h." in record["draft"], record["draft"]
    assert moments_and_places(body)[1] == "até 4 de dezembro às 17h"


# -- "at least" and "any time" are no "no" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("Spanish", "Puedo el martes por la tarde, o al menos el jueves.", ("Tuesday afternoon", "Thursday")),
        ("Spanish", "Me queda bien el miércoles, por lo menos por la mañana.", ("Wednesday morning",)),
        ("Portuguese", "Posso na quinta-feira, pelo menos de manhã.", ("Thursday morning",)),
        ("Portuguese", "Dá-me jeito a terça-feira, ao menos à tarde.", ("Tuesday afternoon",)),
        ("French", "Je suis disponible le mardi, à n'importe quelle heure.", ("Tuesday",)),
    ],
    ids=["es-al-menos", "es-por-lo-menos", "pt-pelo-menos", "pt-ao-menos", "fr-n-importe"],
)
def test_at_least_or_any_time_keeps_the_days_a_client_says_suit(
    language: str, text: str, days: tuple[str, ...]
) -> None:
    assert days_that_suit(READ[language], text) == days


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Spanish", "Puedo cualquier día menos el lunes."),
        ("Portuguese", "Posso todos os dias menos à segunda-feira."),
        ("French", "Je n'ai pas de disponibilité le mardi."),
    ],
    ids=["es-menos-el-lunes", "pt-menos-a-segunda", "fr-n-ai-pas"],
)
def test_a_day_said_with_except_or_not_still_does_not_suit(language: str, text: str) -> None:
    assert days_that_suit(READ[language], text) == ()


# -- a podcast's interview is no screen for a role -----------------------------------------------------------------

_PODCAST = incoming(
    "Hi,\n\nWe'd love to have you for a Zoom interview on our podcast, The Data Hour, on Thursday, December 3 at "
    "2pm CT. Would you join us?\n\nSam Lee\nHost, The Data Hour",
    subject="Guest on The Data Hour",
    from_name="Sam Lee",
    from_addr="sam@datahour.example.com",
)
_SCREEN = incoming(
    "Hi Priya,\n\nI'd like to set up a Zoom interview for the Data Scientist role at QuantLeap on Thursday, "
    "December 3 at 2pm CT. Would that work?\n\nJess Morgan\nTalent Acquisition, QuantLeap",
    subject="Interview: Data Scientist - QuantLeap",
    from_name="Jess Morgan",
    from_addr="jess.morgan@quantleap.example.com",
)


def _yes(message: Message, profile_text: str, tmp_path: Path, variant: int) -> str:
    profile = written_profile(profile_text, tmp_path)
    read = Understanding(True, Intent.EVENT_INVITATION, True, 0.9)
    draft = compose(message, read, Verdict(Decision.ACCEPT, "fits", "goal_fit"), profile, variant=variant)
    assert draft is not None
    return draft.text


@pytest.mark.parametrize("who", ["founder", "job-seeker"])
def test_a_zoom_interview_on_a_podcast_is_joined_not_looked_forward_to_as_a_screen(
    tmp_path: Path, who: str
) -> None:
    profile_text = founder_profile() if who == "founder" else job_seeker_profile()
    assert not interview_offered(f"{_PODCAST.subject}\n{_PODCAST.own_text}")
    text = _yes(_PODCAST, profile_text, tmp_path, variant=0)
    assert "I look forward to it" not in text, text
    assert "I'd be glad to join" in text, text


def test_a_job_seekers_zoom_interview_for_a_role_is_still_looked_forward_to(tmp_path: Path) -> None:
    text = _yes(_SCREEN, job_seeker_profile(), tmp_path, variant=0)
    assert "I look forward to it" in text, text


def test_a_founder_invited_to_a_zoom_interview_is_not_answered_as_a_job_seeker(tmp_path: Path) -> None:
    text = _yes(_SCREEN, founder_profile(), tmp_path, variant=0)
    assert "I look forward to it" not in text, text


# -- one swap, named in the singular -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Want to do a stories swap this week? I have 3K followers.", "story swap"),
        ("Would you be up for a features exchange?", "feature exchange"),
        ("Let's swap posts - I'd share yours too!", "post swap"),
        ("Fancy some newsletters trades?", "newsletter trade"),
        # near misses: already one of each
        ("Want to do a shout-out swap?", "shout-out swap"),
        ("How about a promo swap?", "promo swap"),
    ],
    ids=["stories", "features", "swap-posts", "newsletters", "shout-out", "promo"],
)
def test_a_swap_is_named_as_one_swap_of_one_thing(text: str, named: str) -> None:
    assert swap_named(text) == named


# -- a title's word in an organisation's name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signed", "greeted"),
    [
        ("Bishop Street Dental", "Ruth"),
        ("Sister Cities Committee", "Ruth"),
        ("Brother Bear Films", "Ruth"),
        # near misses: a person under their title is greeted by it
        ("Elder Mark Hughes", "Elder Hughes"),
        ("Bishop T. D. Rowe", "Bishop Rowe"),
    ],
    ids=["bishop-street-dental", "sister-cities", "brother-bear-films", "elder-mark-hughes", "bishop-rowe"],
)
def test_a_shared_mailbox_signed_with_an_organisation_named_like_a_title_greets_the_sender(
    signed: str, greeted: str
) -> None:
    mail = incoming(
        f"Hello,\n\nWe would love to invite you to our open house on Friday.\n\nWarm regards,\n{signed}",
        from_name="Ruth Adams",
        from_addr="info@example.org",
        signature=signed,
    )
    assert first_name(mail) == greeted


# -- an event outside the user's hours, at the hour in the user's own style ----------------------------------------


@pytest.mark.parametrize(("style", "said"), [("us", "at 6:00 pm"), ("international", "at 18:00")])
def test_an_evening_meeting_outside_her_hours_is_noted_in_her_own_clock(
    kindly: Kindly, tmp_path: Path, style: str, said: str
) -> None:
    profile = contractor_profile().replace('date_style = "us"', f'date_style = "{style}"')
    invite = invite_to_kendra(
        tmp_path / "invite.ics",
        summary="NAWIC Denver - women in construction monthly meeting",
        organizer="Denise Ortiz <denise@nawicdenver.example>",
        location="Denver Athletic Club",
        description="Our monthly chapter meeting for women in construction: dinner and networking. Join us!",
        start="20261209T180000",
    )
    record = triaged_one(kindly, invite, profile_file(profile, tmp_path))
    assert f"outside your meeting hours (Wednesday, December 9 {said};" in record["reason"], record["reason"]
