"""Eighteenth session, a nonprofit director's review: Renata Okafor runs Lakeshore Food Network, a regional food-bank
network in Chicago. She wants corporate partners and major donors, a louder Giving Tuesday and winter food drive,
talks at philanthropy and food-security conferences and a peer group of executive directors. She never pays to
speak and never buys gala tables. Her inbox holds a speaking slot sold as a "speaker sponsorship", a 5K that asks
her to sponsor it, a board seat and a gala selling tables."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from personas import (
    FOOD_BANK_GOALS,
    FOOD_BANK_NEVER,
    FOOD_BANK_PEERS,
    food_bank_director_profile,
    replacing,
    varied,
)
from support import Kindly, eml, profile_file, triaged_one


def triage(
    kindly: Kindly,
    tmp_path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    never: Sequence[str] = FOOD_BANK_NEVER,
) -> dict[str, Any]:
    """Renata's record of one mail, triaged in a fresh app folder against her profile (with these never-rules)."""
    path = eml(
        tmp_path / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date="Tue, 24 Nov 2026 10:00:00 -0600",
        to="renata@lakeshorefood.org",
    )
    return triaged_one(kindly, path, profile=profile_file(food_bank_director_profile(never=never), tmp_path))


def draft_of(record: dict[str, Any]) -> str:
    draft = record["draft"]
    return str(draft["text"] if isinstance(draft, dict) else draft)


# -- a speaking slot sold as a "speaker sponsorship" is paying to speak -------------------------------------------

SPEAKER_SPONSORSHIP = """\
Hi Renata,

We're curating the speaker lineup for the Nonprofit Leaders Forum (Las Vegas, April 2027) and your name came up as
a leader in food security. Featured speaker slots are available with a speaker sponsorship of $2,950, which includes
a 20-minute session, a profile in our attendee app and two full passes.

Shall I hold a slot for you?

Brandon Tate
Speaker Relations, Nonprofit Leaders Forum
"""


def test_a_speaker_sponsorship_is_declined_by_a_rule_against_paying_to_speak(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        SPEAKER_SPONSORSHIP,
        sender="Speaker Relations <speakers@nonprofitleadersforum.example.com>",
        subject="Speaking opportunity: Nonprofit Leaders Forum 2027",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I don't pay to appear" in draft_of(record)
    assert "glad to speak" not in draft_of(record)


def test_a_speaker_sponsorship_charges_to_appear_without_any_rule(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        SPEAKER_SPONSORSHIP,
        sender="Speaker Relations <speakers@nonprofitleadersforum.example.com>",
        subject="Speaking opportunity: Nonprofit Leaders Forum 2027",
        never=(),
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear")
    assert "speaker sponsorship" in record["reason"]


def test_a_sponsor_who_pays_the_speakers_is_no_charge(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the sponsorship pays the speaker's way, it is not sold to her
    record = triage(
        kindly,
        tmp_path,
        "Hi Renata,\n\nI'd like to invite you to speak on our food security panel at the Midwest Hunger Summit on"
        " March 4, 2027 in Chicago. Thanks to our speaker sponsorship from Acme Foods, we cover your travel and offer"
        " a $500 honorarium.\n\nWould you be willing to join us?\n\nDr. Lee Park\nProgram Chair\n",
        sender="Lee Park <lee@midwesthunger.example.org>",
        subject="Speaking invitation - Midwest Hunger Summit",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "glad to join the panel on March 4" in draft_of(record)


# -- "buying gala tables" is the idea of paying for a place, the verb included -----------------------------------

GALA = """\
Dear Renata,

Please join us for the 12th annual Hope Harvest Gala on Saturday, February 6, 2027 at the Palmer House. As a fellow
leader in the fight against hunger, we'd be honored to have Lakeshore Food Network at a table. Tables of ten are
$5,000; sponsorship packages with recognition start at $10,000. Kindly reserve by January 8.

With gratitude,
Maria Lopez
Events Director, Hope Harvest
"""


def test_a_gala_selling_tables_is_declined_by_a_rule_against_buying_gala_tables(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        GALA,
        sender="Maria Lopez <mlopez@hopeharvest.example.org>",
        subject="You're invited: Hope Harvest Gala 2027",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "a firm rule against buying gala tables" in draft_of(record)


def test_a_verb_of_buying_is_part_of_the_rule_not_a_word_a_message_must_say() -> None:
    from kindly.decide.rules import words_needed

    for rule in ("buying gala tables", "purchasing exhibitor booths", "paying for a stall", "buying tables"):
        assert words_needed(rule) is None, rule  # read by its idea, not word for word
    # near miss: a verb of buying before something else is still the user's own words
    assert words_needed("buying lunch for vendors") is not None


def test_a_free_seat_at_a_sponsors_gala_table_is_no_table_bought(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a company's guest at its own table pays nothing
    record = triage(
        kindly,
        tmp_path,
        "Hi Renata,\n\nHarborview Bank has a table at the Chicago Community Trust's annual gala on Thursday,"
        " December 17 at 6pm (Hilton Chicago), and we'd love for you to join us as our guest - no cost to you.\n\n"
        "Let me know and I'll add you to the list.\n\nCarla Nguyen\nCommunity Relations, Harborview Bank\n",
        sender="Carla Nguyen <cnguyen@harborviewbank.example.com>",
        subject="Be our guest at the Community Trust gala?",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- a seat on a board is a role to fill, not a group of peers -----------------------------------------------------

BOARD = """\
Dear Renata,

On behalf of the nominating committee of Westside Youth Arts, I'm writing to ask whether you would consider joining
our board of directors for a three-year term beginning in March. The board meets six times a year, and members are
asked to give or get $2,500 annually. Your leadership experience would be a great asset.

Could we find a time to talk about it?

Patricia Lowe
Board Chair, Westside Youth Arts
"""


def test_a_board_seat_is_not_the_peer_group_a_community_goal_seeks(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        BOARD,
        sender="Patricia Lowe <plowe@westsideyoutharts.example.org>",
        subject="Board invitation",
    )
    assert record["decision"] == "decline", record["reason"]
    draft = draft_of(record)
    assert "I'm not able to take on a board seat at the moment" in draft
    assert "glad to join" not in draft and "a group I can commit to" not in draft


def test_a_board_seat_serves_a_goal_that_seeks_one(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: where the goal is a seat on a board, the offer is what it seeks
    wants_a_seat = food_bank_director_profile(
        goals=replacing(
            FOOD_BANK_GOALS,
            varied(
                FOOD_BANK_PEERS,
                description="A seat on a nonprofit board, and a peer group of nonprofit executive directors",
            ),
        ),
        never=FOOD_BANK_NEVER,
    )
    path = eml(
        tmp_path / "board.eml",
        BOARD,
        sender="Patricia Lowe <plowe@westsideyoutharts.example.org>",
        subject="Board invitation",
        date="Tue, 24 Nov 2026 10:00:00 -0600",
        to="renata@lakeshorefood.org",
    )
    record = triaged_one(kindly, path, profile=profile_file(wants_a_seat, tmp_path))
    assert record["decision"] == "accept", record["reason"]


def test_a_peer_who_serves_on_a_board_still_invites_to_a_peer_group(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the sender's own board seat offers the reader none
    record = triage(
        kindly,
        tmp_path,
        "Hi Renata,\n\nI'm the ED at South Side Pantry Collective, and I also serve on the board of the Hyde Park"
        " Chamber. A few of us - EDs of food banks and pantry networks in Chicagoland - have started meeting for"
        " breakfast once a month to compare notes on funding, staffing and burnout. No agenda, no dues. The next one"
        " is Friday, December 11 at 7:30am at Valois in Hyde Park. Would you like to join us?\n\nAndre Booker\n"
        "Executive Director, South Side Pantry Collective\n",
        sender="Andre Booker <abooker@southsidepantries.example.org>",
        subject="Food security EDs - peer circle",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "see you on Friday, December 11 at 7:30am" in draft_of(record)


# -- a sponsorship asked of the reader is her money asked, not a partner for her campaign --------------------------

RACE = """\
Hi Renata,

Run for Roots is a community 5K supporting urban gardens in Humboldt Park. Would Lakeshore Food Network consider
sponsoring this year's race? Our Bronze package is $1,000 and includes your logo on the race shirt. Happy to send
the full deck.

Kayla Reyes
Race Director
"""


def test_a_race_that_asks_her_to_sponsor_it_is_declined(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        RACE,
        sender="Kayla Reyes <kayla@runforroots.example.org>",
        subject="Sponsorship opportunity - Run for Roots 5K",
        never=(),
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "not_a_fit"), record["reason"]
    draft = draft_of(record)
    assert "I'm not able to sponsor it this time, so I'll have to pass." in draft
    assert "pleased to meet" not in draft and "overview" not in draft


def test_a_company_that_offers_to_sponsor_her_food_drive_is_a_partner(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the sponsor is the sender, and the drive is hers
    record = triage(
        kindly,
        tmp_path,
        "Hello Renata,\n\nLakeview Credit Union would like to sponsor your winter food drive this year - we were"
        " thinking of matching member donations up to $25,000 and putting collection bins in our 12 branches. Could"
        " we set up a call next week to talk through how that would work and what you need from us?\n\nEvan Cho\n"
        "VP Marketing & Community, Lakeview Credit Union\n",
        sender="Evan Cho <evan.cho@lakeviewcu.example.com>",
        subject="Sponsoring your winter food drive",
        never=(),
    )
    assert record["decision"] == "accept", record["reason"]
    assert "sponsor" not in draft_of(record).split("\n\n")[1]


def test_who_is_asked_to_sponsor() -> None:
    from kindly.decide.fit import sponsorship_asked

    assert sponsorship_asked("Would Acme be interested in sponsoring our 5K?")
    assert sponsorship_asked("Could your company become a Gold sponsor of the gala?")
    assert sponsorship_asked("We'd love for you to sponsor our spring fundraiser.")
    # near misses: the sender sponsors, or offers to
    assert not sponsorship_asked("We'd like to sponsor your winter food drive this year.")
    assert not sponsorship_asked("Would you like us to sponsor the drive?")
    assert not sponsorship_asked("Lakeview Credit Union would like to sponsor your winter food drive.")


# -- an offer to share her drive, hard-wrapped, is still an offer to share -------------------------------------------

SHARING = """\
Hi Renata!

I run Windy City Moms (48k followers on Instagram, 20k on our newsletter). We'd love to feature your winter food
drive for Giving Tuesday - a post, a few stories and a spot in Tuesday's newsletter, no charge. Could you send a
couple of photos and the donation link?

Jasmine Cole
Founder, Windy City Moms
"""


def test_a_wrapped_offer_to_share_her_drive_is_said_yes_to_not_given_a_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        SHARING,
        sender="Jasmine Cole <jasmine@windycitymoms.example.com>",
        subject="Sharing #FeedChicagoWinter with our community",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "amplify campaign" in record["reason"]
    draft = draft_of(record)
    assert "I'd be glad for you to share it" in draft
    assert "Tuesday works for me" not in draft  # "Tuesday's newsletter" is when it goes out, not a meeting


def test_a_wrapped_offer_to_promote_for_a_price_is_no_offer_to_share() -> None:
    from kindly.understand.classify import offers_to_share

    # near miss: the same wrapping, but the reach is sold
    assert not offers_to_share(
        "Hi! I'd love to promote your winter food\ndrive posts to my 50k followers - packages start at $200."
    )
    # ...and a blank line still parts two paragraphs
    assert not offers_to_share("We'd love to feature you at our summit\n\nPosts about it go out weekly.")


def test_a_sponsorship_asked_is_not_told_as_the_gala_table_rule(kindly: Kindly, tmp_path: Path) -> None:
    # the rule against buying gala tables is read as paying to appear, which a "Sponsorship opportunity" shows;
    # the draft names what was asked, not a rule about tables the race never mentioned
    record = triage(
        kindly,
        tmp_path,
        RACE,
        sender="Kayla Reyes <kayla@runforroots.example.org>",
        subject="Sponsorship opportunity - Run for Roots 5K",
    )
    assert record["decision"] == "decline", record["reason"]
    draft = draft_of(record)
    assert "I'm not able to sponsor it this time" in draft
    assert "gala tables" not in draft


def test_a_gala_that_asks_for_a_sponsor_and_sells_tables_is_told_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: where the tables are sold, the rule's own words are the reason
    record = triage(
        kindly,
        tmp_path,
        "Dear Renata,\n\nWould Lakeshore Food Network consider sponsoring our spring gala on Saturday, April 17? Tables"
        " of ten are $5,000.\n\nMaria Lopez\nEvents Director, Hope Harvest\n",
        sender="Maria Lopez <mlopez@hopeharvest.example.org>",
        subject="Spring gala",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "a firm rule against buying gala tables" in draft_of(record)


# -- a CRM is one of a kind: "a donor CRM" ---------------------------------------------------------------------------


def test_a_pitch_for_a_donor_crm_is_told_she_already_uses_a_donor_crm(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        "Hi Renata,\n\nDonorPath is the donor management platform built for food banks. I'd love to give you a"
        " 30-minute demo - would Tuesday, December 8 at 4pm work?\n\nSofia Marchetti\nAccount Executive, DonorPath\n",
        sender="Sofia Marchetti <sofia@donorpath.example.com>",
        subject="See how food banks raise 30% more",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "I already use a donor CRM I'm very happy with" in draft_of(record)
