"""Drafts: the seed's three steps, in the profile's tone, with facts only from the profile and message."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.decide.policy import Context, decide
from kindly.decide.rules import never_do_marks
from kindly.ingest.sources import detect, read_source
from kindly.model import Decision, Draft, Event, GoalFit, Intent, Message, Referral, Understanding, Verdict
from kindly.profile import Profile, Resource, load_profile
from kindly.reply.acceptance import proposed_times
from kindly.reply.check import check_draft
from kindly.reply.compose import LINKEDIN_LIMIT, ask_phrase, compose, first_name
from kindly.understand.classify import Classifier, Text
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
WHEN = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


def message(
    body: str, sender: str = "Gordon Pike", channel: str = "email", subject: str = "Hello"
) -> Message:
    return Message(
        source="t",
        channel=channel,
        from_name=sender,
        from_addr="g@pike.example",
        subject=subject,
        body=body,
        own_text=body,
        date=WHEN,
    )


def understood(intent: Intent, clear: bool | None = True) -> Understanding:
    return Understanding(
        is_invitation=intent is not Intent.NONE, intent=intent, purpose_clear=clear, confidence=0.9
    )


def with_tone(tone: str) -> Profile:
    return PROFILE.model_copy(update={"user": PROFILE.user.model_copy(update={"tone": tone})})


def test_step_one_asks_what_they_want_to_discuss() -> None:
    verdict = Verdict(Decision.ASK_DETAILS, "unclear", "purpose_unclear")
    draft = compose(message("Coffee sometime?"), understood(Intent.COFFEE_CHAT, False), verdict, PROFILE)
    assert draft is not None and draft.steps == ("ask_details",)
    assert draft.text.startswith("Hi Gordon,")
    assert (
        "My schedule is tight over the next several weeks - is there something specific you wanted to discuss?"
        in draft.text
    )
    assert draft.text.rstrip().endswith("Dana")


def test_step_two_is_honest_and_step_three_offers_to_pass_their_details_on() -> None:
    verdict = Verdict(
        Decision.DECLINE,
        "provider",
        "has_provider",
        provider="Maria Chen, Northstar Wealth",
        provider_category="financial planning",
    )
    draft = compose(message("I'm a financial planner..."), understood(Intent.SALES_PITCH), verdict, PROFILE)
    assert draft is not None and draft.steps == ("honest_reason", "offer_resource")
    assert "For financial planning, I already work with someone I'm very happy with" in draft.text
    assert "contact details" in draft.text and "overview" in draft.text
    assert "Maria Chen" not in draft.text  # the provider's name is the user's business, not the pitcher's


def test_a_decline_offers_the_resource_that_matches_what_they_seek() -> None:
    verdict = Verdict(Decision.DECLINE, "not now", "not_current_focus")
    body = "I'm a bookkeeper thinking about starting my own practice - could I ask how you found your first clients?"
    draft = compose(message(body), understood(Intent.MENTORSHIP_REQUEST), verdict, PROFILE)
    assert draft is not None
    assert "Going independent: notes from my first three years" in draft.text
    assert "https://example.com/going-independent" in draft.text


def with_date_style(style: str) -> Profile:
    return PROFILE.model_copy(update={"user": PROFILE.user.model_copy(update={"date_style": style})})


def test_an_accept_proposes_concrete_times_written_as_the_user_writes_dates() -> None:
    verdict = Verdict(Decision.ACCEPT, "fits", "goal_fit")
    ask = message("Could you quote for our studio?")
    draft = compose(
        ask, understood(Intent.CLIENT_INQUIRY), verdict, with_date_style("international"), now=WHEN
    )
    assert draft is not None
    assert re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday) \d+ November at 10:00\b", draft.text)
    assert "your enquiry" in draft.text
    # the example profile is a Portland bookkeeper's: US dates, 12-hour times, "inquiry"
    draft = compose(ask, understood(Intent.CLIENT_INQUIRY), verdict, PROFILE, now=WHEN)
    assert draft is not None
    assert re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday), November \d+ at 10:00 am", draft.text)
    assert "2:30 pm" in draft.text and "your inquiry" in draft.text


def test_an_accepted_event_confirms_its_date() -> None:
    event = Event(uid="u1", summary="Money Talks for Makers", start=datetime(2026, 12, 9, 17, 30, tzinfo=UTC))
    invite = Message(
        source="t",
        channel="calendar",
        from_name="Hannah Brooks",
        subject="Money Talks",
        body="x",
        own_text="x",
        event=event,
    )
    draft = compose(
        invite, understood(Intent.EVENT_INVITATION), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE
    )
    assert (
        draft is not None
        and "Wednesday, December 9" in draft.text
        and '"Money Talks for Makers"' in draft.text
    )


def test_ignored_messages_get_no_draft() -> None:
    verdict = Verdict(Decision.IGNORE, "not an invitation", "not_invitation")
    assert compose(message("FYI"), understood(Intent.NONE, None), verdict, PROFILE) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Gordon Pike", "Gordon", id="first-last"),
        pytest.param("Pike, Gordon", "Gordon", id="last-comma-first"),
        pytest.param("Tom Whitaker, CFP", "Tom", id="credential-after-comma"),
        pytest.param("", "", id="no-name"),
        pytest.param("billing@ledgerly.example", "", id="address-as-name"),
        pytest.param("Dr. Sharon Ellis", "Dr. Ellis", id="honorific"),
        pytest.param("Prof Jane Smith", "Prof Smith", id="honorific-without-dot"),
    ],
)
def test_first_names(raw: str, expected: str) -> None:
    assert first_name(message("x", sender=raw)) == expected


def test_two_drafts_in_a_row_do_not_read_the_same() -> None:
    verdict = Verdict(Decision.DECLINE, "pitch", "not_a_fit")
    texts = {
        compose(message("Buy our SEO"), understood(Intent.SALES_PITCH), verdict, PROFILE, variant=v).text
        for v in range(3)
    }  # type: ignore[union-attr]
    assert len(texts) == 3


def example_messages() -> list[Message]:
    items = []
    for path in ("inbox.mbox", "invitation.ics", "linkedin/messages.csv"):
        items += [m for m in read_source(detect(str(EXAMPLES / path))) if isinstance(m, Message)]
    return items


def test_every_draft_for_the_examples_passes_the_checker_in_every_tone_and_variant() -> None:
    messages = example_messages()
    understandings = Classifier().understand([Text.from_message(m) for m in messages])
    checked = 0
    for tone, variant in itertools.product(("warm", "formal", "brief"), range(3)):
        profile = with_tone(tone)
        for msg, understanding in zip(messages, understandings, strict=True):
            verdict = decide(msg, understanding, profile, Context())
            draft = compose(msg, understanding, verdict, profile, variant=variant)
            if draft is None:
                continue
            result = check_draft(draft, msg, profile, verdict.referral)
            assert result.ok, (tone, variant, msg.subject, result.problems, draft.text)
            if draft.channel == "linkedin":
                assert len(draft.text) <= LINKEDIN_LIMIT
            checked += 1
    assert checked > 100


def test_the_checker_rejects_a_draft_that_drops_a_step_or_invents_a_link() -> None:
    verdict = Verdict(Decision.DECLINE, "pitch", "not_a_fit", fits=(GoalFit(0, "find_clients", "x", 0.1),))
    msg = message("Buy our SEO")
    draft = compose(msg, understood(Intent.SALES_PITCH), verdict, PROFILE)
    assert draft is not None and check_draft(draft, msg, PROFILE).ok
    without_offer = draft.__class__(text=draft.text.split("\n\n")[0] + "\n\nDana\n", steps=draft.steps)
    assert "step offer_resource is missing" in check_draft(without_offer, msg, PROFILE).problems
    invented = draft.__class__(
        text=draft.text.replace("Dana", "See https://evil.example/x\n\nDana"), steps=draft.steps
    )
    assert any("evil.example" in p for p in check_draft(invented, msg, PROFILE).problems)


@pytest.mark.parametrize(
    ("subject", "intent", "expected"),
    [
        pytest.param(
            "Panel on studio pricing, May 12",
            Intent.SPEAKING_INVITATION,
            "the invitation to speak",
            id="telling-subject",
        ),
        pytest.param(
            "Re: Retirement planning for consultants",
            Intent.SALES_PITCH,
            "your note about your services",
            id="reply-subject",
        ),
        pytest.param("coffee?", Intent.COFFEE_CHAT, "the invitation to meet", id="one-word-subject"),
        pytest.param(
            "Quick question", Intent.MENTORSHIP_REQUEST, "your request for advice", id="generic-subject"
        ),
    ],
)
def test_the_reply_names_their_ask_by_its_kind_without_quoting_their_subject(
    subject: str, intent: Intent, expected: str
) -> None:
    # two readers of the demo found a subject line quoted back ("your note ("Dana, this could change
    # everything for you")") read as pasted in
    assert ask_phrase(message("x", subject=subject), intent) == expected


def _accept(
    body: str,
    intent: Intent,
    subject: str = "Hello",
    code: str = "goal_fit",
    sender: str = "Gordon Pike",
    now: datetime = WHEN,
) -> Draft:
    """The accept drafted for a message, which the checker passes."""
    draft = compose(
        message(body, sender=sender, subject=subject),
        understood(intent),
        Verdict(Decision.ACCEPT, "", code),
        PROFILE,
        now=now,
    )
    assert draft is not None
    assert check_draft(draft, message(body, sender=sender, subject=subject), PROFILE).ok, draft.text
    return draft


def test_an_accepted_event_in_an_email_confirms_the_date_it_gives() -> None:
    draft = _accept(
        "Our November meetup on pricing retainers is Thursday, November 19, 6:00-8:00 pm at Kinfolk. RSVP?",
        Intent.EVENT_INVITATION,
    )
    assert "see you on Thursday, November 19, 6:00-8:00 pm" in draft.text
    assert "Would" not in draft.text  # no meeting slots for an event that has its own date


def test_a_time_the_sender_proposed_is_accepted_rather_than_countered() -> None:
    draft = _accept(
        "Could we do a 20-minute call Thursday or Friday about the schedule?", Intent.CLIENT_INQUIRY
    )
    assert "Either Thursday or Friday works for me" in draft.text


def test_a_commissioned_piece_is_written_not_spoken() -> None:
    draft = _accept(
        "We'd like to commission 1,200 words on paying yourself first for our spring issue, due January 15. "
        "We pay $400.",
        Intent.SPEAKING_INVITATION,
        subject="Commission: 1,200 words on paying yourself first (Makers Quarterly)",
    )
    assert "the invitation to write" in draft.text and "glad to write it by January 15" in draft.text
    assert "(Makers Quarterly)" not in draft.text  # a subject with brackets reads as pasted in


def test_an_introduction_accepted_is_a_yes_please_even_when_a_day_is_mentioned() -> None:
    draft = _accept(
        "I had lunch with Priya on Friday. Want me to make an email intro?",
        Intent.INTRODUCTION,
        code="target_person",
    )
    assert "be introduced" in draft.text and "Friday" not in draft.text


def test_a_group_to_join_is_joined_without_a_meeting_time() -> None:
    draft = _accept(
        "Would you join our peer group? We meet on Zoom on the first Wednesday of each month.",
        Intent.COMMUNITY_INVITATION,
        code="accept_later",
    )
    assert "Count me in." in draft.text or "glad to join." in draft.text or "part of it." in draft.text
    assert "Would" not in draft.text


def test_an_organisation_is_greeted_without_a_first_name() -> None:
    draft = _accept(
        "You're invited to our Winter Mixer on Thursday, December 3.",
        Intent.EVENT_INVITATION,
        sender="Creative Economy Network",
    )
    assert draft.text.startswith("Hi there,")


def test_asked_to_introduce_the_users_own_provider_the_draft_offers_to() -> None:
    body = "Could you introduce me to your financial planner? I have three old 401(k)s and no plan."
    referral = Referral("Maria Chen, Northstar Wealth", "financial planning", "")
    verdict = Verdict(Decision.REFER, "", "refer_provider", referral=referral)
    draft = compose(message(body), understood(Intent.INTRODUCTION), verdict, PROFILE)
    assert draft is not None and "Maria Chen, Northstar Wealth" in draft.text
    assert check_draft(draft, message(body), PROFILE, referral).ok


def test_a_prospective_client_with_a_vague_enquiry_is_asked_about_the_work_not_told_the_calendar_is_full() -> (
    None
):
    verdict = Verdict(Decision.ASK_DETAILS, "unclear", "purpose_unclear")
    for variant in range(3):
        draft = compose(
            message("Jess suggested I reach out - would love to chat."),
            understood(Intent.CLIENT_INQUIRY, False),
            verdict,
            PROFILE,
            variant=variant,
        )
        assert draft is not None and "?" in draft.text
        assert "schedule" not in draft.text and "stretched" not in draft.text and "full" not in draft.text


def test_a_scheme_the_user_never_joins_is_declined_without_a_resource_or_an_offer_to_pass_it_on() -> None:
    verdict = Verdict(
        Decision.DECLINE,
        "never",
        "never_do",
        never_rule="multi-level marketing or 'business opportunity' schemes",
    )
    body = (
        "Perfect for busy professionals who want a second income stream - only a few spots on my team left!"
    )
    draft = compose(message(body), understood(Intent.SALES_PITCH), verdict, PROFILE)
    assert draft is not None and draft.steps == ("honest_reason",)
    assert "firm rule against multi-level marketing" in draft.text
    assert "http" not in draft.text and "overview" not in draft.text
    assert check_draft(draft, message(body), PROFILE).ok


def test_a_decline_wishes_them_well_with_what_they_asked_about() -> None:
    verdict = Verdict(Decision.DECLINE, "not now", "not_current_focus")
    draft = compose(
        message("Join our mixer on Dec 3!"), understood(Intent.EVENT_INVITATION), verdict, PROFILE
    )
    assert draft is not None and "with the event" in draft.text


def test_times_another_draft_offers_are_not_offered_again() -> None:
    verdict = Verdict(Decision.ACCEPT, "fits", "goal_fit")
    first = compose(
        message("Could you quote for our studio?"), understood(Intent.CLIENT_INQUIRY), verdict, PROFILE
    )
    assert first is not None and len(first.times) == 2
    second = compose(
        message("Could you quote for our agency?"),
        understood(Intent.CLIENT_INQUIRY),
        verdict,
        PROFILE,
        taken=set(first.times),
    )
    assert second is not None and len(second.times) == 2
    assert not set(first.times) & set(second.times)
    assert all(time in second.text for time in second.times)


@pytest.mark.parametrize(
    ("body", "intent", "not_said"),
    [
        (
            "We met on October 14 at the AIGA mixer. Could we grab coffee to talk about pricing?",
            Intent.COFFEE_CHAT,
            "October 14 works",
        ),
        (
            "Mornings work best for me, 8-10am. Could we talk about your bookkeeping?",
            Intent.CLIENT_INQUIRY,
            "10am works",
        ),
        (
            "Our circle meets every first Thursday of the month. Would you join?",
            Intent.COMMUNITY_INVITATION,
            "see you",
        ),
        (
            "The episode airs on January 8; we'd record on Tuesday, December 2 or 3.",
            Intent.SPEAKING_INVITATION,
            "January 8",
        ),
    ],
)
def test_an_accept_confirms_no_past_recurring_or_time_only_date(
    body: str, intent: Intent, not_said: str
) -> None:
    assert not_said not in _accept(body, intent).text


def test_asked_to_make_an_introduction_the_user_makes_it() -> None:
    body = "Could you introduce me to Priya Natarajan at Fieldwork Capital?"
    draft = _accept(body, Intent.INTRODUCTION, code="target_person")
    assert "make the introduction" in draft.text or "introduce you" in draft.text
    assert "be introduced" not in draft.text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Priya Natarajan, Fieldwork Capital", "Priya"),
        ("Jane Smith, Director of Events", "Jane"),
        ("Linh Co", "Linh"),
        ("Acme Corporation", ""),
        ("The Bookkeepers' Forum", ""),
        ("Creative Economy Network", ""),
        ("Austin SaaS Founders", ""),  # not "Hi Austin,"
        ("Haulwise Team", ""),
        ("Global Wellbeing Leaders Awards", ""),
    ],
)
def test_a_person_is_greeted_by_name_and_an_organisation_is_not(raw: str, expected: str) -> None:
    assert first_name(message("x", sender=raw)) == expected


def test_a_declined_show_is_wished_well_as_a_show() -> None:
    body = "Would you come on our podcast? We don't pay guests, but it's great exposure."
    verdict = Verdict(Decision.DECLINE, "never", "never_do", never_rule="unpaid speaking engagements")
    draft = compose(message(body), understood(Intent.SPEAKING_INVITATION), verdict, PROFILE)
    assert draft is not None and "the event" not in draft.text


def test_a_plain_decline_says_why_in_the_terms_of_what_was_asked() -> None:
    verdict = Verdict(Decision.DECLINE, "no", "not_a_fit")
    advice = compose(
        message("Could I ask you three questions about starting a practice?"),
        understood(Intent.MENTORSHIP_REQUEST),
        verdict,
        PROFILE,
    )
    assert advice is not None and "advice calls" in advice.text and "looking for" not in advice.text
    pitch = compose(message("We build websites."), understood(Intent.SALES_PITCH), verdict, PROFILE)
    assert pitch is not None and "It isn't something I'm looking for" in pitch.text


def test_an_old_message_is_answered_with_times_from_today_not_from_its_date() -> None:
    old = datetime(2020, 3, 2, 9, 0, tzinfo=UTC)
    ask = Message(
        source="t",
        from_name="Gordon Pike",
        subject="Quote?",
        body="Could you quote?",
        own_text="Could you quote?",
        date=old,
    )
    draft = compose(ask, understood(Intent.CLIENT_INQUIRY), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE)
    assert draft is not None and len(draft.times) == 2
    assert set(draft.times).isdisjoint(proposed_times(old, False, style="us"))


def test_an_event_whose_date_has_passed_by_today_is_not_confirmed() -> None:
    body = "Our meetup is Thursday, November 19, 6:00-8:00 pm at Kinfolk. RSVP?"
    draft = _accept(body, Intent.EVENT_INVITATION, now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    assert "November 19" not in draft.text
    assert "sorry to have missed this one" in draft.text and "Count me in" not in draft.text


def test_a_candidate_asking_for_work_is_told_there_is_no_role_and_gets_no_checklist() -> None:
    body = "I'm a bookkeeper with four years of experience. Do you have room for a part-time associate? I've attached my resume."
    draft = compose(
        message(body), understood(Intent.RECRUITING), Verdict(Decision.DECLINE, "", "not_a_fit"), PROFILE
    )
    assert draft is not None and "I don't have a role to offer right now" in draft.text
    assert "checklist" not in draft.text.lower()


def test_a_candidate_writing_to_a_user_who_hires_is_pointed_to_the_open_roles() -> None:
    careers = Resource(
        title="Haulwise careers page",
        description="Open roles and how we hire",
        link="https://haulwise.example/careers",
        helps="people looking for a job at Haulwise",
    )
    hiring = PROFILE.model_copy(update={"resources": [careers, *PROFILE.resources]})
    body = "I'm a backend engineer with 7 years of experience. Are you hiring backend engineers? My resume is attached."
    draft = compose(
        message(body), understood(Intent.RECRUITING), Verdict(Decision.DECLINE, "", "not_a_fit"), hiring
    )
    assert draft is not None and "https://haulwise.example/careers" in draft.text
    assert "I don't have a role" not in draft.text  # the user may well be hiring: no such claim
    assert check_draft(draft, message(body), hiring).ok


def test_an_rfp_start_date_months_away_is_not_taken_for_a_meeting_time() -> None:
    body = "We invite a proposal for fractional CFO services starting February 1, 2027. Proposals are due Dec 11."
    assert "February 1, 2027 works" not in _accept(body, Intent.CLIENT_INQUIRY).text


_PIECES = [
    *"abcdefghijklmnopqrstuvwxyz 0123456789,.:;-/?!\n",
    "February 30",
    "Dec 1, 3 or 9",
    "every Thursday",
    "next week",
    "31st Feb",
    "the 45th",
    "10am",
    "13/45",
    "Thursday, November 19",
    "introduce me to her",
    "recommend a planner",
    "2:30 pm",
    "Monday",
    " panel ",
    " podcast ",
    "1,200 words",
]


@settings(max_examples=150, deadline=None)
@given(
    body=st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    intent=st.sampled_from(list(Intent)),
    decision=st.sampled_from([Decision.ACCEPT, Decision.DECLINE, Decision.ASK_DETAILS]),
)
def test_any_message_gets_a_draft_or_none_never_an_error(
    body: str, intent: Intent, decision: Decision
) -> None:
    verdict = Verdict(decision, "", "goal_fit" if decision is Decision.ACCEPT else "not_a_fit")
    draft = compose(message(body), understood(intent), verdict, PROFILE, now=WHEN)
    assert draft is None or draft.text.rstrip().endswith("Dana")


def test_a_client_asking_what_it_costs_is_promised_a_quote_after_a_short_call() -> None:
    body = "How much would you charge to clean up our 2026 books? I can send the spreadsheet."
    draft = _accept(body, Intent.CLIENT_INQUIRY)  # the checker passes it
    assert "quote" in draft.text and len(draft.times) == 2


def test_a_talk_offered_on_two_slots_is_accepted_for_one() -> None:
    draft = _accept(
        "Would you join our panel? We can do Tuesday, November 17 at 1pm or Wednesday, November 18 at 10am.",
        Intent.SPEAKING_INVITATION,
    )
    assert "Yes, I'd be glad to join the panel on Tuesday, November 17 at 1pm." in draft.text
    assert "Wednesday, November 18" not in draft.text  # one slot held, not both


def test_a_prospective_client_outside_the_niche_is_told_whom_the_practice_serves() -> None:
    body = "I own a small dental practice with two dentists. We need someone to handle our books monthly."
    for code in ("not_a_fit", "not_current_focus"):
        draft = compose(
            message(body), understood(Intent.CLIENT_INQUIRY), Verdict(Decision.DECLINE, "", code), PROFILE
        )
        assert draft is not None
        assert "My practice is focused on small design and architecture studios" in draft.text
        assert "networking time" not in draft.text  # not where the user's networking goes: they are a client
        assert "suggest a colleague" in draft.text  # someone who can take them, not a beginner's checklist
        assert "https://" not in draft.text
        assert check_draft(draft, message(body), PROFILE).ok


def _introduction(body: str, introducer: str, copied: str) -> tuple[Message, Draft]:
    """An introducer's message with the person introduced copied, and the accepted draft for it."""
    intro = replace(message(body, sender=introducer), to=("dana@example.com", copied))
    verdict = Verdict(Decision.ACCEPT, "", "target_person")
    draft = compose(intro, understood(Intent.INTRODUCTION), verdict, PROFILE, now=WHEN)
    assert draft is not None
    return intro, draft


def test_an_introduction_made_is_answered_to_the_introducer_and_the_person_introduced() -> None:
    body = (
        "Dana - meet Priya Natarajan, founder of Fieldwork Capital. They lend to small design studios.\n"
        "I think you two should talk. I'll let you take it from here."
    )
    intro, draft = _introduction(body, "Jordan Ellis", "priya@fieldwork.example")
    assert draft.text.startswith("Hi Jordan and Priya,")
    assert "Thank you for the introduction, Jordan! Priya, I'd be glad to talk - would" in draft.text
    for variant in range(3):  # every phrasing passes the checker, in every tone
        for tone in ("warm", "formal", "brief"):
            profile = with_tone(tone)
            verdict = Verdict(Decision.ACCEPT, "", "target_person")
            each = compose(
                intro, understood(Intent.INTRODUCTION), verdict, profile, variant=variant, now=WHEN
            )
            assert each is not None and check_draft(each, intro, profile).ok, each.text
    # asked to be introduced, with nobody else on the message: the introducer alone is answered
    ask = message("Would you like me to introduce you to Priya Natarajan at Fieldwork Capital?")
    draft = compose(ask, understood(Intent.INTRODUCTION), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE)
    assert draft is not None and draft.text.startswith("Hi Gordon,")


def test_an_introduction_greets_only_people_the_reply_is_copied_to() -> None:
    body = "Dana - meet Priya Natarajan, founder of Fieldwork Capital. I think you two should talk."
    # LinkedIn names who a conversation is with, not addresses: the reply goes to the introducer alone
    _, on_linkedin = _introduction(body, "Jordan Ellis", "Priya Natarajan")
    assert on_linkedin.text.startswith("Hi Jordan,")
    # an announcement to a whole list is not answered to all of it, so nobody else is greeted either
    crowd = replace(
        message(body, sender="Jordan Ellis"),
        to=("dana@example.com", *(f"person{n}@list.example" for n in range(8))),
    )
    verdict = Verdict(Decision.ACCEPT, "", "target_person")
    draft = compose(crowd, understood(Intent.INTRODUCTION), verdict, PROFILE, now=WHEN)
    assert draft is not None and draft.text.startswith("Hi Jordan,")


def test_a_later_time_says_the_time_is_spoken_for_not_that_the_calendar_is_full() -> None:
    draft = _accept(
        "Coffee next week to talk about your studio clients?", Intent.COFFEE_CHAT, code="accept_later"
    )
    assert "spoken for over the next couple of weeks" in draft.text
    assert "are full for me" not in draft.text


def test_a_meal_is_offered_at_its_hour() -> None:
    lunch = _accept(
        "Could I take you to lunch next week to hear how you grew your practice?", Intent.MENTORSHIP_REQUEST
    )
    assert "at 12:00 pm or" in lunch.text and "at 12:30 pm work for you?" in lunch.text
    coffee = _accept("Coffee next week to talk about your studio clients?", Intent.COFFEE_CHAT)
    assert "at 10:00 am or" in coffee.text


def test_a_show_that_charges_its_guests_is_declined_without_an_offer() -> None:
    # the decline as decide makes it: its notes, and the marks it sets of them, which the reply reads
    notes = ('unpaid: "production fee"', "speaking: the message is a speaking_invitation")
    verdict = Verdict(
        Decision.DECLINE,
        "You never do unpaid speaking engagements.",
        "never_do",
        never_rule="unpaid speaking engagements",
        evidence=notes,
        marks=never_do_marks(notes),
    )
    body = "We want you on the show! Guests pay a small $299 production fee which covers editing and promo."
    draft = compose(message(body), understood(Intent.SPEAKING_INVITATION), verdict, PROFILE)
    assert draft is not None and draft.steps == ("honest_reason",)
    assert "put you in touch" not in draft.text and "keep it in mind" not in draft.text
    assert "I don't pay to appear on shows or stages" in draft.text and "unpaid" not in draft.text
    # an unpaid talk for a good cause still gets something that helps
    unpaid = replace(
        verdict, evidence=('unpaid: "no speaker fee"',), marks=never_do_marks(('unpaid: "no speaker fee"',))
    )
    draft = compose(
        message("No speaker fee, sadly."), understood(Intent.SPEAKING_INVITATION), unpaid, PROFILE
    )
    assert draft is not None and draft.steps == ("honest_reason", "offer_resource")


def test_a_groups_next_meeting_is_confirmed_by_its_date() -> None:
    draft = _accept(
        "Would you join our researchers' collective? Our next meetup is Thursday, November 19 at 6:30 pm.",
        Intent.COMMUNITY_INVITATION,
    )
    assert "see you on Thursday, November 19" in draft.text


def test_a_formal_accept_stays_formal() -> None:
    formal = with_tone("formal")
    body = "Could we arrange a call to discuss bookkeeping for our studio?"
    for variant in range(3):
        draft = compose(
            message(body),
            understood(Intent.CLIENT_INQUIRY),
            Verdict(Decision.ACCEPT, "", "goal_fit"),
            formal,
            variant=variant,
            now=WHEN,
        )
        assert draft is not None
        assert "let's do it" not in draft.text and "I appreciate your message and thank you" not in draft.text
        assert check_draft(draft, message(body), formal).ok


def test_next_week_is_the_week_after_the_message_was_written() -> None:
    from kindly.reply.acceptance import proposed_times

    written = datetime(2026, 11, 25, tzinfo=UTC).date()  # a Wednesday
    # read on Monday 30 November, "next week" is this week: from tomorrow, not the week after
    assert proposed_times(datetime(2026, 11, 30, 9, tzinfo=UTC), False, True, written=written)[0].startswith(
        "Tuesday 1 December"
    )
    # read the day it was written: that Monday
    assert proposed_times(datetime(2026, 11, 25, 9, tzinfo=UTC), False, True, written=written)[0].startswith(
        "Monday 30 November"
    )


def test_an_introduction_names_the_person_copied_by_the_address_that_spells_them() -> None:
    body = (
        "Hi Marcus, hi Aisha,\n\nAs promised, introducing you two. Aisha is Head of Research at Lumen Bank."
    )
    _, draft = _introduction(body, "Kwame Asante", "aisha.bello@lumenbank.example")
    assert draft.text.startswith("Hi Kwame and Aisha,")


def test_whom_the_practice_serves_is_read_before_what_they_need() -> None:
    from kindly.decide.fit import audience_phrase
    from kindly.profile import Goal, GoalKind

    goal = Goal(kind=GoalKind.FIND_CLIENTS, description="Fintech product teams that need user research")
    assert audience_phrase(goal) == "Fintech product teams"
    profile = PROFILE.model_copy(update={"goals": [goal]})
    draft = compose(
        message("We're a fashion e-shop and need some user interviews done."),
        understood(Intent.CLIENT_INQUIRY),
        Verdict(Decision.DECLINE, "", "not_current_focus"),
        profile,
    )
    assert draft is not None and "My practice is focused on fintech product teams" in draft.text


def test_a_pitch_is_thanked_for_its_services_only_where_it_offers_one() -> None:
    verdict = Verdict(Decision.DECLINE, "", "not_a_fit")
    web = compose(
        message("We build websites for accountants."), understood(Intent.SALES_PITCH), verdict, PROFILE
    )
    equity = compose(
        message("We'd give you 1.5% equity to lead our finance function. Huge upside!"),
        understood(Intent.SALES_PITCH),
        verdict,
        PROFILE,
    )
    assert web is not None and "your note about your services" in web.text
    assert equity is not None and "your services" not in equity.text


def test_a_forwarded_invitation_thanks_the_colleague_and_asks_them_to_connect() -> None:
    forwarded = (
        "---------- Forwarded message ---------\nFrom: James Porter <james@summit.example>\nSubject: Panel\n\n"
        "Would you join our panel on Wednesday, November 18? We pay a $500 honorarium."
    )
    note = "Dana - this is much more your area than mine. Forwarding in case it's of interest."
    forward = replace(
        message(note, sender="Emma Clarke", subject="Fwd: Panel"),
        quoted_text=forwarded,
        body=f"{note}\n{forwarded}",
    )
    draft = compose(
        forward,
        understood(Intent.SPEAKING_INVITATION),
        Verdict(Decision.ACCEPT, "", "goal_fit"),
        PROFILE,
        now=WHEN,
    )
    assert draft is not None and draft.text.startswith("Hi Emma,")
    assert "passing this on" in draft.text
    assert "put me in touch with the organisers" in draft.text or "pass my name on to them" in draft.text


def test_a_referral_fee_is_refused_but_referring_is_still_offered() -> None:
    verdict = Verdict(
        Decision.DECLINE,
        "",
        "never_do",
        never_rule="paying or accepting referral fees or commissions for client referrals",
        evidence=('referral_fee: "15% commission"',),
    )
    body = "Let's send each other clients - I pay a 15% commission on every referral that signs."
    draft = compose(message(body), understood(Intent.PARTNERSHIP_PROPOSAL), verdict, PROFILE)
    assert draft is not None and draft.steps == ("honest_reason", "offer_resource")
    assert "without fees on either side" in draft.text
    assert check_draft(draft, message(body), PROFILE).ok


def test_an_introduction_never_greets_the_user_as_the_person_introduced() -> None:
    body = (
        "Elena, Dana - happy to connect you two, as promised.\n\nElena, Dana runs a bookkeeping practice for "
        "design studios. Dana, Elena is a partner at Brightwater Ventures. I'll let you two take it from here."
    )
    _, draft = _introduction(body, "Ben Carter", "elena.ruiz@brightwater.example")
    assert draft.text.startswith("Hi Ben and Elena,")
    assert "Dana," not in draft.text.split("\n\n")[1]  # the user is not spoken to in their own reply


def test_only_a_clients_questions_get_the_users_answers() -> None:
    body = "Would you speak at our summit on March 3? Could you let me know your speaker fee?"
    draft = _accept(body, Intent.SPEAKING_INVITATION)
    assert "$600 to $1,200" not in draft.text  # the user's bookkeeping prices are no speaker fee


def test_an_affiliate_scheme_is_not_promised_referrals() -> None:
    verdict = Verdict(
        Decision.DECLINE,
        "",
        "never_do",
        never_rule="referral fees",
        evidence=('referral_fee: "20% commission"',),
    )
    body = "Earn a 20% commission for every client you refer to LedgerLoop, our bookkeeping app!"
    draft = compose(message(body), understood(Intent.SALES_PITCH), verdict, PROFILE)
    assert (
        draft is not None and "refer clients your way" not in draft.text and draft.steps == ("honest_reason",)
    )


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Could we grab coffee next week to talk about your studio clients?", Intent.COFFEE_CHAT),
        ("Could we grab coffee on Saturday, November 21?", Intent.COFFEE_CHAT),
        (
            "We need monthly bookkeeping for our design studio - what do you charge? Do you use Xero?",
            Intent.CLIENT_INQUIRY,
        ),
        ("Would you join our panel on Wednesday, November 18? We pay $500.", Intent.SPEAKING_INVITATION),
        ("Join our mixer on Thursday, November 19 at 6pm!", Intent.EVENT_INVITATION),
        ("Would you join our peer group? Next meeting Thursday, November 19.", Intent.COMMUNITY_INVITATION),
        ("Could I ask your advice on growing a practice over lunch?", Intent.MENTORSHIP_REQUEST),
    ],
)
def test_every_phrasing_of_a_yes_passes_the_checker_in_every_tone(body: str, intent: Intent) -> None:
    for tone in ("warm", "formal", "brief"):
        profile = with_tone(tone)
        for variant in range(3):
            for code in ("goal_fit", "accept_later"):
                draft = compose(
                    message(body),
                    understood(intent),
                    Verdict(Decision.ACCEPT, "", code),
                    profile,
                    variant=variant,
                    now=WHEN,
                )
                assert draft is not None
                assert check_draft(draft, message(body), profile).ok, (tone, variant, code, draft.text)


@pytest.mark.parametrize(
    ("body", "intent", "code"),
    [
        ("We build websites for accountants - want a free audit?", Intent.SALES_PITCH, "not_a_fit"),
        (
            "I'm a financial planner - coffee to talk about your retirement?",
            Intent.SALES_PITCH,
            "has_provider",
        ),
        ("We need a bookkeeper for our dental practice.", Intent.CLIENT_INQUIRY, "not_a_fit"),
        ("Join our mixer on Thursday, November 19!", Intent.EVENT_INVITATION, "not_current_focus"),
        ("Join our holiday mixer on Friday, December 25!", Intent.EVENT_INVITATION, "away"),
        ("We're hiring a controller - interested?", Intent.RECRUITING, "not_a_fit"),
        (
            "Could I pick your brain about starting a practice?",
            Intent.MENTORSHIP_REQUEST,
            "not_current_focus",
        ),
    ],
)
def test_every_phrasing_of_a_no_passes_the_checker_in_every_tone(
    body: str, intent: Intent, code: str
) -> None:
    for tone in ("warm", "formal", "brief"):
        profile = with_tone(tone)
        for variant in range(3):
            verdict = Verdict(
                Decision.DECLINE,
                "",
                code,
                provider="Maria Chen, Northstar Wealth",
                provider_category="financial planning",
            )
            draft = compose(message(body), understood(intent), verdict, profile, variant=variant, now=WHEN)
            assert draft is not None
            assert check_draft(draft, message(body), profile).ok, (tone, variant, draft.text)
            assert draft.text.lower().count("best") <= 1, draft.text  # no "very best ... All the best,"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "I'm a principal at Lone Star Seed Fund. Would you be open to a 30-minute call to tell me what you're building?",
            Intent.SALES_PITCH,
        ),
        (
            "I coach first-time CEOs through their first 18 months. Could we find 20 minutes?",
            Intent.SALES_PITCH,
        ),
        ("We'd love to explore an investment in your firm. A call next week?", Intent.PARTNERSHIP_PROPOSAL),
    ],
)
def test_a_pitch_that_names_no_service_is_kept_in_mind_not_asked_what_the_seller_needs(
    text: str, intent: Intent
) -> None:
    for variant in range(3):
        draft = compose(
            message(text),
            understood(intent),
            Verdict(Decision.DECLINE, "", "not_a_fit"),
            PROFILE,
            variant=variant,
        )
        assert draft is not None and "services" not in draft.text  # no trade named: none promised
        # what they do is kept for whoever could use it; a seller is never asked what they need
        assert "overview" in draft.text and "what you need" not in draft.text
        assert "what you're after" not in draft.text and "what you're looking for" not in draft.text
        assert check_draft(draft, message(text), PROFILE).ok


def test_times_are_offered_on_the_days_and_at_the_part_of_day_the_sender_prefers() -> None:
    body = (
        "Could you send me a quote for our studio's bookkeeping, or could we get on a call next week to go through the "
        "scope? Tuesday or Wednesday\nafternoon works best for me."
    )
    draft = _accept(body, Intent.CLIENT_INQUIRY)
    assert re.search(
        r"Would Tuesday, November \d+ at 2:00 pm or Wednesday, November \d+ at 3:30 pm", draft.text
    )
    # no preference said: the usual spread
    plain = _accept("Could you send me a quote for our studio's bookkeeping?", Intent.CLIENT_INQUIRY)
    assert "10:00 am" in plain.text


RFP = (
    "Cedar & Rowe Architects is inviting a small number of firms to submit a proposal for fractional CFO\n"
    "services for a 12-month engagement starting February 1, 2027. Proposals are due by 5:00 pm on Friday,\n"
    "November 27. Please include your approach and your fee structure. Questions may be sent to me until\n"
    "November 18."
)


def test_an_rfp_is_answered_with_the_intent_to_submit_by_its_own_dates() -> None:
    verdict = Verdict(Decision.ACCEPT, "", "goal_fit")
    draft = compose(message(RFP), understood(Intent.CLIENT_INQUIRY), verdict, PROFILE, now=WHEN)
    assert draft is not None and draft.times == ()  # questions go in writing, by its dates: no call offered
    assert (
        "I'd be glad to submit a proposal by Friday, November 27, and I will send any questions before "
        "Wednesday, November 18." in draft.text
    )
    for variant in range(3):
        for tone in ("warm", "formal", "brief"):
            each = compose(
                message(RFP),
                understood(Intent.CLIENT_INQUIRY),
                verdict,
                with_tone(tone),
                variant=variant,
                now=WHEN,
            )
            assert each is not None and check_draft(each, message(RFP), with_tone(tone)).ok, each.text
    # the day answers are published is a deadline of theirs, not a day to meet
    published = RFP + " Answers will be published to all proponents by Friday, November 20."
    draft = compose(message(published), understood(Intent.CLIENT_INQUIRY), verdict, PROFILE, now=WHEN)
    assert draft is not None and "works for me" not in draft.text


def test_a_quote_asked_for_by_a_day_comes_with_a_call_before_it() -> None:
    ask = message(
        "We're a 6-person studio. Could you send us a quote for monthly bookkeeping by November 20?"
    )
    verdict = Verdict(Decision.ACCEPT, "", "goal_fit")
    draft = compose(ask, understood(Intent.CLIENT_INQUIRY), verdict, PROFILE, now=WHEN)
    assert draft is not None
    # written Tuesday, November 10: the call comes before the 20th (and not on Veterans Day)
    assert draft.times == ("Thursday, November 12 at 10:00 am", "Monday, November 16 at 2:30 pm")
    assert "I'll have it to you by Friday, November 20." in draft.text
    late = compose(
        ask, understood(Intent.CLIENT_INQUIRY), verdict, PROFILE, now=datetime(2026, 11, 19, 9, tzinfo=UTC)
    )
    assert late is not None and len(late.times) == 2  # too late to meet before it: a time soon all the same


def test_a_yes_to_talk_about_an_acquisition_or_a_partnership_commits_to_talking_only() -> None:
    feeler = message(
        "We would welcome a confidential conversation about how our companies might work together, including a "
        "potential acquisition. Would you be open to a call with me and our CEO in the coming weeks?"
    )
    for variant in range(3):
        draft = compose(
            feeler,
            understood(Intent.PARTNERSHIP_PROPOSAL),
            Verdict(Decision.ACCEPT, "", "goal_fit"),
            PROFILE,
            variant=variant,
            now=WHEN,
        )
        assert draft is not None and "let's do it" not in draft.text.lower(), draft.text
        assert check_draft(draft, feeler, PROFILE).ok


def test_a_formal_letter_greets_by_full_name_or_title_and_spells_its_verbs_out() -> None:
    formal = with_tone("formal")
    ask = message("Could we meet next week to talk about your studio clients?", sender="Laura Chen")
    verdict = Verdict(Decision.ACCEPT, "", "goal_fit")
    for variant in range(3):
        draft = compose(ask, understood(Intent.COFFEE_CHAT), verdict, formal, variant=variant, now=WHEN)
        assert draft is not None and draft.text.startswith("Dear Laura Chen,")
        assert not re.search(r"\b(?:I'd|I'll|I'm|don't|it's|here's)\b", draft.text), draft.text
        assert check_draft(draft, ask, formal).ok
    titled = message("Could we meet next week?", sender="Dr. Sharon Ellis")
    draft = compose(titled, understood(Intent.COFFEE_CHAT), verdict, formal, now=WHEN)
    assert draft is not None and draft.text.startswith("Dear Dr. Ellis,")
    # a colleague at the user's own domain is greeted by first name, however formal the letter
    at_firm = formal.model_copy(
        update={"user": formal.user.model_copy(update={"email": "dana@reyesbooks.example"})}
    )
    colleague = replace(ask, from_addr="laura@reyesbooks.example")
    draft = compose(colleague, understood(Intent.COFFEE_CHAT), verdict, at_firm, now=WHEN)
    assert draft is not None and draft.text.startswith("Dear Laura,")
    # the warm tone keeps first names and its contractions
    warm = compose(ask, understood(Intent.COFFEE_CHAT), verdict, PROFILE, now=WHEN)
    assert warm is not None and warm.text.startswith("Hi Laura,") and "I'd" in warm.text


def test_a_prospective_client_is_offered_times_before_networking_is() -> None:
    verdict = Verdict(Decision.ACCEPT, "", "goal_fit")
    client = compose(
        message("We're a 6-person studio and need monthly bookkeeping. Could we talk?"),
        understood(Intent.CLIENT_INQUIRY),
        verdict,
        PROFILE,
        now=WHEN,
    )
    coffee = compose(
        message("Coffee to swap notes on running a practice?"),
        understood(Intent.COFFEE_CHAT),
        verdict,
        PROFILE,
        now=WHEN,
    )
    assert client is not None and coffee is not None
    # written Tuesday, November 10 (Veterans Day on the 11th): the client from the next working day
    assert client.times[0] == "Thursday, November 12 at 10:00 am"
    assert coffee.times[0] == "Friday, November 13 at 10:00 am"  # networking a few days out


def test_a_reply_after_the_day_they_proposed_says_so_and_offers_others() -> None:
    ask = replace(message("Could we get coffee on Tuesday, November 17 at 9am while I'm in town?"), date=WHEN)
    verdict = Verdict(Decision.ACCEPT, "", "target_person")
    for tone in ("warm", "formal", "brief"):
        draft = compose(
            ask,
            understood(Intent.COFFEE_CHAT),
            verdict,
            with_tone(tone),
            now=datetime(2026, 11, 30, 9, tzinfo=UTC),
        )
        assert draft is not None and "November 17" in draft.text and "works for me" not in draft.text
        assert "my reply comes after Tuesday, November 17 - would" in draft.text and "instead?" in draft.text
        assert check_draft(draft, ask, with_tone(tone)).ok


def test_a_note_that_only_asks_to_connect_is_thanked_for_reaching_out_not_for_an_invitation() -> None:
    note = message("Hi Dana, I'd love to connect!", channel="linkedin")
    verdict = Verdict(Decision.ASK_DETAILS, "", "purpose_unclear")
    draft = compose(note, understood(Intent.COFFEE_CHAT, clear=False), verdict, PROFILE, now=WHEN)
    assert draft is not None and "Thanks for reaching out." in draft.text
    assert "invitation" not in draft.text
    coffee = message("I'd love to connect over coffee sometime!")
    draft = compose(coffee, understood(Intent.COFFEE_CHAT, clear=False), verdict, PROFILE, now=WHEN)
    assert draft is not None and "invitation to meet" in draft.text  # a coffee is a meeting


def test_a_speaker_asked_first_to_a_call_is_offered_times_in_the_week_they_named() -> None:
    editor = message(
        "I am an acquisitions editor at Harbourfront Press and wondered whether you have considered writing a "
        "book for managers. Would you have 30 minutes for a call in the week of 7 December?"
    )
    draft = compose(
        editor,
        understood(Intent.SPEAKING_INVITATION),
        Verdict(Decision.ACCEPT, "", "target_person"),
        PROFILE,
        now=datetime(2026, 11, 30, 9, tzinfo=UTC),
    )
    assert draft is not None and "Thanks so much for your note." in draft.text
    assert draft.times == ("Monday, December 7 at 10:00 am", "Wednesday, December 9 at 2:30 pm")
    assert "glad to speak" not in draft.text  # a call about a book, not a talk


def test_sessions_listed_to_choose_from_are_chosen_and_times_gone_by_are_owned_up_to() -> None:
    panel = message(
        "The panel will run in one of two sessions, and we would let you choose:\n\n"
        "- Wednesday, January 20 at 10:30 am\n- Thursday, January 21 at 3:00 pm\n\nPanellists receive $1,500."
    )
    accept = Verdict(Decision.ACCEPT, "", "goal_fit")
    draft = compose(panel, understood(Intent.SPEAKING_INVITATION), accept, PROFILE, now=WHEN)
    assert draft is not None and "join the panel on Wednesday, January 20 at 10:30 am." in draft.text
    show = replace(
        message(
            "Would either of these slots work for a 45-minute podcast recording?\n\n"
            "- Tuesday, November 24 at 2:00 pm\n- Thursday, November 26 at 3:00 pm"
        ),
        date=WHEN,
    )
    late = compose(
        show,
        understood(Intent.SPEAKING_INVITATION),
        accept,
        PROFILE,
        now=datetime(2026, 11, 30, 9, tzinfo=UTC),
    )
    assert late is not None
    assert "I'm sorry my reply comes after the times you offered - could we find another day?" in late.text
    assert check_draft(late, show, PROFILE).ok


def test_a_colleagues_offer_to_say_yes_is_taken_up_and_a_summits_days_are_no_talks_date() -> None:
    forwarded = (
        "---------- Forwarded message ---------\nFrom: FreightTech Summit <speakers@freighttech.example>\n"
        "Subject: Call for speakers\n\nFreightTech Summit returns to Dallas on March 9-11, 2027. We're putting "
        "together a panel on fixing the dock and would love a speaker from your team."
    )
    note = replace(
        message("want me to say yes? they want a founder on the panel, I think you'd be better than me."),
        subject="Fwd: Call for speakers",
        quoted_text=forwarded,
    )
    draft = compose(
        note,
        understood(Intent.SPEAKING_INVITATION),
        Verdict(Decision.ACCEPT, "", "goal_fit"),
        PROFILE,
        now=WHEN,
    )
    assert draft is not None and "Please do say yes for me - thank you!" in draft.text
    assert "March 9" not in draft.text  # the summit runs March 9-11; the panel's day is not known
    assert check_draft(draft, note, PROFILE).ok
