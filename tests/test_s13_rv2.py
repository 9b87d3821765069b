"""Thirteenth session, code review: rules added for an HR director and a councillor read too much into ordinary
words. A chamber's members' breakfast became a vendor's event ("Join us" and a business-development title), a
public forum's research interview a vendor's research ("growth"), a residents' volunteer a lobbyist ("working
with our committee on their submission"), and a coffee that names where the two met an invitation to join a
group. Each case is the reviewer's mail, run through `kindly triage`."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from support import Kindly

LEEDS_HR = """
[user]
name = "Sophie Turner"
email = "sophie@turnerhr.co.uk"
signature = "Sophie"
tone = "warm"
date_style = "international"
weekly_networking_hours = 4

[[goals]]
kind = "{kind}"
description = "{description}"
targets = [{targets}]
priority = 1
"""
COMMUNITY = LEEDS_HR.format(
    kind="find_community",
    description="Local business owners and HR peers in Leeds",
    targets='"business owners", "HR leaders", "Leeds"',
)
VOICE = LEEDS_HR.format(
    kind="build_credibility",
    description="Be known as an HR voice for small businesses in Yorkshire: talks, interviews and reports",
    targets='"small businesses", "HR", "Yorkshire", "hybrid working"',
)
CLIENTS = LEEDS_HR.format(
    kind="find_clients",
    description="Small businesses in Leeds that need outsourced HR support or interim HR leadership",
    targets='"small businesses", "interim HR", "Leeds"',
)
NO_VENDOR_EVENTS = COMMUNITY + '\n[[never]]\nwhat = "events run by vendors"\n'

COUNCILLOR = """
[user]
name = "Ruth Okonkwo-Baird"
email = "ruth.okonkwo-baird@wcc.govt.nz"
signature = "Ruth"
tone = "formal"
date_style = "international"
weekly_networking_hours = 4

[[goals]]
kind = "find_community"
description = "Residents' associations and community groups in Te Aro"
targets = ["residents associations", "community groups"]
priority = 1

[[never]]
what = "meetings with lobbyists without council staff present"

[[never]]
what = "events with paid entry for politicians"
"""


def triage(kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str, toml: str) -> dict[str, Any]:
    """One mail to the user, through `kindly triage --json`."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    note = EmailMessage()
    note["From"] = sender
    note["To"] = "sophie@turnerhr.co.uk" if "turnerhr" in toml else "ruth.okonkwo-baird@wcc.govt.nz"
    note["Subject"] = subject
    note["Date"] = "Mon, 30 Nov 2026 10:00:00 +0000"
    note["Message-ID"] = f"<{tmp_path.name}@review.example>"
    note.set_content(body)
    eml = tmp_path / "mail.eml"
    eml.write_bytes(bytes(note))
    profile = tmp_path / "profile.toml"
    profile.write_text(toml, encoding="utf-8")
    result = kindly("triage", str(eml), "--profile", str(profile), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


# -- 1. a chamber of commerce's members' breakfast is no vendor's event ------------------------------------------

CHAMBER = """Hi Sophie,

Join us for our members' breakfast on Thursday 10 December at 7:30am at the Queens Hotel, Leeds. It's a relaxed
chance for local business owners and HR leaders to meet, with a short talk from the Leeds City Council economy
team. It's free for members.

Best wishes,
Priya Sandhu
Business Development Manager
Leeds Chamber of Commerce
"""
CHAMBER_FROM = "Priya Sandhu <priya.sandhu@leedschamber.org.uk>"


def test_a_chambers_members_breakfast_is_an_event_to_accept_not_a_vendors(
    kindly: Kindly, tmp_path: Path
) -> None:
    for name, toml in (("plain", COMMUNITY), ("rule", NO_VENDOR_EVENTS)):
        record = triage(
            kindly, tmp_path / name, CHAMBER_FROM, "Leeds Chamber members' breakfast", CHAMBER, toml
        )
        assert record["intent"] == "event_invitation", record["reason"]
        assert record["decision"] == "accept", record["reason"]
        assert "vendor" not in record["draft"] and "vendor" not in record["reason"]
        assert "see you on Thursday 10 December at 7:30am" in record["draft"]


def test_a_business_development_title_alone_makes_no_seller_of_an_events_host(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a firm that is no membership body, whose BD manager invites to its breakfast: no product shown, no vendor
    body = CHAMBER.replace("our members' breakfast", "our breakfast").replace("It's free for members.", "")
    body = body.replace("Leeds Chamber of Commerce", "Hartley & Moss Solicitors")
    sender = "Priya Sandhu <priya@hartleymoss.co.uk>"
    record = triage(kindly, tmp_path / "firm", sender, "Breakfast - 10 December", body, NO_VENDOR_EVENTS)
    assert record["reason_code"] != "never_do", record["reason"]
    assert record["decision"] == "accept", record["reason"]
    # ...while a seller's breakfast that shows its product still falls under the rule
    demo = body.replace(
        "with a short talk from the Leeds City Council economy\nteam.",
        "with a live demo of our HR platform, PeopleDesk.",
    ).replace("Hartley & Moss Solicitors", "PeopleDesk")
    seller = "Priya Sandhu <priya@peopledesk.co.uk>"
    sold = triage(kindly, tmp_path / "seller", seller, "Breakfast - 10 December", demo, NO_VENDOR_EVENTS)
    assert sold["reason_code"] == "never_do", sold["reason"]


# -- 2. a public report's research interview is no vendor's customer research -----------------------------------

FORUM = """Hi Sophie,

The Yorkshire Work Forum is writing a free public report on how small businesses in Yorkshire handle hybrid
working and growth. Would you be willing to give a 30-minute research interview as one of our HR voices? You would
be quoted and credited in the report.

Many thanks,
Martin Kaye
Yorkshire Work Forum
"""


def test_a_public_forums_research_interview_is_accepted_as_a_stage(kindly: Kindly, tmp_path: Path) -> None:
    sender = "Martin Kaye <martin.kaye@yorkshireworkforum.org.uk>"
    record = triage(kindly, tmp_path, sender, "Research interview: hybrid working", FORUM, VOICE)
    assert record["intent"] == "speaking_invitation", record["reason"]
    assert record["decision"] == "accept", record["reason"]
    assert "customer research" not in record["draft"] and "vendor" not in record["draft"]


def test_business_words_in_a_writers_research_interview_make_no_seller(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Sophie,\n\nI'm writing a book on how small businesses in Yorkshire keep sales and growth going with "
        "hybrid teams. Would you give me a 30-minute research interview? You'd be quoted and credited.\n\n"
        "Martin Kaye\nFounder, Kaye Writes"
    )
    sender = "Martin Kaye <martin@kayewrites.co.uk>"
    record = triage(kindly, tmp_path, sender, "Research interview for my book", body, VOICE)
    assert record["intent"] != "sales_pitch", record["reason"]
    assert "customer research" not in (record["draft"] or "")


# -- 3. a residents' association volunteer is no lobbyist ---------------------------------------------------------

RESIDENTS = """Kia ora Ruth,

I'm the volunteer secretary of the Aro Valley Residents Association. I've been working with our committee on their
submission on the district plan change, and we'd love you to come to our community meeting at the Aro Valley
Community Centre on Thursday 10 December at 7pm to hear what residents think.

Nga mihi,
Jo Tamati
"""


def test_a_residents_volunteer_working_on_their_submission_gets_a_yes_without_the_lobbyist_note(
    kindly: Kindly, tmp_path: Path
) -> None:
    sender = "Jo Tamati <jo.tamati@aroresidents.org.nz>"
    record = triage(
        kindly, tmp_path, sender, "Aro Valley residents - our December meeting", RESIDENTS, COUNCILLOR
    )
    assert record["decision"] == "accept", record["reason"]
    assert "see you on Thursday 10 December at 7pm" in record["draft"]
    assert "lobbyists" not in record["draft"] and "lobbyists" not in record["reason"]


def test_a_residents_chair_meeting_before_the_hearing_is_no_lobbyist_but_a_developers_agent_is(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Kia ora Ruth,\n\nI'm the chair of the Newtown Residents' Association. Ahead of the plan change hearing, "
        "we'd love you to come to our community meeting at the Newtown Community Centre on Thursday 10 December "
        "at 7pm to hear what residents think.\n\nNga mihi,\nMere"
    )
    sender = "Mere Walker <chair@newtownresidents.org.nz>"
    record = triage(kindly, tmp_path / "chair", sender, "Newtown residents' meeting", body, COUNCILLOR)
    assert record["decision"] == "accept", record["reason"]
    assert "lobbyists" not in record["draft"] and "lobbyists" not in record["reason"]
    # someone working for a company on its proposal is still one: just the two of them is what the rule rules out
    agent = (
        "Kia ora Ruth,\n\nI've been working with Harbour Quay Developments on their Kent Terrace proposal. "
        "Could we meet for a coffee on Thursday 10 December at 10am? Nothing formal, just the two of us."
        "\n\nSam Hollis"
    )
    sender = "Sam Hollis <sam@hollisadvisory.co.nz>"
    paid = triage(kindly, tmp_path / "agent", sender, "Kent Terrace", agent, COUNCILLOR)
    assert paid["reason_code"] == "never_do", paid["reason"]
    assert "I only do meetings with lobbyists with council staff present" in paid["draft"]


# -- 4. a coffee that names a monthly breakfast is a coffee, not joining a group ----------------------------------

COFFEE = """Hi Sophie,

I'm an employment solicitor in Leeds - we met briefly at our monthly Chamber breakfast. Several of my
small-business clients need outsourced HR support, and I'd like to refer them to you. Could we grab a coffee next
Tuesday to talk about how you work?

Tom
"""


def test_a_coffee_from_someone_met_at_a_monthly_breakfast_is_a_coffee(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(kindly, tmp_path, "Tom Reid <tom@reidlegal.co.uk>", "Coffee?", COFFEE, CLIENTS)
    assert record["intent"] == "coffee_chat", record["reason"]
    assert record["decision"] == "accept", record["reason"]
    assert "join" not in record["draft"]
    assert "Tuesday" in record["draft"]
