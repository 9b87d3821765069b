"""Found by the ninth session's code review, each reproduced as code before it was fixed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kindly.decide.client_need import as_client
from kindly.decide.policy import stated_hours
from kindly.decide.rules import _alternatives, never_rule_hit
from kindly.decide.scams import scam_cue
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Answer, NeverRule, Resource, load_profile
from kindly.reply.answers import unanswered
from kindly.reply.compose import compose, first_name, formal_name
from kindly.understand.classify import Classifier, Text
from kindly.understand.extract import extract, self_introduction
from kindly.understand.questions import questions
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
WHEN = datetime(2026, 11, 20, 9, tzinfo=UTC)
ACCEPT = Verdict(Decision.ACCEPT, "", "goal_fit")


def mail(body: str, sender: str = "Gordon Pike", when: datetime = WHEN) -> Message:
    return Message(
        source="t", from_name=sender, from_addr="g@pike.example", body=body, own_text=body, date=when
    )


def understood(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


@pytest.mark.parametrize(
    "pitch",
    [
        "We'd love to schedule a 20-minute demo with you next week to walk through our invoicing tool.",
        "I'd love to book a quick demo of our app with you.",
        "Could we get a quick demo on your calendar?",
    ],
)
def test_a_sellers_demo_stays_a_pitch(pitch: str) -> None:
    assert as_client(understood(Intent.SALES_PITCH), PROFILE, pitch).intent is Intent.SALES_PITCH


def test_a_prospect_with_money_who_prefers_whatsapp_is_no_scam() -> None:
    assert (
        scam_cue(
            "We just closed a USD 5,000,000 seed round for our design studio and want a fractional CFO. Happy to "
            "continue the conversation on WhatsApp if that's easier."
        )
        is None
    )


def test_an_alternative_shares_qualifiers_only_with_its_own_kind() -> None:
    assert _alternatives("unpaid speaking engagements or weekend events") == (
        ("unpaid", "speaking"),
        ("weekend",),
    )
    rule = PROFILE.model_copy(update={"never": [NeverRule(what="pay-to-play speaking")]})
    paid = "Would you cover cash flow for studios in a keynote? We pay a $1,500 speaker fee."
    assert never_rule_hit(rule, paid, Intent.SPEAKING_INVITATION) is None


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Join us for the Winter Mixer, hosted by Acme on Thursday, December 10 at 6pm.",
            "Thursday, December 10",
        ),
        (
            "Could we grab coffee before the holidays - say Tuesday, December 8 at 10am?",
            "Tuesday, December 8 at 10am",
        ),
    ],
)
def test_an_ordinary_by_or_before_is_no_deadline(body: str, said: str) -> None:
    intent = Intent.EVENT_INVITATION if "Mixer" in body else Intent.COFFEE_CHAT
    draft = compose(
        mail(body), understood(intent), ACCEPT, PROFILE, now=datetime(2026, 11, 30, 9, tzinfo=UTC)
    )
    assert draft is not None and said in draft.text


def test_a_speaker_out_of_office_until_a_day_is_not_late_for_it() -> None:
    body = "I'm out of the office until November 16, but would you speak at our forum on Tuesday, December 8?"
    draft = compose(
        mail(body, when=datetime(2026, 11, 10, tzinfo=UTC)),
        understood(Intent.SPEAKING_INVITATION),
        ACCEPT,
        PROFILE,
        now=datetime(2026, 11, 30, 9, tzinfo=UTC),
    )
    assert draft is not None and "deadline" not in draft.text


def test_a_colleague_naming_rule_reads_names_not_words_and_people_who_work_there() -> None:
    assert self_introduction("I'm a former analyst at Fieldwork Capital.") == ("", "")
    assert self_introduction("I'm a recruiter for Fieldwork Capital portfolio companies.") == ("", "")
    assert self_introduction("I lead the partnerships team for Europe at Acme Corp.")[0] == "Acme Corp"


def test_a_groups_schedule_is_no_choice_of_times() -> None:
    body = "Our next sessions are:\n- Thursday, December 3: budgeting\n- Thursday, January 7: taxes\nJoin us?"
    assert " or " not in extract(mail(body)).when


@pytest.mark.parametrize(
    "body",
    [
        "Join us on Thursday, December 10 - 6 to 8 pm at the Ace.",
        "Our mixer is on Thursday, December 10 - 20 studio owners have said yes so far.",
    ],
)
def test_a_dash_after_a_date_is_not_always_a_span_of_days(body: str) -> None:
    draft = compose(mail(body), understood(Intent.EVENT_INVITATION), ACCEPT, PROFILE, now=WHEN)
    assert draft is not None and "see you on Thursday, December 10" in draft.text


def test_a_fireside_chat_at_a_summit_is_a_talk_not_a_call() -> None:
    body = "Would you join our CEO for a fireside chat at the Creative Industries Summit on Thursday, December 10?"
    draft = compose(mail(body), understood(Intent.SPEAKING_INVITATION), ACCEPT, PROFILE, now=WHEN)
    assert draft is not None and "Yes, I'd be glad to speak on Thursday, December 10" in draft.text


def test_a_formal_letter_keeps_the_users_own_words_and_links() -> None:
    guide = Resource(
        title="Don't Panic: What I'd Do First",
        description="",
        link="https://example.com/blog/what-i'd-do",
        helps="a",
    )
    formal = PROFILE.model_copy(
        update={"user": PROFILE.user.model_copy(update={"tone": "formal"}), "resources": [guide]}
    )
    verdict = Verdict(Decision.DECLINE, "", "not_current_focus")
    draft = compose(
        mail("Could I pick your brain about what to do first? Don't panic, I know."),
        understood(Intent.MENTORSHIP_REQUEST),
        verdict,
        formal,
    )
    assert draft is not None and "I would" not in draft.text.split("Don't Panic")[-1].split("\n")[0]
    assert "what-I would-do" not in draft.text


def test_a_rule_keeps_its_apostrophes_and_loses_its_quotation_marks() -> None:
    verdict = Verdict(
        Decision.DECLINE, "", "never_do", never_rule="speaking at events that don't pay speakers"
    )
    draft = compose(
        mail("No fee, but great exposure!"), understood(Intent.SPEAKING_INVITATION), verdict, PROFILE
    )
    assert draft is not None and "events that don't pay speakers" in draft.text


@pytest.mark.parametrize(
    ("raw", "formal"),
    [
        ("Laura Chen via LinkedIn", "Laura Chen"),
        ("Sharon Ellis PhD", "Sharon Ellis"),
        ("Laura Chen (Brightline Studio)", "Laura Chen"),
    ],
)
def test_a_formal_greeting_is_a_name_not_its_trimmings(raw: str, formal: str) -> None:
    assert (
        formal_name(mail("x", sender=raw)) == formal
        and first_name(mail("x", sender=raw)) == formal.split()[0]
    )


def test_an_offer_to_send_a_form_is_not_an_offer_to_say_yes() -> None:
    note = replace(
        mail("Want me to send you the speaker application form?"),
        subject="Fwd: Call for speakers",
        quoted_text="---------- Forwarded message ---------\nFrom: X <x@conf.example>\n\nCall for speakers: submit by Jan 8.",
    )
    draft = compose(note, understood(Intent.SPEAKING_INVITATION), ACCEPT, PROFILE, now=WHEN)
    assert draft is not None and "say yes for me" not in draft.text


def test_an_fyi_note_that_says_let_her_know_still_asks() -> None:
    panel = (
        "\n\n---------- Forwarded message ---------\nFrom: Maria <maria@conf.example>\nSubject: Panel\n\n"
        "Would you speak on our panel on cash flow on Thursday, December 10? We pay a $500 honorarium."
    )
    [read] = Classifier().understand(
        [
            Text.from_body(
                "Fwd: Panel",
                "FYI Dana, I suggested you to Maria for this. Let her know if you're in." + panel,
            )
        ]
    )
    assert read.confidence != 0.9 or read.intent is not Intent.NONE


def test_a_hard_wrapped_question_is_one_question() -> None:
    assert questions("What would you charge a studio like ours on\nXero?") == [
        "What would you charge a studio like ours on Xero?"
    ]
    assert unanswered("Would you be willing to share your fee for a 45-minute keynote?", []) != []


def test_hours_and_a_half_are_read_whole() -> None:
    assert stated_hours("podcast", "1.5 hours") == 2.0 and stated_hours("call", "2.5 hours") == 2.5
    assert (
        extract(mail("Recording takes about 1.5 hours over Riverside. Would you join?")).duration
        == "1.5 hours"
    )


def test_a_declined_partner_is_not_quoted_a_price() -> None:
    rates = Answer(about=["charge", "rates"], answer="Monthly bookkeeping runs $600 to $1,200.")
    profile = PROFILE.model_copy(update={"answers": [rates]})
    draft = compose(
        mail("Would you refer your clients to our payroll app? What do you charge, by the way?"),
        understood(Intent.PARTNERSHIP_PROPOSAL),
        Verdict(Decision.DECLINE, "", "not_a_fit"),
        profile,
    )
    assert draft is not None and "$600" not in draft.text
