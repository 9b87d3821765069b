"""What a draft offers instead of a meeting (step three): a resource of the profile, the user's own answer on a
never-rule's subject, or passing a seller's details on to whoever needs them - never to a rival of the user's
own provider, nor where the rule held by the day alone (kindly.reply.compose writes the offer into the draft)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.amounts import MONEY
from kindly.decide.audience_gap import AUDIENCE_GAP
from kindly.decide.business_sale import SALE_IN_A_MESSAGE
from kindly.decide.candidates import role_sought
from kindly.decide.categories import detect_categories, is_trade_of
from kindly.decide.client_need import own_trade, raise_off_the_goal
from kindly.decide.fit import board_seat_offered, sponsorship_asked
from kindly.decide.own_field import own_field_stems
from kindly.decide.policy import ACCEPT_AT, CLIENT_ACCEPT_AT, PRESS_PITCH
from kindly.decide.rule_whom import speaks_of_own_writing
from kindly.decide.rules import CONCEPTS, rule_condition
from kindly.decide.sellers import SALES_TITLE
from kindly.decide.story_review import STORY_REVIEW
from kindly.decide.submissions import submissions_page
from kindly.decide.thread import contact_details
from kindly.decide.vendor_events import brought_to_own_team, seller_hosted
from kindly.decide.words import content_stems
from kindly.model import Decision, Intent, Message, Verdict
from kindly.profile import GoalKind, Profile
from kindly.reply.ask_terms import asks_for_a_shoot
from kindly.reply.campaign_to_spread import campaign_to_spread
from kindly.reply.decline_reason import rule_as_said, with_article
from kindly.reply.own_terms_offered import usual_terms
from kindly.reply.recurring_day import recurs_on_its_day
from kindly.reply.resources import best_resource, job_referral, job_seekers_resource
from kindly.understand.questions import questions


@dataclass(frozen=True, slots=True)
class Offer:
    kind: str  # resource | meet_later | jobs_contact | pass_on | vouched_by_others | keep_overview | keep_in_mind | suggest | next_time | another_day | refer_freely | standard_terms | mention | another_speaker | another_candidate | role_in_mind | on_condition | own_answer | usual_terms | intro_later | none
    title: str = ""
    description: str = ""
    link: str = ""
    what: str = ""
    # of a pass_on: what the mail already gave, so the offer asks only for the rest ("your contact details")
    noted: str = ""


def _served(phrase: str, text: str) -> bool:
    """Whether a trade is whom the pitch serves, not what it sells: "We help wedding photographers get their
    evenings back", "SEO for wedding photographers"."""
    return (
        re.search(
            rf"\b(?:help|helps|helping|for|serve|serves|serving|support|supports|supporting|work with)\s+"
            rf"(?:[\w-]+\s+){{0,2}}{re.escape(phrase)}",
            text,
            re.IGNORECASE,
        )
        is not None
    )


def _answer_on_the_rule(rule: str, text: str, profile: Profile) -> str:
    """The user's own answer about what a never-rule and the message both name ("test" of "unpaid test
    translations over 300 words" and "all new vendors complete a test translation"): what they do instead."""
    for answer in profile.answers:
        said = [
            word
            for word in answer.about
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rule, re.IGNORECASE)
            and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
        ]
        if said:
            return answer.answer
    return ""


# A web address a signature gives bare: "brightpixel.com", "hollowayweb.co.uk" (not "Inc." nor "e.g."). Not
# decide.thread's _URL, which needs "http" or "www." to read one anywhere in a mail ("Next.js" is no site).
_BARE_SITE = re.compile(
    r"(?<![@\w.-])[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|io|co|biz|info|studio|design|agency|example|"
    r"[a-z]{2})(?:/\S*)?(?![\w@])",
    re.IGNORECASE,
)


# A seller of clients to the user: leads or appointments ("pay $85 per qualified lead", "lead generation",
# "appointment setting", "we book qualified appointments into your diary"); not "she leads the team". Or of the
# founders an investor backs: a matchmaker ("we match investors with vetted founders", "investor matchmaking",
# "10 curated founder intros a month").
_SELLS_CLIENTS = re.compile(
    r"\b(?:(?:pre-)?qualified|exclusive|warm|hot|inbound|verified)[ -](?:leads?|appointments|prospects)\b"
    r"|\bmatch(?:es|ing)?\s+(?:\w+\s+){0,2}?(?:investors|vcs|angels|founders|start-?ups)\s+with\b"
    r"|\b(?:investor|founder|vc|deal)[ -]match(?:ing|making)\b|\bmatchmaking\b"
    r"|\bcurated\s+(?:[\w-]+\s+){0,2}?intro(?:duction)?s\b"
    r"|\b(?:per|a|each|every)[ -](?:(?:pre-)?qualified[ -])?(?:lead|appointment)\b"
    r"|\blead[ -](?:generation|gen)\b|\bappointment[ -]setting\b"
    r"|\bbook\w*\s+(?:(?:qualified|new)\s+)?(?:appointments|meetings)\s+(?:into|in|on)\s+your\s+(?:diary|calendar)\b",
    re.IGNORECASE,
)


def _pass_on(message: Message, what: str) -> Offer:
    """The offer to pass a seller's details on when someone needs `what`: it asks only for what the mail did not
    give (a signature with a phone, an address, a website: "I've noted your contact details", then only the
    overview)."""
    given = f"{message.own_text}\n{message.signature}"
    if contact_details(given) or _BARE_SITE.search(message.signature):
        return Offer("pass_on", what=what, noted="your contact details")
    return Offer("pass_on", what=what)


# A never-rule's note of a day or a part of the day it held by ('"friday": "Friday"', 'weekend: "Saturday"').
_WHEN_NOTE = re.compile(
    r'^"?(?:weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|evenings?|nights?)"?:',
    re.IGNORECASE,
)


def _only_when(evidence: tuple[str, ...]) -> bool:
    """Whether a never-rule held by when alone: each of its notes is a day or a part of the day (beside the
    appointment asked, which "weekend appointments" rules out only for its day)."""
    notes = [note for note in evidence if ":" in note and not note.startswith("appointment:")]
    return bool(notes) and all(_WHEN_NOTE.match(note) for note in notes)


def _wanted_but_for_the_rule(verdict: Verdict, at: float = ACCEPT_AT) -> bool:
    """Whether the message would have served a goal well had the never-rule not held (from `at`: a client's
    inquiry is worth answering from a lower fit than an invitation)."""
    # to two places, as the fit's note shows the user ("would score 0.65, but you never do ...")
    return any(round(fit.ruled_out_from, 2) >= at for fit in verdict.fits if fit.ruled_out_from is not None)


# An event that gives each guest a sample of its host's trade: "Each guest receives a complimentary one-on-one
# portfolio review", "a free consultation for everyone who attends" - a seller's seminar, however it is named.
_SALES_HOOK = re.compile(
    r"\b(?:complimentary|free|no-obligation)\s+(?:[\w-]+\s+){0,3}?(?:review|consultation|assessment|audit|"
    r"valuation|quote|check-?up|evaluation|analysis|appraisal)s?\b",
    re.IGNORECASE,
)


# ...or sells its guests time with those it invites, in any currency: "Writers purchase pitch tickets ($89 per 5-minute
# pitch)", "SGD 89 per pitch",
# "attendees can buy one-on-one sessions with our featured agents", "pay-to-pitch".
_TIME_SOLD = re.compile(
    r"\b(?:purchase|buy|book)\w*\s+(?:[\w-]+\s+){0,2}?(?:pitch|1:1|one-on-one|one-to-one)\s+(?:tickets?|sessions?|"
    rf"slots?|appointments?)\b|{MONEY}\s+(?:per|a|for\s+(?:a|each|one))\s+(?:\d+-minute\s+)?pitch(?:es)?\b|"
    r"\bpay[- ]to[- ]pitch\b",
    re.IGNORECASE,
)


def sells_to_its_guests(text: str) -> bool:
    """Whether an event's own words give its guests a free sample of the host's services (see _SALES_HOOK), or sell
    them time with those it invites (_TIME_SOLD): nothing a no offers to spread."""
    joined = " ".join(text[:20_000].split())
    return _SALES_HOOK.search(joined) is not None or _TIME_SOLD.search(joined) is not None


# A never-rule on speaking or writing of the user's clients ("interviews about clients", "stories of my patients").
_CLIENTS_SPOKEN_OF = re.compile(
    r"\b(?:about|of|on)\s+(?:my\s+|our\s+)?(?:current\s+|former\s+)?(?:clients?|patients?|cases?)\b",
    re.IGNORECASE,
)


def choose_offer(message: Message, verdict: Verdict, intent: Intent, profile: Profile) -> Offer:
    """Step 3: something that helps what the sender is after."""
    text = f"{message.subject}\n{message.own_text}"
    if verdict.reason_code == PRESS_PITCH:
        # the user's guide to pitching them, where they have one; else the e-mail the reason asks for is enough
        if verdict.referral is not None:
            return Offer("resource", verdict.referral.name, verdict.referral.detail, verdict.referral.contact)
        return Offer("none")
    if verdict.reason_code in (AUDIENCE_GAP, STORY_REVIEW):
        # a small account wants reach, not its overview kept for someone who needs it; a story's subject wants
        # the facts right, which the reason offers
        return Offer("none")
    if verdict.reason_code == "has_provider":
        return _pass_on(message, with_article(verdict.provider_category))
    if verdict.reason_code == "never_do" and (condition := rule_condition(verdict.never_rule)):
        return Offer("on_condition", what=rule_as_said(condition.kept))  # the meeting the rule allows
    if verdict.reason_code == "never_do" and (
        allowed := _answer_on_the_rule(verdict.never_rule, text, profile)
    ):
        # "unpaid test translations over 300 words": the user's own word on tests says what they do instead
        return Offer("own_answer", what=allowed)
    if (
        verdict.reason_code == "never_do"
        and intent is Intent.CLIENT_INQUIRY
        and (terms := usual_terms(verdict.never_rule, profile.answers))
    ):
        # "five candidate profiles for free before we sign" from a would-be client: the unpaid trial is refused,
        # not the client - her usual terms keep the door open
        return Offer("usual_terms", what=terms)
    if verdict.reason_code == "never_do" and any(note.startswith("political:") for note in verdict.evidence):
        # a candidate's campaign: another pastor found for it, or its event passed on, would be the endorsement the
        # rule keeps out by other means
        return Offer("none")
    if verdict.reason_code == "never_do" and _CLIENTS_SPOKEN_OF.search(verdict.never_rule):
        # "podcast or media interviews about clients": a duty every peer of the user's shares, so no colleague is
        # found for the show that wants a client's story
        return Offer("none")
    if verdict.reason_code == "never_do" and CONCEPTS["covered"].rule.search(verdict.never_rule):
        # "paid speaking for companies on my beat": a reporter's ethics code, the same for every colleague she
        # might put in touch with the company's stage or trip
        return Offer("none")
    if verdict.decision is Decision.DECLINE and speaks_of_own_writing(message.own_text):
        # a writer turned down (a reading fee offered, a meeting before the manuscript) is told where submissions go
        page = submissions_page(profile)
        if page is not None:
            return Offer("resource", page.title, page.description, page.link)
    if verdict.reason_code == "away":
        # only the day is wrong: the next one is welcome
        return Offer("next_time")
    if (
        verdict.reason_code == "never_do"
        and intent in (Intent.SPEAKING_INVITATION, Intent.EVENT_INVITATION, Intent.CLIENT_INQUIRY)
        and _only_when(verdict.evidence)
        and _wanted_but_for_the_rule(
            verdict, CLIENT_ACCEPT_AT if intent is Intent.CLIENT_INQUIRY else ACCEPT_AT
        )
    ):
        # (a client who asks for a Saturday appointment is welcome on a weekday)
        # "meetings or talks on Friday afternoons" held by the day and the hour alone, of a talk that serves a
        # goal well: another day is welcome; an event keeps its organiser's day, so its next one is - unless it
        # recurs on that very day ("the first Sunday of each month")
        if intent is Intent.EVENT_INVITATION and recurs_on_its_day(text):
            return Offer("none")
        return Offer("next_time" if intent is Intent.EVENT_INVITATION else "another_day")
    if (
        verdict.reason_code in ("not_a_fit", "not_current_focus")
        and raise_off_the_goal(profile, text) is not None
    ):
        # a founder raising outside the user's field wants investors, not their overview kept "for anyone I know":
        # a resource of the user's for what they raise for, if any, else nothing
        found = best_resource(profile.resources, text, profile.user.email)
        if found is not None:
            return Offer("resource", found.title, found.description, found.link)
        return Offer("none")
    if verdict.reason_code in ("not_a_fit", "not_current_focus") and board_seat_offered(message.own_text):
        # "would you consider joining our board as treasurer?": a nominating committee looks for a person to
        # serve, not for people who would "get a lot out of" a group
        return Offer("another_candidate")
    if verdict.reason_code in ("not_a_fit", "not_current_focus") and sponsorship_asked(message.own_text):
        # "Would Lakeshore Food Network consider sponsoring this year's race?": they want sponsors and runners, not
        # an overview passed on; the word spread is what the user can give
        return Offer("mention")
    if intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL) and _SELLS_CLIENTS.search(
        " ".join(text.split())
    ):
        # "$85 per qualified lead", "we book appointments into your diary": clients sold to people of the user's
        # own trade, whom the user would never send a rival's way; nothing to pass on
        return Offer("none")
    if (
        intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL)
        and verdict.reason_code != "never_do"
        and CONCEPTS["referral_fee"].shown_by(text)
    ):
        # "refer authors you can't take on and receive a 15% referral commission": a no that offers to put people
        # in touch with them would read as joining the scheme; nothing is offered
        return Offer("none")
    if intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL) and campaign_to_spread(text):
        # "a launch campaign aimed at debut authors - would you share it with your authors?": they asked her to pass
        # it on already; no "send me an overview", which is for a seller's service
        return Offer("none")
    if intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL) and SALE_IN_A_MESSAGE.search(text):
        # a buyer for the user's own business ("a platform acquiring independent agencies"): no overview to keep
        # for someone else, they want this one
        return Offer("none")
    if intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL) and verdict.reason_code != "never_do":
        # "ghostwriting for law firm partners" names the user's trade, not theirs: no "when someone needs legal
        # services" to a lawyer
        mine = own_trade(profile)
        # nor "when someone asks me about insurance" to an insurance broker: all the phrase's words are her goals'
        field = own_field_stems(profile)
        categories = [
            (category, phrase)
            for category, phrase in detect_categories(text)
            if mine.isdisjoint(content_stems(phrase))
            and not (set(content_stems(phrase)) or {""}) <= field
            and not is_trade_of(category, mine)
            and not _served(phrase, text)
        ]
        if categories:
            return _pass_on(message, with_article(categories[0][0]))
        # no trade named (a coach, an investor's note): their overview kept for whoever could use it, never
        # "tell me what you need", which a seller would read backwards
        return Offer("keep_overview")
    if intent is Intent.RECRUITING and (job := job_seekers_resource(profile, message)):
        return Offer("resource", job.title, job.description, job.link)  # a candidate: where the roles are
    if (hirer := job_referral(verdict, intent, message)) is not None:
        return Offer("jobs_contact", hirer.name, what=hirer.detail)  # ...or who hires for the user
    if intent is Intent.SPEAKING_INVITATION:
        # an organiser the user cannot speak for may still use something the user made for organisers
        for_organisers = [r for r in profile.resources if _ORGANISERS.search(r.helps)]
        recording = best_resource(for_organisers, text, profile.user.email)
        if recording is not None:
            return Offer("resource", recording.title, recording.description, recording.link)
    if intent is Intent.INTRODUCTION:
        # the introducer asks nothing for themselves: no "send me a line on what you need"; where only the week is
        # full, the connection is welcome later
        return Offer("intro_later" if verdict.reason_code == "no_capacity" else "none")
    if intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION):
        # an organiser wants people in the room, not someone "who could help" them; a seller's own event (a
        # wealth firm's breakfast seminar) is its advertising, which a no does not offer to spread
        # a seller's session brought to the user's own crew ("I'll bring lunch for the crew") is no event anyone
        # else could go to
        own = seller_hosted(message, intent) or sells_to_its_guests(text) or brought_to_own_team(text)
        return Offer("none" if own else "mention")
    if intent is Intent.SPEAKING_INVITATION:
        # ...and a stage wants a speaker; a shoot read as one wants no speaker suggested
        return Offer("none" if asks_for_a_shoot(message) else "another_speaker")
    if intent is Intent.RECRUITING:
        # a recruiter looks for people, not for the user's checklists
        return Offer("keep_in_mind")
    if intent is Intent.CLIENT_INQUIRY:
        # a client the user cannot take needs someone who can, not the user's notes for beginners; only a
        # practice that takes clients has peers to suggest
        return Offer("suggest") if profile.has_goal(GoalKind.FIND_CLIENTS) else Offer("keep_in_mind")
    if intent is Intent.COFFEE_CHAT and (role := role_sought(message.own_text)):
        # a job seeker's coffee ("am looking for a director of sales role"): the role they said kept in mind - not
        # their overview asked as of a seller ("sales" in it), nor asked what they are looking for
        return Offer("role_in_mind", what=role)
    seller = _SIGNS_AS_SELLER.search(f"{message.own_text}\n{message.signature}")
    if intent is Intent.COFFEE_CHAT and verdict.reason_code == "no_capacity" and not seller:
        # only the week is full: a peer's coffee is welcome later, not asked what they are looking for
        return Offer("meet_later")
    if intent is Intent.COFFEE_CHAT and seller:
        # a seller's coffee ("Senior Account Executive | EduMetrics"): their overview kept for whoever could use
        # it, never "send me a line on what you need", which a seller reads backwards
        return Offer("keep_overview")
    # a resource for the help they ask or pass on; of a coffee only its questions, not the words of a pitch
    # ...and what they say they would ask over it ("ask you a few questions about making my first budget")
    would_ask = _what_they_would_ask(message.own_text)
    asked = " ".join([*questions(message.own_text), would_ask]) if intent is Intent.COFFEE_CHAT else text
    resource = best_resource(profile.resources, asked, profile.user.email)
    if resource is not None:
        return Offer("resource", resource.title, resource.description, resource.link)
    if would_ask:
        # "I'd love to ask you a few questions about how you got started on YouTube": what they need is said, and
        # nothing of the user's answers it - no "send me a line on what you need", only a warm no
        return Offer("none")
    return Offer("keep_in_mind")


def _what_they_would_ask(text: str) -> str:
    """The words in which a sender says what they would ask the user, to the end of that sentence; "" if none."""
    flat = " ".join(text[:20_000].split())
    found = _SAYS_WHAT_THEY_WOULD_ASK.search(flat)
    if found is None:
        return ""
    end = _SENTENCE_END.search(flat, found.end())
    return flat[found.start() : end.start() if end else len(flat)]


# What a fan or a newcomer would ask over the coffee: "ask you a few questions about how you got started", "hear
# how you built your channel", "pick your brain about pricing", "your advice on going full-time".
_SAYS_WHAT_THEY_WOULD_ASK = re.compile(
    r"\bask\s+you\s+(?:(?:a\s+)?(?:few|couple|some|quick|of)\s+){0,3}(?:questions?\s+)?(?:about|on)\s+\w|"
    r"\b(?:hear|learn)\s+(?:more\s+)?(?:about\s+)?how\s+you\b|\bpick\s+your\s+brain\s+(?:about|on)\s+\w|"
    r"\byour\s+(?:advice|tips|thoughts)\s+(?:on|about)\s+\w",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


_ORGANISERS = re.compile(r"\b(?:organi[sz]ers?|event|events|conferences?|programme|program)\b", re.IGNORECASE)


_SIGNS_AS_SELLER = re.compile(rf"\b(?:{SALES_TITLE})\b", re.IGNORECASE)
