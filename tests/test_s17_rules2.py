"""Seventeenth session, round two of the podcast host's and the winemaker's reviews: never-rules read by what they
mean rather than word for word (a place on the user's own show bought, an hour rule for a recording), and a
provider limited to a region, or a distributor that buys, is no reason to say "I already work with a provider"."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import (
    PODCAST_GUESTS,
    PODCAST_SPONSORS,
    PODCAST_STAGE,
    WINE_DISTRIBUTOR,
    WINE_TRADE,
    podcast_host_profile,
    varied,
    winemaker_profile,
)
from support import Kindly, eml, profile_file, triaged_one


def host(tmp_path: Path, rule: str = "pay-to-be-featured placements") -> Path:
    """The podcast host seeking sponsors without cold pitching, guests and a stage, with one never-rule."""
    sponsors = varied(
        PODCAST_SPONSORS,
        description="Sponsors for Main Street Mic without cold pitching: brands that serve small-business owners",
        targets=[
            "sponsorship",
            "sponsor",
            "host-read ads",
            "small business banking",
            "payroll",
            "bookkeeping software",
        ],
    )
    stage = varied(
        PODCAST_STAGE,
        description="Speak and host live tapings at audio and podcasting conferences",
        targets=["podcasting conferences", "audio conferences", "live taping"],
    )
    toml = podcast_host_profile(meeting_hours=None, goals=[sponsors, PODCAST_GUESTS, stage], never=[rule])
    return profile_file(toml, tmp_path)


def to_nadia(tmp_path: Path, body: str, sender: str, subject: str) -> Path:
    return eml(
        tmp_path / "m.eml",
        body,
        sender=sender,
        subject=subject,
        date="Fri, 20 Nov 2026 13:10:00 -0500",
        to="nadia@mainstreetmic.fm",
    )


# -- a rule against paying to be featured holds where a sender offers to pay for a place on the user's show ------

PLACEMENT = (
    "Hi Nadia,\n\nMy client, a franchise consultant, would love to be a guest on Main Street Mic. We're happy to pay"
    " $750 for a guaranteed interview slot in January, plus a mention in the show notes. Let me know how to proceed"
    " and we'll wire the fee.\n\nVictor Lane\nLane Media Placement"
)


def test_a_fee_offered_for_a_guest_slot_on_the_show_falls_under_a_rule_against_pay_to_be_featured_placements(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_nadia(
        tmp_path, PLACEMENT, "Victor Lane <victor@lanemediaplacement.com>", "Paid guest slot for my client?"
    )
    record = triaged_one(kindly, mail, host(tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    # no goal named as the reason: the sponsors goal is no reason to turn down a guest who pays
    assert record["reason"] == "You never do pay-to-be-featured placements."
    draft = record["draft"]
    assert "I don't take payment for a place on the show, so I'll have to pass." in draft
    assert "Thanks so much for the pitch." in draft
    assert "invitation to be interviewed" not in draft and "overview" not in draft


@pytest.mark.parametrize(
    "said",
    [
        "She'd love to come on the show. What do you charge for a guest spot?",
        "She'd love to come on the show: my client will pay a fee to be featured on your podcast in February.",
    ],
)
def test_a_place_on_the_show_bought_in_other_words_falls_under_the_rule(
    kindly: Kindly, tmp_path: Path, said: str
) -> None:
    body = f"Hi Nadia,\n\nI represent the owner of a bakery in Queens that survived a flood. {said}\n\nRita Shah\nBright PR"
    mail = to_nadia(tmp_path, body, "Rita Shah <rita@brightpr.example>", "A guest for Main Street Mic")
    record = triaged_one(kindly, mail, host(tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


def test_a_sponsor_buying_an_ad_read_is_no_place_bought_for_a_guest(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Nadia,\n\nI run partnerships at Ledgerly, bookkeeping software for small shops. We'd love to sponsor Main"
        " Street Mic in January. We're happy to pay $2,000 for a host-read ad spot in four episodes.\n\nCould we set"
        " up a quick call?\n\nDana Ruiz\nPartnerships, Ledgerly"
    )
    mail = to_nadia(tmp_path, body, "Dana Ruiz <dana@ledgerly.example>", "Sponsoring Main Street Mic")
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["reason_code"] != "never_do", record["reason"]
    assert record["decision"] == "accept", record["reason"]


def test_being_paid_to_speak_elsewhere_is_no_place_bought_on_the_show(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Nadia,\n\nWe'd be glad to pay you $1,500 for a keynote slot at our Small Business Summit in Chicago on"
        " March 10, 2027. Your show is a favourite of our members.\n\nWould you be interested?\n\nPaul Meyer\nProgram"
        " Director, Small Business Summit"
    )
    mail = to_nadia(
        tmp_path, body, "Paul Meyer <paul@smallbizsummit.example>", "Keynote at the Small Business Summit"
    )
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_guest_pitch_with_no_money_is_still_welcome(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Nadia,\n\nMy client owns a bakery in Queens that survived a flood. She'd love to be a guest on Main Street"
        " Mic - would you be open to having her on in February?\n\nRita Shah\nBright PR"
    )
    mail = to_nadia(tmp_path, body, "Rita Shah <rita@brightpr.example>", "A guest for Main Street Mic")
    record = triaged_one(kindly, mail, host(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "I'd be glad to have her on the show." in record["draft"]


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


# -- a provider limited to a region, and a distributor who buys ---------------------------------------------------

WINEMAKER = winemaker_profile(
    holidays=None, meeting_hours=None, goals=[WINE_TRADE], providers=[WINE_DISTRIBUTOR], never=[]
)


def to_elena(tmp_path: Path, body: str) -> Path:
    return eml(
        tmp_path / "w.eml",
        body,
        sender="Brent Haskell <brent@lonestarfinewine.com>",
        subject="Representation in Texas",
        date="Thu, 19 Nov 2026 08:30:00 -0600",
        to="elena@marchettivineyards.com",
    )


def test_a_distributor_that_buys_the_wine_is_no_pitch_for_a_service_the_user_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Elena,\n\nLone Star Fine Wine Imports is a boutique distributor covering Dallas, Houston and Austin. We"
        " represent 40 small family wineries and we're looking to add a Sonoma Zinfandel producer. No fees to come on"
        " board - we buy at FOB and work the market ourselves.\n\nWould you have 30 minutes for a call in the next"
        " couple of weeks to see if Texas makes sense for you?\n\nBrent Haskell\nVP Sales, Lone Star Fine Wine Imports"
    )
    record = triaged_one(kindly, to_elena(tmp_path, body), profile_file(WINEMAKER, tmp_path))
    assert record["reason_code"] != "has_provider", record["reason"]
    assert record["decision"] in ("accept", "ask_details"), record["reason"]
    assert "I already work with a provider" not in (record["draft"] or "")


def test_a_distributor_for_another_region_is_asked_what_they_have_in_mind(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Elena,\n\nLone Star Fine Wine is a boutique wine distributor covering Dallas, Houston and Austin. We"
        " represent 40 small family wineries and we're looking to add a Sonoma Zinfandel producer.\n\nWould you have"
        " 30 minutes for a call in the next couple of weeks?\n\nBrent Haskell\nVP Sales, Lone Star Fine Wine"
    )
    record = triaged_one(kindly, to_elena(tmp_path, body), profile_file(WINEMAKER, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("ask_details", "other_region"), record["reason"]
    draft = record["draft"]
    assert "In California I work with Coastal Vine Distributors for wine distribution" in draft
    assert "I already work with a provider" not in draft


def test_a_distributor_in_the_providers_own_region_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Elena,\n\nGolden Coast Fine Wine is a boutique wine distributor covering Northern California. We represent 40"
        " small family wineries and we're looking to add a Sonoma Zinfandel producer.\n\nWould you have 30 minutes for"
        " a call in the next couple of weeks to see if we make sense for you?\n\nBrent Haskell\nVP Sales, Golden"
        " Coast Fine Wine"
    )
    record = triaged_one(kindly, to_elena(tmp_path, body), profile_file(WINEMAKER, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]


# -- a review or a feature of the user's own work sold to them is paying to appear --------------------------------


def journal(tmp_path: Path, said: str) -> Path:
    return eml(
        tmp_path / "j.eml",
        "Hi Elena,\n\nWest Coast Wine Journal would love to feature your 2024 Dry Creek Zinfandel in our January"
        f" new-release roundup, read by 80,000 wine lovers. {said}\n\nShall I reserve a spot?\n\nBen Ortiz\nAdvertising,"
        " West Coast Wine Journal",
        sender="Ben Ortiz <ben@westcoastwinejournal.com>",
        subject="Feature your new release - sponsored review",
        date="Mon, 30 Nov 2026 12:00:00 -0800",
        to="elena@marchettivineyards.com",
    )


def test_a_sponsored_review_with_a_guaranteed_score_is_declined_as_paying_to_be_reviewed(
    kindly: Kindly, tmp_path: Path
) -> None:
    said = "Featured placement is $650 and includes a guaranteed 90+ point review and a social post."
    record = triaged_one(kindly, journal(tmp_path, said), profile_file(WINEMAKER, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    draft = record["draft"]
    assert "I don't pay for reviews or to be featured, so I'll have to pass." in draft
    assert "overview" not in draft and "put you in touch" not in draft


def test_a_feature_that_is_free_is_no_feature_for_sale(kindly: Kindly, tmp_path: Path) -> None:
    said = "There's no fee for the feature; we only need two bottles and a tech sheet by December 15."
    record = triaged_one(kindly, journal(tmp_path, said), profile_file(WINEMAKER, tmp_path))
    assert record["reason_code"] != "pays_to_appear", record["reason"]


def test_a_pr_agency_selling_features_elsewhere_is_no_feature_sold_by_a_publication(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Elena,\n\nWe're Vine PR, a boutique agency for small wineries. We'd love to feature your 2024 Zinfandel in"
        " the press this spring: our packages include guaranteed features in three national wine magazines for $2,000"
        " a month.\n\nCould we set up a 20-minute call next week?\n\nSam Lee\nFounder, Vine PR"
    )
    mail = eml(
        tmp_path / "pr.eml",
        body,
        sender="Sam Lee <sam@vinepr.example>",
        subject="Press for your new release",
        date="Mon, 30 Nov 2026 12:00:00 -0800",
        to="elena@marchettivineyards.com",
    )
    record = triaged_one(kindly, mail, profile_file(WINEMAKER, tmp_path))
    assert record["reason_code"] != "pays_to_appear", record["reason"]
