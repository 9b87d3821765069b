"""Fourteenth session: a vendor's own event is not a pitch by that alone. A bookkeeper who keeps up with tax
software goes to a software company's free roadshow, a dentist to a dental supplier's CE evening and a developer
to a cloud vendor's hands-on workshop: each is weighed on its fit, the reason naming the goal and saying a
vendor hosts it. A vendor's event that serves no goal, a demo over lunch for one, and any vendor event under a
never-rule are still declined, and a tool the user already has is said to be one they use (never by its name).
Each test runs the mail through `kindly triage`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.learning import learning_goal, what_it_teaches
from kindly.decide.vendor_events import demo_for_one
from support import Kindly, eml, profile_file, triaged_one

BOOKKEEPER = """
[user]
name = "Maggie Doyle"
email = "maggie@doylebooks.example"
signature = "Maggie"
weekly_networking_hours = 4
holidays = "GB-ENG"

[[goals]]
kind = "find_clients"
description = "Find new clients among small business owners"
targets = ["small business owners"]
priority = 1

[[goals]]
kind = "custom"
description = "Stay current on tax software"
targets = ["tax software"]
priority = 2

[[providers]]
category = "payroll software"
name = "BrightPay"
"""

DENTIST = """
[user]
name = "Dr Ana Ruiz"
email = "ana@ruizfamilydental.example"
signature = "Ana"
weekly_networking_hours = 3
date_style = "us"
holidays = "US-TX"

[[goals]]
kind = "custom"
description = "Earn the continuing education credits for my license renewal"
targets = ["continuing education", "CE credits"]
priority = 1

[[providers]]
category = "dental supplies"
name = "Patterson Dental"

[[providers]]
category = "intraoral scanner"
name = "3Shape TRIOS"
"""

DEVELOPER = """
[user]
name = "Sam Okoro"
email = "sam@okoro.dev"
signature = "Sam"
weekly_networking_hours = 4
holidays = "DE-BE"

[[goals]]
kind = "custom"
description = "Learn Kubernetes and cloud infrastructure"
targets = ["Kubernetes", "cloud infrastructure"]
priority = 1

[[providers]]
category = "cloud hosting"
name = "Hetzner"
"""

ROADSHOW = """Hi Maggie,

Join us for the LedgerLoop Xero/QuickBooks roadshow: what's new for 2027 in both ledgers, which tax software
is ready for the Making Tax Digital changes in April, and a live demo of LedgerLoop's new bank feeds. You'll earn
3 CPD hours, and there's plenty of time to meet other bookkeepers in your area over coffee.

Thursday 11 March, 9:30am to 12:30pm, at the Queens Hotel, Leeds. It's free - just reply to book a place.

Best wishes,
Hannah Price
Partner Marketing Manager, LedgerLoop
"""

CE_EVENING = """Dear Dr. Ruiz,

BrightArc Dental Supply would like to invite you to our spring CE evening, "Guided implant surgery for the
general dentist", with Dr. Michael Tran, board-certified periodontist.

Thursday, March 18, 6:00 to 9:00 pm, at the Hyatt Regency Austin. Dinner is provided, and the course carries
2 CE credits (AGD PACE approved). There's no charge for BrightArc customers or their guests.

Please reply to reserve your seat.

Kyle Benson
Territory Sales Representative, BrightArc Dental Supply
"""

WORKSHOP = """Hi Sam,

We're running a free, hands-on workshop in Berlin: "Deploying containers on Kubernetes with NimbusCloud".
In four hours our engineers will walk you through building a cluster, rolling out a service and setting up
autoscaling - bring your laptop, and we'll give you free credits for the labs.

Wednesday 17 March, 13:00-17:00, at the NimbusCloud office, Friedrichstrasse 68.

Reply to this mail to save a seat.

Lena Vogt
Solutions Engineer, NimbusCloud
"""


def triage(
    kindly: Kindly, tmp_path: Path, profile: str, sender: str, subject: str, body: str
) -> dict[str, Any]:
    """One mail, dated ahead so that its days are still to come, through `kindly triage --json`."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    mail = eml(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Mon, 1 Mar 2027 09:00:00 +0000"
    )
    return triaged_one(kindly, mail, profile=profile_file(profile, tmp_path))


# -- 1. a vendor's event that serves a goal is weighed on its fit, and the reason says who hosts it ---------------


def test_a_software_companys_roadshow_serves_a_bookkeepers_goal_of_keeping_up_with_tax_software(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        BOOKKEEPER,
        "Hannah Price <hannah.price@ledgerloop.example>",
        "Join us for the Xero/QuickBooks roadshow in Leeds",
        ROADSHOW,
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["intent"] == "event_invitation"
    assert "Stay current on tax software" in record["reason"]
    assert "A vendor hosts it" in record["reason"] and "expect some selling" in record["reason"]
    assert "see you on Thursday 11 March, 9:30am" in record["draft"]
    # ...while a vendor's webinar that serves none of her goals is still its pitch, declined as such
    body = (
        'Hi Maggie,\n\nJoin us for our webinar "Smarter expense claims" on Wednesday 10 March at 11:00. Our '
        "product team will show how SpendWise cuts the time your staff spend on receipts, with a live demo of "
        "SpendWise Cards.\n\nTom Ellis\nAccount Executive, SpendWise"
    )
    record = triage(
        kindly,
        tmp_path / "webinar",
        BOOKKEEPER,
        "Tom Ellis <tom@spendwise.example>",
        "Webinar: smarter expense claims",
        body,
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["intent"] == "sales_pitch"
    assert "a vendor's own event" in record["draft"]
    assert "see you" not in record["draft"]
    # ...and under a never-rule about vendor events the roadshow itself is declined
    profile = BOOKKEEPER + '\n[[never]]\nwhat = "vendor events"\n'
    record = triage(
        kindly,
        tmp_path / "rule",
        profile,
        "Hannah Price <hannah.price@ledgerloop.example>",
        "Join us for the Xero/QuickBooks roadshow in Leeds",
        ROADSHOW,
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do", record["reason"]
    assert "I have a firm rule against vendor events" in record["draft"]


def test_a_dental_suppliers_ce_evening_serves_a_dentists_goal_of_ce_credits(
    kindly: Kindly, tmp_path: Path
) -> None:
    # read by the model as a pitch from a sales rep of a trade she already has a supplier for: still her CE
    record = triage(
        kindly,
        tmp_path,
        DENTIST,
        "Kyle Benson <kyle.benson@brightarc.example>",
        "CE evening: guided implant surgery for the general dentist",
        CE_EVENING,
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["reason_code"] == "goal_fit"
    assert "continuing education credits" in record["reason"]
    assert "A vendor hosts it" in record["reason"]
    assert "I'd be glad to join" in record["draft"] and "Thursday, March 18" in record["draft"]
    assert "Patterson" not in record["draft"]
    # ...while to a dentist whose networking is for finding a practice to buy, it is the pitch it also is
    profile = DENTIST.replace(
        'description = "Earn the continuing education credits for my license renewal"\n'
        'targets = ["continuing education", "CE credits"]',
        'description = "Find a dental practice to buy in central Texas"\ntargets = ["practice for sale"]',
    )
    record = triage(
        kindly,
        tmp_path / "no-goal",
        profile,
        "Kyle Benson <kyle.benson@brightarc.example>",
        "CE evening: guided implant surgery for the general dentist",
        CE_EVENING,
    )
    assert record["decision"] == "decline", record["reason"]
    assert "see you" not in (record["draft"] or "")


def test_a_cloud_vendors_hands_on_workshop_serves_a_developers_goal_of_learning_kubernetes(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        DEVELOPER,
        "Lena Vogt <lena.vogt@nimbuscloud.example>",
        "Free hands-on workshop: Kubernetes on NimbusCloud",
        WORKSHOP,
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Learn Kubernetes and cloud infrastructure" in record["reason"]
    assert "A vendor hosts it" in record["reason"]
    assert "see you on Wednesday 17 March, 13:00" in record["draft"]


# -- 2. a demo for one is a pitch, and a tool she has is one she uses, never named -------------------------


def test_a_private_demo_over_lunch_is_a_pitch_even_on_the_subject_of_a_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hi Sam,

Could I buy you lunch next week? I'd love to give you a private demo of NimbusCloud Managed Kubernetes -
just the two of us, 45 minutes, and I'll show you how to run Kubernetes clusters and cloud infrastructure
without the pain.

Would Thursday 11 March at 12:30 work?

Lena Vogt
Solutions Engineer, NimbusCloud
"""
    without_provider = DEVELOPER.split("[[providers]]")[0]
    record = triage(
        kindly,
        tmp_path,
        without_provider,
        "Lena Vogt <lena.vogt@nimbuscloud.example>",
        "Lunch and a Kubernetes demo?",
        body,
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["intent"] == "sales_pitch"
    assert "12:30" not in record["draft"] and "see you" not in record["draft"]
    # ...and to a user who has cloud hosting, the honest reason is the one she uses
    record = triage(
        kindly,
        tmp_path / "provider",
        DEVELOPER,
        "Lena Vogt <lena.vogt@nimbuscloud.example>",
        "Lunch and a Kubernetes demo?",
        body,
    )
    assert record["reason_code"] == "has_provider", record["reason"]
    assert "I already use cloud hosting I'm very happy with, so I'm not looking to change." in record["draft"]
    assert "Hetzner" not in record["draft"]  # her provider is her business, not a seller's lead


def test_a_one_to_one_lunch_and_demo_to_a_bookkeeper_says_she_already_uses_payroll_software(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hi Maggie,

I'd love to take you out for lunch one day next week and give you a private demo of PayNest, our payroll
software built for bookkeepers. It would just be the two of us - 45 minutes over a sandwich, and I'll show you
how PayNest runs a 20-person payroll in three clicks.

Would Tuesday 9 March at 12:30 work?

Ryan Kerr
Account Executive, PayNest
"""
    record = triage(
        kindly, tmp_path, BOOKKEEPER, "Ryan Kerr <ryan@paynest.example>", "Lunch and a quick demo?", body
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I already use payroll software I'm very happy with" in record["draft"]
    assert "BrightPay" not in record["draft"] and "Tuesday" not in record["draft"]


# -- 3. the words it rests on ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param("You'll earn 3 CPD hours", 'carries credit ("3 CPD hours")', id="cpd-hours"),
        pytest.param(
            "it carries 2 CE credits (AGD PACE approved)", 'carries credit ("2 CE credits")', id="ce-credits"
        ),
        pytest.param("a free, hands-on workshop", 'teaches ("hands-on")', id="hands-on"),
        pytest.param("Of course, drinks are on us", "", id="of-course-is-no-course"),
        pytest.param("See how our platform cuts absence", "", id="a-pitch-teaches-nothing"),
    ],
)
def test_what_an_event_teaches(text: str, said: str) -> None:
    assert what_it_teaches(text) == said


def test_goals_of_learning_and_demos_for_one() -> None:
    assert learning_goal("Stay current on tax software")
    assert learning_goal("Earn the continuing education credits for my license renewal")
    assert not learning_goal("Find new clients among small business owners")
    assert demo_for_one("I'd love to give you a private demo over lunch") == "private demo"
    assert demo_for_one("It would just be the two of us") == "just be the two of us"
    assert demo_for_one("a live demo for all 200 attendees") == ""
