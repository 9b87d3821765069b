"""Decisions as a matrix of named cases: pure functions, each with its reason as data."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.decide.assess import assess
from kindly.decide.categories import detect_categories
from kindly.decide.fit import Evidence, best_fit, goal_fits
from kindly.decide.policy import ACCEPT_AT, RELATED_AT, Context, decide
from kindly.decide.rules import never_rule_hit
from kindly.model import Decision, Event, Intent, Message, Understanding
from kindly.profile import Profile, load_profile, parse_profile
from support import EXAMPLES

PROFILE = parse_profile(
    """
[user]
name = "Dana Reyes"
email = "dana@reyesbooks.com"
weekly_networking_hours = 4

[[goals]]
kind = "find_clients"
description = "Owners of small design studios who need bookkeeping"
targets = ["design studios", "small business owners"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Paid talks on cash flow for creative businesses"
targets = ["creative industry conferences", "podcasts"]
priority = 2

[[goals]]
kind = "meet_person"
description = "Get to know Priya Natarajan"
targets = ["Priya Natarajan", "Fieldwork Capital"]
priority = 2

[[goals]]
kind = "find_community"
description = "A peer group of independent bookkeepers"
targets = ["independent bookkeepers", "Creative Finance Circle"]
priority = 3

[[providers]]
category = "financial planning"
name = "Maria Chen, Northstar Wealth"

[[providers]]
category = "web design"
name = "Lucas Ferreira"

[[never]]
what = "unpaid speaking engagements"

[[never]]
what = "multi-level marketing or 'business opportunity' schemes"

[[never]]
what = "paying or accepting referral fees or commissions"
""",
    "test profile",
)


@dataclass
class Case:
    body: str
    intent: Intent
    clear: bool | None = True
    sender: str = "Alex Stone"
    address: str = "alex@stone.example"
    subject: str = ""
    channel: str = "email"
    context: Context = field(default_factory=Context)
    event: Event | None = None


def run(case: Case, profile: Profile = PROFILE):  # type: ignore[no-untyped-def]
    message = Message(
        source="test",
        channel=case.channel,
        from_name=case.sender,
        from_addr=case.address,
        subject=case.subject,
        body=case.body,
        own_text=case.body,
        event=case.event,
        date=datetime(2026, 11, 10, 9, 0, tzinfo=UTC),
    )
    understanding = Understanding(
        is_invitation=case.intent is not Intent.NONE,
        intent=case.intent,
        purpose_clear=case.clear if case.intent is not Intent.NONE else None,
        confidence=0.9,
    )
    return decide(message, understanding, profile, case.context)


CASES = [
    pytest.param(
        Case("Your November statement is attached.", Intent.NONE),
        "ignore",
        "not_invitation",
        id="not-an-invitation",
    ),
    pytest.param(
        Case("Can we meet Tuesday to go over the Q4 close for Ember & Oak?", Intent.WORK_MEETING),
        "ignore",
        "work_meeting",
        id="ordinary-work-meeting",
    ),
    pytest.param(
        Case("Lunch Friday?", Intent.COFFEE_CHAT, address="dana@reyesbooks.com"),
        "ignore",
        "own_message",
        id="sent-by-the-user",
    ),
    pytest.param(
        Case("Thanks!", Intent.COFFEE_CHAT, sender="Dana Reyes", address="", channel="linkedin"),
        "ignore",
        "own_message",
        id="own-linkedin-message",
    ),
    pytest.param(
        Case(
            "heyyy, it's been way too long. drinks soon?? tell me when you're free. L x", Intent.COFFEE_CHAT
        ),
        "ignore",
        "personal",
        id="a-friend-who-misses-you",
    ),
    pytest.param(
        Case(
            "Dinner next Saturday to celebrate? Just the four of us - you, me, Lena and Chris.",
            Intent.COFFEE_CHAT,
        ),
        "ignore",
        "personal",
        id="dinner-among-friends",
    ),
    pytest.param(
        Case(
            "I am contacting you in strict confidence regarding a business proposal. I have access to USD "
            "$4,200,000 which requires a trusted foreign partner. Kindly reply with your WhatsApp number.",
            Intent.SALES_PITCH,
        ),
        "ignore",
        "scam",
        id="advance-fee-scam",
    ),
    pytest.param(
        Case(
            "I've partnered with an amazing company that changed my life! Perfect for busy professionals who "
            "want a second income stream and to be their own boss. I only have a few spots on my team left!",
            Intent.SALES_PITCH,
        ),
        "decline",
        "never_do",
        id="mlm-without-the-word",
    ),
    pytest.param(
        Case(
            "Could you introduce me to your financial planner? I have three old 401(k)s and no plan.",
            Intent.INTRODUCTION,
        ),
        "refer",
        "refer_provider",
        id="asked-to-introduce-the-users-own-provider",
    ),
    pytest.param(
        Case("Birthday drinks at our place on Saturday - bring Sam!", Intent.EVENT_INVITATION, sender="Jo"),
        "ignore",
        "personal",
        id="friends-party",
    ),
    pytest.param(
        Case(
            "Holiday party on the 3rd floor, everyone welcome",
            Intent.EVENT_INVITATION,
            address="ops@reyesbooks.com",
        ),
        "ignore",
        "internal_event",
        id="own-company-event",
    ),
    pytest.param(
        Case(
            "Fwd: Call for speakers - this looks right up your alley, they pay speakers. Want me to send them "
            "your bio? Work with our bookkeeping platform, 20% off this month.",
            Intent.SALES_PITCH,
            address="sam@reyesbooks.com",
        ),
        "ignore",
        "internal",
        id="a-colleagues-forward-is-no-stranger-pitch",
    ),
    pytest.param(
        Case(
            "We'd love you on our panel about money mindset. We can't offer a speaker fee, but it's "
            "great exposure.",
            Intent.SPEAKING_INVITATION,
        ),
        "decline",
        "never_do",
        id="unpaid-speaking",
    ),
    pytest.param(
        Case(
            "Keynote at the Creative Industry Conference on cash flow for creative businesses; "
            "the speaker fee is $1,500 plus travel.",
            Intent.SPEAKING_INVITATION,
        ),
        "accept",
        "goal_fit",
        id="paid-speaking-at-a-target-conference",
    ),
    pytest.param(
        Case("Be your own boss! Join my downline and earn residual income.", Intent.SALES_PITCH, clear=False),
        "decline",
        "never_do",
        id="mlm-pitch",
    ),
    pytest.param(
        Case(
            "Join our partner program and earn a 20% commission on every client you refer.",
            Intent.PARTNERSHIP_PROPOSAL,
        ),
        "decline",
        "never_do",
        id="referral-commission",
    ),
    pytest.param(
        Case(
            "I'm a financial planner helping consultants with retirement planning. Could I get 15 "
            "minutes on your calendar?",
            Intent.SALES_PITCH,
        ),
        "decline",
        "has_provider",
        id="pitch-for-a-provider-the-user-has",
    ),
    pytest.param(
        Case(
            "I'm a financial advisor new to Portland and would love to grab coffee and tell you how I "
            "work with small business owners.",
            Intent.COFFEE_CHAT,
        ),
        "decline",
        "has_provider",
        id="coffee-that-is-a-provider-pitch",
    ),
    pytest.param(
        Case(
            "Our agency will get you to the first page of Google with SEO. Book a demo!", Intent.SALES_PITCH
        ),
        "decline",
        "not_a_fit",
        id="pitch-for-something-not-needed",
    ),
    pytest.param(
        Case(
            "I came across your profile and would love to grab coffee sometime and connect!",
            Intent.COFFEE_CHAT,
            clear=False,
        ),
        "ask_details",
        "purpose_unclear",
        id="vague-coffee-from-a-stranger",
    ),
    pytest.param(
        Case(
            "We run a small design studio and need a bookkeeper for monthly books. Could you send a quote?",
            Intent.CLIENT_INQUIRY,
        ),
        "accept",
        "goal_fit",
        id="client-from-a-target-audience",
    ),
    pytest.param(
        Case(
            "Quick coffee sometime?",
            Intent.COFFEE_CHAT,
            clear=False,
            sender="Priya Natarajan",
            address="priya@fieldwork.example",
        ),
        "accept",
        "target_person",
        id="target-person-writes-even-vaguely",
    ),
    pytest.param(
        Case("I'd like to introduce you to Priya Natarajan of Fieldwork Capital.", Intent.INTRODUCTION),
        "accept",
        "target_person",
        id="introduction-to-target-person",
    ),
    pytest.param(
        Case(
            "Would you join the Creative Finance Circle, our monthly group of independent bookkeepers?",
            Intent.COMMUNITY_INVITATION,
        ),
        "accept",
        "goal_fit",
        id="the-community-the-user-seeks",
    ),
    pytest.param(
        Case("We are hiring a Controller for a 120-person firm. Interested?", Intent.RECRUITING),
        "decline",
        "not_a_fit",
        id="recruiter",
    ),
    pytest.param(
        Case(
            "I have an exciting opportunity that could be a great fit for your background. Free for a call?",
            Intent.RECRUITING,
            clear=False,
        ),
        "decline",
        "not_a_fit",
        id="vague-recruiter-is-not-asked-for-more",
    ),
    pytest.param(
        Case(
            "I run a small design studio and I'd love to buy you coffee to talk about our bookkeeping - "
            "we need monthly help.",
            Intent.COFFEE_CHAT,
            context=Context(hours_committed=3.5),
        ),
        "accept",
        "accept_later",
        id="good-fit-in-a-full-week",
    ),
    pytest.param(
        # a talk keeps its date: accepted, with the week's load noted, not moved to "a later time"
        Case(
            "Would you give a paid talk on cash flow for creative businesses at our podcast's live show? "
            "We pay a $500 honorarium.",
            Intent.SPEAKING_INVITATION,
            context=Context(hours_committed=3.5),
        ),
        "accept",
        "goal_fit",
        id="good-talk-in-a-full-week-keeps-its-date",
    ),
    pytest.param(
        # a prospective client is paid work: it does not wait for networking hours
        Case(
            "We run a small design studio and need a bookkeeper for monthly books. Could we talk?",
            Intent.CLIENT_INQUIRY,
            context=Context(hours_committed=3.5),
        ),
        "accept",
        "goal_fit",
        id="client-in-a-full-networking-week",
    ),
]


@pytest.mark.parametrize(("case", "decision", "code"), CASES)
def test_decision_matrix(case: Case, decision: str, code: str) -> None:
    verdict = run(case)
    assert (verdict.decision.value, verdict.reason_code) == (decision, code), verdict.reason
    assert verdict.reason


def _case(case_id: str) -> Case:
    """A case of the matrix by its id, so that tests do not depend on its order."""
    [found] = [param.values[0] for param in CASES if param.id == case_id]
    assert isinstance(found, Case)
    return found


def test_a_provider_decline_names_the_provider_the_user_has() -> None:
    verdict = run(_case("pitch-for-a-provider-the-user-has"))
    assert verdict.provider == "Maria Chen, Northstar Wealth"
    assert verdict.provider_category == "financial planning"


MAYA = parse_profile(
    """
[user]
name = "Maya Lindqvist"
email = "maya@haulwise.example"

[[goals]]
kind = "find_clients"
description = "Mid-size logistics companies that need dock scheduling software"

[[providers]]
category = "recruiting"
name = "Talentbridge Partners"

[[providers]]
category = "public relations"
name = "Northlight Communications"

[[providers]]
category = "legal"
name = "Harper & Vance LLP"

[[providers]]
category = "speaking bureau"
name = "Podium Speakers"
"""
)


@pytest.mark.parametrize(
    ("pitch", "provider"),
    [
        (
            "HireVelocity is a technical recruiting agency: we've placed 300+ engineers at Series A startups. "
            "Do you have 15 minutes this week to talk about your hiring plans?",
            "Talentbridge Partners",
        ),
        (
            "Loudhouse PR helps B2B SaaS startups land top-tier coverage in TechCrunch and Forbes. Would you be "
            "open to a 20-minute call?",
            "Northlight Communications",
        ),
        (
            "Foundry Legal offers flat-fee legal packages for venture-backed startups. I'd welcome 15 minutes.",
            "Harper & Vance LLP",
        ),
        (
            "Elevate Speakers Agency offers speaker representation to experts like you. Could we talk Tuesday?",
            "Podium Speakers",
        ),
    ],
)
def test_pitches_of_the_trades_a_founder_already_has_are_declined_with_the_provider(
    pitch: str, provider: str
) -> None:
    verdict = run(Case(pitch, Intent.SALES_PITCH), MAYA)
    assert (verdict.reason_code, verdict.provider) == ("has_provider", provider)


def test_a_never_rule_decline_carries_its_evidence() -> None:
    verdict = run(_case("unpaid-speaking"))
    assert verdict.never_rule == "unpaid speaking engagements"
    assert any("unpaid" in note for note in verdict.evidence)
    assert any("speaking" in note for note in verdict.evidence)


def test_a_known_contact_with_a_vague_ask_is_not_asked_for_details() -> None:
    case = Case("Let's catch up soon!", Intent.COFFEE_CHAT, clear=False, context=Context(known_sender=True))
    assert run(case).decision is not Decision.ASK_DETAILS


def test_a_matched_target_person_outweighs_everything_else() -> None:
    evidence = Evidence("Priya Natarajan <priya@x.example>", "random chat about nothing in particular")
    fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, evidence)
    best = best_fit(PROFILE, fits)
    assert best is not None and best.kind == "meet_person" and best.score >= 0.9
    assert "target person Priya Natarajan is the sender" in best.evidence


def test_every_goal_gets_a_score_in_0_1_with_evidence() -> None:
    fits = goal_fits(PROFILE, Intent.EVENT_INVITATION, Evidence("x", "A mixer for small business owners"))
    assert [f.goal_index for f in fits] == list(range(len(PROFILE.goals)))
    assert all(0.0 <= f.score <= 1.0 and f.evidence for f in fits)
    assert any('target "small business owners" mentioned' in e for f in fits for e in f.evidence)


def test_an_event_serves_a_community_goal_only_when_it_is_the_right_event() -> None:
    community = 3
    unrelated = goal_fits(PROFILE, Intent.EVENT_INVITATION, Evidence("x", "Join our gala for the arts fund."))
    right = goal_fits(
        PROFILE,
        Intent.EVENT_INVITATION,
        Evidence("x", "A monthly meetup of independent bookkeepers: join the Creative Finance Circle."),
    )
    assert unrelated[community].score < RELATED_AT <= right[community].score
    # ...and a client enquiry serves finding clients even when it names none of the goal's words.
    enquiry = goal_fits(PROFILE, Intent.CLIENT_INQUIRY, Evidence("x", "Could you send us a quote?"))
    assert enquiry[0].score >= RELATED_AT


def test_a_message_about_the_goal_keeps_the_full_weight_of_its_kind() -> None:
    """Damping an ask that names little of a goal must not stop one that names it all from being accepted."""
    meet = 2
    intro = goal_fits(
        PROFILE,
        Intent.INTRODUCTION,
        Evidence("x", "Could I introduce you to the lending team at Fieldwork Capital? Get to know them."),
    )
    assert best_fit(PROFILE, intro) == intro[meet]
    circle = goal_fits(
        PROFILE,
        Intent.COMMUNITY_INVITATION,
        Evidence("x", "Join the Creative Finance Circle, a peer group of independent bookkeepers."),
    )
    assert circle[3].score >= ACCEPT_AT
    # An event of the very people a client goal names is worth going to, though events serve it only partly.
    mixer = goal_fits(
        PROFILE,
        Intent.EVENT_INVITATION,
        Evidence("x", "A mixer for owners of small design studios who need bookkeeping help."),
    )
    assert mixer[0].score >= ACCEPT_AT


def test_a_namesake_writing_from_another_organisation_is_not_taken_for_the_target_person() -> None:
    text = "Could we get coffee? Our design studio is wrestling with cash flow.\nPriya Natarajan, Ops, Lumen Haus"
    for address in ["priya@lumenhaus.example.com", "priya@lumencapital.com"]:
        body = text.replace("Lumen Haus", "Lumen Capital") if "capital" in address else text
        fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, Evidence(f"Priya Natarajan <{address}>", body))
        meet = next(f for f in fits if f.kind == "meet_person")
        assert meet.score < RELATED_AT
        assert any(
            f"shares Priya Natarajan's name but writes from {address.split('@')[1]}" in e
            for e in meet.evidence
        )
    # Where nothing says she works elsewhere she keeps the benefit of the doubt: the goal's organisation's
    # domain or name, webmail, her own domain, or an address the message does not explain.
    plain = "Could we get coffee? Our design studio is wrestling with cash flow."
    for sender, body in [
        ("Priya Natarajan <priya@fieldworkcapital.example.com>", text),
        ("Priya Natarajan <priya@gmail.com>", text),
        ("Priya Natarajan <priya@yahoo.co.uk>", text),
        ("Priya Natarajan <priya@priyanatarajan.com>", text),
        ("Priya Natarajan <priya@fwcap.com>", plain),
        ("Priya Natarajan <priya@newfund.example.com>", f"{text} I just left Fieldwork Capital."),
    ]:
        fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, Evidence(sender, body))
        assert next(f for f in fits if f.kind == "meet_person").score >= 0.9, sender


HELPING_A_CLIENT = parse_profile(
    """
[user]
name = "Dana Reyes"
email = "dana@reyesbooks.com"

[[goals]]
kind = "find_clients"
description = "Owners of small design studios who need bookkeeping"
targets = ["design studios", "small business owners"]

[[goals]]
kind = "help_client"
description = "Find equipment financing for Ember & Oak Studio's new print shop"
targets = ["Ember & Oak Studio", "equipment financing", "credit unions"]
""",
    "helping a client",
)


def test_a_client_named_without_what_they_need_does_not_serve_the_goal_to_help_them() -> None:
    client = "Jonah Park <jonah@emberandoak.example>"
    party = Evidence(
        client,
        "You're invited to the Ember & Oak holiday party, Friday at the studio. Ugly sweaters encouraged!",
    )
    fits = goal_fits(HELPING_A_CLIENT, Intent.EVENT_INVITATION, party)
    assert fits[1].score < RELATED_AT
    assert any("but not what they need" in e for e in fits[1].evidence)
    # The same client asking to sit down about paying for the printer is the goal itself: the address spells
    # the client's name, and a work meeting for the client serves helping them.
    printer = Evidence(
        client, "We have quotes on the printer. Can we sit down and go through how to pay for it?"
    )
    fits = goal_fits(HELPING_A_CLIENT, Intent.WORK_MEETING, printer)
    assert fits[1].score >= RELATED_AT
    assert best_fit(HELPING_A_CLIENT, fits) == fits[1]


def test_an_address_that_spells_a_target_organisation_counts_as_naming_it() -> None:
    fits = goal_fits(
        PROFILE, Intent.EVENT_INVITATION, Evidence("Tasha <tasha@fieldworkcapital.example>", "Breakfast?")
    )
    assert any('target "Fieldwork Capital" mentioned' in e for e in fits[2].evidence)
    # A kind of sender is not an organisation: a design agency's address does not make it a design studio.
    fits = goal_fits(PROFILE, Intent.EVENT_INVITATION, Evidence("Lee <lee@pixeldesignstudios.example>", "Hi"))
    assert not any("target" in e for e in fits[0].evidence)


def test_a_talk_serves_credibility_when_its_audience_or_topic_is_the_users_and_not_otherwise() -> None:
    credibility = 1
    article = Evidence(
        "Beth <beth@studioquarterly.example>",
        "We'd like to commission a paid piece for our trade magazine for small design studios. We pay $0.60/word.",
    )
    fits = goal_fits(PROFILE, Intent.SPEAKING_INVITATION, article)
    assert best_fit(PROFILE, fits) == fits[credibility]
    assert any("the audience is who you work for" in e for e in fits[credibility].evidence)
    retirees = Evidence("Linda <l@rotary.example>", "Our club needs a lunch speaker on retirement savings.")
    assert goal_fits(PROFILE, Intent.SPEAKING_INVITATION, retirees)[credibility].score < RELATED_AT


def test_what_the_user_never_does_serves_none_of_their_goals() -> None:
    message = Message(
        source="m1",
        from_name="Ashley",
        from_addr="ashley@podcast.example",
        subject="Podcast guest?",
        own_text="Would you come on our podcast about cash flow? It's unpaid, but the audience is great.",
    )
    assessment = assess(message, Intent.SPEAKING_INVITATION, PROFILE)
    assert assessment.never is not None and assessment.never[0] == "unpaid speaking engagements"
    assert all(fit.score == 0.0 for fit in assessment.fits)
    assert "you never do unpaid speaking engagements" in assessment.fits[1].evidence[0]


def test_a_commissioned_article_is_not_a_referral_commission() -> None:
    paid = "We'd like to commission a piece on pricing retainers. We pay $0.60 per word. Commission: 1,800 words."
    assert never_rule_hit(PROFILE, paid, Intent.SPEAKING_INVITATION) is None
    for kickback in [
        "Our partner program pays 15% of first-year fees for every client you refer to us.",
        "We pay a 10% commission on each referral.",
        "The model is simple: we refer, you pay us 15% of the first year's fees for every client who signs.",
        "5 design studio clients a month? (15% rev share)",
    ]:
        assert never_rule_hit(PROFILE, kickback, Intent.PARTNERSHIP_PROPOSAL) is not None, kickback
    volunteer = "We need a lunch speaker. It's a volunteer slot, about 20 minutes."
    assert never_rule_hit(PROFILE, volunteer, Intent.SPEAKING_INVITATION) is not None
    pay_to_appear = "A one-time production fee of $1,497 secures your slot on the show."
    assert never_rule_hit(PROFILE, pay_to_appear, Intent.SPEAKING_INVITATION) is not None


SPEAKER_RULES = parse_profile(
    """
[user]
name = "Helen Achterberg"
email = "helen@achterberg.example"

[[goals]]
kind = "build_credibility"
description = "Paid keynotes and podcasts on burnout"

[[never]]
what = "pay-to-play awards, and summits or conferences that charge speakers a fee to speak"

[[never]]
what = "unpaid keynotes or podcasts"
"""
)


@pytest.mark.parametrize(
    "text",
    [
        "We'd love you to keynote our conference. Our speaker fee is CAD 5,000 plus travel.",
        "Would you be a guest on our podcast? We record in December.",
        "Could you quote for a half-day workshop for our 40 managers?",
        "I'm an acquisitions editor and wondered whether you'd speak with me about a book. A call next week?",
    ],
)
def test_a_rule_against_charging_speakers_is_not_a_rule_against_speaking(text: str) -> None:
    # "... or conferences that charge speakers a fee to speak" is one alternative, and it is about charging
    assert never_rule_hit(SPEAKER_RULES, text, Intent.SPEAKING_INVITATION) is None


@pytest.mark.parametrize(
    "text",
    [
        "All our speakers join as Speaker Partners: a one-time production contribution of CAD 750 covers editing.",
        "To accept your award, choose one of our Laureate Packages: the Standard Package (USD 895).",
        "Speakers pay a participation fee of $500 to cover the venue.",
        "Sadly there's no speaker fee, but it's great exposure.",  # "unpaid ... podcasts" too, not all podcasts
    ],
)
def test_a_stage_that_charges_its_speakers_or_pays_nothing_falls_under_the_rules(text: str) -> None:
    assert never_rule_hit(SPEAKER_RULES, text, Intent.SPEAKING_INVITATION) is not None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "We offer an appearance fee of $2,000 plus travel. Would you give the keynote?",
            Intent.SPEAKING_INVITATION,
        ),
        ("Our podcast's guest fee is $300.", Intent.SPEAKING_INVITATION),
        (
            "Speakers receive a $750 honorarium; confirming by Friday secures your spot.",
            Intent.SPEAKING_INVITATION,
        ),
        ("Members get 20% off every workshop.", Intent.COMMUNITY_INVITATION),
        ("Attendees receive 2 points on each drink ticket.", Intent.EVENT_INVITATION),
        (
            "We'd like to offer you a commission to write our studio finance guide.",
            Intent.SPEAKING_INVITATION,
        ),
    ],
)
def test_paid_talks_discounts_and_commissioned_work_break_no_never_rule(text: str, intent: Intent) -> None:
    assert never_rule_hit(PROFILE, text, intent) is None


def test_what_is_ruled_out_names_no_best_goal() -> None:
    message = Message(
        source="m2",
        from_addr="ashley@podcast.example",
        subject="Podcast guest?",
        own_text="Come on our podcast about cash flow for creative businesses? It's unpaid.",
    )
    assessment = assess(message, Intent.SPEAKING_INVITATION, PROFILE)
    assert assessment.never is not None and assessment.best is None


def test_a_fellow_professional_is_a_peer_and_the_clients_they_name_are_theirs() -> None:
    peer = Evidence(
        "Ruth <ruth@adeyemiadvisory.example>",
        "I'm an independent bookkeeper too. My clients are mostly small design studios. Coffee to compare notes?",
    )
    fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, peer)
    assert best_fit(PROFILE, fits) == fits[3]  # the community of independent bookkeepers
    assert any("the clients named are theirs" in e for e in fits[0].evidence)
    # A studio owner who names the same studios is a client, however they describe themselves.
    owner = Evidence(
        "Ana <ana@lumen.example>", "I'm an independent studio owner: our design studio needs help."
    )
    fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, owner)
    assert best_fit(PROFILE, fits) == fits[0]


MENTOR_FOR_GROWTH = parse_profile(
    """
[user]
name = "Dana Reyes"
email = "dana@reyesbooks.com"

[[goals]]
kind = "find_community"
description = "A peer group of independent bookkeepers"
targets = ["independent bookkeepers"]

[[goals]]
kind = "find_mentor"
description = "Someone who has grown a solo finance practice into a small firm with staff"
targets = ["practice growth"]
""",
    "mentor for growth",
)


def test_someone_who_grew_a_practice_from_one_person_is_the_mentor_a_growth_goal_seeks() -> None:
    for story in [
        "I started solo eight years ago and we're seven people now. Lunch sometime?",
        "It was just me in 2014, and we're 22 people now. Happy to do a call.",
        "Meet Bea: she built her bookkeeping shop from a one-woman operation into a firm of nine.",
        "In 2009 I was doing payroll from my kitchen table. Today there are six of us. Lunch?",
    ]:
        fits = goal_fits(MENTOR_FOR_GROWTH, Intent.COFFEE_CHAT, Evidence("Pat <pat@ledger.example>", story))
        assert best_fit(MENTOR_FOR_GROWTH, fits) == fits[1], story
        assert any("grew a practice" in e for e in fits[1].evidence), story
    # A team that never was one person tells nothing about growing a practice.
    fits = goal_fits(
        MENTOR_FOR_GROWTH,
        Intent.COFFEE_CHAT,
        Evidence("Pat <pat@x.example>", "Our team of 40 would love coffee."),
    )
    assert not any("grew a practice" in e for e in fits[1].evidence)


def test_a_group_for_the_users_peers_is_among_peers_and_a_client_who_needs_one_is_not() -> None:
    meetup = Evidence(
        "Org <hi@bridgecity.example>",
        "A meetup for independent bookkeepers: close checklists for design studios.",
    )
    fits = goal_fits(PROFILE, Intent.EVENT_INVITATION, meetup)
    assert fits[0].score < RELATED_AT <= fits[3].score
    client = Evidence(
        "Ana <ana@lumen.example>", "We run a design studio and need an independent bookkeeper. Coffee?"
    )
    fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, client)
    assert best_fit(PROFILE, fits) == fits[0]
    assert not any("among your peers" in e for f in fits for e in f.evidence)
    # peers who say what they do in everyday words
    slack = Evidence(
        "Aditi <aditi@numbers.example>",
        "There are about fifteen of us who keep the books for ad shops and design firms. Want a Slack invite?",
    )
    fits = goal_fits(MENTOR_FOR_GROWTH, Intent.COMMUNITY_INVITATION, slack)
    assert best_fit(MENTOR_FOR_GROWTH, fits) == fits[0]


def test_a_group_that_shares_the_first_words_of_a_target_groups_name_is_another_group() -> None:
    circle = parse_profile(
        """
[user]
name = "Dana Reyes"
email = "dana@reyesbooks.com"

[[goals]]
kind = "find_community"
description = "A peer group of independent bookkeepers"
targets = ["Creative Finance Circle"]
""",
        "circle",
    )
    dao = Evidence(
        "gm <hi@cfdao.example>", "The Creative Finance DAO is a community of 4,000 collectors. Mint a pass!"
    )
    [fit] = goal_fits(circle, Intent.COMMUNITY_INVITATION, dao)
    assert not any("matched (" in e for e in fit.evidence)
    assert any("not the same" in e for e in fit.evidence)
    same = Evidence("Rosa <rosa@cfc.example>", "Join us at the Creative Finance Circle's monthly call?")
    [fit] = goal_fits(circle, Intent.COMMUNITY_INVITATION, same)
    assert any('"Creative Finance Circle" mentioned' in e for e in fit.evidence)


@settings(max_examples=150, deadline=None)
@given(sender=st.text(max_size=80), text=st.text(max_size=600), intent=st.sampled_from(list(Intent)))
def test_any_message_gets_a_fit_in_0_1_for_every_goal(sender: str, text: str, intent: Intent) -> None:
    for profile in (PROFILE, HELPING_A_CLIENT, MENTOR_FOR_GROWTH):
        fits = goal_fits(profile, intent, Evidence(sender, text))
        assert len(fits) == len(profile.goals)
        assert all(0.0 <= fit.score <= 1.0 and fit.evidence for fit in fits)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "I'm a",
                "fellow",
                "fractional",
                "CFO",
                "bookkeeper",
                "we're",
                "12 people",
                "now",
                "just me",
                "Ember & Oak",
                "equipment",
                "financing",
                "design studios",
                "Priya",
                "Natarajan",
                ",",
                ".",
                "\n",
            ]
        ),
        max_size=60,
    )
)
def test_name_like_messages_get_a_fit_in_0_1_for_every_goal(words: list[str]) -> None:
    text = " ".join(words)
    for profile in (PROFILE, HELPING_A_CLIENT, MENTOR_FOR_GROWTH):
        fits = goal_fits(
            profile, Intent.COFFEE_CHAT, Evidence("Priya Natarajan <p@emberandoak.example>", text)
        )
        assert all(0.0 <= fit.score <= 1.0 for fit in fits)


def test_a_target_is_a_name_only_when_written_as_one() -> None:
    from kindly.decide.fit_reading import is_name

    names = ["Ember & Oak Studio", "Priya Natarajan", "Fractional Finance PDX", "Bank of America"]
    kinds = ["design studios", "fractional CFOs", "Independent bookkeepers", "SaaS founders"]
    assert all(is_name(n) for n in names)
    assert not any(is_name(k) for k in kinds)


def test_a_team_that_did_not_begin_as_one_person_or_an_audience_tells_of_no_growth() -> None:
    for text in [
        "We have built the evening for 40 people; coffee first?",
        "I grew up in Portland and my team of five loves your newsletter.",
    ]:
        fits = goal_fits(MENTOR_FOR_GROWTH, Intent.COFFEE_CHAT, Evidence("Pat <pat@x.example>", text))
        assert not any("grew a practice" in e for e in fits[1].evidence), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # found in review: everyday phrases that name no trade
        ("I visited your site and saw your reviews. Our SEO audits get firms onto page one.", "web design"),
        ("We get press coverage for your competitors every week.", "insurance"),
        ("At Acme Payroll we place a premium on accuracy.", "recruiting and staffing"),
        ("We get your books in front of podcast hosts.", "bookkeeping and accounting"),
        ("Join our Truth and Reconciliation Day event.", "bookkeeping and accounting"),
        ("We print nothing; it is all digital.", "printing and merchandise"),
        ("Is your legal bill rate too high?", "recruiting and staffing"),
    ],
)
def test_an_everyday_phrase_names_no_trade(text: str, category: str) -> None:
    assert category not in [found for found, _ in detect_categories(text)]


@pytest.mark.parametrize(
    "quote",
    [
        "You pay us 15% of the project fee up front, and the rest once the client signs off on the final design.",
        "You'd pay us 2% per month on each new client account we manage.",
        "Pay us 5% of the monthly fee as a deposit for each new client onboarding.",
        "We take 20% of the first year's fees when the client signs the engagement letter.",
    ],
)
def test_a_price_quote_is_no_referral_fee(quote: str) -> None:
    assert never_rule_hit(PROFILE, quote, Intent.SALES_PITCH) is None


def test_a_client_who_keeps_their_own_books_is_a_client_not_a_peer() -> None:
    for text in [
        "I run a small design studio in Portland and keep the books myself, badly. Coffee next week?",
        "I own a six-person architecture firm. The three of us who do the numbers here are drowning. Coffee?",
    ]:
        fits = goal_fits(PROFILE, Intent.COFFEE_CHAT, Evidence("Ana <ana@studio.example>", text))
        assert best_fit(PROFILE, fits) == fits[0], text
        assert not any("among your peers" in e for f in fits for e in f.evidence), text


def test_a_headcount_at_an_event_is_no_practice_grown() -> None:
    text = "I'm organising this meetup on my own, but there are 40 people signed up so far. Come along?"
    fits = goal_fits(MENTOR_FOR_GROWTH, Intent.EVENT_INVITATION, Evidence("Pat <pat@x.example>", text))
    assert not any("grew a practice" in e for e in fits[1].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Our budget doesn't stretch to speaker fees or travel, but the exposure to this audience is considerable.",
        "We don't have a budget for presenters, but we'd provide lunch and it would be great visibility for you.",
        # wrapped where a mail tool broke the line
        "We're a volunteer-run group so we aren't able\nto pay speakers, but lunch is on us!",
        "We can't pay, but it's great exposure - usually 50+ business owners attend.",
    ],
)
def test_a_talk_without_a_budget_for_its_speaker_is_unpaid(text: str) -> None:
    assert (
        never_rule_hit(PROFILE, f"Would you give the keynote? {text}", Intent.SPEAKING_INVITATION) is not None
    )


EXAMPLE_PROFILE = load_profile(EXAMPLES / "profile.toml")


@pytest.mark.parametrize(
    ("intent", "text", "goal"),
    [
        (
            Intent.SPEAKING_INVITATION,
            "I host Chairside, a podcast for dentists. Join us for an episode on cash flow?",
            1,
        ),
        (
            Intent.COMMUNITY_INVITATION,
            "A curated peer group for fractional CFOs serving venture-backed SaaS companies. Join us?",
            4,
        ),
        (
            Intent.SALES_PITCH,
            "We finance kitchen equipment exclusively for restaurants and cafes. Equipment financing in days!",
            3,
        ),
    ],
)
def test_an_offer_for_another_trade_does_not_serve_a_goal_for_the_users_own(
    intent: Intent, text: str, goal: int
) -> None:
    fits = goal_fits(EXAMPLE_PROFILE, intent, Evidence("Sam <sam@elsewhere.example>", text))
    assert fits[goal].score < RELATED_AT
    assert any("it is for" in e for e in fits[goal].evidence)


def test_a_peer_who_serves_another_trade_is_still_a_peer_over_coffee() -> None:
    text = "I'm also a fractional controller here in town, mostly with restaurants and breweries. Coffee sometime?"
    fits = goal_fits(EXAMPLE_PROFILE, Intent.COFFEE_CHAT, Evidence("Erin <erin@walsh.example>", text))
    assert fits[4].score >= RELATED_AT


def test_a_firm_that_shares_a_target_firms_first_name_is_another_firm() -> None:
    candle = "Ember and Oak Candle Co. is opening our first shop on Hawthorne this Saturday. Stop by!"
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.EVENT_INVITATION, Evidence("hello@emberandoakcandles.example", candle)
    )
    assert fits[3].score < RELATED_AT
    demo = "Fieldwork Ventures is hosting our spring Demo Day. Investors welcome."
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.EVENT_INVITATION, Evidence("Owen <owen@fieldworkventures.example.com>", demo)
    )
    assert fits[2].score < RELATED_AT
    same = "Fieldwork is hosting a lunch for studio owners. Would you join us?"
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.EVENT_INVITATION, Evidence("Owen <owen@fieldworkcapital.example.com>", same)
    )
    assert any('"Fieldwork Capital" mentioned' in e for e in fits[2].evidence)


def test_the_target_persons_first_name_beside_their_firm_is_the_target_person() -> None:
    text = "Our guest is Priya from Fieldwork, who will talk about what lenders look for. Join us?"
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.EVENT_INVITATION, Evidence("Whitney <w@breakfast.example>", text)
    )
    assert best_fit(EXAMPLE_PROFILE, fits) == fits[2]
    assert fits[2].evidence[0].startswith("target person Priya Natarajan is named")
    other = "Our guest is Priya from Fieldwork Ventures, the agtech fund. Join us?"
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.EVENT_INVITATION, Evidence("Whitney <w@breakfast.example>", other)
    )
    assert not fits[2].evidence[0].startswith("target person")


def test_someone_at_the_target_persons_firm_who_names_her_brings_the_target_person() -> None:
    linkedin = Message(
        source="messages.csv",
        from_name="Camille Ortiz",
        from_addr="https://www.linkedin.com/in/camille-ortiz",
        own_text="Hi Dana - I'm on the portfolio team at Fieldwork Capital. Priya asked me to reach out. "
        "Let's connect!",
        channel="linkedin",
    )
    fits = assess(linkedin, Intent.COFFEE_CHAT, EXAMPLE_PROFILE).fits
    assert fits[2].evidence == ("target person Priya Natarajan is named by someone at Fieldwork Capital",)
    assert fits[2].score >= ACCEPT_AT
    # a Priya named by someone from elsewhere, or Fieldwork named by someone who does not work there, is not her
    elsewhere = replace(linkedin, own_text="Hi Dana - I'm a partner at Tidewater Ventures. Priya says hi!")
    assert not assess(elsewhere, Intent.COFFEE_CHAT, EXAMPLE_PROFILE).fits[2].evidence[0].startswith("target")
    talked = replace(linkedin, own_text="Hi Dana - we're talking to Fieldwork Capital too. Priya says hi!")
    assert not assess(talked, Intent.COFFEE_CHAT, EXAMPLE_PROFILE).fits[2].evidence[0].startswith("target")


def test_a_names_words_here_and_there_do_not_name_it() -> None:
    scattered = (
        "Dana is the finance person I told you about; she works with small creative outfits. Meet Lena?"
    )
    fits = goal_fits(EXAMPLE_PROFILE, Intent.INTRODUCTION, Evidence("Jo <jo@whitacre.example>", scattered))
    assert not any("Creative Finance Circle" in e for e in fits[4].evidence)


def test_a_bookkeeping_service_grown_into_an_accounting_firm_is_a_practice_grown() -> None:
    story = (
        "I founded it in 1994 as a one-man bookkeeping service; it grew into an accounting firm of 22 people."
    )
    fits = goal_fits(MENTOR_FOR_GROWTH, Intent.COFFEE_CHAT, Evidence("Harold <h@pennladd.example>", story))
    assert any("grew a practice" in e for e in fits[1].evidence)


@pytest.mark.parametrize(
    "text",
    [
        # found in a third review: a paid talk is never unpaid, whatever else it says
        "Would you speak at our creative studios conference? We pay a $1,500 honorarium, and it's great visibility.",
        "Would you speak? Our budget doesn't stretch to travel, but we pay a $750 speaker fee.",
        "We don't have a budget for this year's venue yet, but speakers get $750. Would you speak?",
        "Would you speak? The talk gets real visibility; the honorarium is $500.",
    ],
)
def test_a_paid_talk_is_not_unpaid(text: str) -> None:
    assert never_rule_hit(EXAMPLE_PROFILE, text, Intent.SPEAKING_INVITATION) is None


@pytest.mark.parametrize(
    ("intent", "text", "goal"),
    [
        # found in a third review: another trade named in passing, or the goal's own group, keeps the fit
        (
            Intent.COMMUNITY_INVITATION,
            "Fractional Finance PDX meets Thursday at Ardent Table restaurant. Join us?",
            4,
        ),
        (
            Intent.SPEAKING_INVITATION,
            "Would you speak on cash flow at Portland Design Week? Our speakers include the CFO of a SaaS startup.",
            1,
        ),
        (
            Intent.SPEAKING_INVITATION,
            "Our podcast for agency owners would love you on. Last episode: a restaurant owner.",
            1,
        ),
        (
            Intent.COMMUNITY_INVITATION,
            "Join our peer group for fractional CFOs; most of us are independent contractors.",
            4,
        ),
        (Intent.COMMUNITY_INVITATION, "Come to the Creative Financial Circle next month?", 4),
    ],
)
def test_another_trade_named_in_passing_takes_nothing_from_the_fit(
    intent: Intent, text: str, goal: int
) -> None:
    fits = goal_fits(EXAMPLE_PROFILE, intent, Evidence("Sam <sam@x.example>", text))
    assert fits[goal].score >= RELATED_AT
    assert best_fit(EXAMPLE_PROFILE, fits) == fits[goal]


@pytest.mark.parametrize(
    "text",
    [
        "Priya from Fieldwork Design here - a two-person branding studio looking for a bookkeeper.",
        "Priya at Fieldwork Coffee said hi. Coffee?",
        "Fieldwork's Priya Shah would love a coffee.",
    ],
)
def test_another_priya_of_another_fieldwork_is_not_the_target_person(text: str) -> None:
    fits = goal_fits(EXAMPLE_PROFILE, Intent.COFFEE_CHAT, Evidence("Priya <p@x.example>", text))
    assert not fits[2].evidence[0].startswith("target person")


def test_the_clients_own_addresses_and_a_firm_joined_not_grown() -> None:
    for address in ["jonah@emberandoakpdx.example", "jonah@emberandoakdesign.example"]:
        text = "The lender wants our last two years of statements - can we meet Tuesday?"
        fits = goal_fits(EXAMPLE_PROFILE, Intent.WORK_MEETING, Evidence(f"Jonah <{address}>", text))
        assert any("Ember & Oak Studio" in e for e in fits[3].evidence), address
    joined = "I was a solo bookkeeper until I moved to a bigger firm of 30 as a staff accountant. Coffee?"
    fits = goal_fits(EXAMPLE_PROFILE, Intent.COFFEE_CHAT, Evidence("Pat <pat@x.example>", joined))
    assert not any("grew a practice" in e for e in fits[5].evidence)


def test_a_forward_is_judged_with_what_it_forwards_and_a_reply_without_its_history() -> None:
    invitation = (
        "You are invited to speak on cash flow for creative studios at the Creative Money Summit; we pay a "
        "$1,000 honorarium. Would you give the keynote?"
    )
    forward = Message(
        source="f",
        from_name="Mark",
        from_addr="mark@x.example",
        subject="FW: keynote?",
        own_text="want to do this?",
        quoted_text=f"---------- Forwarded message ---------\nFrom: Org <o@summit.example>\n\n{invitation}",
    )
    reply = replace(forward, subject="Re: keynote?", quoted_text=f"On Tue, Org wrote:\n> {invitation}")
    forwarded = assess(forward, Intent.SPEAKING_INVITATION, EXAMPLE_PROFILE)
    replied = assess(reply, Intent.SPEAKING_INVITATION, EXAMPLE_PROFILE)
    assert forwarded.fits[1].score >= ACCEPT_AT > replied.fits[1].score


def test_a_prospective_client_of_another_trade_is_not_the_client_the_goal_seeks() -> None:
    # three blind labellers agreed: a dental practice or a biotech wanting a CFO serves no goal of a CFO for
    # design studios; a design studio naming a restaurant it branded still does
    for text in [
        "I own a small practice with two dentists. We need someone to handle our dental practice books. Rates?",
        "I'm the CEO of a seven-person biotech startup and need a fractional CFO for our Series A. Can you help?",
    ]:
        fits = goal_fits(EXAMPLE_PROFILE, Intent.CLIENT_INQUIRY, Evidence("Sam <sam@x.example>", text))
        assert fits[0].score < RELATED_AT, text
    studio = "Our design studio just finished a restaurant chain's rebrand and needs a part-time CFO. Coffee?"
    fits = goal_fits(EXAMPLE_PROFILE, Intent.CLIENT_INQUIRY, Evidence("Ana <ana@lumen.example>", studio))
    assert fits[0].score >= ACCEPT_AT


def test_a_goal_open_to_any_trade_takes_the_client_a_niche_goal_turns_away() -> None:
    # a user who also takes paying clients outside the niche says so with a second goal naming no audience
    open_goal = EXAMPLE_PROFILE.goals[0].model_copy(
        update={"description": "Any small business that needs bookkeeping or a part-time CFO", "targets": []}
    )
    profile = EXAMPLE_PROFILE.model_copy(update={"goals": [*EXAMPLE_PROFILE.goals, open_goal]})
    dentist = "I own a small practice with two dentists. We need someone to handle our dental practice books. Rates?"
    verdict = run(
        Case(dentist, Intent.CLIENT_INQUIRY, sender="Sam Ortiz", address="sam@smiles.example"), profile
    )
    assert verdict.decision is Decision.ACCEPT, verdict.reason
    assert verdict.best is not None and verdict.best.description == open_goal.description
    assert "the goal takes clients of any trade" in verdict.best.evidence
    niche_only = run(
        Case(dentist, Intent.CLIENT_INQUIRY, sender="Sam Ortiz", address="sam@smiles.example"),
        EXAMPLE_PROFILE,
    )
    assert niche_only.decision is not Decision.ACCEPT


def test_a_chamber_mixer_for_business_owners_serves_no_goal_of_a_studio_cfo() -> None:
    # "business owners" is what any business event says: it half-names the target "small business owners"
    # only in words every business uses, so it is not the user's clients
    mixer = (
        "Join fellow business owners and professionals for Business After Hours on May 8, 5:30-7:30pm, "
        "hosted by Riverbend Title. Appetizers, a drink ticket and door prizes. Members free, guests $15."
    )
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.EVENT_INVITATION, Evidence("Chamber <events@chamber.example>", mixer)
    )
    assert max(fit.score for fit in fits) < RELATED_AT
    # the target named whole still counts
    named = mixer.replace("fellow business owners", "fellow small business owners")
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.EVENT_INVITATION, Evidence("Chamber <events@chamber.example>", named)
    )
    assert 'target "small business owners" mentioned' in fits[0].evidence


def test_a_niche_goal_without_targets_is_not_open_to_any_trade() -> None:
    niche = EXAMPLE_PROFILE.goals[0].model_copy(
        update={"description": "Small design and architecture studios that need bookkeeping", "targets": []}
    )
    profile = EXAMPLE_PROFILE.model_copy(update={"goals": [niche]})
    brewery = "We run a brewery with 14 staff and need monthly bookkeeping. What do you charge?"
    fit = goal_fits(profile, Intent.CLIENT_INQUIRY, Evidence("Bo <bo@hops.example>", brewery))[0]
    assert "the goal takes clients of any trade" not in fit.evidence


def test_an_offer_to_introduce_a_planner_is_not_a_request_for_the_users_own() -> None:
    offer = "I'd love to introduce you to Gordon, a great financial planner who works with freelancers."
    verdict = run(Case(offer, Intent.INTRODUCTION))
    assert verdict.reason_code != "refer_provider"


def test_a_clients_own_party_is_left_to_the_user_not_declined_as_networking() -> None:
    party = Case(
        "Please join us for our Holiday Open Studio on Thursday, December 10, from 5 to 9 pm. RSVP by Dec 4!",
        Intent.EVENT_INVITATION,
        sender="Ember & Oak Studio",
        address="hello@emberandoak.example.com",
    )
    verdict = run(party, EXAMPLE_PROFILE)
    assert (verdict.decision, verdict.reason_code) == (Decision.IGNORE, "client_event")
    assert "Ember & Oak Studio" in verdict.reason
    # another firm's party is weighed as usual
    other = replace(party, sender="Ember and Oak Candle Co.", address="hi@emberandoakcandle.example.com")
    assert run(other, EXAMPLE_PROFILE).reason_code != "client_event"


def test_a_fortune_offered_to_whoever_moves_to_a_chat_app_is_a_scam() -> None:
    body = (
        "I represent a private family office in Singapore seeking to invest USD 5,000,000 in promising "
        "companies. Yours has been shortlisted. For confidentiality, please continue this conversation with me "
        "on Telegram (@michaeltan_fo) so we can share the term sheet quickly."
    )
    verdict = run(Case(body, Intent.PARTNERSHIP_PROPOSAL), EXAMPLE_PROFILE)
    assert (verdict.decision, verdict.reason_code) == (Decision.IGNORE, "scam")
    assert '"continue this conversation with me on Telegram", "USD 5,000,000"' in verdict.reason
    # moving to a chat app without a fortune is only a preference
    easier = (
        "Happy to continue on WhatsApp if that's easier. Lunch Tuesday to talk about your studio's books?"
    )
    assert run(Case(easier, Intent.CLIENT_INQUIRY), EXAMPLE_PROFILE).reason_code != "scam"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        pytest.param(
            "Your cash-flow template changed my life. My design studio (8 people) now needs a part-time CFO.",
            Intent.CLIENT_INQUIRY,
            id="a-grateful-client",
        ),
        pytest.param(
            "We'd love you to join my team as a part-time controller for our design studio group.",
            Intent.RECRUITING,
            id="a-recruiters-team",
        ),
        pytest.param(
            "A 20-person video company with $4,500,000 in annual revenue needs a fractional CFO. Text me on "
            "WhatsApp at 503-555-0100.",
            Intent.CLIENT_INQUIRY,
            id="a-large-sum-and-whatsapp",
        ),
        pytest.param(
            "My client received an inheritance of $2,400,000 and needs a bookkeeper for her design studio.",
            Intent.CLIENT_INQUIRY,
            id="an-estate-attorney",
        ),
    ],
)
def test_honest_mail_with_words_of_schemes_and_scams_is_weighed_as_usual(body: str, intent: Intent) -> None:
    verdict = run(Case(body, intent), EXAMPLE_PROFILE)
    assert verdict.reason_code not in ("never_do", "scam"), verdict.reason


def test_an_old_friend_with_a_new_firm_is_a_client_and_an_organisation_is_no_friend() -> None:
    friend = "Been ages! I've just opened my own architecture studio and need a part-time CFO - coffee next Tuesday?"
    assert run(Case(friend, Intent.COFFEE_CHAT), EXAMPLE_PROFILE).reason_code != "personal"
    missed = Case(
        "We missed you at Design Week! Join our cash-flow dinner for studio owners on Dec 3.",
        Intent.EVENT_INVITATION,
        sender="Design Week Portland",
        address="hello@designweek.example",
    )
    assert run(missed, EXAMPLE_PROFILE).reason_code != "personal"


@pytest.mark.parametrize(
    "body",
    [
        "Maria Chen at Northstar Wealth put me in touch with you. I'm a financial planner - could we meet?",
        "I'm a financial planner. Could you introduce me to a few of your studio clients?",
    ],
)
def test_only_a_request_for_the_kind_of_provider_is_referred_to_the_users_own(body: str) -> None:
    assert run(Case(body, Intent.INTRODUCTION), EXAMPLE_PROFILE).reason_code != "refer_provider"


def test_a_client_whose_trade_is_only_its_name_or_address_is_not_the_client_a_niche_goal_seeks() -> None:
    for sender, text in [
        (
            "Dale <dale@kuceraplumbing.example.com>",
            "Hi Dana, I own Kucera Plumbing & Drain - 7 trucks, 11 guys. Looking for someone to do monthly "
            "books and payroll. Can you give me a price?",
        ),
        (
            "Trina <trina@greenway.example.net>",
            "Greenway Landscaping & Irrigation is a 30-person residential and commercial landscape maintenance "
            "company. Our owner wants someone part-time to manage cash flow. Interested?",
        ),
        (
            "Dale <dale@kuceraplumbing.example.com>",
            "Need monthly books and payroll done. Can you give me a price?",
        ),
    ]:
        fits = goal_fits(EXAMPLE_PROFILE, Intent.CLIENT_INQUIRY, Evidence(sender, text))
        assert fits[0].score < RELATED_AT, text
        assert any("not for whom your goal is" in note for note in fits[0].evidence), fits[0].evidence
    # a design studio with an accidental "dental" in its address is still a design studio
    studio = "We're a six-person design studio and need monthly bookkeeping. Could we talk?"
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.CLIENT_INQUIRY, Evidence("Jo <jo@accidentalstudio.example>", studio)
    )
    assert fits[0].score >= ACCEPT_AT


def test_what_an_introducer_says_of_the_user_is_not_what_the_invitation_is_for() -> None:
    intro = (
        "Dana - following up on our chat about your client's print shop. I've copied Jerome Akers, who runs "
        "equipment finance for Riverbend Bank's small-business group.\n\nJerome, Dana is a fractional CFO for "
        "several design studios; one of them is buying printing equipment this spring."
    )
    fits = goal_fits(EXAMPLE_PROFILE, Intent.INTRODUCTION, Evidence("Nora <nora@riverbend.example>", intro))
    best = best_fit(EXAMPLE_PROFILE, fits)
    assert best is not None and best.kind == "help_client"
    assert not any("design studios" in note for note in fits[0].evidence)  # the user's own clients


def test_us_solo_bookkeepers_meeting_for_coffee_is_a_peer_group() -> None:
    coffee = (
        "A handful of us solo bookkeepers on the east side have started meeting for coffee the first Friday of "
        "every month. Most of us work with small creative shops and a couple of design firms. Join us?"
    )
    fits = goal_fits(
        EXAMPLE_PROFILE, Intent.COMMUNITY_INVITATION, Evidence("Hattie <h@lowe.example>", coffee)
    )
    best = best_fit(EXAMPLE_PROFILE, fits)
    assert best is not None and best.kind == "find_community"
    assert 'among your peers ("us solo bookkeepers")' in best.evidence


def test_an_introduction_that_helps_a_client_takes_no_networking_hours() -> None:
    # found by a user's review: the client's loan officer was pushed back weeks for a full networking week
    intro = (
        "As promised, introducing you to Will Foster, business lending officer at Rose City Credit Union. Will has "
        "done equipment loans for several print shops. Could you two find time next week to go over what the "
        "credit union needs for Ember & Oak Studio's new print shop?"
    )
    verdict = run(
        Case(
            intro,
            Intent.INTRODUCTION,
            sender="Carmen Ortiz",
            address="carmen@emberandoak.example",
            context=Context(hours_committed=4),
        ),
        EXAMPLE_PROFILE,
    )
    assert verdict.best is not None and verdict.best.kind == "help_client"
    assert (verdict.decision, verdict.reason_code) != (Decision.ACCEPT, "accept_later"), verdict.reason
    assert verdict.decision is Decision.ACCEPT


def test_an_equity_only_offer_meets_an_equity_never_rule() -> None:
    profile = parse_profile(
        """
[user]
name = "Marcus Oyelaran"
email = "marcus@oyelaran-research.example"

[[goals]]
kind = "find_clients"
description = "Fintech product teams that need user research"

[[never]]
what = "equity-only work"
"""
    )
    offer = "We're pre-revenue so we can't pay cash right now, but we'd give you 1.5% equity to lead our research."
    assert never_rule_hit(profile, offer, Intent.SALES_PITCH) is not None
    # equity named, but the work is paid, or the equity is someone else's
    for paid_work in (
        "We build software for equity crowdfunding platforms and need research. We'd pay your usual rate.",
        "We just sold 15% of the company to our seed investors; the project is paid at your day rate.",
    ):
        assert never_rule_hit(profile, paid_work, Intent.CLIENT_INQUIRY) is None, paid_work
    paid = "We'd pay your day rate; our seed round closed last month and our equity story is strong."
    assert never_rule_hit(profile, paid, Intent.CLIENT_INQUIRY) is None


def test_a_talk_paid_in_pounds_or_euros_is_not_unpaid() -> None:
    for text in (
        "We can't cover travel, but we pay a £500 honorarium.",
        "We can't offer travel; the honorarium is €400.",
        # found in review: a paid talk that also promises exposure
        "We offer each speaker a fee of £400, and it's great exposure.",
        "Speakers are paid $600 plus travel, and it's good exposure.",
    ):
        assert (
            never_rule_hit(PROFILE, f"Would you speak at our summit? {text}", Intent.SPEAKING_INVITATION)
            is None
        )


FOUNDER = parse_profile(
    """
[user]
name = "Jordan Whitfield"
email = "jordan@tallyloop.example"

[[goals]]
kind = "find_community"
description = "Seed-stage founders in Austin"

[[never]]
what = "pay-to-play events"

[[never]]
what = "unsolicited crypto partnerships"
"""
)


@pytest.mark.parametrize(
    ("text", "intent", "rule"),
    [
        (
            "An intimate dinner with 12 VCs. Founder seats are available as sponsorships: $3,500 per seat "
            "includes a 3-minute spotlight pitch. Invoice to follow on acceptance.",
            Intent.EVENT_INVITATION,
            "pay-to-play events",
        ),
        (
            "We'd love to partner so your customers can settle invoices in USDC on our chain, and share the "
            "token rewards with you.",
            Intent.PARTNERSHIP_PROPOSAL,
            "unsolicited crypto partnerships",
        ),
    ],
)
def test_a_never_rule_holds_when_the_message_says_it_in_other_words(
    text: str, intent: Intent, rule: str
) -> None:
    hit = never_rule_hit(FOUNDER, text, intent)
    assert hit is not None and hit[0] == rule


def test_an_ordinary_ticket_or_a_token_of_thanks_is_no_pay_to_play_or_crypto() -> None:
    assert (
        never_rule_hit(FOUNDER, "Tickets are $25 at the door; drinks included.", Intent.EVENT_INVITATION)
        is None
    )
    assert (
        never_rule_hit(FOUNDER, "As a token of thanks, lunch is on us.", Intent.PARTNERSHIP_PROPOSAL) is None
    )


def test_what_a_message_says_of_the_user_counts_outside_introductions() -> None:
    talk = (
        "Our conference committee hears Dana has a great talk on pricing and cash flow for creative studios. "
        "Would you give it at our March summit? We pay $750."
    )
    fits = goal_fits(EXAMPLE_PROFILE, Intent.SPEAKING_INVITATION, Evidence("Lee <lee@summit.example>", talk))
    best = best_fit(EXAMPLE_PROFILE, fits)
    assert best is not None and best.kind == "build_credibility" and best.score >= ACCEPT_AT


def test_someone_who_scaled_a_company_is_the_mentor_a_growth_goal_seeks() -> None:
    founder = parse_profile(
        """
[user]
name = "Jordan Whitfield"
email = "jordan@tallyloop.example"

[[goals]]
kind = "find_mentor"
description = "A mentor who has scaled a SaaS startup past $10M ARR"
targets = ["SaaS founders", "scaling a startup"]
"""
    )
    offer = (
        "I scaled FleetBooks to $18M ARR before we sold it. Happy to share what I learned - coffee sometime?"
    )
    [fit] = goal_fits(founder, Intent.COFFEE_CHAT, Evidence("Greg <g@fleetbooks.example>", offer))
    assert 'someone here grew a practice: "i scaled fleetbooks to $18m arr"' in fit.evidence
    assert fit.score >= RELATED_AT
