"""Seventeenth session, an HR director's review: Joanne Whitfield runs HR for a 600-person food manufacturer in
Manchester. HR-tech vendors pitch demos, agencies offer candidates, conferences sell speaking slots, a mentoring
scheme offers her a mentor for the step to COO, and graduates ask whether the company is hiring."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import hr_director_profile, to_hr_director
from support import Kindly, profile_file, triaged_one


def hr_director(tmp_path: Path) -> Path:
    return profile_file(hr_director_profile(), tmp_path)


def mail(tmp_path: Path, body: str, *, sender: str, subject: str, name: str = "mail.eml") -> Path:
    return to_hr_director(
        tmp_path / name, body, sender=sender, subject=subject, date="Tue, 17 Nov 2026 09:25:00 +0000"
    )


# -- a speaking package sold at a price written with its currency's code is paying to speak --------------------


def speaking_offer(tmp_path: Path, price_sentence: str) -> Path:
    return mail(
        tmp_path,
        "Hi Joanne,\n\nWe'd love you to speak at HR Transform North 2027 (Manchester, 22 April) on wellbeing for"
        f" frontline shift workers. {price_sentence}\n\nShall I send over the speaker pack?\n\nBest,\nSophie Lang\n"
        "Partnerships Director, HR Transform North",
        sender="Sophie Lang <sophie@hrtransformnorth.com>",
        subject="Speaking opportunity - HR Transform North 2027",
    )


@pytest.mark.parametrize(
    "price_sentence",
    [
        "Our speaking packages start at GBP 2,500 + VAT, which includes a 20-minute keynote slot and two passes.",
        "Our speaking packages start at £2,500 + VAT, which includes a 20-minute keynote slot and two passes.",
        "Speaking slots are priced from EUR 1,900, which includes a 20-minute keynote slot and two passes.",
        "Stage packages cost 2,500 GBP, which includes a 20-minute keynote slot and two passes.",
    ],
)
def test_a_speaking_package_sold_to_the_speaker_is_declined_whatever_writes_its_currency(
    kindly: Kindly, tmp_path: Path, price_sentence: str
) -> None:
    record = triaged_one(kindly, speaking_offer(tmp_path, price_sentence), hr_director(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "pays_to_appear"
    assert "2,500" in record["reason"] or "1,900" in record["reason"]  # the price whole, not "GBP 2"
    assert "I'd be glad to speak" not in record["draft"]


@pytest.mark.parametrize(
    "price_sentence",
    [
        "Speaking slots are 20 minutes, and we pay a GBP 500 speaker fee plus travel.",
        "Our speaking slots are free for practitioners; delegate tickets are GBP 395.",
    ],
)
def test_a_speaking_slot_that_charges_the_speaker_nothing_is_still_a_yes(
    kindly: Kindly, tmp_path: Path, price_sentence: str
) -> None:
    record = triaged_one(kindly, speaking_offer(tmp_path, price_sentence), hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert record["reason_code"] != "pays_to_appear"


# -- a question that offers the sender's own material asks for none of the user's -----------------------------


@pytest.mark.parametrize(
    "offer",
    [
        "Shall I send over the speaker pack?",
        "Would you like me to send you our speaker pack?",
        "Can I send you the programme brochure?",
    ],
)
def test_an_offer_to_send_a_pack_is_not_answered_with_the_users_own_material(
    kindly: Kindly, tmp_path: Path, offer: str
) -> None:
    invitation = mail(
        tmp_path,
        "Dear Joanne,\n\nI'm putting together the Food and Drink Federation's People Conference on Wednesday 10"
        " March 2027. Several members suggested you, and I'd love you to speak for 20 minutes on shift-worker"
        f" wellbeing on your night shifts. We cover travel and expenses. {offer}\n\nKind regards,\nKaren Osei\n"
        "Head of People Policy, Food and Drink Federation",
        sender="Karen Osei <karen.osei@fdf.org.uk>",
        subject="Speaker invitation - FDF People Conference, 10 March",
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "what you asked for" not in record["draft"]
    assert "shift-wellbeing-guide" not in record["draft"]


def test_a_question_that_asks_for_the_users_pack_is_still_answered_with_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mail(
        tmp_path,
        "Dear Joanne,\n\nI'm putting together the Food and Drink Federation's People Conference on Wednesday 10"
        " March 2027. Several members suggested you, and I'd love you to speak for 20 minutes on shift-worker"
        " wellbeing on your night shifts. We cover travel and expenses. Could you also send us any pack or"
        " guide on shift-worker wellbeing we could share with delegates?\n\nKind regards,\nKaren Osei\n"
        "Head of People Policy, Food and Drink Federation",
        sender="Karen Osei <karen.osei@fdf.org.uk>",
        subject="Speaker invitation - FDF People Conference, 10 March",
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "https://penninefoods.co.uk/people/shift-wellbeing-guide" in record["draft"]


# -- a mentoring scheme that pairs its mentees with experienced leaders offers the user a mentor --------------


def scheme(tmp_path: Path, body: str) -> Path:
    return mail(
        tmp_path,
        f"Dear Joanne,\n\n{body}\n\nBest wishes,\nAmanda Clarke\nProgramme Manager, Northern Leaders",
        sender="Amanda Clarke <amanda@northernleaders.org.uk>",
        subject="Northern Leaders Mentoring Programme 2027",
    )


@pytest.mark.parametrize(
    "body",
    [
        "The Northern Leaders Mentoring Programme pairs senior functional leaders with experienced COOs and"
        " managing directors across the North. We have mentee places open for the 2027 cohort (six sessions from"
        " February). There is no cost to mentees. Would you like to apply?",
        "Our mentoring programme matches each mentee with a seasoned operations director for six sessions from"
        " February. There is no cost to mentees. Would you be interested in applying for a place?",
    ],
)
def test_a_mentoring_scheme_with_a_place_for_the_user_serves_the_find_mentor_goal(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = triaged_one(kindly, scheme(tmp_path, body), hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "find mentor goal" in record["reason"]
    assert "advice" not in (record["draft"] or "")


def test_a_scheme_that_pairs_its_leaders_with_others_as_their_mentor_gives_the_user_none(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the experienced are before "with": the user is asked to be the mentor, not offered one
    body = (
        "The Northern Leaders Mentoring Programme pairs experienced HR directors with emerging leaders from"
        " manufacturing. We have places open for the 2027 cohort. Would you like to apply?"
    )
    record = triaged_one(kindly, scheme(tmp_path, body), hr_director(tmp_path))
    assert "find mentor goal" not in record["reason"]


# -- someone asking the user's firm for a job is a candidate, not a recruiter offering the user a role ----------


@pytest.mark.parametrize(
    "ask",
    [
        "I've just finished my CIPD Level 5 and I'm looking for an HR graduate or HR assistant role in Manchester."
        " Is Pennine Foods hiring at the moment? I'd be grateful for any advice.",
        "I'm currently looking for a production planning role near Oldham and wondered whether Pennine Foods is"
        " hiring. Any pointers would be much appreciated.",
    ],
)
def test_a_job_seeker_is_pointed_to_the_careers_page_and_not_told_the_user_is_not_job_hunting(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    note = mail(
        tmp_path,
        f"Hi Joanne,\n\n{ask}\n\nThanks,\nLuke Jennings",
        sender="Luke Jennings <luke.jennings97@gmail.com>",
        subject="HR roles at Pennine Foods?",
    )
    record = triaged_one(kindly, note, hr_director(tmp_path))
    draft = record["draft"] or ""
    assert "I'm not looking for a new role" not in draft
    assert "your note about the role" not in draft
    assert "https://penninefoods.co.uk/careers" in draft


@pytest.mark.parametrize(
    "pitch",
    [
        "My client is hiring a Head of People for its Leeds site. Would you be open to a confidential chat?",
        "I'm looking for a candidate for a COO role at a chilled foods business. Would you be open to a chat?",
    ],
)
def test_a_recruiters_role_for_a_client_is_not_read_as_a_job_seeker(
    kindly: Kindly, tmp_path: Path, pitch: str
) -> None:
    note = mail(
        tmp_path,
        f"Hi Joanne,\n\n{pitch}\n\nBest,\nTom Reeves\nPartner, Reeves Executive Search",
        sender="Tom Reeves <tom@reevessearch.co.uk>",
        subject="Confidential opportunity",
    )
    record = triaged_one(kindly, note, hr_director(tmp_path))
    assert "penninefoods.co.uk/careers" not in (record["draft"] or "")


# -- a digest of news mailed to a list, one item a webinar, asks nothing of the reader -------------------------


def newsletter(tmp_path: Path, subject: str, items: str) -> Path:
    return mail(
        tmp_path,
        f"People Management weekly\n\n{items}\n\nYou are receiving this because you are a CIPD member."
        " Unsubscribe",
        sender="People Management <newsletter@peoplemanagement.co.uk>",
        subject=subject,
    )


DIGEST_ITEMS = (
    "- Employment Rights Act: what changes in April 2027\n"
    "- Four-day weeks on the factory floor: three case studies\n"
    "- Webinar: fair scheduling for shift workers (register free)"
)


@pytest.mark.parametrize(
    "subject",
    [
        "This week: the Employment Rights Act timetable, and four-day weeks in manufacturing",
        "People Management newsletter - 26 November",
    ],
)
def test_a_newsletter_that_lists_a_webinar_among_its_news_is_not_an_invitation(
    kindly: Kindly, tmp_path: Path, subject: str
) -> None:
    record = triaged_one(kindly, newsletter(tmp_path, subject, DIGEST_ITEMS), hr_director(tmp_path))
    assert record["decision"] == "ignore"
    assert record["reason_code"] == "not_invitation"


def test_an_invitation_mailed_to_a_list_with_its_agenda_is_still_an_invitation(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a subject that invites: the bullets are one event's programme, not a digest's news
    invitation = mail(
        tmp_path,
        "Dear members,\n\nYou're invited to our branch evening for HR directors in manufacturing on shift-worker"
        " wellbeing, Wednesday 13 January 2027, 18:00-20:00, Manchester Central Library.\n\n"
        "- 18:00 arrival and networking\n- 18:30 panel: night shift health\n- 19:30 peer roundtable\n\n"
        "Please let us know if you can join us.\n\nYou are receiving this because you are a CIPD member."
        " Unsubscribe",
        sender="CIPD Greater Manchester Branch <events@cipd-gm.org.uk>",
        subject="Invitation: branch evening this week on shift-worker wellbeing",
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["reason_code"] != "not_invitation"


# -- an invitation from a shared mailbox that asks to be answered by a reply gets a reply -----------------------


def branch_evening(tmp_path: Path, answer: str, sender: str, signed: str) -> Path:
    return mail(
        tmp_path,
        "Dear Joanne,\n\nYou're warmly invited to our January branch evening for HR directors in manufacturing:"
        ' "Shift work, sleep and fatigue - what employers can actually do", with a panel of HR leaders from food'
        f" manufacturing.\n\nWednesday 13 January 2027, 18:00-20:00, Manchester Central Library. {answer}\n\n"
        f"{signed}",
        sender=sender,
        subject="Branch event: Shift work, sleep and fatigue - Wednesday 13 January",
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Please let us know if you can join us.",
        "RSVP by replying to this email.",
    ],
)
def test_an_invitation_that_asks_for_a_reply_is_drafted_one_though_sent_from_a_shared_mailbox(
    kindly: Kindly, tmp_path: Path, answer: str
) -> None:
    invitation = branch_evening(
        tmp_path,
        answer,
        "CIPD Greater Manchester Branch <events@cipd-gm.org.uk>",
        "CIPD Greater Manchester Branch committee",
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert "13 January" in record["draft"]
    assert record["draft"].startswith("Hi there,")  # the committee is no one to greet by name


def test_an_invitation_from_a_shared_mailbox_with_a_booking_link_is_still_left_to_its_link(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = branch_evening(
        tmp_path,
        "Please let us know if you can join us by booking at https://cipd-gm.org.uk/events/january.",
        "CIPD Greater Manchester Branch <events@cipd-gm.org.uk>",
        "CIPD Greater Manchester Branch committee",
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["decision"] == "accept"
    assert not record["draft"]


def test_a_body_signing_a_shared_mailbox_is_not_greeted_by_its_first_word(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = branch_evening(
        tmp_path,
        "RSVP by replying to this email.",
        "Manufacturing People Leaders <hello@mfgpeopleleaders.co.uk>",
        "Manufacturing People Leaders",
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert "Hi Manufacturing" not in (record["draft"] or "")
    assert record["draft"].startswith("Hi there,")


# -- an invitation's stated stretch of the clock is how long it takes; a stage is not declined for speaking ------


def lecture(tmp_path: Path, when: str, topic: str = "people management in a 24/7 food factory") -> Path:
    return mail(
        tmp_path,
        "Dear Ms Whitfield,\n\nI lead the MSc Human Resource Management programme at Salford Business School. Our"
        " students rarely hear from HR leaders in manufacturing, and I would be delighted if you could give a"
        f" guest lecture on {topic}.\n\nThe session would be {when}, on campus."
        "\n\nWould you consider it?\n\nBest wishes,\nIan Boyd\nSenior Lecturer in HRM, Salford Business School",
        sender="Dr Ian Boyd <i.boyd@salford.ac.uk>",
        subject="Guest lecture for MSc HRM students?",
    )


@pytest.mark.parametrize(
    "when", ["Thursday 4 February 2027, 16:00-17:00", "Thursday 4 February 2027 from 4pm to 5pm"]
)
def test_a_one_hour_lecture_is_not_declined_as_taking_an_afternoon(
    kindly: Kindly, tmp_path: Path, when: str
) -> None:
    record = triaged_one(kindly, lecture(tmp_path, when), hr_director(tmp_path))
    assert record["reason_code"] != "no_capacity"
    assert "4 hours" not in record["reason"]


def test_a_stage_declined_as_no_focus_is_not_told_the_user_keeps_time_for_speaking(
    kindly: Kindly, tmp_path: Path
) -> None:
    # (a lecture on her own field - "people management in a 24/7 food factory" - is a yes since s17-hr2: this one
    # is on a subject outside it, only loosely related to her peer-group goal)
    invitation = lecture(
        tmp_path, "Thursday 4 February 2027, 16:00-17:00", topic="how peer groups share what works"
    )
    record = triaged_one(kindly, invitation, hr_director(tmp_path))
    assert record["reason_code"] == "not_current_focus"
    assert "speaking in my field" not in record["draft"]
    assert "keeping my networking time for" in record["draft"]


# -- an event declined for its day alone is asked to keep the user in mind for the next one, not to move --------


def test_an_event_declined_for_its_day_asks_for_the_next_one_not_another_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(hr_director_profile(never=["events on Fridays"]), tmp_path)
    invitation = mail(
        tmp_path,
        "Dear Joanne,\n\nJoin 30 HR directors in manufacturing from across the North West for our winter peer"
        " roundtable breakfast on retention in food manufacturing.\n\nFriday 11 December, 07:30-09:30, The Lowry"
        " Hotel, Manchester. Free to attend.\n\nRSVP by replying to this email.\n\nClaire Houghton\nHR Director,"
        " Warrens Bakery",
        sender="Claire Houghton <claire.houghton@warrensbakery.co.uk>",
        subject="Invitation: HR directors' breakfast - Friday 11 December",
    )
    record = triaged_one(kindly, invitation, profile)
    assert record["reason_code"] == "never_do"
    assert "another day" not in record["draft"]
    assert "next one" in record["draft"]
