"""Drafts the persona users of session 22 still had to edit (round two): each yes says yes to what was asked
or offered, each no promises and wishes only what fits whom it answers, and each thanks names what they sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.funders import gift_offered
from kindly.decide.rules import part_that_held
from kindly.model import Intent
from personas import agency_profile, director_profile, job_seeker_profile, to_seeker, to_tom
from support import Kindly, profile_file, triaged_one
from test_s22_board import _to_maggie
from test_s22_jobseek import seekers_yes

AFTERNOON = "Mon, 30 Nov 2026 15:45:00 -0500"  # when Maggie's mail of this round came


# -- her speaker bureau offers to confirm the booking: the yes lets them ------------------------------------------

KEYNOTE = """Hi Maggie,

Beacon Mutual has asked for you to give the keynote at their institutional client forum on Thursday,
February 18, 2027 at the Fairmont Royal York (45 minutes on what audit committees are watching in 2027).
Fee is $8,000 plus expenses, our usual terms.
{ask}
Anita
Northern Lights Speakers
"""
BUREAU = "Anita Roy <anita@northernlightsspeakers.example.com>"


def keynote_asked(kindly: Kindly, tmp_path: Path, ask: str) -> dict[str, Any]:
    """The triage record of the bureau's keynote request to Maggie, ending with `ask`."""
    body = KEYNOTE.format(ask=f"\n{ask}\n")
    return _to_maggie(
        kindly,
        tmp_path,
        body,
        sender=BUREAU,
        subject="Keynote request: Beacon Mutual, Feb 18",
        date=AFTERNOON,
    )


def test_an_agent_who_offers_to_confirm_the_talk_is_told_to_confirm(kindly: Kindly, tmp_path: Path) -> None:
    record = keynote_asked(kindly, tmp_path, "Shall I confirm? They'd like an answer by December 11.")
    assert record["decision"] == "accept", record["reason"]
    assert "February 18" in record["draft"]
    assert "confirm" in record["draft"]
    assert "look forward to it" not in record["draft"]


def test_a_keynote_asked_without_an_offer_to_confirm_is_only_looked_forward_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = keynote_asked(
        kindly, tmp_path, "Would you be able to do it? They'd like an answer by December 11."
    )
    assert record["decision"] == "accept", record["reason"]
    assert "February 18" in record["draft"]
    assert "confirm" not in record["draft"]


# -- a seller's own event declined is not promised to be spread ---------------------------------------------------

BREAKFAST = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Summit Ridge Wealth//Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:summit-ridge-breakfast-20261209@summitridgewealth.example.com
DTSTAMP:20261128T150000Z
DTSTART;TZID=America/Toronto:20261209T073000
DTEND;TZID=America/Toronto:20261209T090000
SUMMARY:Breakfast seminar: Retirement income strategies for former executives
LOCATION:{place}
DESCRIPTION:{description}
ORGANIZER;CN=Paul Kerrigan:mailto:pkerrigan@{domain}
ATTENDEE;CN=Margaret Lindqvist;RSVP=TRUE:mailto:maggie@lindqvist.ca
END:VEVENT
END:VCALENDAR
"""


def _breakfast(
    kindly: Kindly, tmp_path: Path, *, place: str, description: str, domain: str
) -> dict[str, Any]:
    source = tmp_path / "breakfast.ics"
    source.write_text(BREAKFAST.format(place=place, description=description, domain=domain))
    return triaged_one(kindly, source, profile_file(director_profile(), tmp_path))


def test_a_wealth_firms_breakfast_seminar_declined_is_not_promised_to_others(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _breakfast(
        kindly,
        tmp_path,
        place="Summit Ridge Wealth\\, 181 Bay Street\\, Toronto",
        description="Join Summit Ridge Wealth's advisors over breakfast for a seminar on drawing down a portfolio"
        "\\, pension income splitting and estate freezes. Each guest receives a complimentary one-on-one "
        "portfolio review.",
        domain="summitridgewealth.example.com",
    )
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"].lower()
    for promise in ("pass the details on", "mention it to", "tell them about it"):
        assert promise not in draft


def test_a_charitys_breakfast_declined_is_still_passed_on(kindly: Kindly, tmp_path: Path) -> None:
    record = _breakfast(
        kindly,
        tmp_path,
        place="St. Lawrence Hall\\, 157 King Street East\\, Toronto",
        description="Join fellow members of the Riverside Seniors Network over breakfast for a talk on drawing down "
        "a pension. Everyone is welcome.",
        domain="riversideseniors.example.org",
    )
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"].lower()
    assert any(promise in draft for promise in ("pass the details on", "mention it to", "tell them about it"))


# -- a donor is thanked for the gift they weigh, not for an enquiry ------------------------------------------------

DONOR = """Dear Maggie,

My wife and I were moved by the presentation on the Riverdale Hospital Foundation's cardiac wing campaign at the
gala. My father was treated at Riverdale's cardiac unit last year, and our family foundation is {weighs}.

Could we meet in person to talk about the campaign{and_how}? I am free most afternoons next week.

Regards,
Gordon Lau
Lau Family Office
"""


def test_a_donor_who_weighs_a_gift_is_thanked_for_it(kindly: Kindly, tmp_path: Path) -> None:
    body = DONOR.format(
        weighs="considering a significant gift", and_how=" and how a gift might be recognised"
    )
    record = _to_maggie(
        kindly,
        tmp_path,
        body,
        sender="Gordon Lau <gordon@laufamilyoffice.example.com>",
        subject="Riverdale cardiac wing",
        date=AFTERNOON,
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Thank you for considering a gift" in record["draft"]
    assert "inquiry" not in record["draft"] and "enquiry" not in record["draft"]


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("our family foundation is considering a significant gift", True),
        ("We would like to make a donation to the campaign.", True),
        ("Would you consider a gift to our gala?", False),  # asks the reader for one
        ("Are you considering a gift this year?", False),
        ("I am considering a career change.", False),
    ],
)
def test_which_words_weigh_a_gift_of_the_writers_own(text: str, offered: bool) -> None:
    assert gift_offered(text) is offered


# -- a company's hiring task declined: none of her resources, no luck wished with it ------------------------------


def _to_priya(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Priya, the data scientist looking for her next role."""
    mail = to_seeker(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(job_seeker_profile(), tmp_path))


TAKE_HOME = """Hi Priya,

Great chatting last week. As the next step, we'd like you to build a churn model on our real customer data and
present a full go-to-market analysis of your recommendations. Most candidates spend about 15-20 hours on it.
Please send it back within a week.

Brad Keller
CEO, GrowthPilot
"""


def test_a_take_home_declined_offers_the_ceo_none_of_her_posts_and_no_luck(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly,
        tmp_path,
        TAKE_HOME,
        sender="Brad Keller <brad@growthpilot.example>",
        subject="Interview next step: take-home",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    draft = record["draft"]
    assert "unpaid take-home projects over 4 hours" in draft
    assert "priyaraman.example" not in draft and "useful" not in draft
    assert "luck" not in draft.lower() and "all the best with" not in draft.lower()
    # her own hiring process: he got back to her, he did not "think of" her
    assert "getting back to me" in draft
    assert "think of me" not in draft and "thinking of me" not in draft


def test_a_scheme_declined_by_her_rule_is_still_wished_well(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Priya!\n\nBetween jobs? I've been building my own business with Vitalis Wellness - flexible hours, "
        "unlimited income, and you earn commission on everyone you recruit to your team. Would you hop on a Zoom "
        "with me Thursday at 2pm to hear more?\n\nDawn\n"
    )
    record = _to_priya(
        kindly,
        tmp_path,
        body,
        sender="Dawn Miller <dawn.miller.wellness@gmail.com>",
        subject="Be your own boss?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "your business" in record["draft"]
    assert "getting back to me" not in record["draft"]


# -- a no under a rule of several asks quotes the ask that was made -----------------------------------------------


def test_a_commission_only_job_is_declined_by_that_part_of_her_rule(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Priya,\n\nFollowing up on my note last week. We're hiring data-savvy Sales Engineers - it's a "
        "commission-only role with uncapped earnings. Do you have 15 minutes Friday for a call?\n\nJosh Palmer\n"
        "QuotaKing\n"
    )
    record = _to_priya(
        kindly,
        tmp_path,
        body,
        sender="Josh Palmer <josh@quotaking.example>",
        subject="Sales Engineer (commission only)",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "I have a firm rule against commission-only roles" in record["draft"]
    assert "MLM" not in record["draft"]


@pytest.mark.parametrize(
    ("rule", "text", "said"),
    [
        (
            "MLM or commission-only roles",
            "It's a commission-only role with uncapped earnings.",
            "commission-only roles",
        ),
        # "MLM" alone lacks the word "roles" the rule's last part gives both
        ("MLM or commission-only roles", "Join my network marketing team and build your downline!", ""),
        # a part that borrows "unpaid" from the other is not said without it
        ("unpaid talks or podcasts", "Would you come on our podcast? It's unpaid, sadly.", ""),
    ],
)
def test_which_part_of_a_rule_a_message_made(rule: str, text: str, said: str) -> None:
    assert part_that_held(rule, text, Intent.RECRUITING) == (said or rule)


# -- a peer's proposal to send each other clients, with a coffee at a time she names: yes to both ----------------

SWAP = """Hi Tom,

I run Lund Motion, a four-person animation and motion studio in Leeds. We regularly turn away brand identity
work, and I suspect you turn away motion and explainer videos.{swap}

I'm in Manchester on Thursday 10 December - could we grab a coffee at 10:00 near Piccadilly?

Sophie Lund
Founder, Lund Motion
"""


def _to_tom(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, Any]:
    """The triage record of a mail to Tom, who runs a small brand agency in Manchester."""
    mail = to_tom(
        tmp_path / "m.eml", body, sender="Sophie Lund <sophie@lundmotion.co.uk>", subject="Referral swap?"
    )
    return triaged_one(kindly, mail, profile_file(agency_profile(), tmp_path))


def test_a_referral_swap_over_coffee_at_her_time_is_said_yes_to_as_a_swap(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(kindly, tmp_path, SWAP.format(swap=" Would you be open to sending each other clients?"))
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Thursday 10 December at 10:00" in draft
    assert any(
        yes in draft for yes in ("each other's way", "refer clients to each other", "send each other clients")
    )


def test_a_peers_coffee_at_her_time_that_proposes_no_swap_promises_none(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly, tmp_path, SWAP.format(swap=" I'd love to compare notes on running a small studio.")
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday 10 December at 10:00" in record["draft"]
    assert "each other" not in record["draft"]


# -- an employer answering her application did not "think of" her ------------------------------------------------


def _accepted_by_priya(body: str, variant: int) -> str:
    """Priya's yes to a recruiter's mail, in the wording `variant` picks."""
    return seekers_yes(
        body,
        "recruiting",
        variant,
        from_name="Daniel Okafor",
        from_addr="daniel.okafor@lumorahealth.example",
        subject="Senior Data Scientist",
    )


@pytest.mark.parametrize("variant", [0, 1, 2])
@pytest.mark.parametrize(
    "answer",
    [
        "Thank you for your interest in the Senior Data Scientist position on my team.",
        "I've reviewed your resume and would like to talk about the Senior Data Scientist role.",
    ],
)
def test_an_employer_answering_her_application_in_other_words_is_thanked_for_getting_back(
    answer: str, variant: int
) -> None:
    text = _accepted_by_priya(
        f"Hi Priya,\n\n{answer} Could we set up a 45-minute interview?\n\nDaniel", variant
    )
    assert "getting back to me about my application" in text
    assert "think of me" not in text and "thinking of me" not in text


def test_a_recruiter_interested_in_her_work_still_thought_of_her() -> None:
    # near miss: "your interest in" nothing of hers; "reviewed your profile" is a recruiter's search, not her application
    texts = [
        _accepted_by_priya(
            "Hi Priya,\n\nI reviewed your profile and think you'd suit our Senior Data Scientist role. Could we talk?",
            variant,
        )
        for variant in range(3)
    ]
    assert not any("my application" in text for text in texts)
    assert any("think of me" in text for text in texts)


# -- a chat's one-line yes to a coffee says yes to the coffee -----------------------------------------------------

JORDAN = (
    "From: Jordan Ellis (Slack)\nSubject: {subject}\n\nhey Priya! heard about the layoff, that's rough. want to {ask} "
    "next week? I can tell you about the ML platform team at Cedarline, they're hiring a staff MLE. Tuesday or "
    "Wednesday afternoon?\n"
)


def _pasted_to_priya(kindly: Kindly, tmp_path: Path, text: str) -> dict[str, Any]:
    pasted = tmp_path / "dm.txt"
    pasted.write_text(text, encoding="utf-8")
    return triaged_one(kindly, pasted, profile_file(job_seeker_profile(), tmp_path))


def test_a_slack_yes_to_a_coffee_says_coffee(kindly: Kindly, tmp_path: Path) -> None:
    record = _pasted_to_priya(kindly, tmp_path, JORDAN.format(subject="coffee?", ask="grab coffee"))
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "a coffee." in record["draft"]
    assert "Tuesday, December 8" in record["draft"]


def test_a_slack_yes_to_a_lunch_says_lunch_not_coffee(kindly: Kindly, tmp_path: Path) -> None:
    record = _pasted_to_priya(kindly, tmp_path, JORDAN.format(subject="lunch?", ask="grab lunch"))
    assert record["decision"] == "accept", record["reason"]
    assert "coffee" not in record["draft"]
