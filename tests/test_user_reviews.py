"""Found by the ninth session's two invented users (a founder, a keynote speaker) reading their own triage:
each a small example of what must not return."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kindly.ingest.text import split_body
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Answer, NeverRule, Provider, Resource, load_profile
from kindly.reply.answers import unanswered
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from kindly.services import Triage
from kindly.store.db import open_database
from kindly.understand.classify import Classifier
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
WHEN = datetime(2026, 11, 20, 9, tzinfo=UTC)


def mail(
    body: str, sender: str = "Gordon Pike", address: str = "gordon@pike.example", subject: str = "Hello"
) -> Message:
    return Message(
        source="t", from_name=sender, from_addr=address, subject=subject, body=body, own_text=body, date=WHEN
    )


def understood(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


def test_an_editors_half_hour_call_takes_its_own_length_not_a_talks(tmp_path: Path) -> None:
    three = PROFILE.model_copy(
        update={"user": PROFILE.user.model_copy(update={"weekly_networking_hours": 3})}
    )
    editor = mail(
        "I'm an acquisitions editor and wondered whether you'd write a book on studio finances for our list. "
        "Would you have 30 minutes for a call next week?"
    )
    [row] = list(Triage(open_database(tmp_path / "k.db"), three, Classifier()).run_items([editor]))
    assert "4 hours" not in row.verdict.reason and "more than your" not in row.verdict.reason


def test_an_organisations_mailbox_signed_by_a_person_greets_the_person() -> None:
    body = "You have been selected as a Featured Speaker at our summit on May 3.\n\nWarm regards,\nVanessa Cole\nDirector"
    split = split_body(body)
    summit = replace(
        mail(body, sender="Global Wellbeing Leaders Summit", address="speakers@gwls.example"),
        own_text=split.own,
        signature=split.signature,
    )
    draft = compose(
        summit, understood(Intent.SPEAKING_INVITATION), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE
    )
    assert draft is not None and draft.text.startswith("Hi Vanessa,")


def test_a_trade_named_by_its_firms_takes_an_article_and_a_rule_is_not_quoted_back() -> None:
    bureau = Verdict(
        Decision.DECLINE, "", "has_provider", provider="Podium Speakers", provider_category="speaking bureau"
    )
    pitch = mail("Elevate Speakers Agency would love to represent you for keynote bookings.")
    draft = compose(pitch, understood(Intent.SALES_PITCH), bureau, PROFILE)
    assert draft is not None and "For a speaking bureau, I already work with a provider" in draft.text
    rule = "unpaid keynotes or talks offered 'for exposure'"
    never = Verdict(Decision.DECLINE, "", "never_do", never_rule=rule)
    profile = PROFILE.model_copy(update={"never": [NeverRule(what=rule)]})
    talk = mail("We can't offer a fee, but it's great exposure. Would you speak at our lunch?")
    draft = compose(talk, understood(Intent.SPEAKING_INVITATION), never, profile)
    assert draft is not None and "'for exposure'" not in draft.text and "offered for exposure" in draft.text


def test_what_the_yes_answers_is_no_question_left_to_the_user() -> None:
    body = "Could you let me know by Friday whether you are able to accept? What is your speaking fee?"
    assert unanswered(body, []) == ["What is your speaking fee?"]


def test_a_formal_letter_puts_casual_turns_of_phrase_otherwise() -> None:
    formal = PROFILE.model_copy(update={"user": PROFILE.user.model_copy(update={"tone": "formal"})})
    group = mail("Would you join our peer circle? Our next meeting is Thursday, December 3 at 6pm.")
    for variant in range(3):
        draft = compose(
            group,
            understood(Intent.COMMUNITY_INVITATION),
            Verdict(Decision.ACCEPT, "", "goal_fit"),
            formal,
            variant=variant,
            now=WHEN,
        )
        assert draft is not None and "Count me in" not in draft.text and "Thanks so much" not in draft.text
        assert check_draft(draft, group, formal).ok


def test_a_yes_after_the_day_to_answer_by_says_so() -> None:
    panel = replace(
        mail(
            "Would you join our panel on AI in warehousing on January 21, 2027? Could you let me know by November 24?"
        ),
        date=datetime(2026, 11, 10, 9, tzinfo=UTC),
    )
    late = datetime(2026, 11, 30, 9, tzinfo=UTC)
    draft = compose(
        panel,
        understood(Intent.SPEAKING_INVITATION),
        Verdict(Decision.ACCEPT, "", "goal_fit"),
        PROFILE,
        now=late,
    )
    assert draft is not None
    assert (
        "I'm sorry to reply after your November 24 deadline - if the place is still open, I'd be glad to join the panel"
        in draft.text
    )
    assert check_draft(draft, panel, PROFILE).ok
    on_time = compose(
        panel,
        understood(Intent.SPEAKING_INVITATION),
        Verdict(Decision.ACCEPT, "", "goal_fit"),
        PROFILE,
        now=WHEN,
    )
    assert on_time is not None and "sorry" not in on_time.text


def test_an_investor_declined_is_told_where_things_stand_in_the_users_own_words() -> None:
    raising = Answer(
        about=["raising", "round"], answer="We're not raising right now; our Series A opens in Q2 2027."
    )
    founder = PROFILE.model_copy(update={"answers": [raising]})
    investor = mail("I'm a partner at Quarry Capital and loved your post on detention fees. Are you raising?")
    draft = compose(
        investor, understood(Intent.PARTNERSHIP_PROPOSAL), Verdict(Decision.DECLINE, "", "not_a_fit"), founder
    )
    assert draft is not None and "We're not raising right now; our Series A opens in Q2 2027." in draft.text
    assert check_draft(draft, investor, founder).ok


def test_an_organiser_declined_is_offered_what_the_user_made_for_organisers() -> None:
    webinar = Resource(
        title="Psychological safety in hybrid teams (recorded webinar)",
        description="A 50-minute recording of my webinar for people leaders",
        link="https://achterberg.example/hybrid-webinar",
        helps="people leaders and event organisers looking for an introduction to psychological safety",
    )
    helen = PROFILE.model_copy(update={"resources": [webinar]})
    unpaid = mail(
        "We can't offer a fee, but would you speak on psychological safety in hybrid teams at our wellness week?"
    )
    verdict = Verdict(Decision.DECLINE, "", "never_do", never_rule="unpaid talks")
    draft = compose(unpaid, understood(Intent.SPEAKING_INVITATION), verdict, helen)
    assert draft is not None and "https://achterberg.example/hybrid-webinar" in draft.text
    assert check_draft(draft, unpaid, helen).ok


KENJI_RULES = [
    NeverRule(what="unpaid consulting calls ('quick call to pick your brain')"),
    NeverRule(what="recruiter calls about full-time employment"),
]


def test_never_rules_keep_their_qualifiers_consulting_and_full_time() -> None:
    from kindly.decide.rules import never_rule_hit

    kenji = PROFILE.model_copy(update={"never": KENJI_RULES})
    hits = {
        text: never_rule_hit(kenji, text, intent)
        for text, intent in [
            ("Quick call to pick your brain about your library's retry logic?", Intent.SALES_PITCH),
            ("We have a Senior Backend Engineer role at Acme - can we talk?", Intent.RECRUITING),
            ("Freelance Python contract, 6 months, day rate negotiable. Interested?", Intent.RECRUITING),
            (
                "We'd love to sponsor your library. We can't pay by credit card, so an invoice?",
                Intent.PARTNERSHIP_PROPOSAL,
            ),
            ("Would you give a talk at our meetup? Sadly we can't pay speakers.", Intent.SPEAKING_INVITATION),
        ]
    }
    assert [text for text, hit in hits.items() if hit] == [
        "Quick call to pick your brain about your library's retry logic?",
        "We have a Senior Backend Engineer role at Acme - can we talk?",
    ]


def test_the_target_person_read_as_a_recruiter_is_not_ruled_out_by_the_reading_alone() -> None:
    from kindly.decide.policy import Context, decide

    ines = PROFILE.model_copy(update={"never": KENJI_RULES})
    reply = mail(
        "Thanks for the benchmark numbers! Could we talk through the worker design on a call next week?",
        sender="Priya Natarajan",
        address="priya@fieldwork.example",
    )
    as_recruiter = Understanding(
        is_invitation=True, intent=Intent.RECRUITING, purpose_clear=True, confidence=0.4
    )
    verdict = decide(reply, as_recruiter, ines, Context())
    assert verdict.decision is Decision.ACCEPT and verdict.reason_code == "target_person"


SIOBHAN_RULES = [
    NeverRule(what="paid entries to awards"),
    NeverRule(what="events that charge charities for a stall or exhibition space"),
    NeverRule(what="unpaid trustee or board roles outside the charity and education sector"),
    NeverRule(what="buying gala tables or sponsorship packages"),
]


def test_paying_to_be_present_falls_under_the_rule_that_says_so_and_a_speakers_call_under_none() -> None:
    from kindly.decide.rules import never_rule_hit

    siobhan = PROFILE.model_copy(update={"never": SIOBHAN_RULES})
    cases = {
        "Enter the Charity Awards 2027! Entries cost £95, and you can book your table for the gala.": (
            Intent.EVENT_INVITATION,
            "paid entries to awards",
        ),
        "Our Charity Fair is on Saturday 12 December. A stall is £120 for the day.": (
            Intent.EVENT_INVITATION,
            "events that charge charities for a stall or exhibition space",
        ),
        "Call for speakers: we don't pay speaking fees but cover travel. Submit by 11 December.": (
            Intent.SPEAKING_INVITATION,
            None,
        ),
        "Our law firm would love to offer pro bono help and staff volunteering for your programmes.": (
            Intent.PARTNERSHIP_PROPOSAL,
            None,
        ),
    }
    for text, (intent, rule) in cases.items():
        hit = never_rule_hit(siobhan, text, intent)
        assert (hit[0] if hit else None) == rule, text


def test_a_week_named_that_is_under_way_is_this_week_not_next_years() -> None:
    ask = replace(
        mail("Would you have 30 minutes for a call in the week of 30 November?"),
        date=datetime(2026, 11, 25, 9, tzinfo=UTC),
    )
    draft = compose(
        ask,
        understood(Intent.COFFEE_CHAT),
        Verdict(Decision.ACCEPT, "", "goal_fit"),
        PROFILE,
        now=datetime(2026, 12, 2, 9, tzinfo=UTC),
    )
    assert draft is not None and "sorry" not in draft.text and "2027" not in draft.text
    assert draft.times[0] == "Thursday, December 3 at 10:00 am"


def test_a_prospective_client_short_of_the_networking_bar_still_gets_a_call() -> None:
    from kindly.decide.policy import ACCEPT_AT, Context, decide

    agency = mail(
        "We're a 40-person marketing agency and may need some help with our books next year. Could you tell us "
        "what you'd charge?"
    )
    verdict = decide(agency, understood(Intent.CLIENT_INQUIRY), PROFILE, Context())
    assert verdict.fit < ACCEPT_AT and verdict.decision is Decision.ACCEPT
    # a client of another trade altogether is still told whom the practice serves
    dentist = mail("I own a dental practice with two dentists. We need someone to handle our books monthly.")
    assert decide(dentist, understood(Intent.CLIENT_INQUIRY), PROFILE, Context()).decision is Decision.DECLINE


def test_an_introduction_made_is_never_answered_with_a_link() -> None:
    from kindly.decide.policy import Context, decide

    intro = replace(
        mail(
            "I'd like to introduce you to Sam, a freelancer setting his rates for the first time. He'd love your "
            "take on pricing creative work for profit."
        ),
        to=("dana@example.com", "sam@ortizstudio.example"),
    )
    verdict = decide(intro, understood(Intent.INTRODUCTION), PROFILE, Context())
    assert verdict.reason_code != "refer_resource", verdict.reason


@pytest.mark.parametrize(
    ("category", "pitch"),
    [
        (
            "fundraising CRM",
            "DonorFlow is a fundraising CRM built for small charities. Could we show you round?",
        ),
        ("accountant", "We do charity accounts and independent examination at fixed fees. A quick call?"),
        (
            "Steuerberater (tax advisor)",
            "Ihr Steuerberater for freelancers: tax advisor services from 90 EUR a month.",
        ),
        (
            "hosting",
            "Move your hosting to SkyHost: managed hosting with 99.99% uptime. Ten minutes this week?",
        ),
    ],
)
def test_more_trades_are_matched_to_the_provider_the_user_has(category: str, pitch: str) -> None:
    from kindly.decide.rules import provider_hit

    has = PROFILE.model_copy(update={"providers": [Provider(category=category, name="Their own one")]})
    hit = provider_hit(has, pitch, Intent.SALES_PITCH)
    assert hit is not None and hit.provider == "Their own one"


def test_a_mailing_to_a_list_gets_no_reply_and_an_events_own_span_counts(tmp_path: Path) -> None:
    from kindly.model import Event

    triage = Triage(open_database(tmp_path / "k.db"), PROFILE, Classifier())
    mailing = mail(
        "Dear colleague,\n\nJoin our online info session on the Words Work fund on Tuesday, December 8 at 2pm. "
        "Register here: https://fund.example/session\n\nTo unsubscribe, reply STOP.",
        sender="Yorkshire Foundation",
        address="news-desk@yorkshirefoundation.example",
        subject="Open call: info session",
    )
    breakfast = replace(
        mail("Join us for the Creative Finance breakfast!", subject="Creative Finance breakfast"),
        event=Event(
            uid="b1",
            summary="Creative Finance breakfast",
            start=datetime(2026, 12, 3, 8, tzinfo=UTC),
            end=datetime(2026, 12, 3, 9, 30, tzinfo=UTC),
        ),
    )
    rows = list(triage.run_items([mailing, breakfast]))
    assert rows[0].draft is None or rows[0].verdict.decision is Decision.IGNORE
    assert rows[1].verdict.hours == 1.5


def test_a_colleague_passing_on_an_outside_event_is_not_an_internal_event() -> None:
    from kindly.decide.policy import Context, decide

    firm = PROFILE.model_copy(
        update={"user": PROFILE.user.model_copy(update={"email": "dana@reyesbooks.example"})}
    )
    forwarded = (
        "---------- Forwarded message ---------\nFrom: Kwame Mensah <kwame@skills.example>\n"
        "Subject: Invitation: adult skills roundtable - Monday 7 December\n\n"
        "You're invited to our roundtable on funding for creative small businesses on Monday, December 7 at 10am."
    )
    note = replace(
        mail("Worth going? I can't make it.", address="aisha@reyesbooks.example"),
        subject="Fwd: Invitation: roundtable",
        quoted_text=forwarded,
    )
    verdict = decide(note, understood(Intent.EVENT_INVITATION), firm, Context())
    assert verdict.reason_code != "internal_event", verdict.reason
    # a table at a gala is no stage: the rule itself is the reason given
    gala = Verdict(
        Decision.DECLINE,
        "",
        "never_do",
        never_rule="buying gala tables or sponsorship packages",
        evidence=('pay_to_play: "book your table"',),
    )
    draft = compose(mail("Book your table for our gala!"), understood(Intent.EVENT_INVITATION), gala, PROFILE)
    assert draft is not None and "shows or stages" not in draft.text
    assert "a firm rule against buying gala tables or sponsorship packages" in draft.text


def test_a_buyer_an_introducer_vouches_for_is_paid_work_and_accepted() -> None:
    from kindly.decide.policy import Context, decide

    intro = replace(
        mail(
            "Dana, meet Sam Ortiz of Ortiz Architects (12 people). Sam would like to talk about monthly "
            "bookkeeping and a part-time CFO for the firm. I'll let you two take it from here."
        ),
        to=("dana@example.com", "sam@ortizarchitects.example"),
    )
    verdict = decide(intro, understood(Intent.INTRODUCTION), PROFILE, Context(hours_committed=4))
    assert (
        verdict.decision is Decision.ACCEPT and verdict.hours == 0.0
    )  # paid work: the full week does not matter


def test_small_things_the_maintainer_saw() -> None:
    from kindly.reply.answers import answers_to_use
    from kindly.reply.compose import first_name
    from kindly.understand.questions import questions

    # a link is no part of a question
    assert "example.com/cfp" not in " ".join(
        questions("Submit at https://example.com/cfp Questions? Write to us.")
    )
    # "Speaker Relations" is a desk, not a person called Speaker
    assert first_name(mail("x", sender="Speaker Relations")) == ""
    # the user's consulting availability is not a speaker's
    consulting = Answer(
        about=["availability", "available"], answer="Two consulting days a week from mid-January."
    )
    speaking = Answer(about=["availability"], answer="I am booking keynotes from late January.")
    assert answers_to_use([consulting, speaking], "speaking_invitation") == [speaking]


def test_a_signature_of_two_lines_signs_every_draft() -> None:
    block = PROFILE.user.model_copy(
        update={"signature": "Professor Amara Okafor\nSchool of Economics", "tone": "formal"}
    )
    amara = PROFILE.model_copy(update={"user": block})
    ask = mail("Could we meet next week to talk about your studio clients?")
    draft = compose(
        ask, understood(Intent.COFFEE_CHAT), Verdict(Decision.ACCEPT, "", "goal_fit"), amara, now=WHEN
    )
    assert draft is not None and draft.text.rstrip().endswith("Professor Amara Okafor\nSchool of Economics")
    assert check_draft(draft, ask, amara).ok, check_draft(draft, ask, amara).problems


def test_never_rules_with_conditions_kindly_cannot_check_or_denied_in_the_message_rule_nothing_out() -> None:
    from kindly.decide.rules import never_rule_hit
    from kindly.decide.scams import scam_cue

    rules = [
        NeverRule(what="speaking on panels with no women speakers"),
        NeverRule(what="pay-to-play 'top advisor' awards or sponsored speaking slots that cost money"),
        NeverRule(what="paying or accepting referral fees"),
        NeverRule(what="predatory journals or conferences that charge authors to publish or present"),
    ]
    user = PROFILE.model_copy(update={"never": rules})
    talk = "Would you give a CE talk to our dental society? We offer a $750 honorarium."
    assert never_rule_hit(user, talk, Intent.SPEAKING_INVITATION) is None
    partners = (
        "Would you like to refer physicians to each other? No referral fees either way, just good clients."
    )
    assert never_rule_hit(user, partners, Intent.PARTNERSHIP_PROPOSAL) is None
    journal = (
        "Dear Esteemed Professor, publish in our journal within 7 days: only USD 799 to publish your paper."
    )
    hit = never_rule_hit(user, journal, Intent.SPEAKING_INVITATION)
    assert hit is not None and hit[0].startswith("predatory")
    assert scam_cue(
        "I am attorney to the late Dr. Harold Bell, who died intestate leaving US$14,700,000. This matter is "
        "strictly confidential. Please contact me only on WhatsApp with your bank details."
    )


def test_small_things_the_advisor_and_the_professor_saw() -> None:
    from kindly.decide.categories import same_category
    from kindly.reply.answers import answers_for

    # "X, or Y": both times read, and the one that is not a day off taken
    ask = mail(
        "Could we talk fees? I'm free Thursday, November 26 at 12:00 pm, or Wednesday, December 2 at 12:00 pm."
    )
    draft = compose(
        ask, understood(Intent.CLIENT_INQUIRY), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE, now=WHEN
    )
    assert draft is not None and "Wednesday, December 2 at 12:00 pm works for me." in draft.text
    supervision = Answer(about=["supervise"], answer="I take on one new PhD student a year.")
    assert answers_for("Would you consider supervising me?", [supervision]) == [supervision.answer]
    assert same_category("custodian", "custody and brokerage")
    assert same_category("compliance consultant", "compliance consulting")


def test_a_client_forwarded_by_a_colleague_is_answered_directly(tmp_path: Path) -> None:
    from kindly.outbox import export

    firm = PROFILE.model_copy(
        update={"user": PROFILE.user.model_copy(update={"email": "dana@reyesbooks.example"})}
    )
    forwarded = (
        "---------- Forwarded message ---------\nFrom: Omar Haddad <omar@haddadstudio.example>\n"
        "Subject: New client inquiry\nTo: <info@reyesbooks.example>\n\n"
        "Hello, I run a 9-person design studio and need monthly bookkeeping and a part-time CFO. I'd like to set "
        "up an initial meeting. Do you charge a flat fee?"
    )
    note = replace(
        mail(
            "Dana - this came in through the website form over the weekend. I told him you'd get back to him. - Jenna",
            sender="Jenna Ruiz",
            address="jenna@reyesbooks.example",
            subject="Fwd: New client inquiry - Omar Haddad",
        ),
        body="",
        quoted_text=forwarded,
    )
    sessions = open_database(tmp_path / "k.db")
    [row] = list(Triage(sessions, firm, Classifier()).run_items([note]))
    assert row.understanding.intent is Intent.CLIENT_INQUIRY, row.understanding
    assert row.draft is not None and row.draft.text.startswith("Hi Omar,"), row.draft
    assert "Re: New client inquiry" in row.draft.subject
    export(sessions, firm, None, directory=tmp_path / "out")
    [eml] = list((tmp_path / "out").glob("*.eml"))
    assert "To: Omar Haddad <omar@haddadstudio.example>" in eml.read_text()
