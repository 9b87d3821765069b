"""What a draft thanks the sender for: the kind of ask ("the invitation to speak", "your note") or a calendar
event's own name, and the readings it rests on (an event that names its people, a product's line, a sender who
offers their own time); the words for the meeting asked ("to lunch", "have a call") go with it (kindly.reply.compose
opens its drafts with them)."""

from __future__ import annotations

import re

from kindly.decide.agency_recruiting import candidate_writes
from kindly.decide.candidates import CANDIDATE as _CANDIDATE
from kindly.decide.categories import detect_categories
from kindly.decide.client_need import says_they_raise
from kindly.decide.expert_network import brokered_consult
from kindly.decide.funders import gift_offered
from kindly.decide.own_proposal import funder_on_own_proposal
from kindly.decide.referral import own_meeting
from kindly.decide.rule_whom import speaks_of_own_writing
from kindly.decide.rules import honour_sold_to_you
from kindly.decide.vendor_events import seller_hosted
from kindly.decide.words import names_a_role
from kindly.forwarded import forwarded_part, forwards_own_mail, relayed_offer
from kindly.model import Event, Intent, Message
from kindly.reply.acceptance import (
    PITCH_SESSIONS,
    asks_for_live_show,
    asks_to_host,
    asks_to_host_at_a_venue,
    only_a_conversation,
)
from kindly.reply.advice_asked import asks_for_advice
from kindly.reply.ask_terms import asks_onto_a_stage, plain_ask
from kindly.reply.data_asked import data_asked
from kindly.reply.decline_reason import asks_to_shadow
from kindly.understand.connect import CONNECT
from kindly.understand.extract import Details, extract
from kindly.understand.host_asked import asked_to_host_in_person
from kindly.understand.people import LEADING_HONORIFICS

_ASKS = {
    Intent.COFFEE_CHAT: "the invitation to meet",
    Intent.SALES_PITCH: "your note about your services",
    Intent.EVENT_INVITATION: "the invitation",
    Intent.SPEAKING_INVITATION: "the invitation to speak",
    Intent.MENTORSHIP_REQUEST: "your request for advice",
    Intent.INTRODUCTION: "your note about an introduction",
    Intent.RECRUITING: "your note about the role",
    Intent.PARTNERSHIP_PROPOSAL: "your note about working together",
    Intent.COMMUNITY_INVITATION: "the invitation to join",
    Intent.CLIENT_INQUIRY: "your enquiry",
}


# What a writer's note about their own book is read as, wrongly: a talk ("read it and give me your notes"), a role,
# a service sold.
_MISREAD_FOR_A_WRITER = frozenset(
    {Intent.SPEAKING_INVITATION, Intent.RECRUITING, Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL}
)


# What an expert network's paid call for its client is read as, wrongly: a service sold, a talk, a role, a meeting.
_MISREAD_FOR_A_BROKER = frozenset(
    {
        Intent.SALES_PITCH,
        Intent.SPEAKING_INVITATION,
        Intent.RECRUITING,
        Intent.PARTNERSHIP_PROPOSAL,
        Intent.CLIENT_INQUIRY,
        Intent.COFFEE_CHAT,
    }
)


# What a request for data is read as, wrongly: advice asked, a client's enquiry, a meeting (reply.data_asked).
_MISREAD_FOR_DATA = frozenset({Intent.MENTORSHIP_REQUEST, Intent.CLIENT_INQUIRY, Intent.COFFEE_CHAT})


# What a speaker is asked to do, by the stage the message names.
_SPEAKING_ASKS = {
    "article": "the invitation to write",
    "review": "the invitation to review",
    "comment": "your request for a comment",
    "judge": "the invitation to judge",
    "critic": "the invitation to be a guest critic",
    "proposal": "letting me know about the call for talks",
    "feature": "the invitation to be featured",
    "podcast": "the invitation to your show",
    "interview": "the invitation to be interviewed",
    "workshop": "the invitation to teach a workshop",
    "organise": "the invitation to join the organisers",
}


def _names_its_people(event: Event) -> bool:
    """Whether a calendar event's summary is the organiser's label for a meeting of its people ("Coffee and
    careers chat - Erik / Aisling", "Priya <> Sam", "Call with Dana Reyes"), not the name of an event to thank
    someone for: it names its organiser or one of its attendees by their first name."""
    people = [event.organizer_name, *(attendee.name for attendee in event.attendees)]
    firsts = {
        word
        for name in people
        for word in LEADING_HONORIFICS.sub("", name.strip()).split()[:1]  # "Prof. Dr. Erik Halvorsen" is Erik
        if len(word) >= 2 and word[:1].isupper()
    }
    return any(re.search(rf"(?<!\w){re.escape(first)}(?!\w)", event.summary) for first in firsts)


# A title that sells rather than names: a promise of growth made to the reader ("10x your listing leads", "Grow
# your practice in 30 days", "Double your bookings") or of more of what they sell ("More leads, less work").
_MARKETING_LINE = re.compile(
    r"\b\d+\s?x\b|\b(?:boost|grow|double|triple|scale|supercharge|skyrocket|maximi[sz]e|explode|fill|automate)"
    r"\s+(?:\w+\s+){0,1}your\b|\bmore\s+(?:leads|sales|clients|customers|bookings|listings|revenue|deals)\b",
    re.IGNORECASE,
)


# What a proposal of working together says of it: "partner with you", "collaborate", "team up", "each other's".
_TOGETHER = re.compile(
    r"\b(?:partner\w*|together|collaborat\w*|team(?:ing)? up|joint\w*|each other|one another|co-?host\w*|"
    r"co-?market\w*|cross-?promot\w*|alliance|synerg\w*|share your|sharing your|help (?:spread|amplify))",
    re.IGNORECASE,
)


# What a plain event calls itself, for the wish of a decline ("Good luck with the mixer").
_EVENT_KINDS = re.compile(
    r"\b(mixer|demo|webinar|workshop|party|dinner|breakfast|lunch|luncheon|social|meetup|meet-up|conference|"
    r"summit|gala|fair|expo|launch|open house|reception|networking night|happy hour)\b",
    re.IGNORECASE,
)


# An event's call to answer: "RSVP", "register", "save your seat".
_RSVP = re.compile(
    r"\bRSVP\b|\bregist(?:er|ration)\b|\bsave (?:the|your) (?:date|spot|seat)\b|\bget your tickets?\b",
    re.IGNORECASE,
)


def plainly_an_event(message: Message, details: Details) -> bool:
    """Whether a message is plainly an event, however the model read it: a calendar invitation with a start that
    is no meeting of named people, or a mail with a date, a place and a call to RSVP."""
    if message.event is not None:
        return message.event.start is not None and not _names_its_people(message.event)
    text = f"{message.subject}\n{message.own_text}"
    return bool(details.when and (details.place or details.event_place) and _RSVP.search(text))


# Asked to come along, not to meet about something: "Would you join us on the 10th?", "Can you come Friday?".
_COME_ALONG = re.compile(
    r"\b(?:join\s+(?:us|me|them)|come\s+(?:along|over|by)|come\b|stop\s+by|drop\s+by|be\s+there)\b",
    re.IGNORECASE,
)


def occasion_unsaid(details: Details) -> bool:
    """Whether an invitation asks the reader to come along without saying to what ("Would you join us on the
    10th?"): no form of meeting and no event named. Then a question of details asks the occasion, not a topic."""
    return not details.format and not details.event_name and _COME_ALONG.search(details.ask) is not None


def event_kind(message: Message) -> str:
    """What an event calls itself, for a decline's good wishes: "the mixer", "the demo", else "the event"."""
    summary = message.event.summary if message.event is not None else ""
    found = _EVENT_KINDS.search(summary) or _EVENT_KINDS.search(f"{message.subject}\n{message.own_text}")
    return f"the {found.group(1).lower()}" if found else "the event"


# A round said as when the work is needed: "a proper website before our seed round in the spring", "ahead of our
# Series A": the enquiry is for the work, and the round only its time.
_A_ROUND_AS_A_TIME = re.compile(
    r"\b(?:before|ahead of|prior to|in time for|in the run-up to)\s+(?:our|the|a|an|this|next year's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round|raise|fundraise|series [a-d])\b",
    re.IGNORECASE,
)


def ask_phrase(
    message: Message,
    intent: Intent,
    details: Details | None = None,
    date_style: str = "international",
    raise_sought: bool = False,
) -> str:
    """What they asked for, as the reply thanks them for it: the kind of ask ("the invitation to speak"), or
    the calendar event's own name. Their subject line is not quoted back: it reads as pasted in. `raise_sought`:
    the user seeks founders who raise, as this one does (an investor's deal flow)."""
    if message.event is not None and message.event.summary and not _names_its_people(message.event):
        if _MARKETING_LINE.search(message.event.summary):
            return (
                "the invitation"  # "AgentBoost demo: 10x your listing leads" is a product's line, not a name
            )
        return f'the invitation to "{message.event.summary}"'
    if forwarded_part(message) and len(message.own_text.split()) >= 4 and not forwards_own_mail(message):
        return "passing this on"  # a colleague's forward: the invitation is someone else's
    if relayed_offer(message) is not None and intent in (Intent.COFFEE_CHAT, Intent.INTRODUCTION):
        return "passing this on"  # "he'd be happy to meet ... His cell is ...": someone else's offer, relayed
    if (
        intent is Intent.CLIENT_INQUIRY
        and says_they_raise(f"{message.subject}\n{message.own_text}")
        # ...unless the round is only when the work is needed - to a user who seeks no raises: to an investor a
        # founder's "coffee before our pre-seed round" is the round
        and (raise_sought or not _A_ROUND_AS_A_TIME.search(" ".join(message.own_text[:20_000].split())))
    ):
        # a founder's pitch to an investor, or a co-investor's: no customer's enquiry
        return "reaching out about the round"
    if intent in (Intent.CLIENT_INQUIRY, Intent.COFFEE_CHAT) and gift_offered(message.own_text):
        return "considering a gift"  # a donor writes of what they would give, not of what they would buy
    if intent in _MISREAD_FOR_A_WRITER and speaks_of_own_writing(message.own_text):
        return "your note"  # "I am happy to pay $500 for you to read my novel": no talk, no role, no service
    if intent in _MISREAD_FOR_A_BROKER and brokered_consult(f"{message.subject}\n{message.own_text}"):
        # an expert network's paid call for its client: they ask for the user's time, they sell her nothing
        return "thinking of me for the consultation"
    if intent is Intent.COFFEE_CHAT and (sent := _SENDS_OWN_PAPERS.search(message.own_text)):
        # a candidate's "I've attached my CV. Would you have 20 minutes?": thanked for what they sent, not an
        # invitation
        papers = (sent.group("what") or sent.group("what_after")).lower()
        return f"sending your {'CV' if papers == 'cv' else papers}"
    if funder_on_own_proposal(f"{message.subject}\n{message.own_text}"):
        # a program officer on the user's own proposal: no customer's inquiry, no pitch - their own grant
        return "your message about my proposal"
    if intent is Intent.CLIENT_INQUIRY and date_style == "us":
        return "your inquiry"  # the US spelling goes with the US dates
    base = _ASKS.get(intent, "your message")
    if (
        intent is Intent.COFFEE_CHAT
        and CONNECT.search(message.own_text)
        and not _MEETS.search(message.own_text)
    ):
        base = "reaching out"  # "Let's connect!" invited to no meeting
    if base == _ASKS[Intent.COFFEE_CHAT] and candidate_writes(" ".join(message.own_text[:20_000].split())):
        base = (
            "getting in touch"  # "I'd like to explore staff roles. Could we talk?": their own search, asked
        )
    if intent is Intent.SALES_PITCH and not detect_categories(f"{message.subject}\n{message.own_text}"):
        # "your services" only where they offer one: an equity offer or a scheme offers none
        base = "your message"
    if intent is Intent.PARTNERSHIP_PROPOSAL and not _TOGETHER.search(
        f"{message.subject}\n{message.own_text}"
    ):
        # "Could we meet with you to talk about signage and access?": an ask about their own problem, read as a
        # partnership, never thanked as "working together" that it never offered
        base = "your note"
    if intent in _MISREAD_FOR_DATA and data_asked(message.own_text):
        base = "your request for data"  # "could you share outcome data from your grantees?": no advice asked
    if intent is Intent.MENTORSHIP_REQUEST and asks_to_shadow(message.own_text):
        base = "your request to shadow"  # "to shadow you for a half-day": a placement, not advice asked
    elif intent is Intent.MENTORSHIP_REQUEST and not asks_for_advice(
        f"{message.subject}\n{message.own_text}"
    ):
        base = "your note"  # "Would you be willing to stock my book?": a favour asked, but no advice
    if intent is Intent.SALES_PITCH and seller_hosted(message, Intent.EVENT_INVITATION):
        base = "the invitation"  # a seller's own dinner or webinar invites, whatever it sells there
    if intent is Intent.MENTORSHIP_REQUEST and offers_their_time(message.own_text):
        base = (
            "the offer"  # "I'm holding office hours ... Would you like a slot?": their advice, not a request
        )
    if intent is Intent.RECRUITING and (
        not names_a_role(f"{message.subject}\n{message.own_text}") or _CANDIDATE.search(message.own_text)
    ):
        # read as a recruiter's, but it names no role to thank them for, or the role is one the writer seeks
        base = "your note"
    if intent is Intent.SPEAKING_INVITATION and honour_sold_to_you(message.own_text):
        return "your note"  # "our editorial panel has shortlisted you ... a listing fee": news of a place for sale
    if intent is Intent.SPEAKING_INVITATION and _NOMINATED.search(message.own_text):
        return (
            "the nomination"  # "You have been nominated for the Young Researcher Award": no talk asked first
        )
    if intent is Intent.SPEAKING_INVITATION:
        details = details or extract(message, intent)
        base = "your note" if only_a_conversation(details.ask) else _SPEAKING_ASKS.get(details.format, base)
        if base == _ASKS[intent] and details.format != "panel" and PITCH_SESSIONS.search(message.own_text):
            base = "the invitation to take pitch sessions"  # writers pitch to her there: she gives no talk
        if base == _ASKS[intent] and not asks_onto_a_stage(message, details):
            base = plain_ask(message)[0]  # a call, a role or a trip asks for no talk
    if intent in (
        Intent.SPEAKING_INVITATION,
        Intent.EVENT_INVITATION,
        Intent.COMMUNITY_INVITATION,
    ) and asks_to_host(message.own_text):
        base = "thinking of us as hosts"  # an author's reading or a book club at the user's venue
        if asked_to_host_in_person(message.own_text) and not asks_to_host_at_a_venue(message.own_text):
            base = "the invitation to host"  # "I'd love you to host the evening": the user presents it
        if asks_for_live_show(message.own_text):  # the user's show recorded live on their stage
            base = "the invitation to record the show live"
    if intent is Intent.INTRODUCTION and own_meeting(message, intent):  # a lunch and an introduction: both
        details = details or extract(message, intent)
        base = f"the invitation {MEETING_TERMS.get(details.format, A_MEETING)[0]} and the introduction"
    return base


# The writer's own papers sent with the note: "I've attached my CV", "here's my resume", "my CV is attached".
_SENDS_OWN_PAPERS = re.compile(
    r"\b(?:attached|attaching|enclosed|enclosing|sending(?: you)?|here(?:'s| is))\s+(?:a copy of\s+)?my\s+"
    r"(?P<what>cv|resume|résumé)\b|\bmy\s+(?P<what_after>cv|resume|résumé)\s+(?:is\s+)?(?:attached|enclosed)\b",
    re.IGNORECASE,
)


# News of the reader's nomination for an award: "You have been nominated for ...", "you're a finalist" (not
# "you've been selected to speak", an invitation to speak).
_NOMINATED = re.compile(
    r"\b(?:you(?:'ve| have) been|you(?:'re| are)) (?:nominated|shortlisted)\b|\byou(?:'re| are) (?:a |now a )?"
    r"(?:finalist|nominee)\b",
    re.IGNORECASE,
)


# The sender offering their own time or advice ("I'm holding 20-minute office hours ... Would you like a slot?",
# "happy to have a coffee and share what I learned"), where they ask for none of the reader's.
_OFFERS_THEIR_TIME = re.compile(
    r"\b(?:I(?:'m| am) (?:holding|offering|running)\s+(?:[\w-]+\s+){0,3}?(?:office hours|slots?|sessions?|clinics?|"
    r"surgeries)|(?:would you like|do you want|shall I (?:book|save|hold)(?: you)?) (?:a|one of the|one of my) "
    r"(?:slot|session|spot|place)|I can offer you|(?:I'd|I would|I'm|I am|I'll|I will)\s+(?:be\s+)?(?:happy|glad) to "
    r"(?:share what I|give you (?:some )?(?:advice|feedback|pointers)|talk you through|walk you through|offer you))",
    re.IGNORECASE,
)


_ASKS_THEIR_ADVICE = re.compile(
    r"\b(?:pick your brain|your (?:advice|guidance|thoughts|input|perspective|insights?)|advice from you|"
    r"learn from you|mentor me|ask you (?:a few|some) questions)\b",
    re.IGNORECASE,
)


def offers_their_time(text: str) -> bool:
    """Whether the sender offers their own time or advice to the reader, asking for none of the reader's."""
    return bool(_OFFERS_THEIR_TIME.search(text)) and not _ASKS_THEIR_ADVICE.search(text)


# A meeting with the sender by its kind: (what the thanks names, what the yes says the user would love to do).
A_MEETING = ("to meet", "meet")


MEETING_TERMS = {
    "lunch": ("to lunch", "join you for lunch"),
    "coffee": ("for coffee", "meet for a coffee"),
    "breakfast": ("to breakfast", "join you for breakfast"),
    "dinner": ("to dinner", "join you for dinner"),
    "drinks": ("for drinks", "join you for drinks"),
    "call": ("to a call", "have a call"),
    "video call": ("to a call", "have a call"),
}


# A note that asks to connect with none of the words of a meeting: it invited to nothing to meet at.
_MEETS = re.compile(
    r"\b(?:meet|coffee|lunch|call|chat|drinks?|breakfast|zoom|catch up|get together)\b", re.IGNORECASE
)
