"""Sixteenth session, a principal's mailbox: Dr. Andre Whitfield runs Lincoln Park High School in Chicago, wants to
meet a neighbouring superintendent, find a retired principal as a mentor, join urban principals and speak on
school leadership. He never does vendor demos during school hours, paid award nominations, or weekend events
except for students."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import principal_profile
from support import Kindly, profile_file, triaged

PRINCIPAL = principal_profile()


def principal(folder: Path) -> Path:
    return profile_file(PRINCIPAL, folder)


# -- "weekend events except for students": the exception is whom the event is for, not who writes -------------

DEBATE = """From: Chicago Debate League <coach.support@chicagodebates.org>
Subject: Lincoln Park debaters at the City Championship - will you join us?

Dear Dr. Whitfield,

Four of your students have qualified for the Chicago Debate League City Championship on Saturday, December 12
at Whitney Young. Principals of qualifying schools are invited to the awards ceremony at 3:00pm to cheer them on
and present certificates.

Could you let us know if you'll be able to attend?

Warmly,
Alicia Moore
Program Director, Chicago Debate League
"""


def test_a_weekend_event_of_the_users_students_is_what_the_rules_exception_spares(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=DEBATE)
    assert (record["decision"], record["reason_code"]) == ("accept", "rule_exception"), record["reason"]
    assert '"of your students"' in record["reason"], record["reason"]
    draft = record["draft"]
    assert "Saturday, December 12" in draft, draft
    assert "pass" not in draft and "only do" not in draft, draft


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            "Our students will perform their winter concert on Saturday, December 12 at 2:00pm.", id="doing"
        ),
        pytest.param(
            "Join us for the students' science fair on Saturday, December 12 at 10:00am.", id="whose"
        ),
        pytest.param(
            "We're hosting a showcase for your students on Saturday, December 12 at 1:00pm.", id="for"
        ),
    ],
)
def test_an_event_for_students_in_other_words_is_spared(kindly: Kindly, tmp_path: Path, said: str) -> None:
    mail = f"""From: Maya Brooks <mbrooks@artsalliance.org>
Subject: Saturday, December 12

Dear Dr. Whitfield,

{said} Would you be able to come and say a few words?

Maya Brooks
Arts Alliance Chicago
"""
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=mail)
    assert record["reason_code"] != "never_do", record["reason"]


RETREAT = """From: Gina Ross <gross@urbanleaderscollab.org>
Subject: Principals' Winter Retreat - Saturday, January 16

Dear Principal Whitfield,

Join fellow urban school principals for our Winter Retreat on Saturday, January 16, 2027, 9:00am-3:00pm at the
Hyatt Regency Chicago: a day of peer learning and reflection on student achievement and strategies to help
students thrive. Registration is free for principals. Could you let me know if you'll join us?

Gina Ross
Urban Leaders Collaborative
"""


def test_a_weekend_event_that_only_talks_about_students_is_still_under_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=RETREAT)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    # the rule is told as the user wrote it: events FOR students, not events "with" them
    assert "I only do weekend events for students, so I'll have to pass." in record["draft"], record["draft"]


def test_an_exemption_with_people_still_spares_only_the_sender_who_is_one_of_them() -> None:
    from kindly.decide.rules import rule_exemption, spared_audience

    with_parents = rule_exemption("meetings during school hours except with parents or district staff")
    assert with_parents is not None and with_parents.joined == "with"
    # a vendor's app "for your parents" is not a parent writing
    assert spared_audience(with_parents, "A short demo of our app for your parents at 10am?") is None
    for_students = rule_exemption("weekend events except for students")
    assert for_students is not None and for_students.joined == "for"
    assert spared_audience(for_students, "a student-led conference on Saturday") == 'students: "student-led"'
    assert spared_audience(for_students, "we serve 2,000 students across the city") is None


# -- a resource made for people like the sender answers their proposal: the district's research process ---------

STUDY = """From: Prof. Hannah Liu <hliu@uchicago.edu>
Subject: Research partnership on chronic absenteeism

Dear Dr. Whitfield,

I'm an associate professor at the University of Chicago's Crown School, and I study interventions for chronic
absenteeism in urban high schools. Your school's recovery in attendance since 2023 stands out in the public data.

I'd like to propose a mixed-methods study at Lincoln Park during spring 2027: two teacher focus groups, a short
student survey, and access to de-identified attendance records. We would submit to the CPS Research Review Board,
of course, and share all findings with your school first.

Would you have 30 minutes for a call in the next few weeks to talk it through?

With thanks,
Hannah Liu
"""


def test_a_researcher_proposing_a_study_is_pointed_to_the_resource_made_for_researchers(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=STUDY)
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_resource"), record["reason"]
    assert "Research and data requests at CPS" in record["reason"], record["reason"]
    draft = record["draft"]
    assert "https://www.cps.edu/about/research-review-board" in draft, draft
    # the district's page is pointed to, never passed off as the user's own writing
    assert "Rather than a meeting, let me point you to" in draft, draft
    assert "written up" not in draft and "put together" not in draft, draft
    assert "overview of what you do" not in draft, draft


PLATFORM = """From: Megan Cole <mcole@brightpathlearning.com>
Subject: Partnership for Lincoln Park HS

Hi Dr. Whitfield,

BrightPath is the student engagement platform backed by a study by university researchers in 40 schools, and we'd
love to explore a partnership with Lincoln Park. Our platform is free for partner schools this spring.
Could we set up a short call next week?

Megan Cole
Partnerships, BrightPath Learning
"""


def test_a_vendor_quoting_university_research_is_not_sent_to_the_research_office(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=PLATFORM)
    assert record["reason_code"] != "refer_resource", record["reason"]
    assert "research-review-board" not in (record["draft"] or ""), record["draft"]


def test_a_resource_is_made_for_a_sender_only_where_they_say_most_of_whom_it_helps() -> None:
    from kindly.decide.referral import made_for
    from kindly.profile import Resource

    playbook = Resource(
        title="Lincoln Park HS attendance recovery playbook",
        description="A six-page summary",
        link="https://lincolnparkhs.org/attendance-playbook",
        helps="school leaders working on chronic absenteeism",
    )
    # a researcher of absenteeism shares its topic (school, chronic, absenteeism), not whom it is for
    assert made_for([playbook], STUDY) is None
    assert (
        made_for([playbook], "As a school leader working on chronic absenteeism, I'd love to partner.")
        is playbook
    )


# -- a one-word trade kindly has no words for ("tutoring") is still the user's provider's trade ----------------

TUTORLY = """From: Raj Malhotra <raj@tutorly.ai>
Subject: Free pilot: AI tutoring for your 9th graders

Dear Dr. Whitfield,

Tutorly is partnering with a handful of CPS high schools to pilot our AI math tutor, which gives every 9th grader
24/7 one-on-one tutoring aligned to the Illinois standards. The pilot is free through June.

Would you be open to a quick call next week to explore a partnership?

Raj Malhotra
Head of School Partnerships, Tutorly
"""


def test_a_pitch_for_tutoring_is_declined_for_the_tutoring_partner_the_school_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=TUTORLY)
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "Saga Education" in record["reason"], record["reason"]
    assert "For tutoring, I already work with someone I'm very happy with" in record["draft"], record["draft"]


YEARBOOKS = """From: Dana Price <dana@printwell.com>
Subject: Yearbooks for Lincoln Park HS

Dear Dr. Whitfield,

Printwell prints yearbooks for over 300 Illinois high schools, from after-school tutoring centers to large public
high schools. We'd love to quote your 2027 yearbook - could we set up a quick call next week?

Dana Price
Sales, Printwell Yearbooks
"""


def test_a_pitch_that_names_the_trade_once_in_passing_is_not_a_pitch_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=YEARBOOKS)
    assert record["reason_code"] != "has_provider", record["reason"]


# -- a yes to a reference asks in the sender's own word, and for what they offered to send ----------------------

REFERENCE = """From: Keisha Daniels <keisha.daniels@gmail.com>
Subject: Reference request

Hi Dr. Whitfield,

I taught English at Lincoln Park from 2019 to 2024 (I ran the junior research seminar you helped me set up). I'm
applying for an assistant principal position at Evanston Township High School, and I'd be so grateful if I could
list you as a reference.

The application is due December 14. Happy to send my resume and the job description.

Thank you for everything,
Keisha Daniels
"""


def test_a_reference_yes_asks_for_the_resume_and_the_job_description_she_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=REFERENCE)
    assert (record["decision"], record["reason_code"]) == ("accept", "reference"), record["reason"]
    draft = record["draft"]
    assert "Could you send me your resume, the job description and a short note" in draft, draft
    assert "CV" not in draft and "December 14" in draft, draft


def test_a_reference_asked_with_a_cv_keeps_the_cv_and_adds_nothing_unoffered(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = REFERENCE.replace("Happy to send my resume and the job description.", "I can send my CV.")
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=mail)
    draft = record["draft"]
    assert "Could you send me your CV and a short note" in draft, draft
    assert "job description" not in draft, draft


def test_a_reference_asked_across_a_wrapped_line_is_read_but_a_speaker_is_not_a_referee() -> None:
    from kindly.decide.reference import reference_asked

    wrapped = "I'd be so grateful if I could\nlist you as a reference."
    assert reference_asked(wrapped) == "I'd be so grateful if I could list you as a reference."
    assert reference_asked("I'd be so grateful if I could\nlist you as a speaker.") == ""
    # a line that ends its sentence is not joined to the next
    assert reference_asked("Could you help?\nreference: our 2026 report") == ""


# -- a seller's coffee is answered as a seller: their overview kept, not "what you need" -------------------------

SELLERS_COFFEE = """From: Lauren Pike <lauren.pike@edumetrics.com>
Subject: Coffee?

Hi Andre,

I'd love to buy you a coffee and hear what your priorities are for next year. I work with a lot of principals
across the city and always learn so much from these conversations.

Any chance you're free one afternoon next week?

Lauren

Lauren Pike | Senior Account Executive | EduMetrics - data dashboards for schools
"""


def test_a_coffee_from_an_account_executive_is_offered_to_pass_on_their_overview(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=SELLERS_COFFEE)
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"]
    assert "overview of what you do" in draft, draft
    assert "what you're looking for" not in draft and "what you need" not in draft, draft


def test_a_coffee_from_someone_who_sells_nothing_keeps_the_offer_to_keep_their_ask_in_mind(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = SELLERS_COFFEE.replace(
        "Senior Account Executive | EduMetrics - data dashboards for schools", "Parent"
    )
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=mail)
    assert "overview of what you do" not in (record["draft"] or ""), record["draft"]


def test_meetings_except_for_parents_spare_a_parent_not_a_vendor_whose_app_is_for_parents(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = principal_profile(never=["meetings during school hours except for parents"])
    mail = """From: Tom Reyes <tom@attendwise.com>
Subject: An app for your parents

Hi Dr. Whitfield,

AttendWise is an attendance app for your parents: it texts families the moment a student misses first period.
Could I show you a 20-minute demo on Tuesday, December 8 at 10:00am?

Tom Reyes
"""
    [record] = triaged(kindly, "-", profile=profile_file(profile, tmp_path), input=mail)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
