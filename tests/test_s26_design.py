"""Margot Ellison, an interior designer who runs Ellison & Pine Interiors, a 3-person residential and boutique-hotel
studio in Charleston, SC (session 26, design): builders, architects and realtors who refer larger projects are
her clients' way in, she wants an editorial feature, local teaching and a peer group of studio owners, and she
already has her design software, bookkeeper and photographer. Each test is a message from her mailbox that
kindly read wrongly before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import DESIGN_MARGOT, design_profile, to_design
from support import Kindly, eml, profile_file, triaged, triaged_one


def _to_margot(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Margot against her profile."""
    mail = to_design(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(design_profile(), tmp_path))


# -- an architect brings her a boutique hotel: "interior designer" is her trade, not a pitch for design software ----


def test_an_architect_whose_hotel_needs_an_interior_designer_is_a_client_not_a_software_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_margot(
        kindly,
        tmp_path,
        "Margot,\n\nOur firm is starting schematic design on a 22-room boutique hotel in downtown Beaufort, a "
        "conversion of an 1880s bank building. The owner wants an interior designer on the team from the start. "
        "Could we meet for an hour to walk you through the drawings? Wednesday December 9 at 3:30pm at our office "
        "on King Street would work for me.\n\nThanks,\nPriya Natarajan, AIA\nNatarajan Lowe Architects",
        sender="Priya Natarajan <priya@natarajanlowe.example>",
        subject="Boutique hotel in Beaufort - interior designer?",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "software" not in record["draft"]
    assert "Wednesday December 9 at 3:30pm works for me" in record["draft"]


def test_a_builder_whose_clients_need_a_designer_on_board_is_weighed_as_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    # another wording: a builder, "needs a designer on board", no time offered
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nWe're framing a 6,000 sq ft custom home on Kiawah this spring and the family needs an "
        "interior designer on board before we order finishes. Could we get together at our office to go over the "
        "plans?\n\nBest,\nGrant Hale\nHale Builders",
        sender="Grant Hale <grant@halebuilders.example>",
        subject="Kiawah custom home - designer needed",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "software" not in (record["draft"] or "")


def test_a_design_software_pitch_to_interior_designers_is_still_declined_for_her_own_software(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the product said beside the trade's doers is still a pitch for what she has
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nPlanly is the project software interior designers love: proposals, purchase orders and "
        "client portals in one place. Can I show you a 15-minute demo this week?\n\nCheers,\nSam Ortiz\nPlanly",
        sender="Sam Ortiz <sam@planly.example>",
        subject="15-minute demo?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]


# -- the shipping-agent scam: a bulk order paid by card, collected by the buyer's own freight forwarder ------------


def test_a_bulk_order_paid_by_card_and_collected_by_their_freight_forwarder_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_margot(
        kindly,
        tmp_path,
        "Hello,\n\nWe are furnishing a new hotel project and want to order 40 lounge chairs and 20 sofas from "
        "your store. Please send price list and availability. We will pay by credit card and our freight "
        "forwarder will pick up the goods from you. Kindly reply urgently.\n\nRegards,\nJames Walker\n"
        "Procurement Manager",
        sender="James Walker <jameswalker.procurement@mail.example>",
        subject="Bulk order inquiry",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert not record["draft"]


def test_a_cheque_from_which_she_is_to_pay_their_shipping_agent_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    # another wording: a cheque, and the reader paying the sender's shipper
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi,\n\nI need 12 custom dining chairs and two rugs for my boutique hotel in Savannah. I will send you a "
        "cashier's check for the total and you will pay our shipping agent from it when he collects.\n\n"
        "Thanks,\nPeter Morgan",
        sender="Peter Morgan <p.morgan.hotel@mail.example>",
        subject="Order for my hotel",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]


def test_a_hotel_owner_whose_movers_collect_and_who_pays_an_invoice_is_a_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: their own movers, but an invoice paid by bank transfer
    record = _to_margot(
        kindly,
        tmp_path,
        "Hello Margot,\n\nWe're renovating the lobby of our 30-room boutique hotel on Meeting Street and would "
        "love your help choosing and sourcing the furniture. Our movers will pick up anything from your "
        "warehouse; send the invoice and we pay by bank transfer. Could we set up a call next week?\n\n"
        "Best,\nClaire Dubose\nThe Dubose Hotel",
        sender="Claire Dubose <claire@dubosehotel.example>",
        subject="Lobby furniture for our hotel",
    )
    # (kindly still reads this one as a sales pitch - a separate gap, noted for the lead - but never as a scam)
    assert record["reason_code"] != "scam", record["reason"]
    assert record["draft"]


# -- an architect answers her own coffee invitation with a time, and no "yes" ---------------------------------------


@pytest.mark.parametrize(
    "answer, taken",
    [
        pytest.param(
            "Great to meet you too! How about Tuesday, December 8 at 8:30am at Harbinger Cafe?",
            "Tuesday, December 8 at 8:30am",
            id="how-about",
        ),
        pytest.param(
            "Good to hear from you. Could we do Wednesday, December 9 at 3pm at Kudu Coffee?",
            "Wednesday, December 9 at 3pm",
            id="could-we-do",
        ),
    ],
)
def test_a_time_offered_back_for_her_own_invitation_is_taken(
    kindly: Kindly, tmp_path: Path, answer: str, taken: str
) -> None:
    own = eml(
        tmp_path / "1-own.eml",
        "Hi Tom,\n\nIt was great to meet you at the AIA holiday party. Would you like to get coffee sometime and "
        "talk about how we might work together on your residential projects?\n\nMargot\n",
        sender=DESIGN_MARGOT,
        subject="Coffee after the AIA party?",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to="Tom Baxter <tom@baxterarch.example>",
        message_id="margot-1@ellisonpine.example",
    )
    reply = eml(
        tmp_path / "2-reply.eml",
        f"Hi Margot,\n\n{answer}\n\nTom\n",
        sender="Tom Baxter <tom@baxterarch.example>",
        subject="Re: Coffee after the AIA party?",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        to=DESIGN_MARGOT,
        message_id="tom-1@baxterarch.example",
        in_reply_to="margot-1@ellisonpine.example",
    )
    _, record = triaged(kindly, own, reply, profile=profile_file(design_profile(), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request"), record["reason"]
    assert f"{taken} works for me" in record["draft"]


# -- a realtor asks for coffee "to see if we could refer to each other": the purpose is said -----------------------


def test_a_realtor_asking_coffee_to_refer_to_each_other_is_accepted_not_asked_what_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    dm = tmp_path / "dm.txt"
    dm.write_text(
        "From: Lauren Pierce (LinkedIn)\nSubject: LinkedIn message\n\nHi Margot - I'm a realtor with Carolina One on "
        "Daniel Island. My buyers keep asking who can help them renovate and furnish after closing. Would love to "
        "connect and grab coffee to see if we could refer to each other.\n\nLauren\n"
    )
    record = triaged_one(kindly, dm, profile_file(design_profile(), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "is there something specific" not in record["draft"]


def test_a_builder_asking_to_meet_to_refer_clients_to_one_another_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    # another wording, by e-mail
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nI'm a custom home builder in Mount Pleasant. Would you be up for lunch sometime this month? "
        "I think we could refer to one another quite a bit.\n\nCole Brennan\nBrennan Homes",
        sender="Cole Brennan <cole@brennanhomes.example>",
        subject="Lunch?",
    )
    assert record["decision"] == "accept", record["reason"]


def test_a_vague_coffee_from_a_stranger_is_still_asked_what_for(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: nothing said of referrals
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nI came across your studio and would love to connect. Do you have 20 minutes for a quick call "
        "next week?\n\nBest,\nChris Avery",
        sender="Chris Avery <chris.avery@mail.example>",
        subject="Quick call?",
    )
    assert (record["decision"], record["reason_code"]) == ("ask_details", "purpose_unclear"), record["reason"]


# -- a student asks to shadow her: "your work" and "a day" are no reason to send the guide she wrote for builders ---


def test_a_student_asking_to_shadow_her_is_not_sent_her_guide_for_builders(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Ms. Ellison,\n\nI'm a junior studying interior design at the College of Charleston and I really admire "
        "your work. Would you be open to letting me shadow you for a day, or meeting for coffee so I can ask about "
        "your career path?\n\nThank you,\nMaya Johnson",
        sender="Maya Johnson <maya.johnson@cofc.example.edu>",
        subject="Shadowing / coffee?",
    )
    assert record["reason_code"] != "refer_resource", record["reason"]
    assert "for-builders" not in (record["draft"] or "")


def test_a_student_asking_how_designers_work_with_builders_is_sent_that_guide(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a question the guide answers, in its own words, still gets it
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nI'm an interior design student writing a paper on how designers work with builders and "
        "architects - when a designer comes onto a project, and how drawings are shared. Could I ask you a few "
        "questions about that?\n\nThanks,\nRoss Gale",
        sender="Ross Gale <ross.gale@cofc.example.edu>",
        subject="Designers, builders and architects",
    )
    assert "https://ellisonpine.example/for-builders" in (record["draft"] or ""), record["reason"]


# -- "we'd like to feature your project" and "you've been selected as a winner", each with a fee: paying to appear --


def test_a_feature_offered_for_a_participation_fee_is_declined_as_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nOur editors loved your recent coastal project and would like to feature it in the Spring "
        "issue of Southern Interiors Showcase. Featured designers receive a 4-page spread and a digital profile. "
        "The participation fee for the feature is $1,950, payable on acceptance.\n\nBest,\nRyan Cole\n"
        "Features Coordinator, Southern Interiors Showcase",
        sender="Ryan Cole <ryan@southerninteriorsshowcase.example>",
        subject="Feature your project in our Spring issue",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    assert "$1,950" in record["reason"]


def test_a_firm_selected_as_a_winner_for_a_winners_fee_is_declined_as_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_margot(
        kindly,
        tmp_path,
        "Congratulations Margot!\n\nEllison & Pine Interiors has been selected as a winner of the 2027 Best in "
        "Charleston Design Award. To claim your award plaque, digital badge and winner's listing, please complete "
        "your registration and the $399 winner's fee by December 15.\n\nBest regards,\nAward Committee\n"
        "Best in Charleston Awards",
        sender="Best in Charleston Awards <awards@bestincharleston.example>",
        subject="Congratulations - you're a 2027 winner!",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]


def test_an_editor_who_would_like_to_feature_her_project_for_free_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the same words of a feature, and no fee
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nI'm an editor at Lowcountry Living. We would love to feature your Ansonborough townhouse "
        "project in our summer issue. Could you send a few professional photos and a short description by "
        "January 15?\n\nBest,\nLaura Bennett\nSenior Editor, Lowcountry Living",
        sender="Laura Bennett <laura@lowcountryliving.example>",
        subject="Your Ansonborough townhouse - summer issue?",
    )
    assert record["decision"] == "accept", record["reason"]


# -- an editor asks for photos by a date: the yes is to send them, not a meeting ------------------------------------


@pytest.mark.parametrize(
    "ask, promised",
    [
        pytest.param(
            "Could you send me a selection of professional photos and a short description by January 15?",
            "send you a selection of professional photos and a short description by January 15.",
            id="photos-by-a-date",
        ),
        pytest.param(
            "Could you share your floor plans and a few images with us by Friday, January 8?",
            "send you my floor plans and a few images by Friday, January 8.",
            id="share-your-plans",
        ),
    ],
)
def test_an_editor_asking_for_photos_is_promised_them_with_no_meeting_proposed(
    kindly: Kindly, tmp_path: Path, ask: str, promised: str
) -> None:
    record = _to_margot(
        kindly,
        tmp_path,
        "Dear Margot,\n\nI'm an editor at Charleston Home + Design. We're planning our summer 2027 issue and I'd love "
        f"to see more of your Ansonborough townhouse project for a possible editorial feature. {ask}\n\nBest,\n"
        "Laura Bennett\nSenior Editor, Charleston Home + Design",
        sender="Laura Bennett <laura@charlestonhomedesign.example>",
        subject="Your Ansonborough townhouse - summer issue?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert promised in record["draft"]
    assert "work for you?" not in record["draft"]


def test_an_editor_asking_for_times_for_a_call_is_offered_times(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: what is to be sent is her availability for a call - a meeting, answered with times
    record = _to_margot(
        kindly,
        tmp_path,
        "Dear Margot,\n\nI'm an editor at Charleston Home + Design and I'd love to talk about your Ansonborough "
        "townhouse for a possible editorial feature. Could you send me a few times that work for a call?\n\nBest,\n"
        "Laura Bennett\nSenior Editor, Charleston Home + Design",
        sender="Laura Bennett <laura@charlestonhomedesign.example>",
        subject="Your Ansonborough townhouse",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "send you" not in record["draft"]


# -- a fabric rep's pitch: her "performance linens" are a mill's fabrics, not a restaurant's laundry ----------------


def test_a_fabric_reps_pitch_is_passed_on_as_fabrics_not_linen_and_laundry(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_margot(
        kindly,
        tmp_path,
        "Hi Margot,\n\nI'm the new Carolinas rep for Harlow Textiles. I'd love to stop by your studio for a 30-minute "
        "deskside and show you our new performance linens and wallcoverings. Do you have time next Tuesday or "
        "Wednesday morning?\n\nBest,\nTessa Moore\nHarlow Textiles",
        sender="Tessa Moore <tessa.moore@harlowtextiles.example>",
        subject="Deskside appointment - new performance linens",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "laundry" not in record["draft"]
    assert "fabrics and wallcoverings" in record["draft"]
