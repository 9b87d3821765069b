"""A councillor running a referendum campaign (the thirteenth session's review): offers to spread the campaign
serve it, a greeting of the user by title is no evidence of who writes, an event held for a public holiday is
not declined for falling on it, and "Cr" is a title. Each case is a short paraphrase of her mail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from support import Kindly, eml, profile_file, triaged_one

COUNCILLOR = """
[user]
name = "Ruth Okonkwo-Baird"
email = "ruth@council.example.nz"
signature = "Ruth"
weekly_networking_hours = 6
holidays = "NZ-WGN"

[[goals]]
kind = "amplify_campaign"
description = "Amplify the Safe Streets Yes cycleway referendum campaign until the vote on 20 February 2027"
targets = ["local influencers", "community groups", "school parents", "local media", "Safe Streets Yes"]
priority = 1

[[goals]]
kind = "find_community"
description = "Connect with other councillors working on active transport across New Zealand"
targets = ["councillors", "active transport"]
priority = 2

[[answers]]
about = ["graphics", "artwork"]
answer = "Everything you need is in our share pack at https://safestreetsyes.example.nz/share - free to use."
"""


def mail(
    tmp_path: Path, sender: str, subject: str, body: str, date: str = "Thu, 19 Nov 2026 10:00:00 +1300"
) -> Path:
    return eml(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date=date, to="ruth@council.example.nz"
    )


def triage(kindly: Kindly, tmp_path: Path, mail: Path, more_profile: str = "") -> dict[str, Any]:
    """The councillor's triage of one mail; `more_profile`: TOML added to her profile (a provider, a rule)."""
    return triaged_one(kindly, mail, profile_file(COUNCILLOR + more_profile, tmp_path))


def test_a_radio_interview_about_the_campaign_serves_the_campaign(kindly: Kindly, tmp_path: Path) -> None:
    note = mail(
        tmp_path,
        "Sione Fifita <sione.fifita@radio.example.nz>",
        "Live interview request - Morning Report",
        "Kia ora Ruth,\n\nMorning Report would like to interview you live on Wednesday 2 December at 7.10am about "
        "the referendum campaign and the new poll results. The interview would be about 6 minutes, by phone or in "
        "our studio.\n\nCan you confirm by 9pm tonight which you'd prefer?\n\nSione Fifita\nProducer",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "amplify_campaign"
    # the time of the interview, not the hour the producer wants an answer by
    assert "Wednesday 2 December at 7.10am" in record["draft"], record["draft"]
    assert "9pm" not in record["draft"]


def test_parents_offering_to_share_the_campaign_get_a_yes_with_the_share_pack(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Kirsty Manu <kirsty.whanau@gmail.com>",
        "Sharing Safe Streets Yes with Northland School parents",
        "Hi Ruth,\n\nWe'd love to share the Safe Streets Yes campaign in our school parent newsletter (400 "
        "families) and the parents' Facebook group. Do you have graphics or a short blurb we could use? No need "
        "to meet.\n\nKirsty, Northland School whanau group",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] == "accept", record["reason"]
    assert "share pack" in record["draft"]
    assert "keeping my networking time" not in record["draft"]
    # thanked for the offer it is, with the link once
    assert "invitation to join" not in record["draft"] and "glad for you to share it" in record["draft"]
    assert record["draft"].count("https://safestreetsyes.example.nz/share") == 1, record["draft"]


def test_a_podcast_about_the_referendum_serves_the_campaign(kindly: Kindly, tmp_path: Path) -> None:
    note = mail(
        tmp_path,
        "Ben Hollis <ben@urbanistpod.example.nz>",
        "Podcast guest - The Urbanist NZ",
        "Kia ora Ruth,\n\nI host The Urbanist NZ, a podcast about cities and transport. I'd love to have you on to "
        "talk about the referendum and what other councils can learn from it. It's a 45-minute remote recording. "
        "Would Tuesday 8 December at 10am work?\n\nBen",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] == "accept", record["reason"]


def test_a_priced_advert_about_the_campaign_is_still_not_a_platform(kindly: Kindly, tmp_path: Path) -> None:
    note = mail(
        tmp_path,
        "Ads Desk <ads@citymags.example.com>",
        "Feature the referendum campaign in our December issue",
        "Hi Ruth,\n\nWe'd love to partner with the referendum campaign: a full-page feature on the vote in our "
        "December issue reaches 40,000 readers. Placement is $1,900 + GST. Shall I hold the page?\n\nAds Desk",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] != "accept", record["reason"]


def test_greeting_the_user_as_councillor_does_not_make_a_lobbyist_a_fellow_councillor(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Grant Feeney <grant.feeney@motortrade.example.nz>",
        "Catch-up over a drink?",
        "Kia ora Councillor,\n\nI look after government relations for the Motor Retailers' Association. Would "
        "you have time for a catch-up over a drink some evening next week? I'd value your views on parking.\n\n"
        "Grant Feeney\nGovernment Relations Manager",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] != "accept", record["reason"]
    assert record["goal"] != "find_community"


def test_a_greeting_to_fellow_councillors_still_says_whom_the_mail_is_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Cr Hemi Walker <hemi.walker@aucklandcouncil.example.nz>",
        "Active transport caucus - first call",
        "Kia ora fellow councillors,\n\nA few of us are starting a cross-council caucus on active transport. "
        "Would you join our first call on Thursday 10 December at 12pm on Zoom?\n\nCr Hemi Walker",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] == "accept", record["reason"]
    # "Cr" is his title, not his name: kept with his surname, as a title of office is
    assert record["draft"].split(",")[0] in ("Hi Hemi", "Hi Cr Walker"), record["draft"]


def test_an_event_held_for_a_public_holiday_is_not_declined_for_falling_on_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Mere Tawhai <mere@kilbirniecycle.example.nz>",
        "Waitangi Day community ride - would you start us off?",
        "Kia ora Ruth,\n\nThe Kilbirnie Community Cycle Club is holding a community ride along the new path for "
        "Waitangi Day, Saturday 6 February, from 10am. It's free and we expect 200+ people, two weeks out from the "
        "referendum campaign's vote.\n\nWould you say a few words at the start line? Five minutes is perfect.\n\n"
        "Mere",
    )
    record = triage(kindly, tmp_path, note)
    assert record["reason_code"] != "away", record["reason"]
    assert record["decision"] == "accept", record["reason"]


def test_an_ordinary_event_on_a_public_holiday_is_still_declined_as_away(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Mere Tawhai <mere@kilbirniecycle.example.nz>",
        "Community ride - would you start us off?",
        "Kia ora Ruth,\n\nThe Kilbirnie Community Cycle Club is holding a community ride along the new path on "
        "Saturday 6 February, from 10am. It's free and we expect 200+ people, two weeks out from the referendum "
        "campaign's vote.\n\nWould you say a few words at the start line? Five minutes is perfect.\n\nMere",
    )
    record = triage(kindly, tmp_path, note)
    assert record["reason_code"] == "away", record["reason"]


def test_a_sign_shop_pitching_lawn_signs_meets_the_printer_the_user_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Dean Whitlock <sales@capitalsigns.example.nz>",
        "Lawn signs - 20% off for referendum campaigns",
        "Hi Ruth,\n\nWith the referendum coming up, we're offering 20% off corflute lawn signs and door hangers "
        "for campaign teams, and we can match any quote from your current printer.\n\nCan we send you a quote?"
        "\n\nDean Whitlock\nCapital Signs",
    )
    printer = '\n[[providers]]\ncategory = "campaign printing"\nname = "Te Aro Print Co-op"\n'
    record = triage(kindly, tmp_path, note, printer)
    assert record["reason_code"] == "has_provider", record["reason"]
    assert "Te Aro Print Co-op" in record["reason"]


def test_a_person_asking_from_a_clubs_events_mailbox_with_no_link_gets_a_reply(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Mere Tawhai <events@kilbirniecycle.example.nz>",
        "Community ride for the referendum - would you start us off?",
        "Kia ora Ruth,\n\nThe Kilbirnie Community Cycle Club is holding a community ride along the new path on "
        "Thursday 10 December from 5pm, to get people talking about the referendum.\n\nWould you say a few words "
        "at the start line? Five minutes is perfect.\n\nNga mihi,\nMere Tawhai\nKilbirnie Community Cycle Club",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] == "accept", record["reason"]
    assert record["draft"] is not None and record["draft"].startswith("Hi Mere,"), record
    # the same club mailing its ride with a sign-up link is answered through the link
    linked = mail(
        tmp_path,
        "Kilbirnie Community Cycle Club <events@kilbirniecycle.example.nz>",
        "Community ride for the referendum",
        "Kia ora,\n\nJoin our community ride along the new path on Thursday 10 December from 5pm, to get people "
        "talking about the referendum. Sign up at https://kilbirniecycle.example.nz/ride\n\nKilbirnie Community "
        "Cycle Club",
    )
    assert triage(kindly, tmp_path, linked)["draft"] is None


def test_what_a_never_rule_turns_down_is_not_offered_to_others(kindly: Kindly, tmp_path: Path) -> None:
    note = mail(
        tmp_path,
        "Graham Pettigrew <graham@harbourbusiness.example.nz>",
        "Christmas gala dinner - a seat for you",
        "Dear Ruth,\n\nWe'd love you to join local business leaders at our Christmas gala dinner on Friday 11 "
        "December at 7pm at the Harbour Club. Seats are $295 per person, and elected members and candidates are "
        "very welcome. Could you let me know by Monday?\n\nGraham Pettigrew\nHarbour Business Network",
    )
    record = triage(kindly, tmp_path, note, '\n[[never]]\nwhat = "events with paid entry for politicians"\n')
    assert record["reason_code"] == "never_do", record["reason"]
    draft = record["draft"]
    assert "paid entry" in draft
    assert not any(spread in draft for spread in ("mention it", "pass the details", "tell them about")), draft


def test_a_user_who_never_endorses_products_does_not_offer_to_pass_a_sellers_name_on(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Dean Whitlock <sales@capitalsigns.example.nz>",
        "Lawn signs - 20% off for referendum campaigns",
        "Hi Ruth,\n\nWith the referendum coming up, we're offering 20% off corflute lawn signs and door hangers "
        "for campaign teams, and we can match any quote from your current printer.\n\nCan we send you a quote?"
        "\n\nDean Whitlock\nCapital Signs",
    )
    extra = (
        '\n[[providers]]\ncategory = "campaign printing"\nname = "Te Aro Print Co-op"\n'
        '\n[[never]]\nwhat = "endorsing commercial products"\n'
    )
    record = triage(kindly, tmp_path, note, extra)
    assert record["reason_code"] == "has_provider", record["reason"]
    assert "pass your name on" not in record["draft"] and "overview" not in record["draft"], record["draft"]


def test_a_creators_free_reel_about_voting_yes_serves_the_campaign(kindly: Kindly, tmp_path: Path) -> None:
    note = mail(
        tmp_path,
        "Jaz Whitehorn <jaz@wellyonwheels.example.nz>",
        "Want to make a reel together?",
        "Hey Ruth!\n\nI run @wellyonwheels (about 38k followers on Insta and TikTok - mostly Wellington families who "
        "bike). I'd love to do a short reel with you riding the bay route and chatting about why you're voting "
        "yes. No charge, I just want to see this happen.\n\nCould we film one morning next week? 20 minutes is "
        "plenty.\n\nJaz",
    )
    record = triage(kindly, tmp_path, note)
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "amplify_campaign"
