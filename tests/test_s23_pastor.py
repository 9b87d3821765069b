"""Samuel Whitaker, senior pastor of a 600-member church in Atlanta (session 23): his rules hold in the words a
campaign and a sister church actually use - a candidate's campaign asking him to stand beside her is the
endorsement he never gives, and a Sunday service at 11 o'clock is the Sunday morning he keeps for his own pulpit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import rule_ideas
from personas import pastor_profile, to_pastor
from support import Kindly, profile_file, triaged_one


def _to_pastor(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to the pastor against his profile."""
    mail = to_pastor(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(pastor_profile(), tmp_path))


def _pasted_to_pastor(kindly: Kindly, tmp_path: Path, text: str) -> dict[str, Any]:
    """The triage record of a message pasted from a phone or an app."""
    paste = tmp_path / "paste.txt"
    paste.write_text(text, encoding="utf-8")
    return triaged_one(kindly, paste, profile_file(pastor_profile(), tmp_path))


# -- 1. "endorsing political candidates": a candidate's campaign asking him to appear at her side -----------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Pastors for Okafor - breakfast and photo",
            "Dear Pastor Whitaker,\n\nI volunteer with Denise Okafor's campaign for Fulton County Commission. "
            "We're gathering a few pastors for breakfast with Denise on Thursday, January 14 at 8am, followed by a "
            "short photo for our mailer. Would you join us? It would mean so much to her.\n\nMarcus Reed\n"
            "Volunteer Coordinator\n",
            id="a-candidates-campaign-for-an-office",
        ),
        pytest.param(
            "Join us Saturday",
            "Rev. Whitaker,\n\nWe're holding a rally at Washington Park this Saturday at noon and we'd be honored "
            "to have you open in prayer and say a word on stage.\n\nBlessings,\nKim Dawson\n\n"
            "Paid for by Friends of Kim Dawson for State House\n",
            id="a-campaigns-legal-line",
        ),
    ],
)
def test_a_campaign_asking_him_to_appear_with_a_candidate_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_pastor(
        kindly, tmp_path, body, sender="Campaign <info@votedawson.example.com>", subject=subject
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "political candidates" in record["reason"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Candidate forum at your church?",
            "Dear Pastor Whitaker,\n\nThe League of Women Voters of Atlanta hosts nonpartisan candidate forums "
            "before every election. Would Greater Mount Zion host one for the District 4 council race in "
            "February? Every candidate is invited and none is endorsed.\n\nRuth Abernathy\n",
            id="a-nonpartisan-candidate-forum",
        ),
        pytest.param(
            "Capital campaign advice",
            "Pastor,\n\nOur church just launched a capital campaign for a new fellowship hall and I hear yours "
            "raised $2M. Could I buy you lunch and learn from you? I'm a second-year pastor in East Point.\n\n"
            "Rev. Tim Gaines\n",
            id="a-churchs-capital-campaign",
        ),
    ],
)
def test_an_ask_that_only_mentions_candidates_or_a_campaign_is_not_held_to_the_rule(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_pastor(kindly, tmp_path, body, sender="Sender <sender@example.org>", subject=subject)
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_rule_against_endorsing_products_still_reads_as_products() -> None:
    assert rule_ideas("endorsing products") == (("endorsement",),)
    assert rule_ideas("endorsing political candidates") == (("political",),)


# -- 2. "anything on Sunday mornings": a Sunday service at its hour --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Dr. Whitaker,\n\nOur homecoming is Sunday, March 7, and we would love for you to preach at our "
            "10:30 worship. Honorarium provided.\n\nRev. Lois Grant\nZion Hill Baptist\n",
            id="a-service-at-half-past-ten",
        ),
        pytest.param(
            "Pastor,\n\nWould you bring the message at our Men's Day on Sunday, April 18, at the 11 o'clock "
            "service? Our men would be blessed.\n\nDeacon Ray Fuller\nPleasant Grove\n",
            id="a-service-named-by-its-hour",
        ),
        pytest.param(
            "Pastor, we want you to bring the morning word at our youth Sunday on January 31. Let me know!\n",
            id="the-morning-said",
        ),
    ],
)
def test_an_invitation_to_preach_on_a_sunday_morning_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Rev. Lois Grant <lgrant@zionhill.example.org>",
        subject="Preach for us?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "Sunday mornings" in record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Dr. Whitaker,\n\nWould you preach at our revival on Sunday, March 7 at 6pm? The evening "
            "service is our best attended.\n\nRev. Lois Grant\n",
            id="a-sunday-evening",
        ),
        pytest.param(
            "Dear Dr. Whitaker,\n\nOur choir sings on Sunday, March 7. Separately, could you speak to our "
            "seminarians on Wednesday, March 10 at 10am?\n\nRev. Lois Grant\n",
            id="a-weekday-morning-beside-a-sunday",
        ),
    ],
)
def test_a_sunday_evening_or_a_weekday_morning_is_not_held_to_the_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Rev. Lois Grant <lgrant@zionhill.example.org>",
        subject="Preach for us?",
    )
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_sunday_morning_asked_in_a_text_message_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted_to_pastor(
        kindly,
        tmp_path,
        "From: Pastor Andre Mills (Text message)\n\nDoc can you do our 9am service on Sunday Feb 14? Our "
        "anniversary, would love to have you\n",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


def test_a_rule_about_sunday_mornings_reads_both_its_day_and_its_time() -> None:
    assert rule_ideas("anything on Sunday mornings") == (("morning", "sunday"),)
    assert rule_ideas("nothing on Sunday mornings") == (("morning", "sunday"),)
