"""Dana Whitlock, an independent commercial insurance broker with a five-person agency in Boise, Idaho (session 26,
broker): realtors, CPAs and business attorneys are her referral partners, mid-size businesses her clients; she
speaks locally on small-business risk and mentors new agents. Insurance is her own trade, so it is in nearly every
mail she gets. Each test is a message from her mailbox that kindly read wrongly before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import broker_profile, to_broker
from support import Kindly, profile_file, triaged_one


def _to_dana(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Dana against her profile."""
    mail = to_broker(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(broker_profile(), tmp_path))


# -- "insurance" is her trade, not a pitch for the E&O insurance she buys -------------------------------------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Karen Mills <karen@millsrealtygroup.example>",
            "Visit our BNI chapter as our guest?",
            "Hi Dana,\n\nI'm a realtor and the membership chair of BNI Capital City Connectors. We don't have a "
            "commercial insurance broker in the chapter and our CPA, two attorneys and a mortgage broker keep asking "
            "me who to send their business clients to. Would you visit as my guest on Thursday, December 10 at "
            "7:00am at the Riverside Hotel?\n\nKaren Mills\nMills Realty Group\n",
            id="a-referral-group-without-a-broker",
        ),
        pytest.param(
            "Marcus Lee <mlee@leebusinesslaw.example>",
            "Co-host a seminar for business owners?",
            "Hi Dana,\n\nI'm a business attorney in Boise. I'm planning a free seminar for small business owners in "
            "late January on contracts, indemnity clauses and insurance requirements. Would you co-present the "
            "insurance half with me?\n\nMarcus Lee\nLee Business Law PLLC\n",
            id="an-attorney-co-presenting",
        ),
        pytest.param(
            "Gail Porter <gail@porterescrow.example>",
            "Title & escrow + insurance lunch",
            "Hi Dana,\n\nWe're an escrow and title company and our buyers need homeowners and commercial property "
            "insurance lined up before closing. We'd love to take you to lunch and talk about a referral "
            "partnership.\n\nGail Porter\nPorter Title & Escrow\n",
            id="a-title-company-lunch",
        ),
    ],
)
def test_a_partner_who_says_insurance_is_not_pitching_her_own_eo_cover(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_dana(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["reason_code"] != "has_provider", record["reason"]
    assert record["decision"] == "accept", record["reason"]
    assert "errors and omissions" not in (record["draft"] or "")


def test_a_pitch_for_eo_cover_by_its_own_words_is_still_her_providers(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_dana(
        kindly,
        tmp_path,
        "Hi Dana,\n\nWe offer errors and omissions insurance built for independent agencies, often 20% below what "
        "agencies pay today. Could I send you a quick quote comparison?\n\nRick Salas\nAgentGuard E&O\n",
        sender="Rick Salas <rick@agentguard.example>",
        subject="Lower your E&O premium",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]


# -- a partner's thanks for an introduction, with "let's get lunch in the new year" --------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dana,\n\nThanks for the introduction to Tom yesterday - we had a great first call. I owe you one. Let's "
            "get lunch in the new year.\n\nGreg\n",
            id="thanks-for-the-introduction",
        ),
        pytest.param(
            "Hi Dana,\n\nThank you so much for the referral - the Hendersons signed with us last week! We should grab "
            "coffee sometime.\n\nGreg\n",
            id="thanks-for-the-referral",
        ),
        pytest.param(
            "Dana - many thanks for your advice on the lease. Let's do lunch after the holidays!\n\nGreg\n",
            id="thanks-for-the-advice",
        ),
    ],
)
def test_a_thank_you_with_a_loose_plan_is_not_declined(kindly: Kindly, tmp_path: Path, body: str) -> None:
    record = _to_dana(
        kindly, tmp_path, body, sender="Greg Hollis <greg@hollisco.example>", subject="Thanks for yesterday"
    )
    assert record["decision"] == "ignore", record["reason"]
    assert not record["draft"]


def test_a_thank_you_that_proposes_a_day_and_a_purpose_is_weighed(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the thanks opens a real ask, with a day and what it is about
    record = _to_dana(
        kindly,
        tmp_path,
        "Hi Dana,\n\nThanks for the introduction to Tom. I'm a CPA and I'd love to set up a referral partnership "
        "with you - could we have coffee on Tuesday, December 8 at 8:00am?\n\nPriya Natarajan, CPA\n",
        sender="Priya Natarajan <priya@natarajancpa.example>",
        subject="Referral partnership?",
    )
    assert record["decision"] == "accept", record["reason"]


# -- a no to a seller never offers to pass them on "when someone asks me about insurance": that is her own work -----


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        pytest.param(
            "Tony Vega <tony@vegaconsulting.example>",
            "Hi Dana,\n\nI'm a business consultant working with a lot of restaurant owners around Boise. I can send "
            "you a steady stream of clients who need commercial insurance - I just ask for 15% of your commission on "
            "each policy. Want to hop on a call to set it up?\n\nTony Vega\n",
            id="clients-for-a-cut-of-her-commission",
        ),
        pytest.param(
            "Holly Brandt <holly@closerscoaching.example>",
            "Hi Dana,\n\nOur sales coaching program helps commercial insurance agencies win bigger accounts, from "
            "$400 a month. Could I book a 20-minute demo with you next week?\n\nHolly Brandt\nClosers Coaching\n",
            id="sales-coaching-for-insurance-agencies",
        ),
    ],
)
def test_a_declined_seller_is_not_offered_her_own_trade(
    kindly: Kindly, tmp_path: Path, sender: str, body: str
) -> None:
    record = _to_dana(
        kindly, tmp_path, body, sender=sender, subject="More commercial accounts for your agency"
    )
    assert record["decision"] == "decline", record["reason"]
    assert "about insurance" not in record["draft"]
    assert "needs insurance" not in record["draft"]


# -- "I need quotes for general liability and workers' comp. Can you help?": her answer on quotes is drafted -------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Dana,\n\nI run a framing and general contracting company, 32 employees. I need quotes for general "
            "liability, workers' comp and a builder's risk policy before our new season. Can you help? Happy to come "
            "by your office.\n\nLuis Romero\nRomero Builders LLC\n",
            id="can-you-help",
        ),
        pytest.param(
            "Hi Dana,\n\nWe're a 60-person plumbing company and our workers' comp renewal is coming up in March. "
            "Is that something you can handle? I'd like to meet.\n\nLuis Romero\nRomero Plumbing\n",
            id="is-that-something-you-can-handle",
        ),
    ],
)
def test_a_prospects_bare_ask_for_help_gets_her_answer_on_quotes(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_dana(
        kindly,
        tmp_path,
        body,
        sender="Luis Romero <luis@romerobuilders.example>",
        subject="Insurance for my company",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "five years of loss runs" in record["draft"]


# -- "Mid-size commercial clients (20-200 employees)" names a size, not a trade: a plumber or a bakery is one -------


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        pytest.param(
            "Rosa Ibarra <rosa@ibarralandscapes.example>",
            "Hi Dana,\n\nWe're a 40-person landscaping company in Meridian. Our general liability and property "
            "policy renews in February and I'd like a broker who actually explains it. Could we set up a time to "
            "talk?\n\nRosa Ibarra\nIbarra Landscapes\n",
            id="a-landscaping-company",
        ),
        pytest.param(
            "Ken Sato <ken@satofreight.example>",
            "Hi Dana,\n\nWe're a 90-person trucking company and we're unhappy with our current agent. "
            "Would you be willing to review our coverage and meet next week?\n\nKen Sato\nSato Freight\n",
            id="a-trucking-company",
        ),
    ],
)
def test_a_mid_size_business_of_any_trade_asking_about_cover_is_her_client(
    kindly: Kindly, tmp_path: Path, sender: str, body: str
) -> None:
    record = _to_dana(kindly, tmp_path, body, sender=sender, subject="Our company's insurance")
    assert record["decision"] == "accept", record["reason"]


# -- "Dear Agent, Join our webinar ... Register at ...": a carrier's list, not an invitation to answer --------------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Hartwell Insurance <agents@hartwell.example>",
            "Webinar: 2027 commercial auto rate changes",
            "Dear Agent,\n\nJoin Hartwell's regional team for a 45-minute webinar on 2027 commercial auto rate "
            "changes and underwriting guidelines on Wednesday, December 9 at 10:00am MT. Register at "
            "hartwell.example/agents/webinar.\n\nHartwell Agency Relations\n",
            id="a-carriers-webinar",
        ),
        pytest.param(
            "IIAB Education <education@iiab-idaho.example.org>",
            "Ethics CE - 3 credit hours - December 15",
            "Dear Member,\n\nNeed your ethics CE before your license renewal? Join our 3-hour Ethics for Insurance "
            "Professionals seminar on Tuesday, December 15, 8:00am-11:00am in Boise. Member price $59. Register at "
            "https://iiab-idaho.example.org/ce.\n\nIIAB of Idaho Education Department\n",
            id="a-ce-seminar",
        ),
        pytest.param(
            "Summit Mutual <events@summitmutual.example>",
            "You're invited: Agency Partner Appreciation Night",
            "Dear Valued Partner,\n\nPlease join us for our Agency Partner Appreciation Night on Thursday, "
            "December 17 at 6pm at the Grove Hotel. RSVP here: https://summitmutual.example/rsvp\n\nSummit Mutual\n",
            id="a-carriers-appreciation-night",
        ),
    ],
)
def test_an_announcement_to_every_agent_with_a_sign_up_page_is_not_answered(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_dana(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["decision"] == "ignore", record["reason"]
    assert not record["draft"]


def test_a_question_put_to_her_under_a_role_greeting_is_weighed(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the chamber's greeting names a role, but it asks her to speak
    record = _to_dana(
        kindly,
        tmp_path,
        "Dear Member,\n\nOur small business risk series starts in February. Would you speak for 30 minutes on cyber "
        "risk for small business at our Thursday, February 11 lunch? Details at https://boisechamber.example/risk."
        "\n\nJenna Ortiz\nPrograms Manager, Boise Metro Chamber\n",
        sender="Jenna Ortiz <jortiz@boisechamber.example>",
        subject="Speaker for our small business risk series?",
    )
    assert record["decision"] == "accept", record["reason"]


# -- a no to a brunch on "the first Sunday of each month" asks for no "next one": it is on a Sunday too -------------


@pytest.mark.parametrize(
    "when",
    [
        pytest.param(
            "on the first Sunday of each month at Goldy's - Sunday, January 3 at 10am next", id="monthly"
        ),
        pytest.param("every Sunday morning at Goldy's, starting Sunday, January 3 at 10am", id="weekly"),
    ],
)
def test_a_no_by_her_sunday_rule_to_a_sunday_series_does_not_ask_for_the_next_one(
    kindly: Kindly, tmp_path: Path, when: str
) -> None:
    record = _to_dana(
        kindly,
        tmp_path,
        f"Hi Dana!\n\nA few of us realtors do a networking brunch {when}. Lots of referral opportunities. Would love "
        "for you to come!\n\nAmy Tran\nTran Realty\n",
        sender="Amy Tran <amy@tranrealty.example>",
        subject="Realtors & Friends Sunday brunch",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "next one" not in record["draft"]


def test_a_no_to_a_one_off_sunday_event_still_welcomes_the_next_one(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a single Sunday; the next may fall on a weekday
    record = _to_dana(
        kindly,
        tmp_path,
        "Hi Dana!\n\nWe're hosting a realtors and referral partners brunch on Sunday, January 3 at 10am at Goldy's. "
        "Lots of referral opportunities. Would love for you to come!\n\nAmy Tran\nTran Realty\n",
        sender="Amy Tran <amy@tranrealty.example>",
        subject="Realtors & referral partners brunch",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "next one" in record["draft"]


# -- a roll-up that wants to buy her agency is not asked for "a brief overview" to pass on -------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dana,\n\nSummit Agency Partners is a private-equity-backed platform acquiring independent P&C agencies "
            "in the Mountain West. We'd love to talk about a partnership - you keep your brand and team, we bring "
            "capital, carrier access and a path to liquidity. Would you be open to a confidential conversation?"
            "\n\nAndrew Whitman\nManaging Director, Summit Agency Partners\n",
            id="acquiring-independent-agencies",
        ),
        pytest.param(
            "Hi Dana,\n\nWe acquire insurance agencies like yours and keep the owner on to run them. Could we "
            "schedule a call to talk about what a partnership could look like?\n\nLena Ford\nKeystone Agency Group\n",
            id="we-acquire-agencies-like-yours",
        ),
    ],
)
def test_a_buyer_for_her_agency_is_declined_without_asking_for_their_overview(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_dana(
        kindly,
        tmp_path,
        body,
        sender="Andrew Whitman <aw@summitagency.example>",
        subject="Partnership opportunity",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "overview" not in record["draft"]
    assert "put you in touch" not in record["draft"]


# -- "Tuesday, January 19 at noon" gives the talk's time: the yes does not ask for it -------------------------------


@pytest.mark.parametrize("hour", ["at noon", "at midday"])
def test_a_talk_at_noon_is_not_asked_for_its_time(kindly: Kindly, tmp_path: Path, hour: str) -> None:
    record = _to_dana(
        kindly,
        tmp_path,
        "Dana,\n\nI'm program chair for the Rotary Club of Boise. Would you give a 20-minute talk on cyber risk for "
        f"small business at our weekly lunch meeting on Tuesday, January 19, 2027 {hour}? We're about 80 members, "
        "mostly business owners.\n\nBill Hansen\nProgram Chair, Rotary Club of Boise\n",
        sender="Bill Hansen <bill.hansen@example.com>",
        subject="Rotary Club of Boise - program speaker",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "send me the time" not in record["draft"]


# -- "Would you host a table at our career fair?" asks for a table of hers, not for her to host the fair -----------


@pytest.mark.parametrize(
    ("ask", "subject"),
    [
        pytest.param(
            "Would you host a table or join our 'Careers in Insurance' panel to talk with students about getting "
            "licensed?",
            "Boise State Career Fair - insurance industry table",
            id="a-table-at-a-career-fair",
        ),
        pytest.param(
            "Would you be willing to host a booth for students interested in insurance careers?",
            "Boise State Career Fair - booth for insurance agents",
            id="a-booth-at-a-career-fair",
        ),
    ],
)
def test_a_table_at_a_career_fair_is_not_read_as_hosting_the_fair(
    kindly: Kindly, tmp_path: Path, ask: str, subject: str
) -> None:
    record = _to_dana(
        kindly,
        tmp_path,
        f"Hi Dana,\n\nBoise State's Spring Career Fair is on Wednesday, February 10, 2027, 10am-2pm. Our risk "
        f"management and insurance students would love to meet working agents. {ask}\n\nAlicia Park\nCareer "
        "Services, Boise State University\n",
        sender="Alicia Park <aliciapark@boisestate.example.edu>",
        subject=subject,
    )
    assert record["decision"] == "accept", record["reason"]
    assert "as hosts" not in record["draft"]
    assert "host it" not in record["draft"]


# -- the chamber's weekly newsletter lists three events: a calendar to read, not an invitation to decline -----------


def test_a_newsletter_listing_events_is_not_declined(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_dana(
        kindly,
        tmp_path,
        "Chamber Weekly - December 2026\n\nWelcome to our new members! This month: Business After Hours at Zions "
        "Bank (Dec 10), Women in Business luncheon (Dec 15), Eggs & Issues legislative breakfast (Dec 18). Register "
        "at boisechamber.example/events.\n\nUnsubscribe | Update preferences\n",
        sender="Boise Metro Chamber <news@boisechamber.example>",
        subject="Chamber Weekly: December events, new members, ribbon cuttings",
    )
    assert record["decision"] == "ignore", record["reason"]


def test_a_mailing_that_asks_her_to_speak_is_weighed(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same newsletter, but it puts a question to her
    record = _to_dana(
        kindly,
        tmp_path,
        "Chamber Weekly - December 2026\n\nThis month: Business After Hours (Dec 10), Women in Business luncheon "
        "(Dec 15), Eggs & Issues breakfast (Dec 18). Dana, would you speak on small business risk at our January 14 "
        "Lunch & Learn?\n\nUnsubscribe | Update preferences\n",
        sender="Jenna Ortiz <jortiz@boisechamber.example>",
        subject="Chamber Weekly + a speaker request",
    )
    assert record["decision"] != "ignore", record["reason"]
