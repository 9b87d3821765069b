"""Renata Solberg, a senior engineering manager who hires (and is not looking for a job), as she meets kindly: a
candidate's thank-you after an interview is a note to read, not a recruiter to turn down; a meetup asking her team
to host serves her hiring; a numbered newsletter is news; a VP's yes to mentoring that proposes a time is answered
inside her hours; "never job interviews" is her own interviewing; a seller's walkthrough is a vendor demo; the yes
to hosting says so; a recorded talk is not "written up"; a short "let's connect" that asks for her time is asked
what it is about; a "shared document" whose access expires at a look-alike domain is a scam."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.model import Decision, Intent, Referral, Understanding, Verdict
from kindly.reply.compose import compose
from personas import eng_manager_profile, to_renata
from support import Kindly, incoming, profile_file, triaged_one, written_profile


def _to_renata(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, **headers: str
) -> Any:
    """The triage record of a mail to Renata against her profile."""
    mail = to_renata(tmp_path / "mail.eml", body, sender=sender, subject=subject, **headers)
    return triaged_one(kindly, mail, profile_file(eng_manager_profile(), tmp_path))


# -- 1. a candidate's thank-you after the interview asks nothing: no "I'm not looking for a new role" ------------

THANK_YOUS = [
    "Hi Renata,\n\nThanks again for taking the time to talk with me yesterday about the Senior Backend role. I "
    "really enjoyed hearing how the team thinks about reconciliation. Looking forward to hearing about next "
    "steps.\n\nBest,\nMarcus\n",
    "Renata - thank you so much for meeting with me on Friday about the staff engineer opening. The settlement "
    "design discussion was the best interview conversation I've had this year.\n\nAll the best,\nPriyanka\n",
]


@pytest.mark.parametrize("body", THANK_YOUS)
def test_a_candidates_thank_you_after_an_interview_gets_no_reply(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        body,
        sender="Marcus Lee <marcus.lee.eng@gmail.com>",
        subject="Thank you for yesterday",
    )
    assert record["decision"] == "ignore", record["reason"]
    assert not record["draft"]


def test_a_thank_you_that_asks_for_a_second_meeting_is_still_weighed(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Renata,\n\nThanks for the chat yesterday about Ledgerline! Would you be up for a follow-up call with "
        "our two maintainers next week about the multi-currency extension we'd like to contribute?\n\nSofia\n"
    )
    record = _to_renata(
        kindly,
        tmp_path,
        body,
        sender="Sofia Marin <sofia@quillpay.example>",
        subject="Follow-up on Ledgerline",
    )
    assert record["decision"] != "ignore", record["reason"]


# -- 2. a meetup asking her team to host is an event that serves her hiring, not a recruiter's approach ----------

HOST_ASKS = [
    (
        "Would Tidewater Pay host a Seattle Distributed Systems meetup?",
        "Hi Renata,\n\nI run Seattle Distributed Systems (about 2,400 members, usually 60-80 people in the room). "
        "We're looking for a host for our January meetup on Thursday, January 21, 6:00-8:30 pm. Hosts provide the "
        "space and a 5-minute slot to talk about their team and open roles; we bring the speakers and a pizza "
        "sponsor.\n\nWould your team be up for hosting at your South Lake Union office? It's usually a great hiring "
        "evening for the host - lots of senior backend folks come.\n\nThanks!\nTomas\n",
    ),
    (
        "Hosting the Rust & Go backend night in March?",
        "Hello Renata - the Puget Sound Backend Engineers user group needs a venue for our March 11 evening (two "
        "talks, about 50 senior and staff engineers). We'd love you to host it; hosts get a few minutes to pitch "
        "their hiring.\n\nCheers, Amira\n",
    ),
]


@pytest.mark.parametrize(("subject", "body"), HOST_ASKS)
def test_a_meetup_asking_her_team_to_host_is_a_yes_for_her_hiring(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_renata(
        kindly, tmp_path, body, sender="Organizer <org@backend-meetup.example>", subject=subject
    )
    assert record["decision"] == "accept", (record["intent"], record["reason"])
    assert "new role" not in record["draft"]


def test_a_recruiter_pitching_her_a_role_is_still_turned_down(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Renata,\n\nI'm recruiting a Director of Engineering for a fintech in Seattle: you'd own the platform "
        "that hosts their payments and card issuing. Would you be open to a 20-minute call this week?\n\nKyle\n"
    )
    record = _to_renata(
        kindly, tmp_path, body, sender="Kyle Brandt <kyle@apexsearch.example>", subject="Director role"
    )
    assert record["intent"] == "recruiting"
    assert record["decision"] == "decline"


def test_an_evening_for_people_she_does_not_hire_is_not_taken_for_her_hiring(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Renata,\n\nJoin us for the Seattle Marketing Leaders holiday mixer on Thursday, December 17 at 6 pm: "
        "drinks, brand storytelling and a gift swap for marketing professionals. RSVP by Friday!\n\nJen\n"
    )
    record = _to_renata(
        kindly, tmp_path, body, sender="Jen Park <jen@marketingleaders.example>", subject="Mixer"
    )
    assert record["decision"] != "accept", record["reason"]


# -- 3. a newsletter with an issue number is news to read, not an event to accept ------------------------------

NEWSLETTER = (
    "This week in The Platform Letter:\n\n- Paved roads that engineers actually use\n- Error budgets for payments: a "
    "case study\n- Events: join us for our virtual meetup on December 17!\n\nYou're receiving this because you "
    "subscribed at platformletter.dev. Unsubscribe anytime.\n"
)


@pytest.mark.parametrize(
    "subject", ["The Platform Letter #212: paved roads, error budgets, and more", "Backend Digest, Issue 48"]
)
def test_a_numbered_newsletter_naming_a_meetup_gets_no_reply(
    kindly: Kindly, tmp_path: Path, subject: str
) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        NEWSLETTER,
        sender="The Platform Letter <newsletter@platformletter.example>",
        subject=subject,
    )
    assert record["decision"] == "ignore", record["reason"]


def test_a_numbered_meetup_invitation_is_still_an_invitation(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Renata,\n\nSeattle Distributed Systems #45 is on Thursday, January 21 at 6 pm. This time:\n\n- Raft in "
        "production\n- Exactly-once payments\n- Hiring lightning talks\n\nWould you and your senior engineers join "
        "us? Unsubscribe from meetup mails at any time.\n"
    )
    record = _to_renata(
        kindly,
        tmp_path,
        body,
        sender="Tomas Varga <tomas@seattledistsys.example>",
        subject="Invitation: SDS #45",
    )
    assert record["decision"] != "ignore", record["reason"]


# -- 4. the VP's yes to mentoring that proposes a time is answered: at a time inside her hours -----------------

MENTOR_YES = (
    "Hi Renata,\n\nThank you for the thoughtful note - and congratulations on the Ledgerline launch. I'd be glad to\n"
    "mentor you. What I've found works best is a monthly 45-minute conversation with a loose agenda that you\n"
    "own. Shall we start on Thursday, December 10 at 8:00 am Pacific? I'll send a video link.\n\nWarmly,\nHelena\n\n"
    "Helena Marsh\nVP Engineering, Fernline\n\nOn Mon, Nov 16, 2026 at 8:02 PM Renata Solberg "
    "<renata.solberg@tidewaterpay.com> wrote:\n> Hi Helena,\n>\n> We met briefly after your LeadDev keynote in "
    "October. I lead the payments platform org at Tidewater\n> Pay (40 engineers) and I'm working toward a director "
    "role. Would you consider mentoring me, maybe a\n> monthly conversation? I completely understand if you don't "
    "have the time.\n>\n> Renata\n"
)


def test_a_mentors_yes_that_proposes_a_focus_morning_gets_a_yes_at_a_time_she_meets(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        MENTOR_YES,
        sender="Helena Marsh <helena.marsh@fernline.example>",
        subject="Re: Would you consider mentoring me?",
        in_reply_to="renata-ask@tidewaterpay.com",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "8:00 am Pacific doesn't work" in record["draft"]
    assert "1:00 pm" in record["draft"] or "2:30 pm" in record["draft"]


def test_a_reply_that_offers_a_day_for_coffee_is_answered(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Renata - of course, happy to share what I learned going from EM to director. How about Monday, December 14 "
        "at 2pm at the Fernline office?\n\nHelena\n"
    )
    record = _to_renata(
        kindly,
        tmp_path,
        body,
        sender="Helena Marsh <helena.marsh@fernline.example>",
        subject="Re: coffee in December?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["draft"]


@pytest.mark.parametrize(
    "body",
    [
        "Hi Renata,\n\nThanks - Thursday at 2pm works. See you then!\n\nHelena\n",
        "Hi Renata,\n\nShall we keep notes in the shared doc from now on? Easier for both of us.\n\nHelena\n",
    ],
)
def test_a_reply_that_only_confirms_or_proposes_no_day_asks_no_new_meeting(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_renata(
        kindly, tmp_path, body, sender="Helena Marsh <helena.marsh@fernline.example>", subject="Re: mentoring"
    )
    assert record["decision"] == "ignore", record["reason"]


# -- 5. "never job interviews" is her own interviewing: not a podcast's interview nor an agency's candidates ------

AGENCY_PITCHES = [
    "Hello Renata,\n\nI noticed Tidewater Pay has several senior backend openings. At CodeCraft Search we specialise "
    "in distributed systems talent and I currently have three pre-vetted senior engineers (Go/Java, Kafka) actively "
    "interviewing. Our fee is 20% of first-year salary.\n\nCould we set up 15 minutes to discuss your hiring needs? "
    "I can send anonymised profiles beforehand.\n\nPriya Shah\nAccount Director, CodeCraft Search\n",
    "Hi Renata - two staff-level payments engineers I place are interviewing this month and would suit your "
    "platform team. Happy to share candidate profiles; our placement fee is 18%. Free for a quick call this "
    "week?\n\nDan\nTalentLoop\n",
]


@pytest.mark.parametrize("body", AGENCY_PITCHES)
def test_an_agency_offering_candidates_is_told_she_already_has_one(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_renata(
        kindly, tmp_path, body, sender="Priya Shah <priya@codecraft.example>", subject="Candidates"
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "has_provider", record["reason"]
    assert "job interviews" not in record["draft"]


def test_a_podcast_that_would_interview_her_about_ledgerline_is_no_job_interview(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Renata,\n\nI host Fintech Builders, a podcast for engineers building payment systems. We'd love to "
        "interview you about Ledgerline and what your team learned from open-sourcing it. About 45 minutes, any "
        "weekday afternoon in January. Interested?\n\nHannah\n"
    )
    record = _to_renata(
        kindly, tmp_path, body, sender="Hannah Weiss <hannah@fintechbuilders.example>", subject="Pod"
    )
    assert record["decision"] == "accept", record["reason"]


def test_a_job_interview_offered_to_her_is_still_turned_down(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Renata, our CTO would like to set up a job interview with you for our Head of Payments Engineering "
        "role. Would Tuesday work?\n\nLauren, Pike Executive Search\n"
    )
    record = _to_renata(
        kindly, tmp_path, body, sender="Lauren Pike <lauren@pikesearch.example>", subject="Interview"
    )
    assert record["decision"] == "decline", record["reason"]


# -- 6. a seller's "15 minutes to walk you through it" is a vendor demo her procurement rule covers ------------

WALKTHROUGHS = [
    "Renata -\n\nEngineering leaders at 3 of the top 10 payment companies now use Pairwise, our AI coding assistant. "
    "We'd love to offer your org a free 30-day pilot for all 40 engineers.\n\nCan I grab 15 minutes with you on "
    "Tuesday or Thursday morning to walk you through it?\n\nJordan\nHead of Partnerships, Pairwise AI\n",
    "Hi Renata, we built Tracefold, an incident analytics tool for payments teams. I'd love 20 minutes next week to "
    "walk your team through our platform - teams like yours cut pager noise by 40%.\n\nMaya, Tracefold\n",
]


@pytest.mark.parametrize("body", WALKTHROUGHS)
def test_a_sellers_walkthrough_falls_under_her_rule_on_vendor_demos(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_renata(
        kindly, tmp_path, body, sender="Jordan Blake <jordan@pairwise.example>", subject="Pilot"
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do", record["reason"]
    assert "procurement" in record["draft"]


def test_being_asked_to_walk_a_team_through_ledgerline_is_no_vendor_demo(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Renata, my team at Quillpay just adopted Ledgerline for wallet balances. Could you walk us through how "
        "you'd want a multi-currency extension designed, on a 30 min call with our engineers?\n\nSofia\n"
    )
    record = _to_renata(
        kindly, tmp_path, body, sender="Sofia Marin <sofia@quillpay.example>", subject="Ledgerline"
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 7. the yes to hosting says so, and does not answer where the office is when nobody asked -----------------


def test_the_yes_to_hosting_a_meetup_says_she_hosts_and_answers_nothing_unasked(
    kindly: Kindly, tmp_path: Path
) -> None:
    subject, body = HOST_ASKS[0]
    record = _to_renata(kindly, tmp_path, body, sender="Tomas Varga <tomas@sds.example>", subject=subject)
    assert "host it" in record["draft"]
    assert "hybrid" not in record["draft"]


def test_a_candidate_asking_whether_the_role_is_in_the_office_gets_her_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Renata, I saw the Staff Backend Engineer opening on your Payments Platform team - I've built ledger "
        "services in Go for six years. Is the role based in the office, or hybrid? Could we have a 20-minute chat "
        "next week?\n\nWei\n"
    )
    record = _to_renata(kindly, tmp_path, body, sender="Wei Zhang <wei@zhang.example>", subject="Staff role")
    assert record["decision"] == "accept", record["reason"]
    assert "hybrid out of Seattle" in record["draft"]


# -- 8. a recorded talk offered instead of a coffee is never said to be "written up" ---------------------------

TALK = Referral(
    "My talk: Idempotency keys in anger",
    "A 30-minute recorded talk on making payment retries safe",
    "https://tidewaterpay.com/eng-blog/idempotency-talk",
)
GUIDE = Referral(
    "Payments onboarding notes",
    "A long blog post on ledgers and retries",
    "https://tidewaterpay.com/eng-blog/notes",
)


def _pointed_to(resource: Referral, tmp_path: Path) -> list[str]:
    """The drafts, in every wording, that point a bootcamp graduate's coffee ask to `resource`."""
    profile = written_profile(eng_manager_profile(), tmp_path)
    ask = incoming(
        "Hi Renata, I just finished a coding bootcamp and I'm really interested in payments engineering. Could I buy "
        "you a coffee and pick your brain about how to break into the field?\n\nDevon",
        subject="coffee?",
        from_name="Devon Carter",
        from_addr="devon@mail.example",
    )
    read = Understanding(True, Intent.MENTORSHIP_REQUEST, True, 0.9)
    verdict = Verdict(Decision.REFER, "resource", "refer_resource", referral=resource)
    drafts = [compose(ask, read, verdict, profile, variant=variant) for variant in range(3)]
    return [draft.text for draft in drafts if draft is not None]


def test_a_newcomer_pointed_to_her_recorded_talk_is_never_told_it_is_written_up(tmp_path: Path) -> None:
    drafts = _pointed_to(TALK, tmp_path)
    assert len(drafts) == 3
    for text in drafts:
        assert "Idempotency keys in anger" in text
        assert "written up" not in text, text


def test_a_written_guide_may_still_be_written_up(tmp_path: Path) -> None:
    assert any("written up" in text for text in _pointed_to(GUIDE, tmp_path))


# -- 9. a short "let's connect" that asks for her time is asked what it is about, not left unanswered ----------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Renata, would love to connect. do you have 15 mins next week?\n\nChris\n",
        "Renata - great to connect! Free for a quick call Thursday?\n\nSam\n",
    ],
)
def test_a_stranger_asking_for_her_time_is_asked_what_it_is_about(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_renata(
        kindly, tmp_path, body, sender="Chris Dunn <chris.dunn2@mail.example>", subject="quick chat"
    )
    assert record["decision"] == "ask_details", record["reason"]


def test_a_bare_connection_request_still_gets_no_reply(kindly: Kindly, tmp_path: Path) -> None:
    body = "Hi Renata, I'd love to connect!\n\nRaj\n"
    record = _to_renata(kindly, tmp_path, body, sender="Raj Patel <raj@mail.example>", subject="Connecting")
    assert record["decision"] == "ignore", record["reason"]


def test_the_thanks_for_thinking_of_her_team_as_hosts_says_thinking_of_once(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = written_profile(eng_manager_profile(), tmp_path)
    subject, body = HOST_ASKS[0]
    ask = incoming(body, subject=subject, from_name="Tomas Varga", from_addr="tomas@sds.example")
    read = Understanding(True, Intent.EVENT_INVITATION, True, 0.9)
    for variant in range(3):
        draft = compose(ask, read, Verdict(Decision.ACCEPT, "fits", "goal_fit"), profile, variant=variant)
        assert draft is not None
        assert "as hosts" in draft.text
        assert "think of me" not in draft.text, draft.text


# -- 10. a "shared document" whose access runs out, asking her work login at a look-alike domain, is a scam -----

SHARED_PHISH = (
    "Renata Solberg,\n\nA document has been shared with you:\n\n    2027 Compensation Adjustments.xlsx\n\nYour access "
    "expires in 24 hours. Sign in with your corporate credentials to view:\n\n    "
    "https://tidewaterpay-docs.example.com/login?doc=88213\n\nThis link was sent to renata.solberg@tidewaterpay.com.\n"
)


def test_a_shared_document_that_expires_and_asks_her_login_is_flagged_as_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renata(
        kindly,
        tmp_path,
        SHARED_PHISH,
        sender="Tidewater Docs <no-reply@tidewaterpay-docs.example.com>",
        subject='Renata, "2027 Compensation Adjustments.xlsx" was shared with you',
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]


def test_a_plain_share_notice_with_no_clock_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Kevin Osei shared a document with you:\n\n    Q1 hiring plan\n\nOpen: https://docs.example.com/d/8821\n\n"
        "You're receiving this because Kevin shared it with renata.solberg@tidewaterpay.com.\n"
    )
    record = _to_renata(
        kindly,
        tmp_path,
        body,
        sender="Kevin Osei (via Docs) <drive-shares-noreply@docs.example.com>",
        subject="Document shared with you: Q1 hiring plan",
    )
    assert record["reason_code"] != "scam", record["reason"]
