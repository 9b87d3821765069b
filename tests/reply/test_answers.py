"""A draft that says yes answers what the sender asked, in the user's own words from the profile."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Answer, load_profile
from kindly.reply.answers import answers_for, answers_to_use, unanswered
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from kindly.understand.questions import questions
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
WHEN = datetime(2026, 11, 10, 9, tzinfo=UTC)
ASKS = (
    "I run Fernhill Design, a seven-person brand and packaging studio. Could you tell me roughly what you "
    "charge for monthly bookkeeping, and whether you also do the cash-flow\nforecasting side? Do you work "
    "with Xero? And who else do you work with?"
)


def test_questions_are_the_sentences_that_ask_with_or_without_a_question_mark() -> None:
    assert questions(ASKS) == [
        "Could you tell me roughly what you charge for monthly bookkeeping, and whether you also do the "
        "cash-flow forecasting side?",
        "Do you work with Xero?",
        "And who else do you work with?",
    ]
    assert questions("I'd love to know what you charge. Thanks!") == ["I'd love to know what you charge."]
    assert questions("We use Xero. Our rates went up.") == []  # said, not asked


def test_a_short_line_without_a_stop_ends_its_sentence_and_a_wrapped_line_goes_on() -> None:
    listed = (
        "Hi Dana,\nA few questions before we start:\n- What do you charge per month?\n- Do you work with Xero\n"
        "Best, Sam"
    )
    assert questions(listed) == ["What do you charge per month?"]  # "Xero Best, Sam" asks nothing
    assert questions("Quick question\nCould you let me know your rates\nThanks, Sam") == [
        "Could you let me know your rates."
    ]
    assert questions("Could you tell me what you\ncharge for monthly bookkeeping?") == [
        "Could you tell me what you charge for monthly bookkeeping?"  # wrapped: it goes on in lower case
    ]
    assert questions("Could you tell me:\n- your rates\n- your turnaround?") == [
        "Could you tell me:",
        "your turnaround?",
    ]


def test_what_they_want_to_know_is_a_question_and_a_demo_asked_for_is_the_meeting() -> None:
    text = (
        "Could we set up a demo of Haulwise for me and our two DC managers in the next two weeks? We'd also "
        "want to know whether you integrate with Manhattan WMS."
    )
    assert unanswered(text, []) == ["We'd also want to know whether you integrate with Manhattan WMS."]


def test_the_profiles_answers_to_what_is_asked_in_the_profiles_order_and_the_rest_left_to_the_user() -> None:
    found = answers_for(ASKS, PROFILE.answers)
    assert found == [
        "For a studio of five to twenty people, monthly bookkeeping usually runs $600 to $1,200 a month; I quote "
        "a fixed monthly fee once I've seen your books.",
        "I work in both QuickBooks Online and Xero, and with Gusto for payroll.",
        "Cash-flow forecasting is a core part of what I do: a rolling 13-week forecast, updated monthly.",
    ]
    assert unanswered(ASKS, PROFILE.answers) == ["And who else do you work with?"]
    # a word inside another is no match: "taxi" is not "tax"
    assert answers_for("Can you share a taxi from the airport?", PROFILE.answers) == []


def test_an_accept_answers_the_senders_questions_in_a_paragraph_of_their_own() -> None:
    ask = Message(
        source="t",
        from_name="Maya Lindqvist",
        from_addr="maya@fernhill.example",
        subject="Bookkeeping for our studio - what do you charge?",
        body=ASKS,
        own_text=ASKS,
        date=WHEN,
    )
    understood = Understanding(
        is_invitation=True, intent=Intent.CLIENT_INQUIRY, purpose_clear=True, confidence=0.9
    )
    draft = compose(ask, understood, Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE, now=WHEN)
    assert draft is not None
    paragraphs = draft.text.split("\n\n")
    assert "a short call" in paragraphs[1]  # the quote is promised after a call...
    assert paragraphs[2].startswith("For a studio of five to twenty people")  # ...and the range given now
    assert "QuickBooks Online and Xero" in paragraphs[2] and "13-week forecast" in paragraphs[2]
    assert check_draft(draft, ask, PROFILE).ok


def test_an_answer_needs_words_to_match_and_an_answer_to_give() -> None:
    with pytest.raises(ValidationError):
        Answer(about=[], answer="I work in Xero.")
    with pytest.raises(ValidationError):
        Answer(about=["Xero"], answer=" ")


def test_formal_and_british_questions_are_questions_too() -> None:
    text = (
        "We should be grateful to know whether you undertake usability testing with patients, and what your "
        "fees would be. Please advise which software you use."
    )
    assert len(questions(text)) == 2
    assert len(answers_for(text, PROFILE.answers)) == 2  # the fee and the software answers


def test_the_questions_left_to_the_user_leave_out_the_asks_to_meet() -> None:
    text = "Would you be open to a video call in early December? Which studios do you work with?"
    assert unanswered(text, PROFILE.answers) == ["Which studios do you work with?"]


def test_a_speaker_is_answered_about_speaking_and_getting_there_never_with_the_users_rates() -> None:
    keynote_fee = Answer(
        about=["speaking fee", "keynote fee"], answer="My keynote fee is CAD 8,500 to 12,000."
    )
    availability = Answer(
        about=["available", "availability"], answer="I am booking keynotes from late January."
    )
    workshop_rates = Answer(about=["fee", "rates", "quote"], answer="A half-day workshop is CAD 6,500.")
    helen = PROFILE.model_copy(update={"answers": [keynote_fee, availability, workshop_rates]})
    body = (
        "We would like a 60-minute keynote at our retreat on Thursday 22 April 2027. Could you let me know your "
        "speaking fee, and whether you are available on that date?"
    )
    ask = Message(source="t", from_name="Laura Chen", subject="Keynote", body=body, own_text=body, date=WHEN)
    understood = Understanding(
        is_invitation=True, intent=Intent.SPEAKING_INVITATION, purpose_clear=True, confidence=0.9
    )
    draft = compose(ask, understood, Verdict(Decision.ACCEPT, "", "goal_fit"), helen, now=WHEN)
    assert draft is not None
    assert "My keynote fee is CAD 8,500 to 12,000. I am booking keynotes from late January." in draft.text
    assert "half-day workshop" not in draft.text  # the rates for the user's own work are no speaker's fee
    # Dana's rates are for bookkeeping: a conference asking her fee gets no answer, and the question is hers
    assert (
        "monthly bookkeeping usually runs"
        not in (
            compose(ask, understood, Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE, now=WHEN) or draft
        ).text
    )
    fee = "What is your speaking fee for a 60-minute keynote?"
    assert unanswered(fee, answers_to_use(PROFILE.answers, "speaking_invitation")) == [fee]
    assert unanswered(fee, answers_to_use(PROFILE.answers, "client_inquiry")) == []
