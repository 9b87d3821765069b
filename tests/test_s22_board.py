"""Maggie Lindqvist, a retired public-company CFO in Toronto who sits on two boards and wants a third (session 22).
Her next seat comes through headhunters' board searches, she mentors women moving into finance leadership, she
speaks at director conferences, and her assistant forwards what comes to the office. kindly must say yes to what
serves those goals, in words that are true: a board search is no job she is "not looking for", a mentee is no
stranger to point at the programme she is already in, and a call to prepare a talk is not the talk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.board_seats import director_searched, seeks_a_board_seat
from kindly.decide.funders import seeks_donors_for_client
from kindly.decide.mentoring import career_step_asked, mentors_others
from kindly.model import Intent
from kindly.profile import Goal, GoalKind
from kindly.understand.extract import extract
from personas import DIRECTOR_FOUNDATION, DIRECTOR_MENTORING, DIRECTOR_SPEAKING, director_profile, varied
from support import Kindly, eml, incoming, profile_file, triaged_one

MAGGIE = "Margaret Lindqvist <maggie@lindqvist.ca>"


def _to_maggie(
    kindly: Kindly,
    tmp_path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    date: str = "Mon, 30 Nov 2026 09:12:00 -0500",
    profile: str = "",
) -> dict[str, Any]:
    """The triage record of a mail to Maggie against her profile (or `profile`)."""
    mail = eml(tmp_path / "m.eml", body, sender=sender, subject=subject, date=date, to=MAGGIE)
    return triaged_one(kindly, mail, profile_file(profile or director_profile(), tmp_path))


# -- a headhunter's board search is the way to the seat her goal aims for ------------------------------------------

NORTHFIELD_SEARCH = """Dear Ms. Lindqvist,

I lead the board practice at Caldwell Harte in Toronto. We have been retained by Northfield Resources Inc.
(TSX: NFR), a mid-size gold producer, to find an independent director who will chair its audit committee from
the 2027 AGM.

Would you be open to a confidential conversation about the role? I could do Thursday, December 10 at 11:00 am
or Friday, December 11 at 2:00 pm (Toronto time), by phone or at our office on Bay Street.

With kind regards,
Elaine Fraser
Partner, Board Practice, Caldwell Harte
"""
HEADHUNTER = "Elaine Fraser <efraser@caldwellharte.example.com>"


def test_a_headhunters_board_search_is_a_yes_at_the_time_she_offers(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_maggie(
        kindly, tmp_path, NORTHFIELD_SEARCH, sender=HEADHUNTER, subject="Confidential: director search"
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert 'a search for the role your goal aims for ("independent director")' in record["reason"]
    assert "Thursday, December 10 at 11:00 am works for me" in record["draft"]
    assert "not quite the role" not in record["draft"]


def test_a_board_search_named_only_in_the_subject_still_serves_the_seat(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Maggie,\n\nWe have just been retained by Calloway Systems (TSX: CLW), a software company of about $900 "
        "million, to add a public-company CFO to its audit committee. I thought of you immediately.\n\nCould we "
        "speak next week? Any afternoon works on my side.\n\nBest,\nPriya Raman\nPartner, Raman Search\n"
    )
    record = _to_maggie(
        kindly, tmp_path, body, sender="Priya Raman <priya@ramansearch.example.com>", subject="A board search"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Would " in record["draft"] and "pm or " in record["draft"]  # two afternoon times of hers


def test_a_recruiter_for_an_executive_job_is_no_board_seat(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "Director" in a job's title is a role she left behind, not a seat on a board
    body = (
        "Dear Margaret,\n\nI'm recruiting a Finance Director for a fast-growing logistics company in Mississauga. "
        "Would you be open to a confidential conversation about the role?\n\nBest,\nTom Reid\nSenior Recruiter\n"
    )
    record = _to_maggie(
        kindly, tmp_path, body, sender="Tom Reid <tom@reidrecruiting.example.com>", subject="Finance Director"
    )
    assert record["decision"] == "decline", record["reason"]
    assert director_searched(body) == ""


def test_a_board_search_without_a_goal_of_a_seat_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same search to a director whose goals seek no further seat
    others = director_profile(goals=(DIRECTOR_MENTORING, DIRECTOR_SPEAKING, DIRECTOR_FOUNDATION))
    record = _to_maggie(
        kindly, tmp_path, NORTHFIELD_SEARCH, sender=HEADHUNTER, subject="Director search", profile=others
    )
    assert record["decision"] == "decline", record["reason"]


@pytest.mark.parametrize(
    ("kind", "description", "seeks"),
    [
        (GoalKind.FIND_CLIENTS, "One more independent-director seat on a TSX board", True),
        (GoalKind.CUSTOM, "A non-executive directorship at a listed company", True),
        (GoalKind.CUSTOM, "A seat on a public company board by 2028", True),
        (GoalKind.FIND_COMMUNITY, "Meet independent directors of TSX companies", False),
        (GoalKind.FIND_CLIENTS, "Sell our board portal to corporate secretaries", False),
    ],
)
def test_which_goals_aim_for_a_board_seat(kind: GoalKind, description: str, seeks: bool) -> None:
    goal = Goal(kind=kind, description=description, targets=["boards"], priority=1)
    assert seeks_a_board_seat(goal) is seeks


# -- a mentee's request is the mentoring her goal gives ------------------------------------------------------------

MENTEE = """Hi Maggie,

Thank you again for being my mentor through the Women in Capital Markets programme this year. I have some news:
I've been shortlisted for VP Finance at Ardent Foods, and the final panel interview is on December 17.

Could we find 45 minutes before then so I can walk you through how I'd answer the questions about leading the
year-end audit? I know you're busy, so any time that suits you is fine.

Gratefully,
Priya
"""


def test_a_mentees_request_is_a_yes_before_her_interview_not_on_its_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_maggie(
        kindly,
        tmp_path,
        MENTEE,
        sender="Priya Sandhu <priya.sandhu@example.com>",
        subject="Could you help me prepare for a VP Finance interview?",
        date="Tue, 01 Dec 2026 07:45:00 -0500",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    draft = record["draft"]
    assert "wcm.ca" not in draft  # no pointing the mentee at the programme she is already in
    assert "December 17" not in draft  # the interview's day, not the day to meet
    assert draft.count(" at 10:00 am") + draft.count(" at 2:30 pm") >= 1 and " or " in draft


def test_a_request_for_advice_without_a_goal_of_mentoring_is_not_taken_on(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the same request to a director whose goals do not mentor anyone
    others = director_profile(goals=(DIRECTOR_SPEAKING, DIRECTOR_FOUNDATION))
    record = _to_maggie(
        kindly,
        tmp_path,
        MENTEE,
        sender="Priya Sandhu <priya.sandhu@example.com>",
        subject="Could you help me prepare?",
        profile=others,
    )
    assert record["decision"] != "accept", record["reason"]


@pytest.mark.parametrize(
    ("description", "mentors"),
    [
        ("Mentor women moving into finance leadership roles", True),
        ("Give back by mentoring first-time founders", True),
        ("Coaching junior designers into senior roles", True),
        ("Find a mentor who has grown a practice", False),
        ("Mentoring for my move to a COO role", False),
        ("Mentor who has sat on a TSX board", False),
        ("Mentoring circle of first-time finance managers", False),
    ],
)
def test_which_goals_are_the_users_own_mentoring(description: str, mentors: bool) -> None:
    assert mentors_others(description) is mentors


# -- a call to prepare a talk is not the talk ------------------------------------------------------------------------


ICD_PROGRAMMING = "Michael Ostrowski <mo@icd.example.ca>"


def test_a_call_offered_to_shape_a_panel_is_said_yes_to_as_the_call(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dear Maggie,\n\nThank you - we would be delighted. The programme committee would like you on the audit "
        "committee panel at the Directors' Conference in June. Could we have a 30-minute call to shape the session? Tuesday, December 8 at 2:00 pm "
        "or Wednesday, December 9 at 11:00 am would work for me.\n\nBest,\nMichael Ostrowski\nDirector, "
        "Programming, Institute of Corporate Directors\n"
    )
    record = _to_maggie(
        kindly,
        tmp_path,
        body,
        sender=ICD_PROGRAMMING,
        subject="Speaking at the ICD Directors' Conference?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert (
        "Yes, I would be glad to join the panel, and Tuesday, December 8 at 2:00 pm works for me for the call to "
        "shape the session." in record["draft"]
    )


def test_a_panel_on_the_day_it_names_is_still_said_yes_to_on_that_day(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the time offered is the panel's own
    body = (
        "Dear Maggie,\n\nWould you join our panel on audit committee governance at the ICD Toronto chapter on "
        "Tuesday, December 8 at 2:00 pm? It is a 60-minute session at the National Club.\n\nBest,\nMichael "
        "Ostrowski\nDirector, Programming, Institute of Corporate Directors\n"
    )
    record = _to_maggie(kindly, tmp_path, body, sender=ICD_PROGRAMMING, subject="Panel on December 8")
    assert record["decision"] == "accept", record["reason"]
    assert "on Tuesday, December 8 at 2:00 pm" in record["draft"]
    assert "for the call" not in record["draft"]


# -- her assistant's forward of an invitation for her ------------------------------------------------------------

FORWARDED_ROUNDTABLE = """{note}

---------- Forwarded message ---------
From: Sandra Whitcombe <swhitcombe@icd.example.ca>
Date: Mon, Nov 30, 2026 at 4:10 PM
Subject: ICD Toronto - moderator for the February audit committee roundtable
To: Joanne Park <joanne@lindqvist.ca>

Dear Joanne,

Could you ask Maggie whether she would moderate our audit committee roundtable on Wednesday, February 17,
2027, 4:00-6:00 pm at the National Club, 303 Bay Street? The topic is audit committee oversight of
cybersecurity, with about 40 directors attending.

Many thanks,
Sandra Whitcombe
Program Director, ICD Toronto Chapter
"""


def _from_assistant(kindly: Kindly, tmp_path: Path, note: str) -> dict[str, Any]:
    return _to_maggie(
        kindly,
        tmp_path,
        FORWARDED_ROUNDTABLE.format(note=note),
        sender="Joanne Park <joanne@lindqvist.ca>",
        subject="Fwd: ICD Toronto - moderator for the February audit committee roundtable",
        date="Tue, 01 Dec 2026 09:30:00 -0500",
    )


def test_an_assistants_forward_that_says_it_looks_like_hers_is_answered_yes(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _from_assistant(
        kindly,
        tmp_path,
        "Maggie - this one looks like yours. Shall I say yes and put it in the diary?\nJoanne",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Yes, I would be glad to moderate it on Wednesday, February 17" in record["draft"]
    assert "Please do say yes for me" in record["draft"]


def test_an_assistants_forward_for_information_only_stays_hers(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: passed on for information, nothing asked
    record = _from_assistant(kindly, tmp_path, "FYI - I already told Sandra you're away that week.\nJoanne")
    assert record["decision"] == "ignore", record["reason"]


# -- a former colleague's coffee about her own next step -----------------------------------------------------------

FIONA = """Hi Maggie,

Fiona here, from the Lakeshore Power finance team (I was the controller when you left). I'm now Head of Finance at
a hospital network and thinking about the next step up. Could I buy you a coffee one morning next week?

Best,
Fiona
"""


def test_a_coffee_about_the_senders_next_step_up_is_the_mentoring_her_goal_gives(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_maggie(
        kindly,
        tmp_path,
        FIONA,
        sender="Fiona McAllister <fiona.mcallister@example.com>",
        subject="Catching up",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Mentor women" in record["reason"]
    assert "Would " in record["draft"] and "10:" in record["draft"]


def test_a_coffee_about_nothing_of_her_career_is_not_mentoring(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a coffee to talk about the sender's product is no step up of theirs
    body = FIONA.replace(
        "thinking about the next step up", "launching a new treasury dashboard for hospital finance teams"
    )
    record = _to_maggie(kindly, tmp_path, body, sender="Fiona McAllister <fm@example.com>", subject="Coffee?")
    assert "Mentor women" not in record["reason"]


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("I'm thinking about the next step up.", "the next step up"),
        ("I'd value your advice on my next move.", "my next move"),
        ("As I step up into a CFO role next year", "step up into a CFO role"),
        ("Could we talk about the next step for the project?", ""),
        ("We stepped up our audit work this year.", ""),
    ],
)
def test_which_words_speak_of_the_senders_next_career_step(text: str, step: str) -> None:
    assert career_step_asked(text) == step


# -- words of a formal letter that are true ------------------------------------------------------------------------


def test_a_formal_reply_greets_by_first_name_whoever_writes_to_her_by_the_name_she_signs(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "Hi Maggie" to Margaret, who signs "Maggie Lindqvist": they are on first names, as with "Hi Margaret"
    record = _to_maggie(
        kindly,
        tmp_path,
        NORTHFIELD_SEARCH.replace("Dear Ms. Lindqvist,", "Hi Maggie,"),
        sender=HEADHUNTER,
        subject="Director search",
    )
    assert record["draft"].startswith("Dear Elaine,"), record["draft"]


def test_a_formal_reply_to_who_writes_to_ms_lindqvist_keeps_the_whole_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "Dear Ms. Lindqvist" is answered as formally, with no guess at Ms. or Mrs.
    record = _to_maggie(kindly, tmp_path, NORTHFIELD_SEARCH, sender=HEADHUNTER, subject="Director search")
    assert record["draft"].startswith("Dear Elaine Fraser,"), record["draft"]


EXPERT_CALL = """Hi Margaret,

I'm with Meridian Expert Network. One of our clients, an institutional investor, is looking to speak with a former
CFO of a Canadian utility about audit committee practices in the sector. It would be a 60-minute phone
consultation, paid at $750 an hour.

Would you be available for a call this week?

Best,
Ryan Cho
Associate, Meridian Expert Network
"""


def test_an_expert_networks_call_declined_wishes_no_event_well(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_maggie(
        kindly,
        tmp_path,
        EXPERT_CALL,
        sender="Ryan Cho <rcho@meridianexpertnetwork.example.com>",
        subject="Paid consultation: audit practices at Canadian utilities (60 min, $750)",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "paid expert-network calls" in record["draft"]
    assert "event" not in record["draft"]
    assert "the project" in record["draft"]


# -- a seat on a board sold is declined as the seat it is --------------------------------------------------------

SEAT_FOR_A_FEE = """Dear Margaret,

Following a review of your LinkedIn profile, our Selection Committee is pleased to offer you a seat on the Global
Advisory Board of Vantor Capital Holdings. Advisory Board members enjoy international visibility and quarterly
virtual meetings.

To confirm your seat, a one-time onboarding and membership fee of USD 2,400 is payable within 7 days.

Selection Committee
Board Seats International
"""


def test_a_board_seat_offered_for_a_fee_is_declined_as_a_seat_not_a_feature(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_maggie(
        kindly,
        tmp_path,
        SEAT_FOR_A_FEE,
        sender="Board Seats International <placements@boardseats-intl.example.net>",
        subject="Congratulations - you have been selected for an Advisory Board seat",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I do not pay for a seat on a board" in record["draft"]
    assert "featured" not in record["draft"] and "the issue" not in record["draft"]


REGISTRY = "Canadian Who's Who Registry <editor@cdnwhoswho.example.com>"
WHOS_WHO = "Canadian Who's Who 2027 - confirm your biography"


def test_a_listing_sold_is_still_declined_as_paying_to_be_featured(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a directory's listing for a fee is a page, not a seat
    body = (
        "Dear Ms. Lindqvist,\n\nYou have been selected for inclusion in the 2027 edition of the Canadian Who's Who "
        "Registry of Distinguished Executives. Please confirm your biography. Premium listing with photograph and a "
        "framed certificate: $395. Please reply by December 15.\n\nEditorial Board\n"
    )
    record = _to_maggie(
        kindly,
        tmp_path,
        body,
        sender=REGISTRY,
        subject=WHOS_WHO,
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I do not pay to be featured" in record["draft"]


# -- a donor for the foundation she chairs ---------------------------------------------------------------------

DONOR = """Dear Maggie,

My wife and I were moved by the presentation on the Riverdale Hospital Foundation's cardiac wing campaign at the
gala. My father was treated at Riverdale's cardiac unit last year, and our family foundation is considering a
significant gift.

Could we meet in person to talk about the campaign and how a gift might be recognised? I am free most afternoons
next week.

Regards,
Gordon Lau
Lau Family Office
"""


def test_a_donor_weighing_a_gift_to_her_client_serves_the_goal_of_donors_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_maggie(
        kindly,
        tmp_path,
        DONOR,
        sender="Gordon Lau <gordon@laufamilyoffice.example.com>",
        subject="Cardiac wing",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "help client goal" in record["reason"], record["reason"]
    assert "pm or " in record["draft"]  # the afternoons he offered


def test_a_gift_means_nothing_to_a_client_goal_that_seeks_no_donors(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same foundation, but all she seeks for it is a new CEO
    ceo_only = varied(
        DIRECTOR_FOUNDATION,
        description="Riverdale Hospital Foundation (I chair its board): a new CEO",
        targets=["Riverdale Hospital Foundation", "CEO search"],
    )
    record = _to_maggie(
        kindly,
        tmp_path,
        DONOR,
        sender="Gordon Lau <gordon@laufamilyoffice.example.com>",
        subject="Cardiac wing",
        profile=director_profile(goals=(DIRECTOR_SPEAKING, ceo_only)),
    )
    assert "help client goal" not in record["reason"], record["reason"]


@pytest.mark.parametrize(
    ("description", "seeks"),
    [
        ("Riverdale Hospital Foundation: major donors for the cardiac wing campaign", True),
        ("Find funders for the Eastside Food Bank's new warehouse", True),
        ("Riverdale Hospital Foundation: a new CEO", False),
    ],
)
def test_which_client_goals_seek_donors_for_the_client(description: str, seeks: bool) -> None:
    goal = Goal(kind=GoalKind.HELP_CLIENT, description=description, targets=[], priority=1)
    assert seeks_donors_for_client(goal) is seeks


WHOS_WHO_FORWARD = """{note}

---------- Forwarded message ---------
From: Canadian Who's Who Registry <editor@cdnwhoswho.example.com>
Subject: Canadian Who's Who 2027 - confirm your biography
To: Joanne Park <joanne@lindqvist.ca>

Dear Ms. Lindqvist,

You have been selected for inclusion in the 2027 edition of the Canadian Who's Who Registry of Distinguished
Executives. Please confirm your biography. Premium listing with photograph and a framed certificate: $395.
Please reply by December 15.

Editorial Board
"""


def test_a_no_to_what_her_assistant_forwards_is_told_to_the_assistant_plainly(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_maggie(
        kindly,
        tmp_path,
        WHOS_WHO_FORWARD.format(note="Another one of these - I assume no?\nJ."),
        sender="Joanne Park <joanne@lindqvist.ca>",
        subject=f"Fwd: {WHOS_WHO}",
    )
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"]
    assert draft.startswith("Dear Joanne,") and "I do not pay to be featured" in draft
    assert (
        "the issue" not in draft and "overview" not in draft
    )  # nothing of the registry's, nothing asked of her


def test_a_no_to_the_registry_itself_still_wishes_it_well(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the registry's own mail, not forwarded, keeps its closing wish
    body = WHOS_WHO_FORWARD.split("Dear Ms. Lindqvist,", 1)[1]
    record = _to_maggie(
        kindly,
        tmp_path,
        "Dear Ms. Lindqvist," + body,
        sender=REGISTRY,
        subject=WHOS_WHO,
    )
    assert record["decision"] == "decline", record["reason"]
    assert any(wish in record["draft"] for wish in ("success with", "goes well", "best wishes for"))


@pytest.mark.parametrize(
    ("ask", "form"),
    [
        ("Would you moderate the panel on audit quality?", "moderate"),
        ("We'd love to have you as our moderator for the evening session.", "moderate"),
        ("Would you join our panel? Jane Roy will moderate the panel.", "panel"),
        ("Would you join our panel, with two directors and a moderator from our standards team?", "panel"),
    ],
)
def test_a_session_she_is_asked_to_moderate_is_told_from_one_she_speaks_on(ask: str, form: str) -> None:
    mail = incoming(ask, subject="Audit committee evening", from_name="Sandra Whitcombe")
    assert extract(mail, Intent.SPEAKING_INVITATION).format == form


# -- a firm's pitch, followed up by the advisor who signed it ------------------------------------------------------

FIRMS_PITCH = """Dear Margaret,

Laurentian Private Counsel works exclusively with retired public-company executives. May we offer you a
complimentary, no-obligation portfolio review with one of our senior wealth advisors? Simply reply to book a
45-minute meeting at your convenience.

Yours truly,
{signed}
Senior Wealth Advisor, Laurentian Private Counsel
"""
FOLLOW_UP = """Dear Margaret,

Just following up on my note of last week. Many of the retired CFOs we work with found a second opinion on their
asset allocation valuable. Would Thursday afternoon suit for a short meeting?

Yours truly,
{follower}, CFA
Senior Wealth Advisor, Laurentian Private Counsel
"""


def pitch_then_follow_up(
    kindly: Kindly, tmp_path: Path, signed: str, follower: str = "Stephen Wallace"
) -> list[dict[str, Any]]:
    """The firm's pitch signed `signed`, then `follower`'s follow-up from his own mailbox at the firm."""
    profile = profile_file(director_profile(), tmp_path)
    first = eml(
        tmp_path / "1.eml",
        FIRMS_PITCH.format(signed=signed),
        sender="Laurentian Private Counsel <advice@laurentianpc.example.com>",
        to=MAGGIE,
        subject="Complimentary portfolio review for retired executives",
        date="Wed, 25 Nov 2026 10:00:00 -0500",
        message_id="lpc-1@laurentianpc.example.com",
    )
    second = eml(
        tmp_path / "2.eml",
        FOLLOW_UP.format(follower=follower),
        sender=f"{follower} <swallace@laurentianpc.example.com>",
        to=MAGGIE,
        subject="Re: Complimentary portfolio review for retired executives",
        date="Tue, 01 Dec 2026 10:05:00 -0500",
        message_id="lpc-2@laurentianpc.example.com",
        in_reply_to="lpc-1@laurentianpc.example.com",
        references=("lpc-1@laurentianpc.example.com",),
    )
    return [triaged_one(kindly, first, profile), triaged_one(kindly, second, profile)]


def test_the_advisors_follow_up_to_his_firms_pitch_gets_no_second_no(kindly: Kindly, tmp_path: Path) -> None:
    pitch, follow_up = pitch_then_follow_up(kindly, tmp_path, "Stephen Wallace, CFA")
    assert pitch["decision"] == follow_up["decision"] == "decline"
    assert pitch["draft"] and not follow_up["draft"]


def test_a_colleague_who_did_not_sign_the_firms_pitch_is_answered_on_his_own(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the firm's mail was signed by someone else; Stephen writes for himself
    pitch, follow_up = pitch_then_follow_up(kindly, tmp_path, "Helen Marsh, CFP")
    assert pitch["draft"] and follow_up["draft"]
