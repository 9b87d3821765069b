"""Seventeenth session, an architect's mailbox: Mei Lin Harrow, principal of a nine-person studio in Fitzroy,
Melbourne, finds homeowners who want sustainable, passive-house homes and renovations, speaks about passive-house
design, and looks for a peer group of small sustainable studios."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import (
    ARCHITECT_CLIENTS,
    ARCHITECT_SPEAKING,
    ARCHITECT_STUDIOS,
    answer,
    architect_profile,
    varied,
)
from support import Kindly, eml, profile_file, triaged, triaged_one


def architect(folder: Path, **variations: Any) -> Path:
    """Her profile (`variations`: of architect_profile) where kindly reads it."""
    return profile_file(architect_profile(**variations), folder)


# -- an introduction of people who want the user's work is a prospective client -----------------------------------


def _introduction(folder: Path, wants: str) -> Path:
    return eml(
        folder / "intro.eml",
        "Hi Mei Lin,\n\n"
        f"I'm introducing you to my clients James and Ella Whitby (copied), who have just bought a house in Kew and\n"
        f"{wants}. I told them you're the best person I know for it. I'll let you take it from here.\n\nKate\n",
        sender="Kate Morrison <kate@morrisonlegal.example.com.au>",
        subject="Introduction: Kate Morrison <> Mei Lin Harrow",
        date="Tue, 24 Nov 2026 11:00:00 +1100",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
        cc="James Whitby <james.whitby@example.com>",
    )


def test_an_introduction_of_homeowners_who_want_to_renovate_is_a_client_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = _introduction(tmp_path, "want to\nrenovate it to a very high energy standard")
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert record["decision"] == "accept", record
    assert "find clients" in record["reason"], record["reason"]
    draft = record["draft"]
    assert "Thank you for the introduction, Kate" in draft, draft
    assert "I don't think I'm the right person" not in draft


def test_an_introduction_of_someone_who_wants_to_meet_peers_is_no_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: they want to meet, not to have the work done
    mail = _introduction(tmp_path, "want to meet architects who do renovations")
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert "find clients" not in record["reason"], record


def test_an_introduction_of_someone_who_wants_a_job_is_no_client(kindly: Kindly, tmp_path: Path) -> None:
    mail = _introduction(tmp_path, "hope to join a practice that does renovations")
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert "find clients" not in record["reason"], record


# -- a seller's request for a testimonial is a pitch, not a client's enquiry ---------------------------------------

TESTIMONIAL = """From: Rachel Ong (LinkedIn)
Subject: LinkedIn message

Hi Mei Lin, I'm a product manager at Vistabuild, a BIM platform for small practices. We're running a paid
beta program and looking for studios to write a short testimonial and appear in our launch video in exchange for a
free year. Would you be interested?
"""


def test_a_vendor_asking_for_a_testimonial_is_declined_not_offered_a_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=architect(tmp_path), input=TESTIMONIAL)
    assert record["decision"] == "decline", record
    assert "Would" not in record["draft"], record["draft"]  # no meeting times offered to a seller


def test_a_homeowner_who_read_the_testimonials_on_the_website_is_still_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = """From: Hannah Kim <hannah.kim@example.com>
Subject: New passive house in Castlemaine

Hello Mei Lin,

We've read the testimonials on your website and would love you to design a small passive house on our block near
Castlemaine. Could you send us a fee proposal?

Hannah
"""
    [record] = triaged(kindly, "-", profile=architect(tmp_path), input=mail)
    assert record["decision"] == "accept", record


# -- a yes to an event offered on a choice of days takes one of them -------------------------------------------------


def _glazing(folder: Path) -> Path:
    return eml(
        folder / "glazing.eml",
        "Hi Mei Lin,\n\n"
        "Clearview Glazing runs a one-hour CPD lunch-and-learn on thermally broken aluminium and uPVC windows for\n"
        "passive-house projects. We cater for the team. We have availability on Tuesday 8 December or Wednesday 9\n"
        "December at 12:30pm - would either work for your studio?\n\n"
        "Best regards,\nDaniel Cho\nArchitectural Sales Manager | Clearview Glazing\n",
        sender="Daniel Cho <daniel.cho@clearviewglazing.example.com.au>",
        subject="CPD session on thermally broken glazing",
        date="Thu, 19 Nov 2026 14:20:00 +1100",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
    )


AVAILABILITY = answer(
    ["availability", "start"], "We're taking on new residential projects to start from February 2027."
)


def test_a_yes_to_an_event_offered_on_two_days_confirms_one_of_them(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "collective.eml",
        "Hi Mei Lin,\n\n"
        "I'm one of the organisers of the Small Studios Collective - around a dozen Melbourne architecture studios\n"
        "under 15 people, most of us working on low-energy housing. We meet for a principals' breakfast to share\n"
        "what's working (fees, staffing, certification). This month we have two sittings, on Tuesday 8 December or\n"
        "Wednesday 9 December at 7:30am, at Cafe Lua in Carlton. Would you like to join us?\n\n"
        "Lucy Tran\nPrincipal, Tran Studio\n",
        sender="Lucy Tran <lucy.tran@smallstudiocollective.example.org>",
        subject="Small Studios Collective - December breakfast",
        date="Sat, 21 Nov 2026 09:15:00 +1100",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
    )
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert record["decision"] == "accept", record
    draft = record["draft"]
    assert "Tuesday 8 December at 7:30am." in draft, draft
    assert "Tuesday 8 December or Wednesday 9 December" not in draft


def test_the_senders_own_availability_is_not_asked_of_the_user(kindly: Kindly, tmp_path: Path) -> None:
    # "We have availability on ..." is the sender's: the user's answer about their own availability is not given
    record = triaged_one(kindly, _glazing(tmp_path), profile=architect(tmp_path, answers=[AVAILABILITY]))
    assert "February 2027" not in (record["draft"] or ""), record["draft"]


def test_a_question_about_the_users_availability_is_still_answered(kindly: Kindly, tmp_path: Path) -> None:
    mail = """From: Sophie Nguyen <sophie.nguyen@example.com>
Subject: Passive house extension in Northcote

Hi Mei Lin,

We'd like a passive-house rear extension to our home in Northcote. What is your availability to start a new
project? Could we have a call?

Sophie
"""
    [record] = triaged(kindly, "-", profile=architect(tmp_path, answers=[AVAILABILITY]), input=mail)
    assert record["decision"] == "accept", record
    assert "February 2027" in record["draft"], record["draft"]


# -- a never-rule's word for the user's own trade goes without saying ---------------------------------------------

UNPAID_COMPETITIONS = "unpaid design competitions"


def _competition(folder: Path, terms: str) -> Path:
    return eml(
        folder / "competition.eml",
        "Hi Mei Lin,\n\n"
        "City of Port Phillip has opened an ideas competition for the Elwood Library extension. "
        f"{terms} - but it's a lovely brief and a net-zero building. Desai Architects would love to put in a joint\n"
        "entry with Harrow Lane. Would you be keen? Submissions are due 29 January.\n\n"
        "Priya\nPriya Desai, Director, Desai Architects\n",
        sender="Priya Desai <priya@desaiarchitects.example.com.au>",
        subject="Joint entry for the Elwood Library competition?",
        date="Tue, 24 Nov 2026 17:25:00 +1100",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
    )


def test_an_unpaid_competition_asked_of_an_architect_is_an_unpaid_design_competition(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = _competition(tmp_path, "It's unpaid - no fee for shortlisted teams, just the prize for the winner")
    record = triaged_one(kindly, mail, profile=architect(tmp_path, never=[UNPAID_COMPETITIONS]))
    assert record["decision"] == "decline", record
    assert record["reason_code"] == "never_do", record
    assert "I have a firm rule against unpaid design competitions" in record["draft"], record["draft"]
    assert "overview of what you do" not in record["draft"]


def test_a_competition_that_pays_its_shortlist_is_no_unpaid_one(kindly: Kindly, tmp_path: Path) -> None:
    mail = _competition(tmp_path, "Each shortlisted team is paid a $15,000 design fee")
    record = triaged_one(kindly, mail, profile=architect(tmp_path, never=[UNPAID_COMPETITIONS]))
    assert record["reason_code"] != "never_do", record


def test_the_trade_word_is_said_where_it_is_not_the_users_trade(kindly: Kindly, tmp_path: Path) -> None:
    # a bookkeeper's rule against "unpaid design competitions" needs a competition that says design
    mail = _competition(tmp_path, "It's unpaid - no fee for shortlisted teams, just the prize for the winner")
    bookkeeping = varied(
        ARCHITECT_CLIENTS, description="Owners of small studios who need monthly bookkeeping"
    )
    bookkeeper = architect(
        tmp_path, goals=[bookkeeping, ARCHITECT_SPEAKING, ARCHITECT_STUDIOS], never=[UNPAID_COMPETITIONS]
    )
    record = triaged_one(kindly, mail, profile=bookkeeper)
    assert record["reason_code"] != "never_do", record


# -- a school's guest critic is thanked as a critic, not as a speaker ---------------------------------------------


def test_a_guest_critic_at_final_reviews_is_thanked_as_a_critic_not_a_speaker(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "crits.eml",
        "Dear Mei Lin,\n\n"
        "I coordinate the third-year Design Studio at the Melbourne School of Design. This semester the studio has\n"
        "focused on low-energy housing and several students have cited your Brunswick passive house. Would you be\n"
        "willing to join us as a guest critic for the final reviews on Monday 7 December, 9:30am to 1pm, at the Glyn\n"
        "Davis Building?\n\nWe offer a small honorarium of $300.\n\nWith thanks,\nDr Anika Rao\nLecturer in Architecture\n",
        sender="Dr Anika Rao <anika.rao@uni.example.edu.au>",
        subject="Guest critic - Design Studio 3 final crits",
        date="Wed, 11 Nov 2026 16:45:00 +1100",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
    )
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert record["decision"] == "accept", record
    assert "build credibility" in record["reason"], record["reason"]
    draft = record["draft"]
    assert "the invitation to be a guest critic" in draft, draft
    assert "glad to join as a guest critic on Monday 7 December" in draft, draft
    assert "speak" not in draft


# -- a publication that "selects" the studio and sells it the page is paying to appear ----------------------------


def _featured(folder: Path, price: str) -> Path:
    return eml(
        folder / "featured.eml",
        "Hi Mei Lin,\n\n"
        "Congratulations! Our editors have selected Harrow Lane Architects for our 'Studios to Watch 2027' feature.\n"
        f"{price}\n\n"
        "Please let me know by 30 November to secure your place.\n\n"
        "Clara Voss\nPartnerships Manager, Homes & Habitat\n",
        sender="Clara Voss <clara@homesandhabitat.example.com>",
        subject="Be featured in Homes & Habitat's 'Studios to Watch' 2027",
        date="Tue, 17 Nov 2026 13:30:00 +1100",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
    )


def test_a_paid_profile_sold_to_the_studio_it_selected_is_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = _featured(
        tmp_path,
        "A featured profile (full page, photography of two projects, interview) is $1,850 + GST, or a half page at $990.",
    )
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert record["decision"] == "decline", record
    assert record["reason_code"] == "pays_to_appear", record
    draft = record["draft"]
    assert "I don't pay to be featured, so I'll have to pass." in draft, draft
    assert "awards" not in draft
    assert "overview of what you do" not in draft


def test_a_selection_that_costs_nothing_is_not_paying_to_appear(kindly: Kindly, tmp_path: Path) -> None:
    mail = _featured(tmp_path, "There is no cost to you: we'd send a writer and a photographer in January.")
    record = triaged_one(kindly, mail, profile=architect(tmp_path))
    assert record["reason_code"] != "pays_to_appear", record


# -- a fake portal that asks for the reader's password is a scam -------------------------------------------------


def _tender(folder: Path, access: str) -> Path:
    return eml(
        folder / "tender.eml",
        "Dear Supplier,\n\n"
        'You have been invited to submit a tender for "Residential Development - 14 Units, Hawthorn". The tender\n'
        f"documents are awaiting your download. {access}\n\nTenderLink Australia Procurement Team\n",
        sender="TenderLink Australia <noreply@tenderlink-au.example.net>",
        subject="ACTION REQUIRED: Tender documents awaiting your download",
        date="Wed, 25 Nov 2026 03:12:00 +0000",
        to="Mei Lin Harrow <meilin@harrowlane.example.com.au>",
    )


def test_a_tender_portal_that_asks_for_the_email_password_is_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    access = (
        "To access the documents, verify your account by entering your email\npassword at the secure portal below "
        "within 24 hours, otherwise your invitation will expire: http://tenderlink-au-verify.example.net/login"
    )
    record = triaged_one(kindly, _tender(tmp_path, access), profile=architect(tmp_path))
    assert record["decision"] == "ignore", record
    assert record["reason_code"] == "scam", record
    assert "entering your email password" in record["reason"], record["reason"]


def test_a_portal_that_asks_you_to_set_a_password_to_register_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    access = "Register on the portal to download them; you will be asked to set a password when you register."
    record = triaged_one(kindly, _tender(tmp_path, access), profile=architect(tmp_path))
    assert record["reason_code"] != "scam", record
