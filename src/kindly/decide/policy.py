"""The decision itself: accept, ask for details, decline or ignore - always with its reason as data."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from kindly.amounts import AN_AMOUNT
from kindly.channels import is_dm
from kindly.decide.assess import (
    Assessment,
    assess,
    brokered_consult_in,
    cost_to_attend_in,
    donation_asked_in,
    evidence_text,
    free_advice_rule,
    pays_you_in,
    reference_asked_in,
    scam_in_message,
    site_visit_in,
)
from kindly.decide.audience_gap import AUDIENCE_GAP, far_smaller_swap
from kindly.decide.bulk_pitch import bulk_pitch
from kindly.decide.candidates import asks_for_work, job_contact, job_resource
from kindly.decide.care import care_asked, hard_news
from kindly.decide.categories import detect_categories, same_category
from kindly.decide.client_bounds import from_a_client_the_rule_keeps_away
from kindly.decide.client_need import (
    CLIENT_REQUEST,
    introduced_buyer,
    raise_off_the_goal,
    referral_partner,
    says_their_people_need,
)
from kindly.decide.client_service import CLIENT_SERVICE, client_service_asked
from kindly.decide.commitment import recurring_commitment
from kindly.decide.costs import own_expenses, stall_for_sale
from kindly.decide.digest import events_digest
from kindly.decide.discount_asked import DISCOUNT_ASKED, discount_asked
from kindly.decide.donation import DONATION, donation_rule
from kindly.decide.fees import board_seat_sold, pays_you
from kindly.decide.fit import (
    IN_THE_GOALS_FIELD,
    PAID_WORK_ASKS,
    ROLE_AIMED_FOR,
    TIP_OFFERED,
    TRADE_MET_OVER,
    best_fit,
    offers_a_mentor,
    seeks_a_role,
    seeks_work,
    share_of_theirs,
)
from kindly.decide.fit_reading import clients_of, domain_label, greets_a_group, spelled_by, writes_at
from kindly.decide.form_letter import announced_to_a_role
from kindly.decide.gatherings import peer_group_asked
from kindly.decide.impersonation import IMPERSONATION, impersonation_cue
from kindly.decide.industry import industry_engagement
from kindly.decide.last_note import last_note
from kindly.decide.mentoring import advice_topic
from kindly.decide.newsroom_mail import correction_demanded
from kindly.decide.open_gathering import organised_gathering
from kindly.decide.own_proposal import OWN_PROPOSAL, own_proposal_call
from kindly.decide.plain_mail import answers_in, prospective_client, provider_offered
from kindly.decide.press import for_pitches, press_pitch
from kindly.decide.providers import ProviderHit
from kindly.decide.reference import REFERENCE, what_is_asked, worked_together
from kindly.decide.referral import (
    DirectoryEntry,
    already_has,
    asked_for,
    asks_for_recommendation,
    best_resource_match,
    each_asked_for,
    made_for,
    own_meeting,
    rank,
)
from kindly.decide.representative import representative_asked
from kindly.decide.rule_parts import recruiter_terms_met, you_never_do
from kindly.decide.rule_whom import names_writers
from kindly.decide.rules import (
    KEEPS_ITS_DATE,
    PAID_INSTEAD,
    SPARED,
    asks_alone,
    award_for_sale,
    charge_read_as_unpaid,
    charges_to_appear,
    favour_asked,
    feature_for_sale,
    is_stranger,
    never_do_marks,
    never_rule_hit,
    only_a_reunion,
    only_a_treat,
    personal_cue,
    pitchs_own,
    rule_exemption,
    rule_marks,
    speaker_paid,
)
from kindly.decide.rules.unstated import detail_unstated
from kindly.decide.scams import Scam
from kindly.decide.selling import offers_for_sale, priced_offer, says_what_they_sell
from kindly.decide.source_pitched import source_on_the_beat
from kindly.decide.story_review import STORY_REVIEW, reports_the_news, story_review_asked
from kindly.decide.submissions import submissions_page, work_submitted
from kindly.decide.thanks_note import thanks_with_a_loose_plan
from kindly.decide.thread import quotes_the_user
from kindly.decide.trade_offered import trade_offered
from kindly.decide.unshown_condition import UNSHOWN_CONDITION, condition_unshown
from kindly.decide.urgent_case import urgent_case
from kindly.decide.vendor_events import seller_hosted
from kindly.decide.when_alone import when_alone
from kindly.decide.words import (
    alphanumeric,
    claims_an_office,
    content_stems,
    fold,
    from_an_organisation,
    names_a_role,
    phrase_in,
)
from kindly.decide.work_offered_to_you import work_offered
from kindly.forwarded import forwarded_part, forwarded_sender, forwards_own_mail
from kindly.model import Decision, DecisionMark, GoalFit, Intent, Message, Referral, Understanding, Verdict
from kindly.profile import GoalKind, Profile, Provider
from kindly.understand.classify import mutual_referrals, only_connects
from kindly.understand.language import (
    NOT_ENGLISH_ASK,
    asks_by_its_form,
    asks_in_another_language,
    language_of,
    moments_and_places,
    names_its_hour,
    partly_english,
    reads_as_english,
    to_answer_by,
)
from kindly.understand.languages import Words
from kindly.understand.plain_forms import (
    consultation_asked,
    ideas_in,
    meeting_asked,
    own_matter,
    services_offered,
    thanks_or_receipt,
    time_asked,
    words_of,
)
from kindly.understand.questions import questions
from kindly.understand.time_confirmed import a_reply, time_confirmed

ACCEPT_AT = 0.55  # fit from which an invitation is worth the time
RELATED_AT = 0.3  # below this nothing in the profile is served at all
CLIENT_ACCEPT_AT = 0.45  # a prospective client's fit from which a call to scope the work is worth it
# reason code of a yes whose week is full ("...: propose a later time."): what it rests on is Verdict.grounds
ACCEPT_LATER = "accept_later"
# reason code of a no to what is only loosely related, in a week already full
NO_CAPACITY = "no_capacity"
# how the evidence of a "pays_to_appear" no opens where what is sold is an award's place or a place to sell from
# ("award for sale: ...", 'pays to take part: "booth fee is $650"'): the reply says which was sold
AWARD_FOR_SALE = "award for sale:"
# how the evidence of a "pays_to_appear" no opens where what is sold is a feature of the user's own work
FEATURE_FOR_SALE = "feature for sale:"
# a feature sold that includes a review ("a guaranteed 90+ point review"): a review bought is no review
_A_REVIEW = re.compile(r"\breviews?\b", re.IGNORECASE)
# intents under which a publication may sell the user a feature of their own work (an interview in a feature sold
# to the user reads as an invitation to speak)
_FEATURES_SOLD = frozenset({Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL, Intent.SPEAKING_INVITATION})
# reason code of a pitch for a trade the user has a provider for only in another region (ask what they have in mind)
OTHER_REGION = "other_region"
PAYS_TO_TAKE_PART = "pays to take part:"

# Rough hours an accepted invitation costs, travel and preparation included.
HOURS: dict[Intent, float] = {
    Intent.COFFEE_CHAT: 1.0,
    Intent.MENTORSHIP_REQUEST: 1.0,
    Intent.INTRODUCTION: 0.5,
    Intent.CLIENT_INQUIRY: 1.0,
    Intent.PARTNERSHIP_PROPOSAL: 1.0,
    Intent.EVENT_INVITATION: 3.0,
    Intent.SPEAKING_INVITATION: 4.0,
    Intent.COMMUNITY_INVITATION: 2.0,
    Intent.RECRUITING: 1.0,
    Intent.SALES_PITCH: 0.5,
}


# Formats whose stated length is the whole of it, with a little preparation: a 45-minute recording is not a
# half-day talk. A keynote or a panel keeps its intent's hours (travel, preparation).
_SHORT_FORMATS = frozenset({"podcast", "interview", "call", "video call", "webinar", "coffee"})
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "fifteen": 15, "twenty": 20, "thirty": 30}
_LENGTH = re.compile(
    r"(\d+(?:\.\d+)?|an?|one|two|three|fifteen|twenty|thirty|forty[- ]five|sixty|half an?)[ -]?(minute|min|hour|hr)"
)


_QUICK_PIECES = {"comment": 0.5, "feature": 0.5}


# What any other stated length costs on top of itself: getting there and back, and getting ready.
_AROUND_IT = 1.0


def stated_hours(fmt: str, duration: str, usual: float | None = None) -> float | None:
    """Hours an ask takes by its own stated length: a short remote one with a little preparation ("45 minutes" of
    podcast recording: 1.25), anything else with travel and preparation besides ("a 20-minute talk": 1.25, "30
    minutes is plenty" for a lunch-and-learn: 1.5, not a talk's usual afternoon), never more than its kind's
    `usual` hours, which count travel already; None where no length is said."""
    found = _LENGTH.search(duration.lower())
    if found is None:
        # a comment for a journalist or a few lines for a feature takes half an hour, not a talk's afternoon
        return _QUICK_PIECES.get(fmt)
    amount, unit = found.group(1), found.group(2)
    if amount.startswith("half"):
        value = 0.5 if unit.startswith("h") else 0.0
    elif amount.startswith("forty"):
        value = 45.0
    elif amount == "sixty":
        value = 60.0
    else:
        value = float(amount) if amount[:1].isdigit() else float(_NUMBER_WORDS[amount])
    hours = value / 60 if unit.startswith("m") else value
    if not 0 < hours <= 8:
        return None
    if fmt not in _SHORT_FORMATS:
        around = round((hours + _AROUND_IT) * 4) / 4
        return min(around, usual) if usual is not None else around
    preparation = 0.5 if fmt in ("podcast", "interview", "webinar") else 0.0
    return round((hours + preparation) * 4) / 4


def networking_hours(intent: Intent) -> float:
    """Hours an accepted invitation takes from the weekly networking budget: a prospective client is paid
    work, not networking (it still needs free time in the calendar)."""
    return 0.0 if intent is Intent.CLIENT_INQUIRY else HOURS.get(intent, 1.0)


# A subject that names a step of a hiring process: "Phone screen: Data Scientist", "Interview: Senior Data Scientist".
_AN_INTERVIEW = re.compile(
    r"\b(?:interview\w*|phone screen\w*|screening call|recruiter screen\w*)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the store knows beyond the message itself."""

    known_sender: bool = False  # a contact: the user wrote to them, or they are a connection
    hours_committed: float = 0.0  # hours already accepted in the week of this invitation
    free_hours: float | None = None  # free working hours that week by the user's calendar, when given
    directory: tuple[DirectoryEntry, ...] = ()  # people the user can recommend
    away_on: str = ""  # the day it is for, if the user does not meet then: "Monday, December 28 (a day off)"
    hours: float | None = None  # what it takes by its own stated length ("a 45-minute recording"), if said
    personal_thread: bool = False  # the sender's earlier message in this thread was personal plans
    users_mail: str = ""  # the user's own words this message answers, where the mailbox holds them
    # the sender's own earlier words in this thread ("We offer an honorarium of $750"), which a reply builds on
    earlier_said: str = ""
    # donation requests said yes to in the period of the profile's cap on donations (message ids, in order)
    donations_said_yes: tuple[int, ...] = ()
    # the goal's target organisation earlier mail from the sender's domain named ("PCVB"), where it did
    domain_known_as: str = ""
    # the introduction the user said yes to that brought this sender in (Cc'd or addressed in it), where one did:
    # who made it ("Dr Sarah Lindqvist's introduction (#19)"), the goal it served and how well
    introduced: Introduction | None = None


@dataclass(frozen=True, slots=True)
class Introduction:
    """An introduction the user said yes to, as the person it introduced writes on their own: who made it, and
    the goal it served (by index in the profile) with its fit."""

    made_by: str
    goal_index: int
    fit: float
    message_pk: int = 0  # the introduction's own message


# The user's own people, as an introduction asked for names them: "your customers' heads of logistics", "a few of
# your clients", "your portfolio companies", "your network".
_YOUR_OWN_PEOPLE = re.compile(
    r"\byour\s+(?:own\s+)?(?:[\w-]+\s+)?(?:customers?|clients?|users?|buyers?|accounts|portfolio|network|"
    r"contacts)(?:'|’)?(?=\W|$)",
    re.IGNORECASE,
)


def _your_own_people_asked(message: Message, intent: Intent) -> str:
    """The words by which the sender asks to be introduced to the user's own customers or contacts, or ""."""
    if intent is not Intent.INTRODUCTION:
        return ""
    wanted = asked_for(message.own_text)
    found = _YOUR_OWN_PEOPLE.search(wanted) if wanted else None
    return found.group(0) if found else ""


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


_NOUNS = {
    Intent.SALES_PITCH: "A sales pitch",
    Intent.RECRUITING: "A recruiter's approach",
    Intent.COFFEE_CHAT: "A coffee invitation",
    Intent.EVENT_INVITATION: "An event",
    Intent.SPEAKING_INVITATION: "A speaking invitation",
    Intent.MENTORSHIP_REQUEST: "A request for advice",
    Intent.INTRODUCTION: "An introduction",
    Intent.PARTNERSHIP_PROPOSAL: "A partnership proposal",
    Intent.COMMUNITY_INVITATION: "An invitation to join a group",
    Intent.CLIENT_INQUIRY: "A client enquiry",
}


# What the person introduced asks for that is the meeting the introduction set up.
_MEETINGS_INTRODUCED = frozenset(
    {Intent.COFFEE_CHAT, Intent.WORK_MEETING, Intent.MENTORSHIP_REQUEST, Intent.INTRODUCTION}
)


def _as_introduced(
    introduced: Introduction, best: GoalFit | None, fits: tuple[GoalFit, ...]
) -> tuple[GoalFit | None, tuple[GoalFit, ...]]:
    """The fits of a meeting asked by someone an introduction brought in: the goal the introduction served counts
    at least as much as it did there, and says why."""
    why = f"{introduced.made_by}, which you said yes to, brought them in (fit {introduced.fit:.2f})"
    weighed = tuple(
        replace(f, score=max(f.score, introduced.fit), evidence=(why, *f.evidence))
        if f.goal_index == introduced.goal_index
        else f
        for f in fits
    )
    ranked = max(weighed, key=lambda f: f.score, default=best)
    return ranked, weighed


def _as_buyer_introduced(
    wanted: str, best: GoalFit | None, fits: tuple[GoalFit, ...]
) -> tuple[GoalFit | None, tuple[GoalFit, ...]]:
    """The fits of an introduction whose introducer says the people introduced want the user's work ("who ... want
    to renovate it"): the best find-clients goal is touched at least (RELATED_AT), whatever words the rest of the
    mail shares with it, and says why."""
    clients = [f for f in fits if f.kind == GoalKind.FIND_CLIENTS.value]
    if not clients:
        return best, fits
    top = max(clients, key=lambda f: f.score)
    if top.score >= RELATED_AT:
        return best, fits
    why = f'the introducer says they want your work ("{wanted[:80]}")'
    weighed = tuple(
        replace(f, score=RELATED_AT, evidence=(why, *f.evidence)) if f is top else f for f in fits
    )
    return max(weighed, key=lambda f: f.score, default=best), weighed


def _goal_name(fit: GoalFit) -> str:
    return _named_goal(fit.kind, fit.description)


def _named_goal(kind: str, description: str) -> str:
    """A goal as a reason names it: 'your find clients goal "Referrals from community organisations, ..."'."""
    clipped = description if len(description) <= 60 else description[:57].rstrip() + "..."
    return f'your {kind.replace("_", " ")} goal "{clipped}"'


def _is_user(message: Message, profile: Profile) -> bool:
    if message.from_addr and message.from_addr.lower() == profile.user.email.lower():
        return True
    # LinkedIn exports and DMs pasted from an app name senders but carry no e-mail address.
    return is_dm(message.channel) and message.from_name.strip().lower() == profile.user.name.lower()


MEETING_WANTED_AT = 0.45  # a goal that fits this well wants the meeting itself, not a link in its place
REFER_AT = 0.6  # a directory entry must match the request at least this well to be recommended


def _representative_for(
    message: Message, intent: Intent, profile: Profile, best: GoalFit | None, target_person: bool
) -> tuple[Referral, str] | None:
    """A brand or an agency asking a represented user's rates ("Could you send over your rate card?"): pointed to
    the talent manager or agent who settles them, not offered a meeting; the referral and its reason."""
    if target_person or intent not in _ASKS_TERMS or best is None or best.kind != GoalKind.FIND_CLIENTS.value:
        return None
    agent = representative_asked(profile.providers, message.own_text)
    if agent is None:
        return None
    why = f'They ask for "{agent.asked}"; {agent.name} handles that for you ({agent.category}).'
    return Referral(agent.name, agent.category, agent.contact), why


_ASKS_TERMS = frozenset({Intent.CLIENT_INQUIRY, Intent.PARTNERSHIP_PROPOSAL})


def _referral(
    message: Message, text: str, intent: Intent, profile: Profile, context: Context, wanted: bool = False
) -> tuple[Referral, str, str] | None:
    """Someone in the directory, or one of the user's resources, who serves the request better than a meeting."""
    if asks_for_recommendation(message.own_text) and context.directory:
        matches = rank(message.own_text, context.directory, limit=1)
        if matches and matches[0].score >= REFER_AT:
            entry = matches[0].entry
            detail = ", ".join(part for part in (entry.organisation, entry.category) if part)
            return (
                Referral(entry.name, detail, entry.contact),
                f"{entry.name} in your referral directory serves this better ({matches[0].why}).",
                "refer_directory",
            )
    wanted_all = each_asked_for(f"{message.subject}\n{message.own_text}")
    trades = [category for wanted in wanted_all for category, _ in detect_categories(wanted)]
    for category in trades:
        # "Could you introduce me to your financial planner?": the user's own provider, where the directory
        # (kept for referrals) has no one; the kind is read in what is asked for, not in the sender's own trade
        for provider in profile.providers:
            if same_category(provider.category, category):
                return (
                    Referral(provider.name, provider.category, ""),
                    f"They ask for {provider.category}; you work with {provider.name} and can introduce them.",
                    "refer_provider",
                )
    named = (
        _provider_named(profile, f"{message.subject}\n{message.own_text}")
        if wanted_all and not trades
        else None
    )
    if named is not None:
        # "I gather you moved to Clerkwise - could you put me in touch with whoever you deal with there?" (an ask
        # that names a trade is for that trade: "Maria suggested I write - could you recommend a web designer?")
        return (
            Referral(named.name, named.category, ""),
            f"They ask about {named.name}, whom you work with for {named.category}: you can introduce them.",
            "refer_provider",
        )
    # a proposal from the very people a resource is for ("university researchers who want to run a study in a
    # school" to a professor proposing a study at the school): the way the user set out for them answers it
    if intent is Intent.PARTNERSHIP_PROPOSAL and not wanted and not offers_for_sale(text):
        resource = made_for(profile.resources, f"{message.subject}\n{message.own_text}")
        if resource is not None:
            return (
                Referral(resource.title, resource.description, resource.link),
                f'Your resource "{resource.title}" is for people like them ("{resource.helps}"): it answers this'
                " better than a meeting.",
                "refer_resource",
            )
    # someone who has read what the user wrote asks what it does not answer: another resource is no answer
    read_already = any(already_has(r, text) for r in profile.resources)
    # an introduction made ("Kenji, meet Priya, CTO of Parcelly") is answered to both people, never with a link
    asks = intent in (Intent.MENTORSHIP_REQUEST, Intent.COFFEE_CHAT) or (
        intent is Intent.INTRODUCTION and asked_for(message.own_text)
    )
    # a resource answers the help they ask for: of a coffee only its questions (not the words of a pitch, nor a
    # note that asks only for a time); a meeting a goal wants is not put off with a link
    asked = " ".join(questions(message.own_text)) if intent is Intent.COFFEE_CHAT else text
    if asks and not read_already and not wanted and asked:
        resource = best_resource_match(
            profile.resources, f"{message.subject}\n{asked}", own_address=profile.user.email
        )
        if resource is not None:
            return (
                Referral(resource.title, resource.description, resource.link),
                f'Your resource "{resource.title}" answers this better than a meeting.',
                "refer_resource",
            )
    return None


def _provider_named(profile: Profile, text: str) -> Provider | None:
    """The user's provider the message names by name ("Clerkwise", "Northstar Wealth"), if any."""
    for provider in profile.providers:
        for part in re.split(r"[,()]", provider.name):
            name = part.strip()
            if len(name) >= 4 and name[0].isupper() and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                return provider
    return None


def decide(message: Message, understanding: Understanding, profile: Profile, context: Context) -> Verdict:
    verdict = _decided(message, understanding, profile, context)
    if (
        verdict.decision is Decision.DECLINE
        and verdict.reason_code in _UNREAD_FIT
        and _unread_target(message, profile)
    ):
        # a calendar invitation in another language is weighed by its event, but a fit read off words kindly
        # cannot read is no fit where the invitation names a goal's target all the same: an interview on
        # Spanish-language radio ("Entrevista en vivo ...", at "Radio Caracol Miami") is never turned down for
        # serving "none of your goals"; it is the user's to read first
        said = f"A calendar invitation whose note is in {language_of(message.own_text)}, which kindly cannot read"
        return _left_to_read(message, profile, said, invitation=True)
    meeting = own_meeting(message, understanding.intent)
    if meeting and verdict.decision is Decision.ACCEPT:
        # "Would you join me for lunch next week? I'd also love to introduce you to Sam": two asks, one yes
        who = _third_person_meeting(meeting)
        asks = f"They also offer you a meeting with {who}" if who else "They also ask you to meet them"
        why = f'{verdict.reason} {asks} ("{meeting}"): the yes answers both.'
        return replace(verdict, reason=why)
    return verdict


# A meeting offered with someone else: "Dr. Okafor would be glad to meet you beforehand", "Sam can meet you".
_SOMEONE_ELSE_MEETS = re.compile(
    r"^\s*(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+"
    r"(?:would|will|could|can|'d|is|are|may|might)\b"
)
_NOT_SOMEONE_ELSE = frozenset(
    {"i", "we", "it", "this", "that", "they", "you", "would", "could", "can", "let"}
)


# Readings an expert network's call for its client may wear: a recruiter's (a role-like ask), a seller's, a chat, a
# talk ("would like to speak with you for a paid 45-minute call").
_READ_AS_A_CONSULT = frozenset(
    (
        Intent.SPEAKING_INVITATION,
        Intent.RECRUITING,
        Intent.SALES_PITCH,
        Intent.COFFEE_CHAT,
        Intent.MENTORSHIP_REQUEST,
        Intent.WORK_MEETING,
    )
)


# Asks a pitch for coverage may wear: a talk ("would be happy to speak on background"), a coffee, drinks.
_PRESS_PITCHED = frozenset((Intent.SPEAKING_INVITATION, Intent.COFFEE_CHAT, Intent.EVENT_INVITATION))
PRESS_PITCH = "press_pitch"


def _third_person_meeting(meeting: str) -> str:
    """Whom a meeting is offered with where the sender offers someone else's time ("Dr. Okafor would be glad to
    meet you beforehand": "Dr. Okafor"), or "" where it is the sender's own ("I'd love to meet")."""
    found = _SOMEONE_ELSE_MEETS.match(meeting)
    if found is None or found.group("who").split()[0].lower() in _NOT_SOMEONE_ELSE:
        return ""
    return found.group("who")


def _in_another_language(message: Message, understanding: Understanding, profile: Profile) -> Verdict | None:
    """A mail kindly cannot read is left to the user, whatever the model made of its few English words: mostly
    in another language, or partly where the English part alone says no clear ask ("Je pars un collectif ...,
    first meeting is Tuesday at 3pm. Tu serais partante?"). One that looks like an invitation (its language's
    words for one, or a goal's target) says so, to be read first: kindly cannot translate, so it never answers
    one in English on a misreading."""
    if (
        message.event is not None
        and message.event.method.upper() == "REQUEST"
        and understanding.is_invitation
    ):
        return None  # a calendar invitation is weighed by its event, whatever language its note is in
    text = message.own_text
    if reads_as_english(text):
        unclear = not understanding.is_invitation or understanding.purpose_clear is False
        if not (unclear and partly_english(text)):
            return None
        said = f"Partly in {language_of(text)}, which kindly cannot read"
    else:
        said = f"Not in English (it reads as {language_of(text)}), which is all kindly reads"
        if read := _read_in_its_language(message, understanding, profile):
            return read
    return _left_to_read(message, profile, said)


# what a decision on a mail in another language rests on: the few ideas kindly reads in its words ("read in
# Spanish:")
READ_IN = "read in {}:"


def _read_in_its_language(message: Message, understanding: Understanding, profile: Profile) -> Verdict | None:
    """A mail in a language kindly has a table of words for (Spanish, French) decided where the little kindly
    reads of it is plain: a thank-you or a receipt that asks nothing; else it asks something (its words for asking,
    meeting or paying) and either a never-rule covers what it offers, read in its words ("Pague solo por cada
    prospecto" is paid lead generation), or a seller offers a trade the user has a provider for, or a prospective
    client asks for a consultation, or it names a goal's target, or comes from one, in its words ("Parroquia" for
    churches, "programa de radio" for radio). Such an invitation with a day and an hour kindly can read is a yes,
    without one it asks for them; anything else is left to the user to read."""
    text = message.own_text
    words = words_of(text)
    if words is None:
        return None  # kindly has no words for its ideas in this language
    language = words.name
    ideas = ideas_in(text)
    whole = f"{message.subject}\n{text}"
    cues = asks_in_another_language(whole)
    read = tuple(f'{READ_IN.format(language)} "{said}" as "{english}"' for said, english in ideas)
    if a_reply(message) and (taken := time_confirmed(words, text)):
        # "Donderdag 10 december om 14.30 uur past mij goed": the time she proposed, taken, as its English twin
        # ("Thursday at 2:30pm works for me") is read; one that asks more beside it is left to her to read
        why = f'Not an invitation: nothing is asked of you (read in {language}: "{taken}", a time confirmed).'
        return Verdict(Decision.IGNORE, why, "not_invitation", evidence=read)
    if not cues:
        return None
    if not (asks_by_its_form(whole) or consultation_asked(words, text)) and (
        thanks := thanks_or_receipt(words, text, asks_in_another_language(text))
    ):
        # "Muchas gracias por la consulta de ayer", "Gracias por su pago ... por la llamada": the noun of a
        # meeting in a thank-you or a receipt, which asks nothing, as its English twin is read
        why = f'Not an invitation: nothing is asked of you (read in {language}: "{thanks}", and no question).'
        return Verdict(Decision.IGNORE, why, "not_invitation", evidence=read)
    said = ", ".join(f'"{word}"' for word, _ in ideas[:3])
    glossed = " ".join(english for _, english in ideas)
    code = f"read_in_{language.lower()}"
    # a parish or a radio show that asks for a "cita" about its invitation is a goal's target (below), not a
    # client; a client who says who they are ("Je suis travailleuse autonome") may name one too
    client = prospective_client(message, profile, words)
    # a client who names their own matter and asks for a consultation is one, though they name the clients a goal
    # looks for ("selbstständige Grafikdesignerin", "travailleuse autonome"): a yes with times, not their day and
    # hour asked of them (a parish asking a "cita" about its talk names no matter of its own: a target)
    asking = bool(
        client and own_matter(words, text) and (consultation_asked(words, text) or time_asked(words, text))
    )
    target = _target_in_its_words(message, profile, words, cues, ideas, said, read, a_client_asking=asking)
    if ideas and (never := never_rule_hit(profile, glossed, understanding.intent)):
        rule, _notes = never
        if client and free_advice_rule(rule):
            # "¿Usted me puede decir por correo ...? no necesito contratar": a client, offered a consultation
            why = (
                f'In {language}: a prospective client ("{client}") asks for advice ({said}). '
                f"{you_never_do(_as_yours(rule))}: the reply offers a consultation instead, in a short reply in {language}."
            ) + _unsaid_in(profile, words, ideas)
            marks = frozenset({DecisionMark.PAID_INSTEAD, DecisionMark.CLIENT_CONSULTATION})
            evidence = (*read, f"{PAID_INSTEAD} {rule}")
            return Verdict(
                Decision.ACCEPT, why, code, never_rule=rule, evidence=evidence, marks=marks, hours=0.0
            )
        why = f"{you_never_do(_as_yours(rule))}: read in its {language} words ({said})."
        return Verdict(Decision.DECLINE, why, "never_do", never_rule=rule, evidence=read, hours=0.0)
    if provider := provider_offered(message, profile, words, ideas):
        shown = next((word for word, english in ideas if english == provider.phrase), provider.phrase)
        why = (
            f'A pitch for {provider.category}, read in its {language} words ("{shown}"); you already work with '
            f"{provider.provider}."
        )
        return Verdict(
            Decision.DECLINE,
            why,
            "has_provider",
            provider=provider.provider,
            provider_category=provider.category,
            evidence=read,
            hours=0.0,
        )
    if target is not None:
        return target
    if client and (asked := consultation_asked(words, text) or time_asked(words, text)):
        # "Quisiera agendar una consulta sobre la residencia de mi esposo, ¿cuánto cuesta?": paid work asked for;
        # so is a client's "Haben Sie Zeit für ein Gespräch? Es geht um die Steuererklärung meines Cafés"
        goal = next(g for _, g in profile.goals_by_priority() if g.kind is GoalKind.FIND_CLIENTS)
        why = (
            f'In {language}: a prospective client asks for a consultation ("{asked}"), for '
            f"{_named_goal(goal.kind, goal.description)}: a yes, in a short reply in {language} that asks the day "
            "that suits them."
        ) + _unsaid_in(profile, words, ideas)
        marks = frozenset({DecisionMark.CLIENT_CONSULTATION})
        return Verdict(Decision.ACCEPT, why, code, evidence=read, hours=0.0, marks=marks)
    offer = services_offered(words, text)
    if offer and (meeting := meeting_asked(words, whole)) and not own_matter(words, text):
        # "Soy consultor de recursos humanos ... ¿Le gustaría una reunión ...?": someone selling their services
        # asks to meet, and names none of the goals' targets in the words kindly reads
        why = (
            f'In {language}: someone offering their services ("{offer}") asks to meet ("{meeting}") and names '
            f"none of your goals' targets in the words kindly reads: a no, in a short reply in {language}."
        )
        return Verdict(Decision.DECLINE, why, "not_a_fit", evidence=read)
    return None


def _unsaid_in(profile: Profile, words: Words, ideas: tuple[tuple[str, str], ...]) -> str:
    """What a yes in another language leaves out of the user's answers: those written only in English ("")."""
    _said, unsaid = answers_in(profile, ideas, words.code)
    if not unsaid:
        return ""
    topics = ", ".join(f'"{about}"' for about in unsaid)
    return (
        f" Your answer about {topics} is in English only, so the reply leaves it out: give its {words.name} "
        f"wording as answer_in.{words.code} in your profile to have it said."
    )


# the idea of a price asked or named, in every language's table ("¿cuánto cuesta?", "vos prix")
_PRICE = "cost fee"
_FEE_OFFERED = "honorarium"  # a fee offered to the reader, in the words understand/languages/ read


def _target_in_its_words(
    message: Message,
    profile: Profile,
    words: Words,
    cues: tuple[str, ...],
    ideas: tuple[tuple[str, str], ...],
    said: str,
    read: tuple[str, ...],
    a_client_asking: bool = False,
) -> Verdict | None:
    """An invitation in another language from a goal's target, or that names one in its words: a yes on the day and
    hour it gives, else a question for them; None where it names none, or where the target is the kind of client
    the user looks for and the mail is `a_client_asking` for a consultation (it is answered as a client's)."""
    if any(english == _PRICE for _, english in ideas) and not any(
        english == _FEE_OFFERED for _, english in ideas
    ):
        # "pourriez-vous m'envoyer une soumission avec vos prix par personne?": an order or a quote asked, which
        # a yes on its day, or a question for it, would answer on a misreading (not a fee offered to the reader:
        # "Ein Honorar von 600 € ist vorgesehen", "Ofrecemos unos honorarios de 1.000 USD")
        return None
    text = message.own_text
    language = words.name
    sender = _target_sender(profile, message)
    # the target is where the sender writes from (its subject, its signature, "Soy productora del programa ... en
    # la radio", "Le escribo de la Parroquia ...") or what the ask is for, in the sentence that asks ("invitarte al
    # programa de radio"), not a passing word ("Me recomendó su nombre una señora de la iglesia")
    asking = [
        part
        for part in re.split(r"(?<=[.!?])\s+|\n\s*\n", text)
        if asks_in_another_language(part) or words.self_said.match(part.strip())
    ]
    where = "\n".join((message.subject, message.signature, *asking))
    named_ideas = ideas_in(text, where)
    named = sender or _targets_named(profile, f"{where}\n{' '.join(english for _, english in named_ideas)}")
    if named is None or (a_client_asking and named[1] == _CLIENTS_GOAL):
        return None
    target = f'comes from "{named[0]}"' if sender else f'names "{named[0]}"'
    if not sender and _targets_named(profile, where) is None:
        own = [f'"{word}"' for word, english in named_ideas if fold(named[0]) in fold(english)]
        target += f" in its {language} words ({', '.join(own[:2]) or said})"
    shown = ", ".join(f'"{cue}"' for cue in cues[:3])
    # a day with its hour ("sábado 12 de diciembre a las 10:00", "Dienstag, den 8. Dezember um 12 Uhr"), not a day
    # to answer by ("antes del 4 de ...")
    days = [seen for seen in moments_and_places(text) if names_its_hour(seen) and not to_answer_by(seen)]
    asked = f"In {language}: it looks like an invitation ({shown}) and {target}, a target of {named[1]}"
    code = f"read_in_{language.lower()}"
    if days:
        why = f"{asked}, on {days[0]}: a yes, in a short reply in {language} (check the day is free)."
        return Verdict(Decision.ACCEPT, why, code, evidence=read)
    why = f"{asked}: asking its day and hour, in a short reply in {language}."
    return Verdict(Decision.ASK_DETAILS, why, code, evidence=read)


# The declines that rest on reading a message's words for a goal: no fit, or only a loose one.
_UNREAD_FIT = frozenset({"not_a_fit", "not_current_focus", NO_CAPACITY})


def _unread_target(message: Message, profile: Profile) -> bool:
    """Whether a calendar invitation's note is in a language kindly cannot read (its title and description), yet
    a goal's target sends it or is named in it, its place too ("Estudio B, Radio Caracol Miami": "radio")."""
    event = message.event
    if event is None or reads_as_english(f"{event.summary}\n{message.own_text}"):
        return False
    whole = f"{message.subject}\n{event.location}\n{message.own_text}"
    return _target_sender(profile, message) is not None or _named_in_any_words(profile, whole)[0] is not None


def _named_in_any_words(profile: Profile, text: str) -> tuple[tuple[str, str] | None, str]:
    """A goal's target a text names, with its goal, in English or in the words kindly reads for it in the text's
    language ("Centro Comunitario Hispano": "community centres"), and those words ("" where it is named in
    English); (None, "") where it names none."""
    if (named := _targets_named(profile, text)) is not None:
        return named, ""
    ideas = ideas_in(text)
    named = _targets_named(profile, " ".join(english for _, english in ideas))
    if named is None:
        return None, ""
    return named, next((said for said, english in ideas if fold(named[0]) in fold(english)), "")


def _left_to_read(message: Message, profile: Profile, said: str, *, invitation: bool = False) -> Verdict:
    """A message in a language kindly cannot read, left to the user with what it can tell: whether it looks like an
    invitation or a request, whether a goal's target sends it or is named in it, and the days, hours and streets
    it names. `said` says why it is not read ("Not in English (it reads as Spanish), which is all kindly reads");
    an `invitation` (a calendar invitation's) asks for an answer whatever its words."""
    text = message.own_text
    # a calendar invitation's place is part of what it says: "Estudio B, Radio Caracol Miami"
    place = message.event.location if message.event is not None else ""
    whole = f"{message.subject}\n{place}\n{text}" if place else f"{message.subject}\n{text}"
    cues = asks_in_another_language(whole)
    # who writes is read as for English mail: their name, their address, where their signature says they work
    sender = _target_sender(profile, message)
    # the days, hours and streets it names, which kindly can read in German, French and Spanish
    seen = moments_and_places(text)
    names = f" It names {'; '.join(seen[:4])} (all kindly can read of it)." if seen else ""
    if sender:
        shown = ", ".join(f'"{cue}"' for cue in cues[:3])
        what = f"looks like an invitation or a request ({shown}) and " if cues else ""
        why = f'{said}, but it {what}comes from "{sender[0]}", a target of {sender[1]}: yours to read first.'
        marks = frozenset({DecisionMark.FROM_A_TARGET})
        return Verdict(Decision.IGNORE, why + names, NOT_ENGLISH_ASK, marks=marks)
    if invitation:
        shown = ", ".join(f'"{cue}"' for cue in cues[:3])
        words = f" (it says {shown})" if cues else ""
        named, own = _named_in_any_words(profile, whole)
        in_its_words = f' in its {language_of(whole)} words ("{own}")' if own else ""
        names_target = f' and names "{named[0]}"{in_its_words}, a target of {named[1]}' if named else ""
        return Verdict(Decision.IGNORE, f"{said}{words}{names_target}: yours to read first.", NOT_ENGLISH_ASK)
    if not cues:
        # the model reads English: "Vill du komma?" may well ask something it cannot see
        return Verdict(
            Decision.IGNORE,
            f"{said}: it cannot tell whether anything is asked. Yours to read.{names}",
            "not_english",
        )
    shown = ", ".join(f'"{cue}"' for cue in cues[:3])
    named = _targets_named(profile, whole)
    names_target = f' and names "{named[0]}", a target of {named[1]}' if named else ""
    why = (
        f"{said}, but it looks like an invitation or a request ({shown}){names_target}: yours to read first."
    )
    return Verdict(Decision.IGNORE, why + names, NOT_ENGLISH_ASK)


def _target_sender(profile: Profile, message: Message) -> tuple[str, str] | None:
    """The goal's target a mail comes from, with its goal: a person by the sender's name, an organisation by the
    sender's address or by where the signature says they work ("Katrin Hoffmann", "your meet person goal")."""
    name = fold(message.from_name)
    domain = message.from_addr.rpartition("@")[2].lower()
    label = domain_label(domain) if domain else ""
    signed = fold(message.signature)
    return _first_target(
        profile,
        lambda target: (
            (len(target.split()) >= 2 and bool(name) and phrase_in(target, name))
            or writes_at(target, label, signed)
        ),
    )


def _targets_named(profile: Profile, text: str) -> tuple[str, str] | None:
    """A goal's target a text names in so many words, with its goal ("traiteur", "your find clients goal")."""
    folded = fold(text)
    return _first_target(
        profile, lambda target: re.search(rf"(?<!\w){re.escape(fold(target))}(?!\w)", folded) is not None
    )


# the goal _first_target names for a target of a find_clients goal
_CLIENTS_GOAL = f"your {GoalKind.FIND_CLIENTS.replace('_', ' ')} goal"


def _first_target(profile: Profile, meets: Callable[[str], bool]) -> tuple[str, str] | None:
    """The first of the goals' targets, goals by priority, that `meets` holds for, with its goal ("your find
    clients goal"); None where none does."""
    for goal in sorted(profile.goals, key=lambda g: g.priority):
        for target in goal.targets:
            if meets(target):
                return target, f"your {goal.kind.replace('_', ' ')} goal"
    return None


# What a speaker is asked onto, named for the reader: a stage sold, not an award's place.
_A_STAGE = re.compile(
    r"\b(?:speakers?|speak(?:ing)?|talks?|keynotes?|presenters?|present|guests?|panell?ists?|stage|episode|"
    r"podcast|show|webinar|workshop|session)\b",
    re.IGNORECASE,
)


def _donation(asked: str, profile: Profile, context: Context, verdict: Callable[..., Verdict]) -> Verdict:
    """A gift for a fundraiser asked ("Would you consider donating a gift card to our silent auction?"): yes where
    the profile's cap on donations leaves room this period, no where it does not, and no where the profile says
    nothing of giving (no goal is served by it). It takes no networking hours."""
    cap = donation_rule(profile)
    evidence: tuple[str, ...] = (f'asks for a donation: "{asked}"',)
    if cap is None:
        why = "A request to donate to a fundraiser, which none of your goals is about."
        return replace(verdict(Decision.DECLINE, why, DONATION, evidence=evidence), hours=0.0)
    given = context.donations_said_yes
    period = f"this {cap.period}"
    if len(given) >= cap.most:
        said = ", ".join(f"#{pk}" for pk in given)
        many = {1: "one", 2: "two", 3: "three"}.get(len(given), str(len(given)))
        why = f"{you_never_do(cap.rule)}, and kindly has said yes to {many} {period} already ({said})."
        evidence = (*evidence, f"donations said yes to {period}: {said}")
        return replace(
            verdict(Decision.DECLINE, why, "never_do", never_rule=cap.rule, evidence=evidence), hours=0.0
        )
    many = "once" if cap.most == 1 else "twice" if cap.most == 2 else f"{cap.most} times"
    done = f"{len(given)} so far" if given else "none yet"
    why = f"A request to donate to a fundraiser; your rule allows it {many} a {cap.period} ({done} {period})."
    return replace(verdict(Decision.ACCEPT, why, DONATION, evidence=evidence), hours=0.0)


# A request put to the reader: "Could you also confirm your rate per word?", "Please return it within 5 days" (not
# a mailing's "unsubscribe at any time").
_ASKS_YOU = re.compile(
    # the sentence is taken from its start only (after . ? ! or a line break): tried from every letter of a long
    # sentence, the leading run made the scan quadratic
    r"(?:^|(?<=[.?!\n]))[^.?!\n]*\b(?:could|would|can|will) you\b[^.?!]*\?|"
    # the sender asks leave to count the reader in: "Can I put your name down?", "Shall we pencil you in?"
    r"(?:^|(?<=[.?!\n]))[^.?!\n]*\b(?:can|could|shall|may) (?:i|we) (?:put|pencil|count|book|sign|add|save|hold|"
    r"reserve) (?:you|your)\b[^.?!]*\?|"
    # what a request for proposals asks of every response: "Responses should include two initial logo concepts"
    r"(?:^|(?<=[.?!\n]))[^.?!\n]*\b(?:responses?|proposals?|submissions?|tenders?|bids?) (?:should|must|need to|"
    r"are to|will need to) (?:include|contain|set out|cover|show)\b[^.?!\n]*|"
    r"\bplease (?:return|complete|send|confirm|submit|reply|"
    r"let (?:me|us) know)\b[^.?!\n]*|"
    # a trade put to the reader on a condition of theirs: "if you waived the fee, I'd post a glowing write-up"
    r"\bif you (?:could |would |were to |['’]d )?(?:waive|waived|comp|comped|discount|discounted|give|gave|offer|"
    r"offered|cover|covered|throw in|threw in|do|did)\b[^.?!\n]*,\s*(?:i|we)(?:['’]d|['’]ll| would| will)\b[^.?!\n]*|"
    # a call to take part, said as an imperative at a sentence's start: "Submit here:", "Enter now", "Apply by
    # Friday", "Submit your concept ..." (not a newsletter's "Read more", which asks no one to take part)
    r"(?:^|(?<=[.?!\n]))[ \t]*(?:submit|enter|apply|register|sign up|take part|participate|compete)\b"
    r"(?=[ \t]+(?:here|now|today|online|below|by\b|before\b|your\b|an?\b|(?:up )?to\b)|[ \t]*:)[^.?!\n]*",
    re.IGNORECASE | re.MULTILINE,
)
_A_MAILING = re.compile(r"\bunsubscribe\b|\bmanage (?:your )?(?:preferences|subscription)\b", re.IGNORECASE)


# What a public body mails to a whole group asks of no one in person: a consultation, a survey, a public meeting
# or hearing, a drop-in session, a notice of works ("Have your say", "Please complete our short online survey")
_CIVIC_MAILING = re.compile(
    r"\b(?:(?:public |open )?consultations?|consulting on|have your say|(?:online |short |community |resident |business )*"
    r"survey|public (?:meeting|hearing|notice|drop-in|information session|forum)|drop-in (?:session|event)|"
    r"town hall meeting|notice of (?:proposed )?(?:works|changes|road closures?)|planning application)\b",
    re.IGNORECASE,
)


# What a mailing to a group is read as: an event or a group to come to. Any other ask is of the reader in person (a
# talk: "Dear members, ... after our survey, we would love you to speak at our April meetup").
_MAILED_TO_MANY = frozenset({Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION})


def civic_mailing(message: Message, intent: Intent) -> str:
    """The greeting of a public body's consultation, survey or public-meeting notice mailed to a group ("Dear local
    business owners,"), which asks nothing of the reader in person; "" otherwise (a councillor inviting the reader
    by name to a roundtable, a talk asked of the reader whatever survey the mail names)."""
    if intent not in _MAILED_TO_MANY:
        return ""
    text = message.own_text
    greeting = greets_a_group(text)
    if not greeting or not _CIVIC_MAILING.search(f"{message.subject}\n{text}"):
        return ""
    # "Would you be willing to speak at the public meeting?" asks the reader something in person
    return "" if _A_QUESTION_TO_YOU.search(text) else greeting


# (a question's own length: unbounded, each "would you" of a long text without stops scanned it to its end)
_A_QUESTION_TO_YOU = re.compile(r"\b(?:could|would|can|will) you\b[^.?!]{0,300}\?", re.IGNORECASE)


# A meeting's time asked to change: "could we move this to Thursday the 12th at 2pm instead?", "can we push our call
# to Friday?", "would it be possible to reschedule?".
_MOVES_THE_TIME = re.compile(
    r"\b(?:could|can|shall|would|might|may)\s+(?:we|I)\s+(?:please\s+)?(?:move|push|shift|bring|reschedule|"
    r"rearrange|change)\b[^.?!]{0,80}\?|\b(?:possible|able)\s+to\s+(?:move|reschedule|rearrange|push)\b[^.?!]{0,80}\?",
    re.IGNORECASE,
)


def _time_moved(message: Message) -> str:
    """The question that moves a meeting's time, in a reply on its thread ("Re: October close review"); ""
    where none is asked."""
    if not (message.in_reply_to or re.match(r"\s*re:", message.subject, re.IGNORECASE)):
        return ""
    found = _MOVES_THE_TIME.search(message.own_text)  # (a question wrapped over two lines is one question)
    return " ".join(found.group(0).split()) if found else ""


def _asks_you(text: str) -> str:
    """The words that ask something of the reader, or "" (none, or a mailing sent to many)."""
    if _A_MAILING.search(text):
        return ""
    found = _ASKS_YOU.search(text)
    return " ".join(found.group(0).split()) if found else ""


# Whose outreach comes as a sequence that ends with a last note: a seller's, a recruiter's.
_SEQUENCES = frozenset({Intent.SALES_PITCH, Intent.RECRUITING, Intent.PARTNERSHIP_PROPOSAL})
# A rule about outreach from strangers: "cold outreach", "cold calls", "cold emails", "cold pitches".
_COLD = re.compile(r"\bcold\b", re.IGNORECASE)
# The ideas of a rule against pitches at large ("cold sales calls", "vendor pitches"): its evidence names no more.
_PITCH_IDEAS = ("sales", "vendor", "demo")
# When a pitch is kept out ("vendor demos during program hours"): the rule is still about pitches, and a pitch for
# what the user already has is better answered by that than by the hour
_WHEN_IDEAS = ("daytime", "evening", "morning", "weekend", "saturday", "sunday")


def _cold_rule(rule: str) -> bool:
    """Whether a never-rule is about cold outreach ("quick 15-minute vendor calls from cold outreach")."""
    return _COLD.search(rule) is not None


def _only_pitches(notes: list[str]) -> bool:
    """Whether a never-rule held by the ideas of a pitch alone ('sales: the message is a sales_pitch'), or of a
    pitch at some time ("vendor demos during program hours"), not by something else the message asks (a dinner,
    a fee)."""
    ideas = [note.split(":", 1)[0] for note in notes]
    return any(idea in _PITCH_IDEAS for idea in ideas) and all(
        idea in _PITCH_IDEAS or idea in _WHEN_IDEAS for idea in ideas
    )


def _offers_what_a_goal_seeks(profile: Profile, intent: Intent, best: GoalFit | None, text: str) -> bool:
    """Whether a coffee offers the user the sender's time for work ("we have openings starting Jan if you need a
    plumber") that a goal seeks by name (its target "master plumber" matched or said, or its trade offered:
    "if you ever need plumbing on your basement jobs"): said what it is for. A goal that finds clients seeks
    buyers, not someone offering work."""
    return (
        intent in (Intent.COFFEE_CHAT, Intent.WORK_MEETING)
        and best is not None
        and best.kind is not GoalKind.FIND_CLIENTS
        and (
            (
                any(note.startswith("target ") and " matched " in note for note in best.evidence)
                and bool(work_offered(text))
            )
            or _the_trade_a_goal_seeks(profile, best, intent, text)
        )
    )


def _visit_on_the_day(notes: list[str], message: Message, profile: Profile) -> bool:
    """Whether a never-rule held by the ideas of a time alone ('sunday: "Sunday"' of "work on Sundays") held by
    the day a client asks the user to come and see their project on ("could you swing by this Sunday to look?")."""
    ideas = [note.split(":", 1)[0] for note in notes]
    if not ideas or not all(idea in _WHEN_IDEAS for idea in ideas):
        return False
    visit = site_visit_in(message, profile).lower()
    said = [note.partition(":")[2].strip().strip('"').lower() for note in notes]
    return bool(visit) and all(day in visit for day in said)


def _brought_in(context: Context) -> str:
    """The introduction the user said yes to that brought the sender in, as evidence, or ""."""
    return f"introduced by {context.introduced.made_by}" if context.introduced is not None else ""


def _ruled_back(fit: GoalFit) -> GoalFit:
    """A goal's fit as it was before a never-rule that turns out not to hold set it to 0."""
    if fit.ruled_out_from is None:
        return fit
    kept = tuple(said for said in fit.evidence if not said.startswith("would score "))
    return replace(fit, score=max(fit.score, fit.ruled_out_from), evidence=kept, ruled_out_from=None)


def _known_by(message: Message, profile: Profile, context: Context) -> str:
    """How the user knows the sender's work, as evidence ("a contact", 'they say so: "worked with you"'), or ""."""
    if profile.user.at_own_domain(message.from_addr):
        return f"a colleague at {_domain(message.from_addr)}"
    if together := worked_together(message.own_text):
        return f'they say you worked together: "{together}"'
    if context.known_sender:
        return "a contact (you have written to them, or they are a connection)"
    if context.users_mail or quotes_the_user(message.quoted_text, profile.user.name, profile.user.email):
        return "they answer your own mail"
    if context.personal_thread:
        return "an earlier personal thread with them"
    return ""


def _reference(asked: str, message: Message, profile: Profile, context: Context) -> Verdict:
    """A request to vouch for the sender: yes to someone whose work the user knows, asking for what it needs; a
    kind no to a stranger, as one can only vouch for people one has worked with. It takes no networking hours.
    A never-rule about references or recommendations ("LinkedIn recommendations for people I haven't managed")
    still holds."""
    evidence: tuple[str, ...] = (f'asks you to vouch for them: "{asked}"',)
    text = f"{message.subject}\n{message.own_text}"
    request = {
        "reference": "A request to be their reference",
        "letter": "A request for a letter of recommendation",
        "linkedin": "A request for a recommendation on LinkedIn",
    }[what_is_asked(asked, text).kind]
    for rule in profile.never:
        if re.search(r"\breferen|\breferee|\brecommend", rule.what, re.IGNORECASE) and (
            hit := never_rule_hit(
                profile.model_copy(update={"never": [rule]}), text, Intent.MENTORSHIP_REQUEST
            )
        ):
            said, notes = hit
            why = f"{you_never_do(_as_yours(said))}."
            return replace(
                Verdict(
                    Decision.DECLINE,
                    why,
                    "never_do",
                    never_rule=said,
                    evidence=(*evidence, *notes),
                    marks=rule_marks(notes) | never_do_marks((*evidence, *notes), text),
                ),
                hours=0.0,
            )
    known = _known_by(message, profile, context)
    if known:
        why = f"{request} from someone whose work you know ({known}): a yes, asking what it needs."
        return replace(Verdict(Decision.ACCEPT, why, REFERENCE, evidence=(*evidence, known)), hours=0.0)
    why = (
        f"{request} from someone you have not worked with (not a contact, no earlier mail, and the mail names no "
        "work together): you can only vouch for people whose work you know."
    )
    return replace(Verdict(Decision.DECLINE, why, REFERENCE, evidence=evidence), hours=0.0)


def _submitted(message: Message, profile: Profile, context: Context, intent: Intent) -> Verdict | None:
    """A stranger's submission of their own work ("seeking representation for my novel") where the profile says
    where submissions go: they are pointed there, whatever the model read (a recruiter, a pitch, nothing asked).
    A client's new manuscript is theirs to read, and a fee offered to read it is a never-rule's."""
    offered = work_submitted(message.subject, message.own_text)
    page = submissions_page(profile) if offered else None
    if page is None or context.known_sender:
        return None
    if never_rule_hit(profile, evidence_text(message), intent):
        return None
    return Verdict(
        Decision.REFER,
        f'A writer offering their own work ("{offered}"): submissions go to "{page.title}", so point them there.',
        "refer_resource",
        referral=Referral(page.title, page.description, page.link),
        marks=frozenset({DecisionMark.SUBMISSION}),
    )


CONNECTION_REQUEST = "connection_request"
_CONNECTION_ONLY = "A plain connection request with nothing asked: no reply is needed (accept it where it came, if you know them)."


def _scam(scam: Scam, verdict: Callable[..., Verdict]) -> Verdict:
    """A scam is left unanswered, its cue shown."""
    return verdict(Decision.IGNORE, f"Looks like a scam ({scam}): no reply confirms your address.", "scam")


def _decided(message: Message, understanding: Understanding, profile: Profile, context: Context) -> Verdict:
    """A message's decision, step by step: gates before reading, the intent read again, the assessment and what
    it costs, what rules it out, then accept, ask or decline by fit."""
    intent = understanding.intent
    text = evidence_text(message)

    if _is_user(message, profile):
        return Verdict(Decision.IGNORE, "Sent by you.", "own_message")
    if other := _in_another_language(message, understanding, profile):
        return other
    # asked once, and before any branch that could answer: the one answer to whether it is a scam
    scam = scam_in_message(message)
    if scam is None and (posed := impersonation_cue(message.from_addr, text, profile)):
        # the user's own organisation imitated by its domain, asking for money: no work meeting of theirs
        scam = Scam(IMPERSONATION, posed)
    if gated := _gates_before_reading(message, understanding, profile, context, intent, text, scam):
        return gated
    intent, introduced = _intent_read_again(message, profile, context, intent, text)
    if reports_the_news(profile) and (review := story_review_asked(f"{message.subject}\n{message.own_text}")):
        # "Before your story runs, could you send us a draft so we can check it for accuracy?": the newsroom's
        # practice answers it, not networking (however like a work meeting it reads): an honest no, facts checked
        return Verdict(
            Decision.DECLINE,
            f'They ask to see your story before it runs ("{review}"): drafts are not shared before publication,'
            " though the facts can be checked with them.",
            STORY_REVIEW,
        )
    if proposal_call := own_proposal_call(message):
        # "I'd like to talk with you about a possible revised budget before I make a recommendation. Are you
        # available for a call?": the user's own grant, whatever their goals or the model's reading (a work
        # meeting, a client's enquiry) - a yes with times, never a pitch declined nor a meeting left unanswered
        return Verdict(
            Decision.ACCEPT,
            f'Your funder asks to meet about your own proposal ("{proposal_call}"): your own work, not networking -'
            " times proposed at your hours.",
            OWN_PROPOSAL,
            hours=0.0,
        )
    if intent is Intent.WORK_MEETING and introduced is None:
        return Verdict(Decision.IGNORE, "An ordinary work meeting, not a networking matter.", "work_meeting")

    weighed = _weighed(message, profile, context, intent, text, introduced)
    assessment, fits, best = weighed.assessment, weighed.fits, weighed.best
    pays, paid_ask, buyer_introduced = weighed.pays, weighed.paid_ask, weighed.buyer_introduced
    networking, for_a_client = weighed.networking, weighed.for_a_client
    verdict = partial(
        _weighed_verdict, assessment, intent, profile, text, networking, for_a_client, fits, best
    )

    # A matched target person scores highest, but a never-rule sets every score to 0: look at them all.
    target_person = any("target person" in e for fit in fits for e in fit.evidence)

    domain = _domain(message.from_addr)
    # a colleague passing on an outside invitation ("Fwd: roundtable") is not an event of the user's own firm
    passed_on = bool(forwarded_part(message)) and not forwards_own_mail(message)
    if own := _among_your_own(
        message,
        profile,
        context,
        intent,
        text,
        scam,
        assessment,
        best,
        target_person,
        domain,
        passed_on,
        verdict,
    ):
        return own
    # "Our clients are keen to understand where the coverage is going", "he would be happy to speak on
    # background": a pitch for coverage, however friendly its drinks or however like a talk its words
    pitched = press_pitch(message) if intent in _PRESS_PITCHED and not target_person else ""
    if pitched and source_on_the_beat(profile, fits):
        # a founder on the user's beat offered for an interview: a source the goal seeks, not a sales pitch
        pitched = ""
    # "since our last session ... my housewarming party" to a user whose rule keeps clients at a distance
    from_a_client = from_a_client_the_rule_keeps_away(assessment.never)
    if personal := _personal_or_spent(
        message, context, intent, text, scam, best, target_person, pitched, verdict, from_a_client
    ):
        return personal
    never, fits, best = _rule_set_aside(message, profile, context, intent, text, assessment, fits, best)
    treat = never if never and target_person and only_a_treat(never[1], text) else None
    if treat:
        # "Could I take you to lunch? My treat" from the CEO a goal names, to "meals from companies I cover": the
        # rule refuses the lunch paid for, not the meeting - a yes that pays its own way
        never, fits = None, tuple(_ruled_back(fit) for fit in fits)
        best = best_fit(profile, list(fits))
    verdict = partial(
        _weighed_verdict, assessment, intent, profile, text, networking, for_a_client, fits, best, treat=treat
    )
    # a rule against unpaid work caught a charge ("a featured placement fee of $299"): what is sold - a feature, an
    # award's place, a stall - names the no better than a slot on a stage
    if (
        never
        and charge_read_as_unpaid(never[1])
        and (sold := _sold_to_you(message, profile, context, intent, text, best, target_person, verdict))
    ):
        return sold
    if ruled_out := _never_done(never, verdict, text):
        return ruled_out

    if sold := _sold_to_you(message, profile, context, intent, text, best, target_person, verdict):
        return sold

    if provided := _provider_or_press(
        message, profile, intent, text, assessment, best, target_person, pitched, verdict
    ):
        return provided
    fit = best.score if best else 0.0
    goal_name = _goal_name(best) if best else ""
    if referred := _referred(message, profile, context, intent, text, best, target_person, fit, verdict):
        return referred
    cost = context.hours if context.hours is not None else HOURS.get(intent, 1.0)
    # helping a client is the client's work, not networking: it still needs free time in the calendar
    week_full = (
        networking > 0 and context.hours_committed + networking > profile.user.weekly_networking_hours
    ) or (context.free_hours is not None and cost > context.free_hours)
    if accepted := _accepted(
        message,
        understanding,
        profile,
        context,
        intent,
        text,
        introduced,
        best,
        pays,
        paid_ask,
        buyer_introduced,
        networking,
        target_person,
        fit,
        goal_name,
        week_full,
        verdict,
    ):
        return accepted
    if asked_or_left := _asked_or_left(
        message,
        understanding,
        profile,
        context,
        intent,
        text,
        assessment,
        fits,
        domain,
        passed_on,
        fit,
        verdict,
    ):
        return asked_or_left
    return _declined(message, profile, context, intent, networking, fit, goal_name, week_full, verdict)


@dataclass(frozen=True)
class _Weighed:
    """The assessment and what the message costs: the values every later step reads."""

    assessment: Assessment
    fits: tuple[GoalFit, ...]
    best: GoalFit | None
    pays: str
    paid_ask: bool
    buyer_introduced: bool
    networking: float
    for_a_client: bool


def _weighed_verdict(
    assessment: Assessment,
    intent: Intent,
    profile: Profile,
    text: str,
    networking: float,
    for_a_client: bool,
    fits: tuple[GoalFit, ...],
    best: GoalFit | None,
    decision: Decision,
    reason: str,
    code: str,
    *,
    provider: str = "",
    provider_category: str = "",
    never_rule: str = "",
    evidence: tuple[str, ...] = (),
    referral: Referral | None = None,
    grounds: str = "",
    marks: frozenset[DecisionMark] = frozenset(),
    treat: tuple[str, list[str]] | None = None,
) -> Verdict:
    """The verdict as the assessment shapes it: a condition, a prerequisite or a rule's exception named with a
    yes or a question, a treat a never-rule refuses to someone a goal seeks (`treat`), the fits and the networking
    hours it costs."""
    if treat and decision in (Decision.ACCEPT, Decision.ASK_DETAILS) and not never_rule:
        rule, notes = treat
        reason = f"{reason} {you_never_do(_as_yours(rule))}: the reply says you pay your own way."
        never_rule, evidence, marks = rule, (*evidence, *notes), marks | {DecisionMark.OWN_WAY}
    if assessment.condition and decision in (Decision.ACCEPT, Decision.ASK_DETAILS) and not never_rule:
        # "meetings with lobbyists without council staff present": a yes, or a question, on that condition
        condition, notes = assessment.condition
        reason = f"{reason} You do {condition.base} only {condition.kept}: the reply says so."
        never_rule, evidence = condition.rule, (*evidence, *notes)
    if (
        assessment.first
        and decision is Decision.DECLINE
        and code == "not_a_fit"
        and intent is Intent.RECRUITING
        and assessment.first[0].for_recruiters
    ):
        # "recruiter calls without a salary range": the user's terms for a recruiter's call, so a recruiter none
        # of the goals is about is asked for the range, not told the user is not looking
        decision = Decision.ASK_DETAILS
    if (
        assessment.first
        and decision is Decision.DECLINE
        and code in ("not_a_fit", "not_current_focus")
        and names_writers(assessment.first[0].base)
    ):
        # "meeting querying authors one-on-one before I have read a full manuscript", to a writer halfway
        # through a draft who asks for a coffee: the rule is the honest no, not "my time is for finding clients"
        first, notes = assessment.first
        reason = f"{you_never_do(_as_yours(first.rule))}: {first.thing} comes first."
        code, never_rule, evidence = "never_do", first.rule, (*evidence, *notes)
    if (
        not assessment.first
        and decision is Decision.DECLINE
        and code == "not_a_fit"
        and intent is Intent.RECRUITING
        and (terms := recruiter_terms_met(profile, text)) is not None
    ):
        # ...and one who gives the range meets the user's terms: still no goal of theirs, so a no for now,
        # never one that says the user takes no such calls
        reason = (
            f"{reason} It gives {terms.given} your rule asks for, so the "
            "call is yours to take if the role interests you; the reply passes for now."
        )
    if (
        assessment.first
        and decision in (Decision.ACCEPT, Decision.ASK_DETAILS)
        and not never_rule
        and not (for_a_client and pitchs_own(assessment.first[0]))
    ):
        # "pitch calls without a deck first": no yes to the call yet, a question for the deck (not of a
        # fractional CFO offering the very help a goal seeks for the user's client: no pitch for their money)
        first, notes = assessment.first
        reason = f"{reason} You do {first.base} only with {first.thing} first: the reply asks for it."
        decision, code = Decision.ASK_DETAILS, "asks_first"
        never_rule, evidence = first.rule, (*evidence, *notes)
    if assessment.not_first and decision in (Decision.ACCEPT, Decision.ASK_DETAILS) and not never_rule:
        # "NDAs before a first call" to a lead who sends an NDA first: the call is welcome, the NDA waits
        not_first, notes = assessment.not_first
        reason = f"{reason} {you_never_do(_as_yours(not_first.rule))}: the reply proposes the call first."
        never_rule, evidence = not_first.rule, (*evidence, *notes)
    if assessment.paid_instead and decision in (Decision.ACCEPT, Decision.ASK_DETAILS) and not never_rule:
        # "unpaid legal advice over coffee" asked by a prospective client: a yes to a consultation instead
        never_rule = assessment.paid_instead
        reason = f"{reason} {you_never_do(_as_yours(never_rule))}: the reply offers a consultation instead."
        evidence = (*evidence, f"{PAID_INSTEAD} {never_rule}")
        marks |= {DecisionMark.PAID_INSTEAD}
    if (
        decision in (Decision.ACCEPT, Decision.ASK_DETAILS)
        and not never_rule
        and (unstated := detail_unstated(profile, text, intent)) is not None
    ):
        # "no podcasts with under 1,000 listeners" and a podcast that gives no audience size: asked, not a blind yes
        reason = f"{reason} {you_never_do(_as_yours(unstated.rule))}, and the message does not say: the reply asks."
        decision, code = Decision.ASK_DETAILS, UNSHOWN_CONDITION
        never_rule, evidence = unstated.rule, (*evidence, unstated.note)
    if assessment.spared and decision in (Decision.ACCEPT, Decision.ASK_DETAILS) and not never_rule:
        # a parent under "meetings during school hours except with parents": their time may be in school hours
        rule, who = assessment.spared
        evidence = (*evidence, f'{SPARED} "{rule}" ({who})')
    if assessment.unweighed and not never_rule:
        # "gifts above SGD 500" and a gift worth "$800": kindly converts no money, and says so
        evidence = (*evidence, assessment.unweighed)
    return Verdict(
        decision,
        reason,
        code,
        fits,
        best,
        provider,
        provider_category,
        never_rule,
        evidence,
        referral,
        networking,
        grounds,
        marks
        | rule_marks(evidence)
        | (never_do_marks(evidence, text) if code == "never_do" else frozenset()),
    )


# A provider for what a correction demand needs: "legal review, retraction demands and media law".
_FOR_CORRECTIONS = re.compile(
    r"\b(?:retraction|correction|media\s+law|libel|defamation|legal)", re.IGNORECASE
)


def _counsel_for_corrections(profile: Profile) -> str:
    """The user's provider for correction demands and legal review, by name ("" where none)."""
    return next((p.name for p in profile.providers if _FOR_CORRECTIONS.search(p.category)), "")


def _gates_before_reading(
    message: Message,
    understanding: Understanding,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    scam: Scam | None,
) -> Verdict | None:
    """What is decided before the invitation is read at all: a scam whoever sends it, a reference or care asked, work
    submitted, mail that invites to nothing, a mailing to a group, an office claimed from webmail."""
    if scam is not None and scam.whoever_sends:
        # "pay the vetting fee by iTunes gift cards", a cheque with the balance sent on, a prize to claim on
        # another account: whoever the sender says they are (a contact, a goal's target), and whatever the model
        # read (a gift card for an auction, no invitation at all), no one honest asks that
        return _scam(scam, Verdict)
    if asked := reference_asked_in(message):
        # "Could you be a reference for my application?": a favour asked, whatever the model read (a role named
        # reads like a recruiter's)
        return _reference(asked, message, profile, context)
    if scam is None and (hard := care_asked(text)):
        # "Things at home have gotten really bad ... Could I come see you this week, just to talk?": someone in
        # trouble asks for the user's own care - no networking ask to weigh, decline or pass on to a provider
        return Verdict(
            Decision.IGNORE,
            f'Someone asks for your care in a hard time ("{hard}"): yours to answer personally, not networking.',
            "personal",
        )
    if scam is None and (demanded := correction_demanded(text)):
        # "Your December 1 story states ... That is false ... I demand a correction": no invitation to meet, and no
        # mail to leave as "nothing asked" - the user answers it personally (with their counsel, where they have one)
        counsel = _counsel_for_corrections(profile)
        return Verdict(
            Decision.IGNORE,
            f'A correction demanded of your story ("{demanded}"): yours to answer personally'
            + (f", with {counsel}" if counsel else "")
            + " - not networking, never declined.",
            "personal",
        )
    if scam is None and (now := urgent_case(text)):
        # "URGENT - Milo can't pee ... can you see him this morning?": a client's emergency asks for the user's own
        # work at once - never weighed as networking, declined by a rule for ordinary bookings, or met with slots
        return Verdict(
            Decision.IGNORE,
            f'An urgent case asked of you now ("{now}"): yours to answer personally, and soon - not networking.',
            "personal",
        )
    if scam is None and (service := client_service_asked(text)):
        # "Could you resend the link to our wedding gallery?": a client's own work to see to, never a networking
        # ask to weigh (a call proposed, a goal served) nor a mail passed over as asking nothing
        return Verdict(
            Decision.IGNORE,
            f'A client asks for your service ("{service}"): yours to answer - from a client, not networking.',
            CLIENT_SERVICE,
        )
    if submitted := _submitted(message, profile, context, intent):
        return submitted
    if not understanding.is_invitation:
        if gift := donation_asked_in(message):
            if scam is not None and not context.known_sender:
                # ...but a stranger's story of hidden funds around it is no auction to give to
                return _scam(scam, Verdict)
            # "Would you be willing to donate a gift card for the auction?": an ask the model need not see
            return _donation(gift, profile, context, Verdict)
        never = never_rule_hit(profile, text, intent) if (asked := _asks_you(text)) else None
        if asked and never and not when_alone(never[1], text):
            # "All new vendors complete a test translation ... approximately 2,000 words. The test is unpaid":
            # an ask of what a never-rule rules out, however plainly it reads as onboarding news
            rule, notes = never
            why = f"{you_never_do(_as_yours(rule))}."
            return Verdict(
                Decision.DECLINE,
                why,
                "never_do",
                never_rule=rule,
                evidence=(*notes, f'asks you: "{asked}"'),
                marks=rule_marks(notes) | never_do_marks((*notes, f'asks you: "{asked}"'), text),
            )
        if moved := _time_moved(message):
            # "could we move this to Thursday the 12th at 2pm instead?" on a thread: a question is asked - of a
            # meeting's time, not of a new invitation
            return Verdict(
                Decision.IGNORE,
                f'A change of time asked for a meeting on this thread ("{moved}"): yours to answer.',
                "not_invitation",
            )
        if scam is None and (news := hard_news(text)):
            # "Mom passed this morning" to her pastor: nothing asked, but no one's mail to file away unread
            return Verdict(
                Decision.IGNORE,
                f'Hard news told to you ("{news}"): yours to answer personally, not networking.',
                "personal",
            )
        return Verdict(Decision.IGNORE, "Not an invitation: nothing is asked of you.", "not_invitation")
    if civic := civic_mailing(message, intent):
        # "Dear local business owners, ... Please complete our short online survey": a mailing to a group, like a
        # newsletter; it is read, not answered
        return Verdict(
            Decision.IGNORE,
            f'A consultation or public notice mailed to a group ("{civic.rstrip(",")}"): nothing is asked of you'
            " in person.",
            "not_invitation",
        )
    if intent in _MAILED_TO_MANY and (listed := events_digest(message.body or message.own_text)):
        # "This month: Business After Hours (Dec 10), Women in Business luncheon (Dec 15), ...": a calendar to read
        return Verdict(
            Decision.IGNORE,
            f"A newsletter listing {listed} events: it invites no one in person, so there is nothing to answer.",
            "not_invitation",
        )
    if (
        intent in _MAILED_TO_MANY
        and not context.known_sender
        and (role := announced_to_a_role(message.own_text))
    ):
        # "Dear Agent, Join our webinar ... Register at ...": a list's announcement; signing up is the reader's to do
        return Verdict(
            Decision.IGNORE,
            f'An announcement mailed to every reader of a role ("{role.rstrip(",:!")}") with its own sign-up page:'
            " nothing is asked of you in person.",
            "not_invitation",
        )
    if not context.known_sender and (office := claims_an_office(message.sender)):
        # "Office of Hon. Marama Tane <...@gmail.com>": an official's office does not write from webmail; a
        # contact the user has written to is who they are, whatever their address
        why = (
            f"Looks like a scam ({scam}), from someone claiming a public office"
            if scam
            else f'Claims a public office ("{office}") but writes from {_domain(message.from_addr)}, a webmail address'
        )
        return Verdict(
            Decision.IGNORE,
            f"{why}: unverified, so no reply. Check with the office through its published contact details.",
            "scam" if scam else "unverified",
        )
    return None


def _intent_read_again(
    message: Message, profile: Profile, context: Context, intent: Intent, text: str
) -> tuple[Intent, Introduction | None]:
    """The intent read again on what the mail says beyond the model's reading (a stranger's priced call is a pitch,
    a brokered consult a client's enquiry), with the introduction that brought the sender in, where one did."""
    # the person an introduction the user said yes to brought in, asking to meet: the meeting it set up, whatever
    # the model made of their own short note ("following Sarah's introduction - shall we have a call?")
    introduced = context.introduced if intent in _MEETINGS_INTRODUCED else None
    strangers_meeting = (
        intent is Intent.WORK_MEETING
        and introduced is None
        and not context.known_sender
        and not profile.user.at_own_domain(message.from_addr)
    )
    if strangers_meeting and priced_offer(text):
        # "Our launch packages (from £2,500) include ... Could we arrange a 20-minute call?" from a stranger: a call
        # to sell, not a work meeting of the user's own
        intent = Intent.SALES_PITCH
    elif strangers_meeting and favour_asked(text):
        # "Could you hop on a Zoom with us tomorrow and debug it with us?" from a stranger: the user's expertise
        # asked for free on the sender's own problem, not a work meeting of the user's own
        intent = Intent.MENTORSHIP_REQUEST
    if intent in _READ_AS_A_CONSULT and brokered_consult_in(message):
        # "One of our clients, an investment firm, is looking to speak with experts ... a 60-minute phone
        # consultation": an expert network's call for its client, no recruiter's nor a seller's - the user's
        # expertise asked for a client, weighed as such
        intent = Intent.CLIENT_INQUIRY
    if intent is Intent.WORK_MEETING and _colleague_forwards_outside_meeting(message, profile):
        # "Pastor, see below - they want to use our hall as a distribution site": the meeting an outside sender
        # asks in the note a colleague forwards is their offer, weighed on what it forwards (a colleague's own
        # work meeting stays theirs)
        intent = Intent.PARTNERSHIP_PROPOSAL
    return intent, introduced


def _with_domains_organisation(message: Message, context: Context) -> Message:
    """The message as its sender's organisation is known: one whose domain earlier mail showed to be a goal's target
    ("PCVB") reads as signed from it, where it names no organisation itself."""
    known = context.domain_known_as
    if not known or phrase_in(known, fold(evidence_text(message))):
        return message
    return replace(message, signature=f"{message.signature}\n{known}".strip())


def _weighed(
    message: Message,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    introduced: Introduction | None,
) -> _Weighed:
    """The assessment against the goals, and what the message costs of the week's networking hours (nothing for
    paid work or a job search's own interview)."""
    assessment = assess(_with_domains_organisation(message, context), intent, profile, context.users_mail)
    fits, best = assessment.fits, assessment.best
    if introduced is not None:
        best, fits = _as_introduced(introduced, best, fits)
    # what it takes from the week's networking hours: nothing for paid work (a client, a paid talk, a client's
    # own business), its own stated length for a short call or recording, else its kind's usual hours
    # ...a talk paid in the thread's first mail is paid still when its reply sets the date
    paid_talk = intent is Intent.SPEAKING_INVITATION and (
        speaker_paid(text) or bool(context.earlier_said and speaker_paid(context.earlier_said))
    )
    # ...or a piece, a talk or an hour of advice the sender pays for ("our rate is $0.80/word", "we can pay $400")
    pays = pays_you_in(message) if intent in PAID_WORK_ASKS else ""
    paid_ask = bool(pays)
    helping_client = best is not None and best.kind == GoalKind.HELP_CLIENT
    # the business the person introduced runs is the one the fits read (in the evidence text, which adds the
    # subject, the signature and a forward's words to the mail's own: alike over every text of the data sets)
    introduced_wants = (
        introduced_buyer(profile, message.own_text, assessment.introduced_business)
        if intent is Intent.INTRODUCTION
        else ""
    )
    buyer_introduced = bool(introduced_wants)
    if buyer_introduced:
        best, fits = _as_buyer_introduced(introduced_wants, best, fits)
    paid_work = helping_client or paid_talk or paid_ask or buyer_introduced
    # a recruiter's role or an interview for the role a job search seeks is the search itself, not networking to
    # ration: a phone screen never waits for a week with networking hours left
    job_search = (
        best is not None
        and seeks_a_role(profile.goals[best.goal_index])
        and (intent is Intent.RECRUITING or _AN_INTERVIEW.search(message.subject) is not None)
        and not asks_for_work(message.own_text)
    )
    subcontractor = _the_trade_a_goal_seeks(profile, best, intent, text)
    networking = 0.0 if paid_work or job_search or subcontractor else networking_hours(intent)
    if networking and context.hours is not None:
        networking = context.hours
    if networking and own_meeting(message, intent):
        if intent is Intent.INTRODUCTION:  # the sender's lunch as well as the introduction
            networking = (context.hours or HOURS[Intent.COFFEE_CHAT]) + HOURS[Intent.INTRODUCTION]
        else:  # ...or their call as well as the event or the talk
            networking = (context.hours or HOURS[intent]) + HOURS[Intent.COFFEE_CHAT]

    # someone a goal to help a client brings: the client, or the help it seeks for them ("Find a fractional CFO for
    # Tidewell": a fractional CFO offering just that), however the model read the offer
    for_a_client = best is not None and best.kind == GoalKind.HELP_CLIENT.value and best.score >= ACCEPT_AT
    return _Weighed(assessment, fits, best, pays, paid_ask, buyer_introduced, networking, for_a_client)


def _the_trade_a_goal_seeks(profile: Profile, best: GoalFit | None, intent: Intent, text: str) -> bool:
    """Whether the best-fitting goal is one in the user's own words that seeks a trade ("Find reliable licensed
    plumbing subcontractors") and the message offers just that trade: meeting the subcontractor she seeks is
    business, like a client's visit, not networking to ration (a peer group or a mentor is)."""
    if best is None or intent not in TRADE_MET_OVER:
        return False
    return bool(trade_offered(profile.goals[best.goal_index], text))


def _among_your_own(
    message: Message,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    scam: Scam | None,
    assessment: Assessment,
    best: GoalFit | None,
    target_person: bool,
    domain: str,
    passed_on: bool,
    verdict: Callable[..., Verdict],
) -> Verdict | None:
    """Mail from the user's own circle left to them (a colleague's note, a client's event, a friend's thread), or
    the one meeting a condition forbids (to meet alone)."""
    outside_event = passed_on and intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION)
    # ...nor an outside offer that serves a goal ("Fwd: funded support for schools without a head of maths"):
    # it is decided on what it forwards; a colleague's own request stays theirs
    outside_offer = (
        passed_on
        and intent in _OFFERED_FROM_OUTSIDE
        and _written_outside(message, profile)
        and best is not None
        and best.score >= ACCEPT_AT
    )
    # ...nor a colleague's offer to mentor the user, or their mentoring programme that gives the user a mentor,
    # where the user looks for one: weighed against that goal; a colleague asking the user to mentor them stays theirs
    mentor_offered = best is not None and best.score >= ACCEPT_AT and offers_a_mentor(best)
    if profile.user.at_own_domain(message.from_addr) and not (
        outside_event or outside_offer or mentor_offered
    ):
        if intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION):
            return verdict(Decision.IGNORE, "An internal event of your own organisation.", "internal_event")
        if intent not in _FROM_OUTSIDE_TOO:
            # a colleague's note (a forwarded call for speakers, "want me to send them your bio?") is not a
            # stranger's pitch to decline: it is left to the user
            return verdict(
                Decision.IGNORE,
                f"From a colleague at {domain}: yours to answer, not outside networking.",
                "internal",
            )
    client = _client_writing(message, profile)
    if client and intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION):
        # a client's open house or party is the relationship itself, not networking to weigh against goals
        return verdict(
            Decision.IGNORE,
            f"An event of your client {client}: yours to decide, not a networking matter.",
            "client_event",
        )
    if context.personal_thread and not target_person:
        # "we're hiring if you ever get restless ;) mostly just want that beer" from a friend whose first
        # message here was personal: a friend's thread, not a recruiter's
        return verdict(
            Decision.IGNORE,
            "Goes on a personal thread (their earlier message here was personal plans): yours to answer.",
            "personal",
        )
    alone = asks_alone(text) if assessment.condition else None
    if assessment.condition and alone and not scam:
        # "Nothing formal, just the two of us" from a public-affairs director: the one meeting the rule forbids
        condition, notes = assessment.condition
        return verdict(
            Decision.DECLINE,
            f'You do {condition.base} only {condition.kept}, and this asks to meet alone ("{alone}").',
            "never_do",
            never_rule=condition.rule,
            evidence=(*notes, f'asks to meet alone: "{alone}"'),
        )
    return None


def _personal_or_spent(
    message: Message,
    context: Context,
    intent: Intent,
    text: str,
    scam: Scam | None,
    best: GoalFit | None,
    target_person: bool,
    pitched: str,
    verdict: Callable[..., Verdict],
    from_a_client: bool = False,
) -> Verdict | None:
    """Personal plans among people who know each other, a stranger's scam, and the last note of a sequence: nothing
    networking to answer. A client's party to a user whose rule keeps clients at a distance (`from_a_client`) is
    no such plan: the rule's no is drafted."""
    cue = personal_cue(text)
    if (
        cue
        and not pitched
        and intent in (Intent.COFFEE_CHAT, Intent.EVENT_INVITATION)
        and (context.known_sender or not is_stranger(text))
        and not target_person
        # "Been ages! I've just opened my own firm and need a CFO" serves a goal; "we missed you at Design
        # Week" comes from an organisation
        and not (best is not None and best.score >= ACCEPT_AT)
        and not from_an_organisation(message.from_name, message.from_addr)
        # "Been ages! We worked together at Brightwave - coffee?": a former colleague's catch-up is networking
        and not (only_a_reunion(cue) and worked_together(message.own_text))
        and not from_a_client
        # "Congratulations! Our editors have selected your Montford Park wedding for a feature ... a featured
        # placement fee of $299": the user's work (a photographer's wedding), sold back to them, not their plans
        and not (award_for_sale(text) or feature_for_sale(text))
        # "Brands & Brews, our monthly happy hour for marketers": an organiser's gathering for a group, no friends'
        and not organised_gathering(text, cue)
    ):
        return verdict(
            Decision.IGNORE, f'Personal plans among people who know each other ("{cue}").', "personal"
        )

    # the model may read "thanks for your advice" as an ask for advice, "for the introduction" as one
    loose = intent in (Intent.COFFEE_CHAT, Intent.MENTORSHIP_REQUEST, Intent.INTRODUCTION)
    thanks = thanks_with_a_loose_plan(message.own_text) if loose else None
    if thanks and not pitched and not target_person and not (best is not None and best.score >= ACCEPT_AT):
        said, plan = thanks
        return verdict(
            Decision.IGNORE,
            f'A thank-you ("{said}") with a loose plan to meet some day ("{plan}"): nothing to weigh; answer it '
            "yourself if you like.",
            "personal",
        )

    if scam and not target_person and not context.known_sender:
        return _scam(scam, verdict)

    ended = (
        last_note(message.own_text)
        if intent in _SEQUENCES and not target_person and not context.known_sender
        else ""
    )
    if ended:
        # "I haven't heard back so I'll assume the timing isn't right. I'll close your file for now": the sequence
        # ends, and nothing is asked that the user needs to answer
        return verdict(
            Decision.IGNORE,
            f'A last note in a sequence ("{" ".join(ended.split())}"): it asks nothing you need to answer.',
            "not_invitation",
        )
    return None


def _rule_set_aside(
    message: Message,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    assessment: Assessment,
    fits: tuple[GoalFit, ...],
    best: GoalFit | None,
) -> tuple[tuple[str, list[str]] | None, tuple[GoalFit, ...], GoalFit | None]:
    """The never-rule the message falls under, unless the sender, a provider the user has or a client's visit sets
    it aside (and then the fits it zeroed read again)."""
    never = assessment.never
    if never and _cold_rule(never[0]) and (_known_by(message, profile, context) or _brought_in(context)):
        # "quick 15-minute vendor calls from cold outreach": outreach is cold only from someone the user has no
        # history with; a contact's or a colleague's pitch, or one an introduction brought, is weighed as any pitch
        never, fits = None, tuple(_ruled_back(fit) for fit in fits)
        best = best_fit(profile, list(fits))
    if never and assessment.provider and not assessment.provider.elsewhere and _only_pitches(never[1]):
        # a rule against pitches at large met by a pitch for what the user already has ("half the cost of
        # ZoomInfo", ZoomInfo their contact data): "I already work with ZoomInfo" is the more honest answer
        never = None
    if never and intent is Intent.CLIENT_INQUIRY and _visit_on_the_day(never[1], message, profile):
        # "work on Sundays" met by a client who asks for a visit "this Sunday": the day of a visit to see the work
        # is theirs to move, not a reason to turn the client away; the reply offers the user's own hours instead
        # (a client's work on that day - "our wedding on Saturday 12 June" to "weekend work" - is still declined)
        never, fits = None, tuple(_ruled_back(fit) for fit in fits)
        best = best_fit(profile, list(fits))
    return never, fits, best


def _never_done(
    never: tuple[str, list[str]] | None, verdict: Callable[..., Verdict], text: str
) -> Verdict | None:
    """The no a never-rule gives (or the award or the slot for sale it caught), or the question where the rule's
    own condition is one the mail leaves unsaid."""
    if never:
        rule, notes = never
        if done := condition_unshown(rule, text):
            # "splitting fees ... on candidates I haven't verified myself" and a split offered that says nothing of
            # who vets them: asked, not decided blind
            return verdict(
                Decision.ASK_DETAILS,
                f"{you_never_do(_as_yours(rule))}, and the message does not say whether you would {done} them"
                " yourself: the reply asks.",
                UNSHOWN_CONDITION,
                never_rule=rule,
                evidence=tuple(notes),
            )
        sold = next(
            (note.removeprefix("award_sold: ") for note in notes if note.startswith("award_sold: ")), ""
        )
        if sold:
            # "paying to join 'top agent' award lists": the rule holds on an award whose place is sold, and that is
            # the reason given, as for any award for sale
            return verdict(
                Decision.DECLINE,
                f"It charges you to appear ({sold}): an award whose place is sold, not an honour.",
                "pays_to_appear",
                evidence=(f"{AWARD_FOR_SALE} {sold}", *notes),
                marks=frozenset({DecisionMark.AWARD_FOR_SALE}),
            )
        charge = charge_read_as_unpaid(notes)
        if charge:
            # "unpaid panels" caught a show that charges its guest: the user would pay, and that is the reason
            return verdict(
                Decision.DECLINE,
                f'It charges you to appear ("{charge}"): a slot for sale, not unpaid work.',
                "pays_to_appear",
                evidence=(f'pays to appear: "{charge}"', *notes),
            )
        return verdict(
            Decision.DECLINE,
            f"{you_never_do(_as_yours(rule))}.",
            "never_do",
            never_rule=rule,
            evidence=tuple(notes),
        )

    return None


def _sold_to_you(
    message: Message,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    best: GoalFit | None,
    target_person: bool,
    verdict: Callable[..., Verdict],
) -> Verdict | None:
    """A donation asked, or an award, a feature, a slot or a stall sold to the user: no invitation to weigh."""
    if asked := donation_asked_in(message):
        return _donation(asked, profile, context, verdict)

    # news that you are shortlisted, with the place sold ("finalists cover a featured-listing fee of $895"), is an
    # award for sale however the model read it: a "panel" that shortlists is an editorial one, not a stage; one
    # that shortlists you "as a featured speaker" sells a stage
    award = (
        award_for_sale(text)
        if intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION)
        or (intent is Intent.SPEAKING_INVITATION and not _A_STAGE.search(text))
        else None
    )
    charged = award or (
        charges_to_appear(text)
        if intent is Intent.SPEAKING_INVITATION
        # "join the Editorial Board ... a one-time membership fee of USD 250": a seat sold as a stage is
        else board_seat_sold(text)
    )
    if charged and not target_person:
        # "you've been selected as a featured guest ... a production fee applies": a slot sold, not an invitation
        sold = (
            "an award whose place is sold, not an honour" if award else "a slot for sale, not an invitation"
        )
        return verdict(
            Decision.DECLINE,
            f'It charges you to appear ("{charged}"): {sold}.',
            "pays_to_appear",
            evidence=(f'{AWARD_FOR_SALE if award else "pays to appear:"} "{charged}"',),
            marks=frozenset({DecisionMark.AWARD_FOR_SALE} if award else ()),
        )

    # "would love to feature your 2024 Zinfandel ... Featured placement is $650 and includes a guaranteed 90+ point
    # review": a feature of the user's own work sold to them, however the model read it
    feature = feature_for_sale(text) if intent in _FEATURES_SOLD and not target_person else None
    if feature:
        return verdict(
            Decision.DECLINE,
            f'It charges you to be featured ("{feature}"): a feature for sale, not coverage.',
            "pays_to_appear",
            evidence=(f'{FEATURE_FOR_SALE} "{feature}"',),
            marks=frozenset(
                {DecisionMark.FEATURE_FOR_SALE, DecisionMark.REVIEW_FOR_SALE}
                if _A_REVIEW.search(feature)
                else {DecisionMark.FEATURE_FOR_SALE}
            ),
        )

    stall = stall_for_sale(text, cost_to_attend_in(message)) if intent in _STALLS_SOLD else None
    if stall and not target_person and (best is None or best.score < ACCEPT_AT):
        # "Vendor spots ... The booth fee is $650": a place to sell from, sold to the user; one at an event that
        # serves a goal well is a cost to weigh, named with the yes (below)
        return verdict(
            Decision.DECLINE,
            f'It charges you to take part ("{stall.words}"): a {stall.thing or "place"} for sale, not an invitation.',
            "pays_to_appear",
            evidence=(f'{PAYS_TO_TAKE_PART} "{stall.words}"',),
            marks=frozenset({DecisionMark.PAYS_TO_TAKE_PART}),
        )

    return None


def _provider_or_press(
    message: Message,
    profile: Profile,
    intent: Intent,
    text: str,
    assessment: Assessment,
    best: GoalFit | None,
    target_person: bool,
    pitched: str,
    verdict: Callable[..., Verdict],
) -> Verdict | None:
    """A pitch for what a provider the user works with already does, or a pitch for press coverage."""
    provider = assessment.provider
    if provider and _partner_a_goal_seeks(message, text, intent, profile, provider.category):
        # "Partner, Doyle Partners Chartered Accountants ... how we might refer clients to each other" to an adviser
        # whose clients goal names accountants among its targets: the trade she buys for her own practice is also
        # the one she wants as a source of clients, and a referral proposal from it is that goal, not a pitch
        provider = None
    if (
        provider
        and best is not None
        and best.score >= ACCEPT_AT
        and _sought_for_a_client(profile, best, provider)
    ):
        # "Ben at Finch Ledger mentioned you're looking for a copywriter for their new app": the user has a
        # copywriter of their own, but a goal of helping a client seeks one of that trade for the client
        provider = None
    if provider and provider.elsewhere and not target_person:
        # "Coastal Vine Distributors (California)" and a distributor "covering Dallas, Houston and Austin": the
        # provider leaves that region open, so what they have in mind is worth asking
        return verdict(
            Decision.ASK_DETAILS,
            f"A pitch for {provider.category} in {provider.elsewhere}; {provider.provider} covers only its own"
            " region: ask what they have in mind.",
            OTHER_REGION,
            provider=provider.provider,
            provider_category=provider.category,
            evidence=(f"{OTHER_REGION}: {provider.elsewhere}",),
        )
    if provider:
        return verdict(
            Decision.DECLINE,
            f'A pitch for {provider.category} ("{provider.phrase}"); you already work with {provider.provider}.',
            "has_provider",
            provider=provider.provider,
            provider_category=provider.category,
        )

    if pitched:
        # the one who would speak is someone they speak for, offered to the reader: no meeting of the user's
        # goals; a way the user set out for pitches ("How to pitch the tech desk") is what answers it
        guide = next((r for r in profile.resources if for_pitches(r.title, r.helps)), None)
        return verdict(
            Decision.DECLINE,
            f'A pitch for coverage ("{pitched}"): someone they speak for, offered to you, not a meeting for your'
            " goals." + (f' Your "{guide.title}" answers it.' if guide else ""),
            PRESS_PITCH,
            referral=Referral(guide.title, guide.description, guide.link) if guide else None,
        )
    return None


def _referred(
    message: Message,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    best: GoalFit | None,
    target_person: bool,
    fit: float,
    verdict: Callable[..., Verdict],
) -> Verdict | None:
    """Someone else to send them to: the sender asks for the user's own people (a no), a representative, or a
    referral for a request the goals do not want to meet."""
    own_people = _your_own_people_asked(message, intent)
    if own_people and not target_person:
        # "Would you be willing to introduce me to two or three of your customers' heads of logistics?": the
        # sender would meet the user's own customers; the user meets no one, whatever goal those words name
        return verdict(
            Decision.DECLINE,
            f'They ask you to introduce them to your own people ("{own_people}"): a favour for their aims, not'
            " one of your goals.",
            "not_a_fit",
        )
    if (agent := _representative_for(message, intent, profile, best, target_person)) is not None:
        referral, why = agent
        return verdict(Decision.REFER, why, "refer_representative", referral=referral)
    # "Could you recommend a law firm good on seed rounds?" asks for a name, not a meeting, whoever asks
    asks_a_name = asks_for_recommendation(message.own_text) and not target_person
    if (fit < ACCEPT_AT and not target_person) or asks_a_name:
        wanted = best is not None and best.score >= MEETING_WANTED_AT
        referred = _referral(message, text, intent, profile, context, wanted)
        if referred is not None:
            referral, why, code = referred
            return verdict(Decision.REFER, why, code, referral=referral)
    return None


def _accepted(
    message: Message,
    understanding: Understanding,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    introduced: Introduction | None,
    best: GoalFit | None,
    pays: str,
    paid_ask: bool,
    buyer_introduced: bool,
    networking: float,
    target_person: bool,
    fit: float,
    goal_name: str,
    week_full: bool,
    verdict: Callable[..., Verdict],
) -> Verdict | None:
    """A yes by fit (the bar lower for a buyer), or a target person's: with its costs, its load on the week and why it
    is worth it; or a no for a date the user is away."""
    if context.away_on and intent in KEEPS_ITS_DATE and (target_person or fit >= RELATED_AT):
        # an event or a talk keeps its date; the user's holidays and time off keep theirs
        why = f"Serves {goal_name} (fit {fit:.2f}), but" if fit >= RELATED_AT else "But"
        return verdict(Decision.DECLINE, f"{why} it is on {context.away_on}.", "away")
    # a prospective client of a find-clients goal is paid work: a fit short of the networking bar still earns a
    # call to scope it (one outside the goal's audience scores far lower, and is declined below)
    # ...and so is someone introduced who wants what the user sells ("Priya would like a paid review"), and
    # anyone who pays for the user's work ("a lunchtime talk for our 40 office staff, we can pay $400")
    buyer = intent is Intent.CLIENT_INQUIRY or buyer_introduced or paid_ask
    # (a paid talk or piece that builds the user's name is paid work too, not networking to ration)
    prospect = (
        buyer
        and best is not None
        and (best.kind == GoalKind.FIND_CLIENTS or (paid_ask and best.kind == GoalKind.BUILD_CREDIBILITY))
    )
    # a buyer an introducer vouches for needs only to touch the goal at all
    bar = (RELATED_AT if buyer_introduced else CLIENT_ACCEPT_AT) if prospect else ACCEPT_AT
    # the introduction said what it is for, as does a group asked to join by its kind's name ("join the OpenSSF
    # maintainers working group call, biweekly?"): to belong to it
    purpose_clear = (
        understanding.purpose_clear
        or introduced is not None
        or (intent is Intent.COMMUNITY_INVITATION and bool(peer_group_asked(text)))
        # "I would love some advice on preaching every week": the request says what it is for
        or (intent is Intent.MENTORSHIP_REQUEST and bool(advice_topic(text)))
        or _offers_what_a_goal_seeks(profile, intent, best, text)
        # "something going on ... you should know about ... Could we grab coffee?" to a goal that seeks sources
        or (best is not None and any(note.startswith(TIP_OFFERED) for note in best.evidence))
        # "could you come take a look sometime next week?" at "our kitchen": a visit to see the work, however vague
        # its day
        or (intent is Intent.CLIENT_INQUIRY and bool(site_visit_in(message, profile)))
    )
    if (
        not target_person
        and not paid_ask
        and (one_sided := far_smaller_swap(profile, text)) is not None
        and not pays_you(text)
    ):
        # "a tiny budgeting page with 3K followers - want to do a shout-out swap?" to a creator of 180k: the swap
        # gives her audience nothing back, whichever goal its topic touches (a small brand that pays is a client)
        return verdict(
            Decision.DECLINE,
            f"A swap of audiences that is one-sided: {one_sided}, not the reach your goals mean.",
            AUDIENCE_GAP,
        )
    if (
        intent is Intent.CLIENT_INQUIRY
        and fit >= bar
        and purpose_clear
        and (cut := discount_asked(text, (about for a in profile.answers for about in a.about)))
    ):
        # "Would Cedar Hollow consider a discounted spay/neuter day for us ... pay a reduced rate per animal": worth
        # hearing, but the rate they have in mind is the user's to weigh before any yes
        return verdict(
            Decision.ASK_DETAILS,
            f'Asks for your work at a price below yours ("{cut}"): ask what rate they have in mind first.',
            DISCOUNT_ASKED,
        )
    if target_person or (fit >= bar and purpose_clear):
        code = "target_person" if target_person else "introduced" if introduced is not None else "goal_fit"
        priced = cost_to_attend_in(message) if intent in _PLACES_FOR_SALE else None
        # a yes that spends money: the user sees what it costs before sending it (the draft asks how to book)
        paying = (
            f' It costs {priced.amount} ("{priced.words}"): a cost to weigh before you send the yes.'
            if priced
            else ""
        )
        costs: tuple[str, ...] = (f"costs you {priced.amount}",) if priced else ()
        # ...and one that leaves the way there to the user: "we ask authors to cover their own travel"
        own_way = own_expenses(text) if intent in KEEPS_ITS_DATE else None
        if own_way is not None:
            paying += (
                f' You would pay your own {own_way.what} ("{own_way.words}"): a cost to weigh before you send the'
                " yes."
            )
            costs += (f"costs you {own_way.what}",)
        # a seller's own event that serves a goal (decide.reading): the yes is given knowing who hosts it
        seller = seller_hosted(message, intent) if intent in _PLACES_FOR_SALE else ""
        paying += f" A vendor hosts it ({seller}): expect some selling." if seller else ""
        if intent is not Intent.CLIENT_INQUIRY and not paid_ask and (recurring := recurring_commitment(text)):
            # "Mentors commit two hours a week for the twelve weeks": every week's networking hours, not one
            # meeting's (paid work takes none of them)
            weekly = profile.user.weekly_networking_hours
            paying += (
                f' It asks "{recurring}" of your time, against your {weekly:g} networking hours a week: a commitment'
                " to weigh before you send the yes."
            )
        if week_full and intent in KEEPS_ITS_DATE:
            # a talk, an event or a group keeps its own date: no later time to propose, only the load to see
            why = f"Serves {goal_name} (fit {fit:.2f}); note that {_why_full(context, profile, networking)}."
            return verdict(Decision.ACCEPT, why + paying, code, evidence=costs)
        if week_full:
            grounds = f"Serves {goal_name} (fit {fit:.2f}), but {_why_full(context, profile, networking)}"
            return verdict(
                Decision.ACCEPT, f"{grounds}: propose a later time.", ACCEPT_LATER, grounds=grounds
            )
        # paid work short of the networking bar: the user sees what made it worth it
        paid = f' It pays you ("{pays}").' if paid_ask and fit < ACCEPT_AT else ""
        paid += f" {introduced.made_by} brought them in." if code == "introduced" and introduced else ""
        # "Serves your find mentor goal" alone would hide why a headhunter's call is a yes
        aimed = next((n for n in best.evidence if n.startswith(ROLE_AIMED_FOR)), "") if best else ""
        paid += f" It is {aimed}." if aimed else ""
        return verdict(
            Decision.ACCEPT, f"Serves {goal_name} (fit {fit:.2f}).{paid}{paying}", code, evidence=costs
        )
    return None


def _asked_or_left(
    message: Message,
    understanding: Understanding,
    profile: Profile,
    context: Context,
    intent: Intent,
    text: str,
    assessment: Assessment,
    fits: tuple[GoalFit, ...],
    domain: str,
    passed_on: bool,
    fit: float,
    verdict: Callable[..., Verdict],
) -> Verdict | None:
    """Short of a yes: an exception the user's rule makes, a question where the purpose is unclear, or a request left
    to the user (a client's without a goal for clients, a colleague's)."""
    spared_for = _spared_for(assessment.spared)
    if spared_for and intent in KEEPS_ITS_DATE and not offers_for_sale(text):
        # "weekend events except for students": the user's own exception says they do these for them, so an event
        # of their students ("Four of your students have qualified ...") is a yes, not networking to weigh
        rule, who = spared_for
        return verdict(
            Decision.ACCEPT,
            f'Your rule "{rule}" makes an exception for it ({who}): one you do.',
            "rule_exception",
        )
    # a recruiter's vague "exciting opportunity" is a role the user is not after unless a goal says so: asking
    # for more only brings the pitch
    # (one that names no role - "explore ways we might work together" - is only unclear)
    # ...but a job seeker IS after one: the role a vague recruiter has in mind is the question to ask
    not_after_a_role = (
        intent is Intent.RECRUITING and fit < RELATED_AT and names_a_role(text) and not seeks_work(profile)
    )
    # ...and a "pitch" that sells nothing ("pick your brain - when would you be free?") is only unclear too
    # ...while one who says what they do for whom ("I help nonprofit EDs build a major-gift pipeline ... Free for 20
    # minutes next week?") has said what the coffee is for: a sales conversation
    pitch = intent is Intent.SALES_PITCH and (offers_for_sale(text) or bool(says_what_they_sell(text)))
    # ...as has a founder who says what the company does and that they raise, outside the field the user backs
    off_field = raise_off_the_goal(profile, text) is not None
    # ...as has one who says they look for a role ("am looking for a director of sales role"): a job hunt's coffee
    job_hunt = asks_for_work(message.own_text)
    if (
        not understanding.purpose_clear
        and not context.known_sender
        and not pitch
        and not not_after_a_role
        and not off_field
        and not job_hunt
    ):
        if only_connects(message.own_text):
            # "Hi Tom, I'd love to connect!", with nothing said of who they are or why: the answer is accepting it
            # where it came, not a reply asking what it is for (one who says who they are - "I run Little Owl
            # Animation ... would be great to connect" - is asked what they have in mind, as is one who asks for time:
            # "would love to connect. do you have 15 mins next week?")
            return verdict(Decision.IGNORE, _CONNECTION_ONLY, CONNECTION_REQUEST)
        return verdict(
            Decision.ASK_DETAILS,
            "The purpose is unclear: ask what they would like to discuss.",
            "purpose_unclear",
        )
    if intent is Intent.CLIENT_INQUIRY and not profile.has_goal(GoalKind.FIND_CLIENTS):
        # a parent asking a head teacher about a place, a patient about an appointment: the user's work, not
        # networking, and no goal says whether they take it on; a decline would invent an answer
        return verdict(
            Decision.IGNORE,
            "A request for your work, and none of your goals is about clients: yours to answer.",
            CLIENT_REQUEST,
        )
    if intent is Intent.MENTORSHIP_REQUEST and profile.user.at_own_domain(message.from_addr):
        # a colleague asking for the user's advice is part of the job, not a stranger to turn down: a decline
        # "serves none of your goals" would hurt a working relationship
        return verdict(
            Decision.IGNORE,
            f"From a colleague at {domain}: a request for your advice, yours to answer, not outside networking.",
            "internal",
        )
    field_fit = next((f for f in fits if any(n.startswith(IN_THE_GOALS_FIELD) for n in f.evidence)), None)
    if (
        intent is Intent.INTRODUCTION
        and field_fit is not None
        and not passed_on
        and profile.user.at_own_domain(message.from_addr)
    ):
        # a colleague's introduction to someone in the field whose people a goal seeks ("head of payments policy"
        # to a goal of sources for the fintech and regulation beat): the colleague vouches, the field is the goal's
        field = next(n for n in field_fit.evidence if n.startswith(IN_THE_GOALS_FIELD))
        return verdict(
            Decision.ACCEPT,
            f"A colleague at {domain} introduces someone in the field of {_goal_name(field_fit)}"
            f"{field.removeprefix(IN_THE_GOALS_FIELD)}.",
            "goal_fit",
        )
    if intent in _A_COLLEAGUES_ASK and not passed_on and profile.user.at_own_domain(message.from_addr):
        # a colleague's own introduction or talk ("Making the introduction I promised", "would you host our reader
        # event?") that no goal is seen to want: a decline "serves none of your goals" to a colleague would hurt a
        # working relationship - left to the user, as their request for advice is
        noun = "introduction" if intent is Intent.INTRODUCTION else "invitation"
        return verdict(
            Decision.IGNORE,
            f"From a colleague at {domain}: an {noun} none of your goals is seen to want, yours to answer, not a"
            " stranger's to turn down.",
            "internal",
        )
    return None


def _declined(
    message: Message,
    profile: Profile,
    context: Context,
    intent: Intent,
    networking: float,
    fit: float,
    goal_name: str,
    week_full: bool,
    verdict: Callable[..., Verdict],
) -> Verdict:
    """The no: serves none of the goals (a job seeker's ask referred where the profile says), or only loosely and
    the week is full or it is not the current focus."""
    if intent in (Intent.SALES_PITCH, Intent.RECRUITING) or fit < RELATED_AT:
        # "could you like and reshare my post about our new software?": a favour for their own post, whatever
        # the model took it for (a client's enquiry, a pitch)
        shared = share_of_theirs(f"{message.subject}\n{message.own_text}")
        noun = "A favour for their own post" if shared else _NOUNS.get(intent, "This invitation")
        if intent in (Intent.RECRUITING, Intent.COFFEE_CHAT) and asks_for_work(message.own_text):
            # "Is Pennine Foods hiring at the moment?": a job seeker asking the user for work, not a recruiter
            # offering the user a role
            # ...where the profile says where applications go (a careers page, the firm's recruiter), a referral there
            jobs = job_resource(profile, message.own_text)
            if jobs is not None:
                return verdict(
                    Decision.REFER,
                    f'A job seeker asking about work with you: applications go to "{jobs.title}", so point them'
                    " there.",
                    "refer_resource",
                    referral=Referral(jobs.title, jobs.description, jobs.link),
                )
            recruiter = job_contact(profile, message.own_text)
            if recruiter is not None:
                return verdict(
                    Decision.REFER,
                    f"A job seeker asking about work with you: {recruiter.name} hires for you"
                    f" ({recruiter.category}), so point them there.",
                    "refer_provider",
                    referral=Referral(recruiter.name, recruiter.category, ""),
                )
            # ...and a coffee asked over their search ("am looking for a director of sales role. Any chance you'd have
            # time for a coffee?") has said what it is for: no "what would you like to discuss"
            asked = (
                "asking to meet about their search"
                if intent is Intent.COFFEE_CHAT
                else "asking about work with you"
            )
            return verdict(
                Decision.DECLINE,
                f"A job seeker {asked}, not networking for any of your goals.",
                "not_a_fit",
            )
        if (
            intent is Intent.SALES_PITCH
            and not context.known_sender
            and (marks := bulk_pitch(f"{message.subject}\n{message.own_text}"))
        ):
            # "I noticed your website isn't ranking ... or your money back ... Reply YES for a free audit": a bulk
            # mail's template, to which any reply, a no too, only confirms the address
            return verdict(
                Decision.IGNORE,
                f"A sales pitch sent in bulk ({', '.join(marks)}): a reply, a no too, only confirms your address.",
                "bulk_pitch",
            )
        if intent is Intent.SALES_PITCH and (engagement := industry_engagement(message)):
            # a drug company's paid advisory board on its own product: its marketing, however peer-like its guests
            return verdict(
                Decision.DECLINE,
                f"A company's paid engagement about its own product ({engagement}): its marketing, not a group"
                " of peers.",
                "not_a_fit",
            )
        return verdict(
            Decision.DECLINE,
            f"{noun} that serves none of your goals.",
            "not_a_fit",
        )
    if week_full:
        return verdict(
            Decision.DECLINE,
            f"Only loosely related to {goal_name} (fit {fit:.2f}), and {_why_full(context, profile, networking)}.",
            NO_CAPACITY,
        )
    return verdict(
        Decision.DECLINE,
        f"Only loosely related to {goal_name} (fit {fit:.2f}); not your current focus.",
        "not_current_focus",
    )


# A sender who sells the user the trade itself: "We offer fixed-fee accounting", "our services".
_OFFERS_THE_TRADE = re.compile(
    r"\b(?:we|i)\s+(?:offer|provide|sell)\b|\bour (?:services|packages?|pricing)\b|\bwalk you through\b",
    re.IGNORECASE,
)


def _partner_a_goal_seeks(
    message: Message, text: str, intent: Intent, profile: Profile, category: str
) -> bool:
    """Whether a message that names the trade of a provider the user has proposes to send clients both ways (or to
    work together on the goal's own work) to a user whose find-clients goal names that trade among its targets
    ("accountants", "estate lawyers"): a referral partner the goal asks for, however the user's own accountant
    serves their practice; so does one who says their own people need the user's work ("a handful of trustees
    heading into pension phase who'd benefit from an independent adviser"). A sales pitch, a partnership sold,
    one that offers the trade itself ("We offer fixed-fee accounting"), or one of a trade no such target names is
    none."""
    if intent is Intent.SALES_PITCH or AN_AMOUNT.search(text) or _OFFERS_THE_TRADE.search(message.own_text):
        return False  # a partnership sold ("$85 per qualified lead") is a pitch
    own = message.own_text
    if not (mutual_referrals(own) or referral_partner(profile, text) or says_their_people_need(own)):
        return False
    trade = set(content_stems(category))
    for goal in profile.goals:
        if goal.kind is not GoalKind.FIND_CLIENTS:
            continue
        for target in goal.targets:
            if any(same_category(category, named) for named, _ in detect_categories(target)):
                return True
            if trade and trade <= set(content_stems(target)):
                return True
    return False


def _sought_for_a_client(profile: Profile, best: GoalFit, provider: ProviderHit) -> bool:
    """Whether the goal that fits best helps a client and names, among its targets, the trade of the provider the
    message pitches ("fintech copywriter" for copywriting): the user's own provider is no reason to turn away one
    the goal seeks for the client."""
    if best.kind != GoalKind.HELP_CLIENT.value:
        return False
    goal = profile.goals[best.goal_index]
    trade = set(content_stems(provider.category)) | set(content_stems(provider.phrase))
    return any(
        any(same_category(provider.category, named) for named, _ in detect_categories(target))
        or bool(trade & set(content_stems(target)))
        for target in goal.targets
    )


def _spared_for(spared: tuple[str, str] | None) -> tuple[str, str] | None:
    """The rule and whom it spares, where a never-rule's exception names whom the thing is for ("weekend events
    except for students"): what the user does for them, not only whom they meet ("... except with parents")."""
    if spared is None:
        return None
    exemption = rule_exemption(spared[0])
    return spared if exemption is not None and exemption.joined == "for" else None


def _client_writing(message: Message, profile: Profile) -> str:
    """The client of a help-client goal whose address the sender writes from ("hello@emberandoak.example")."""
    label = domain_label(_domain(message.from_addr))
    for goal in profile.goals:
        for client in clients_of(goal):
            # the name spelled whole ("emberandoakstudio") or its distinctive words alone ("emberandoak"),
            # not another firm that begins alike ("emberandoakcandle")
            words = client.replace("&", "and").split()
            spellings = {
                alphanumeric(" ".join(words)),
                alphanumeric(" ".join(words[:-1])),
                "".join(spelled_by(client)),
            }
            if label and label in spellings:
                return client
    return ""


# What anyone may send, a colleague at the user's own (perhaps not public-looking) domain too: a client, a talk,
# an introduction, a request for advice are weighed as from anyone.
# Offers from outside a colleague may pass on to be weighed as their sender's (not a pitch or a job to sell)
_OFFERED_FROM_OUTSIDE = frozenset(
    {Intent.PARTNERSHIP_PROPOSAL, Intent.COFFEE_CHAT, Intent.SPEAKING_INVITATION, Intent.INTRODUCTION}
)


def _colleague_forwards_outside_meeting(message: Message, profile: Profile) -> bool:
    """A colleague forwards a note written outside the organisation (whose meeting the model read as work)."""
    return (
        profile.user.at_own_domain(message.from_addr)
        and bool(forwarded_part(message))
        and not forwards_own_mail(message)
        and _written_outside(message, profile)
    )


def _written_outside(message: Message, profile: Profile) -> bool:
    """The note a message forwards was written outside the user's organisation."""
    _name, address = forwarded_sender(message)
    return bool(address) and not profile.user.at_own_domain(address)


# A colleague's own asks, weighed as anyone's, that are never turned down as a stranger's are.
_A_COLLEAGUES_ASK = frozenset({Intent.SPEAKING_INVITATION, Intent.INTRODUCTION})
_FROM_OUTSIDE_TOO = frozenset(
    {Intent.CLIENT_INQUIRY, Intent.SPEAKING_INVITATION, Intent.INTRODUCTION, Intent.MENTORSHIP_REQUEST}
)
# a place at an event or in a group may be sold (a talk that charges its speaker is declined before)
_PLACES_FOR_SALE = frozenset({Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION})
# ...and where a vendor's booth is sold, however the model read the offer of it
_STALLS_SOLD = _PLACES_FOR_SALE | {Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL}


def _why_full(context: Context, profile: Profile, hours: float) -> str:
    weekly = profile.user.weekly_networking_hours
    if context.free_hours is not None and context.hours_committed + hours <= weekly:
        return f"your calendar has only {context.free_hours:g} free hours that week"
    if context.hours_committed <= 0:
        return f"it takes about {hours:g} hours, more than your {weekly:g} networking hours a week"
    if context.hours_committed >= weekly:
        return f"that week's {weekly:g} networking hours are already taken ({context.hours_committed:g} committed)"
    return f"{context.hours_committed:g} of that week's {weekly:g} networking hours are already taken"


_FIRST_PERSON = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i'd": "you'd",
    "i've": "you've",
    "i'll": "you'll",
}


def _as_yours(rule: str) -> str:
    """A rule in the user's words, told back to them: "styled shoots where I pay" is where you pay."""
    return re.sub(
        r"\b(?:i'm|i'd|i've|i'll|i|me|my|mine|myself)\b(?!')",
        lambda found: _FIRST_PERSON[found.group(0).lower()],
        rule,
        flags=re.IGNORECASE,
    )
