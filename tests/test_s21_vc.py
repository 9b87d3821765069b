"""A partner at a pre-seed climate fund (review s21 `vc`, /tmp/s21/review_vc): founders asking for a meeting are
his work, written as a goal of his own kind; his never-rules screen pitches, not the investors and helpers he
wants to meet."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import VC_DEAL_FLOW, to_marcus, varied, vc_partner_profile
from support import Kindly, profile_file, triaged, triaged_one


def _triaged(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, profile: str = ""
) -> dict:
    mail = to_marcus(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(profile or vc_partner_profile(), tmp_path))


# -- a founder's raise serves a goal of the user's own kind that looks for raises --------------------------------


def test_a_founder_raising_with_a_deck_serves_a_custom_deal_flow_goal(kindly: Kindly, tmp_path: Path) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus,\n\nI'm the founder of Carbonloop. We mineralise CO2 into construction aggregate at cement "
        "plants; two pilots running. We're raising a £900k pre-seed and would love Ashgrove to consider "
        "leading.\n\nDeck is here: https://docsend.com/view/carbonloop-preseed\n\nCould we do a 30-minute call "
        "next week?\n\nThanks,\nInes Calder\nFounder & CEO, Carbonloop",
        sender="Ines Calder <ines@carbonloop.io>",
        subject="Carbonloop - pre-seed (deck attached)",
    )
    assert (record["intent"], record["decision"], record["goal"]) == ("client_inquiry", "accept", "custom")
    assert "about the round" in record["draft"]
    assert "working together" not in record["draft"]


def test_a_custom_goal_that_seeks_no_raise_is_not_served_by_a_founders_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a custom goal about something else ("Land a board seat") does not turn a raise into its deal
    goals = (
        varied(
            VC_DEAL_FLOW, description="Land a board seat at a listed energy company", targets=["board seat"]
        ),
    )
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus,\n\nPaylinq is a checkout for D2C brands; 40 merchants live. We're raising £1m pre-seed.\n"
        "Deck: https://docsend.com/view/paylinq\n\nCould we do a 30-minute call next week?\n\nRavi Menon, Founder",
        sender="Ravi Menon <ravi@paylinq.app>",
        subject="Paylinq - pre-seed, deck inside",
        profile=vc_partner_profile(goals=goals),
    )
    assert record["intent"] != "client_inquiry"
    assert record["decision"] != "accept"


# -- "intro calls without a deck first": a deck is a pitch's -----------------------------------------------------


def test_the_family_office_head_he_wants_to_meet_is_not_asked_for_a_deck(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Dear Marcus,\n\nThe family office is reviewing its emerging-manager allocation for 2027 and I'd welcome "
        "a conversation about your fund. Would a coffee on Wednesday 9 December at 10:30 near St James's "
        "work?\n\nBest regards,\nHelena Vautrin\nHead, Vautrin Family Office",
        sender="Helena Vautrin <helena@vautrin-fo.ch>",
        subject="Coffee in London?",
    )
    assert record["decision"] == "accept"
    assert "deck" not in record["draft"]
    assert "Wednesday 9 December at 10:30 works for me" in record["draft"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Marcus - I'm building a grid-scale flywheel storage startup and we're raising pre-seed. Could we "
            "hop on a 20-min call next week?\nOskar",
            id="a founder's coffee: raising, no deck",
        ),
        pytest.param(
            "Hey Marcus, I'm building something in EV charging for fleets - early days. Would you be up for a quick "
            "15 minute intro call? Easier to explain live!\nTom",
            id="a founder's pitch with no raise named",
        ),
    ],
)
def test_a_founder_asking_for_a_call_without_a_deck_is_still_asked_for_it(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    # near misses of the family office: the deck is still asked of whoever pitches
    record = _triaged(
        kindly, tmp_path, body, sender="Founder <founder@startup.example.com>", subject="quick call?"
    )
    assert (record["decision"], record["reason_code"]) == ("ask_details", "asks_first")
    assert "Could you send me a deck first?" in record["draft"]


def test_an_agenda_first_rule_still_holds_for_anyone(kindly: Kindly, tmp_path: Path) -> None:
    # a thing that is no pitch's (an agenda) is asked of an investor too: only the deck waits for a pitch
    record = _triaged(
        kindly,
        tmp_path,
        "Dear Marcus,\n\nThe family office is reviewing its emerging-manager allocation for 2027 and I'd welcome "
        "a conversation about your fund. Would a call on Wednesday 9 December at 10:30 work?\n\nHelena Vautrin",
        sender="Helena Vautrin <helena@vautrin-fo.ch>",
        subject="A call?",
        profile=vc_partner_profile(never=("calls without an agenda first",)),
    )
    assert (record["decision"], record["reason_code"]) == ("ask_details", "asks_first")


# -- a payment diverted to "new" bank details is a scam, whoever it claims to be from ----------------------------


def test_wire_instructions_to_a_new_account_are_a_scam_left_unanswered(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Dear Mr Oyelaran,\n\nPlease note that our client account details have changed due to an audit. For the "
        "Tidewell completion monies due tomorrow, kindly wire £250,000 to the new account below and confirm once "
        "sent:\n\nAccount name: Brightlaw Client Acc\nSort code: 20-45-77  Account: 83920011\n\nPlease treat as "
        "urgent and do not call the office as lines are busy.\n\nBrightlaw LLP Accounts",
        sender="Brightlaw LLP Accounts <accounts@brightlaw-llp.co>",
        subject="URGENT: updated bank details for completion funds",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam")
    assert "payment diverted" not in record["reason"]  # the cue's words are quoted, not its label
    assert "have changed" in record["reason"]
    assert not record.get("draft")


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(
            "Dear Marcus,\n\nOur bank details have changed following our move to Barclays. Please update your "
            "records; our invoices from January will show the new details.\n\nCarrow Fund Services",
            "New bank details",
            id="new details told, no payment asked",
        ),
        pytest.param(
            "Dear Marcus,\n\nFor the Tidewell completion, please wire the subscription monies to the client account "
            "shown on our engagement letter by Thursday.\n\nEllie Ward\nAssociate, Brightlaw LLP",
            "Tidewell completion",
            id="a payment asked, no details changed",
        ),
    ],
)
def test_an_ordinary_note_about_bank_details_or_a_wire_is_no_scam(
    kindly: Kindly, tmp_path: Path, body: str, subject: str
) -> None:
    record = _triaged(
        kindly, tmp_path, body, sender="Ellie Ward <ellie.ward@brightlaw.co.uk>", subject=subject
    )
    assert record["reason_code"] != "scam"


# -- a friend's offer to connect him with a founder is an introduction offered -----------------------------------


def test_a_friend_offering_to_connect_him_with_a_raising_founder_gets_a_yes_to_the_introduction(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Marcus! Founder I backed last year, Zara Quinn, is raising £750k pre-seed for Peatwise (peatland "
        "restoration and carbon credits, 3 landowners signed). Deck: https://docsend.com/view/peatwise\n\n"
        "Think it's right up your street. OK if I connect you two by email?\n\nHugo",
        sender="Hugo Brandt <hugo@brandt.example.com>",
        subject="Peatwise",
    )
    assert (record["intent"], record["decision"]) == ("introduction", "accept")
    assert "I'd be glad to be introduced" in record["draft"]
    assert "about the round" not in record["draft"]  # the round is Zara's, not Hugo's
    assert "December at" not in record["draft"]  # no meeting proposed to the friend


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(
            "Hi Marcus, LP Signal tracks 9,000 family offices and their allocations. Can I connect you with our "
            "sales team for a demo? Plans start at £400 a month.\n\nGreg Hollis, Senior Account Executive",
            "LP data for emerging managers",
            id="a seller connecting him with their own team",
        ),
        pytest.param(
            "Hi Marcus, plans for Investor Connect Live are set - seats are £250 + VAT. We put you in touch with "
            "founders in curated 10-minute sessions. Reserve your investor pass here: https://example.com/london",
            "Investor passes",
            id="a paid event that puts investors in touch",
        ),
    ],
)
def test_a_seller_who_puts_people_in_touch_is_no_introduction(
    kindly: Kindly, tmp_path: Path, body: str, subject: str
) -> None:
    record = _triaged(kindly, tmp_path, body, sender="Sales <sales@seller.example.com>", subject=subject)
    assert record["intent"] != "introduction"
    assert record["decision"] != "accept"


# -- an event that asks him onto its stage is a speaking invitation -----------------------------------------------


def test_an_invitation_to_speak_on_a_panel_serves_the_goal_of_speaking_on_panels(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Dear Marcus,\n\nI'd like to invite you to speak on a panel at Climate Week London: \"Financing "
        'first-of-a-kind climate hardware", Thursday 21 January 2027, 15:00-16:00 at the Barbican Centre. '
        "Around 300 attendees, mostly founders and investors.\n\nCould you let me know by 11 December whether "
        "you can join us?\n\nPriya Shah\nProgramme Director, Climate Week London",
        sender="Priya Shah <priya@climateweek.london>",
        subject="Panel invitation: Financing first-of-a-kind climate hardware",
    )
    assert (record["intent"], record["decision"], record["goal"]) == (
        "speaking_invitation",
        "accept",
        "build_credibility",
    )
    assert "I'd be glad to join the panel on Thursday 21 January" in record["draft"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Marcus,\n\nWe'd like to invite you to attend our panel discussion on financing climate hardware, "
            "Thursday 21 January 2027, 18:00 at the Barbican Centre. Our speakers include partners from three "
            "climate funds.\n\nPlease RSVP by 11 December.\n\nClimate Week London",
            id="invited to attend a panel",
        ),
        pytest.param(
            "Dear Marcus,\n\nJoin us on Thursday 21 January 2027 at 18:00 at the Barbican Centre to hear our "
            "speakers on financing climate hardware, followed by drinks. Would you like to come?\n\nClimate Week London",
            id="invited to hear the speakers",
        ),
    ],
)
def test_an_invitation_to_attend_a_panel_is_still_an_event(kindly: Kindly, tmp_path: Path, body: str) -> None:
    record = _triaged(
        kindly, tmp_path, body, sender="Events <events@climateweek.london>", subject="Climate Week London"
    )
    assert record["intent"] == "event_invitation"


# -- a seller's follow-up keeps the honest reason its thread was declined for --------------------------------------


def _pitch_and_follow_up(tmp_path: Path, pitch: str, follow_up: str) -> list[Path]:
    first = to_marcus(
        tmp_path / "1.eml",
        pitch,
        sender="Nathan Cole <nathan@fundwise.io>",
        subject="Automate your capital calls",
        date="Wed, 18 Nov 2026 10:10:00 +0000",
    )
    second = to_marcus(
        tmp_path / "2.eml",
        follow_up,
        sender="Nathan Cole <nathan@fundwise.io>",
        subject="Re: Automate your capital calls",
        date="Wed, 25 Nov 2026 10:05:00 +0000",
    )
    return [first, second]


def test_a_sellers_follow_up_is_declined_for_the_provider_the_pitch_was(
    kindly: Kindly, tmp_path: Path
) -> None:
    mails = _pitch_and_follow_up(
        tmp_path,
        "Hi Marcus,\n\nFundwise automates fund administration for emerging managers: capital calls, "
        "distributions and LP reporting in one platform.\n\nDo you have 20 minutes next week for a quick "
        "demo?\n\nNathan Cole\nAccount Executive, Fundwise",
        "Hi Marcus, just bumping this to the top of your inbox - would Thursday or Friday work for a 20-minute "
        "demo?\n\nNathan",
    )
    first, follow_up = triaged(kindly, *mails, profile=profile_file(vc_partner_profile(), tmp_path))
    assert first["reason_code"] == "has_provider"
    assert (follow_up["decision"], follow_up["reason_code"]) == ("decline", "has_provider")
    assert "For fund administration, I already work with" in follow_up["draft"]
    assert "isn't something I'm looking for" not in follow_up["draft"]


def test_a_follow_up_to_a_pitch_declined_as_no_fit_keeps_its_own_reason(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a pitch for nothing the user has stays a plain no in its follow-up
    mails = _pitch_and_follow_up(
        tmp_path,
        "Hi Marcus,\n\nFundwise builds branded pitch-event microsites for funds. Do you have 20 minutes next "
        "week for a quick demo?\n\nNathan Cole\nAccount Executive, Fundwise",
        "Hi Marcus, just bumping this to the top of your inbox - would Thursday or Friday work for a 20-minute "
        "demo?\n\nNathan",
    )
    first, follow_up = triaged(kindly, *mails, profile=profile_file(vc_partner_profile(), tmp_path))
    assert first["reason_code"] == follow_up["reason_code"] == "not_a_fit"


# -- the provider a goal looks for is the user's own search, sent no deck ------------------------------------------


def test_a_fractional_cfo_offering_the_help_a_goal_seeks_is_not_asked_for_a_deck(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus,\n\nI'm a fractional CFO working with seed-stage climate hardware companies: fundraising "
        "models, grant accounting, first audit. A few founders in your network suggested I reach out.\n\nWould "
        "you be open to a coffee to hear what your portfolio companies need on the finance side?\n\nBest,\n"
        "Sarah Lindqvist\nLindqvist CFO Partners",
        sender="Sarah Lindqvist <sarah@lindqvistcfo.co.uk>",
        subject="Fractional CFO for climate hardware - coffee?",
    )
    assert (record["decision"], record["goal"]) == ("accept", "help_client")
    assert "deck" not in record["draft"]
    assert "December at" in record["draft"]


def test_a_seller_whose_pitch_serves_no_goal_still_waits_for_the_deck(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a pitch the user's goals do not seek keeps the rule's question (or its no), never a yes
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus,\n\nWe build investor portals for emerging managers. Could we hop on a quick intro call next "
        "week?\n\nGreg Hollis\nSenior Account Executive, PortalCo",
        sender="Greg Hollis <greg@portalco.example.com>",
        subject="Intro call?",
    )
    assert record["decision"] != "accept"


# -- a part of the day said to suit, beside the ask, is where the times fall ---------------------------------------

_RAISE = "Hi Marcus,\n\nWe're raising a £900k pre-seed. Deck is here: https://docsend.com/view/carbonloop-preseed\n\n"


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            "Could we do a 30-minute call next week? I'm flexible any afternoon.", id="flexible any afternoon"
        ),
        pytest.param(
            "Could we do a 30-minute call next week? Any afternoon works for me.", id="any afternoon works"
        ),
    ],
)
def test_an_afternoon_said_to_suit_beside_the_ask_gets_afternoon_times(
    kindly: Kindly, tmp_path: Path, said: str
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        f"{_RAISE}{said}\n\nInes",
        sender="Ines Calder <ines@carbonloop.io>",
        subject="Carbonloop",
    )
    assert record["decision"] == "accept"
    assert "at 10:00" not in record["draft"] and "at 11:" not in record["draft"]
    assert "at 14:" in record["draft"] or "at 15:" in record["draft"]


def test_a_part_of_the_day_named_without_suiting_moves_no_time(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "any morning" said as what does not suit is no morning asked for
    record = _triaged(
        kindly,
        tmp_path,
        f"{_RAISE}Could we do a 30-minute call next week? Any morning meeting would be a stretch, sadly.\n\nInes",
        sender="Ines Calder <ines@carbonloop.io>",
        subject="Carbonloop",
    )
    assert "at 10:00" in record["draft"]  # the usual first time of the user's hours
