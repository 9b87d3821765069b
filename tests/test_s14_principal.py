"""Fourteenth session, a principal's mailbox: Denise Holloway runs a Chicago public high school of 1,400 students,
helps her PTA launch a parent-mentor programme, looks for local employers to host interns, and never takes
meetings during school hours except with parents or district staff."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, profile_file, triaged

PRINCIPAL = """
[user]
name = "Denise Holloway"
email = "dholloway@lakeviewhills.org"
signature = "Denise"
date_style = "us"
weekly_networking_hours = 3
time_zone = "America/Chicago"

[[goals]]
kind = "help_client"
description = "Help our PTA launch its new parent-mentor programme for ninth graders"
targets = ["Lakeview Hills PTA", "parent mentors"]
priority = 1

[[goals]]
kind = "meet_person"
description = "Meet Deputy Superintendent Dr. Raymond Okoye"
targets = ["Dr. Raymond Okoye"]
priority = 1

[[goals]]
kind = "custom"
description = "Find local employers to host paid internships for our students"
targets = ["local employers", "internships"]
priority = 2

[[never]]
what = "meetings during school hours except with parents or district staff"
"""


def principal(folder: Path) -> Path:
    return profile_file(PRINCIPAL, folder)


# -- "except with parents or district staff" spares those people; it is no condition of who else is there --------

PARENT = """From: Luis Ortega <luis.ortega72@gmail.com>
Subject: Idea for the PTA mentoring program

Dear Dr. Holloway,

My name is Luis Ortega; my daughter Camila is in 10th grade at Lakeview Hills. I heard at the PTA meeting that the
PTA is starting a parent-mentor program for ninth graders, and I have an idea I'd love to share with you. I run the
after-school robotics club at our church and I think we could pair each mentor with a small group of freshmen
around a weekly project instead of one-on-one check-ins, which is hard for working parents to keep up.

Could I come by for 20 minutes to talk it through? I'm off work on Thursday, December 10 - would 10am work?

Thank you for everything you do for our kids,
Luis Ortega
"""


def test_a_parent_is_spared_by_a_rule_against_meetings_in_school_hours_except_with_parents(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=PARENT)
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Thursday, December 10" in draft, draft
    assert "pass" not in draft and "one-to-one" not in draft and "Please note" not in draft, draft


VISIT = """From: Yolanda Price <yprice@cpsd.org>
Subject: Dr. Okoye - school visit request

Good morning Dr. Holloway,

I'm the executive assistant to Deputy Superintendent Dr. Raymond Okoye. Dr. Okoye has been following the
attendance results at Lakeview Hills and would like to visit your school for about an hour to see your daily
check-in routine in action and talk with you and your attendance team.

Would Tuesday, December 15 at 9:30am work? If not, please suggest another morning that week.

Kind regards,
Yolanda Price
Executive Assistant to the Deputy Superintendent, Chief of Schools Office
"""


def test_the_districts_staff_are_not_told_the_rule_that_spares_them(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=VISIT)
    assert record["decision"] == "accept", record["reason"]
    assert "school hours" not in record["reason"], record["reason"]
    draft = record["draft"]
    assert (
        "Tuesday, December 15 at 9:30am works for me" in draft or "see you on Tuesday, December 15" in draft
    ), draft
    assert "parents or district staff" not in draft, draft


CHAMBER = """From: Kevin Marshall <chamber.education@lakeviewchamber.org>
Subject: Education & Workforce Committee lunch - Dec 16

Dear Dr. Holloway,

We'd be honored if you would join our luncheon as a guest on Wednesday, December 16, 12:00-1:30pm at Ann Sather,
to meet 25 local employers interested in hosting high school interns. Please RSVP by December 9.

Kevin Marshall
Chair, Education & Workforce Committee, Lakeview Chamber of Commerce
"""


def test_anyone_else_at_noon_on_a_school_day_falls_under_the_rule(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=CHAMBER)
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    draft = record["draft"]
    assert (
        "I only do meetings during school hours with parents or district staff, so I'll have to pass."
        in draft
    )
    assert "see you on" not in draft, draft


def test_a_rule_about_who_else_is_there_is_still_a_condition() -> None:
    from kindly.decide.rules import rule_condition, rule_exemption

    spared = rule_exemption("meetings during school hours except with parents or district staff")
    assert spared is not None and spared.people == ("parents", "district staff")
    assert rule_condition("meetings during school hours except with parents or district staff") is None
    # whom the meeting is with is already said: the exception is who else is there
    assert rule_exemption("meetings with lobbyists except with council staff") is None
    assert rule_condition("meetings with lobbyists except with council staff") is not None
    assert rule_exemption("meetings with lobbyists without council staff present") is None
    assert rule_exemption("site visits except with my manager present") is None


# -- gift cards asked for with their price in the ask -----------------------------------------------------------

GIFT_CARDS = """From: Dr. Michael Trent <supt.mtrent.office@gmail.com>
Subject: Urgent request

Denise,

Are you on campus? I need a quick favor. I want to surprise a few principals with gift cards for their staff
before break and I'm stuck in meetings all day. Can you purchase six $100 Amazon gift cards and send me the codes
by email? I'll reimburse you this week.

Dr. Michael Trent
Chief Executive Officer
Sent from my iPhone
"""


def test_gift_cards_asked_with_their_price_are_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=GIFT_CARDS)
    assert record["decision"] == "ignore", record["reason"]
    assert record["reason_code"] == "scam"
    assert "$100 Amazon gift cards" in record["reason"]
    assert record["draft"] is None


# -- a word for a product turned down is no event to wish well, nor one to find another speaker for ---------------

CASE_STUDY = """From: Sofia Lindqvist <slindqvist@canvas-partners.example>
Subject: Quick quote for our Lakeview Hills case study?

Hi Dr. Holloway,

I'm on the customer marketing team for Canvas. We're putting together a case study on how Chicago high schools use
Canvas to keep students connected when they're absent, and Lakeview Hills' results are a perfect fit.

Would you be willing to share a short quote and join a 20-minute interview for the case study? We'd also love to
film a short video testimonial on campus in January.

Thanks!
Sofia Lindqvist
Customer Marketing, Canvas
"""


def test_an_endorsement_declined_wishes_the_case_study_well_and_finds_no_one_else(
    kindly: Kindly, tmp_path: Path
) -> None:
    rules = PRINCIPAL + '\n[[never]]\nwhat = "endorsements of products"\n'
    [record] = triaged(kindly, "-", profile=profile_file(rules, tmp_path), input=CASE_STUDY)
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]
    draft = record["draft"]
    assert "I have a firm rule against endorsements of products" in draft, draft
    assert "event" not in draft and "speaker" not in draft and "good fit" not in draft, draft
    assert "the case study" in draft, draft


# -- the user's own school named in a mail is no topic a resource answers ----------------------------------------

REFERENCE = """From: Tanya Brooks <tanyabrooks.edu@gmail.com>
Subject: Reference request (and a favor to ask)

Hi Dr. H,

I hope you and everyone at Lakeview Hills are well - I still miss my 11th graders! I'm in my second year teaching
English at Solano Academy, and I've just applied for an assistant principal residency with the district's
leadership pipeline program.

Would you be willing to serve as one of my references? The program will email you a short form in December. And if
you could spare 30 minutes sometime, I'd love your advice on preparing for the interview - you were the one who
first told me I should think about leadership.

Thank you either way,
Tanya
"""

ONE_PAGER = """
[[resources]]
title = "Internship host one-pager"
description = "What hosting a Lakeview Hills intern involves: schedule, supervision, paperwork"
link = "https://lakeviewhills.org/internship-hosts"
helps = "employers thinking about hosting student interns"
"""


def test_a_resource_is_not_offered_for_the_users_own_school_named_in_the_mail(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=profile_file(PRINCIPAL + ONE_PAGER, tmp_path), input=REFERENCE)
    assert record["decision"] == "decline", record["reason"]
    assert "Internship host one-pager" not in record["draft"], record["draft"]


# -- a conference whose days and venue are given asks only which day is the user's -------------------------------

CONFERENCE = """From: Dr. Karen Whitlock <kwhitlock@ilprincipals.org>
Subject: Invitation to present - IPA Annual Conference, Feb 2027

Dear Dr. Holloway,

On behalf of the Illinois Principals Association program committee, I'm delighted to invite you to present a
60-minute breakout session at our Annual Conference, February 25-26, 2027, at the Bank of Springfield Center in
Springfield.

Several members heard about the drop in chronic absenteeism at Lakeview Hills, and we think a session on how you did
it would be one of the most valuable of the conference. We cover presenters' registration and one night's hotel.

Could you let us know by Friday, December 11 whether you're able to join us, and send a working title?

With appreciation,
Karen Whitlock, Ed.D.
Director of Professional Learning
Illinois Principals Association
"""


def test_a_conference_with_its_days_and_venue_given_asks_only_for_the_day_of_the_session(
    kindly: Kindly, tmp_path: Path
) -> None:
    speaking = (
        PRINCIPAL
        + """
[[goals]]
kind = "build_credibility"
description = "Speak at education conferences about attendance recovery"
targets = ["education conferences", "school leaders"]
priority = 3
"""
    )
    [record] = triaged(kindly, "-", profile=profile_file(speaking, tmp_path), input=CONFERENCE)
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "the day and time of my session" in draft, draft
    assert "the details" not in draft and "venue" not in draft, draft


def test_someone_the_rule_spares_is_met_at_their_time_in_the_hours_it_names(
    kindly: Kindly, tmp_path: Path
) -> None:
    hours = PRINCIPAL.replace(
        'time_zone = "America/Chicago"',
        'time_zone = "America/Chicago"\nmeeting_hours = ["Mon-Fri 07:00-07:45", "Mon-Fri 15:45-18:00"]',
    )
    [record] = triaged(kindly, "-", profile=profile_file(hours, tmp_path), input=VISIT)
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Tuesday, December 15 at 9:30am works for me" in draft, draft
    assert "doesn't work" not in draft, draft
    # anyone else is still met in the user's own hours: the Chamber's noon lunch is turned down by the rule
    [lunch] = triaged(kindly, "-", profile=profile_file(hours, tmp_path), input=CHAMBER)
    assert lunch["decision"] == "decline", lunch["reason"]


# -- an hour asked right after its day is part of when -------------------------------------------------------------

INTERNSHIPS = """From: Tasha Greene <tgreene@lakeshoremutual.com>
Subject: Paid summer internships for Lakeview Hills students

Hi Dr. Holloway,

I lead early-career programs at Lakeshore Mutual Insurance, ten minutes from your school. We're launching a paid
summer internship program for high school juniors and seniors in 2027 and we'd like to partner with Lakeview Hills.
Could I come by to talk about how students would apply? I'm in your neighborhood on Thursday, December 10 - would
4:30pm work?

Best,
Tasha Greene
Manager, Early Careers & Community Programs
Lakeshore Mutual Insurance
"""


def test_an_hour_asked_right_after_its_day_is_the_time_said_yes_to(kindly: Kindly, tmp_path: Path) -> None:
    [record] = triaged(kindly, "-", profile=principal(tmp_path), input=INTERNSHIPS)
    assert record["decision"] == "accept", record["reason"]
    assert "Thursday, December 10 at 4:30pm works for me" in record["draft"], record["draft"]


def test_an_hour_after_its_day_is_read_only_where_it_is_asked() -> None:
    from kindly.model import Intent
    from kindly.understand.extract import extract
    from support import incoming

    def when(text: str) -> str:
        return extract(
            incoming(text, from_name="Luis Ortega", from_addr="l@example.com"), Intent.COFFEE_CHAT
        ).when

    assert when("I'm off work on Thursday, December 10 - would 10am work?") == "Thursday, December 10 at 10am"
    assert when("How about Thursday, December 10, say 10am?") == "Thursday, December 10 at 10am"
    assert when("Our dinner is on Thursday, December 10 - 20 owners will come. Would you join?") == (
        "Thursday, December 10"
    )


# -- a rule about the hours of meetings moves a meeting where the user's own hours keep out of the school day ----

AFTER_SCHOOL = (
    PRINCIPAL.replace(
        'time_zone = "America/Chicago"',
        'time_zone = "America/Chicago"\nmeeting_hours = ["Mon-Fri 07:00-07:45", "Mon-Fri 15:45-18:00"]',
    )
    + """
[[providers]]
category = "student information system"
name = "Aspen SIS"
"""
)

SIS_PITCH = """From: Derek Mayo <dmayo@gradebridge.io>
Subject: Free migration off Aspen - GradeBridge SIS

Hi Denise,

Tired of Aspen's clunky attendance screens? GradeBridge is the modern student information system built for high
schools, and we're offering a free migration from Aspen for schools that switch by July.

I'd love to give you a 30-minute demo - does Thursday, December 3 at 2pm work?

Derek Mayo
Account Executive, GradeBridge
"""


def test_a_meeting_in_school_hours_is_moved_into_the_users_hours_not_turned_down(
    kindly: Kindly, tmp_path: Path
) -> None:
    morning = INTERNSHIPS.replace("would\n4:30pm work?", "would\n10am work?")
    [record] = triaged(kindly, "-", profile=profile_file(AFTER_SCHOOL, tmp_path), input=morning)
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    assert "Thursday, December 10 at 10am doesn't work for me, though" in draft, draft
    assert "parents or district staff" not in draft, draft


def test_a_pitch_in_school_hours_is_declined_for_what_it_sells_not_its_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=profile_file(AFTER_SCHOOL, tmp_path), input=SIS_PITCH)
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "has_provider", record["reason"]
    assert "school hours" not in record["draft"], record["draft"]


def test_an_event_declined_by_the_hour_offers_what_the_user_made_for_its_guests(
    kindly: Kindly, tmp_path: Path
) -> None:
    [record] = triaged(kindly, "-", profile=profile_file(PRINCIPAL + ONE_PAGER, tmp_path), input=CHAMBER)
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]
    draft = record["draft"]
    assert "I only do meetings during school hours with parents or district staff" in draft, draft
    assert "Internship host one-pager" in draft and "https://lakeviewhills.org/internship-hosts" in draft, (
        draft
    )


# -- a time asked about is answered by the yes, not left to the user ---------------------------------------------


def test_the_time_a_yes_takes_is_not_listed_as_a_question_for_the_user(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = principal(tmp_path)
    [record] = triaged(kindly, "-", profile=profile, input=VISIT)
    assert "Tuesday, December 15 at 9:30am works for me" in record["draft"], record["draft"]
    shown = kindly("show", str(record["id"]), "--profile", str(profile)).stdout
    assert "Questions for you to answer" not in shown, shown


def test_either_of_the_times_offered_is_answered_by_the_yes() -> None:
    from kindly.reply.answers import unanswered

    offer = (
        "We have openings on Monday, January 11 at 4:30pm or Wednesday, January 13 at 5pm. Would either work?"
    )
    assert unanswered(offer, []) == []
    assert unanswered("They're due by Tuesday 15 December. Does that timing work?", []) != []
