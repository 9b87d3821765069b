"""Renée Okafor, a first-term council member in Tucson (session 22): her ethics office's rules must hold in the
words lobbyists and developers actually use, the former mayor who offers his time is the mentor she looks for,
and a rival pollster's priced pitch is a pitch, not an ordinary work meeting."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.roles import held_role
from kindly.decide.rule_parts import rule_prerequisite
from kindly.decide.rules import rule_ideas
from personas import council_member_profile, to_renee
from support import Kindly, profile_file, triaged_one

DEVELOPER_RULE = "private meetings with developers who have an application pending before council"
GIFT_RULE = "gifts or meals over $50 from lobbyists"


def _to_renee(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Renée against her profile."""
    mail = to_renee(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(council_member_profile(), tmp_path))


# -- 1. "endorsing products": a part in a company's launch video is an endorsement --------------------------------

SCOOTER_LAUNCH = (
    "Hi Councilmember Okafor,\n\nZipScoot is launching e-scooter rentals in Tucson in January. Since you've "
    "championed transit, we'd love a short quote from you for our press release and 30 seconds of you riding a "
    "ZipScoot for our launch video. Filming would take about an hour, any day the week of January 4.\n\n"
    "Jordan Pike\nHead of Community, ZipScoot\n"
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Feature you in our Tucson launch video?", SCOOTER_LAUNCH),  # the subject asks it, and the body
        ("Tucson launch", SCOOTER_LAUNCH),  # ...the body alone: footage of her for the launch video
        (
            "Feature you in our Tucson launch video?",  # ...the subject alone
            "Hi Councilmember,\n\nWe're launching in January and would love to have you in it. A morning, any "
            "day the week of January 4?\n\nJordan Pike\nHead of Community, ZipScoot\n",
        ),
    ],
)
def test_a_part_in_a_companys_launch_video_is_declined_as_an_endorsement(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_renee(
        kindly, tmp_path, body, sender="Jordan Pike <jordan@zipscoot.example.com>", subject=subject
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "endorsing products" in record["draft"]


def test_a_neighbourhood_newsletter_that_features_her_is_no_endorsement(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a neighbourhood association's own newsletter, no product in it
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Councilmember Okafor,\n\nThe Julia Keen Neighborhood Association would love to feature you in our "
        "winter newsletter - could you send us 200 words on the Ellington traffic calming by December 15?\n\n"
        "Linda Farrow\nPresident, Julia Keen Neighborhood Association\n",
        sender="Linda Farrow <linda@juliakeen-na.example.org>",
        subject="Our winter newsletter",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 2. "former mayors": a sender who served as mayor is the mentor she looks for -------------------------------


@pytest.mark.parametrize(
    ("role", "opening", "held"),
    [
        ("", "Hi Renée - I served two terms as mayor of Mesa and led our 2018 bond.", "former mayor"),
        ("", "I was mayor of Flagstaff from 2010 to 2018.", "former mayor"),
        ("Former Mayor of Tucson", "Marcus, I watched the kickoff.", "Former Mayor of Tucson"),
    ],
)
def test_a_former_mayor_holds_the_role_a_mentor_goal_names(role: str, opening: str, held: str) -> None:
    assert held_role("former mayors", role, opening, "A mentor among former mayors") == held


@pytest.mark.parametrize(
    "opening",
    [
        "I met with the mayor last week about the bond.",  # the role talked about, not held
        "I'm running for mayor of Oro Valley next year.",
        "I served on the mayor's transit task force.",
    ],
)
def test_a_mayor_only_talked_about_is_no_role_held(opening: str) -> None:
    assert held_role("former mayors", "", opening, "A mentor among former mayors") == ""


def test_a_former_mayor_on_linkedin_offering_calls_is_accepted_as_a_mentor(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée - I served two terms as mayor of Mesa and led our 2018 parks and transit bond. I've been "
        "following Prop 412 and remember how lonely the first campaign feels. If it would help, I'm glad to get "
        "on a call now and then and share what worked for us. No agenda, just paying it forward.\n\nEleanor\n",
        sender="Eleanor Price <eleanor.price@pricecivic.example.com>",
        subject="Prop 412",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_mentor"), record["reason"]
    assert "council first" not in record["draft"]


# -- 3. "pending before council": a body that hears the case, not a thing to send first ------------------------


def test_an_application_pending_before_council_is_no_prerequisite() -> None:
    assert rule_prerequisite(DEVELOPER_RULE) is None
    assert rule_prerequisite("meetings with applicants appearing before the board") is None
    # near misses: what must come first is still read so
    assert rule_prerequisite("pitch calls before a deck").thing == "a deck"  # type: ignore[union-attr]
    assert rule_prerequisite("meetings before I've seen an agenda").noun == "agenda"  # type: ignore[union-attr]


# -- 4. a developer asking to meet alone ahead of the hearing on their own case ---------------------------------

SITE_WALK = (
    "Hi Councilmember Okafor,\n\nAhead of the rezoning hearing for our Broadway & Swan mixed-use project (case "
    "C9-26-14, on the council agenda January 12), I'd love to give you a quick site walk so you can see the parcel "
    "and our plans for the frontage. {alone}30 minutes, any morning that suits you.\n\nThanks,\nRick Tamura\n"
    "Tamura Development Group\n"
)


def test_a_developers_private_site_walk_ahead_of_the_hearing_is_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    assert rule_ideas(DEVELOPER_RULE) == (("applicant", "alone"),)
    record = _to_renee(
        kindly,
        tmp_path,
        SITE_WALK.format(alone="Just the two of us, "),
        sender="Rick Tamura <rick@tamuradev.example.com>",
        subject="Quick site walk at Broadway & Swan?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert f"I have a firm rule against {DEVELOPER_RULE}" in record["draft"]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # near miss: the same walk, open to the neighbours - no private meeting
        (
            SITE_WALK.format(alone="").replace(
                "I'd love to give you a quick site walk", "we're hosting a neighborhood site walk open to all"
            ),
            "Neighborhood site walk at Broadway & Swan",
        ),
        # near miss: a builder's one-on-one coffee with no case before council
        (
            "Hi Councilmember Okafor,\n\nI build small infill homes on the east side and would love a one-on-one "
            "coffee to hear your priorities for District 4 neighborhoods.\n\nThanks,\nRick Tamura\n"
            "Tamura Development Group\n",
            "Coffee?",
        ),
    ],
)
def test_a_developers_open_walk_or_a_coffee_with_no_case_pending_is_not_the_rule(
    kindly: Kindly, tmp_path: Path, body: str, subject: str
) -> None:
    record = _to_renee(
        kindly, tmp_path, body, sender="Rick Tamura <rick@tamuradev.example.com>", subject=subject
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 5. "gifts or meals over $50 from lobbyists": the limit is each alternative's, and a gift is offered -------


def test_the_limit_and_whom_from_are_every_alternatives() -> None:
    from kindly.decide.rules import words_needed

    assert words_needed(GIFT_RULE) == (("over $50", "gifts", "lobbyists"), ("over $50", "meals", "lobbyists"))


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Hi Renée,\n\nI represent the Southern Arizona Homebuilders Council in government relations. I'd love to "
            "take you to dinner at Maynards one evening next week to talk about the infill incentive district - the "
            "tasting menu is on me (it's about $95 a person, and worth it).\n\nWould Thursday, December 3 at 6:30 "
            "work?\n\nLindsey Marr\nGovernment Relations, Saguaro Government Affairs\n",
            "Lindsey Marr <lmarr@saguarogov.example.com>",
        ),
        (
            "Councilmember,\n\nI have two lower-bowl tickets for the Suns game on December 18 (about $240 each) that "
            "I can't use. Would you like them? Happy to send them over.\n\nBrent\nCopper State Public Affairs\n",
            "Brent Calloway <brent@copperstatepa.example.com>",
        ),
    ],
)
def test_a_lobbyists_dinner_or_tickets_over_the_limit_are_declined_by_the_rule(
    kindly: Kindly, tmp_path: Path, body: str, sender: str
) -> None:
    record = _to_renee(kindly, tmp_path, body, sender=sender, subject="Hello")
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert f"I have a firm rule against {GIFT_RULE}" in record["draft"]
    # ...and wishes no event of theirs well, nor offers to pass their gift on
    after = record["draft"].split("so I'll have to pass.", 1)[1]
    assert not re.search(r"luck|all the best with|best wishes for|pass|mention it", after), after


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a coffee with no price (under the limit), a $35 lunch, and tickets she would buy herself
        "Councilmember,\n\nI'm with Copper State Public Affairs and would love to grab coffee with you in the next "
        "couple of weeks on behalf of one of our clients.\n\nBrent Calloway\nPrincipal, Copper State Public Affairs\n",
        "Councilmember,\n\nCould I take you to lunch at Baja Café (about $35) to talk about the infill district "
        "on behalf of our client?\n\nBrent Calloway\nPrincipal, Copper State Public Affairs\n",
    ],
)
def test_a_lobbyists_coffee_or_cheap_lunch_is_not_the_rule(kindly: Kindly, tmp_path: Path, body: str) -> None:
    record = _to_renee(
        kindly, tmp_path, body, sender="Brent Calloway <brent@copperstatepa.example.com>", subject="Coffee?"
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 6. a rival pollster's priced proposal, read as a work meeting, is a pitch for what she has ----------------

POLL_PITCH = (
    "Councilmember Okafor,\n\nBond measures live and die on turnout modeling. {firm} has run survey research and "
    "tracking polls for nine successful municipal bond elections in Arizona. We'd like to propose a benchmark poll "
    "of 600 likely voters for the Prop 412 campaign, from $18,000.\n\nCan we set up a call this week?\n\n{name}\n"
    "{firm}\n"
)


def test_a_rival_pollsters_priced_proposal_is_declined_as_a_provider_she_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        POLL_PITCH.format(firm="Canyon Polling & Research", name="Ned Hargrove"),
        sender="Ned Hargrove <ned@canyonpolling.example.com>",
        subject="Polling for the Prop 412 bond campaign",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "For polling, I already work with a provider" in record["draft"]


def test_her_own_pollsters_priced_proposal_is_not_declined(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the pollster she has, proposing the next wave
    record = _to_renee(
        kindly,
        tmp_path,
        POLL_PITCH.format(firm="Sonoran Research Group", name="Priya Raman"),
        sender="Priya Raman <priya@sonoranresearch.example.com>",
        subject="Next wave of polling for Prop 412",
    )
    assert record["reason_code"] != "has_provider", record["reason"]


# -- 7. a merchant's ask about her own problem is not thanked as "working together" -----------------------------


def test_a_merchants_ask_to_meet_about_construction_is_not_thanked_as_working_together(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Dear Councilmember Okafor,\n\nI own Speedway Suds, the laundromat at Speedway and Wilmot, and I chair the "
        "Wilmot Merchants Association (14 small businesses between Wilmot and Kolb). Since the bus pullout "
        "construction started in October, our customers can't reach the parking lot from the eastbound lanes and "
        "several of us are down 30% or more.\n\nCould we meet with you to talk about signage and access during the "
        "rest of the project? A few of the other owners would like to come too.\n\nThank you,\nGloria Pacheco\n"
        "Owner, Speedway Suds\nChair, Wilmot Merchants Association\n",
        sender="Gloria Pacheco <gloria@speedwaysuds.example.com>",
        subject="Bus stop construction on Speedway is hurting our businesses",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "working together" not in record["draft"]


def test_a_proposal_that_offers_to_partner_is_still_thanked_as_working_together(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the Business Alliance proposes to partner on the campaign
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Councilmember Okafor,\n\nThe Eastside Business Alliance would like to partner with you on Prop 412: we "
        "could co-host a merchants' walk on Broadway and share your campaign materials with our 120 members. "
        "Could we talk next week?\n\nSandra Whitfield\nExecutive Director, Eastside Business Alliance\n",
        sender="Sandra Whitfield <sandra@eastsidebiz.example.org>",
        subject="Partnering on Prop 412",
    )
    assert record["intent"] == "partnership_proposal", record["reason"]
    assert "working together" in record["draft"]


# -- 8. the community she seeks to meet, writing to her: a merchants' association chair, a business owner ------

MERCHANTS_ASK = (
    "Dear Councilmember Okafor,\n\nI own Speedway Suds, the laundromat at Speedway and Wilmot{chair}. Since the bus "
    "pullout construction started in October, our customers can't reach our lot from the eastbound lanes and "
    "several of us are down 30% or more.\n\nCould we meet with you to talk about signage and access during the rest "
    "of the project? A few of the other owners would like to come too.\n\nThank you,\nGloria Pacheco\n{signed}\n"
)


@pytest.mark.parametrize(
    ("chair", "signed"),
    [
        (", and I chair the Wilmot Merchants Association", "Chair, Wilmot Merchants Association"),
        ("", "Owner, Speedway Suds"),  # one of "small business owners", by the role she signs with
    ],
)
def test_a_merchant_asking_to_meet_serves_her_community_goal_however_the_model_read_it(
    kindly: Kindly, tmp_path: Path, chair: str, signed: str
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        MERCHANTS_ASK.format(chair=chair, signed=signed),
        sender="Gloria Pacheco <gloria@speedwaysuds.example.com>",
        subject="Bus stop construction on Speedway is hurting our businesses",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_community"), record["reason"]


@pytest.mark.parametrize(
    ("body", "decision"),
    [
        # near miss: a business owner who sells to her office is a pitch
        (
            "Hi Councilmember Okafor,\n\nI'd love to grab coffee and show you how we help council offices build "
            "better websites for residents. Our sites start at $4,000.\n\nBest,\nDan Reese\nOwner, Pixel Peak Web "
            "Design\n",
            "decline",
        ),
        # near miss: an owner's coffee that says nothing of what for is still asked what for
        (
            "Hi Councilmember Okafor,\n\nI'd love to grab a coffee sometime and hear what you think about the "
            "district.\n\nDan Reese\nOwner, Reese Plumbing\n",
            "ask_details",
        ),
    ],
)
def test_an_owners_pitch_or_vague_coffee_is_not_the_community_coming_to_her(
    kindly: Kindly, tmp_path: Path, body: str, decision: str
) -> None:
    record = _to_renee(
        kindly, tmp_path, body, sender="Dan Reese <dan@pixelpeak.example.com>", subject="Coffee?"
    )
    assert record["decision"] == decision, record["reason"]


# -- 9. "parking" is no park: a parking vendor's partnership is nothing of the parks bond ------------------------


def test_a_parking_vendors_partnership_is_not_the_parks_bond(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Councilmember Okafor,\n\nParkEasy would love to partner with the City of Tucson on smart parking meters "
        "for the east side business districts. We've helped Mesa cut parking complaints by 40%. Could we set up a "
        "call next week?\n\nRyan Cole\nPartnerships, ParkEasy\n",
        sender="Ryan Cole <ryan@parkeasy.example.com>",
        subject="Partnering on smart parking",
    )
    assert record["decision"] != "accept", record["reason"]


def test_a_park_cleanup_partnership_still_serves_the_parks_bond(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the parks themselves
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Councilmember Okafor,\n\nFriends of Reid Park would love to partner with you on a park cleanup before "
        "the bond vote, and share why the parks money matters with our 900 members. Could we talk next week?\n\n"
        "Nora Diaz\nFriends of Reid Park\n",
        sender="Nora Diaz <nora@friendsofreidpark.example.org>",
        subject="Partnering on a park cleanup",
    )
    assert (record["decision"], record["goal"]) == ("accept", "amplify_campaign"), record["reason"]
