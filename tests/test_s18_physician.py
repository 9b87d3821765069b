"""A family physician who owns a small practice in Toronto (the eighteenth session's persona review): a
predatory journal that charges its authors, a mentor's offer relayed by her office manager, a client's call at
times a third party offered - each was read wrongly, and each near miss here must stay as it was."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from kindly.profile import load_profile
from personas import (
    PHYSICIAN_CME,
    PHYSICIAN_MENTOR,
    PHYSICIAN_OKAFOR,
    PHYSICIAN_OWNERS,
    PHYSICIAN_PARKDALE,
    physician_profile,
    varied,
)
from support import Kindly, eml, profile_file, triaged_one

PRIYA = physician_profile()

JOURNAL = """Dear Dr. Raman,

We have read your excellent article and are pleased to invite you to submit a manuscript (research article,
review, case report or short communication) to the Journal of Clinical Reports & Primary Care, an
open-access, peer-reviewed journal. We offer rapid publication within 14 days of acceptance.

An article processing charge of USD 1,290 applies upon acceptance. Please submit by December 15.

With regards,
Anna Smith
Editorial Office, JCRPC
"""


def _journal(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, object]:
    mail = eml(
        tmp_path / "journal.eml",
        body,
        sender="Editorial Office <editor@jcrpc-journal.com>",
        subject="Call for manuscripts - Journal of Clinical Reports & Primary Care",
        date="Fri, 06 Nov 2026 01:10:00 +0000",
        to="priya@ramanfamilymedicine.ca",
    )
    return triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))


def test_a_journal_that_charges_its_authors_a_processing_charge_is_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _journal(kindly, tmp_path, JOURNAL)
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear")
    assert "article processing charge" in record["reason"]
    assert "I don't pay to have my work published" in str(record["draft"])
    assert "glad to write" not in str(record["draft"])


def test_a_journal_that_waives_or_charges_no_processing_charge_is_not_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    for said in (
        "There is no article processing charge for invited authors.",
        "The article processing charge of USD 1,290 is waived for invited authors.",
    ):
        record = _journal(
            kindly,
            tmp_path,
            JOURNAL.replace("An article processing charge of USD 1,290 applies upon acceptance.", said),
        )
        assert record["reason_code"] != "pays_to_appear", said


SANDRAS_TEXT = """From: Sandra Lopes (Text message)
Subject: Text message

Hi Dr R, Dr. Tom Whitfield called the front desk while you were with patients. He's owned Bloor West Family
Practice for 25 yrs and is retiring next year. Dr Lee told him you were looking for advice on running the
practice and he'd be happy to meet for coffee and share what he's learned. His cell is 416-555-0199,
he prefers a call after 5. - Sandra
"""


def _pasted(kindly: Kindly, tmp_path: Path, text: str) -> dict[str, object]:
    pasted = tmp_path / "text.txt"
    pasted.write_text(text)
    return triaged_one(kindly, pasted, profile_file(PRIYA, tmp_path))


def test_a_mentors_offer_relayed_in_the_third_person_is_what_a_find_mentor_goal_seeks(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted(kindly, tmp_path, SANDRAS_TEXT)
    assert (record["decision"], record["goal"]) == ("accept", "find_mentor"), record["reason"]
    assert "advice calls" not in str(record["draft"])


def test_a_relayed_ask_that_the_user_share_what_she_learned_is_still_a_request_for_advice(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the near miss: the user is the one asked to share ("what you've learned"), so nobody offers her a mentor
    asked = SANDRAS_TEXT.replace(
        "Dr Lee told him you were looking for advice on running the\npractice and he'd be happy to meet for "
        "coffee and share what he's learned.",
        "He's thinking of opening a second site and asked if you'd be happy to meet for coffee and share what "
        "you've learned.",
    )
    assert asked != SANDRAS_TEXT
    record = _pasted(kindly, tmp_path, asked)
    assert record["decision"] != "accept" or record["goal"] != "find_mentor", record["reason"]


# A stretch of the day kept clear on the days its brackets name: "calls during clinic hours (weekdays
# 08:30-12:00)" was read word for word ("during, clinic, hours, weekdays, 08, 30, 12, 00") and so never held.
CLINIC_HOURS = """
[user]
name = "Priya Raman"
email = "priya@ramanfamilymedicine.ca"
signature = "Priya"
weekly_networking_hours = 3
date_style = "us"

[[goals]]
kind = "find_mentor"
description = "A mentor in practice management: an experienced physician who has owned and run a clinic"
targets = ["clinic owners", "practice owners"]
priority = 1

[[never]]
what = "calls during clinic hours (weekdays 08:30-12:00)"
"""

ANNE = """Hi Priya,

Marcus Lee mentioned you're looking for a mentor now that you run your own practice. I owned Danforth Family
Medicine for 22 years and I'd be glad to mentor you. Would a call on Tuesday, December 8 at 10am work for you?

Anne Beaulieu
"""


def test_a_stretch_kept_clear_on_weekdays_is_an_hour_rule_not_words_to_find(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "anne.eml",
        ANNE,
        sender="Anne Beaulieu <anne.beaulieu@gmail.com>",
        subject="Marcus suggested I get in touch",
        date="Mon, 30 Nov 2026 19:10:00 -0500",
        to="priya@ramanfamilymedicine.ca",
    )
    result = kindly("triage", str(mail), "--profile", str(profile_file(CLINIC_HOURS, tmp_path)), "--json")
    assert result.exit_code == 0, result.output
    assert "clinic, hours, weekdays" not in result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] == "accept", record["reason"]
    assert "December 8 at 10am works" not in record["draft"]
    assert "Tuesday, December 8 at 10am doesn't work for me, though" in record["draft"], record["draft"]
    # the rule is the calls' (s18 round two: the note names the activity its rule is for)
    assert "only free for calls before 8:30 am or after 12:00 pm on weekdays." in record["draft"]
    assert "Saturdays" not in record["draft"]


def test_the_clinic_hours_rule_keeps_the_weekday_mornings_clear_and_leaves_the_weekend_and_afternoons(
    tmp_path: Path,
) -> None:
    hours = load_profile(profile_file(CLINIC_HOURS, tmp_path)).meeting_hours
    tuesday, saturday = date(2026, 12, 8), date(2026, 12, 12)
    assert not hours.fits(tuesday, time(10, 0)) and not hours.fits(tuesday, time(8, 30))
    assert hours.fits(tuesday, time(12, 30)) and hours.fits(tuesday, time(7, 30))
    assert hours.fits(saturday, time(10, 0))
    # without days in its brackets the rule holds every day, as it did
    every_day = CLINIC_HOURS.replace("(weekdays 08:30-12:00)", "(08:30-12:00)")
    assert not load_profile(profile_file(every_day, tmp_path, "every_day.toml")).meeting_hours.fits(
        saturday, time(10, 0)
    )


# A medical student asks to shadow her: a placement asked, not advice; thanked and declined in its own terms.
SHADOW = """Dear Dr. Raman,

My name is Aisha and I'm a first-year medical student at the University of Toronto. I'm very interested in
family medicine, and I'd be grateful for the chance to shadow you for a half-day sometime in January.

Sincerely,
Aisha Khan
"""
STUDENTS_PAGE = """
[[resources]]
title = "Shadowing and observership information for medical students"
description = "How to arrange shadowing through the Department of Family and Community Medicine"
link = "https://ramanfamilymedicine.ca/students"
helps = "medical students who want to shadow a family physician"
"""


def _student(kindly: Kindly, tmp_path: Path, body: str, profile: str) -> dict[str, object]:
    mail = eml(
        tmp_path / "student.eml",
        body,
        sender="Aisha Khan <aisha.khan@mail.utoronto.ca>",
        subject="Request - first-year medical student",
        date="Thu, 19 Nov 2026 20:31:00 -0500",
        to="priya@ramanfamilymedicine.ca",
    )
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))


def test_a_request_to_shadow_is_thanked_as_one_not_as_a_request_for_advice(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _student(kindly, tmp_path, SHADOW, PRIYA + STUDENTS_PAGE)
    assert record["decision"] == "refer", record["reason"]
    assert "your request to shadow" in str(record["draft"])
    assert "request for advice" not in str(record["draft"])


def test_a_request_to_shadow_declined_says_so_not_advice_calls(kindly: Kindly, tmp_path: Path) -> None:
    record = _student(kindly, tmp_path, SHADOW, PRIYA)
    assert record["decision"] == "decline", record["reason"]
    assert "take on anyone to shadow me" in str(record["draft"])
    assert "advice calls" not in str(record["draft"])


def test_a_students_request_for_advice_is_still_thanked_as_one(kindly: Kindly, tmp_path: Path) -> None:
    advice = SHADOW.replace(
        "I'd be grateful for the chance to shadow you for a half-day sometime in January.",
        "could I pick your brain over a short call about choosing electives in family medicine?",
    )
    record = _student(kindly, tmp_path, advice, PRIYA)
    assert "shadow" not in str(record["draft"]), record["draft"]


# A locum recruiter's offer of work, read by the model as a sales pitch, was wished "all the best with your
# business" and asked for "a short overview of what you do".
LOCUM = """Hi Dr. Raman,

I'm a physician recruiter with Northern Locums. A busy family practice in Thunder Bay needs locum coverage
for two weeks in February (clinic and some ER shifts). The rate is $2,400/day plus travel and housing paid.

Would you have 15 minutes for a quick call this week to see if it might suit you?

Ryan O'Connell
Physician Recruitment | Northern Locums
"""


def _recruiter(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, object]:
    mail = eml(
        tmp_path / "recruiter.eml",
        body,
        sender="Ryan O'Connell <ryan@northernlocums.ca>",
        subject="Locum coverage in Thunder Bay",
        date="Mon, 02 Nov 2026 11:30:00 -0500",
        to="priya@ramanfamilymedicine.ca",
    )
    return triaged_one(kindly, mail, profile_file(PRIYA, tmp_path))


def test_a_recruiter_offering_locum_work_is_a_recruiters_approach_not_a_sales_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _recruiter(kindly, tmp_path, LOCUM)
    assert (record["decision"], record["intent"]) == ("decline", "recruiting"), record["reason"]
    assert "your business" not in str(record["draft"]) and "what you do" not in str(record["draft"])


def test_a_recruiting_firm_selling_its_service_to_the_clinic_stays_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    pitch = """Hi Dr. Raman,

I'm a healthcare recruiter with StaffMD. We help clinics like yours hire nurses and medical office assistants,
and fill your open positions in under three weeks. Could we book a 15-minute call?

Ryan O'Connell
Senior Recruiter | StaffMD
"""
    record = _recruiter(kindly, tmp_path, pitch)
    assert record["intent"] != "recruiting", record["reason"]


def test_an_offer_relayed_with_the_offerers_own_number_is_answered_to_the_relayer_with_a_call_to_him(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted(kindly, tmp_path, SANDRAS_TEXT)
    assert record["draft"].startswith("Hi Sandra,"), record["draft"]
    assert "Thanks for passing this on. I'd be glad to meet Tom - I'll give him a call." in record["draft"]
    assert "work for you?" not in record["draft"]


def test_the_offerers_own_note_with_their_number_still_gets_times(kindly: Kindly, tmp_path: Path) -> None:
    # the near miss: Tom writes himself ("My cell is ..."), so the times go to him
    own = """From: Tom Whitfield <tom@bloorwestfp.ca>
Subject: Coffee?

Hi Priya, I've owned Bloor West Family Practice for 25 years and Dr Lee tells me you're looking for advice on
running a practice. I'd be happy to meet for coffee and share what I've learned. My cell is 416-555-0199.

Tom
"""
    record = _pasted(kindly, tmp_path, own)
    assert record["decision"] == "accept", record["reason"]
    assert "passing this on" not in record["draft"] and "give him a call" not in record["draft"]
    assert "work for you?" in record["draft"], record["draft"]


# The committee's invitation offers a meeting with the very person her meet_person goal names, beforehand.
WITH_OKAFOR = physician_profile(goals=(PHYSICIAN_MENTOR, PHYSICIAN_CME, PHYSICIAN_PARKDALE, PHYSICIAN_OKAFOR))
COMMITTEE = """Dear Dr. Raman,

On behalf of Dr. Helen Okafor, Chief of Family Medicine at St. Brendan's Hospital, I'm writing to invite you
to join the department's Primary Care Quality Committee as a community physician member. The committee meets
quarterly, 5:30-7:00 pm. The next meeting is Tuesday, January 19, 2027 in the Okafor Boardroom, 3rd floor.

Dr. Okafor would be glad to meet you beforehand if you have questions. Could you let us know by December 11
whether you are able to join?

Kind regards,
Linda Ferreira
Executive Assistant to the Chief of Family Medicine, St. Brendan's Hospital
"""


def _committee(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, object]:
    mail = eml(
        tmp_path / "committee.eml",
        body,
        sender="Linda Ferreira <lferreira@stbrendans.ca>",
        subject="Invitation: Primary Care Quality Committee",
        date="Thu, 26 Nov 2026 13:05:00 -0500",
        to="priya@ramanfamilymedicine.ca",
    )
    return triaged_one(kindly, mail, profile_file(WITH_OKAFOR, tmp_path))


def test_a_meeting_offered_beforehand_beside_an_invitation_is_taken_up_with_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _committee(kindly, tmp_path, COMMITTEE)
    assert record["decision"] == "accept", record["reason"]
    assert "see you on Tuesday, January 19." in record["draft"], record["draft"]
    assert "And I'd be glad to meet Dr. Okafor before then - would " in record["draft"], record["draft"]


def test_a_meeting_beforehand_to_go_over_the_event_itself_adds_no_second_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = COMMITTEE.replace("if you have questions", "to go over the agenda")
    record = _committee(kindly, tmp_path, body)
    assert record["decision"] == "accept", record["reason"]
    assert "meet Dr. Okafor" not in record["draft"], record["draft"]


def test_a_relayed_offer_in_a_full_week_still_says_the_call_to_him_not_a_later_week(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the week's networking hours are taken by the group she said yes to first
    group = eml(
        tmp_path / "group.eml",
        "Hi Priya,\n\nA handful of us physician-owners of small independent practices meet for dinner on the first "
        "Wednesday of the month to swap notes. The next one is Wednesday, December 2 at 7pm at Barque. Would you "
        "like to join us?\n\nRachel\n",
        sender="Dr. Rachel Green <rachel@greenfamilypractice.ca>",
        subject="Independent practice owners - monthly dinner?",
        date="Mon, 30 Nov 2026 21:10:00 -0500",
        to="priya@ramanfamilymedicine.ca",
    )
    text = tmp_path / "text.txt"
    text.write_text(SANDRAS_TEXT)
    community = varied(PHYSICIAN_OWNERS, targets=["physician-owners", "independent practices"])
    goals = (PHYSICIAN_MENTOR, PHYSICIAN_CME, PHYSICIAN_PARKDALE, community)
    profile = profile_file(physician_profile(weekly_networking_hours=2, goals=goals), tmp_path)
    result = kindly("triage", str(group), str(text), "--profile", str(profile), "--json")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    relayed = records[-1]
    assert relayed["reason_code"] == "accept_later", relayed["reason"]
    assert "I'd be glad to meet Tom - I'll give him a call." in relayed["draft"], relayed["draft"]
    assert "spoken for" not in relayed["draft"]


# A client's call at two times a funder offered: one in clinic hours, the other within the hour of a time her
# reply to an introduction already offers. The new times came with no word on why neither was taken.
JOANNE = """Hi Priya,

Good news: the Ontario Trillium Foundation program officer agreed to a call about our diabetes clinic funding
application. He's offered Thursday, December 3 at 9:00 am or Thursday, December 3 at 12:45 pm. It would be great
to have you on the call as our physician advisor - 30 minutes.

Which one works for you?

Joanne
Joanne Mensah, Executive Director, Parkdale Community Health Centre
"""
INTRO = """Hi Priya, hi Anne,

Priya - you mentioned you're looking for someone who has been through owning a practice. Anne Beaulieu owned and
ran Danforth Family Medicine for 22 years and now mentors newer clinic owners.

I'll let you two take it from here.

Marcus
"""


def _call(tmp_path: Path) -> Path:
    return eml(
        tmp_path / "joanne.eml",
        JOANNE,
        sender="Joanne Mensah <jmensah@parkdalechc.ca>",
        subject="Call with Trillium program officer - diabetes clinic",
        date="Mon, 30 Nov 2026 15:30:00 -0500",
        to="priya@ramanfamilymedicine.ca",
    )


def test_when_neither_offered_time_can_be_taken_the_new_times_say_why(kindly: Kindly, tmp_path: Path) -> None:
    intro = eml(
        tmp_path / "intro.eml",
        INTRO,
        sender="Dr. Marcus Lee <marcus.lee@highparkfht.ca>",
        subject="Intro: Priya <> Anne Beaulieu",
        date="Tue, 24 Nov 2026 17:50:00 -0500",
        to="priya@ramanfamilymedicine.ca",
        cc="Anne Beaulieu <anne.beaulieu@gmail.com>",
    )
    # the draft to Anne is stored by an earlier run (a draft of this run only proposing it would move instead)
    profile = profile_file(PRIYA, tmp_path)
    first = kindly("triage", str(intro), "--profile", str(profile), "--json")
    [intro_yes] = [json.loads(line) for line in first.stdout.splitlines() if line.startswith("{")]
    result = kindly("triage", str(_call(tmp_path)), "--profile", str(profile), "--json")
    [call_yes] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert "Thursday, December 3 at 12:30 pm" in intro_yes["draft"], intro_yes["draft"]
    assert "Neither of those times works for me, though. Would " in call_yes["draft"], call_yes["draft"]
    assert "work for you instead?" in call_yes["draft"]


def test_an_offered_time_that_fits_is_still_taken_with_no_such_note(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(kindly, _call(tmp_path), profile_file(PRIYA, tmp_path))
    assert "Thursday, December 3 at 12:45 pm works for me." in record["draft"], record["draft"]
    assert "Neither" not in record["draft"]
