"""Jasmine Vu's mail (session 23): a personal-finance video creator in Los Angeles with a talent manager, who takes
paid brand deals from budgeting apps and credit unions, collaborates with a few named creators, speaks on creator-
conference panels and is launching a free course - and never promotes crypto or gambling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import answer, creator_profile, to_jasmine
from support import Kindly, profile_file, triaged_one


def _to_jasmine(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, **profile: Any
) -> dict[str, Any]:
    mail = to_jasmine(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(creator_profile(**profile), tmp_path))


# -- "crypto or gambling promotions": the gambling half is a rule too, however a casino words itself -----------


@pytest.mark.parametrize(
    "pitch",
    [
        pytest.param(
            "SpinStreet is the #1 social sweepstakes casino app and we sponsor creators who talk money. We'd pay "
            "$6,000 for a 60 second read in one video with your code. Interested in a quick call?",
            id="sweepstakes-casino-app",
        ),
        pytest.param(
            "We're a new sportsbook launching in California and we'd love a paid partnership: two reels showing "
            "your followers how to place their first parlay. Budget is $9k. Can we set up a call?",
            id="sportsbook-parlay",
        ),
        pytest.param(
            "OddsUp is a mobile betting app for fantasy sports fans. We'd love to sponsor a video - $5,000 for a "
            "dedicated segment. Let me know if you'd like to chat.",
            id="mobile-betting-app",
        ),
    ],
)
def test_a_paid_gambling_sponsorship_is_declined_with_her_rule(
    kindly: Kindly, tmp_path: Path, pitch: str
) -> None:
    record = _to_jasmine(
        kindly, tmp_path, f"Hi Jasmine,\n\n{pitch}\n\nJordan\n", "Jordan <j@bets.example>", "Sponsorship"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "gambling promotions" in record["draft"]


def test_a_crypto_deal_is_still_declined_by_the_same_rule(kindly: Kindly, tmp_path: Path) -> None:
    body = "Hi Jasmine,\n\nCoinNest is a crypto exchange for Gen Z. $15k for one dedicated video. Call this week?\n\nTy\n"
    record = _to_jasmine(kindly, tmp_path, body, "Ty <ty@coinnest.example>", "Paid partnership")
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


@pytest.mark.parametrize(
    "pitch",
    [
        pytest.param(
            "Centsible is a budgeting app for people in their twenties. We'd love a paid integration in a January "
            "video - honestly, your channel is our best bet for reaching young savers. Could we set up a call?",
            id="best-bet-is-a-figure-of-speech",
        ),
        pytest.param(
            "We're a credit union launching a no-fee checking account for members under 30 and we'd like a paid "
            "campaign with you. Could we set up a call next week?",
            id="credit-union-deal",
        ),
    ],
)
def test_a_fitting_brand_deal_is_no_gambling_promotion(kindly: Kindly, tmp_path: Path, pitch: str) -> None:
    record = _to_jasmine(
        kindly, tmp_path, f"Hi Jasmine,\n\n{pitch}\n\nHannah\n", "Hannah <h@brand.example>", "Partnership"
    )
    assert record["decision"] == "accept", record["reason"]


# -- "giveaways that require following sponsors": entrants who "have to" or "must" follow them -------------------


@pytest.mark.parametrize(
    "condition",
    [
        "Entrants have to follow all six sponsor accounts plus the hosts and tag three friends.",
        "To enter, people must follow every sponsor and like the post.",
    ],
)
def test_a_giveaway_where_entrants_must_follow_the_sponsors_is_declined(
    kindly: Kindly, tmp_path: Path, condition: str
) -> None:
    body = (
        "Hi Jasmine,\n\nWe're running a holiday giveaway on Instagram with five money brands and we'd love you as a "
        f"host creator. {condition} Hosts get featured on every sponsor page.\n\nCan I add you?\n\nRachel\n"
    )
    record = _to_jasmine(kindly, tmp_path, body, "Rachel <rachel@fest.example>", "Holiday giveaway")
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "giveaways that require following sponsors" in record["draft"]


def test_a_giveaway_open_to_anyone_who_signs_up_is_not_ruled_out(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Jasmine,\n\nCentsible is giving away a year of premium to 50 students who sign up for your free course "
        "Money Basics 101 in January. No follows needed. Could we set up a call to plan it?\n\nHannah\n"
    )
    record = _to_jasmine(kindly, tmp_path, body, "Hannah Osei <hannah@centsible.example>", "Course giveaway")
    assert record["reason_code"] != "never_do", record["reason"]


# -- a fake brand deal: a paid place offered, then a "contract app", a chat app or hours to answer ---------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Creator,\n\nOur brand team has selected you for a paid ambassador campaign worth $9,000. To sign "
            "the contract, please install our secure ContractDesk app and log in with your YouTube account. Our "
            "campaign managers are on Telegram: @glowcampaigns. Please reply within 24 hours.\n\nPartnerships\n",
            id="contract-app-telegram-24-hours",
        ),
        pytest.param(
            "Hello dear, you are selected for our sponsorship program ($2,500/month). To receive your agreement "
            "please contact our brand manager on WhatsApp today, this offer expires in 48 hours.\n",
            id="whatsapp-and-hours",
        ),
        pytest.param(
            "Hi! We'd love you as a brand partner for our spring collection. Download the PartnerHub application "
            "and sign in with your Instagram account to see the brief and your fee.\n",
            id="app-and-instagram-login",
        ),
    ],
)
def test_a_brand_deal_that_sends_her_to_an_app_or_a_chat_is_left_unanswered(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_jasmine(
        kindly, tmp_path, body, "Partnerships <team@collabs-global.example>", "Ambassador offer"
    )
    assert (record["decision"], record["draft"]) == ("ignore", None), record["reason"]
    assert "scam" in record["reason"]


@pytest.mark.parametrize(
    "offer",
    [
        pytest.param(
            "Feel free to download the Centsible app and try it before we talk. Could we set up a call next week?",
            id="try-the-brands-app",
        ),
        pytest.param(
            "Download the app and sign in with your Google account to try it. Could we set up a call next week?",
            id="try-the-app-with-a-google-login",
        ),
        pytest.param(
            "Happy to move to WhatsApp if that's easier for you - otherwise, could we set up a call next week?",
            id="whatsapp-offered-once",
        ),
    ],
)
def test_a_real_budgeting_app_deal_with_one_such_word_is_still_said_yes_to(
    kindly: Kindly, tmp_path: Path, offer: str
) -> None:
    body = (
        "Hi Jasmine,\n\nI lead creator partnerships at Centsible, the budgeting app. We'd love a paid integration "
        f"in one of your January videos. {offer}\n\nHannah Osei\nCreator Partnerships, Centsible\n"
    )
    record = _to_jasmine(kindly, tmp_path, body, "Hannah Osei <hannah@centsible.example>", "Paid partnership")
    assert record["decision"] == "accept", record["reason"]


# -- a day inside the days a collaborator is in town: "I'm in LA Dec 8-12 ... Tuesday the 8th at 1pm?" ----------

IN_TOWN = (
    "omg yes I'm so in!! What about a video where we swap budgets for a week and film it? I'm in LA {span} if you "
    "want to film or at least plan over coffee. {ask}\n\nLeah\n"
)


@pytest.mark.parametrize(
    ("span", "ask", "said"),
    [
        pytest.param(
            "Dec 8-12",
            "Tuesday the 8th at 1pm near you?",
            "Tuesday, December 8 at 1:00 pm works for me",
            id="dec-8-12",
        ),
        pytest.param(
            "December 14-18",
            "Wednesday the 16th at 11am in Silver Lake?",
            "Wednesday, December 16 at 11:00 am",
            id="december",
        ),
    ],
)
def test_a_creator_in_town_for_some_days_is_told_yes_to_the_day_and_hour_she_asks(
    kindly: Kindly, tmp_path: Path, span: str, ask: str, said: str
) -> None:
    body = IN_TOWN.format(span=span, ask=ask)
    record = _to_jasmine(kindly, tmp_path, body, "Leah Tran <leah@frugalleah.example>", "collab video idea")
    assert record["decision"] == "accept", record["reason"]
    assert said in record["draft"]
    assert "I'm only free for meetings between" not in record["draft"]


def test_a_creator_who_names_only_her_days_in_town_is_offered_times_within_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = IN_TOWN.format(span="Dec 8-12", ask="Let me know!")
    record = _to_jasmine(kindly, tmp_path, body, "Leah Tran <leah@frugalleah.example>", "collab video idea")
    assert record["decision"] == "accept", record["reason"]
    assert "the 8th" not in record["draft"]


# -- a small creator's own follower count is no question about hers ---------------------------------------------

AUDIENCE = answer(
    ["audience", "followers", "subscribers"],
    "My audience is mostly 20 to 29; the channel has about 410k subscribers.",
)


def _dm_to_jasmine(kindly: Kindly, tmp_path: Path, sender: str, words: str) -> dict[str, Any]:
    dm = tmp_path / "dm.txt"
    dm.write_text(
        f"From: {sender}\nSubject: Instagram DM\nDate: Mon, 30 Nov 2026 19:50:00 -0800\n\n{words}\n"
    )
    return triaged_one(kindly, dm, profile_file(creator_profile(answers=[AUDIENCE]), tmp_path))


@pytest.mark.parametrize(
    "words",
    [
        "hey girl!! love ur content \U0001f495 im a small money creator (1.2k followers) would u wanna collab?? u "
        "could shout me out in ur stories and ill shout u out in mine!! would mean the world \U0001f64f",
        "Hi! We're a tiny budgeting page with 3K followers - want to do a shout-out swap this week?",
    ],
)
def test_a_small_account_asking_for_a_shout_out_swap_is_not_told_her_audience_numbers(
    kindly: Kindly, tmp_path: Path, words: str
) -> None:
    record = _dm_to_jasmine(kindly, tmp_path, "Kenzie Rae (Instagram @kenzsavesmoney)", words)
    assert record["draft"], record["reason"]  # whatever the answer, it quotes none of her numbers
    assert "410k" not in record["draft"]


def test_a_brand_that_asks_about_her_audience_is_answered_with_it(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Jasmine,\n\nCentsible, the budgeting app, would love a paid integration in a January video. Before we "
        "talk, how many subscribers do you have and what does your audience look like? Could we set up a call "
        "next week?\n\nHannah Osei\nCreator Partnerships, Centsible\n"
    )
    mail = to_jasmine(
        tmp_path / "m.eml", body, sender="Hannah Osei <hannah@centsible.example>", subject="Partnership"
    )
    record = triaged_one(kindly, mail, profile_file(creator_profile(answers=[AUDIENCE]), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "410k subscribers" in record["draft"]


# -- an agency asking her rates is pointed to her talent manager, not offered a meeting -------------------------

MANAGER_WITH_ADDRESS = ("talent management", "Devon Reyes, Northlight Talent (devon@northlight.example)")


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(
            "Could you send over your rate card and media kit for YouTube integrations, along with your "
            "availability for late January?",
            id="rate-card-and-media-kit",
        ),
        pytest.param(
            "Could you share your rates for a 60-second integration and your January availability?",
            id="rates",
        ),
        pytest.param("What do you charge for a dedicated video plus two stories?", id="what-you-charge"),
    ],
)
def test_an_agency_asking_her_rates_is_pointed_to_her_manager(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    body = (
        "Hi Jasmine,\n\nI'm a talent buyer at Brightwave, an influencer marketing agency. We're casting creators for "
        f"a Q1 campaign for a budgeting app client and you're on our shortlist. {ask}\n\nThanks!\nKayla Nguyen\n"
    )
    record = _to_jasmine(
        kindly,
        tmp_path,
        body,
        "Kayla Nguyen <kayla@brightwave.example>",
        "Q1 campaign",
        providers=[MANAGER_WITH_ADDRESS],
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_representative"), record["reason"]
    assert "please reach out to Devon Reyes, Northlight Talent (devon@northlight.example)" in record["draft"]
    assert "Would " not in record["draft"]  # no meeting proposed


def test_without_a_manager_the_agency_asking_her_rates_is_not_referred(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Jasmine,\n\nI'm a talent buyer at Brightwave, an influencer marketing agency, casting creators for a "
        "budgeting app client. Could you share your rates for a 60-second integration?\n\nKayla\n"
    )
    record = _to_jasmine(
        kindly,
        tmp_path,
        body,
        "Kayla <kayla@brightwave.example>",
        "Q1 campaign",
        providers=[("insurance agent", "Sam Li")],
    )
    assert record["decision"] != "refer", record["reason"]


def test_a_credit_union_that_talks_interest_rates_is_still_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Jasmine,\n\nI run member marketing at Golden Coast Credit Union. We'd like a paid campaign with you about "
        "how interest rates work on a first credit card. Could we set up a call next week?\n\nMarco\n"
    )
    record = _to_jasmine(
        kindly,
        tmp_path,
        body,
        "Marco <marco@goldencoastcu.example>",
        "Partnership",
        providers=[MANAGER_WITH_ADDRESS],
    )
    assert record["decision"] == "accept", record["reason"]


# -- a paid "featured creator" slot at a summit is wished well as the event it is, not an issue -----------------


def test_a_summit_selling_a_featured_creator_slot_is_declined_and_the_event_wished_well(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Jasmine,\n\nGreat news - you've been selected as a Featured Creator for the Money Makers Summit 2027 "
        "(April 8-9, Denver). Featured Creators get a spotlight session on our main stage and a profile in the "
        "event app.\n\nTo confirm your Featured Creator slot, there is a participation fee of $1,500. Reply and "
        "we'll send the invoice.\n\nAshley\n"
    )
    record = _to_jasmine(
        kindly, tmp_path, body, "Ashley <ashley@moneymakers.example>", "You've been selected"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    assert "the issue" not in record["draft"]
    assert "the event" in record["draft"]


def test_a_magazine_selling_a_featured_profile_is_still_wished_well_with_its_issue(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Jasmine,\n\nCongratulations! You've been selected for our '30 Money Creators to Watch' feature in the "
        "spring issue of Creator Money Magazine. To confirm, a featured profile is $850.\n\nAshley\n"
    )
    record = _to_jasmine(
        kindly, tmp_path, body, "Ashley <ashley@creatormoney.example>", "You've been selected"
    )
    assert record["decision"] == "decline", record["reason"]
    assert "the event" not in record["draft"]


# -- a creator who says when she is in town to film is offered times then, not next week ----------------------


@pytest.mark.parametrize(
    ("words", "month"),
    [
        pytest.param(
            "Hey Jasmine!! Priya from Paycheck Priya here. Would you be up for a collab on first-job money tips? I'm "
            "in LA in January, we could film at my place or yours. Let me know!",
            "January",
            id="in-la-in-january-we-could-film",
        ),
        pytest.param(
            "Hi! Priya Sethi here (Paycheck Priya). Want to make a video together about your first paycheck? I'll be "
            "in town in February if you want to shoot it.",
            "February",
            id="in-town-in-february-to-shoot",
        ),
    ],
)
def test_a_named_creator_who_is_in_town_later_is_offered_times_when_she_is_there(
    kindly: Kindly, tmp_path: Path, words: str, month: str
) -> None:
    record = _dm_to_jasmine(kindly, tmp_path, "Priya Sethi (Instagram @paycheckpriya)", words)
    assert record["decision"] == "accept", record["reason"]
    assert month in record["draft"]
    assert "December" not in record["draft"]


def test_a_named_creator_who_names_no_month_is_offered_times_soon(kindly: Kindly, tmp_path: Path) -> None:
    words = (
        "Hey Jasmine!! Priya from Paycheck Priya here. Would you be up for a collab on first-job money tips?"
    )
    record = _dm_to_jasmine(kindly, tmp_path, "Priya Sethi (Instagram @paycheckpriya)", words)
    assert record["decision"] == "accept", record["reason"]
    assert "December" in record["draft"]
