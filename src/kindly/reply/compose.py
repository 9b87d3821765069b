"""Compose a draft for a decision from Jinja2 templates, using only facts from the profile and message."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from jinja2 import Environment, PackageLoader, StrictUndefined

from kindly import clock
from kindly.channels import DM_APPS, is_dm, reply_channel_of, signature_for
from kindly.decide.assess import site_visit_in
from kindly.decide.audience_gap import swap_named
from kindly.decide.candidates import asks_for_work
from kindly.decide.client_need import buyer_for_client, raising_for_the_goal, sends_theirs_once_met, work_sent
from kindly.decide.costs import own_expenses
from kindly.decide.donation import (
    DONATION,
    DonationAsked,
    cap_reached_reason,
    donation_asked,
    donation_cap,
    what_is_asked,
)
from kindly.decide.expert_network import brokered_consult
from kindly.decide.fit import (
    SOURCE_OFFERED,
    seeks_work,
    share_of_theirs,
)
from kindly.decide.fit_reading import clients_of
from kindly.decide.funding_sought import way_to_apply
from kindly.decide.handed_over import handed_over
from kindly.decide.industry import industry_engagement
from kindly.decide.policy import (
    ACCEPT_LATER,
    PRESS_PITCH,
)
from kindly.decide.reading import asks_for_a_call
from kindly.decide.reference import REFERENCE
from kindly.decide.referral import already_has, own_meeting, topic_stems
from kindly.decide.research import sellers_research
from kindly.decide.rule_whom import speaks_of_own_writing
from kindly.decide.rules import (
    SPARED,
    TAKE_HOME,
    honour_sold_to_you,
    spared_hours,
    standard_spared,
)
from kindly.decide.rules.unstated import unstated_asked
from kindly.decide.selling import offers_for_sale
from kindly.decide.story_review import STORY_REVIEW
from kindly.decide.submissions import submissions_page
from kindly.decide.thread import TAKES_THEIR_TIME, quotes_the_user
from kindly.decide.unshown_condition import unshown_condition_asked
from kindly.decide.vendor_events import seller_hosted
from kindly.decide.white_label import rate_lines
from kindly.decide.words import (
    content_stems,
    fold,
    phrase_in,
)
from kindly.decide.work_asked import WORK_ASKED
from kindly.forwarded import (
    forwarded_part,
    forwarded_sender,
    forwarder_writes,
    forwards_own_mail,
    passed_on,
    relayed_offer,
    writer_pronoun,
)
from kindly.hours import (
    ANY_HOURS,
    MeetingHours,
    Window,
    clock_said,
)
from kindly.model import (
    Decision,
    DecisionMark,
    Draft,
    Intent,
    Message,
    Understanding,
    Verdict,
)
from kindly.profile import Answer, GoalKind, Profile, User
from kindly.reply.acceptance import (
    NEXT_WEEK,
    NEXT_WEEKDAY,
    VARIANTS,
    acceptance,
    asked_hour,
    asks_to_host,
    booked,
    held_elsewhere,
    in_house_words,
    later_of,
    meets_at_weekends,
    missed_day,
    my_time,
    outside_hours,
    part_of_day,
    phone_to_call,
    proposed_day_off,
    proposed_times,
    recording_week,
    recording_window,
    slot_taken,
    week_named,
    written_day,
)
from kindly.reply.answers import about_money, answers_about, answers_for, answers_to_use
from kindly.reply.ask_terms import asks_onto_a_stage, plain_ask
from kindly.reply.ask_wording import A_MEETING, MEETING_TERMS, event_kind, occasion_unsaid, plainly_an_event
from kindly.reply.ask_wording import ask_phrase as ask_phrase
from kindly.reply.ask_wording import offers_their_time as offers_their_time
from kindly.reply.calendar_reply import a_call_on_the_day, asked_activities, not_met_then, one_to_one_call
from kindly.reply.client_yes import after_their_day, booking_yes, service_yes, visit_yes
from kindly.reply.coverage_yes import coverage_answers, coverage_yes
from kindly.reply.day_kept_free import day_kept_free
from kindly.reply.deadlines import Deadlines, deadlines
from kindly.reply.decline_reason import (
    ASKS_FOR_WORK,
    buys_the_users,
    condition_kept,
    feature_sold,
    featured_at_an_event,
    first_asked,
    guest_for_the_show,
    other_region_asked,
    seat_sold,
    sells_places,
)
from kindly.reply.decline_reason import honest_reason as honest_reason
from kindly.reply.given import answers_without_what_was_given, given_in_thread
from kindly.reply.greeting import (
    HONORIFICS,
    and_names,
    co_writers,
    copied_first_name,
    copied_names,
    signed_as,
)
from kindly.reply.greeting import first_name as first_name
from kindly.reply.greeting import formal_name as formal_name
from kindly.reply.group_brought import group_brought
from kindly.reply.helping_hands import offers_help
from kindly.reply.in_its_language import (
    client_consultation,
    days_said_to_suit,
    phrases_for,
    proposes_other_times,
    reply_in,
    slot_in,
    step_of,
    this_weeks_day_too,
    week_left_unknown,
    week_said,
)
from kindly.reply.interviews import interview_offered
from kindly.reply.materials_asked import materials_yes
from kindly.reply.meal_booked import meal_booked
from kindly.reply.offer import Offer
from kindly.reply.offer import choose_offer as choose_offer
from kindly.reply.own_terms import own_terms
from kindly.reply.promises import promised_by
from kindly.reply.provider_words import bought_or_sold
from kindly.reply.recipients import copied_on_reply
from kindly.reply.referral_offer import referral_yes
from kindly.reply.resources import best_resource as best_resource
from kindly.reply.resources import (
    campaign_resource,
    job_referral,
    most_alike,
    users_own_page,
)
from kindly.reply.rewarded_referrals import rewards_referrals
from kindly.reply.rfp_returned import rfp_returned
from kindly.reply.saved_answer import (
    APPLY_ANSWER,
    POINTED_ANSWER,
    REFER_ANSWER,
    SAVED_NO,
    saved_answers_asked,
)
from kindly.reply.shadowing import shadowing_page, shadowing_yes
from kindly.reply.slot_wording import (
    before_the_event,
    event_hour,
    hours_are_for,
    hours_note,
    in_whose_clock,
    preference,
    preferred_days,
    their_working_day,
    week_around,
    your_time,
)
from kindly.reply.starting_out import starts_something
from kindly.reply.terms_asked import terms_asked
from kindly.reply.thanked_for_work import glad_it_helped, with_glad_it_helped
from kindly.reply.thread_opening import FOLLOWING_UP, goes_on_a_thread
from kindly.reply.to_have_ready import left_for_you, what_to_have_ready
from kindly.reply.vouching import reference_reply
from kindly.reply.whose_day import both_clocks
from kindly.reply.wording import formally, lower_first, tidy, without_contractions
from kindly.reply.yes_values import plain_yes
from kindly.understand.classify import TENDER, offers_to_share, swaps_clients
from kindly.understand.days import away_until, named_day, window_start
from kindly.understand.extract import Details, call_first, extract
from kindly.understand.needed_by import needed_by
from kindly.understand.people import (
    is_given_name,
    names_a_place_or_organisation,
)
from kindly.understand.questions import questions
from kindly.understand.recording import recording_slot
from kindly.understand.week_after import week_after
from kindly.zones import start_weighed

LINKEDIN_LIMIT = DM_APPS["linkedin"].limit


# What a decline wishes them well with: their event, their search, their business.
_WISH_FOR = {
    Intent.EVENT_INVITATION: "the event",
    Intent.SPEAKING_INVITATION: "the event",
    Intent.COMMUNITY_INVITATION: "the group",
    Intent.RECRUITING: "your search",
    Intent.SALES_PITCH: "your business",
    Intent.PARTNERSHIP_PROPOSAL: "your plans",
    Intent.CLIENT_INQUIRY: "your search",
}


# What an interview is for, as the mail names it: "a documentary series", "our upcoming segment", "the film".
_INTERVIEWED_FOR = re.compile(
    r"\b(documentary|series|film|show|episode|programme|segment|podcast|broadcast|article|story|book|report|"
    r"newsletter|magazine|issue)\b",
    re.IGNORECASE,
)


def _interviewed_for(message: Message) -> str:
    """What a decline of an interview wishes well: the documentary, the series, the article the mail names, or
    "the piece" - never "the event" no one holds."""
    found = _INTERVIEWED_FOR.search(f"{message.subject}\n{message.own_text}")
    return f"the {found.group(1).lower()}" if found else "the piece"


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kindly.reply", "templates"),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text mail, never rendered as HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lower_first"] = lower_first
    return env


_ENV = _environment()


_QUOTED = re.compile(r"\bquot(?:e|es|ed|ing)\b", re.IGNORECASE)
_ASKS_PRICE = re.compile(
    r"\b(quote|how much|what (?:do |would )?you(?:'d)? charge|your (?:rates?|fees?|pricing|prices)|price|cost)\b",
    re.IGNORECASE,
)


# The no of a guest offered for the user's show for want of fit (not a never-rule's, which says its own reason).
_NOT_FOR_THE_SHOW = frozenset({"not_current_focus", "not_a_fit"})


# Where a group shares something: its newsletter, its page, its members' group.
_CAMPAIGN_SHARED = re.compile(
    r"\b(?:newsletter|facebook|instagram|page|group chat|whatsapp group|mailing list|bulletin|members)\b",
    re.IGNORECASE,
)
# A meeting a swap of audiences asks for besides: "a quick call to plan the cross-promotion".
_MEETING_ASKED = re.compile(
    r"\b(?:call|meet|meeting|coffee|lunch|chat|zoom|catch up|get together|hop on)\b", re.IGNORECASE
)


# Offers that spread what was asked or vouch for whoever asked, and those that vouch for a seller. (An organiser
# of an unpaid talk may still hear of another speaker: whether to speak for free is theirs to choose.)
def _spared_hours(profile: Profile, verdict: Verdict, activities: frozenset[str]) -> MeetingHours:
    """The user's hours for a meeting that is these `activities` (a rule about the hour of recordings limits a
    recording, not a coffee), and for someone a never-rule spares the hours it names ("meetings during school
    hours except with district staff": the district's 9:30 visit is taken as it is)."""
    hours = profile.hours_for(activities)
    for rule in profile.never:
        opened = spared_hours(rule.what)
        if hours and opened and any(note.startswith(f'{SPARED} "{rule.what}"') for note in verdict.evidence):
            # the user's own windows that meet the rule's hours on its days are one stretch with them
            touching = [
                w
                for w in hours.windows
                if w.days == opened.days and w.start <= opened.end and w.end >= opened.start
            ]
            start = min([opened.start, *(w.start for w in touching)])
            end = max([opened.end, *(w.end for w in touching)])
            kept = tuple(w for w in hours.windows if w not in touching)
            hours = MeetingHours((*kept, Window(opened.days, start, end)))
    return hours


def _endorsement_asked(evidence: Sequence[str]) -> str:
    """What a word for a product was asked in, as a reply wishes it well ("the case study", "the testimonial"),
    from the evidence of a never-rule against endorsements; "" where no endorsement was the reason."""
    for note in evidence:
        if note.startswith("endorsement:"):
            said = note.split(":", 1)[1].strip().strip('"').lower()
            found = re.search(
                r"\b(case stud(?:y|ies)|testimonials?|videos?|campaigns?|ads?|adverts?)\b", said
            )
            return f"the {found.group(1)}" if found else "your plans"
    return ""


# How a no to a never-rule's ask ends (decline_reason._firm_rule).
_PASSED = ", so I'll have to pass."
_SPREADS = frozenset({"mention", "suggest", "pass_on", "keep_overview", "keep_in_mind"})
_VOUCHES = frozenset({"pass_on", "keep_overview"})
_ENDORSES = re.compile(r"\b(?:endors\w*|recommend\w*|vouch\w*|testimonials?)\b", re.IGNORECASE)


def _never_endorses(profile: Profile) -> bool:
    return any(_ENDORSES.search(rule.what) for rule in profile.never)


# What an answer of the user's promises only to someone they say yes to: a meeting to come ("ahead of our
# conversation", "when we speak") or something to send or bring ("I'll send it", "Happy to share our deck").
_PROMISES_A_YES = re.compile(
    r"\b(?:ahead of|before|after|at|during|in) (?:our|the|your) (?:conversation|call|meeting|chat|coffee|talk|session)\b|"
    r"\bwhen we (?:meet|speak|talk|chat)\b|\blook(?:ing)? forward to (?:meeting|speaking|talking|our)\b|"
    r"\b(?:i'?ll|i will|i'?d be (?:happy|glad) to|happy to|glad to) (?:send|share|bring|walk you through|show you)\b",
    re.IGNORECASE,
)


# A goal that asks for more people in a trade: "referral partners", "a referral network", "vendors to recommend".
_SEEKS_PARTNERS = re.compile(
    r"\breferral (?:partners?|network|directory)\b|\b(?:vendors|suppliers|providers) to recommend\b",
    re.IGNORECASE,
)


def _rival_of_own_partner(intent: Intent, verdict: Verdict, profile: Profile) -> bool:
    """Whether a has_provider decline answers a rival of the user's own provider proposing to work together (a
    lender's co-marketing to a user with a mortgage broker): the people who ask the user about that trade go to
    the provider they have, so no offer to pass the rival's details on - unless a goal asks for more of that trade
    ("referral partners", or the trade itself among its targets)."""
    if intent is not Intent.PARTNERSHIP_PROPOSAL:
        return False  # a seller of a service the user has is still passed on to others who ask for one
    trade = set(content_stems(verdict.provider_category))
    for goal in profile.goals:
        said = " ".join([goal.description, *goal.targets])
        if _SEEKS_PARTNERS.search(said):
            return False
        if trade and any(trade <= set(content_stems(target)) for target in goal.targets):
            return False
    return True


_LAUNCH = re.compile(r"\blaunch", re.IGNORECASE)


def _answered_by_own(asked_for: list[str], usable: list[Answer], answered: list[str]) -> bool:
    """Whether each material asked for ("media kit") is what an answer of the user's given in the reply is about."""
    given = [a for a in usable if a.answer in answered]
    return all(
        any(phrase_in(fold(about), fold(material)) for a in given for about in a.about)
        for material in asked_for
    )


# An ask for ready-made material to use: "a pack of graphics or key messages", "anything ready-made we can share",
# "a media kit", "your slides".
_ASKS_MATERIALS = re.compile(
    # not the work itself: "your per-word rate for this kind of material", "the source material"
    r"\b(?:pack|toolkit|tool kit|graphics|assets|(?<!kind of )(?<!type of )(?<!sort of )(?<!source )materials?|"
    r"media kit|press (?:pack|kit)|key messages|"
    r"ready-made|templates?|slides|one-pager|brochure|anything we (?:can|could) (?:share|use|post))\b",
    re.IGNORECASE,
)


# A question in which the sender offers to send their own material ("Shall I send over the speaker pack?", "Would
# you like me to share our media kit?", "Can I send you the brochure?"): a yes is what it asks, not the user's.
_OFFERS_TO_SEND = re.compile(
    r"\b(?:shall|should|can|could|may)\s+(?:i|we)\s+(?:\w+\s+)?(?:send|share|forward|e-?mail|pass|drop|pop|post)\b|"
    r"\b(?:would|do)\s+you\s+(?:like|want)\s+(?:me|us)\s+to\s+(?:\w+\s+)?(?:send|share|forward|e-?mail|pass|drop|"
    r"pop|post)\b",
    re.IGNORECASE,
)


def _users_own_words(values: dict[str, object]) -> tuple[str, ...]:
    """What a draft quotes of the user's profile: their answers, the resource offered."""
    answers = values.get("answers")
    kept = [a for a in answers if isinstance(a, str)] if isinstance(answers, list) else []
    offer = values.get("offer")
    if isinstance(offer, Offer):
        kept += [offer.title, offer.description, offer.link]
    return tuple(kept)


def _sends_work(understanding: Understanding, message: Message) -> bool:
    """Whether the sender refers a patient or a client to the user (decide.client_need: "they send you work"),
    however the model read it."""
    return DecisionMark.SENDS_WORK in understanding.marks or bool(
        work_sent(f"{message.subject}\n{message.own_text}")
    )


# How the people referred can be reached: a phone number or an address in the mail. Not decide.thread's _PHONE:
# a number here is one written as a phone's ("(512) 555-0192", "+44 ..."), never a span of years ("2025-2027").
# (Its address stops at a hyphen after the first dot, "x@lists.risk" of "x@lists.risk-forum.org", where _EMAIL
# does not: kept as it is, since a draft would change.)
_CONTACT_GIVEN = re.compile(
    r"\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|\+\d[\d ()-]{7,}\d|\b[\w.+-]+@[\w-]+\.[\w.]+\b"
)


# A referral's terms offered before the people are passed on: "our standard 25% referral fee on closing, with a
# referral agreement before I pass on their details", "I'd send over our referral agreement".
# ("No referral fees either way" offers none.)
_REFERRAL_AGREEMENT = re.compile(
    r"(?<!\bno )(?<!\bwithout )\breferral\s+(?:agreement|contract)s?\b", re.IGNORECASE
)
_REFERRAL_FEE = re.compile(
    r"(?<!\bno )(?<!\bwithout )(?<!\bany )\breferral\s+(?:fee|split|commission)s?\b", re.IGNORECASE
)


# An answer that tells a client how to book themselves: "which you can book at example.com/consult", "book online".
_BOOKED_BY_THEMSELVES = re.compile(
    r"\b(?:book|schedule|reserve)\s+(?:it\s+|one\s+|a\s+time\s+|a\s+slot\s+)?(?:at|online|through|via|on\s+my)\b"
    r"|\bbooking\s+(?:link|page)\b",
    re.IGNORECASE,
)


def _books_themselves(answers: object) -> bool:
    """Whether one of the answers a yes gives tells the client how to book themselves."""
    return isinstance(answers, list) and any(_BOOKED_BY_THEMSELVES.search(str(said)) for said in answers)


def _referral_yes(message: Message) -> str:
    """The yes to a referral: glad to take them on, and who gets in touch - the user, where the mail gives a way
    to reach them ("Mom's name is Thuy Nguyen, (512) 555-0192"), else their details asked for. Where the sender
    offers a referral agreement or fee first, the yes answers that: the agreement asked for, to read its terms,
    before the people are passed on."""
    said = " ".join(message.own_text.split())
    if _REFERRAL_AGREEMENT.search(said):
        return (
            "I'd be glad to take them on. Please send the referral agreement over and I'll review the terms - "
            "once it's signed, I'll get in touch with them."
        )
    if _REFERRAL_FEE.search(said):
        return (
            "I'd be glad to take them on. Could you send me the referral terms in writing, along with their "
            "contact details, so I can get in touch?"
        )
    others = [
        found.group(0)
        for found in _CONTACT_GIVEN.finditer(message.own_text)
        if found.group(0).lower() != message.from_addr.lower()
    ]
    if others or _COPIED_IN.search(said):
        return "I'd be glad to take them on - I'll get in touch with them directly to set things up."
    if _ALL_OF_THEIRS.search(said):
        return "I'd be glad to see them - please do send them my way."
    return "I'd be glad to take them on. Could you send me their contact details, so I can get in touch?"


# The people referred are on the mail already: "I've copied them here", "cc'ing her", "looping them in".
_COPIED_IN = re.compile(
    r"\b(?:i've|i have|i'm|i am)\s+(?:copied|cc'?d|cc'?ing|cc'?ed|copying|looped|looping)\s+(?:them|him|her|"
    r"the\s+\w+)\s+(?:in|here|on\s+(?:this|here))\b",
    re.IGNORECASE,
)
# A standing offer of everyone they could send, not someone to reach: "sending my puppy buyers your way",
# "I'd like to recommend you to my buyers".
_ALL_OF_THEIRS = re.compile(
    r"\b(?:send(?:ing)?\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:buyers|clients|customers|patients|families)\s+your way|"
    r"recommend(?:ing)?\s+you\s+to\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:buyers|clients|customers|patients|families))\b",
    re.IGNORECASE,
)


_NO_TOLD = frozenset({DecisionMark.NO_SENT_BY_EMAIL, DecisionMark.NO_SENT_BY_MESSAGE})


@dataclass(frozen=True)
class _Drafting:
    """What each step of a draft reads: the message and how kindly read it, the decision, the user, and the days
    the reply is written on - gathered once, so that a step takes one argument instead of a dozen."""

    message: Message
    understanding: Understanding
    verdict: Verdict
    profile: Profile
    intent: Intent
    details: Details
    variant: int
    taken: Container[str]
    today: datetime
    written: datetime | None
    read_on: date
    formal: bool
    carried: Sequence[str] = ()  # saved answers a withdrawn draft of the thread carried, still open


def compose(
    message: Message,
    understanding: Understanding,
    verdict: Verdict,
    profile: Profile,
    *,
    variant: int = 0,
    channel: str | None = None,
    now: datetime | None = None,
    taken: Container[str] = frozenset(),
    details: Details | None = None,
    carried: Sequence[str] = (),
) -> Draft | None:
    """The draft for a decision, or None where kindly leaves the message to the user (`details`: the
    message's, read with its intent, where the caller has them already; `carried`: the saved answers an unsent
    draft this one replaces carried, where the question is still open)."""
    if verdict.decision is Decision.IGNORE and DecisionMark.SAVED_ANSWER not in verdict.marks:
        return None  # left to the user, with no saved answer of theirs to offer
    channel = channel or reply_channel_of(message.channel)
    # a direct message (LinkedIn, Instagram, WhatsApp...) is short, and signed with a name, not a signature block
    tone = "brief" if is_dm(channel) and profile.user.tone == "warm" else profile.user.tone
    intent = understanding.intent
    # read once: the ask, the stage, the date and the week come from it
    details = details or extract(message, intent)
    today, written, read_on = _days_of_reply(message, now)
    drafting = _Drafting(
        message,
        understanding,
        verdict,
        profile,
        intent,
        details,
        variant,
        taken,
        today,
        written,
        read_on,
        formal=tone == "formal" and not profile.user.at_own_domain(message.from_addr),
        carried=carried,
    )
    values = _opening(drafting, tone, channel)
    if phrases := phrases_for(message):
        # a mail in another language kindly writes is answered in it, in kindly's few fixed sentences, or not
        # drafted at all; a yes to a prospective client proposes the user's free times, those it can write in it,
        # and so does a yes to a calendar invitation at an hour the user does not meet (those its English twin
        # proposes: without any, it is answered later, as its calendar reply says)
        times = [t for t in _times_in_its_language(drafting, values) if slot_in(phrases, t)]
        in_its_language = reply_in(
            phrases,
            message,
            verdict,
            profile,
            intent.value,
            str(values["first_name"]),
            str(values["signature"]),
            times,
        )
        if in_its_language is None:
            return None
        return Draft(
            text=in_its_language,
            steps=(step_of(verdict),),
            channel=channel,
            subject=_reply_subject(message, channel),
            # in kindly's own English words, so that no other draft offers them (reply.in_its_language writes them)
            times=tuple(times),
            from_name=profile.user.name,
            from_addr=profile.user.email,
        )
    template, steps, times = _body(drafting, values)
    text = _rendered(template, values, tone)
    if template in _THANKS_FIRST:
        # "your work on Ledgerline helped me": the yes or the question back says the user is glad it did (a no
        # says so before its reason)
        glad = glad_it_helped(message.own_text)
        text = with_glad_it_helped(text, glad.replace("I'm", "I am") if tone == "formal" else glad)
    proposed = tuple(t for t in times if t in text)  # only where the draft does offer them
    return Draft(
        text=text,
        steps=steps,
        channel=channel,
        subject=_reply_subject(message, channel),
        times=proposed,
        from_name=profile.user.name,
        from_addr=profile.user.email,
    )


# The drafts that open with thanks and then say yes or ask back, where a glad-it-helped clause follows the thanks.
_THANKS_FIRST = frozenset({"accept.j2", "ask_details.j2"})


def _times_in_its_language(s: _Drafting, values: dict[str, object]) -> list[str]:
    """The times a reply in another language proposes: a prospective client's, or the other times a calendar
    invitation at an hour the user does not meet is answered with (as its English draft proposes them)."""
    if client_consultation(s.verdict):
        return _client_times(s)
    if proposes_other_times(s.message, s.verdict, s.profile, s.intent.value):
        return _body(s, dict(values))[2]
    return []


def _client_times(s: _Drafting) -> list[str]:
    """The times a yes to a prospective client in another language proposes: from tomorrow (paid work does not
    queue behind networking), inside the user's hours, none another draft offers - as their English twin's are -
    on the days and in the part of the day they say suit them, in the words kindly reads of their language ("los
    martes por la tarde"), in the week they ask for ("nächste Woche")."""
    profile, message = s.profile, s.message
    if week_left_unknown(message, (s.written or s.today).date()):
        return []  # "la semaine d'après le congrès", and no day for it: their day asked, not a week guessed
    hours = _spared_hours(profile, s.verdict, asked_activities(s.details.format, message))
    said = days_said_to_suit(message, hours) or ("",)
    week = week_said(message, (s.written or s.today).date())
    offered = [
        proposed_times(
            s.today,
            False,
            taken=s.taken,
            preferred=preferred,
            style=profile.user.date_style,
            off=profile.user.off,
            written=s.written.date() if s.written else None,
            soon=True,
            week_of=week,
            meeting_hours=hours,
            clocks=both_clocks(message, profile.user.zone),
        )
        for preferred in said
    ]
    # "el próximo martes" written on a Monday: maybe tomorrow's Tuesday, maybe next week's - a time on each
    this_week = this_weeks_day_too(message, (s.written or s.today).date(), s.today.date(), said)
    if this_week is not None:
        sooner = proposed_times(
            s.today,
            False,
            taken=s.taken,
            preferred=said[0],
            style=profile.user.date_style,
            off=profile.user.off,
            soon=True,
            week_of=this_week,
            meeting_hours=hours,
            clocks=both_clocks(message, profile.user.zone),
        )
        offered = [sooner[:1], *offered]
    # "los martes por la tarde o el jueves": the first time of each day they said, then the next of the first
    firsts = [times[0] for times in offered if times]
    chosen = list(dict.fromkeys([*firsts, *(offered[0] if offered else [])]))[:2]
    # listed soonest first, whatever order they said their days in ("Tuesday afternoon, or Thursday")
    return sorted(chosen, key=lambda slot: named_day(slot, s.today.date()) or date.max)


def _rendered(template: str, values: dict[str, object], tone: str) -> str:
    """The draft's text: the template filled in and tidied, and in a formal tone without contractions - the
    user's own words it quotes (their answers, the resource offered) kept as they wrote them."""
    text = tidy(_ENV.get_template(template).render(**values))
    if tone == "formal":
        text = formally(without_contractions(text, _users_own_words(values)))
    return text


def _days_of_reply(message: Message, now: datetime | None) -> tuple[datetime, datetime | None, date]:
    """Today, the day the message was written, and the day the reply is read, each in the sender's zone: a reply
    names and counts days as the sender does, and gives a day its year only where it is not the year read in."""
    today = now or later_of(message.date, clock.now())
    today = today.astimezone(message.zone)  # days are named and counted where the sender wrote ("next week")
    written = message.date.astimezone(message.zone) if message.date else None
    # the day the reply is read, for whether a day it names needs its year: a calendar file carries no day it was
    # sent (its date is the event's own start), so today's
    sent = message.date if message.event is None or message.date != message.event.start else None
    read_on = (now or later_of(sent, clock.now())).astimezone(message.zone).date()
    return today, written, read_on


# An employer answering the user's own application: "Thanks for applying for the Senior Data Scientist role",
# "thank you for your application" (not "the application deadline").
_ANSWERS_HER_APPLICATION = re.compile(
    r"\bthanks?(?: you)? (?:so much |very much )?for (?:applying|your (?:recent )?application)\b"
    # "Thank you for your interest in the Senior Data Scientist position" (not "in our services"); "we've reviewed
    # your application", "I received your resume"
    r"|\bthanks?(?: you)? (?:so much |very much )?for your interest in (?:the|our) (?:[\w-]+ ){0,5}?(?:role|position|"
    r"opening|job|vacancy)\b|\b(?:reviewed|received) your (?:recent )?(?:application|resume|"
    r"r[ée]sum[ée]|cv)\b",
    re.IGNORECASE,
)
# ...or setting the next step of it: "Great chatting last week. As the next step, we'd like you to build ..."
_NEXT_STEP_OF_HERS = re.compile(
    r"\b(?:as (?:the|a|our) next step|next step (?:in|of) (?:the|our|your) (?:interview|hiring|recruitment|"
    r"application) process)\b",
    re.IGNORECASE,
)


def _opening(s: _Drafting, tone: str, channel: str) -> dict[str, object]:
    """What every draft says, whatever the decision: whom it greets (the person who signed an organisation's mail,
    each co-writer, whoever is copied), its tone, its signature, and what it thanks them for."""
    message, verdict, profile, intent, details = s.message, s.verdict, s.profile, s.intent, s.details
    variant, formal = s.variant, s.formal
    # a mailbox of an organisation ("Global Wellbeing Leaders Summit") signed by a person: greet the person
    greeted = message
    if not first_name(message) and details.sender_name:
        greeted = replace(message, from_name=details.sender_name)
    values: dict[str, object] = {
        # a formal letter to an outsider; a colleague at the user's own domain is still "Dear Tom"
        "first_name": formal_name(greeted, profile.user.name, signed_as(profile))
        if formal
        else first_name(greeted),
        "tone": tone,
        "variant": variant % VARIANTS,
        "signature": signature_for(profile.user.sign_off, channel),
        # an answer to the user's own mail ("> On 16 Nov, Folasade wrote: ... possibly to mentoring me?") thanks
        # them for coming back, not for an invitation the user asked for
        "ask": "getting back to me"
        if verdict.decision is Decision.ACCEPT
        and (
            quotes_the_user(message.quoted_text, profile.user.name, profile.user.email)
            # ...or offers a time after the user's reply went (a counter-offer, a call moved): no first contact
            or TAKES_THEIR_TIME in verdict.evidence
        )
        # ...and so does an employer answering the user's application ("Thanks for applying for the role")
        else "getting back to me about my application"
        if verdict.decision is Decision.ACCEPT and _ANSWERS_HER_APPLICATION.search(message.own_text)
        # ...and an employer's next step, said yes or no to: no stranger who "thought of" the user
        else "getting back to me"
        if _NEXT_STEP_OF_HERS.search(message.own_text) and seeks_work(profile)
        else "the invitation to interview"
        if seeks_work(profile) and interview_offered(f"{message.subject}\n{message.own_text}")
        # ...and a follow-up in a thread under way, said yes to: no first contact to thank "for your inquiry"
        else FOLLOWING_UP
        if verdict.decision is Decision.ACCEPT and goes_on_a_thread(message)
        else ask_phrase(
            message,
            intent,
            details,
            profile.user.date_style,
            bool(raising_for_the_goal(profile, f"{message.subject}\n{message.own_text}")),
        ),
        "condition": condition_kept(verdict),
    }
    writers = [] if formal else co_writers(greeted)
    if writers:  # "Ana, Ben and Carla here from ...", or signed by all three: each is greeted
        values["first_name"] = and_names(writers)
    if channel == "email" and intent is not Intent.INTRODUCTION:
        # "Jane asked me to set up a call", Jane copied: the reply goes to her too, and greets her
        values["first_name"] = and_names(
            [
                str(values["first_name"]),
                *(n for n in copied_names(message, profile, formal) if n not in writers),
            ]
        )
    return values


def _body(s: _Drafting, values: dict[str, object]) -> tuple[str, tuple[str, ...], list[str]]:
    """The reply the decision calls for, its values added to `values`: a reference, a gift, a question, a no held,
    a no, a referral or a yes - each its own template. Returns the template, the steps the draft takes and the
    times it proposes."""
    message, verdict, profile, intent, details = s.message, s.verdict, s.profile, s.intent, s.details
    steps: tuple[str, ...]
    times: list[str] = []
    donation = _donation_asked(message, verdict)
    if verdict.reason_code == APPLY_ANSWER and (apply := way_to_apply(profile.answers)) is not None:
        # an organisation seeking the user's funding: the way to apply, in the user's own words
        values["answers"], values["ask"] = [apply.answer], "your note"
        return "saved_answer.j2", ("saved_answer",), times
    if verdict.decision is Decision.IGNORE or verdict.reason_code in (REFER_ANSWER, SAVED_NO, POINTED_ANSWER):
        # a request for the user's work left to them: their saved answer about it, to send if they take it on (and
        # a job seeker's ask a saved answer is about: the way in, in the user's words)
        work = verdict.reason_code == WORK_ASKED  # someone asking to work for the user: any saved answer
        values["answers"] = saved_answers_asked(
            message,
            WORK_ASKED if work else intent.value,
            profile.answers,
            seeker=verdict.reason_code == REFER_ANSWER,
        )
        # they asked for the user's own work, not "your inquiry"; or to work for them; a job seeker wrote of their
        # own hopes; a no in the user's own words is thanked for what was asked
        if verdict.reason_code != SAVED_NO:
            values["ask"] = (
                "reaching out"
                if work
                else "your note"
                if verdict.reason_code == REFER_ANSWER
                else "asking me"
            )
        return "saved_answer.j2", ("saved_answer",), times
    if verdict.reason_code == REFERENCE and verdict.decision in (Decision.ACCEPT, Decision.DECLINE):
        # "Could you be a reference for my application?": a favour said yes to, or declined to a stranger
        template, steps, extra = reference_reply(message, verdict)
        values.update(extra)
        if verdict.decision is Decision.DECLINE:
            values["offer"] = Offer("vouched_by_others")
    elif donation is not None and verdict.decision in (Decision.ACCEPT, Decision.DECLINE):
        # a gift asked for a fundraiser: thanked for and promised or declined as a gift, never as a meeting
        template, steps, extra = _donation_reply(donation, verdict, message.own_text)
        values.update(extra)
    elif verdict.decision is Decision.ASK_DETAILS:
        template, steps = "ask_details.j2", ("ask_details",)
        values["offer"] = None
        # asked about their business and the help they need only by a user who takes clients: to a studio founder
        # with no such goal, an enquiry the model read as a client's is asked what it is about, like any other
        values["client"] = intent is Intent.CLIENT_INQUIRY and profile.has_goal(GoalKind.FIND_CLIENTS)
        # a recruiter's vague opportunity to a job seeker: the role is what she wants to hear, not that she is busy
        values["seeker"] = (
            intent is Intent.RECRUITING and seeks_work(profile) and not asks_for_work(message.own_text)
        )
        # "a coffee to talk about referring couples to each other": not asked what they want to discuss
        values["topic"] = given_in_thread(message, details, intent).get("topic", "")
        # "Would you join us on the 10th?": what is missing is the occasion, not a topic to discuss
        values["occasion"] = occasion_unsaid(details)
        values["first"] = (
            first_asked(verdict)
            or other_region_asked(verdict)
            or terms_asked(verdict, s.formal)
            or unshown_condition_asked(verdict, f"{message.subject}\n{message.own_text}")
            or unstated_asked(verdict)
        )
    elif verdict.decision is Decision.DECLINE and verdict.marks & _NO_TOLD:
        # a follow-up, by another channel, of an ask the user declined and said so: the no is held, briefly
        template, steps = "no_again.j2", ("honest_reason",)
        values["told_in"] = "message" if DecisionMark.NO_SENT_BY_MESSAGE in verdict.marks else "e-mail"
    elif verdict.decision is Decision.DECLINE or job_referral(verdict, intent, message):
        # (a job seeker referred to where applications go is thanked, told why no meeting, and pointed there)
        template, steps = "decline.j2", _declined(s, values)
    elif verdict.decision is Decision.REFER and verdict.referral is not None:
        template, steps = "refer.j2", ("refer",)
        values["referral"] = verdict.referral
        values["kind"] = {
            "refer_resource": "resource",
            "refer_provider": "provider",
            "refer_representative": "representative",
        }.get(verdict.reason_code, "directory")
        if DecisionMark.SUBMISSION in verdict.marks:
            values["kind"] = "submission"  # a writer's work: sent where submissions go, no meeting to replace
        # a page of someone else's (the district's research office) is pointed to, never said to be the user's own
        values["pointed_to"] = not users_own_page(verdict.referral.contact, profile)
    else:
        template, steps = "accept.j2", ("accept",)
        times = _accepted(s, values)
    return template, steps, times


def _declined(s: _Drafting, values: dict[str, object]) -> tuple[str, ...]:
    """The values of a no, step by step: its honest reason and what is offered instead, what a pitch is told, what
    they are wished well with, and where nothing is offered at all. Returns the steps the draft takes."""
    steps = _decline_reason(s, values)
    steps = _pitch_declined(s, values, steps)
    _wish_well(s, values)
    steps = _favour_declined(s, values, steps)
    if values.get("wish_for") == "it" and not starts_something(f"{s.message.subject}\n{s.message.own_text}"):
        # "good luck with it!" is for something they are starting (a practice, a launch); a lunch or a coffee
        # declined is wished nothing it could not name
        values["wish_for"] = ""
    if glad := glad_it_helped(s.message.own_text):
        # "your video helped me pay off $6k": the no first says the user is glad it helped
        values["honest_reason"] = f"{glad} {values['honest_reason']}"
    message, intent, details = s.message, s.intent, s.details
    event_pitched = intent is Intent.SALES_PITCH and plainly_an_event(message, details)
    if event_pitched:
        # a mixer or a demo on the calendar, read as a pitch: declined as the event it is ("Good luck with
        # the mixer"), never wished well "with your business", and no overview asked of its host
        values["wish_for"] = event_kind(message)
    steps = _offer_withheld(s, values, steps, event_pitched)
    if TAKE_HOME.search(f"{message.subject}\n{message.own_text}") or (
        s.profile.user.at_own_domain(message.from_addr)
        and forwarded_part(message)
        and not forwards_own_mail(message)
    ):
        # a company's hiring task ("As the next step, build a churn model ..."): the user's resources are for
        # people whose goals they help, and a test declined is no venture to wish luck with; an assistant's or a
        # colleague's forward ("Another one of these - I assume no?"): the no is told to them, who wrote none of
        # it - no wishes for the sender's issue or event, no overview asked of them
        values["wish_for"], values["offer"] = "", None
        steps = tuple(step for step in steps if step != "offer_resource")
    return steps


def _decline_reason(s: _Drafting, values: dict[str, object]) -> tuple[str, ...]:
    """Why no, what is offered instead, the user's own answers a partner's questions get, and what they are wished
    well with by their kind of ask: the no as most declines say it, which the steps after it adjust."""
    message, verdict, profile, intent, details = s.message, s.verdict, s.profile, s.intent, s.details
    steps: tuple[str, ...] = ("honest_reason", "offer_resource")
    values["honest_reason"] = honest_reason(verdict, profile, intent, message)
    values["offer"] = choose_offer(message, verdict, intent, profile)
    if isinstance(values["offer"], Offer) and values["offer"].kind == "none":
        # an introduction that is no fit: its introducer is thanked and wished well, offered nothing
        steps, values["offer"] = ("honest_reason",), None
    # "Are you raising?" from an investor declined: the user's own answer says where things stand
    # (never the user's rates: a declined partner is not quoted a price)
    usable = [a for a in answers_to_use(profile.answers, intent.value) if not about_money(a)]
    asked = answers_for(message.own_text, usable)
    # an answer asks for nothing the message gave ("Could you send me your date?" to one that named it)
    values["answers"] = (
        [
            # a no states where things stand; it promises nothing a yes would ("Happy to share our deck -
            # I'll send it ahead of our conversation." is no answer to a call declined)
            a
            for a in answers_without_what_was_given(asked, given_in_thread(message, details, intent), "")
            if not _PROMISES_A_YES.search(a)
        ]
        if intent is Intent.PARTNERSHIP_PROPOSAL
        else []
    )
    values["wish_for"] = "the story" if verdict.reason_code == PRESS_PITCH else _WISH_FOR.get(intent, "it")
    if verdict.reason_code == STORY_REVIEW:
        values["wish_for"] = ""  # the user's own story: nothing of theirs to wish them well with
    return steps


def _pitch_declined(s: _Drafting, values: dict[str, object], steps: tuple[str, ...]) -> tuple[str, ...]:
    """A no to a pitch rather than to an invitation (a guest for the user's show, a place on it bought, an honour
    sold): thanked for the pitch and told no, with nothing offered."""
    message, understanding, verdict, intent = s.message, s.understanding, s.verdict, s.intent
    if (
        intent is Intent.PARTNERSHIP_PROPOSAL
        and verdict.reason_code in _NOT_FOR_THE_SHOW
        and guest_for_the_show(understanding, message)
    ):
        # a guest for the user's show who is not whom the show is for: a no to the pitch, not to a partner's
        # plans, and no overview of their services asked for
        values["ask"], values["wish_for"], values["offer"] = "the pitch", "your plans", None
        values["honest_reason"] = "It isn't the right fit for the show at the moment, so I'll have to pass."
        steps = ("honest_reason",)
    if verdict.reason_code == "never_do" and DecisionMark.PLACE_BOUGHT in verdict.marks:
        # a guest's place on the user's show offered for money: a no to the pitch, nothing passed on
        values["ask"], values["wish_for"], values["offer"] = "the pitch", "your plans", None
        steps = ("honest_reason",)
    if verdict.reason_code == "never_do" and honour_sold_to_you(f"{message.subject}\n{message.own_text}"):
        # "Congratulations, you're shortlisted ... listing packages from $399": news with a price, declined
        # by the user's rule; no event to wish well, nobody to tell about it
        values["ask"], values["wish_for"], values["offer"] = "letting me know", "it", None
        steps = ("honest_reason",)
    return steps


# The sender's own business, said: "building my own business", "our company".
_THEIR_BUSINESS = re.compile(
    r"\b(?:my|our) (?:own )?(?:business|company|firm|agency|shop|store|practice|brand|team)\b", re.IGNORECASE
)


def _wish_well(s: _Drafting, values: dict[str, object]) -> None:
    """What the no wishes them well with, by what was asked: finding the right person, the event a booth is sold
    for, the show, the piece, the issue or the awards - never "your business" where no business was asked about."""
    message, verdict, intent, details = s.message, s.verdict, s.intent, s.details
    if isinstance(offer := values.get("offer"), Offer) and offer.kind == "another_candidate":
        values["wish_for"] = "finding the right person"  # a seat to fill, not a group to wish well
    if DecisionMark.PAYS_TO_TAKE_PART in verdict.marks:
        values["wish_for"] = "the event"  # a booth sold for it, not a business to wish well
        values["ask"] = "the invitation to take part"
    if (
        intent is Intent.SALES_PITCH
        and verdict.reason_code != "has_provider"  # a rival of the user's provider sells what they have
        and not offers_for_sale(f"{message.subject}\n{message.own_text}")
        and not _THEIR_BUSINESS.search(message.own_text)
    ):
        # "share your member list for our free health fair": an ask read as a pitch that sells nothing, from no
        # business of the sender's own ("building my own business"), has no business to wish well
        values["wish_for"] = "what you have planned"
    if intent is Intent.CLIENT_INQUIRY and not ASKS_FOR_WORK.search(f"{message.subject}\n{message.own_text}"):
        values["wish_for"] = "what you have planned"  # no search for someone to hire
        if _BOOKS_YOUR_TIME.search(f"{message.subject}\n{message.own_text}"):
            values["wish_for"] = (
                ""  # "a Saturday appointment for Bella's vaccines": no plan of theirs to wish luck
            )
    if intent is Intent.SPEAKING_INVITATION and verdict.reason_code != PRESS_PITCH:
        values["wish_for"] = {
            "podcast": "the show",
            "article": "the piece",
            "review": "the work",
            "comment": "the piece",
            "feature": "the issue",
            "interview": _interviewed_for(message),
        }.get(details.format, "the event")
        if not asks_onto_a_stage(message, details) and not asks_to_host(message.own_text):
            values["wish_for"] = plain_ask(message)[1]  # no talk asked, no event to wish well
    if brokered_consult(f"{message.subject}\n{message.own_text}"):
        values["wish_for"] = "the project"  # an expert network's call for its client's research: no event
    if verdict.reason_code == "pays_to_appear" and seat_sold(message):
        values["wish_for"] = "it"  # a seat on a board sold: no issue nor awards to wish well
    elif feature_sold(verdict, message):
        # a page sold in it: no awards to wish well; a featured spot at a summit is the summit's
        values["wish_for"] = "the event" if featured_at_an_event(message) else "the issue"
    elif DecisionMark.AWARD_FOR_SALE in verdict.marks:
        values["wish_for"] = "the awards"  # a place sold at them: not "the event" nor "your business"


# A client booking the user's own time: "a Saturday appointment", "her annual check-up", "could you fit us in".
_BOOKS_YOUR_TIME = re.compile(
    r"\b(?:appointments?|check-?ups?|exams?|(?:book|fit|squeeze) (?:us|him|her|them|me|\w+) in)\b",
    re.IGNORECASE,
)


def _favour_declined(s: _Drafting, values: dict[str, object], steps: tuple[str, ...]) -> tuple[str, ...]:
    """A favour for the sender's own post declined for want of fit: said no to plainly, with nothing offered and
    their launch wished well."""
    message, verdict = s.message, s.verdict
    if verdict.reason_code in ("not_a_fit", "not_current_focus") and (
        shared := share_of_theirs(f"{message.subject}\n{message.own_text}")
    ):
        # "could you like and reshare my post about our new software?": a favour for their own post, said no
        # to plainly - no client's enquiry to refer, no overview asked of a seller, their launch wished well
        values["ask"], values["offer"] = "your message", None
        values["honest_reason"] = "I'll have to pass on sharing this one, I'm afraid."
        values["wish_for"] = (
            "the launch" if _LAUNCH.search(shared) or _LAUNCH.search(message.own_text) else "it"
        )
        values["answers"] = []
        steps = ("honest_reason",)
    return steps


def _to_the_submissions_page(offer: object, message: Message, profile: Profile) -> bool:
    """Whether a no offers a writer the page where the user's submissions go."""
    page = submissions_page(profile)
    return (
        isinstance(offer, Offer)
        and page is not None
        and offer.kind == "resource"
        and offer.title == page.title
        and speaks_of_own_writing(message.own_text)
    )


def _offer_withheld(
    s: _Drafting, values: dict[str, object], steps: tuple[str, ...], event_pitched: bool
) -> tuple[str, ...]:
    """Where the no offers nothing: an endorsement asked, a scheme the user never joins, a show that charges its
    guests, a rival of the user's own provider - or offers the user's own resource or a free referral instead."""
    message, verdict, profile, intent = s.message, s.verdict, s.profile, s.intent
    if verdict.reason_code == "never_do" and any(
        note.startswith(("gift:", "meal:", "posts_for_perks:")) for note in verdict.evidence
    ):
        # a lobbyist's tickets or dinner turned down by an ethics rule: nothing of theirs to wish well, and no one
        # else to hand the gift on to (nor a creator's free stay for posts: no colleague would give one either)
        values["wish_for"], values["offer"] = "", None
        steps = ("honest_reason",)
    if verdict.reason_code == "never_do" and (endorsed := _endorsement_asked(verdict.evidence)):
        # a quote, a case study or a testimonial for what they sell: no event to wish well, and nobody else
        # found to lend their name to it
        values["wish_for"], values["offer"] = endorsed, None
        steps = ("honest_reason",)
    # a fee for sending clients ("15% of the first year's fees for each client you refer"), not a publisher's
    # "revenue share", which the same idea takes in but no free referral answers
    # a seller's own roundtable or dinner, declined as the pitch it is: no overview asked to pass on
    sellers_event = intent is Intent.SALES_PITCH and bool(
        seller_hosted(message, Intent.EVENT_INVITATION)
        or sellers_research(message)
        or industry_engagement(message)
    )
    referral_fee = any(
        note.startswith("referral_fee:")
        and re.search(r"refer|commission|finder|kickback", note.removeprefix("referral_fee:"), re.IGNORECASE)
        for note in verdict.evidence
    )
    if isinstance(values["offer"], Offer) and values["offer"].kind == "usual_terms":
        # a free trial refused, the would-be client kept: the no is to the trial, and no luck wished with plans
        # that are to work with the user
        values["honest_reason"] = str(values["honest_reason"]).replace(
            _PASSED, ", so I'll have to pass on that."
        )
        values["wish_for"] = ""
    elif isinstance(values["offer"], Offer) and values["offer"].kind in ("on_condition", "own_answer"):
        pass  # the meeting the rule allows, or the user's own word on what they do, whatever was asked
    elif _to_the_submissions_page(values["offer"], message, profile):
        # a writer offering a fee for a read, however the model read it (a pitch): told where submissions go
        values["wish_for"] = "your writing"
    elif verdict.reason_code == "never_do" and intent is Intent.PARTNERSHIP_PROPOSAL and referral_fee:
        # a peer's referral deal (not a vendor's affiliate scheme): the fee is refused, not the referring
        values["offer"] = Offer("refer_freely")
    elif (
        verdict.reason_code == "never_do" and referral_fee and (terms := standard_spared(verdict.never_rule))
    ):
        # a planner's own cut "on top of the usual commission" is refused, not the groups they would bring
        values["offer"] = Offer("standard_terms", what=terms)
        reason = str(values["honest_reason"])
        if reason.endswith(_PASSED):
            # ...so the no is to the cut alone, not "I'll have to pass" on the business offered with it
            values["honest_reason"] = f"{reason.removesuffix(_PASSED)}, so I can't agree to that part."
        if group := group_brought(message.own_text):
            # "starting with a 120-room pharma meeting in May": the group itself welcomed first
            values["honest_reason"] = f"I'd love to host {group}. {values['honest_reason']}"
    elif (
        verdict.reason_code == "pays_to_appear"
        or (
            verdict.reason_code == "never_do"
            and (
                intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL)
                or DecisionMark.CHARGES_GUESTS in verdict.marks
                or bought_or_sold(verdict.marks)
            )
        )
        or (verdict.reason_code == "not_a_fit" and (sellers_event or event_pitched))
        or (verdict.reason_code == "has_provider" and _rival_of_own_partner(intent, verdict, profile))
        # "Agents who recommend us to their authors get a free launch audit": a seller of what the user has,
        # rewarding her for sending her own clients, is promised no one
        or (verdict.reason_code == "has_provider" and rewards_referrals(message.own_text))
        or (verdict.reason_code == "not_a_fit" and bool(buys_the_users(message)))
        # "paying to publish or present (predatory journals and conferences)": no speaker or author sent their way
        or (verdict.reason_code == "never_do" and sells_places(verdict.never_rule))
    ):
        # a scheme the user never joins, or a show that charges its guests, gets no resource and no offer
        # to pass it on
        steps, values["offer"] = ("honest_reason",), None
    elif isinstance(values["offer"], Offer) and (
        (verdict.reason_code == "never_do" and values["offer"].kind in _SPREADS)
        # "I never endorse commercial products": no seller's name passed on to anyone
        or (values["offer"].kind in _VOUCHES and _never_endorses(profile))
    ):
        # what the user's own rule turns down is not mentioned to others or handed a colleague
        steps, values["offer"] = ("honest_reason",), None
        room = (
            best_resource(profile.resources, f"{message.subject}\n{message.own_text}", profile.user.email)
            if intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION)
            and verdict.reason_code == "never_do"
            else None
        )
        if room is not None:
            # a lunch at an hour the user never meets, whose guests are whom one of the user's resources helps
            # ("25 local employers interested in hosting interns"): what the user made for them, instead
            steps = ("honest_reason", "offer_resource")
            values["offer"] = Offer("resource", room.title, room.description, room.link)
    return steps


# What a yes to meet over a meal, a drink or a call says yes to: "I'd be glad to meet for a coffee."
_OVER = {
    "coffee": "meet for a coffee",
    "lunch": "meet for lunch",
    "breakfast": "meet for breakfast",
    "dinner": "meet for dinner",
    "drinks": "meet for drinks",
    "call": "have a call",
    "video call": "have a video call",
}


@dataclass(frozen=True)
class _Yes:
    """What a yes settled about when and with whom, for the steps that propose times: the yes as worded ("" where
    times are offered instead), whether the ask keeps its own date, and what the user's hours and the sender's
    offer leave open."""

    said: str
    dated: bool
    meeting_hours: MeetingHours
    meeting: str
    writer: str
    introduced: str
    outside: tuple[str, date] | None
    near: time | None
    phone: str
    picks_a_week: bool


def _accepted(s: _Drafting, values: dict[str, object]) -> list[str]:
    """The values of a yes, step by step: the yes and when, the user's own answers, the deadlines of a request for
    proposals, the times to propose, what needs no meeting, and the times as said. Returns the times proposed."""
    settled = _settled_yes(s, values)
    yes, dated, writer, intent = settled.said, settled.dated, settled.writer, s.intent
    # the time is set with whoever the forwarder passes on to, not with the forwarder: no later times here
    values["yes"] = yes if dated or writer or not values["later"] else ""
    values["later"] = values["later"] and not values["yes"]
    # what they asked, answered in the user's own words from the profile
    # a client's questions: a speaker's fee or an event's cost is not what the user's rates answer
    client = intent is Intent.CLIENT_INQUIRY
    _answered(s, values, dated, client)
    due, rfp = _deadlines_of(s, values, client)
    if (unknown := week_left_unknown(s.message, (s.written or s.today).date())) and not (
        dated or values["yes"] or values["event_when"]
    ):
        # "the week after the fair", and no day for the fair in the mail: its day asked, no week guessed
        glad = "I would be glad to" if s.formal else "I'd be glad to"
        values["yes"] = f"{glad} find a time. When is {unknown}? I'll suggest a time the week after it."
        return []
    times = _times_to_meet(s, values, settled, due, client)
    times = _nothing_to_meet_for(s, values, times, rfp, client, settled.meeting)
    _times_said(s, values, times, settled)
    return times


def _settled_yes(s: _Drafting, values: dict[str, object]) -> _Yes:
    """The yes and when: the event's own date or the sender's time, to whom it goes, a day they proposed that the
    user does not meet on, and a recording or an interview whose time the user picks."""
    dated, meeting_hours, yes, start, invited_outside = _the_yes(s, values)
    yes, meeting, writer, introduced = _to_whom(s, values, dated, yes)
    outside = _day_not_met(s, values, dated, yes, meeting_hours, start, invited_outside)
    yes, outside, near, phone, picks_a_week = _recorded(s, values, dated, yes, meeting_hours, outside)
    return _Yes(yes, dated, meeting_hours, meeting, writer, introduced, outside, near, phone, picks_a_week)


def _the_yes(
    s: _Drafting, values: dict[str, object]
) -> tuple[bool, MeetingHours, str, datetime | None, bool]:
    """The yes to what they asked, at its own date or the time they proposed, within the user's hours unless it
    is an event that keeps its organiser's. Returns whether the ask is dated, the user's hours for it, the yes,
    the start of a calendar invitation and whether that start is outside the user's hours."""
    message, verdict, profile, intent, details = s.message, s.verdict, s.profile, s.intent, s.details
    variant, today, taken, read_on = s.variant, s.today, s.taken, s.read_on
    event = message.event
    style = profile.user.date_style
    # the day in the user's own clock, else the organiser's; none where a UTC time's is unknown
    seen = start_weighed(event, profile.user.zone, message.date_offset)
    meet = "speak to you" if a_call_on_the_day(message) else "see you"  # a call is heard, not seen
    on_day = (
        f"on {written_day(seen, style, read_on)}"
        f"{event_hour(event, seen, message.date_offset, profile.user.zone, style)}"
        if event is not None and seen is not None
        else ("then" if event is not None and event.start is not None else "")
    )
    values["event_when"] = f"{meet} {on_day}" if on_day else ""
    values["later"] = verdict.reason_code == ACCEPT_LATER
    values["glad"] = ""
    # "want to grab coffee next week?": the yes says yes to the coffee (the lunch, the call), not to "meet"
    values["over"] = _OVER.get(details.format, "") if intent is Intent.COFFEE_CHAT else ""
    # an event, a group or a talk keeps its own date whatever the week holds; a meeting waits
    # (a "speaking invitation" that asks for no talk, panel, piece or show - "a 30-minute video call to swap
    # notes" - is a call, and moves like a meeting)
    # (nor does a calendar invitation to a call of two: it is a call whatever its note's language)
    hosting_asked = asks_to_host(message.own_text)
    dated = (
        intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION) and not one_to_one_call(event)
    ) or (intent is Intent.SPEAKING_INVITATION and (asks_onto_a_stage(message, details) or hosting_asked))
    off = profile.user.off
    meeting_hours = _spared_hours(profile, verdict, asked_activities(details.format, message))
    zone = profile.user.zone
    # the user's own hours bound a meeting's time; an event, a group or a talk keeps its organiser's
    yes = acceptance(
        message,
        intent,
        details,
        variant,
        today,
        off,
        style,
        booked(taken),  # a time they fixed moves another draft's proposal, not itself
        # a recording slot the host offers is a call with them: of several, the one inside the user's hours
        meeting_hours
        if not dated or (intent is Intent.SPEAKING_INVITATION and recording_slot(message, details))
        else ANY_HOURS,
        zone,
        seeks_work(profile),
    )
    if intent is Intent.INTRODUCTION and (client := _client_sought(profile, message)):
        yes = f"I'd be glad to introduce you to {client}."  # a buyer scouting what the user's client makes
    if not yes and dated and intent is Intent.SPEAKING_INVITATION and asks_for_a_call(message.own_text):
        # "We would be honored to have you give the opening keynote ... Could we schedule a short call to discuss
        # the theme?": the yes is to the keynote, then to the call - not only "I'd be glad to speak with you"
        values["glad"] = _stage_then_call(s)
    # a calendar invitation to a meeting at an hour or on a day the user does not meet (a Sunday, a public
    # holiday): no "see you", other times
    start = seen  # the user's own hour and day, where they set their zone, else the organiser's
    invited_outside = start is not None and not dated and not_met_then(start, meeting_hours, off)
    if start is not None and invited_outside:
        values["event_when"], yes = "", ""
    if values["event_when"] and dated:
        values["event_yes"] = _stage_or_host_yes(s, hosting_asked, on_day, str(values["event_when"]))
    return dated, meeting_hours, yes, start, invited_outside


# What a speaker invited through a calendar invitation is glad to do, by the format asked ("keynote": speak; a
# calendar invitation's own format is "event").
_ON_STAGE = {
    "": "speak",
    "event": "speak",
    "talk": "speak",
    "keynote": "speak",
    "webinar": "speak",
    "fireside chat": "speak",
    "panel": "join the panel",
    "workshop": "teach the workshop",
    "podcast": "be your guest",
}


def _stage_then_call(s: _Drafting) -> str:
    """The yes to a talk whose organiser asks for a call first: to the talk by its format, and to the call."""
    doing = _ON_STAGE.get(s.details.format, "speak")
    if s.profile.user.tone == "formal":
        return f"I would be delighted to {doing}, and glad to talk it through with you first."
    return f"I'd be delighted to {doing}, and glad to talk it through first."


def _stage_or_host_yes(s: _Drafting, hosting: bool, on_day: str, event_when: str) -> str:
    """A calendar invitation's yes where the user is not a guest: the host of the meetup welcomes everyone on its
    day (no "see you"), the keynote's speaker says she'd be glad to speak; "" for a guest's yes ("glad to join")."""
    if hosting:
        yes = ["I'd be glad to host it", "We'd be happy to host it", "I'd love to host it"][s.variant % 3]
        return f"{yes} {on_day}. I look forward to welcoming everyone."
    doing = _ON_STAGE.get(s.details.format) if s.intent is Intent.SPEAKING_INVITATION else None
    if doing is None:
        return ""
    glad = ["I'd be glad to", "I'd be happy to", "I'd be delighted to"][s.variant % 3]
    return f"{glad} {doing} - {event_when}."


def _client_sought(profile: Profile, message: Message) -> str:
    """The client a buyer's scouting asks to be introduced to ("We're scouting battery analytics startups for a paid
    pilot ... a company in your portfolio does this" to a goal seeking "a first enterprise customer for Tidewell"):
    its name, "them" where the goal names none; "" where the mail is no such buyer's."""
    said = f"{message.subject}\n{message.own_text}"
    for goal in profile.goals:
        if buyer_for_client(goal, said):
            return next(iter(clients_of(goal)), "them")
    return ""


def _to_whom(s: _Drafting, values: dict[str, object], dated: bool, yes: str) -> tuple[str, str, str, str]:
    """Whom the yes goes to: the person a forwarder passes on or a front desk relays, and the person introduced
    beside the introducer. Returns the yes, the sender's own meeting asked beside an introduction, the writer
    to email directly and the person introduced."""
    message, profile, intent, details = s.message, s.profile, s.intent, s.details
    # the sender's own meeting asked beside the introduction, said yes to as a meeting is
    meeting = own_meeting(message, intent)
    # "see Tomasz's note below ... email him directly": the yes goes to them, not to the forwarder
    # (an event a colleague forwards keeps its own yes: the event's date)
    # (where the forwarder writes to them themselves, "I'll email her directly", nothing is left to the user)
    writer = (
        _write_to_them_directly(message, None if dated else profile.user)
        if not forwarder_writes(message)
        else ""
    )
    if writer:
        yes = f"I'd be glad to meet {writer} - I'll email {writer_pronoun(message) or 'them'} directly."
    elif taker := _taken_over_from(message, intent):
        # "Is this legit? ... can you handle it?" above a producer's enquiry: the user takes it over
        yes = (
            f"Leave it with me - I'm happy to take it from here, and I'll get in touch with {taker} directly."
        )
    elif not dated and (relayed := _relayed_to(message, details, profile)):
        # "Dr. Tom Whitfield called ... he'd be happy to meet ... His cell is 416-555-0199": the front desk
        # passes the offer on, so the yes goes to him, not times asked of whoever relayed it (nor a later
        # week: when to meet is settled on that call)
        yes, values["later"] = relayed, False
    introduced = _introduced(message, intent, details, profile)
    values["introduced"] = ""
    if introduced:  # "Hi Jordan and Priya,": thanks to the introducer, times to the person introduced
        values["introducer"] = values["first_name"]
        values["first_name"] = (
            f"{values['first_name']} and {introduced}" if values["first_name"] else introduced
        )
        values["introduced"] = introduced
    return yes, meeting, writer, introduced


# Why a time her calendar or another yes holds does not suit: said, but not what holds it.
BOOKED_THEN = "I'm already booked then."


def _day_not_met(
    s: _Drafting,
    values: dict[str, object],
    dated: bool,
    yes: str,
    meeting_hours: MeetingHours,
    start: datetime | None,
    invited_outside: bool,
) -> tuple[str, date] | None:
    """A day they proposed that the user cannot meet on (gone by, a day off, taken by another yes), said in the
    draft; and a time outside the user's hours, returned (as said, and its day) so that times inside them follow."""
    message, profile, details = s.message, s.profile, s.details
    today, taken, read_on = s.today, s.taken, s.read_on
    style, off, zone = profile.user.date_style, profile.user.off, profile.user.zone
    # the day they proposed went by before this reply: say so, and offer others
    gone = missed_day(message, details.when, today) if not dated else None
    values["missed"] = written_day(gone, style, read_on) if gone is not None else ""
    # ...a day gone by is not next year's ("Friday 27 November" read a week late is no Saturday to refuse)
    weekends = meets_at_weekends(profile.meeting_hours)
    away = proposed_day_off(details.when, today, off, zone, weekends) if not dated and gone is None else None
    values["away"] = written_day(away, style, read_on) if away is not None else ""
    first = re.split(r",? or ", details.when, maxsplit=1)[0].strip()
    mine = my_time(first, details.when, message, today, zone, style) if away is not None else ""
    if mine:  # the sender's day and hour, and the user's own, where their zones part them
        values["away"] = first + mine
    if (
        not yes
        and not dated
        and gone is None
        and away is None
        and first
        and slot_taken(first, message, today, taken)
    ):
        # the one time they offered is one another yes already takes ("see you on Tuesday, December 8, from
        # 7:00 to 8:30 am"), or her calendar has busy: said, as drafts write it ("next Tuesday at 3" is "Tuesday,
        # December 8 at 3:00 pm"), and other times offered
        values["away"] = in_house_words(first, message, today, style)
        # ...and why, briefly, never what her calendar holds there (a time only passed over gets no reason)
        values["away_why"] = BOOKED_THEN if held_elsewhere(first, message, today, taken) else ""
    # a time they offered outside the user's own hours: times inside them, from that day on, and why
    outside = (
        outside_hours(details.when, message, today, meeting_hours, off, zone, style)
        if not dated and gone is None and away is None and not yes
        else None
    )
    if away is not None and away not in off and meeting_hours and not mine and not yes:
        # a weekend her own hours leave out ("this Sunday" to someone who meets on weekdays): why is her hours
        values["away"], outside = "", (first, away)
    if start is not None and invited_outside:
        outside = (
            f"{written_day(start.date(), style, read_on)} at {clock_said(start.time(), style)}",
            start.date(),
        )
        # the organiser's own hour, where their calendar keeps another clock: "Wednesday 9 December at 15:00
        # your time (20:00 my time)", not only the user's hour, which they never wrote
        theirs = start_weighed(message.event, None, message.date_offset)
        if theirs is not None and theirs.utcoffset() != start.utcoffset():
            mine = clock_said(start.time(), style)
            mine = (
                mine
                if theirs.date() == start.date()
                else f"{written_day(start.date(), style, read_on)} at {mine}"
            )
            outside = (
                f"{written_day(theirs.date(), style, read_on)} at {clock_said(theirs.time(), style)} your time"
                f" ({mine} my time)",
                start.date(),
            )
    return outside


def _recorded(
    s: _Drafting,
    values: dict[str, object],
    dated: bool,
    yes: str,
    meeting_hours: MeetingHours,
    outside: tuple[str, date] | None,
) -> tuple[str, tuple[str, date] | None, time | None, str, bool]:
    """A recording, an interview or a phone call whose time the user picks within the host's slot, window, week or
    days: the guest's yes kept, the fixed time dropped for times offered. Returns the yes, a time outside the
    user's hours, the hour to propose near, the number to call and whether the user picks a day of a week."""
    message, profile, intent, details = s.message, s.profile, s.intent, s.details
    today, written, formal = s.today, s.written, s.formal
    style, off, zone = profile.user.date_style, profile.user.off, profile.user.zone
    near = None  # the hour of a recording slot they offered, in the user's clock
    if dated and yes and intent is Intent.SPEAKING_INVITATION and recording_slot(message, details):
        # a recording slot the host offers is a call with them: one outside the user's own hours ("10am ET
        # (23:00 my time)") is answered with times inside them, as a meeting's is, the guest's yes kept
        recorded = outside_hours(details.when, message, today, meeting_hours, off, zone, style)
        if recorded is not None:
            outside, yes = recorded, ""
            # the times nearest the hour they record at, not the earliest of the user's week
            near = asked_hour(details.when, message, today, zone)
            values["glad"] = (
                "I'd be glad to be your guest."
                if details.format == "podcast"
                else ("I'd be glad to do the interview.")
            )
    if (
        dated
        and yes
        and intent is Intent.SPEAKING_INVITATION
        and recording_window(message, details, (written or today).date())
    ):
        # "recorded whenever suits you in January": the user picks, so the yes offers times in that stretch
        yes = ""
        values["glad"] = (
            "I'd be glad to be your guest."
            if details.format == "podcast"
            else "I'd be glad to do the interview."
        )
    phone = phone_to_call(message, details) if intent is Intent.SPEAKING_INVITATION else ""
    if dated and yes and phone:
        # "15 minutes for a phone interview on Wednesday or Thursday this week? ... (312) 555-0117": her days,
        # a time on them from the user, and the number she gave to call - never "send me the details"
        yes = ""
        values["glad"] = (
            f"I would be glad to do the interview, and I will call you at {phone}."
            if formal
            else f"I'd be glad to do the interview - I'll call you at {phone}."
        )
    picks_a_week = bool(
        dated and yes and intent is Intent.SPEAKING_INVITATION and recording_week(message, details)
    )
    if picks_a_week:
        # "Could you do an evening in the week of 4 January? We usually record at 7:30pm": the user picks, so
        # the yes offers days of that week, at the hour they keep where they said one
        yes = ""
        values["glad"] = (
            "I'd be glad to be your guest."
            if details.format == "podcast"
            else "I'd be glad to do the interview."
        )
    return yes, outside, near, phone, picks_a_week


def _answered(s: _Drafting, values: dict[str, object], dated: bool, client: bool) -> None:
    """What they asked, answered in the user's own words from the profile: a quote promised to a client, material
    they asked for, a promise in their own words, the user's own expenses taken on - nothing the message gave."""
    message, profile, intent, details = s.message, s.profile, s.intent, s.details
    usable = answers_to_use(profile.answers, intent.value)
    # "an evening appointment would be ideal" asks for the user's hours as a question would
    questioned = message.own_text
    if client and (referred := work_sent(f"{message.subject}\n{questioned}")):
        # "Would you be willing to take them on as new patients?" is answered by the yes to the people sent,
        # not by the user's answer for patients who write themselves ("We're accepting new patients ...")
        questioned = " ".join(questioned.split()).replace(" ".join(referred.split()), "")
    answered = answers_for(f"{questioned}\n{preference(message.own_text)}?", usable)
    # "your fee?" asked in the thread's earlier mail, whose unsent reply this one replaces: still answered
    answered += [a for a in s.carried if a not in answered]
    if intent is Intent.SPEAKING_INVITATION and values["yes"]:
        # a yes to pitch sessions whose terms are unsaid states the user's own ("I ask for travel, a room and an
        # honorarium"), where they saved them for that work
        answered += [
            a for a in own_terms(f"{message.subject}\n{message.own_text}", usable) if a not in answered
        ]
    if DecisionMark.PAID_INSTEAD in s.verdict.marks:
        # "I'd suggest we make it a proper consultation": what one is and costs, where the user's own answer
        # says it ("My initial consultation is $150 for an hour"), asked or not
        answered += [a for a in answers_about("consultation", usable) if a not in answered]
    # a client who asks what it costs is promised a quote, after a call to scope it, unless the user's own
    # answer gives the price ("An initial consultation is $110") rather than a quote to come
    values["quote"] = (
        client
        and _ASKS_PRICE.search(message.own_text) is not None
        and not any(about_money(a) and not _QUOTED.search(a.answer) for a in usable if a.answer in answered)
    )
    # "Is there a pack of graphics I could use?": the user's own materials, where one of them is about it
    their_words = f"{message.subject}\n{message.own_text}"
    # ...never the sender's own ("Shall I send over the speaker pack?")
    asked_for = [
        found.group(0)
        for q in questions(message.own_text)
        if (found := _ASKS_MATERIALS.search(q)) and not _OFFERS_TO_SEND.search(q)
    ]
    material = (
        most_alike(  # what they ask for by its words, whatever it is called
            [r for r in profile.resources if not already_has(r, their_words)],
            topic_stems(their_words, profile.user.email),
        )
        # ...unless the user's own answer about it already gives it ("media kit": "Our media kit ... is at")
        if asked_for and not _answered_by_own(asked_for, usable, answered)
        else None
    )
    # white-label work that names no pay, weighed by a rule against the user's own rate: the rate, and theirs
    for line in rate_lines(message.own_text, [rule.what for rule in profile.never], usable):
        if line not in answered:
            answered.append(line)
    if material is not None and material.link and not any(material.link in said for said in answered):
        answered.append(f'You can find what you asked for in "{material.title}": {material.link}')
    # "send a title and a bio by the end of January": promised in the sender's own words
    if (promise := promised_by(message.own_text)) and intent is Intent.SPEAKING_INVITATION:
        # the promise, by their day and in their words, answers what the user's own answer about the same
        # thing would ("I'll send a short bio ... as soon as you confirm" beside "a title and bio by 8 January")
        said = set(content_stems(promise))
        covered = {a.answer for a in usable if any(set(content_stems(w)) <= said for w in a.about)}
        answered = [text for text in answered if text not in covered]
        answered.append(promise)
    # ...and asks for nothing the message gave ("Our date is 14 March": no "Could you send me your date?")
    values["answers"] = answers_without_what_was_given(
        answered,
        given_in_thread(message, details, intent),
        " ".join(str(values[k]) for k in ("yes", "ask")),
    )
    # "we ask authors to cover their own travel and accommodation": the yes takes that on in so many words
    own_way = own_expenses(message.own_text) if dated and (values["yes"] or values["event_when"]) else None
    if own_way is not None and isinstance(values["answers"], list):
        values["answers"] = [f"I'll cover my own {own_way.what}.", *values["answers"]]
    # "Is there anything we should have ready?": only the user knows; a yes leaves them a place to say it
    ready = what_to_have_ready(message.own_text)
    if ready and isinstance(values["answers"], list) and not answers_for(ready, usable):
        values["answers"] = [*values["answers"], left_for_you(ready)]


def _deadlines_of(s: _Drafting, values: dict[str, object], client: bool) -> tuple[Deadlines, bool]:
    """A client's dates: the proposal due, and a request for proposals answered by its own dates with no call.
    Returns the deadlines and whether the mail is a request for proposals."""
    message, today, read_on = s.message, s.today, s.read_on
    style = s.profile.user.date_style
    # an RFP's call comes before its questions close; its proposal by the day it is due
    due = deadlines(message.own_text, today, message.date) if client else Deadlines()
    values["due"] = (
        written_day(due.proposal_due, style, read_on) if due.proposal_due and values["quote"] else ""
    )
    # a request for proposals is answered with the intent to submit, by its own dates: no call, no times
    rfp = due.proposal_due is not None and TENDER.search(message.own_text) is not None
    values["rfp_due"] = written_day(due.proposal_due, style, read_on) if rfp and due.proposal_due else ""
    values["rfp_returned"] = rfp_returned(message.own_text) if rfp else ""
    asks_by = due.first if rfp and due.first and due.proposal_due and due.first < due.proposal_due else None
    values["rfp_questions"] = written_day(asks_by, style, read_on) if asks_by else ""
    if rfp:
        values["yes"] = ""
        # ...and its own form asks the rates and terms: a saved answer quoted beside it ("Our group rates ... I'll
        # send a firm quote once I have your dates") pre-empts the proposal it promises
        values["answers"] = []
    return due, rfp


def _earliest(*days: date | None) -> date | None:
    return min((day for day in days if day is not None), default=None)


def _latest(*days: date | None) -> date | None:
    return max((day for day in days if day is not None), default=None)


def _unmet_day_asked(s: _Drafting, values: dict[str, object], settled: _Yes, client: bool) -> date | None:
    """A day a client asked for on which the user never meets ("Sunday, December 20 - we're away until then"):
    the times follow it, the nearest days she meets on or after it, never days before they said they are ready (a
    day of the coming week anchors nothing: the soonest times are offered)."""
    hours = settled.meeting_hours
    if not client or settled.dated or not hours or not values.get("away"):
        return None
    profile = s.profile
    day = proposed_day_off(
        s.details.when, s.today, profile.user.off, profile.user.zone, meets_at_weekends(hours)
    )
    return day if day is not None and not hours.spans(day) else None


def _week_after_its_day(message: Message, today: datetime, written: datetime | None) -> date | None:
    """The Monday of the week after something the sender names, where the mail gives its day or it is a feast
    (understand/week_after.py), and that week is still to come."""
    after = week_after(message.own_text, (written or today).date())
    return after.monday if after is not None and after.monday and after.monday > today.date() else None


def _times_to_meet(
    s: _Drafting, values: dict[str, object], settled: _Yes, due: Deadlines, client: bool
) -> list[str]:
    """The times to propose: in the week and at the part of the day they said suits them, in whose clock they said
    it, within the user's hours and before a deadline; and a note where the hours they asked for were not open."""
    message, verdict, profile, details = s.message, s.verdict, s.profile, s.details
    today, written, taken = s.today, s.written, s.taken
    style, off, zone = profile.user.date_style, profile.user.off, profile.user.zone
    yes, dated, meeting, meeting_hours = settled.said, settled.dated, settled.meeting, settled.meeting_hours
    outside, near, phone, picks_a_week = settled.outside, settled.near, settled.phone, settled.picks_a_week
    # "Would you be up for it in late February? Happy to have a call first to talk menus": the call is soon, at
    # the hours they said suit them, not at the dinner's
    first = call_first(message.own_text)
    # ...nor at a dinner a client books for their guests ("your ballroom for a seated dinner")
    meal = "" if first or (client and meal_booked(details.format, message.own_text)) else details.format
    # the part of the day they said suits, in the clock they said it in ("any morning your time", "my mornings")
    preferred, their_day = in_whose_clock(
        preferred_days(details.when, message.own_text, details.ask),
        their_working_day(today, zone, message),
        message,
        today,
        zone,
        meeting_hours,
    )
    after_its_day = _week_after_its_day(message, today, written)
    week_asked = (
        week_named(details.when, today, written)
        or week_around(details.when, message, today, written)
        # "could do any weekday morning in the week of 15 February": the week they record in, said apart
        or (week_named(message.own_text, today, written) if picks_a_week else None)
        # "the week after the conference" (December 15-17), "the week after Christmas": the week after its day
        or after_its_day
    )
    times = proposed_times(
        today,
        verdict.reason_code == ACCEPT_LATER,
        # ...or the week of the days they said suit them ("I'm free Tuesday and Thursday mornings next week")
        # ("next Tuesday at 10am", a day of next week, taken: the others proposed are of that week too)
        next_week=bool(
            NEXT_WEEK.search(details.when) or NEXT_WEEK.search(preferred) or NEXT_WEEKDAY.match(details.when)
        ),
        week_of=week_asked,
        taken=taken,
        style=profile.user.date_style,
        off=off,
        meal=meal,
        written=written.date() if written else None,
        # the days they said suit them; a dated proposal ("Thursday, November 26") is one day, not a habit
        preferred="" if yes and not meeting else preferred,
        before=_earliest(
            before_the_event(due.first, details.when, message, today, written) if meeting else due.first,
            # "Could we find 45 minutes before my interview on Dec 17?": the day she needs it by
            needed_by(message.own_text, (written or today).date()),
        ),
        soon=client or bool(phone),  # a reporter's call is soon: her story has a deadline
        # ...not after a stretch read in the same words ("after Christmas" alone is the new year)
        not_before=None
        if first or picks_a_week or (after_its_day is not None and week_asked == after_its_day)
        else _latest(
            window_start(message.own_text, (written or today).date()),
            # "we're away until December 18": no time before they are back
            away_until(message.own_text, (written or today).date()),
        ),
        meeting_hours=meeting_hours,
        on_day=outside[1] if outside else _unmet_day_asked(s, values, settled, client),
        their_day=their_day,
        near=near,
        clocks=both_clocks(message, zone),
    )
    if due.first is not None and not times:  # too soon to meet before it: any time soon will do
        times = proposed_times(
            today,
            False,
            taken=taken,
            style=style,
            off=off,
            meal=meal,
            meeting_hours=meeting_hours,
        )
    values["hours_note"] = hours_note(
        outside[0] if outside else "",
        meeting_hours,
        part_of_day(preferred, meal),
        style,
        preferred,
        activity=hours_are_for(profile, asked_activities(details.format, message)),
    )
    if outside and (kept := day_kept_free(outside[1], [rule.what for rule in profile.never])):
        # a Friday her never-rule keeps for builds: her reason, not her hours (reply.day_kept_free)
        values["hours_note"] = (
            f"{outside[0][:1].upper()}{outside[0][1:]} doesn't work for me, though - {kept}"
        )
    if (
        week_asked is not None
        and times
        and not (values["away"] or values["missed"] or values["hours_note"])
        and not _in_the_week(times, week_asked, style, s.read_on)
    ):
        # "Would a recording in the week of 7 December work?" with that week full: the later times say why
        values["hours_note"] = (
            f"The week of {_day_and_month(week_asked, style, s.read_on)} is already full for me, though."
        )
    if (
        not yes
        and not dated
        and times
        and not (values["away"] or values["missed"] or values["hours_note"] or values["later"])
        and _SEVERAL_TIMES.search(details.when)
    ):
        # "Thursday, December 3 at 9:00 am or Friday, December 4 at 12:45 pm": one outside the user's hours,
        # the other taken by a time another draft offers - other times come with why, not as if none was asked
        values["hours_note"] = "Neither of those times works for me, though."
    return times


def _in_the_week(times: list[str], week_of: date, style: str, today: date) -> bool:
    """Whether any time proposed ("Tuesday 8 December at 16:00") falls in the week of a day."""
    monday = week_of - timedelta(days=week_of.weekday())
    days = [written_day(monday + timedelta(days=n), style, today) for n in range(7)]
    return any(slot.startswith(day) for slot in times for day in days)


def _day_and_month(day: date, style: str, today: date) -> str:
    """A day as the user writes it, without its weekday: "7 December", "December 7"."""
    return re.sub(r"^[A-Za-z]+,?\s+", "", written_day(day, style, today))


def _nothing_to_meet_for(
    s: _Drafting, values: dict[str, object], times: list[str], rfp: bool, client: bool, meeting: str
) -> list[str]:
    """A yes with nothing to meet for: a request for proposals, a share of the user's campaign, a favour, a guest
    for the show, people sent, help offered - each said yes to as it is, with no times. Returns the times left."""
    message, understanding, profile, intent, details = (
        s.message,
        s.understanding,
        s.profile,
        s.intent,
        s.details,
    )
    variant, formal = s.variant, s.formal
    times = [] if rfp else times
    # "Could I reshare a few posts in my stories?": a yes to sharing; a time only for what is done together
    values["shared"] = intent is Intent.PARTNERSHIP_PROPOSAL and offers_to_share(message.own_text)
    # "Would you be open to sending each other clients?": the yes says yes to that, then to the call
    values["referrals"] = intent is Intent.PARTNERSHIP_PROPOSAL and swaps_clients(message.own_text)
    if (
        intent is Intent.COMMUNITY_INVITATION
        and offers_to_share(message.own_text)
        and not details.when
        and _CAMPAIGN_SHARED.search(message.own_text)
    ):
        # "We'd love to share the campaign in our parent newsletter": a group offering its reach, with no
        # meeting to join, is thanked for the offer, not for an invitation to join
        values["shared"], values["yes"], values["ask"] = True, "", "your kind offer"
    together = _TOGETHER.search(message.own_text)
    values["together"] = _DONE_TOGETHER.get(together.group(0).lower(), "the rest") if together else ""
    if values["shared"] and not together:
        # nothing to meet for: "next Tuesday's edition" is when it is shared, not a day to confirm
        times, values["yes"], values["ask"] = [], "", "your kind offer"
        campaign = campaign_resource(profile, message)
        answers = [str(said) for said in values["answers"]] if isinstance(values["answers"], list) else []
        if campaign is not None and not any(campaign.link in said for said in answers):
            values["answers"] = [*answers, f"Here's the link to share: {campaign.link}"]
    if (
        intent is Intent.PARTNERSHIP_PROPOSAL
        and not values["shared"]
        and not together
        and share_of_theirs(f"{message.subject}\n{message.own_text}")
    ):
        # "could you reshare my post about the first 90 days as a VP?", a post on the user's own campaign: a
        # favour said yes to, with nothing to meet for
        times, values["ask"] = [], "thinking of me"
        values["yes"] = "I would be glad to share it." if formal else "I'd be glad to share it."
    swap = (
        swap_named(f"{message.subject}\n{message.own_text}") if intent is Intent.PARTNERSHIP_PROPOSAL else ""
    )
    if swap and not values["yes"] and not values["shared"] and not _MEETING_ASKED.search(message.own_text):
        # "Would you be up for a recommendation swap?": a yes to the swap itself, with no meeting it did not ask for
        times, values["ask"] = [], "your note"
        values["yes"] = f"I would be glad to do a {swap}." if formal else f"Yes - I'd be glad to do a {swap}."
    if not values["yes"] and not values["glad"] and (covered := coverage_yes(message.own_text, formal)):
        # "Would you be up for me streaming the demo?" from a streamer who shows their channel: a yes to the
        # stream, the user's way to a key and when - nothing to meet for (reply.coverage_yes)
        times, values["ask"], values["yes"], values["later"] = [], "your message", covered, False
        values["answers"] = coverage_answers(message.own_text, answers_to_use(profile.answers, intent.value))
    if intent is Intent.PARTNERSHIP_PROPOSAL and (whom := guest_for_the_show(understanding, message)):
        # "I own a bakery in Bed-Stuy ... I'd love to come on the show": thanked for the pitch, and the guest is
        # welcome on the user's show (never "your note about working together")
        values["ask"] = "the pitch"
        values["glad"] = (
            f"I would be glad to have {whom} on the show."
            if formal
            else f"I'd be glad to have {whom} on the show."
        )
    if (
        not values["yes"]
        and s.verdict.best is not None
        and any(note.startswith(SOURCE_OFFERED) for note in s.verdict.best.evidence)
    ):
        # a founder on the user's beat offered for an interview: the yes is to the interview, not to "meet" its PR
        values["ask"] = "the introduction" if formal else "reaching out"
        values["glad"] = (
            "I would be glad to do the interview." if formal else "I'd be glad to do the interview."
        )
    if client and sends_theirs_once_met(f"{message.subject}\n{message.own_text}"):
        # "I'd love to grab coffee and see whether we'd be a good fit to send couples your way": a planner who would
        # send clients asks to meet first - a yes to the meeting, with times; no one is referred yet
        values["ask"], values["quote"] = "thinking of me", False
    elif client and _sends_work(understanding, message):
        # "Would you be willing to take them on as new patients?": a yes to the people sent, not a call
        values["ask"], values["later"], values["quote"] = "the referral", False, False
        values["yes"] = _referral_yes(message)
        times = []
    if client and (
        paid_booking := booking_yes(message, details, s.today, profile.user.off, profile.user.zone, formal)
    ):
        # "Dec 10, 7-10pm, $300 + tips. Want it?": a yes to the paid booking on its own day and hours, not a
        # call about it at the user's hours for meetings (reply.client_yes)
        values["ask"], values["later"], values["quote"] = "thinking of me", False, False
        values["yes"], values["hours_note"] = paid_booking, ""
        times = []
    if (
        not values["yes"]
        and not values["glad"]
        and not values["shared"]  # an offer to share the user's news asks for its pieces as part of the share
        and not values["later"]
        and (sending := materials_yes(message.own_text, formal))
    ):
        # "Could you send me a selection of professional photos and a short description by January 15?": an
        # editor asks for the pieces, not a meeting - a yes to sending them, with no times
        values["later"], values["quote"], values["hours_note"] = False, False, ""
        values["yes"] = sending
        times = []
    if client and not values["yes"] and times and _books_themselves(values["answers"]):
        # "the first step is a free consultation, which you can book at ...": the user's answer says how a client
        # books, so no call at the user's hours for meetings is proposed beside it
        values["later"], values["quote"], values["hours_note"] = False, False, ""
        values["yes"] = "I would be glad to help." if formal else "I'd be glad to help."
        times = []
    if (
        not client
        and not values["yes"]
        and not values["glad"]
        and (taken_up := referral_yes(message.own_text, formal))
    ):
        # "I'd be glad to refer you - just send me your latest resume. Happy to grab a coffee too": the referral
        # taken up (and the coffee's times after it), not only thanks for "the invitation to meet"
        values["ask"], values["glad"] = "the offer to refer me", taken_up
    if client and not values["yes"] and not values["glad"]:
        # "Do you give lessons?": the yes says so before the times ("Yes, I give lessons.")
        # ...and "could you come out to look?" that the user will come ("I'd be glad to come and take a look.")
        values["glad"] = service_yes(profile, message.own_text, formal) or visit_yes(
            site_visit_in(message, profile), formal
        )
        if values["glad"] and (after := after_their_day(message.own_text)):
            # "Could do a weekday after school": when the lessons would be, which no call at 10:00 on a school day
            # answers - the day is theirs to say
            values["yes"] = f"{values['glad']} Which day after {after} would suit you best?"
            values["glad"], values["hours_note"], values["later"], values["quote"] = "", "", False, False
            times = []
    if (
        intent is Intent.MENTORSHIP_REQUEST
        and not values["yes"]
        and (shadowing := shadowing_yes(message.own_text, formal))
    ):
        # "the chance to shadow at Cedar Hollow over winter break": days at work the student picks, and the
        # user's own page on how it works - no call at the hours the user keeps for meetings
        values["later"], values["quote"], values["hours_note"], values["yes"] = False, False, "", shadowing
        page = shadowing_page(profile)
        answers = [str(said) for said in values["answers"]] if isinstance(values["answers"], list) else []
        if page is not None and not any(page.link in said for said in answers):
            values["answers"] = [*answers, f'"{page.title}" has the details: {page.link}']
        times = []
    if not values["yes"] and not values["shared"] and not meeting and offers_help(message.own_text):
        # "Our claims team would like to volunteer together in December - any warehouse shifts open?": a yes to
        # the help offered (the user's own answers say how), not a meeting to schedule
        values["ask"], values["later"], values["quote"] = "reaching out", False, False
        values["yes"] = (
            "We would be glad to have you."
            if formal
            else [
                "We'd be glad to have you.",
                "We'd be happy to have you.",
                "That's wonderful - we'd be glad to have you.",
            ][variant % 3]
        )
        times = []
    # each time in the user's own terms, and in the sender's where their clock is far from the user's
    return times


def _times_said(s: _Drafting, values: dict[str, object], times: list[str], settled: _Yes) -> None:
    """The times as the draft says them, in the user's terms and the sender's clock, and the yes that offers them
    beside the event or the introduction asked."""
    message, intent, details = s.message, s.intent, s.details
    variant, today, taken = s.variant, s.today, s.taken
    style, off, zone = s.profile.user.date_style, s.profile.user.off, s.profile.user.zone
    meeting, writer, introduced = settled.meeting, settled.writer, settled.introduced
    meeting_hours = settled.meeting_hours
    said_times = [t + your_time(t, today, zone, message, style) for t in times]
    values["times"] = said_times
    # nothing to meet for (a share of the user's campaign, a favour, people sent): no "later" time to propose
    values["later"] = values["later"] and bool(said_times)
    if meeting and values["yes"] and not writer and intent is not Intent.INTRODUCTION:
        # "Could you come to the open house? And if you have 30 minutes before then, I'd love to pick your
        # brain": yes to the event, and times for the call before it
        values["yes"] = _yes_to_event_and_call(str(values["yes"]), meeting, said_times)
    elif meeting and values["yes"] and not writer and not introduced:
        # "Would you join me for lunch next week? I'd also love to introduce you to Sam": yes to both
        values["yes"] = _yes_to_both(
            message,
            details,
            str(values["yes"]),
            said_times,
            acceptance(
                message,
                Intent.COFFEE_CHAT,
                details,
                variant,
                today,
                off,
                style,
                booked(taken),
                meeting_hours,
                zone,
            ),
        )


def _yes_to_both(message: Message, details: Details, introduced: str, times: list[str], when: str) -> str:
    """Yes to the sender's meeting, at the time they offered (`when`, "" where none is set) or else at one of
    `times`, and to the introduction (`introduced`: its yes): "I'd love to join you for lunch - would Tuesday,
    December 8 at 12:00 or ... work for you? And yes, please - I'd be glad to be introduced to Sam Ortiz."."""
    meet = MEETING_TERMS.get(details.format, A_MEETING)[1]
    at = when or (f"would {' or '.join(times)} work for you?" if times else "")
    person = next((p for p in details.attendees if p.split()[0].lower() not in message.from_name.lower()), "")
    intro = introduced.rstrip(".")
    if person and intro.endswith("introduced"):
        intro = f"{intro} to {person}"
    return f"I'd love to {meet}{' - ' + at if at else '.'} And {intro[:1].lower()}{intro[1:]}."


def _yes_to_event_and_call(yes: str, meeting: str, times: list[str]) -> str:
    """The yes to an event or a talk (`yes`), then to the sender's own call asked beside it (`meeting`, their
    sentence) at one of `times`: "I'd be glad to join - see you on Saturday, January 23, 10 am to 1 pm. And I'd
    be happy to have a call before then - would Friday, December 4 at 12:00 pm or ... work for you?"."""
    said = meeting.lower()
    meet = next(
        (terms[1] for kind, terms in MEETING_TERMS.items() if re.search(rf"\b{kind}\b", said)),
        "have a quick call",
    )
    at = f" - would {' or '.join(times)} work for you?" if times else "."
    first = " before then" if re.search(r"\b(?:before|first|beforehand)\b", said) else ""
    offered = _OFFERED_BY.match(meeting)
    if offered:  # "Dr. Okafor would be glad to meet you beforehand": whom the user meets is theirs to name
        return f"{yes.rstrip()} And I'd be glad to meet {offered.group('who')}{first}{at}"
    return f"{yes.rstrip()} And I'd be happy to {meet}{first}{at}"


# Who offers the meeting, where it is someone the sender names: "Dr. Okafor would be glad to meet you beforehand".
_OFFERED_BY = re.compile(
    r"(?P<who>(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Mx)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:would|will)\s+be\s+(?:very\s+)?(?:glad|happy|delighted|pleased|keen)\s+to\b"
)


# Several times offered, each with its hour: "Thursday, December 3 at 9:00 am or Friday, December 4 at 12:45 pm".
_SEVERAL_TIMES = re.compile(
    r"\d(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\b.*\bor\b.*\b\d{1,2}(?:[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)


# What is done with the user rather than for them: "a quick Q&A takeover with you one evening".
_TOGETHER = re.compile(r"\b(?:with you|together|takeover|q&a|live|interview|call|chat)\b", re.IGNORECASE)
_DONE_TOGETHER = {
    "takeover": "the takeover",
    "q&a": "the Q&A",
    "live": "the live session",
    "interview": "the interview",
    "call": "a call",
    "chat": "a chat",
}


def _relayed_to(message: Message, details: Details, profile: Profile) -> str:
    """The yes to an offer someone else relays with the offerer's own contact ("I'd be glad to meet Tom - I'll
    give him a call."), or "" where the message relays none or names nobody to meet."""
    relayed = relayed_offer(message)
    if relayed is None:
        return ""
    own = fold(profile.user.name.split()[0]) if profile.user.name.strip() else ""
    sender = fold(first_name(message))
    for person in details.attendees:
        names = [w for w in person.split() if w.rstrip(".").lower() not in HONORIFICS]
        if names and fold(names[0]) not in (own, sender) and len(names) > 1:
            how, whom = relayed
            action = f"give {whom} a call" if how == "call" else f"email {whom} directly"
            return f"I'd be glad to meet {names[0]} - I'll {action}."
    return ""


def _taken_over_from(message: Message, intent: Intent) -> str:
    """The first name of whoever wrote the enquiry a forwarder hands to the user to handle ("can you handle
    it?"), or ""."""
    if intent is not Intent.INTRODUCTION or not forwarded_part(message) or not handed_over(message.own_text):
        return ""
    names = [w for w in forwarded_sender(message)[0].split() if w.rstrip(".").lower() not in HONORIFICS]
    return names[0] if names else ""


def _write_to_them_directly(message: Message, user: User | None = None) -> str:
    """The first name of whoever wrote the note a forwarder passes on with "email him directly", or that a
    colleague of the `user` (at their address's domain or one of their `own_domains`) forwards from outside: an offer is answered to
    whoever made it; ""."""
    name, address = passed_on(message)
    if (
        not address
        and user is not None
        and user.at_own_domain(message.from_addr)
        and not forwards_own_mail(message)
    ):
        name, address = forwarded_sender(message)
        name = name if address and not user.at_own_domain(address) else ""
    names = [w for w in name.split() if w.rstrip(".").lower() not in HONORIFICS]  # "Dr Tom Keane": Tom
    return names[0] if names else ""


def _introduced(message: Message, intent: Intent, details: Details, profile: Profile) -> str:
    """The first name of the person an introducer has just introduced and copied on it ("Dana - meet Priya
    Natarajan"), to whom the times are offered; "" where the sender asks to be introduced, or nobody else is
    on the message."""
    if intent is not Intent.INTRODUCTION:
        return ""  # the people brought in to anything else are greeted, not introduced
    # the reply goes to whoever outgoing copies on it: no LinkedIn name, never a list of many
    copied = copied_on_reply(message, profile.user.email, intent.value, "accept", profile.user.name)
    if not copied:
        return ""
    own = fold(profile.user.name.split()[0]) if profile.user.name.strip() else ""
    named = [p.split()[0] for p in details.attendees if fold(p.split()[0]) != own]  # never the user
    # the name the Cc header gives the person introduced ("Priya Raman <pr@...>"), said in the text or not
    headed = [n for n in (copied_first_name(message, a, own) for a in copied) if n]
    for first in headed:
        if re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", message.own_text):
            return first
    # the copied address spells the person introduced ("aisha.bello@"), named or only greeted in the text
    spelled = [re.split(r"[._+-]", a.partition("@")[0])[0] for a in copied]
    for first in spelled:
        if len(first) > 1 and fold(first) != own:
            if any(fold(n) == fold(first) for n in named):
                return next(n for n in named if fold(n) == fold(first))
            if re.search(rf"\b{re.escape(first.title())}\b", message.own_text):
                return first.title()
    if named:
        return named[0]
    if headed:  # "Looping in my colleague (cc'd)": named by the header alone
        return headed[0]
    # "h.achterberg@": an initial and a surname; the first name is the one the subject or the text writes before
    # it ("Introduction: Amara Osei <> Helen Achterberg")
    said = f"{message.subject}\n{message.own_text}"
    for address in copied:
        for surname in re.split(r"[._+-]", address.partition("@")[0])[1:]:
            if len(surname) > 2:
                # a first name, hyphens and accents and all ("Marc-André Fortin"), never a firm ("Maison Fortin")
                before = re.finditer(rf"(?<![\w-])([^\W\d_][\w'-]*)\s+{re.escape(surname.title())}\b", said)
                firsts = [
                    f.group(1)
                    for f in before
                    if f.group(1)[:1].isupper()
                    and fold(f.group(1)) != own
                    and not names_a_place_or_organisation(f.group(1))
                ]
                if firsts:
                    return next((first for first in firsts if is_given_name(first)), firsts[0])
    return ""


def _donation_asked(message: Message, verdict: Verdict) -> DonationAsked | None:
    """The gift and the fundraiser of a donation request decided as one (a yes, a no, or a no by the user's cap
    on donations); None for anything else."""
    capped = verdict.reason_code == "never_do" and donation_cap(verdict.never_rule) is not None
    if verdict.reason_code != DONATION and not capped:
        return None
    text = f"{message.subject}\n{message.own_text}"
    asked = donation_asked(text)
    return what_is_asked(asked, text) if asked else None


# When a donation is wanted by: "donations are due December 1", "we need items by Friday 4 December".
_WANTED_BY = re.compile(
    r"\b(?:due|needed|need (?:it|them|items|prizes|donations)|by|before)\s+(?:on\s+|by\s+)?(?P<when>"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?))\b",
    re.IGNORECASE,
)


def _donation_reply(
    donation: DonationAsked, verdict: Verdict, text: str = ""
) -> tuple[str, tuple[str, ...], dict[str, object]]:
    """Template, steps and values of the reply to a donation request."""
    ask = f"your note about {donation.fundraiser}"
    if verdict.decision is Decision.ACCEPT:
        wanted = _WANTED_BY.search(" ".join(text.split()))
        yes = (
            f"I'd be happy to donate {donation.thing}, and I'll have it to you by {wanted.group('when')}. "
            "Where should I send it?"
            if wanted
            else f"I'd be happy to donate {donation.thing}. Where and by when should I send it?"
        )
        return "accept.j2", ("accept",), plain_yes(ask, yes)
    cap = donation_cap(verdict.never_rule) if verdict.never_rule else None
    reason = cap_reached_reason(cap) if cap else "I'm not able to donate this time, so I'll have to pass."
    values: dict[str, object] = {
        "ask": ask,
        "honest_reason": reason,
        "offer": Offer("next_time") if cap else None,
        "answers": [],
        "wish_for": donation.fundraiser,
    }
    return "decline.j2", ("honest_reason", "offer_resource") if cap else ("honest_reason",), values


def _reply_subject(message: Message, channel: str) -> str:
    """ "Re: ..." of theirs; none in a direct message (LinkedIn, Instagram...), whose conversation title or the
    "Instagram DM" the user pasted is not a subject to answer under."""
    if not message.subject or is_dm(channel):
        return ""
    return message.subject if message.subject.lower().startswith("re:") else f"Re: {message.subject}".strip()
