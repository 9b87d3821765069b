"""Jasmine Vu's mail, round two (session 23): the personal-finance creator's leftovers - every alternative of a
never-rule that lists several ("crypto or pharmaceutical promotions"), a tiny account's shout-out swap, a yes to an
event whose date is not given yet, a fan's coffee declined without asking what he needs, and one format for the
time a yes confirms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import Table, answer, creator_profile, to_jasmine
from support import Kindly, profile_file, triaged_one


def _to_jasmine(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, **profile: Any
) -> dict[str, Any]:
    mail = to_jasmine(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(creator_profile(**profile), tmp_path))


# -- "crypto or pharmaceutical promotions": every alternative of the list is a rule ------------------------------

PHARMA_PITCH = (
    "Hi Jasmine,\n\nI lead influencer marketing at Novacardia Pharmaceuticals. We'd love a paid partnership: "
    "one sponsored video promoting our new prescription allergy medication to your audience. Budget is $12k. "
    "Could we set up a call?\n\nRyan\n"
)
PHARMA_REEL = (
    "Hi Jasmine,\n\nNovacardia Pharmaceuticals here - we're looking for creators for a promotional reel about "
    "our new prescription allergy medication, $8,000 flat. Interested?\n\nRyan\n"
)
CRYPTO_PITCH = (
    "Hi Jasmine,\n\nCoinNest is a crypto exchange for Gen Z. We'd pay $15k for one dedicated video promoting the "
    "app. Call this week?\n\nTy\n"
)


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param("crypto or pharmaceutical promotions", id="x-or-y-z"),
        pytest.param("crypto, gambling or pharmaceutical promotions", id="x-y-or-z-w"),
    ],
)
@pytest.mark.parametrize(
    ("pitch", "sender"),
    [
        pytest.param(PHARMA_PITCH, "Ryan <ryan@novacardia.example>", id="pharma"),
        pytest.param(PHARMA_REEL, "Ryan <ryan@novacardia.example>", id="pharma-promotional-reel"),
        pytest.param(CRYPTO_PITCH, "Ty <ty@coinnest.example>", id="crypto"),
    ],
)
def test_every_promotion_a_listed_rule_names_is_declined_by_it(
    kindly: Kindly, tmp_path: Path, rule: str, pitch: str, sender: str
) -> None:
    record = _to_jasmine(kindly, tmp_path, pitch, sender, "Paid partnership", never=[rule])
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert rule in record["reason"]


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(
            "Hi Jasmine,\n\nI'm a pharmaceutical sciences student at UCLA and our Personal Finance Club would love "
            "you for a 30-minute Zoom Q&A on budgeting with student loans for college students. Would you be open "
            "to it?\n\nMarisol\n",
            "Marisol <marisol@ucla.example>",
            id="a-pharmacy-student-asks-no-promotion",
        ),
        pytest.param(
            "Hi Jasmine,\n\nI run member marketing at Golden Coast Credit Union. We'd like a paid campaign with you "
            "promoting our no-fee checking account for members under 30. Could we set up a call next week?\n\n"
            "Marco\n",
            "Marco <marco@goldencoastcu.example>",
            id="a-credit-union-promotion",
        ),
    ],
)
def test_a_promotion_or_a_pharmacy_word_alone_is_no_pharmaceutical_promotion(
    kindly: Kindly, tmp_path: Path, body: str, sender: str
) -> None:
    record = _to_jasmine(
        kindly, tmp_path, body, sender, "Hello", never=["crypto or pharmaceutical promotions"]
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- a tiny account's shout-out swap is a kind no, not the reach her campaign goal means -------------------------

AUDIENCE = answer(
    ["audience", "followers", "subscribers"],
    "My audience is mostly 20 to 29; the channel has about 410k subscribers and Instagram about 180k followers.",
)


def _dm_to_jasmine(
    kindly: Kindly, tmp_path: Path, sender: str, words: str, answers: tuple[Table, ...] = (AUDIENCE,)
) -> dict[str, Any]:
    dm = tmp_path / "dm.txt"
    dm.write_text(
        f"From: {sender}\nSubject: Instagram DM\nDate: Mon, 30 Nov 2026 19:50:00 -0800\n\n{words}\n"
    )
    return triaged_one(kindly, dm, profile_file(creator_profile(answers=answers), tmp_path))


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "Hi! We're a tiny budgeting page with 3K followers - want to do a shout-out swap this week?",
            id="3k-page-shout-out-swap",
        ),
        pytest.param(
            "hey girl!! love ur content im a small money creator (1.2k followers) would u wanna collab?? u could "
            "shout me out in ur stories and ill shout u out in mine!!",
            id="1.2k-shout-me-out-and-ill-shout-you-out",
        ),
        pytest.param(
            "Hey Jasmine! I run a student budgeting newsletter with 2,500 subscribers. Would you be up for a "
            "cross-promotion in January? I'd feature your course and you'd mention my newsletter.",
            id="2500-newsletter-cross-promotion",
        ),
    ],
)
def test_a_tiny_account_offering_a_swap_gets_a_kind_no(kindly: Kindly, tmp_path: Path, words: str) -> None:
    record = _dm_to_jasmine(kindly, tmp_path, "Budget Babes (Instagram @budgetbabes)", words)
    assert (record["decision"], record["reason_code"]) == ("decline", "audience_gap"), record["reason"]
    assert "best of luck growing your audience" in record["draft"]
    assert "410k" not in record["draft"] and "180k" not in record["draft"]  # no sizes compared to her face
    assert "overview" not in record["draft"]  # nothing of theirs to pass on


def test_a_small_account_that_says_she_is_far_bigger_gets_the_same_no(kindly: Kindly, tmp_path: Path) -> None:
    words = (
        "Hi Jasmine! I know you're way bigger than me, but would you want to do a promo swap on our stories?"
    )
    record = _dm_to_jasmine(kindly, tmp_path, "Budget Babes (Instagram @budgetbabes)", words, answers=())
    assert (record["decision"], record["reason_code"]) == ("decline", "audience_gap"), record["reason"]
    assert "promo swap" in record["draft"]


@pytest.mark.parametrize(
    ("words", "answers"),
    [
        pytest.param(
            "Hi Jasmine! I'm a money creator with about 150k followers - want to do a shout-out swap in January "
            "for your course launch?",
            (AUDIENCE,),
            id="a-peer-of-her-size",
        ),
        pytest.param(
            "Hi! We're a tiny budgeting page with 3K followers - want to do a shout-out swap this week?",
            (),
            id="her-own-size-unknown",
        ),
        pytest.param(
            "Hi Jasmine, I'm president of the Personal Finance Club at UCLA (300 members). Could you do a Zoom "
            "Q&A with us in January?",
            (AUDIENCE,),
            id="a-small-club-asks-no-swap",
        ),
    ],
)
def test_no_swap_or_no_known_gap_is_no_one_sided_swap(
    kindly: Kindly, tmp_path: Path, words: str, answers: tuple[Table, ...]
) -> None:
    record = _dm_to_jasmine(kindly, tmp_path, "Sam Lee (Instagram @samlee)", words, answers=answers)
    assert record["reason_code"] != "audience_gap", record["reason"]


# -- a yes to a talk whose date is not given asks which date they have in mind, never offers meeting times --------


@pytest.mark.parametrize(
    ("words", "doing"),
    [
        pytest.param(
            "Hi Jasmine! I'm the president of the Personal Finance Club at UCLA (about 300 members, lots of "
            "first-gen college students). Would you be open to a 30 minute Q&A with our members over Zoom sometime in "
            "January? We're a student club so we can't pay, but everyone would be so excited. Thank you!!",
            "do the Q&A",
            id="zoom-q-and-a-sometime-in-january",
        ),
        pytest.param(
            "Hi Jasmine, I run the First-Gen Money Society at Cal State LA. Would you speak to our members about "
            "budgeting on a student loan sometime in February? It would mean so much to them.",
            "speak",
            id="a-talk-in-february",
        ),
    ],
)
def test_a_yes_to_a_talk_with_no_date_asks_which_date_they_have_in_mind(
    kindly: Kindly, tmp_path: Path, words: str, doing: str
) -> None:
    record = _dm_to_jasmine(kindly, tmp_path, "Marisol Gutierrez (Instagram @uclapfc)", words)
    assert record["decision"] == "accept", record["reason"]
    assert f"I'd be glad to {doing}." in record["draft"]
    assert "Which date" in record["draft"]
    assert " am " not in record["draft"] and " pm " not in record["draft"]  # no meeting times offered


def test_a_talk_whose_date_is_given_is_confirmed_on_it(kindly: Kindly, tmp_path: Path) -> None:
    words = (
        "Hi Jasmine, I run the First-Gen Money Society at Cal State LA. Would you do a Q&A with our members (all "
        "college students) on Tuesday, February 9 at 2pm? It would mean so much to them."
    )
    record = _dm_to_jasmine(kindly, tmp_path, "Marisol Gutierrez (Instagram @uclapfc)", words)
    assert record["decision"] == "accept", record["reason"]
    assert "February 9" in record["draft"]
    assert "Which date" not in record["draft"]


def test_a_brand_call_sometime_in_january_is_still_offered_times(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a Zoom with a brand is a call, whose time the user offers
    body = (
        "Hi Jasmine,\n\nI run member marketing at Golden Coast Credit Union. We'd like a paid campaign with you. "
        "Could we hop on a Zoom sometime in January to talk it through?\n\nMarco\n"
    )
    record = _to_jasmine(kindly, tmp_path, body, "Marco <marco@goldencoastcu.example>", "Partnership")
    assert record["decision"] == "accept", record["reason"]
    assert "January" in record["draft"] and "Which date" not in record["draft"]


# -- a fan's coffee declined: he said what he wants, so no "send me a line on what you need" --------------------

BUDGET_SHEET = {
    "title": "My budgeting spreadsheet",
    "description": "The free zero-based budget template I use in my videos",
    "link": "https://moneyat25.example/budget-template",
    "helps": "anyone starting their first budget",
}


def _fan_to_jasmine(kindly: Kindly, tmp_path: Path, words: str) -> dict[str, Any]:
    dm = tmp_path / "dm.txt"
    dm.write_text(
        f"From: Daniel Ortega (Instagram @dan.ortega.la)\nSubject: Instagram DM\n"
        f"Date: Sun, 29 Nov 2026 10:03:00 -0800\n\n{words}\n"
    )
    profile = (
        creator_profile() + "\n[[resources]]\n" + "".join(f'{k} = "{v}"\n' for k, v in BUDGET_SHEET.items())
    )
    return triaged_one(kindly, dm, profile_file(profile, tmp_path))


ASKING_FOR = ("what you need", "what you're looking for", "what you're after")


@pytest.mark.parametrize(
    "wants",
    [
        pytest.param(
            "I'd love to ask you a few questions about how you got started on YouTube.", id="got-started"
        ),
        pytest.param(
            "I'd love to hear how you grew your channel to where it is now.", id="grew-your-channel"
        ),
    ],
)
def test_a_fans_coffee_declined_asks_nothing_he_already_said(
    kindly: Kindly, tmp_path: Path, wants: str
) -> None:
    words = (
        "Hi Jasmine! Huge fan, your credit card video literally helped me pay off $6k this year. I live in "
        f"Koreatown - any chance I could buy you a coffee sometime? {wants}"
    )
    record = _fan_to_jasmine(kindly, tmp_path, words)
    assert record["decision"] == "decline", record["reason"]
    assert not any(ask in record["draft"] for ask in ASKING_FOR), record["draft"]
    assert "budget-template" not in record["draft"]  # her spreadsheet answers nothing he asked


def test_a_fans_coffee_about_what_her_resource_answers_gets_the_resource(
    kindly: Kindly, tmp_path: Path
) -> None:
    words = (
        "Hi Jasmine! Huge fan, your credit card video literally helped me pay off $6k this year. I live in "
        "Koreatown - any chance I could buy you a coffee sometime? I'd love to ask you a few questions about "
        "starting my first budget."
    )
    record = _fan_to_jasmine(kindly, tmp_path, words)
    assert record["decision"] == "decline", record["reason"]
    assert "https://moneyat25.example/budget-template" in record["draft"]


# -- the time a yes confirms is written as every time a draft proposes: "Tuesday, December 8 at 1:00 pm" -------

LEAH = "Leah Tran <leah@frugalleah.example>"


@pytest.mark.parametrize(
    ("offer", "said"),
    [
        pytest.param(
            "Tuesday the 8th at 1pm near you?", "Tuesday, December 8 at 1:00 pm works for me.", id="ordinal"
        ),
        pytest.param(
            "Could we do Thursday at 11am?", "Thursday, December 3 at 11:00 am works for me.", id="weekday"
        ),
    ],
)
def test_the_time_a_yes_confirms_is_written_in_full(
    kindly: Kindly, tmp_path: Path, offer: str, said: str
) -> None:
    body = f"Hi Jasmine,\n\nWould love to plan our collab video over coffee. {offer}\n\nLeah\n"
    record = _to_jasmine(kindly, tmp_path, body, LEAH, "collab video idea")
    assert record["decision"] == "accept", record["reason"]
    assert said in record["draft"]


def test_a_time_given_in_the_senders_zone_keeps_her_words_and_mine(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: an hour in another clock is said as she gave it, with the user's own beside it
    body = "Hi Jasmine,\n\nWould love to plan our collab video on a call. Could we do Thursday at 2pm ET?\n\nLeah\n"
    record = _to_jasmine(kindly, tmp_path, body, LEAH, "collab video idea")
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday at 2pm ET (11:00 am my time) works for me." in record["draft"]


def test_a_small_brand_that_pays_for_a_cross_promotion_is_no_swap(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: money for her post makes it a small client's brand deal, not a trade of audiences
    words = (
        "Hi Jasmine! We're a new budgeting app with 3K followers. We'd pay $2,000 for a cross-promotion: one "
        "story from you about the app, and we feature your course to our users."
    )
    record = _dm_to_jasmine(kindly, tmp_path, "Sam Lee (Instagram @budgetapp)", words)
    assert record["reason_code"] != "audience_gap", record["reason"]
