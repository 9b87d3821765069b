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
