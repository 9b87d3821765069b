"""Who is a person and how they are greeted, found by four users of the eleventh session (an employment
lawyer, a seed investor, a bookshop owner, a job seeker), each reproduced here before it was fixed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindly.decide.policy import Context, decide
from kindly.decide.words import looks_like_person
from kindly.ingest.headers import parse_address
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Profile, load_profile
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from kindly.understand.extract import extract
from support import EXAMPLES, Kindly, incoming, written_profile

LAWYER_PROFILE = """
[user]
name = "Henrietta Blackwood"
email = "henrietta.blackwood@ashworthkerr.example.co.uk"
signature = "Henrietta Blackwood"
tone = "formal"
date_style = "international"
holidays = "GB-ENG"

[[goals]]
kind = "build_credibility"
description = "CPD seminars for HR professionals and articles for the HR trade press on employment law"
targets = ["HR trade press", "HR Practice Monthly", "Employment Rights Act", "HR professionals"]

[[goals]]
kind = "meet_person"
description = "Meet Dr. Celeste Amadi, the new director of the Pisgah County Public Library"
targets = ["Celeste Amadi", "Pisgah County Public Library"]
"""


def lawyer(tmp_path: Path) -> Profile:
    return written_profile(LAWYER_PROFILE, tmp_path)


def mail(
    text: str, sender: str = "Aisha Rahman", address: str = "aisha.rahman@student.example.ac.uk"
) -> Message:
    return incoming(
        text,
        from_name=sender,
        from_addr=address,
        subject="A question",
        date=datetime(2026, 11, 29, 21, 10, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    "target",
    [
        "Employment Rights Act",  # a statute
        "HR Practice Monthly",  # a publication
        "Pisgah County Public Library",  # an institution
        "Victoria University",  # a first name that opens a body's name
        "Grace Review",
    ],
)
def test_a_law_a_publication_or_an_institution_is_no_target_person(target: str) -> None:
    assert not looks_like_person(target)


@pytest.mark.parametrize("target", ["Celeste Amadi", "Dr. Celeste Amadi", "Dr Obiageli Nwosu", "Will Harper"])
def test_a_person_is_named_by_a_first_name_or_a_title(target: str) -> None:
    assert looks_like_person(target)


def test_a_students_advice_request_naming_a_trade_paper_of_a_goal_is_no_target_persons(
    tmp_path: Path,
) -> None:
    student = mail(
        "Dear Ms Blackwood,\n\nI am a final-year LLB student. I read your article on flexible working in HR Practice "
        "Monthly and found it really inspiring. I wondered whether you might have 20 minutes for a call, so I could "
        "ask a few questions about how you built your career."
    )
    read = Understanding(
        is_invitation=True, intent=Intent.MENTORSHIP_REQUEST, purpose_clear=True, confidence=0.99
    )
    verdict = decide(student, read, lawyer(tmp_path), Context())
    assert verdict.reason_code != "target_person"
    assert verdict.decision is not Decision.ACCEPT


def test_a_librarian_naming_the_library_of_a_goal_is_not_its_director(tmp_path: Path) -> None:
    librarian = mail(
        "Hi Henrietta,\n\nI manage the West Asheville branch of the Pisgah County Public Library. Could we meet for "
        "half an hour to plan a panel?",
        sender="Keith Abernathy",
        address="keith@pisgahlibrary.example.org",
    )
    read = Understanding(
        is_invitation=True, intent=Intent.PARTNERSHIP_PROPOSAL, purpose_clear=True, confidence=0.6
    )
    verdict = decide(librarian, read, lawyer(tmp_path), Context())
    assert verdict.reason_code != "target_person"
    # the director herself, by name, still is
    director = mail(
        "Hi Henrietta, I'd love to meet.", sender="Celeste Amadi", address="camadi@pisgahlibrary.example.org"
    )
    assert decide(director, read, lawyer(tmp_path), Context()).reason_code == "target_person"


@pytest.mark.parametrize(
    ("header", "parsed"),
    [
        # an unquoted comma, as many mail programs write a credential: malformed, but the sender is plain
        (
            "Harold Nguyen, CPA <hnguyen@ledgerline.example.org>",
            ("Harold Nguyen, CPA", "hnguyen@ledgerline.example.org"),
        ),
        ("Reyes, Dana <Dana@Reyes.example>", ("Reyes, Dana", "dana@reyes.example")),
        ('"Reyes, Dana" <dana@reyes.example>', ("Reyes, Dana", "dana@reyes.example")),
        # a real list of two mailboxes still gives the first
        ("Tom Lee <tom@lee.example>, Ann Wu <ann@wu.example>", ("Tom Lee", "tom@lee.example")),
    ],
)
def test_a_sender_is_read_from_the_one_address_in_angle_brackets(
    header: str, parsed: tuple[str, str]
) -> None:
    assert parse_address(header) == parsed


NAMES = st.text(
    st.characters(blacklist_characters='<>@"()\\\r\n', blacklist_categories=("Cs", "Cc")), max_size=30
)


@given(name=NAMES, local=st.from_regex(r"[a-z][a-z0-9.]{0,10}", fullmatch=True))
def test_whatever_the_name_before_it_the_bracketed_address_is_the_senders(name: str, local: str) -> None:
    assert parse_address(f"{name} <{local}@ledgerline.example.org>")[1] == f"{local}@ledgerline.example.org"


@given(st.text(max_size=60))
def test_any_from_header_gives_a_name_and_an_address_and_never_raises(header: str) -> None:
    name, address = parse_address(header)
    assert isinstance(name, str) and isinstance(address, str)


HAROLD = b"""From harold@example Thu Nov 12 09:00:00 2026
From: Harold Nguyen, CPA <hnguyen@ledgerline.example.org>
To: dana@reyesbooks.example
Subject: Coffee next week?
Date: Thu, 12 Nov 2026 09:00:00 -0800
Message-ID: <harold-1@ledgerline.example.org>

Hi Dana,

I run a small bookkeeping practice in Portland and would love to meet for coffee next week to compare notes
on working with design studios. Would Tuesday or Wednesday morning suit you?

Respectfully,
Harold Nguyen, CPA
Managing Partner, LedgerLine Bookkeeping
"""


def test_a_sender_with_an_unquoted_credential_is_greeted_and_answered(kindly: Kindly, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox.mbox"
    inbox.write_bytes(HAROLD)
    profile = str(EXAMPLES / "profile.toml")
    [record] = [
        json.loads(line)
        for line in kindly("triage", str(inbox), "--json", "--profile", profile).stdout.splitlines()
    ]
    assert record["from"].endswith("<hnguyen@ledgerline.example.org>")
    assert record["draft"].startswith("Hi Harold,")
    out = tmp_path / "out"
    result = kindly("drafts", "export", "--dir", str(out), "--profile", profile)
    assert result.exit_code == 0, result.output
    [eml] = out.glob("*.eml")
    reply = message_from_bytes(eml.read_bytes())
    assert reply["To"] == '"Harold Nguyen, CPA" <hnguyen@ledgerline.example.org>'


EXAMPLE = load_profile(EXAMPLES / "profile.toml")
PITCH = Understanding(is_invitation=True, intent=Intent.SALES_PITCH, purpose_clear=True, confidence=0.7)


def greeting(message: Message, tone: str = "warm", profile: Profile = EXAMPLE) -> str:
    profile = profile.model_copy(update={"user": profile.user.model_copy(update={"tone": tone})})
    draft = compose(message, PITCH, Verdict(Decision.DECLINE, "", "not_a_fit"), profile)
    assert draft is not None and check_draft(draft, message, profile).ok
    return draft.text.splitlines()[0]


def from_a_business(name: str, address: str, signature: str = "") -> Message:
    text = "Your business has been selected for a Premium Listing. Reply to this email to confirm."
    return incoming(text, from_name=name, from_addr=address, subject="Premium listing", signature=signature)


def test_a_mailbox_named_for_a_business_is_greeted_by_the_person_who_signs() -> None:
    guide = from_a_business(
        "Asheville Area Business Guide",
        "listings@avlbizguide.example.net",
        "Denise Farrow\nAdvertising Sales, Asheville Area Business Guide",
    )
    assert greeting(guide) == "Hi Denise,"
    assert extract(guide, Intent.SALES_PITCH).sender_name == "Denise Farrow"


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Retail Forward Expo", "exhibit@retailforwardexpo.example.com"),
        ("CareerBoost Pro", "team@careerboostpro.example.com"),
        ("Asheville Area Business Guide", "listings@avlbizguide.example.net"),
    ],
)
def test_a_business_no_person_signs_for_is_greeted_by_no_name(name: str, address: str) -> None:
    unsigned = from_a_business(name, address, f"The {name} Team")
    assert (greeting(unsigned), greeting(unsigned, "formal")) == ("Hi there,", "Dear Sir or Madam,")


@pytest.mark.parametrize(
    ("name", "first"), [("Tunde Bakare", "Tunde"), ("Ngozi DiMaggio", "Ngozi"), ("Sam McKenzie", "Sam")]
)
def test_a_person_whose_first_name_kindly_does_not_know_is_still_greeted_by_it(name: str, first: str) -> None:
    assert greeting(from_a_business(name, "tb@bakare.example")) == f"Hi {first},"


@pytest.mark.parametrize(
    ("sender", "subject", "signature", "organisation"),
    [
        (
            "Rick Dalton <rick@apexsearch.example.com>",
            "Product Owner role",
            "Rick Dalton\nApex Executive Search",
            "Apex Executive Search",
        ),
        (
            "Lars Henriksen <lars.henriksen@nordicclimatesummit.example.org>",
            "Invitation to speak",
            "With kind regards,\n\nLars Henriksen\nSpeaker Relations, Nordic Climate Tech Summit",
            "Nordic Climate Tech Summit",
        ),
        (
            "Climate Tech Toronto <events@climatetechto.example.org>",
            "December Social",
            "See you there!\nClimate Tech Toronto",
            "Climate Tech Toronto",
        ),
        (
            "Giulia Romano <giulia@greenstackevents.example.eu>",
            "Re: Speaking at GreenStack Milan",
            "Giulia",
            "GreenStack",
        ),
        # no name written: the label is read as words where it ends in a kind of body
        ("Oliver Grant <oliver@grantpartners.example.com>", "CTO search", "Oliver", "Grant Partners"),
    ],
)
def test_an_organisation_written_in_the_message_wins_over_the_squashed_domain(
    sender: str, subject: str, signature: str, organisation: str
) -> None:
    text = "Would you have time for a call next week?"
    name, address = parse_address(sender)
    message = Message(
        source="t",
        from_name=name,
        from_addr=address,
        subject=subject,
        body=text,
        own_text=text,
        signature=signature,
    )
    details = extract(message, Intent.COFFEE_CHAT)
    assert details.organisation == organisation and details.role != organisation


@pytest.mark.parametrize(
    ("sender", "opening", "greeted"),
    [
        ("Claire Pemberton", "Dear Henrietta,\n\nIt was a pleasure to meet you.", "Dear Claire,"),
        ("Priyanka Rao", "Hi Henrietta - quick one.", "Dear Priyanka,"),
        # a LinkedIn notice puts the sender's name and headline above their greeting
        (
            "Tom Ashcroft via LinkedIn",
            "Tom Ashcroft\nFounder at Ashcroft Consulting\n\nHi Henrietta, thanks for connecting!",
            "Dear Tom,",
        ),
        # a title still wins, and so does the whole name where the sender wrote no first name
        ("Dr Anika Sharma", "Dear Henrietta,\n\nI lead the MBA elective.", "Dear Dr Sharma,"),
        ("Laura Chen", "Could we meet next week?", "Dear Laura Chen,"),
    ],
)
def test_a_formal_reply_greets_by_first_name_whoever_wrote_by_first_name(
    tmp_path: Path, sender: str, opening: str, greeted: str
) -> None:
    text = f"{opening}\n\nWould you have time for a coffee next week?"
    message = Message(
        source="t",
        from_name=sender,
        from_addr="someone@firm.example.co.uk",
        subject="Coffee?",
        body=text,
        own_text=text,
    )
    assert greeting(message, "formal", lawyer(tmp_path)) == greeted
