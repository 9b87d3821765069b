"""Leftovers the users of sessions 24 and 25 reported (session 26, left): Wren the photographer (personas
`photo_profile`), Helen the professor (`prof_profile`), Rory the gym owner (`gym_profile`) and Hannah the vet
(`vet_profile`). Each test is their mail and what kindly must make of it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from personas import (
    GYM_OWNER,
    PROF_HELEN,
    gym_profile,
    photo_profile,
    prof_profile,
    to_gym,
    to_hannah,
    to_photo,
    to_prof,
    vet_profile,
)
from support import Kindly, eml, profile_file, triaged, triaged_one

WORKSHOP_ANSWER = "My Light & Lens workshop runs twice a year in Asheville"


def _to_wren(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Wren against her profile."""
    mail = to_photo(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(photo_profile(), tmp_path))


# -- 1. a question about her own workshop is a would-be student's, however it opens ------------------------------


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(
            "Hi Wren,\n\nI'm trying to get better with natural light. When is your next Light & Lens workshop, and "
            "how much does it cost?\n\nSam\n",
            "Your workshop",
            id="advice-like-opening",
        ),
        pytest.param(
            "Hello,\n\nI've been wanting to improve my portraits for a while. Do you have spots left in your spring "
            "workshop? How do I sign up?\n\nThanks,\nJo\n",
            "Workshop",
            id="spots-and-sign-up",
        ),
        pytest.param(
            "Hi Wren,\n\nI shoot with a little mirrorless and want to learn to see the light better. When is the "
            "next workshop you teach, and what are the dates?\n\nPriya\n",
            "Question",
            id="the-next-one",
        ),
    ],
)
def test_a_question_about_her_own_workshop_is_a_students_not_advice_asked(
    kindly: Kindly, tmp_path: Path, body: str, subject: str
) -> None:
    record = _to_wren(kindly, tmp_path, body, sender="Sam Ortiz <sam.ortiz@example.com>", subject=subject)
    assert record["intent"] == "client_inquiry", record["reason"]
    assert record["decision"] == "accept", record["reason"]
    assert WORKSHOP_ANSWER in record["draft"], record["draft"]
    assert "advice" not in record["draft"]


def test_a_seller_asking_about_her_workshop_is_still_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the seller names her workshop too, but to sell her seats, not to take one
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nWe help photographers fill their workshops with our booking platform. When is your next "
        "workshop? We could list it for you.\n\nKyle\n",
        sender="Kyle Benton <kyle@seatfill.example>",
        subject="Workshop",
    )
    assert record["intent"] != "client_inquiry", record["reason"]


# -- 2. a client asking for her gallery link again: client service, shown as hers to answer -----------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Wren,\n\nCould you resend the link to our wedding gallery? I can't find the email and my mom wants "
            "to order prints.\n\nThanks!\nMaya\n",
            id="resend-the-link",
        ),
        pytest.param(
            "Hi Wren! I can't find our gallery link anywhere - could you send it over when you get a chance?\n\nJess\n",
            id="cannot-find-it",
        ),
        pytest.param(
            "Hello Wren,\n\nOur download link has expired. Would you mind sending a new one?\n\nTom\n",
            id="link-expired",
        ),
    ],
)
def test_a_client_asking_for_her_gallery_again_is_hers_to_answer_as_a_clients(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_wren(
        kindly, tmp_path, body, sender="Maya Chen <maya.chen@example.com>", subject="Our gallery"
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "client_service"), record["reason"]
    assert "yours to answer - from a client" in record["reason"]
    assert not record["draft"]


def test_a_link_to_someone_elses_event_asked_again_is_no_client_service(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "send ... again" of a link that is no work of hers
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren, could you send me the link to the venue's open house again? Thanks, Claire\n",
        sender="Claire Dunn <claire@theridgevenue.example>",
        subject="Link",
    )
    assert record["reason_code"] != "client_service", record["reason"]


# -- 5b. a supplement pitch by its kinds: her rule against "selling supplements" meets whey, pre-workout, creatine --


def _to_rory(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Rory against her profile."""
    mail = to_gym(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(gym_profile(), tmp_path))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Rory,\n\nI'm the regional rep for PeakFuel. Our grass-fed whey protein and clean pre-workout are "
            "flying off the shelves at gyms like yours. Could I drop by with samples and talk about stocking them at "
            "your front desk? We offer 40% margins.\n\nBest,\nTyler\n",
            id="whey-and-pre-workout-stocked",
        ),
        pytest.param(
            "Hi Rory, we make a micronized creatine monohydrate that your members would love. Would you carry it at "
            "your gym? Happy to send samples.\n\nDana\n",
            id="creatine-carried",
        ),
        pytest.param(
            "Hi Rory,\n\nWe'd love to partner with Ironside: your members get 20% off our whey protein, and you earn "
            "a commission on every sale through your link. Open to a quick call?\n\nMarco\n",
            id="whey-on-commission",
        ),
    ],
)
def test_a_pitch_of_a_kind_of_supplement_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_rory(
        kindly, tmp_path, body, sender="Tyler Vance <tyler@peakfuel.example>", subject="Partnership"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "supplements" in record["reason"]
    assert "selling or endorsing supplements" in record["draft"], record["draft"]


def test_protein_bars_handed_out_at_a_race_are_no_supplements_sold(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a kind of supplement named, but nothing asked to be sold or endorsed
    record = _to_rory(
        kindly,
        tmp_path,
        "Hi Rory,\n\nWe're organising the Tacoma Waterfront 10K on April 18 and would love Ironside to run the warm-up "
        "for the runners. There'll be protein bars and coffee at the finish. Interested?\n\nJen\n",
        sender="Jen Park <jen@tacoma10k.example>",
        subject="Warm-up at the Tacoma 10K",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 6. naming the lab she already uses is her choice: `name_providers` in her profile -----------------------------

LAB_PITCH = (
    "Hi Dr. Brennan,\n\nI'm with Antech Diagnostics. We're offering clinics in Central Oregon next-day results on all "
    "reference lab work and 20% off in-house analyzers for your first year. Could I stop by for 15 minutes next week "
    "to walk you through it?\n\nBest,\nKevin Shaw\nTerritory Manager, Antech\n"
)


def _lab_pitch_to_hannah(kindly: Kindly, tmp_path: Path, *, name_providers: bool | None) -> dict[str, Any]:
    """The record of a lab's pitch to Hannah, her profile saying `name_providers` (or nothing of it, for None)."""
    profile = vet_profile()
    if name_providers is not None:
        profile = profile.replace("[user]\n", f"[user]\nname_providers = {str(name_providers).lower()}\n", 1)
    mail = to_hannah(
        tmp_path / "mail.eml",
        LAB_PITCH,
        sender="Kevin Shaw <kshaw@antech.example>",
        subject="Lab services for Cedar Hollow",
    )
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))


@pytest.mark.parametrize("choice", [None, False], ids=["left-out", "off"])
def test_a_lab_pitch_is_declined_without_naming_her_lab_by_default(
    kindly: Kindly, tmp_path: Path, choice: bool | None
) -> None:
    record = _lab_pitch_to_hannah(kindly, tmp_path, name_providers=choice)
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "I already work with a provider I'm very happy with" in record["draft"], record["draft"]
    assert "IDEXX" not in record["draft"]


def test_a_lab_pitch_names_her_lab_when_she_chose_so(kindly: Kindly, tmp_path: Path) -> None:
    record = _lab_pitch_to_hannah(kindly, tmp_path, name_providers=True)
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert (
        "For a diagnostic lab, I already work with IDEXX Reference Laboratories and I'm very happy with them"
        in record["draft"]
    ), record["draft"]


def test_software_she_uses_is_named_as_used_when_she_chose_so() -> None:
    from kindly.reply.provider_words import already_have

    said = already_have("practice management software", "ezyVet", "practice management software", named=True)
    assert said == (
        "For practice management software, I already use ezyVet and I'm very happy with it, so I'm not looking to "
        "change."
    )


# -- 4a. a program officer asking to talk about her own proposal: a yes with times, though no goal is funding -------


def _to_helen(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Helen against her profile."""
    mail = to_prof(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(prof_profile(), tmp_path))


@pytest.mark.parametrize(
    ("body", "sender", "subject"),
    [
        pytest.param(
            "Dear Dr. Okonkwo-Barr,\n\nI am the program officer for Environmental Engineering in CBET. I have read "
            "the panel summaries for your proposal on hybrid membrane-GAC treatment for small systems, and I'd like to "
            "talk with you about a possible revised budget before I make a recommendation. Are you available for a "
            "20-minute call this week or next?\n\nBest regards,\nLaura Mendez\nProgram Director, CBET, National "
            "Science Foundation\n",
            "Dr. Laura Mendez <lmendez@nsf.example.gov>",
            "Following up on your CBET proposal",
            id="revised-budget-call",
        ),
        pytest.param(
            "Dear Professor Okonkwo-Barr,\n\nThank you for your grant application to the Water Research Foundation. "
            "The reviewers' comments were very positive, and as program officer I would like to set up a time to "
            "discuss the project timeline with you. Could you let me know when you are free next week?\n\n"
            "Sincerely,\nMark Ortega\nProgram Officer, Water Research Foundation\n",
            "Mark Ortega <mortega@waterrf.example.org>",
            "Your grant application",
            id="timeline-read-as-a-clients",
        ),
    ],
)
def test_a_program_officer_asking_to_talk_about_her_proposal_gets_a_yes_with_times(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str
) -> None:
    record = _to_helen(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("accept", "own_proposal"), record["reason"]
    draft = record["draft"]
    assert "Thank you for your message about my proposal" in draft, draft
    assert "glad to speak with you" in draft, draft
    # two times in her hours: Tuesday or Thursday afternoon, or Friday morning
    assert any(day in draft for day in ("Tuesday", "Thursday", "Friday")), draft
    assert "inquiry" not in draft


def test_a_program_officers_notice_that_asks_nothing_is_no_call_to_propose(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: her proposal, the funder's notice, but no call asked
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nAs program officer for CBET, I am writing to let you know that the panel reviews "
        "for your proposal are now available in Research.gov. No action is needed at this time.\n\nBest,\n"
        "Laura Mendez\nProgram Director, CBET\n",
        sender="Dr. Laura Mendez <lmendez@nsf.example.gov>",
        subject="Reviews available",
    )
    assert record["decision"] != "accept", record["reason"]


# -- 5a. the pilot partner's follow-up in a thread under way is thanked for following up, not "for your inquiry" -----

NINA = "Nina Patel <npatel@cascadehealth.example>"


@pytest.mark.parametrize(
    ("body", "tone"),
    [
        pytest.param(
            "Hi Rory,\n\nGreat talking last week! Leadership approved the pilot, so we'd love to start in mid-January "
            "with two sessions a week for 20 staff. Could we find a time next week to plan the details?\n\nThanks,\n"
            "Nina\nBenefits Manager, Cascade Health\n",
            "warm",
            id="pilot-approved",
        ),
        pytest.param(
            "Hi Rory,\n\nThe pilot has been a hit with our staff. We'd love to expand your corporate wellness program to "
            "our Tacoma office next quarter. Could we set up a call to talk about adding 15 more employees?\n\n"
            "Best,\nNina\n",
            "formal",
            id="formal-tone",
        ),
    ],
)
def test_a_partners_follow_up_in_a_thread_is_not_thanked_like_a_first_contact(
    kindly: Kindly, tmp_path: Path, body: str, tone: str
) -> None:
    follow_up = eml(
        tmp_path / "follow-up.eml",
        body,
        sender=NINA,
        subject="Re: Corporate wellness pilot",
        date="Tue, 01 Dec 2026 09:00:00 -0800",
        to=GYM_OWNER,
        message_id="nina-2@cascadehealth.example",
        in_reply_to="rory-1@ironsidestrength.example",
    )
    profile = gym_profile().replace('tone = "warm"', f'tone = "{tone}"', 1)
    record = triaged_one(kindly, follow_up, profile_file(profile, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "for following up" in record["draft"], record["draft"]
    assert "inquiry" not in record["draft"]
    assert "think of me" not in record["draft"] and "thinking of me" not in record["draft"]


def test_a_first_enquiry_with_a_re_subject_alone_is_still_thanked_for_the_inquiry(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "Re:" without the headers of a reply is how a cold mail looks familiar, no thread under way
    first = eml(
        tmp_path / "first.eml",
        "Hi Rory,\n\nI run employee wellness at Cascade Health. We'd like to pilot an on-site strength program for "
        "about 20 of our staff this spring. Could we set up a call?\n\nNina Patel\nBenefits Manager\n",
        sender=NINA,
        subject="Re: Corporate wellness pilot",
        date="Tue, 01 Dec 2026 09:00:00 -0800",
        to=GYM_OWNER,
    )
    record = triaged_one(kindly, first, profile_file(gym_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "following up" not in record["draft"], record["draft"]


# -- 4b. a site visit proposed after the call she said yes to is a new ask, not "already replied" --------------------

PO = "Dr. Laura Mendez <lmendez@nsf.example.gov>"
PO_CALL = (
    "Dear Dr. Okonkwo-Barr,\n\nI am the program officer for Environmental Engineering in CBET. I have read the panel "
    "summaries for your proposal on hybrid membrane-GAC treatment, and I'd like to talk with you about a possible "
    "revised budget. Are you available for a 20-minute call this week or next?\n\nBest regards,\nLaura Mendez\n"
    "Program Director, CBET, National Science Foundation\n"
)


def _after_her_yes_went(kindly: Kindly, tmp_path: Path, reply: str) -> dict[str, Any]:
    """The record of the program officer's `reply` in the thread whose call Helen said yes to (kindly's yes, sent)."""
    profile = profile_file(prof_profile(), tmp_path)
    call = eml(
        tmp_path / "1-call.eml",
        PO_CALL,
        sender=PO,
        subject="Following up on your CBET proposal",
        date="Mon, 30 Nov 2026 09:00:00 -0500",
        to=PROF_HELEN,
        message_id="po-1@nsf.example.gov",
    )
    [yes] = triaged(kindly, call, profile=profile)
    assert yes["decision"] == "accept" and yes["draft"], yes["reason"]
    with sqlite3.connect(kindly.database) as db:  # she sent kindly's yes as it stood
        db.execute("UPDATE drafts SET status = 'sent'")
    answer = eml(
        tmp_path / "2-answer.eml",
        reply,
        sender=PO,
        subject="Re: Following up on your CBET proposal",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        to=PROF_HELEN,
        message_id="po-2@nsf.example.gov",
        in_reply_to="po-1@nsf.example.gov",
    )
    [record] = triaged(kindly, answer, profile=profile)
    return record


def test_a_site_visit_proposed_after_the_call_is_a_new_ask_left_to_her(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _after_her_yes_went(
        kindly,
        tmp_path,
        "Dear Helen,\n\nThank you - I'll send a Zoom link for the call. Separately, as program officer I would like "
        "to see the pilot rig described in your proposal: could I visit your lab at CSU in February? Would February 9 "
        "or February 10 work?\n\nBest,\nLaura\n",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "thread_question"), record["reason"]
    assert "asks something new" in record["reason"] and "the pilot rig" in record["reason"]


def test_a_thanks_for_the_yes_that_asks_nothing_new_stays_quiet(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: no new day, no question - the yes that went answers it
    record = _after_her_yes_went(
        kindly,
        tmp_path,
        "Dear Helen,\n\nThank you - that works. I'll send a Zoom link for the call.\n\nBest,\nLaura\n",
    )
    assert record["reason_code"] != "thread_question", record["reason"]


# -- 3. a venue's open house written to her from its events mailbox: the yes or no it gets is drafted -------------

RIDGE_EVENTS = "The Ridge Events <events@theridgevenue.example>"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Wren,\n\nThe Ridge is hosting a vendor open house on Tuesday, January 12 from 4 to 7pm - tours of the "
            "new terrace, bites from our caterers and a chance to meet planners. Please RSVP here by January 5: "
            "https://theridgevenue.example/openhouse\n\nWarmly,\nClaire Dunn\nEvents Manager, The Ridge\n",
            id="rsvp-link",
        ),
        pytest.param(
            "Dear Wren,\n\nWe'd love for you to join us at our Winter Open House for wedding professionals on "
            "Thursday, January 14 from 11am to 1pm. RSVP at www.theridgevenue.example/rsvp.\n\nBest,\nMeg Harlan\n"
            "Sales Director, The Ridge\n",
            id="rsvp-site",
        ),
    ],
)
def test_a_venues_open_house_written_to_her_gets_a_draft_of_its_answer(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_wren(kindly, tmp_path, body, sender=RIDGE_EVENTS, subject="Vendor open house - RSVP")
    assert record["decision"] in ("accept", "decline"), record["reason"]
    assert record["draft"], record["reason"]


def test_an_open_house_mailed_to_everyone_is_still_answered_through_its_link(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the same mailbox, no one greeted and no one signing - a mailing
    record = _to_wren(
        kindly,
        tmp_path,
        "Dear wedding professionals,\n\nThe Ridge is hosting a vendor open house on Tuesday, January 12 from 4 to "
        "7pm. Please RSVP here by January 5: https://theridgevenue.example/openhouse\n\nThe Ridge Events Team\n",
        sender=RIDGE_EVENTS,
        subject="Vendor open house - RSVP",
    )
    assert not record["draft"], record["draft"]
