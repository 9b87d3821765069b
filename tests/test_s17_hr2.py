"""Seventeenth session, the HR director's second review: Joanne Whitfield runs HR for a 600-person food manufacturer
in Manchester and hopes to step up to COO. A university asks her to give a guest lecture, a headhunter leads a COO
search, a podcast records "whenever suits you in January", a mentoring scheme asks her to apply, and a graduate asks
whether the company is hiring."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.decide.plan import plan_event
from personas import (
    CAREERS_PAGE,
    HR_COO_MENTOR,
    HR_PEER_GROUP,
    HR_SPEAKING,
    HR_TURNOVER,
    Table,
    hr_director_profile,
    to_hr_director,
    varied,
)
from support import Kindly, incoming, profile_file, triaged_one, written_profile


def round_two(mentor: Table = HR_COO_MENTOR) -> str:
    """The first review's profile with her meeting hours, the CEO's turnover goal and a few more words her goals
    say; no providers, only the careers page; `mentor` her mentor goal."""
    return hr_director_profile(
        meeting_hours=["Mon-Thu 08:00-09:30", "Mon-Thu 16:00-17:30"],
        goals=[
            varied(HR_PEER_GROUP, targets=[*HR_PEER_GROUP["targets"], "people directors"]),
            HR_TURNOVER,
            varied(
                HR_SPEAKING,
                targets=["shift-worker wellbeing", "CIPD", "HR conferences", "night shift health"],
            ),
            mentor,
        ],
        providers=[],
        resources=[CAREERS_PAGE],
    )


HR_DIRECTOR = round_two()


def hr_director(tmp_path: Path, toml: str = HR_DIRECTOR) -> Path:
    return profile_file(toml, tmp_path)


def mail(tmp_path: Path, body: str, *, sender: str, subject: str, name: str = "mail.eml") -> Path:
    return to_hr_director(
        tmp_path / name, body, sender=sender, subject=subject, date="Fri, 20 Nov 2026 11:10:00 +0000"
    )


# -- a talk the user is asked to give in their own field serves a goal to speak --------------------------------


def lecture(tmp_path: Path, topic: str) -> Path:
    return mail(
        tmp_path,
        "Dear Ms Whitfield,\n\nI lead the MSc Human Resource Management programme at Salford Business School. Our"
        " students rarely hear from HR leaders in manufacturing, and I would be delighted if you could give a guest"
        f" lecture on {topic}.\n\nThe session would be Thursday 4 February 2027, 16:00-17:00, on campus. We can"
        " offer a small honorarium.\n\nWould you consider it?\n\nDr Ian Boyd\nSenior Lecturer in HRM, Salford"
        " Business School",
        sender="Dr Ian Boyd <i.boyd@salford.ac.uk>",
        subject="Guest lecture for MSc HRM students?",
    )


@pytest.mark.parametrize(
    "topic",
    ["people management in a 24/7 food factory", "running HR on a food manufacturing site"],
)
def test_a_guest_lecture_in_the_users_own_field_serves_her_goal_to_speak(
    kindly: Kindly, tmp_path: Path, topic: str
) -> None:
    record = triaged_one(kindly, lecture(tmp_path, topic), hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "Speak about shift-worker wellbeing" in record["reason"]
    assert "4 February" in record["draft"]


def test_a_guest_lecture_outside_her_field_is_still_no_stage_for_her_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mail(
        tmp_path,
        "Dear Ms Whitfield,\n\nI lead the MSc Finance programme at Salford Business School, and I would be"
        " delighted if you could give a guest lecture on cryptocurrency trading strategies for retail investors."
        "\n\nThe session would be Thursday 4 February 2027, 16:00-17:00, on campus.\n\nWould you consider it?\n\n"
        "Dr Ian Boyd",
        sender="Dr Ian Boyd <i.boyd@salford.ac.uk>",
        subject="Guest lecture for MSc Finance students?",
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["decision"] != "accept"


# -- a search for the role a goal aims for is no "I'm not looking" ----------------------------------------------


def linkedin(tmp_path: Path, content: str, sender: str = "Tom Reeves") -> Path:
    path = tmp_path / "messages.csv"
    header = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
        "FOLDER\n"
    )
    row = (
        f"conv-1,,{sender},https://www.linkedin.com/in/sender,Joanne Whitfield,"
        "https://www.linkedin.com/in/joanne-whitfield-hr,2026-11-17 09:12:00 UTC,,"
        f'"{content}",INBOX\n'
    )
    path.write_text(header + row, encoding="utf-8")
    return path


COO_SEARCH = (
    "Hi Joanne, I'm leading a Chief Operating Officer search for a PE-backed chilled foods business in the North"
    " West. The client is open to an HR leader with strong operational exposure, and your work at Pennine Foods came"
    " up. Open to a confidential conversation?"
)


@pytest.mark.parametrize(
    "mentor_goal",
    [
        "A mentor who has moved from HR into a COO or operations director role",
        "A mentor to help me prepare for a move to a COO role",
    ],
)
def test_a_search_for_the_role_her_goal_aims_for_is_a_yes_to_a_confidential_chat(
    kindly: Kindly, tmp_path: Path, mentor_goal: str
) -> None:
    toml = round_two(mentor=varied(HR_COO_MENTOR, description=mentor_goal))
    record = triaged_one(kindly, linkedin(tmp_path, COO_SEARCH), hr_director(tmp_path, toml))
    assert record["decision"] in ("accept", "ask_details")
    assert "the role your goal aims for" in record["reason"]
    assert "not looking" not in record["draft"]


def test_a_search_for_another_role_is_declined_without_saying_she_is_not_looking(
    kindly: Kindly, tmp_path: Path
) -> None:
    search = COO_SEARCH.replace("a Chief Operating Officer search", "a Group HR Director search")
    record = triaged_one(kindly, linkedin(tmp_path, search), hr_director(tmp_path))
    assert record["decision"] == "decline"
    assert "not looking for a new role" not in record["draft"]
    assert "isn't quite the role I'm looking for" in record["draft"]


def test_without_a_role_to_aim_for_a_coo_search_is_still_a_polite_no(kindly: Kindly, tmp_path: Path) -> None:
    toml = round_two(
        mentor=varied(
            HR_COO_MENTOR, description="A mentor who has run a food business", targets=["food business"]
        )
    )
    record = triaged_one(kindly, linkedin(tmp_path, COO_SEARCH), hr_director(tmp_path, toml))
    assert record["decision"] == "decline"
    assert "I'm not looking for a new role" in record["draft"]


# -- a recording left to the guest within a stretch of time gets times in it ------------------------------------


def podcast(tmp_path: Path, when: str) -> Path:
    return mail(
        tmp_path,
        "Hi Joanne,\n\nI host The Shift Work Podcast (about 8,000 listeners, mostly HR and operations managers in"
        " manufacturing). I saw your Make UK talk on night-shift fatigue and would love to have you on as a guest -"
        f" a 45-minute remote conversation about shift-worker wellbeing, {when}.\n\nWould you be up for it?\n\n"
        "Ellie Brooks\nHost, The Shift Work Podcast",
        sender="Ellie Brooks <ellie@theshiftworkpodcast.co.uk>",
        subject="Guest on The Shift Work Podcast?",
    )


@pytest.mark.parametrize(
    "when", ["recorded whenever suits you in January", "recorded at a time that suits you in January"]
)
def test_a_podcast_recorded_whenever_suits_her_in_january_is_offered_two_january_times(
    kindly: Kindly, tmp_path: Path, when: str
) -> None:
    record = triaged_one(kindly, podcast(tmp_path, when), hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "I'd be glad to be your guest" in record["draft"]
    assert record["draft"].count(" January at ") == 2
    assert "send me the details" not in record["draft"]


def test_a_podcast_with_no_stretch_of_time_still_asks_for_the_details(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(kindly, podcast(tmp_path, "recorded remotely"), hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert " at " not in record["draft"].split("\n\n")[1]


# -- asked whether she would like to apply, with no form given, the yes asks for the application ----------------


def mentoring_scheme(tmp_path: Path, how: str) -> Path:
    return mail(
        tmp_path,
        "Dear Joanne,\n\nThe Northern Leaders Mentoring Programme pairs senior functional leaders with experienced"
        " COOs and managing directors across the North. Several of our mentors moved into operations from HR and"
        " finance.\n\nWe have mentee places open for the 2027 cohort (six sessions from February). There is no cost"
        f" to mentees. {how}\n\nWarm regards,\nAmanda Clarke\nProgramme Director, Northern Leaders",
        sender="Amanda Clarke <amanda@northernleaders.org.uk>",
        subject="Northern Leaders Mentoring Programme 2027 - mentee places",
    )


def test_a_scheme_that_asks_whether_she_would_like_to_apply_gets_a_yes_asking_for_the_application(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mentoring_scheme(tmp_path, "Would you like to apply? The application takes 15 minutes.")
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "could you send me the application?" in record["draft"].lower()
    assert "apply through its own form" not in record["reason"]


def test_a_scheme_that_gives_its_form_is_still_applied_to_through_it(kindly: Kindly, tmp_path: Path) -> None:
    invitation = mentoring_scheme(
        tmp_path, "Would you like to apply? The application form is at https://northernleaders.org.uk/apply."
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "apply through its own form" in record["reason"]
    assert not record["draft"]


# -- a job seeker asking whether the firm is hiring is thanked and pointed to the careers page ------------------


def test_a_graduate_asking_whether_the_firm_is_hiring_is_pointed_to_the_careers_page_without_a_call(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = (
        "Hi Joanne, I've just finished my CIPD Level 5 and I'm looking for an HR graduate or HR assistant role in"
        " Manchester. Is Pennine Foods hiring at the moment? I'd be grateful for any advice."
    )
    record = triaged_one(kindly, linkedin(tmp_path, note, sender="Luke Jennings"), hr_director(tmp_path))
    assert record["decision"] == "refer"  # the profile names where applications go (s18: a referral there)
    assert record["reason"].startswith("A job seeker")
    assert "recruiter" not in record["reason"]
    assert "https://penninefoods.co.uk/careers" in record["draft"]
    assert "call" not in record["draft"]
    assert "not looking" not in record["draft"]


def test_a_graduate_asking_for_a_call_about_roles_is_still_told_no_call(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = (
        "Hi Joanne, I'm looking for an HR assistant role in Manchester. Is Pennine Foods hiring at the moment?"
        " Could we have a quick call about it?"
    )
    record = triaged_one(kindly, linkedin(tmp_path, note, sender="Luke Jennings"), hr_director(tmp_path))
    assert record["decision"] == "refer"  # the profile names where applications go (s18: a referral there)
    assert "pass on a call" in record["draft"]
    assert "https://penninefoods.co.uk/careers" in record["draft"]


# -- an organisation a target names is no field people work in ---------------------------------------------------

BRANCH_EVENING = (
    "Dear Joanne,\n\nYou're warmly invited to our January branch evening: \"Shift work, sleep and fatigue - what"
    " employers can actually do\", with Dr Amira Shah from the University of Manchester's sleep research group.\n\n"
    "Wednesday 13 January 2027, 18:00-20:00, Manchester Central Library. Free for CIPD members.\n\nPlease let us"
    " know if you can join us."
)


def test_an_event_plan_does_not_send_her_to_people_working_in_an_organisation(tmp_path: Path) -> None:
    profile = written_profile(HR_DIRECTOR, tmp_path)
    from_the_branch = incoming(
        BRANCH_EVENING,
        from_name="CIPD Greater Manchester Branch",
        from_addr="events@cipd-gm.org.uk",
        subject="Branch event: Shift work, sleep and fatigue",
    )
    from_another_host = incoming(
        BRANCH_EVENING,
        from_name="Manchester Sleep Network",
        from_addr="hello@sleepnetwork.example",
        subject="Shift work, sleep and fatigue",
    )
    at_the_branch = plan_event(from_the_branch, profile).lines()
    elsewhere = plan_event(from_another_host, profile).lines()
    assert not any("working in CIPD" in line for line in at_the_branch + elsewhere)
    assert not any(
        "CIPD" in line and line.startswith("Seek out") for line in at_the_branch
    )  # all are from it
    assert any(line.startswith("Seek out people from CIPD") for line in elsewhere)


def test_a_target_that_is_a_field_still_sends_her_to_people_working_in_it(tmp_path: Path) -> None:
    profile = written_profile(HR_DIRECTOR, tmp_path)
    evening = incoming(
        "Join us for an evening on retention: how food manufacturing firms keep operatives past their first 90 days."
        " Thursday 14 January 2027, 18:00-20:00, Manchester.",
        from_name="Make UK North West",
        from_addr="events@makeuk.example",
        subject="Retention evening",
    )
    lines = plan_event(evening, profile).lines()
    assert any(line.startswith("Seek out people working in food manufacturing") for line in lines)
