"""Dr. Helen Okonkwo-Barr, associate professor of environmental engineering at Colorado State University in Fort
Collins (session 25, prof): industry partners for her water-treatment lab, a mentor toward full professor, talks at
her field's conferences and jobs for her graduating PhD students; she never pays to publish or present, never
consults for free and never sits through lab-equipment demos."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import prof_profile, to_prof
from support import Kindly, profile_file, triaged_one


def _to_helen(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Helen against her profile."""
    mail = to_prof(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(prof_profile(), tmp_path))


# -- 1. a former PhD student asks for a reference letter: "as my PhD advisor" says whose work she knows -----------


def test_a_former_phd_student_asking_for_a_letter_is_said_yes_to(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Hi Helen,\n\nI hope you and the lab are well! I'm applying for tenure-track faculty positions this cycle, "
        "and I'd be so grateful if you could write a reference letter for me as my PhD advisor. The first deadline "
        "is December 15.\n\nThank you so much,\nMaria\n",
        sender="Maria Santos <maria.santos@wsu.example.edu>",
        subject="Reference letter for faculty applications",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "reference"), record["reason"]
    assert "as my PhD advisor" in record["reason"]
    assert "glad to write you a letter" in record["draft"]


def test_a_stranger_who_would_like_her_as_a_mentor_still_names_no_work_together(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "as my mentor" is a wish, not work done together
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Professor,\n\nI admire your research and would love to have you as my mentor. Could you also write "
        "me a letter of recommendation for graduate school?\n\nBest,\nTom\n",
        sender="Tom Reyes <tom.reyes@mail.example.com>",
        subject="Recommendation letter",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "reference"), record["reason"]


# -- 2. an employer or a colleague asks after her graduating students: her placement goal, not a role for her ------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Anna Kowalski <anna.kowalski@veoliawater.example>",
            "Hiring PhD-level process engineers",
            "Hi Professor Okonkwo-Barr,\n\nI'm a technical recruiter at Veolia Water Technologies. We're hiring two "
            "PhD-level process engineers for our advanced treatment R&D group in Colorado, starting summer 2027. "
            "Would any of your graduating PhD students be interested? Happy to share the job descriptions.\n\n"
            "Best,\nAnna\n",
            id="a-recruiter-asks-whether-her-graduating-students-are-interested",
        ),
        pytest.param(
            "Prof. James Whitaker <jwhitaker@umich.example.edu>",
            "Postdoc opening - any of your students finishing?",
            "Hi Helen,\n\nGood to see you at AEESP in June. I have a two-year NSF-funded postdoc opening on "
            "electrochemical PFAS destruction starting around August 2027. Do you have a PhD student finishing who "
            "might be a fit? I'd be happy to talk with them directly.\n\nBest,\nJim\n",
            id="a-professor-with-a-postdoc-asks-for-a-student-finishing",
        ),
    ],
)
def test_a_role_offered_for_her_students_serves_her_placement_goal(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_helen(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["decision"] == "accept", record["reason"]
    assert "Place my graduating PhD students" in record["reason"]
    assert "new role" not in record["draft"]


def test_a_role_offered_to_her_is_still_a_recruiters_approach(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the role is for her; her students are not asked after
    record = _to_helen(
        kindly,
        tmp_path,
        "Hi Helen,\n\nI'm a recruiter at Veolia Water Technologies. We're hiring a Director of Process R&D in Denver "
        "and your background looks like a strong fit. Are you open to a confidential conversation?\n\nBest,\nAnna\n",
        sender="Anna Kowalski <anna.kowalski@veoliawater.example>",
        subject="Director of Process R&D",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "Place my graduating PhD students" not in record["reason"]


# -- 3. a place sold to her: a "discounted registration" for an honorary speaker, a fee for an editorial board seat --


def test_an_honorary_speaker_offered_a_discounted_registration_pays_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Hi Dr. Helen, we'd be honored to have you as Honorable Speaker at the Global Summit on Water Treatment "
        "2027 (Paris). Speakers get a discounted registration of EUR 699. Interested? Kevin\n",
        sender="Dr. Kevin Roy <kevin.roy@scisummits.example>",
        subject="Speaker invite",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    assert "I do not pay to appear" in record["draft"]


def test_invited_speakers_who_get_free_registration_are_not_charged(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the registration is given, not sold
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nI am organizing an invited session on PFAS treatment for small utilities at "
        "WEFTEC 2027 in Chicago. I'd like to invite you to give a 20-minute talk on your pilot results. Invited "
        "speakers receive complimentary full conference registration (a $1,150 value).\n\nBest regards,\nOlu Adeyemi\n",
        sender="Dr. Olu Adeyemi <oadeyemi@wef.example.org>",
        subject="Invited talk - WEFTEC 2027 PFAS session",
    )
    assert record["decision"] == "accept", record["reason"]


def test_an_editorial_board_seat_sold_for_a_membership_fee_is_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Esteemed Professor Okonkwo-Barr,\n\nIn recognition of your outstanding contributions to the field, we "
        "are honored to invite you to join the Editorial Board of the International Journal of Environmental "
        "Sciences and Engineering. Board members are asked to contribute one paper per year. A one-time membership "
        "fee of USD 250 supports our open-access mission.\n\nPlease reply with your CV and photograph.\n\nBest "
        "regards,\nEditorial Office\n",
        sender="IJESE Editorial Board <board@ijese-global.example>",
        subject="Invitation to join the Editorial Board",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    assert "I do not pay for a seat on a board" in record["draft"]


def test_an_editorial_board_with_no_fee_is_not_a_seat_sold(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a board that charges nothing
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nOn behalf of the editors of Environmental Science: Water Research & Technology, "
        "I would like to invite you to join our Editorial Board for a three-year term. Board members handle about "
        "six manuscripts a year; there is no fee of any kind.\n\nBest regards,\nProf. Anne Moreau\n",
        sender="Prof. Anne Moreau <amoreau@rsc.example.org>",
        subject="Invitation to join the Editorial Board",
    )
    assert record["reason_code"] != "pays_to_appear", record["reason"]


# -- 4. a colleague's mentoring for her path to full professor: an emeritus's offer, the university's programme ----


def test_an_emeritus_colleague_offering_to_talk_through_her_path_to_full_professor_is_her_mentor(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Helen,\n\nNow that I'm emeritus I have more time than I know what to do with. I sat on the college "
        "promotion committee for nine years and would be glad to read your dossier plan and talk through the path "
        "to full professor, if that would be useful. Coffee sometime in the next few weeks?\n\nRichard Hale\n"
        "Professor Emeritus, Civil & Environmental Engineering\n",
        sender="Prof. Richard Hale <richard.hale@colostate.example.edu>",
        subject="Coffee? Thinking about your full-professor case",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "find mentor goal" in record["reason"]


def test_a_colleague_who_would_talk_through_a_product_is_no_mentor(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: talking through a product is a pitch however glad its seller is
    record = _to_helen(
        kindly,
        tmp_path,
        "Helen,\n\nOur group just licensed LabGuru for the building. I'd be glad to talk through the setup with "
        "your lab manager if you decide to switch.\n\nRichard\n",
        sender="Richard Hale <richard.hale@colostate.example.edu>",
        subject="LabGuru",
    )
    assert "find mentor goal" not in record["reason"], record["reason"]


def test_the_universitys_mentoring_programme_pairing_her_with_a_full_professor_serves_her_mentor_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nThe Office of Faculty Affairs is forming the spring cohort of our Mid-Career "
        "Mentoring Program, which pairs associate professors with a full professor from another college for "
        "monthly meetings focused on the path to promotion. Would you like to be included? Please reply by "
        "December 18.\n\nBest,\nOffice of Faculty Affairs\n",
        sender="Office of Faculty Affairs <facultyaffairs@colostate.example.edu>",
        subject="Mid-career faculty mentoring program - spring cohort",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "find mentor goal" in record["reason"]
    # no form to apply through: her yes by reply is the application
    assert "apply through its own form" not in record["reason"]
    assert "I would be glad to join" in record["draft"]


def test_a_programme_that_asks_her_to_mentor_others_is_not_her_mentor(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the programme looks for mentors; she would be one
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nThe Office of Faculty Affairs is looking for mentors for our New Faculty "
        "Mentoring Program, which pairs assistant professors with a full professor or a senior associate "
        "professor. Would you like to take part?\n\nBest,\nOffice of Faculty Affairs\n",
        sender="Office of Faculty Affairs <facultyaffairs@colostate.example.edu>",
        subject="New faculty mentoring program",
    )
    assert "find mentor goal" not in record["reason"], record["reason"]


# -- 5. a prospective PhD student: her saved answer on how new students apply, not "I do not have a role to offer" --


def test_a_prospective_phd_student_gets_her_saved_answer_on_how_to_apply(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Professor Okonkwo-Barr,\n\nMy name is Wei Zhang, and I am finishing my MS in environmental engineering "
        "at Tongji University. I would like to ask whether you expect any openings for PhD students in your lab for "
        "Fall 2027, and whether funded positions are available. I am looking for a PhD position in water "
        "treatment, and have attached my CV.\n\nSincerely,\nWei Zhang\n",
        sender="Wei Zhang <wei.zhang.water@gmail.com>",
        subject="Prospective PhD student - interest in your lab",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_answer"), record["reason"]
    assert "through the department's graduate admissions" in record["draft"]
    # her page of graduating students is for employers, not where a candidate applies
    assert "okonkwobarrlab.example.edu/people" not in record["draft"]
    assert "role to offer" not in record["draft"]


def test_a_job_seeker_whose_ask_no_saved_answer_is_about_is_still_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a technician's job is none of her answers' business - not even the one on reviewing, which the
    # candidate's own "literature review" names
    record = _to_helen(
        kindly,
        tmp_path,
        "Hello,\n\nI'm looking for a technician job with you in Fort Collins. I've attached my resume; my senior "
        "thesis was a literature review of PFAS sampling methods.\n\nBest,\nJordan Lee\n",
        sender="Jordan Lee <jordan.lee@mail.example.com>",
        subject="Technician",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "not_a_fit"), record["reason"]
    assert "okonkwobarrlab.example.edu/people" not in record["draft"]
    assert "two journals a quarter" not in record["draft"]


# -- 6. a pay-to-publish special issue declined by her rule: no promise to send colleagues its way -----------------


def test_a_special_issue_that_charges_its_authors_is_declined_without_passing_it_on(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Professor Okonkwo-Barr,\n\nWe would like to invite you to serve as Guest Editor for a Special Issue on "
        '"Emerging Contaminants in Drinking Water" in Water & Health Open. As Guest Editor you would invite 10 '
        "papers; each accepted paper has an article processing charge of CHF 2,600, and your own paper would be "
        "published at a 100% discount.\n\nBest regards,\nSection Managing Editor\n",
        sender="Water & Health Open <water-si@openwaterpub.example>",
        subject="Guest Editor invitation: Special Issue on Emerging Contaminants",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I do not pay to appear or to be published" in record["draft"]
    for promise in ("pass your details on", "suggest your event", "put them in touch", "mention it"):
        assert promise not in record["draft"]


# -- 7. a review request her saved answer turns down ("am full until March"): that answer is the reply, not a yes ---


def test_a_review_request_her_saved_answer_turns_down_is_answered_with_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nGiven your expertise, I would like to invite you to review the manuscript "
        'entitled "Breakthrough of short-chain PFAS in pilot-scale GAC contactors" submitted to Water Research. '
        "Please let me know whether you accept this invitation; reviews are due within 21 days.\n\nSincerely,\n"
        "Prof. Anders Lund\nEditor, Water Research\n",
        sender="Water Research Editorial Office <wr-eo@elsevier.example>",
        subject="Invitation to review manuscript WR-D-26-04412",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "saved_no"), record["reason"]
    assert "am full until March" in record["draft"]
    assert "glad to review" not in record["draft"]


def test_a_saved_answer_that_says_yes_keeps_the_yes(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: her answer on talking to reporters tells how, not no
    record = _to_helen(
        kindly,
        tmp_path,
        "Hi Dr. Okonkwo-Barr,\n\nI'm a reporter at The Denver Post covering the PFAS contamination found in "
        "Brighton's drinking water this week. Would you have 15 minutes for a phone interview on Thursday? My "
        "deadline is Thursday 5pm.\n\nThanks,\nPriya Desai\nEnvironment reporter, The Denver Post\n",
        sender="Priya Desai <pdesai@denverpost.example>",
        subject="Request for comment: Brighton water contamination",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "15 minutes by phone works best" in record["draft"]


# -- 8. a program officer about her own proposal: her own grant, not a pitch to turn down ----------------------------


def test_a_program_officer_asking_about_her_proposals_budget_is_her_own_work(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nI am the program officer for Environmental Engineering in CBET. I have read the "
        "panel summaries for your proposal on hybrid membrane-GAC treatment for small systems, and I'd like to talk "
        "with you about a possible revised budget before I make a recommendation. Are you available for a "
        "20-minute call this week or next?\n\nBest regards,\nLaura Mendez\nProgram Director, CBET, National "
        "Science Foundation\n",
        sender="Dr. Laura Mendez <lmendez@nsf.example.gov>",
        subject="Following up on your CBET proposal",
    )
    assert record["decision"] != "decline", record["reason"]
    assert "not something I am looking for" not in (record.get("draft") or "")


def test_a_grant_writing_service_pitching_her_proposals_is_still_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a seller offers to polish proposals in general; no proposal of hers is at a funder
    record = _to_helen(
        kindly,
        tmp_path,
        "Hi Helen,\n\nI'm the program director at GrantCraft. We help faculty turn around stronger NSF proposals in "
        "half the time - our editors have polished 400+ funded submissions. Can we book a 20-minute demo to show you "
        "how we could help with your grant proposals?\n\nBest,\nKyle\n",
        sender="Kyle Benton <kyle@grantcraft.example>",
        subject="Stronger NSF proposals",
    )
    assert record["decision"] == "decline", record["reason"]


# -- 9. a keynote whose chair asks for a call first: the yes is to the keynote, then to the call -------------------


def test_a_keynote_invitation_that_asks_for_a_call_first_is_said_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_helen(
        kindly,
        tmp_path,
        "Dear Dr. Okonkwo-Barr,\n\nThe Rocky Mountain Section of AWWA would be honored to have you give the opening "
        "keynote at our 2027 Annual Conference in Keystone, Colorado, on September 14, 2027. We cover travel, two "
        "nights' lodging and complimentary registration, with a $1,500 honorarium.\n\nCould we schedule a short "
        "call to discuss the theme?\n\nWarm regards,\nKaren Liu\nConference Program Chair, RMSAWWA\n",
        sender="Dr. Karen Liu <kliu@rmsawwa.example.org>",
        subject="Keynote invitation - Rocky Mountain Section AWWA Annual Conference 2027",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "I would be delighted to speak, and glad to talk it through with you first." in record["draft"]
    # the call in her hours: Tuesday or Thursday afternoon, or Friday morning
    assert any(day in record["draft"] for day in ("Tuesday", "Thursday", "Friday"))
