"""Renée Castellanos-Boyd, program officer for economic mobility at the Halvorsen Family Foundation in Cleveland
(session 26, funder): she meets co-funders and field leaders, visits grantees, speaks on trust-based philanthropy
and mentors people of colour entering philanthropy; nonprofits' pitches go to the open cycle. Each test is a
message from her mailbox that kindly read wrongly before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import (
    funder_profile,
    funder_thread,
    hr_director_profile,
    prof_profile,
    to_funder,
    to_prof,
)
from support import Kindly, profile_file, triaged, triaged_one


def _to_renee(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Renée against her profile."""
    mail = to_funder(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(funder_profile(), tmp_path))


def _her_note_and_their_reply(
    kindly: Kindly, tmp_path: Path, hers: str, theirs: str, *, sender: str
) -> dict[str, Any]:
    """The record of `sender`'s reply `theirs` to Renée's own mail `hers`."""
    own, reply = funder_thread(tmp_path, hers, theirs, sender=sender)
    _, record = triaged(kindly, own, reply, profile=profile_file(funder_profile(), tmp_path))
    return record


# -- her own invitation to meet, answered with a time and no "yes" -----------------------------------------------


def test_a_time_offered_in_answer_to_her_own_invitation_to_talk_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _her_note_and_their_reply(
        kindly,
        tmp_path,
        "Hi Luis,\n\nIt was lovely to meet you at the ABFE reception. I'd be glad to talk about your move into "
        "philanthropy - would you like to find 30 minutes next week?\n\nRenée\n",
        "Hi Renée,\n\nThank you so much! Would Wednesday, December 9 at 11:00 am work for a call?\n\nLuis\n",
        sender="Luis Fernández <lfernandez@mail.example.com>",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request"), record["reason"]
    assert "Wednesday, December 9 at 11:00 am works" in record["draft"]


def test_a_time_offered_after_her_coffee_invitation_in_other_words_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _her_note_and_their_reply(
        kindly,
        tmp_path,
        "Hello Dr. Moore,\n\nYour report on mobility in Lorain County was terrific. Let's grab a coffee in "
        "December - I'd love to hear what you're seeing.\n\nBest,\nRenée\n",
        "Dear Renée,\n\nWonderful. How about Tuesday, December 15 at 2:30 pm at Phoenix Coffee on Lee Road?\n\n"
        "Raj\n",
        sender="Raj Moore <rmoore@mobilitylab.example.edu>",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Tuesday, December 15 at 2:30 pm" in record["draft"]


def test_a_time_offered_after_her_no_is_not_taken(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: her own note said no, so a time in the answer is no yes of hers
    record = _her_note_and_their_reply(
        kindly,
        tmp_path,
        "Hi Greg,\n\nThanks for thinking of us. We already work with an evaluation partner, so I'll pass.\n\n"
        "Renée\n",
        "Hi Renée,\n\nUnderstood! Would Wednesday, December 9 at 11:00 am work for a quick call anyway?\n\nGreg\n",
        sender="Greg Pollard <greg@impactmetrics.example.com>",
    )
    assert record["reason_code"] != "answers_your_request", record["reason"]


# -- a nonprofit seeking the foundation's funding: pointed to how to apply, in her own words ---------------------

_HOW_TO_APPLY = "halvorsenfoundation.example.org/apply"


def test_a_coffee_to_introduce_a_nonprofits_work_gets_her_way_to_apply(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Dear Renée,\n\nI'm the executive director of BrightPath Ohio, a nonprofit helping single mothers in Cleveland "
        "finish their associate degrees. I'd love to buy you a coffee sometime in the next few weeks to introduce "
        "our work and hear about the foundation's priorities.\n\nWarmly,\nKeisha Grant\n",
        sender="Keisha Grant <keisha@brightpathohio.example.org>",
        subject="Coffee to introduce our work?",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "apply_answer"), record["reason"]
    assert _HOW_TO_APPLY in record["draft"] and "I'll pass" not in record["draft"]


def test_a_call_to_explore_a_fit_with_her_portfolio_is_not_taken_for_her_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "economic mobility" is her goal's field, but they seek her funding: the cycle answers it, not a meeting
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nLakeshore Works trains adults in East Cleveland for jobs in advanced manufacturing. Could we "
        "find 20 minutes to share more about our program and explore whether there might be a fit with Halvorsen's "
        "economic mobility portfolio?\n\nBest,\nPaul Brennan\nDevelopment Director\n",
        sender="Paul Brennan <pbrennan@lakeshoreworks.example.org>",
        subject="Exploring a partnership",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "apply_answer"), record["reason"]
    assert _HOW_TO_APPLY in record["draft"] and "Would " not in record["draft"]


def test_a_grant_sought_in_other_words_gets_her_way_to_apply(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hello,\n\nWe are seeking a grant for our youth financial literacy program in Akron. Could we schedule a "
        "call to discuss how it aligns with your funding priorities?\n\nThank you,\nDevon Miles\n",
        sender="Devon Miles <dmiles@akronyouthmoney.example.org>",
        subject="Grant inquiry",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "apply_answer"), record["reason"]
    assert _HOW_TO_APPLY in record["draft"]


def test_a_co_funder_proposing_a_pooled_fund_is_no_seeker(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: another funder writes of a fit with her portfolio to fund beside her
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nI'm a program officer at the Gund Foundation. A few of us are exploring a pooled fund for a "
        "guaranteed income pilot in Cuyahoga County - a good fit with your economic mobility portfolio. Could we "
        "talk for 45 minutes in the next two weeks?\n\nBest,\nJonathan\n",
        sender="Jonathan Weiss <jweiss@gundfoundation.example.org>",
        subject="Pooling funds for a guaranteed income pilot?",
    )
    assert record["reason_code"] != "apply_answer", record["reason"]


def test_without_a_saved_way_to_apply_a_nonprofits_coffee_is_weighed_as_before(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a user who saved no answer on applying for funding is no grantmaker to kindly

    mail = to_funder(
        tmp_path / "mail.eml",
        "Dear Joanne,\n\nI'd love to buy you a coffee to introduce our work on apprenticeships for young people in "
        "Greater Manchester.\n\nKeisha\n",
        sender="Keisha Grant <keisha@brightpath.example.org>",
        subject="Coffee?",
    )
    record = triaged_one(kindly, mail, profile_file(hr_director_profile(), tmp_path))
    assert record["reason_code"] != "apply_answer", record["reason"]


# -- a grantee's own occasion: the goal to visit grantees and their convenings --------------------------------------


def test_a_grantees_graduation_that_calls_her_their_funder_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Dear Renée,\n\nThank you again for Halvorsen's grant this year. Our Cohort 12 graduates - 34 adults "
        "completing our healthcare training - will celebrate on Thursday, December 10 at 2:00 pm at our Superior "
        "Avenue campus. It would mean so much to our graduates to have you there as our funder.\n\nWarmly,\n"
        "Tasha Reid\n",
        sender="Tasha Reid <treid@towardemployment.example.org>",
        subject="You're invited: Cohort 12 graduation",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "Thursday, December 10 at 2:00 pm" in record["draft"]


def test_a_grantees_open_house_in_other_words_is_accepted(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nWe're opening our new Eastside Career Hub, made possible in part by your support of our "
        "apprenticeship program, with a ribbon cutting and open house on Wednesday, December 16 at 10:30 am. We "
        "would be honored if you could join us.\n\nMarcus Lee\nDirector, Eastside Works\n",
        sender="Marcus Lee <mlee@eastsideworks.example.org>",
        subject="Ribbon cutting - Eastside Career Hub",
    )
    assert record["decision"] == "accept", record["reason"]


def test_a_strangers_gala_is_no_grantees_occasion(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: an event from an organisation she does not fund is weighed as any event
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nOur Cohort 3 graduates will celebrate on Thursday, December 10 at 2:00 pm at our Superior Avenue "
        "campus - would you like to come along?\n\nJo Park\nRiverbend Training\n",
        sender="Jo Park <jpark@riverbendtraining.example.org>",
        subject="Graduation invitation",
    )
    assert record["decision"] != "accept", record["reason"]


# -- the board chair's friend with "a small ask": asked what it is, never turned down as a seller -----------------


def test_a_small_ask_kept_for_a_call_is_asked_about(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Dear Renée,\n\nBill Halvorsen, your board chair, suggested I reach out to you. We've been friends for years. "
        "I have a small ask I'd rather not put in an email - might you have 15 minutes for a call in the next week "
        "or two?\n\nWith thanks,\nCharles Whitmore\n",
        sender="Charles Whitmore <cwhitmore@whitmorelaw.example.com>",
        subject="A small ask",
    )
    assert (record["decision"], record["reason_code"]) == ("ask_details", "purpose_unclear"), record["reason"]
    assert "I'll pass" not in record["draft"]


def test_a_favour_better_discussed_by_phone_is_asked_about(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nMargaret Chu on your board gave me your name. I have a personal favor to ask that is better "
        "discussed by phone. Could we talk on Thursday afternoon?\n\nAll best,\nDouglas Fenn\n",
        sender="Douglas Fenn <dfenn@fennpartners.example.com>",
        subject="Introduction via Margaret",
    )
    assert record["decision"] == "ask_details", record["reason"]


def test_an_ask_said_in_full_is_weighed_as_it_reads(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the ask is said - a seller's call for the software she already has
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nI have a quick request: 15 minutes for a demo of GrantFlow, our grants management software, "
        "which cuts review time in half. Would next Tuesday work?\n\nSophie Lane\n",
        sender="Sophie Lane <sophie.lane@grantflow.example.com>",
        subject="Quick request",
    )
    assert record["decision"] == "decline", record["reason"]


# -- a reporter's interview: her saved answer sends press to the communications director ---------------------------


def test_a_reporters_interview_gets_her_saved_answer_on_press(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hi Renée,\n\nI'm a reporter at The Plain Dealer writing a story on guaranteed income pilots in Ohio. Would "
        "you have 15 minutes this week for a quick interview about how foundations are thinking about them?\n\n"
        "Jordan Ellis\n",
        sender="Jordan Ellis <jellis@plaindealer.example.com>",
        subject="Comment for a story on guaranteed income",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_saved"), record["reason"]
    assert "press@halvorsenfoundation.example.org" in record["draft"]
    assert "speaker" not in record["draft"] and "event" not in record["draft"]


def test_a_business_writers_interview_in_other_words_gets_her_saved_answer_on_press(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hello Ms. Castellanos-Boyd,\n\nI'm writing an article for Crain's Cleveland Business on trends in local "
        "foundation giving. Could I interview you by phone next week?\n\nThanks,\nPriya Das\n",
        sender="Priya Das <pdas@crainscleveland.example.com>",
        subject="Interview request - foundation giving",
    )
    assert record["reason_code"] == "refer_saved", record["reason"]
    assert "Dana Whitcomb" in record["draft"]


def test_a_saved_answer_that_sends_nowhere_leaves_the_interview_as_weighed(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the professor's answer on stories says how she talks, not where press goes

    mail = to_prof(
        tmp_path / "mail.eml",
        "Hi Dr. Okonkwo-Barr,\n\nI'm a reporter at a trade weekly for the chemical industry. Would you have 15 minutes "
        "for an interview for a story on polymer pricing?\n\nSam Ortiz\n",
        sender="Sam Ortiz <sortiz@chemweekly.example.com>",
        subject="Interview request",
    )
    record = triaged_one(kindly, mail, profile_file(prof_profile(), tmp_path))
    assert record["reason_code"] != "refer_saved", record["reason"]


# -- a never-rule in her own words keeps a plural's apostrophe -------------------------------------------------------


def test_a_request_for_grantee_data_is_declined_in_her_words_with_their_apostrophe(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Hello Renée,\n\nI'm a PhD student studying workforce programs. Would the foundation be able to share outcome "
        "data from your grantees (participant-level if possible) for my dissertation? I'm happy to sign a data use "
        "agreement.\n\nThank you,\nEmily Zhou\n",
        sender="Emily Zhou <ezhou@policyresearch.example.edu>",
        subject="Request for grantee outcome data",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "applicants' information" in record["draft"]


# -- a job seeker: her own saved answer on openings, before a resource kindly chose ---------------------------------


def test_a_job_seeker_asking_if_she_is_hiring_gets_her_saved_answer_on_openings(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_renee(
        kindly,
        tmp_path,
        "Dear Renée,\n\nI'm a nonprofit program manager with seven years in workforce development and I'd love to work "
        "in philanthropy. Is Halvorsen hiring? I've attached my resume and would welcome a chance to talk.\n\n"
        "Marcus Bell\n",
        sender="Marcus Bell <marcusbell.jobs@mail.example.com>",
        subject="Opportunities at Halvorsen",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_answer"), record["reason"]
    assert "halvorsenfoundation.example.org/careers" in record["draft"]
