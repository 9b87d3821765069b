"""Found in the eighth session's code review, each run as code; kept as examples of what must not return."""

from __future__ import annotations

from datetime import UTC, datetime

from kindly.decide.fit import audience_phrase
from kindly.decide.policy import Context, decide
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Goal, GoalKind, load_profile
from kindly.reply.answers import unanswered
from kindly.reply.compose import compose
from kindly.reply.recipients import copied_on_reply
from kindly.understand.classify import Text
from kindly.understand.questions import questions
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
WHEN = datetime(2026, 11, 20, 9, tzinfo=UTC)


def note(body: str, sender: str = "gordon@pike.example", subject: str = "Hello", **more: object) -> Message:
    return Message(
        source="t",
        from_name="Gordon Pike",
        from_addr=sender,
        subject=subject,
        body=body,
        own_text=body,
        date=WHEN,
        **more,  # type: ignore[arg-type]
    )


def understood(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


def test_a_group_meeting_on_a_day_off_is_declined_like_an_event() -> None:
    group = note("Join our peer group of independent bookkeepers - next meeting Monday, December 28 at 6pm!")
    verdict = decide(
        group, understood(Intent.COMMUNITY_INVITATION), PROFILE, Context(away_on="Monday, December 28")
    )
    assert verdict.reason_code == "away"


def test_a_client_writing_from_the_users_own_non_public_domain_is_still_a_client() -> None:
    user = PROFILE.user.model_copy(update={"email": "dana.reyes@yahoo.ca"})
    profile = PROFILE.model_copy(update={"user": user})
    inquiry = note("We run a six-person design studio and need monthly bookkeeping.", "ruth@yahoo.ca")
    assert decide(inquiry, understood(Intent.CLIENT_INQUIRY), profile, Context()).reason_code != "internal"


def test_someone_asking_to_be_introduced_gets_no_copy_of_the_reply_sent_on() -> None:
    ask = note(
        "Could you introduce me to your planner? I've copied my colleague Sam.",
        to=("dana@example.com", "sam@x.example"),
    )
    assert copied_on_reply(ask, PROFILE.user.email, "introduction", "accept") == ()


def test_a_past_day_of_the_same_name_does_not_cancel_the_proposed_one() -> None:
    ask = note(
        "Great to see you last Thursday! Could we meet Thursday, November 26 at 10am to talk retainers?"
    )
    user = PROFILE.user.model_copy(update={"holidays": ""})
    profile = PROFILE.model_copy(update={"user": user})
    draft = compose(
        ask, understood(Intent.COFFEE_CHAT), Verdict(Decision.ACCEPT, "", "goal_fit"), profile, now=WHEN
    )
    assert draft is not None and "Thursday, November 26 at 10am works for me." in draft.text


def test_an_organiser_forwarding_their_own_invitation_is_not_thanked_for_passing_it_on() -> None:
    forwarded = (
        "---------- Forwarded message ---------\nFrom: Gordon Pike <gordon@pike.example>\nSubject: Panel\n\n"
        "Would you join our panel on Wednesday, December 2? We pay a $500 honorarium."
    )
    bump = note(
        "Just bumping this up in case it got buried - any thoughts?",
        subject="Fwd: Panel",
        quoted_text=forwarded,
    )
    draft = compose(
        bump,
        understood(Intent.SPEAKING_INVITATION),
        Verdict(Decision.ACCEPT, "", "goal_fit"),
        PROFILE,
        now=WHEN,
    )
    assert draft is not None and "passing this on" not in draft.text and "organisers" not in draft.text


def test_whom_a_goal_serves_is_a_short_noun_phrase_or_nothing() -> None:
    for description, whom in [
        ("Get paid work from architecture firms who need monthly books", ""),
        ("Studios that need bookkeeping for their clients", "Studios"),
        ("Find clients for my bookkeeping practice", ""),
    ]:
        assert audience_phrase(Goal(kind=GoalKind.FIND_CLIENTS, description=description)) == whom


def test_questions_in_a_list_and_asks_to_talk() -> None:
    assert questions("A few things:\n- Can you handle EDI?") == ["Can you handle EDI?"]
    assert unanswered("Could we talk next week?", PROFILE.answers) == []


def test_a_bare_forward_is_not_read_twice() -> None:
    body = "Thoughts?\n\n---------- Forwarded message ---------\nFrom: A <a@x.example>\n\nJoin our mixer on Friday!"
    assert Text.from_body("Fwd: Mixer", body).with_forwarded == ""  # the forward is already read whole
