"""Compose a draft for a decision from Jinja2 templates, using only facts from the profile and message."""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

from kindly import clock
from kindly.channels import DM_APPS, is_dm, reply_channel_of, signature_for
from kindly.decide.candidates import CANDIDATE as _CANDIDATE
from kindly.decide.candidates import job_resource
from kindly.decide.categories import detect_categories, is_trade_of
from kindly.decide.client_need import own_trade, says_they_raise, work_sent
from kindly.decide.costs import own_expenses
from kindly.decide.donation import (
    DONATION,
    DonationAsked,
    cap_reached_reason,
    donation_asked,
    donation_cap,
    what_is_asked,
)
from kindly.decide.fit import (
    audience_phrase,
    board_seat_offered,
    roles_aimed_for,
    seeks_a_role,
    share_of_theirs,
    sponsorship_asked,
)
from kindly.decide.funders import seeks_funders
from kindly.decide.guests import guest_offered
from kindly.decide.industry import industry_engagement
from kindly.decide.policy import (
    ACCEPT_AT,
    ACCEPT_LATER,
    NO_CAPACITY,
    OTHER_REGION,
    PRESS_PITCH,
)
from kindly.decide.reference import REFERENCE
from kindly.decide.referral import already_has, own_meeting, topic_stems
from kindly.decide.related import implied_stems
from kindly.decide.research import sellers_research
from kindly.decide.rules import (
    SPARED,
    honour_sold_to_you,
    provider_region,
    rule_condition,
    rule_exemption,
    rule_prerequisite,
    spared_hours,
)
from kindly.decide.sellers import SALES_TITLE
from kindly.decide.thread import contact_details, quotes_the_user
from kindly.decide.vendor_events import seller_hosted
from kindly.decide.words import (
    content_stems,
    fold,
    from_a_shared_mailbox,
    looks_like_person,
    names_a_role,
    phrase_in,
    reads_as_organisation,
)
from kindly.domains import within_domain
from kindly.forwarded import forwarded_part, forwarded_sender, forwards_own_mail, passed_on, relayed_offer
from kindly.hours import (
    ANY_HOURS,
    CALL,
    RECORDING,
    MeetingHours,
    Window,
    clock_read,
    clock_said,
    rule_activities,
    rule_windows,
)
from kindly.ingest.text import _SIGN_OFF
from kindly.model import (
    Decision,
    DecisionMark,
    Draft,
    Event,
    Intent,
    Message,
    Referral,
    Understanding,
    Verdict,
)
from kindly.profile import Answer, Goal, GoalKind, Profile, Resource, User
from kindly.reply.acceptance import (
    NEXT_WEEK,
    USUAL_HOUR,
    VARIANTS,
    acceptance,
    asked_hour,
    asks_for_live_show,
    asks_to_host,
    booked,
    hours_miss_part,
    later_of,
    missed_day,
    my_time,
    only_a_conversation,
    outside_hours,
    part_of_day,
    phone_to_call,
    proposed_day_off,
    proposed_times,
    recording_week,
    recording_window,
    week_named,
    written_day,
)
from kindly.reply.answers import about_money, answers_for, answers_to_use
from kindly.reply.ask_terms import asks_onto_a_stage, plain_ask
from kindly.reply.calendar_reply import asked_activities, not_met_then, one_to_one_call
from kindly.reply.deadlines import Deadlines, deadlines
from kindly.reply.given import answers_without_what_was_given, given_in_thread
from kindly.reply.helping_hands import offers_help
from kindly.reply.promises import promised_by
from kindly.reply.provider_words import already_have, bought_or_sold
from kindly.reply.recipients import TITLES, brought_in, copied_on_reply
from kindly.reply.vouching import reference_reply
from kindly.reply.whose_day import both_clocks, part_said, their_part
from kindly.reply.yes_values import plain_yes
from kindly.understand.classify import TENDER, offers_to_share, swaps_clients
from kindly.understand.connect import CONNECT
from kindly.understand.days import named_day, window_start
from kindly.understand.extract import Details, call_first, extract, names_a_team, signature_name
from kindly.understand.people import (
    LEADING_HONORIFICS,
    is_given_name,
    name_words,
    names_a_place_or_organisation,
    opens_with_a_name,
)
from kindly.understand.questions import questions
from kindly.understand.recording import recording_slot
from kindly.zones import start_weighed

LINKEDIN_LIMIT = DM_APPS["linkedin"].limit

_FOCUS = {
    GoalKind.FIND_CLIENTS: "finding new clients",
    GoalKind.BUILD_CREDIBILITY: "speaking and writing in my field",
    GoalKind.MEET_PERSON: "a few specific introductions",
    GoalKind.HELP_CLIENT: "my current clients",
    GoalKind.FIND_COMMUNITY: "a peer group in my field",
    GoalKind.FIND_MENTOR: "finding a mentor",
    GoalKind.AMPLIFY_CAMPAIGN: "a campaign I'm running",
    GoalKind.CUSTOM: "a few priorities I've set",
}

# How a credibility goal is built, by its own words: a goal of talks only ("Speak at homebuyer seminars and on
# local radio") is not said as "speaking and writing", nor one of articles only as speaking.
_SPEAKING = re.compile(
    r"\b(?:speak\w*|talks?|keynotes?|panels?|seminars?|workshops?|podcasts?|radio|stages?|conferences?|"
    r"present\w*|lectur\w*|webinars?|interviews?|tv|television)\b",
    re.IGNORECASE,
)
_WRITING = re.compile(
    r"\b(?:writ\w*|wrote|articles?|blogs?|columns?|op-eds?|books?|publish\w*|papers?|essays?|journals?|"
    r"newsletters?|bylines?)\b",
    re.IGNORECASE,
)


def _focus(goal: Goal) -> str:
    """What a goal keeps the user's networking time for, as a decline says it."""
    if goal.kind is GoalKind.BUILD_CREDIBILITY:
        words = " ".join([goal.description, *goal.targets])
        speaking, writing = _SPEAKING.search(words), _WRITING.search(words)
        if speaking and not writing:
            return "speaking in my field"
        if writing and not speaking:
            return "writing in my field"
    if (funders := _funders_sought(goal)) is not None:
        return funders
    return _FOCUS[goal.kind]


# Where a goal's own words end their first phrase: "Corporate partners and major donors: relationships with ...".
_FIRST_PHRASE = re.compile(r"\s*(?::|;|,|\s-\s|\s\u2013\s|\()")


def _funders_sought(goal: Goal) -> str | None:
    """A goal of partners or donors who give, said in its own words ("finding corporate partners and major donors"):
    a nonprofit keeps its time for funders, not "new clients"; None for a goal of clients who buy."""
    if not seeks_funders(goal):
        return None
    head = _FIRST_PHRASE.split(goal.description.strip(), maxsplit=1)[0].strip()
    if not head or len(head.split()) > 7:
        head = " and ".join(goal.targets[:2])
    if head[:1].isupper() and not head[1:2].isupper():  # "Corporate partners", not "CSR"
        head = head[0].lower() + head[1:]
    return f"finding {head}"


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


@dataclass(frozen=True, slots=True)
class Offer:
    kind: str  # resource | jobs_contact | pass_on | vouched_by_others | keep_overview | keep_in_mind | suggest | next_time | another_day | refer_freely | mention | another_speaker | another_candidate | on_condition | own_answer | intro_later | none
    title: str = ""
    description: str = ""
    link: str = ""
    what: str = ""
    # of a pass_on: what the mail already gave, so the offer asks only for the rest ("your contact details")
    noted: str = ""


def _lower_first(text: str) -> str:
    """A description set inside a sentence: "A two-page checklist" becomes "a two-page checklist"; an acronym
    ("CPA guide") and "I" keep their capitals."""
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith(("I'", "I’")) or (len(first) > 1 and first[:2].isupper()):
        return text
    return text[:1].lower() + text[1:]


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kindly.reply", "templates"),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text mail, never rendered as HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lower_first"] = _lower_first
    return env


_ENV = _environment()


# A display name that closes on a firm's trade or its form: "Aurora Lit PR", "Maya Chen Communications", "Rowan
# Studio Ltd" (a person's credentials are no firm: "Sharon Ellis PhD").
_A_FIRMS_NAME = re.compile(
    r"\s(?:PR|Comms|Communications|Public Relations|Publicity|Ltd|Limited|LLC|LLP|Inc|GmbH|Agency)\.?$"
)


def _person_name(message: Message) -> list[str]:
    """The words of the sender's name, first name first; [] for an organisation or an address. A shared
    mailbox ("BJCP Office" at editorial@, "Lone Star Tax Pros" at hello@) is greeted by the name it signs with,
    if any."""
    name = message.from_name.strip().strip('"')
    if from_a_shared_mailbox(message.from_addr):
        # a team's mailbox is greeted by whoever signs; a one-person business at hello@ by their own name
        signed = signature_name(message.signature)
        if len(signed.split()) >= 3 and not is_given_name(signed.split()[0]):
            signed = ""  # "Manufacturing People Leaders" signs as the body it is, not as a person ("Hi Manufacturing")
        name = signed or (name if looks_like_person(name) else "")
    if not name or "@" in name:
        return []
    if "," in name:
        left, right = (part.strip() for part in name.split(",", 1))
        # "Tom Whitaker, CFP" and "Priya Natarajan, Fieldwork Capital" keep the name; "Reyes, Dana" is last
        # name first.
        if not (not right or right.replace(".", "").isupper() or " " in left):
            return [*right.split(), *left.split()] if right[:1].isalpha() else []
        name = left
    name = name.split("|")[0].strip()  # "Jane Smith | Acme"
    name = re.sub(r"\s*\(.*$", "", name)  # "Laura Chen (Brightline Studio)"
    name = re.split(r"\s+(?:via|at|from)\s+", name, maxsplit=1)[0]  # "Laura Chen via LinkedIn"
    if names_a_team(name):  # "BJCP Office"
        name = signature_name(message.signature)
    if _A_FIRMS_NAME.search(name):
        # "Aurora Lit PR" signed "Tessa": a firm named for its trade, whoever's name it opens with; its person is
        # the one who signs, else no one by name
        name = _signed_first_name(message)
    if name and not looks_like_person(name) and (signed := _signed_first_name(message)):
        name = signed  # "Wedding Pros Unfiltered" signed "Best, Carly": the person who signs is greeted
    if (
        not name
        or reads_as_organisation(name)
        or (_ACRONYM_FIRST.match(name) and not looks_like_person(name))
    ):
        # "Asheville Area Business Guide", "OBA Professional Development": compose greets whoever signs, else no
        # one by name
        return []
    words = name.split()
    while len(words) > 2 and _CREDENTIAL.fullmatch(words[-1].strip(".,")):  # "Sharon Ellis PhD"
        words.pop()
    if _a_page_or_a_business(words):
        return []  # "Sonoma Wine Tours" is greeted "Hi there", never "Hi Sonoma"
    return words if words and words[0][:1].isalpha() else []


def _a_page_or_a_business(words: list[str]) -> bool:
    """Whether a display name is a page's or a business's, which no person goes by: one that no first name opens
    and that holds an everyday word no name holds ("Sonoma Wine Tours", "Bay Street Bakery"), or a handle's
    lowercase run ("sonomavalleywinetours"); not "Xiadani Lopez Garcia", whose first name the list lacks."""
    if not words or opens_with_a_name(words) or words[0].rstrip(".").lower() in _HONORIFICS:
        return False  # "Miss Ada Lee" is a person's name under her title
    if len(words) == 1 and words[0].islower() and len(words[0]) > 3:
        return not is_given_name(words[0].capitalize())
    everyday = name_words()[2]
    return any(fold(word.strip(".,&'")) in everyday for word in words)


# A name that opens with an acronym ("OBA Professional Development", "HRPA Toronto") is an organisation's.
_ACRONYM_FIRST = re.compile(r"[A-Z]{3,}\b\s+\S")


def _signed_title(message: Message, words: list[str]) -> str:
    """The title the sender signs with ("Mr David Kershaw" under the display name "David Kershaw"), or ""."""
    signed = signature_name(message.signature).split()
    if (
        len(words) >= 2
        and words[0].rstrip(".").lower() not in _HONORIFICS
        and len(signed) >= 2
        and signed[0].rstrip(".").lower() in _HONORIFICS
        and signed[-1].lower() == words[-1].lower()
    ):
        return signed[0]
    return ""


_CREDENTIAL = re.compile(r"(?:phd|md|mba|cpa|cfa|cfp|esq|jr|sr|ii|iii|frsa|pmp|msc|ma|ba|bsc)", re.IGNORECASE)


# A trade named by one of its firms ("speaking bureau", "recruiting agency") takes an article: "For a
# speaking bureau, I already work with someone"; "For financial planning" needs none.
_ONE_OF_A_KIND = re.compile(
    r"\b(?:bureau|agency|firm|planner|advisor|adviser|coach|designer|broker|lawyer|accountant|bookkeeper|"
    r"consultant|developer|photographer|recruiter|preparer|secretary|assistant|architect|agent|solicitor|attorney|"
    r"trainer|writer|editor|printer|translator|publicist|therapist|strategist|stylist|studio|lab|laboratory|"
    r"supplier|vendor|wholesaler|distributor|carrier|courier|platform|tool|app|crm|erp|service|database|system|website|newsletter|subscription|provider|programme|program|scheme|manager)$",
    re.I,
)


def _with_article(category: str) -> str:
    if not _ONE_OF_A_KIND.search(category.strip()):
        return category
    first = category.split()[0]
    if first.isupper():  # said letter by letter: "an SEO agency", "a UX firm"
        return f"an {category}" if first[0] in "AEFHILMNORSX" else f"a {category}"
    return f"an {category}" if first[:1].lower() in "aeio" else f"a {category}"


def first_name(message: Message) -> str:
    words = _person_name(message)
    if not words:
        return ""
    # a title-like given name the sender signs with ("Hon Nguyen", signed "Hon") is their name, not a title
    if len(words) >= 2 and words[0].rstrip(".").lower() in _HONORIFICS and not _signs_as(message, words[0]):
        # the given name follows every title the name opens with: "Prof. Dr. Erik Halvorsen" is Erik
        given = next(
            (i for i, word in enumerate(words) if word.rstrip(".").lower() not in _HONORIFICS), len(words)
        )
        if len(words) >= given + 2 and _signs_as(message, words[given]):
            return words[given]  # "Dr Priya Raman" who signs "Priya" is greeted as she signs
        return f"{words[0]} {words[-1]}"  # "Dr. Sharon Ellis" is greeted "Dr. Ellis", not "Dr."
    return words[0]


def _signed_first_name(message: Message) -> str:
    """The name the message is signed with under a sign-off ("Best,\nCarly", "Warm regards,\nMelissa Grant"), or
    "": a first name alone, or a whole name of two or three words that opens with one. A sign-off is what ingest
    sets a signature apart by ("Best,", "Kind regards,", "Cheers!"): one list for both."""
    lines = [line.strip() for line in f"{message.own_text}\n{message.signature}".splitlines() if line.strip()]
    for before, line in itertools.pairwise(lines[-8:]):
        said = line.lstrip("-–—~ ").rstrip(".!")
        words = said.split()
        if (
            _SIGN_OFF.match(before)
            and 1 <= len(words) <= 3
            and is_given_name(words[0])
            and all(word[:1].isupper() for word in words)
        ):
            return said
    return ""


def _signs_as(message: Message, name: str) -> bool:
    """Whether the message is signed with `name` alone on its line ("Priya", "- Priya", "Thanks, Priya")."""
    lines = [line.strip() for line in f"{message.own_text}\n{message.signature}".splitlines() if line.strip()]
    signed = re.compile(
        rf"^(?:[-–—~]\s*|(?:thanks|best|cheers|warmly|regards)[,!]?\s+)?{re.escape(name)}[.!]?$", re.I
    )
    return any(signed.match(line) for line in lines[-6:])


def formal_name(message: Message, reader: str = "") -> str:
    """How a formal letter greets the sender: "Dr. Ellis" with a title, in the display name or as they sign
    ("Mr David Kershaw": "Mr Kershaw"); else the first name where they wrote to the reader (`reader`, the
    user's name) by theirs ("Dear Henrietta," is answered "Dear Claire,"); else the whole name ("Laura Chen"),
    which needs no guess at Mr. or Ms."""
    words = _person_name(message)
    first = first_name(message)
    if not words or " " in first or len(words) < 2:
        return first
    if title := _signed_title(message, words):
        return f"{title} {words[-1]}"  # as they sign: "Dear Mr Kershaw"
    if _greets_by_first_name(message.own_text, reader):
        return first
    return f"{words[0]} {words[-1]}"


def _greets_by_first_name(text: str, reader: str) -> bool:
    """Whether a line of the message's opening greets the reader by first name alone: "Dear Henrietta,", "Hi
    Amara!", "Helen, Amara,", "Jordan -" (under a LinkedIn notice's name and headline too); not "Dear Ms Blackwood," or "Dear
    Henrietta Blackwood,"."""
    names = [w for w in reader.split() if w.rstrip(".").lower() not in _HONORIFICS]
    if not names:
        return False
    greeting = r"(?:(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening))[ \t]+)?"
    opening = "\n".join(text.strip().splitlines()[:4])
    others = r"(?:[\w'-]+[ \t]*(?:,|and|&)[ \t]*){0,3}"  # "Helen, Amara,": an introducer greets both
    found = re.search(
        rf"^[ \t]*{greeting}{others}{re.escape(names[0])}[ \t]*(?:[,!:;.—–-]|$)", opening, re.I | re.M
    )
    return found is not None


_HONORIFICS = (
    TITLES
    | {"judge"}
    # titles of office a name is written with: "Deacon Harold Price" is no Deacon by first name
    | {
        "deacon",
        "pastor",
        "father",
        "rabbi",
        "imam",
        "reverend",
        "cllr",
        "cr",
        "councillor",
        "capt",
        "captain",
    }
)


# What is asked of the reader in print, not on a stage: a piece to write, a feature in an issue.
_IN_PRINT = frozenset({"article", "feature"})


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


def _plainly_an_event(message: Message, details: Details) -> bool:
    """Whether a message is plainly an event, however the model read it: a calendar invitation with a start that
    is no meeting of named people, or a mail with a date, a place and a call to RSVP."""
    if message.event is not None:
        return message.event.start is not None and not _names_its_people(message.event)
    text = f"{message.subject}\n{message.own_text}"
    return bool(details.when and (details.place or details.event_place) and _RSVP.search(text))


def _event_kind(message: Message) -> str:
    """What an event calls itself, for a decline's good wishes: "the mixer", "the demo", else "the event"."""
    summary = message.event.summary if message.event is not None else ""
    found = _EVENT_KINDS.search(summary) or _EVENT_KINDS.search(f"{message.subject}\n{message.own_text}")
    return f"the {found.group(1).lower()}" if found else "the event"


def ask_phrase(
    message: Message, intent: Intent, details: Details | None = None, date_style: str = "international"
) -> str:
    """What they asked for, as the reply thanks them for it: the kind of ask ("the invitation to speak"), or
    the calendar event's own name. Their subject line is not quoted back: it reads as pasted in."""
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
    if intent is Intent.CLIENT_INQUIRY and says_they_raise(f"{message.subject}\n{message.own_text}"):
        # a founder's pitch to an investor, or a co-investor's: no customer's enquiry
        return "reaching out about the round"
    if intent is Intent.CLIENT_INQUIRY and date_style == "us":
        return "your inquiry"  # the US spelling goes with the US dates
    base = _ASKS.get(intent, "your message")
    if (
        intent is Intent.COFFEE_CHAT
        and CONNECT.search(message.own_text)
        and not _MEETS.search(message.own_text)
    ):
        base = "reaching out"  # "Let's connect!" invited to no meeting
    if intent is Intent.SALES_PITCH and not detect_categories(f"{message.subject}\n{message.own_text}"):
        # "your services" only where they offer one: an equity offer or a scheme offers none
        base = "your message"
    if intent is Intent.MENTORSHIP_REQUEST and asks_to_shadow(message.own_text):
        base = "your request to shadow"  # "to shadow you for a half-day": a placement, not advice asked
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
    if intent is Intent.SPEAKING_INVITATION:
        details = details or extract(message, intent)
        base = "your note" if only_a_conversation(details.ask) else _SPEAKING_ASKS.get(details.format, base)
        if base == _ASKS[intent] and not asks_onto_a_stage(message, details):
            base = plain_ask(message)[0]  # a call, a role or a trip asks for no talk
    if intent in (
        Intent.SPEAKING_INVITATION,
        Intent.EVENT_INVITATION,
        Intent.COMMUNITY_INVITATION,
    ) and asks_to_host(message.own_text):
        base = "thinking of us as hosts"  # an author's reading or a book club at the user's venue
        if asks_for_live_show(message.own_text):  # the user's show recorded live on their stage
            base = "the invitation to record the show live"
    if intent is Intent.INTRODUCTION and own_meeting(message, intent):  # a lunch and an introduction: both
        details = details or extract(message, intent)
        base = f"the invitation {_MEETING_TERMS.get(details.format, _A_MEETING)[0]} and the introduction"
    return base


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
_A_MEETING = ("to meet", "meet")
_MEETING_TERMS = {
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


# A request to shadow the reader at work ("the chance to shadow you for a half-day", "job shadowing", "an
# observership in your clinic"), not to be advised: not "in the shadow of", nor the sender's own offer to be
# shadowed ("you're welcome to shadow me").
_SHADOWING = re.compile(
    r"\b(?:shadow(?:ing)?\s+(?:you|your|dr\b|with you)|job[- ]shadow\w*|observerships?\b|"
    r"(?:observe|sit in (?:on|with))\s+(?:you|your (?:clinic|practice|office|work|team|lessons?|classes?|surgery)))",
    re.IGNORECASE,
)


def asks_to_shadow(text: str) -> bool:
    """Whether a request asks to shadow the reader at work rather than for their advice."""
    return _SHADOWING.search(" ".join(text[:20_000].split())) is not None


# Why not, in the terms of what was asked, where no rule, provider or focus says more.
_NOT_FOR_ME = {
    Intent.MENTORSHIP_REQUEST: "I'm not able to take on advice calls at the moment, so I'll have to pass.",
    Intent.INTRODUCTION: "I don't think I'm the right person for this connection, so I'll pass.",
    Intent.RECRUITING: "I'm not looking for a new role, so I'll pass.",
    Intent.EVENT_INVITATION: "It isn't one I'll be able to make, so I'll pass.",
    Intent.COMMUNITY_INVITATION: "It isn't a group I can commit to right now, so I'll pass.",
    Intent.COFFEE_CHAT: "I'm keeping my calendar for a few set priorities right now, so I'll pass.",
}


# A candidate who asks to meet: "a quick call", "a coffee", "could we meet?", "a chat about roles".
_ASKS_A_MEETING = re.compile(r"\b(?:call|chat|coffee|meet|meeting|zoom|phone|talk)\b", re.IGNORECASE)


# Asked to do paid work: "need paid help ... could you take it on?", "what are your rates?", "hire you".
_ASKS_FOR_WORK = re.compile(
    r"\b(?:hire|hiring you|paid (?:help|consulting|work|project|engagement|contract)|consultancy|"
    r"take (?:it|this|the (?:work|project|job)) on|rates|(?:your|day|hourly) rate|your (?:services|fees?|pricing)|quote|how much|"
    r"engage you|retain you|commission you)\b",
    re.IGNORECASE,
)


_QUOTED = re.compile(r"\bquot(?:e|es|ed|ing)\b", re.IGNORECASE)
_ASKS_PRICE = re.compile(
    r"\b(quote|how much|what (?:do |would )?you(?:'d)? charge|your (?:rates?|fees?|pricing|prices)|price|cost)\b",
    re.IGNORECASE,
)


# A never-rule is the user's note to self, and may say what they think of it ("paid referral kickbacks", "pushy
# sales calls", "vanity awards"): the reader is told the rule, not the opinion.
_SCORN = re.compile(
    r"\b(?:pushy|sleazy|shady|spammy|scammy|creepy|dodgy|annoying|useless|pointless|so-called|lame|"
    r"cheesy|obnoxious|desperate|time-wasting|low-quality|low-value|shameless|blatant|awful|stupid)\s+",
    re.IGNORECASE,
)
_KICKBACKS = re.compile(r"\b(?:referral\s+)?kick-?backs?\b", re.IGNORECASE)
_SOLD_PLACES = re.compile(
    r"\b(?:predatory|vanity)\s+(?:\w+\s+)?(?:journals?|awards?|publish\w*|press|conferences?|summits?|"
    r"directories|directory|listings?|galas?|features?|podcasts?)\b",
    re.IGNORECASE,
)
_NO_NEUTRAL_WORD = re.compile(
    # words whose meaning goes with their scorn ("fake reviews", "predatory lenders"): no neutral way to say it
    r"\b(?:fake|bogus|predatory|vanity|scams?|spam|junk|rubbish|crap|garbage|nonsense|bs|bullshit|time-?wasters?|tyre-?kickers?|tire-?kickers?|"
    r"grifters?)\b",
    re.IGNORECASE,
)


def _sponsorship_not_the_rules(verdict: Verdict, message: Message) -> bool:
    """Whether a rule read as paying to appear ("buying gala tables") held on a sponsorship asked of the user
    whose words share none of the rule's own ('pay_to_play: "Sponsorship opportunity"')."""
    if not sponsorship_asked(message.own_text):
        return False
    rule = set(content_stems(verdict.never_rule))
    hits = [note.split(":", 1)[1] for note in verdict.evidence if note.startswith("pay_to_play:")]
    return bool(hits) and all(rule.isdisjoint(content_stems(hit)) for hit in hits)


def _firm_rule(never_rule: str) -> str:
    """The never-rule as the reason to give, in words fit to send."""
    if condition := rule_condition(never_rule):
        # "meetings with lobbyists without council staff present" rules out meeting alone, not meeting
        return f"I only do {_told(condition.base)} {_told(condition.kept)}, so I'll have to pass on meeting one-to-one."
    if exemption := rule_exemption(never_rule):
        # "meetings during school hours except with parents or district staff", to someone who is neither;
        # "weekend events except for students", to an event that is not theirs
        return f"I only do {_told(exemption.base)} {exemption.joined} {_told(exemption.spared)}, so I'll have to pass."
    # their words, not a quotation: "offered 'for exposure'" loses its quotation marks, "don't" keeps its own
    rule = _told(never_rule)
    if _SOLD_PLACES.search(rule):  # "predatory journals", "vanity awards": places sold to those who appear
        return "I don't pay to appear or to be published, so I'll have to pass."
    if _NO_NEUTRAL_WORD.search(rule):
        return "It's not something I take part in, so I'll have to pass."
    rule = _KICKBACKS.sub(
        lambda found: "referral fee" + ("s" if found.group(0).lower().endswith("s") else ""), rule
    )
    return f"I have a firm rule against {_SCORN.sub('', rule)}, so I'll have to pass."


def _other_region_asked(verdict: Verdict) -> str:
    """What a pitch for a trade the user's provider covers only in its own region is asked ("In California I work
    with Coastal Vine Distributors, but I'd be glad to hear more about Dallas, Houston, Austin - what do you have in
    mind?"); "" for any other verdict."""
    if verdict.reason_code != OTHER_REGION:
        return ""
    places = next(
        (n.removeprefix(f"{OTHER_REGION}:").strip() for n in verdict.evidence if n.startswith(OTHER_REGION)),
        "",
    )
    region = provider_region(verdict.provider, verdict.provider_category)
    name = " ".join(re.sub(r"\([^()]*\)", " ", verdict.provider).split()) or verdict.provider_category
    if not (places and region):
        return ""
    listed = re.sub(r", ([^,]+)$", r" and \1", places)  # "Dallas, Houston and Austin"
    return (
        f"In {region} I work with {name} for {verdict.provider_category}, but I'd be glad to hear more about what you"
        f" have in mind for {listed}. Could you tell me a little more?"
    )


def _told(rule: str) -> str:
    """A never-rule's words as a reply says them: no quotation marks, no final stop."""
    return re.sub(r"(?<!\w)['\"]|['\"](?!\w)", "", rule.rstrip("."))


def first_asked(verdict: Verdict) -> str:
    """What an ask under a never-rule about what comes first asks for before any meeting ("Could you send me a
    deck first? I only do pitch calls once I've seen the deck."); "" for any other verdict."""
    first = rule_prerequisite(verdict.never_rule) if verdict.never_rule else None
    if first is None or verdict.decision is not Decision.ASK_DETAILS:
        return ""
    return (
        f"Could you send me {first.thing} first? I only do {_told(first.base)} once I've seen the {first.noun}, "
        "and I'll get back to you once I've had a look."
    )


def condition_kept(verdict: Verdict) -> str:
    """What a yes to an ask under a conditional never-rule must say ("Please note that I only do meetings with
    lobbyists with council staff present."), or ""."""
    condition = rule_condition(verdict.never_rule) if verdict.never_rule else None
    if verdict.decision not in (Decision.ACCEPT, Decision.ASK_DETAILS):
        return ""
    if condition is None and DecisionMark.PAID_INSTEAD in verdict.marks:
        # a prospective client who asked to pick your brain over coffee: the help is a consultation
        rule = _SCORN.sub("", _told(verdict.never_rule))
        return f"Please note that I don't do {rule}, so I'd suggest we make it a proper consultation."
    if condition is None:
        return ""
    return f"Please note that I only do {_SCORN.sub('', _told(condition.base))} {_told(condition.kept)}."


# An honour that is an award: a page sold to those an award names ("complete your finalist profile and the feature
# fee of $595") is a place at the award; one a publication's editors "selected" for a feature, with no award named,
# is paying to be featured.
_AN_AWARD = re.compile(
    r"\b(?:awards?|finalists?|nominees?|nominat\w*|shortlist\w*|winners?|gala|ceremony|prizes?|honou?rees?)\b",
    re.IGNORECASE,
)


def _feature_sold(verdict: Verdict, message: Message | None) -> bool:
    """Whether the place an honour sells is a feature in a publication that names no award."""
    return (
        message is not None
        and DecisionMark.AWARD_FOR_SALE in verdict.marks
        and not _AN_AWARD.search(f"{message.subject}\n{message.own_text}")
    )


# The user's own show, as a sender names it: "a guest on your podcast", "an interview slot on the show".
_A_SHOW_SAID = re.compile(
    r"\b(?:your|the)\s+(?:[\w'-]+\s+){0,2}?(?:show|podcast|programme|program|channel|series)\b", re.IGNORECASE
)


# The no of a guest offered for the user's show for want of fit (not a never-rule's, which says its own reason).
_NOT_FOR_THE_SHOW = frozenset({"not_current_focus", "not_a_fit"})


def _guest_for_the_show(understanding: Understanding, message: Message) -> str:
    """Whom a message offers as a guest for the user's own show ("you", "him", "her", "them"), where triage read
    it so (decide.reading.with_guest_offered); "" otherwise."""
    if DecisionMark.GUEST_OFFERED not in understanding.marks:
        return ""
    return guest_offered(f"{message.subject}\n{message.own_text}")[1]


def honest_reason(
    verdict: Verdict, profile: Profile, intent: Intent | None = None, message: Message | None = None
) -> str:
    code = verdict.reason_code
    if code == PRESS_PITCH:
        # a story or a spokesperson pitched: no meeting to hear it, but the pitch itself is welcome in writing
        return (
            "I don't take meetings to hear pitches, so I'll pass on meeting - but I'm always glad to read one: a"
            " short e-mail with the story and why it matters now is the best way."
        )
    if code == "has_provider":
        return already_have(
            verdict.provider_category, verdict.provider, _with_article(verdict.provider_category)
        )
    if code == "pays_to_appear" or (
        code == "never_do"
        and DecisionMark.CHARGES_GUESTS in verdict.marks
        and intent is Intent.SPEAKING_INVITATION
    ):
        # the rule caught a show that charges its guests: that, not "unpaid", is the reason to give
        if DecisionMark.PAYS_TO_TAKE_PART in verdict.marks:
            return "I don't pay for a booth or a stand to take part in events, so I'll have to pass."
        if DecisionMark.FEATURE_FOR_SALE in verdict.marks:
            # "Featured placement is $650 and includes a guaranteed 90+ point review": a review bought is no review
            if DecisionMark.REVIEW_FOR_SALE in verdict.marks:
                return "I don't pay for reviews or to be featured, so I'll have to pass."
            return "I don't pay to be featured, so I'll have to pass."
        if _feature_sold(verdict, message):
            # "selected for our 'Studios to Watch' feature ... A featured profile is $1,850": a page, not a gala
            return "I don't pay to be featured, so I'll have to pass."
        if DecisionMark.AWARD_FOR_SALE in verdict.marks:
            return "I don't pay for places at awards, so I'll have to pass."
        if message is not None and intent is not None and extract(message, intent).format in _IN_PRINT:
            # a journal or a magazine that charges its authors ("The article processing charge is USD 1,299")
            return "I don't pay to have my work published, so I'll have to pass."
        return "I don't pay to appear on shows or stages, so I'll have to pass."
    if code == "never_do" and DecisionMark.PLACE_BOUGHT in verdict.marks:
        # "We're happy to pay $750 for a guaranteed interview slot": a place on the user's show bought
        if (
            message is None
            or _A_SHOW_SAID.search(f"{message.subject}\n{message.own_text}")
            or (guest_offered(f"{message.subject}\n{message.own_text}")[0])
        ):
            return "I don't take payment for a place on the show, so I'll have to pass."
        return "I don't take payment to feature anyone, so I'll have to pass."
    if code == "never_do" and message is not None and _sponsorship_not_the_rules(verdict, message):
        # "buying gala tables" held by a 5K's "Sponsorship opportunity ... Would you consider sponsoring this
        # year's race?": the money asked is a sponsorship, which the rule's own words never named
        return "I'm not able to sponsor it this time, so I'll have to pass."
    if code == "never_do":
        return _firm_rule(verdict.never_rule)
    if code == "not_a_fit" and message is not None and (bought := buys_the_users(message)):
        # "we acquire a majority stake in the practice": an offer for the user's own business, not a service
        return f"I'm not looking to sell the {bought}, so I'll pass."
    if (
        code == "not_a_fit"
        and intent is Intent.SALES_PITCH
        and message is not None
        and seller_hosted(message, Intent.EVENT_INVITATION)
    ):
        return "As it's a vendor's own event, it isn't something I'm looking for, so I'll pass on this one."
    if (
        code == "not_a_fit"
        and intent is Intent.SALES_PITCH
        and message is not None
        and industry_engagement(message)
    ):
        # a drug company's paid advisory board or panel on its own product: said as such, and nothing passed on
        return "I don't take part in industry advisory boards or panels, so I'll pass."
    if (
        code == "not_a_fit"
        and intent is Intent.SALES_PITCH
        and message is not None
        and sellers_research(message)
    ):
        # a "research interview" for a company that sells: market research, said as such
        return "As it's customer research for a vendor, it isn't something I'm looking for, so I'll pass on this one."
    if code == "away":
        return "I'm not available that day, so I can't make it this time."
    if code == NO_CAPACITY:
        # the week it falls in is taken (or it alone is more than the week's hours): not "the next few weeks",
        # which an event two months out would read as false
        return "I can't give it the time it deserves that week, so I'll have to pass this time."
    if intent is Intent.CLIENT_INQUIRY and code in ("not_a_fit", "not_current_focus"):
        # a prospective client is told whom the practice serves, not where the networking time goes
        served = next(
            (audience_phrase(g) for _, g in profile.goals_by_priority() if g.kind is GoalKind.FIND_CLIENTS),
            "",
        )
        if served:
            return f"My practice is focused on {_lower_first(served)}, so I'm not the right fit for this."
        if not profile.has_goal(GoalKind.FIND_CLIENTS):
            if message is not None and _ASKS_FOR_WORK.search(f"{message.subject}\n{message.own_text}"):
                return "I'm not taking on client work at the moment, so I'll have to pass."
            # a parent's visit or a sponsor's offer hires no one: no "client work" to say no to
            return "It isn't something I'm able to take on at the moment, so I'll pass."
        return "It's outside the kind of work I do, so I'm not the right fit for this."
    if (
        code in ("not_a_fit", "not_current_focus")
        and message is not None
        and board_seat_offered(message.own_text)
    ):
        # a seat on a board is a commitment, not a group "I can commit to" or an event to make
        return "I'm not able to take on a board seat at the moment, so I'll have to pass."
    if (
        code in ("not_a_fit", "not_current_focus")
        and message is not None
        and sponsorship_asked(message.own_text)
    ):
        # the user's money asked for their event: no "keeping my networking time" or "not something I'm looking for"
        return "I'm not able to sponsor it this time, so I'll have to pass."
    if code == "not_current_focus":
        # the goal it was weighed against (and only loosely met) is no reason to turn it down: "keeping my time
        # for a peer group" to someone inviting the user to one says the opposite of the truth
        served = verdict.best.kind if verdict.best is not None else ""
        # ...nor is the goal of the ask's own kind: "keeping my networking time for speaking in my field" to
        # someone inviting the user to speak
        own_kind = _GOAL_OF_THE_ASK.get(intent) if intent is not None else None
        focus = []
        for _, goal in profile.goals_by_priority():
            phrase = _focus(goal)
            if goal.kind.value != served and goal.kind is not own_kind and phrase not in focus:
                focus.append(phrase)
        if not focus:
            return "It isn't quite the right fit for me at the moment, so I'll pass this time."
        listed = " and ".join(focus[:2])
        return f"Right now I'm keeping my networking time for {listed}, so I'll have to pass."
    if intent is Intent.RECRUITING and message is not None and _CANDIDATE.search(message.own_text):
        # the user hires: where the roles are (a careers page, the firm's recruiter) is the answer, not "none"
        if _job_resource(profile, message) or _job_referral(verdict, intent, message):
            if _ASKS_A_MEETING.search(message.own_text):
                return "I'm not able to meet about roles myself right now, so I'll pass on a call."
            if _job_resource(profile, message) is None:
                return "I don't handle applications one to one, so I'll pass you on to the people who do our hiring."
            # "Is Pennine Foods hiring? I'd be grateful for any advice": no call was asked, so none is turned down
            return "I don't handle applications one to one, so I'll pass you on to where all our openings are listed."
        return (
            "I don't have a role to offer right now, so I'll have to pass, but I'll keep your note on file."
        )
    if intent is Intent.RECRUITING and any(
        seeks_a_role(goal) or roles_aimed_for(goal) for goal in profile.goals
    ):
        # the user IS looking, or aims for a role ("a mentor who has moved from HR into a COO role"): "not looking
        # for a new role" would be false, and would close the door
        return "This one isn't quite the role I'm looking for, so I'll pass, but I'd be glad to hear of anything closer."
    if intent is Intent.MENTORSHIP_REQUEST and message is not None and asks_to_shadow(message.own_text):
        return "I'm not able to take on anyone to shadow me at the moment, so I'll have to pass."
    fallback = "It isn't something I'm looking for at the moment, so I'll pass."
    return _NOT_FOR_ME.get(intent, fallback) if intent is not None else fallback


# The goal an ask is itself of: a stage builds credibility, a group is a community.
_GOAL_OF_THE_ASK = {
    Intent.SPEAKING_INVITATION: GoalKind.BUILD_CREDIBILITY,
    Intent.COMMUNITY_INVITATION: GoalKind.FIND_COMMUNITY,
}


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


# Where a group shares something: its newsletter, its page, its members' group.
_CAMPAIGN_SHARED = re.compile(
    r"\b(?:newsletter|facebook|instagram|page|group chat|whatsapp group|mailing list|bulletin|members)\b",
    re.IGNORECASE,
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
# "appointment setting", "we book qualified appointments into your diary"); not "she leads the team".
_SELLS_CLIENTS = re.compile(
    r"\b(?:(?:pre-)?qualified|exclusive|warm|hot|inbound|verified)[ -](?:leads?|appointments|prospects)\b"
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
    """Whether a never-rule held by when alone: each of its notes is a day or a part of the day."""
    notes = [note for note in evidence if ":" in note]
    return bool(notes) and all(_WHEN_NOTE.match(note) for note in notes)


def _wanted_but_for_the_rule(verdict: Verdict) -> bool:
    """Whether the message would have served a goal well had the never-rule not held."""
    # to two places, as the fit's note shows the user ("would score 0.65, but you never do ...")
    return any(
        round(fit.ruled_out_from, 2) >= ACCEPT_AT for fit in verdict.fits if fit.ruled_out_from is not None
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


def choose_offer(message: Message, verdict: Verdict, intent: Intent, profile: Profile) -> Offer:
    """Step 3: something that helps what the sender is after."""
    text = f"{message.subject}\n{message.own_text}"
    if verdict.reason_code == PRESS_PITCH:
        # the user's guide to pitching them, where they have one; else the e-mail the reason asks for is enough
        if verdict.referral is not None:
            return Offer("resource", verdict.referral.name, verdict.referral.detail, verdict.referral.contact)
        return Offer("none")
    if verdict.reason_code == "has_provider":
        return _pass_on(message, _with_article(verdict.provider_category))
    if verdict.reason_code == "never_do" and (condition := rule_condition(verdict.never_rule)):
        return Offer("on_condition", what=_told(condition.kept))  # the meeting the rule allows
    if verdict.reason_code == "never_do" and (
        allowed := _answer_on_the_rule(verdict.never_rule, text, profile)
    ):
        # "unpaid test translations over 300 words": the user's own word on tests says what they do instead
        return Offer("own_answer", what=allowed)
    if verdict.reason_code == "away":
        # only the day is wrong: the next one is welcome
        return Offer("next_time")
    if (
        verdict.reason_code == "never_do"
        and intent in (Intent.SPEAKING_INVITATION, Intent.EVENT_INVITATION)
        and _only_when(verdict.evidence)
        and _wanted_but_for_the_rule(verdict)
    ):
        # "meetings or talks on Friday afternoons" held by the day and the hour alone, of a talk that serves a
        # goal well: another day is welcome; an event keeps its organiser's day, so its next one is
        return Offer("next_time" if intent is Intent.EVENT_INVITATION else "another_day")
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
    if intent in (Intent.SALES_PITCH, Intent.PARTNERSHIP_PROPOSAL) and verdict.reason_code != "never_do":
        # "ghostwriting for law firm partners" names the user's trade, not theirs: no "when someone needs legal
        # services" to a lawyer
        mine = own_trade(profile)
        categories = [
            (category, phrase)
            for category, phrase in detect_categories(text)
            if mine.isdisjoint(content_stems(phrase))
            and not is_trade_of(category, mine)
            and not _served(phrase, text)
        ]
        if categories:
            return _pass_on(message, _with_article(categories[0][0]))
        # no trade named (a coach, an investor's note): their overview kept for whoever could use it, never
        # "tell me what you need", which a seller would read backwards
        return Offer("keep_overview")
    if intent is Intent.RECRUITING and (job := _job_resource(profile, message)):
        return Offer("resource", job.title, job.description, job.link)  # a candidate: where the roles are
    if (hirer := _job_referral(verdict, intent, message)) is not None:
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
        # an organiser wants people in the room, not someone "who could help" them
        return Offer("mention")
    if intent is Intent.SPEAKING_INVITATION:
        return Offer("another_speaker")  # ...and a stage wants a speaker
    if intent is Intent.RECRUITING:
        # a recruiter looks for people, not for the user's checklists
        return Offer("keep_in_mind")
    if intent is Intent.CLIENT_INQUIRY:
        # a client the user cannot take needs someone who can, not the user's notes for beginners; only a
        # practice that takes clients has peers to suggest
        return Offer("suggest") if profile.has_goal(GoalKind.FIND_CLIENTS) else Offer("keep_in_mind")
    if intent is Intent.COFFEE_CHAT and _SIGNS_AS_SELLER.search(f"{message.own_text}\n{message.signature}"):
        # a seller's coffee ("Senior Account Executive | EduMetrics"): their overview kept for whoever could use
        # it, never "send me a line on what you need", which a seller reads backwards
        return Offer("keep_overview")
    # a resource for the help they ask or pass on; of a coffee only its questions, not the words of a pitch
    asked = " ".join(questions(message.own_text)) if intent is Intent.COFFEE_CHAT else text
    resource = best_resource(profile.resources, asked, profile.user.email)
    if resource is not None:
        return Offer("resource", resource.title, resource.description, resource.link)
    return Offer("keep_in_mind")


_LAUNCH = re.compile(r"\blaunch", re.IGNORECASE)
_ORGANISERS = re.compile(r"\b(?:organi[sz]ers?|event|events|conferences?|programme|program)\b", re.IGNORECASE)


def _campaign_resource(profile: Profile, message: Message) -> Resource | None:
    """The resource with a link that the user's campaign is about, for someone offering to share it: the one that
    shares most words with the campaign goal and the offer (they know the campaign; its link is what they need)."""
    said = " ".join(
        f"{g.description} {' '.join(g.targets)}" for g in profile.goals if g.kind is GoalKind.AMPLIFY_CAMPAIGN
    )
    stems = set(content_stems(f"{said}\n{message.own_text}")) if said else set()
    return _most_alike([r for r in profile.resources if r.link], stems)


def _job_referral(verdict: Verdict, intent: Intent | None, message: Message | None) -> Referral | None:
    """Where a job seeker asking the user for work is referred (a careers page, the recruiter who hires for the
    user): answered as today's kind no, with the place to apply."""
    if verdict.decision is not Decision.REFER or intent is not Intent.RECRUITING or message is None:
        return None
    return verdict.referral if _CANDIDATE.search(message.own_text) else None


def _job_resource(profile: Profile, message: Message) -> Resource | None:
    """A resource of the profile for job seekers (a careers page), where a candidate asks the user for work."""
    return job_resource(profile, message.own_text)


def best_resource(resources: list[Resource], text: str, own_address: str = "") -> Resource | None:
    """The resource sharing most words with `text` (two at least), one of them what it is about (its title's
    words) or whom it is for (the people its `helps` names first): "culinary students looking for a stage" for a
    student, not "companies and groups planning a private dinner" for an organiser whose meeting will "plan"
    a day and "share a dinner" (words in passing, not what the sender needs). The words of the user's own school
    or firm, as their address spells it ("Lakeview Hills" of dholloway@lakeviewhills.org), are no topic: any mail
    to them names it."""
    literal = topic_stems(text, own_address) - _kind_of_document(text)
    stems = _with_related(literal, text)
    return _most_alike(
        [
            r
            for r in resources
            if not already_has(r, text) and not stems.isdisjoint(_what_it_is_for(r, own_address))
        ],
        stems,
        related=stems - literal,
    )


# Words for the kind of thing a resource is, which say nothing of what it is about: "is there a guide or a plan
# you'd recommend?" is met by no "Family night guide" for it
_DOCUMENT_WORDS = frozenset(
    {
        "guide",
        "guides",
        "plan",
        "plans",
        "checklist",
        "checklists",
        "toolkit",
        "toolkits",
        "template",
        "templates",
    }
    | {
        "playbook",
        "playbooks",
        "handbook",
        "handbooks",
        "resource",
        "resources",
        "tips",
        "overview",
        "document",
    }
)


def _kind_of_document(text: str) -> set[str]:
    """The stems of `text` said only as a kind of document ("plan" of "a plan", not of "wedding planners")."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)]
    kinds = set(content_stems(" ".join(w for w in words if w in _DOCUMENT_WORDS)))
    return kinds - set(content_stems(" ".join(w for w in words if w not in _DOCUMENT_WORDS)))


def _with_related(stems: set[str], text: str) -> set[str]:
    """`stems` and the general words `text` implies by naming a kind of them (kindly.decide.related): "chronic
    absenteeism" is attendance, so a resource on attendance meets it, and a "truancy toolkit" is about attendance."""
    return stems | set(implied_stems(fold(text)))


# Where the people a resource helps end and what they do begins: "school leaders | working on chronic absenteeism",
# "university researchers | who want to run a study", "companies and groups | planning a private dinner"
_QUALIFIED = re.compile(
    r"\b(?:who|that|which|whose|with|without|in|on|at|for|from|of|about|into|to|new|after|before|\w{3,}ing)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _what_it_is_for(resource: Resource, own_address: str = "") -> frozenset[str]:
    """The stems of what a resource is about and whom it is for: its title's words (not the user's own firm's:
    "Casa Ferreira private dining menu") and the people its `helps` names before saying what they do. Read once
    for each of the profile's resources (and the user's address), not again for every draft."""
    first, _, rest = resource.helps.strip().partition(" ")  # "wedding planners ...": its first word is theirs
    people = f"{first} {_QUALIFIED.split(f' {rest}', maxsplit=1)[0]}"
    return frozenset(
        _with_related(topic_stems(f"{resource.title} {people}", own_address), f"{resource.title} {people}")
    )


_SIGNS_AS_SELLER = re.compile(rf"\b(?:{SALES_TITLE})\b", re.IGNORECASE)


def _users_own_page(link: str, profile: Profile) -> bool:
    """Whether a resource's link is on the user's own site, as their address or `own_domains` spell it
    ("https://lincolnparkhs.org/attendance-playbook" of awhitfield@lincolnparkhs.org), on a platform where people
    publish their own writing and talks (a Substack post, a YouTube recording), or there is no link: what they
    wrote up themselves; "https://www.cps.edu/about/research-review-board" is another organisation's page."""
    host = (urlsplit(link).hostname or "") if "://" in link else link.split("/")[0]
    host = host.lower().removeprefix("www.")
    if not host:
        return True
    # the user's own domains compared as they are: a page is never at a webmail host, so none is set aside here
    ours = [profile.user.email.rpartition("@")[2].lower(), *profile.user.own_domains]
    return any(within_domain(host, domain) for domain in ours + list(_PUBLISHING_PLATFORMS))


# Where people publish their own posts, talks, slides and templates: a link there is the user's own work
_PUBLISHING_PLATFORMS = (
    "medium.com",
    "substack.com",
    "wordpress.com",
    "blogspot.com",
    "github.io",
    "github.com",
    "notion.site",
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "linkedin.com",
    "docs.google.com",
    "drive.google.com",
    "dropbox.com",
    "gumroad.com",
    "speakerdeck.com",
    "slideshare.net",
)


def _answered_by_own(asked_for: list[str], usable: list[Answer], answered: list[str]) -> bool:
    """Whether each material asked for ("media kit") is what an answer of the user's given in the reply is about."""
    given = [a for a in usable if a.answer in answered]
    return all(
        any(phrase_in(fold(about), fold(material)) for a in given for about in a.about)
        for material in asked_for
    )


def _most_alike(
    resources: list[Resource], stems: set[str], related: set[str] | None = None
) -> Resource | None:
    """The resource whose title, description and audience share most of `stems` (two at least; the first of equals).
    Where `related` is given (the general words the text implies by naming a kind of them, never a generic word:
    "chronic absenteeism" is attendance), each resource is read with the general words it implies too, and one of
    those met counts twice: the text named that topic in its own words ("attendance playbook" for "chronic
    absenteeism"), a word in passing does not ("guide")."""
    scored = []
    for i, resource in enumerate(resources):
        shared = _resource_stems(resource, implied=related is not None) & stems
        scored.append((len(shared) + len(shared & (related or set())), -i, resource))
    scored = [s for s in scored if s[0] >= 2]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


@lru_cache(maxsize=256)
def _resource_stems(resource: Resource, *, implied: bool) -> frozenset[str]:
    """The stems of a resource's title, description and audience (with the general words they imply where
    `implied`), read once for each of the profile's resources, not again for every draft."""
    said = f"{resource.title} {resource.description} {resource.helps}"
    own = set(content_stems(said))
    return frozenset(_with_related(own, said) if implied else own)


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


# A formal letter spells its verbs out: "I would be glad", not "I'd be glad".
_CONTRACTIONS = {
    "i'd": "I would",
    "i'll": "I will",
    "i'm": "I am",
    "i've": "I have",
    "you'd": "you would",
    "you're": "you are",
    "you've": "you have",
    "we'd": "we would",
    "we're": "we are",
    "it's": "it is",
    "that's": "that is",
    "here's": "here is",
    "there's": "there is",
    "don't": "do not",
    "doesn't": "does not",
    "isn't": "is not",
    "can't": "cannot",
    "won't": "will not",
    "wouldn't": "would not",
    "couldn't": "could not",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(map(re.escape, _CONTRACTIONS)) + r")\b", re.IGNORECASE)


def _without_contractions(text: str, kept: tuple[str, ...] = ()) -> str:
    """The text with its verbs spelled out, but not inside `kept` (a resource's title and link, the user's own
    answers: their words as they wrote them) nor inside a link."""
    spans = [(m.start(), m.end()) for k in kept if k for m in re.finditer(re.escape(k), text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"https?://\S+", text)]

    def spelled(found: re.Match[str]) -> str:
        if _TAG_QUESTION.match(text, found.end()) or any(a <= found.start() < b for a, b in spans):
            return found.group(0)  # "isn't it?" stays a question; their words stay theirs
        full = _CONTRACTIONS[found.group(0).lower()]
        return full[:1].upper() + full[1:] if found.group(0)[:1].isupper() else full

    return _CONTRACTION.sub(spelled, text)


# Casual turns of phrase a formal letter puts otherwise.
_FORMAL_PHRASES = (
    ("Count me in - see you on", "I would be glad to attend, and I look forward to seeing you on"),
    ("Count me in - see you", "I would be glad to attend, and I look forward to seeing you"),
    ("Count me in.", "I would be glad to attend."),
    ("let's have a short call so I can quote accurately", "a short call would let me quote accurately"),
    ("what you are after", "what you are looking for"),
    ("when the next one comes round", "when the next one takes place"),
    ("Thanks so much", "Thank you very much"),
    ("lovely to meet you", "it is a pleasure to meet you"),
)


def _users_own_words(values: dict[str, object]) -> tuple[str, ...]:
    """What a draft quotes of the user's profile: their answers, the resource offered."""
    answers = values.get("answers")
    kept = [a for a in answers if isinstance(a, str)] if isinstance(answers, list) else []
    offer = values.get("offer")
    if isinstance(offer, Offer):
        kept += [offer.title, offer.description, offer.link]
    return tuple(kept)


def _formally(text: str) -> str:
    for casual, formal in _FORMAL_PHRASES:
        text = text.replace(casual, formal)
    return text


_TAG_QUESTION = re.compile(r"\s+(?:it|you|they|we|there|he|she)\s*\?")


def _tidy(rendered: str) -> str:
    """One blank line between paragraphs, no stray spaces: templates stay readable, drafts stay neat."""
    lines = [line.strip() for line in rendered.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# An offer to buy the user's own business: "we acquire a majority stake in the practice", "interested in acquiring
# your firm", "buy your agency" (not "acquire new patients", nor a seller's "buy our software").
_BUYS_YOURS = re.compile(
    r"\b(?:acquir\w*|buy(?:ing)?|purchas\w*)\s+(?:(?:a|an)\s+)?(?:(?:majority|minority|controlling)\s+"
    r"(?:stake|interest|share)\s+in\s+)?(?:your|the)\s+(?P<what>practice|business|firm|company|agency|studio|clinic)\b",
    re.IGNORECASE,
)


def buys_the_users(message: Message) -> str:
    """What of the user's an offer would buy ("practice"), or ""."""
    found = _BUYS_YOURS.search(" ".join(f"{message.subject}\n{message.own_text}".split()))
    return found.group("what").lower() if found else ""


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
    if others:
        return "I'd be glad to take them on - I'll get in touch with them directly to set things up."
    return "I'd be glad to take them on. Could you send me their contact details, so I can get in touch?"


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
) -> Draft | None:
    """The draft for a decision, or None where kindly leaves the message to the user (`details`: the
    message's, read with its intent, where the caller has them already)."""
    if verdict.decision is Decision.IGNORE:
        return None
    channel = channel or reply_channel_of(message.channel)
    # a direct message (LinkedIn, Instagram, WhatsApp...) is short, and signed with a name, not a signature block
    tone = "brief" if is_dm(channel) and profile.user.tone == "warm" else profile.user.tone
    intent = understanding.intent
    # read once: the ask, the stage, the date and the week come from it
    details = details or extract(message, intent)
    today = now or later_of(message.date, clock.now())
    today = today.astimezone(message.zone)  # days are named and counted where the sender wrote ("next week")
    written = message.date.astimezone(message.zone) if message.date else None
    # the day the reply is read, for whether a day it names needs its year: a calendar file carries no day it was
    # sent (its date is the event's own start), so today's
    sent = message.date if message.event is None or message.date != message.event.start else None
    read_on = (now or later_of(sent, clock.now())).astimezone(message.zone).date()
    # a mailbox of an organisation ("Global Wellbeing Leaders Summit") signed by a person: greet the person
    greeted = message
    if not first_name(message) and details.sender_name:
        greeted = replace(message, from_name=details.sender_name)
    formal = tone == "formal" and not profile.user.at_own_domain(message.from_addr)
    values: dict[str, object] = {
        # a formal letter to an outsider; a colleague at the user's own domain is still "Dear Tom"
        "first_name": formal_name(greeted, profile.user.name) if formal else first_name(greeted),
        "tone": tone,
        "variant": variant % VARIANTS,
        "signature": signature_for(profile.user.sign_off, channel),
        # an answer to the user's own mail ("> On 16 Nov, Folasade wrote: ... possibly to mentoring me?") thanks
        # them for coming back, not for an invitation the user asked for
        "ask": "getting back to me"
        if verdict.decision is Decision.ACCEPT
        and quotes_the_user(message.quoted_text, profile.user.name, profile.user.email)
        else ask_phrase(message, intent, details, profile.user.date_style),
        "condition": condition_kept(verdict),
    }
    writers = [] if formal else _co_writers(greeted)
    if writers:  # "Ana, Ben and Carla here from ...", or signed by all three: each is greeted
        values["first_name"] = _and_names(writers)
    if channel == "email" and intent is not Intent.INTRODUCTION:
        # "Jane asked me to set up a call", Jane copied: the reply goes to her too, and greets her
        values["first_name"] = _and_names(
            [
                str(values["first_name"]),
                *(n for n in _copied_names(message, profile, formal) if n not in writers),
            ]
        )
    steps: tuple[str, ...]
    times: list[str] = []
    donation = _donation_asked(message, verdict)
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
        values["client"] = intent is Intent.CLIENT_INQUIRY
        # "a coffee to talk about referring couples to each other": not asked what they want to discuss
        values["topic"] = given_in_thread(message, details, intent).get("topic", "")
        values["first"] = first_asked(verdict) or _other_region_asked(verdict)
    elif verdict.decision is Decision.DECLINE or _job_referral(verdict, intent, message):
        # (a job seeker referred to where applications go is thanked, told why no meeting, and pointed there)
        template, steps = "decline.j2", ("honest_reason", "offer_resource")
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
        values["wish_for"] = (
            "the story" if verdict.reason_code == PRESS_PITCH else _WISH_FOR.get(intent, "it")
        )
        if (
            intent is Intent.PARTNERSHIP_PROPOSAL
            and verdict.reason_code in _NOT_FOR_THE_SHOW
            and _guest_for_the_show(understanding, message)
        ):
            # a guest for the user's show who is not whom the show is for: a no to the pitch, not to a partner's
            # plans, and no overview of their services asked for
            values["ask"], values["wish_for"], values["offer"] = "the pitch", "your plans", None
            values["honest_reason"] = (
                "It isn't the right fit for the show at the moment, so I'll have to pass."
            )
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
        if isinstance(offer := values.get("offer"), Offer) and offer.kind == "another_candidate":
            values["wish_for"] = "finding the right person"  # a seat to fill, not a group to wish well
        if DecisionMark.PAYS_TO_TAKE_PART in verdict.marks:
            values["wish_for"] = "the event"  # a booth sold for it, not a business to wish well
            values["ask"] = "the invitation to take part"
        if intent is Intent.CLIENT_INQUIRY and not _ASKS_FOR_WORK.search(
            f"{message.subject}\n{message.own_text}"
        ):
            values["wish_for"] = "what you have planned"  # no search for someone to hire
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
        if _feature_sold(verdict, message):
            values["wish_for"] = "the issue"  # a page sold in it: no awards to wish well
        elif DecisionMark.AWARD_FOR_SALE in verdict.marks:
            values["wish_for"] = "the awards"  # a place sold at them: not "the event" nor "your business"
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
        event_pitched = intent is Intent.SALES_PITCH and _plainly_an_event(message, details)
        if event_pitched:
            # a mixer or a demo on the calendar, read as a pitch: declined as the event it is ("Good luck with
            # the mixer"), never wished well "with your business", and no overview asked of its host
            values["wish_for"] = _event_kind(message)
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
            and re.search(
                r"refer|commission|finder|kickback", note.removeprefix("referral_fee:"), re.IGNORECASE
            )
            for note in verdict.evidence
        )
        if isinstance(values["offer"], Offer) and values["offer"].kind in ("on_condition", "own_answer"):
            pass  # the meeting the rule allows, or the user's own word on what they do, whatever was asked
        elif verdict.reason_code == "never_do" and intent is Intent.PARTNERSHIP_PROPOSAL and referral_fee:
            # a peer's referral deal (not a vendor's affiliate scheme): the fee is refused, not the referring
            values["offer"] = Offer("refer_freely")
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
            or (verdict.reason_code == "not_a_fit" and bool(buys_the_users(message)))
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
    elif verdict.decision is Decision.REFER and verdict.referral is not None:
        template, steps = "refer.j2", ("refer",)
        values["referral"] = verdict.referral
        values["kind"] = {"refer_resource": "resource", "refer_provider": "provider"}.get(
            verdict.reason_code, "directory"
        )
        # a page of someone else's (the district's research office) is pointed to, never said to be the user's own
        values["pointed_to"] = not _users_own_page(verdict.referral.contact, profile)
    else:
        template, steps = "accept.j2", ("accept",)
        event = message.event
        style = profile.user.date_style
        # the day in the user's own clock, else the organiser's; none where a UTC time's is unknown
        seen = start_weighed(event, profile.user.zone, message.date_offset)
        values["event_when"] = (
            f"see you on {written_day(seen, style, read_on)}"
            f"{_event_hour(event, seen, message.date_offset, profile.user.zone, style)}"
            if event is not None and seen is not None
            else ("see you then" if event is not None and event.start is not None else "")
        )
        values["later"] = verdict.reason_code == ACCEPT_LATER
        values["glad"] = ""
        # an event, a group or a talk keeps its own date whatever the week holds; a meeting waits
        # (a "speaking invitation" that asks for no talk, panel, piece or show - "a 30-minute video call to swap
        # notes" - is a call, and moves like a meeting)
        # (nor does a calendar invitation to a call of two: it is a call whatever its note's language)
        dated = (
            intent in (Intent.EVENT_INVITATION, Intent.COMMUNITY_INVITATION) and not one_to_one_call(event)
        ) or (
            intent is Intent.SPEAKING_INVITATION
            and (asks_onto_a_stage(message, details) or asks_to_host(message.own_text))
        )
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
        )
        # a calendar invitation to a meeting at an hour or on a day the user does not meet (a Sunday, a public
        # holiday): no "see you", other times
        start = seen  # the user's own hour and day, where they set their zone, else the organiser's
        invited_outside = start is not None and not dated and not_met_then(start, meeting_hours, off)
        if start is not None and invited_outside:
            values["event_when"], yes = "", ""
        # the sender's own meeting asked beside the introduction, said yes to as a meeting is
        meeting = own_meeting(message, intent)
        # "see Tomasz's note below ... email him directly": the yes goes to them, not to the forwarder
        # (an event a colleague forwards keeps its own yes: the event's date)
        writer = _write_to_them_directly(message, None if dated else profile.user)
        if writer:
            yes = f"I'd be glad to meet {writer} - I'll email them directly."
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
        # the day they proposed went by before this reply: say so, and offer others
        gone = missed_day(message, details.when, today) if not dated else None
        values["missed"] = written_day(gone, style, read_on) if gone is not None else ""
        # ...a day gone by is not next year's ("Friday 27 November" read a week late is no Saturday to refuse)
        away = proposed_day_off(details.when, today, off, zone) if not dated and gone is None else None
        values["away"] = written_day(away, style, read_on) if away is not None else ""
        first = re.split(r",? or ", details.when, maxsplit=1)[0].strip()
        mine = my_time(first, details.when, message, today, zone, style) if away is not None else ""
        if mine:  # the sender's day and hour, and the user's own, where their zones part them
            values["away"] = first + mine
        if not yes and not dated and gone is None and away is None and first and first in taken:
            # the one time they offered is one another yes already takes ("see you on Tuesday, December 8, from
            # 7:00 to 8:30 am"): said, and other times offered
            values["away"] = first
        # a time they offered outside the user's own hours: times inside them, from that day on, and why
        outside = (
            outside_hours(details.when, message, today, meeting_hours, off, zone, style)
            if not dated and gone is None and away is None and not yes
            else None
        )
        if start is not None and invited_outside:
            outside = (
                f"{written_day(start.date(), style, read_on)} at {clock_said(start.time(), style)}",
                start.date(),
            )
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
        # the time is set with whoever the forwarder passes on to, not with the forwarder: no later times here
        values["yes"] = yes if dated or writer or not values["later"] else ""
        values["later"] = values["later"] and not values["yes"]
        # what they asked, answered in the user's own words from the profile
        # a client's questions: a speaker's fee or an event's cost is not what the user's rates answer
        client = intent is Intent.CLIENT_INQUIRY
        usable = answers_to_use(profile.answers, intent.value)
        # "an evening appointment would be ideal" asks for the user's hours as a question would
        questioned = message.own_text
        if client and (referred := work_sent(f"{message.subject}\n{questioned}")):
            # "Would you be willing to take them on as new patients?" is answered by the yes to the people sent,
            # not by the user's answer for patients who write themselves ("We're accepting new patients ...")
            questioned = " ".join(questioned.split()).replace(" ".join(referred.split()), "")
        answered = answers_for(f"{questioned}\n{_preference(message.own_text)}?", usable)
        # a client who asks what it costs is promised a quote, after a call to scope it, unless the user's own
        # answer gives the price ("An initial consultation is $110") rather than a quote to come
        values["quote"] = (
            client
            and _ASKS_PRICE.search(message.own_text) is not None
            and not any(
                about_money(a) and not _QUOTED.search(a.answer) for a in usable if a.answer in answered
            )
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
            _most_alike(  # what they ask for by its words, whatever it is called
                [r for r in profile.resources if not already_has(r, their_words)],
                topic_stems(their_words, profile.user.email),
            )
            # ...unless the user's own answer about it already gives it ("media kit": "Our media kit ... is at")
            if asked_for and not _answered_by_own(asked_for, usable, answered)
            else None
        )
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
        own_way = (
            own_expenses(message.own_text) if dated and (values["yes"] or values["event_when"]) else None
        )
        if own_way is not None and isinstance(values["answers"], list):
            values["answers"] = [f"I'll cover my own {own_way.what}.", *values["answers"]]
        # an RFP's call comes before its questions close; its proposal by the day it is due
        due = deadlines(message.own_text, today, message.date) if client else Deadlines()
        values["due"] = (
            written_day(due.proposal_due, style, read_on) if due.proposal_due and values["quote"] else ""
        )
        # a request for proposals is answered with the intent to submit, by its own dates: no call, no times
        rfp = due.proposal_due is not None and TENDER.search(message.own_text) is not None
        values["rfp_due"] = written_day(due.proposal_due, style, read_on) if rfp and due.proposal_due else ""
        asks_by = (
            due.first if rfp and due.first and due.proposal_due and due.first < due.proposal_due else None
        )
        values["rfp_questions"] = written_day(asks_by, style, read_on) if asks_by else ""
        if rfp:
            values["yes"] = ""
        # "Would you be up for it in late February? Happy to have a call first to talk menus": the call is soon, at
        # the hours they said suit them, not at the dinner's
        first = call_first(message.own_text)
        meal = "" if first else details.format
        # the part of the day they said suits, in the clock they said it in ("any morning your time", "my mornings")
        preferred, their_day = _in_whose_clock(
            _preferred_days(details.when, message.own_text, details.ask),
            their_working_day(today, zone, message),
            message,
            today,
            zone,
            meeting_hours,
        )
        times = proposed_times(
            today,
            verdict.reason_code == ACCEPT_LATER,
            next_week=bool(NEXT_WEEK.search(details.when)),
            week_of=week_named(details.when, today, written)
            or _week_around(details.when, message, today, written)
            # "could do any weekday morning in the week of 15 February": the week they record in, said apart
            or (week_named(message.own_text, today, written) if picks_a_week else None),
            taken=taken,
            style=profile.user.date_style,
            off=off,
            meal=meal,
            written=written.date() if written else None,
            # the days they said suit them; a dated proposal ("Thursday, November 26") is one day, not a habit
            preferred="" if yes and not meeting else preferred,
            before=_before_the_event(due.first, details.when, message, today, written)
            if meeting
            else due.first,
            soon=client or bool(phone),  # a reporter's call is soon: her story has a deadline
            not_before=None
            if first or picks_a_week
            else window_start(message.own_text, (written or today).date()),
            meeting_hours=meeting_hours,
            on_day=outside[1] if outside else None,
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
        values["hours_note"] = _hours_note(
            outside[0] if outside else "",
            meeting_hours,
            part_of_day(preferred, meal),
            style,
            preferred,
            activity=_hours_are_for(profile, asked_activities(details.format, message)),
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
            campaign = _campaign_resource(profile, message)
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
        if intent is Intent.PARTNERSHIP_PROPOSAL and (whom := _guest_for_the_show(understanding, message)):
            # "I own a bakery in Bed-Stuy ... I'd love to come on the show": thanked for the pitch, and the guest is
            # welcome on the user's show (never "your note about working together")
            values["ask"] = "the pitch"
            values["glad"] = (
                f"I would be glad to have {whom} on the show."
                if formal
                else f"I'd be glad to have {whom} on the show."
            )
        if client and _sends_work(understanding, message):
            # "Would you be willing to take them on as new patients?": a yes to the people sent, not a call
            values["ask"], values["later"], values["quote"] = "the referral", False, False
            values["yes"] = _referral_yes(message)
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
    text = _tidy(_ENV.get_template(template).render(**values))
    if tone == "formal":
        text = _formally(_without_contractions(text, _users_own_words(values)))
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


def _yes_to_both(message: Message, details: Details, introduced: str, times: list[str], when: str) -> str:
    """Yes to the sender's meeting, at the time they offered (`when`, "" where none is set) or else at one of
    `times`, and to the introduction (`introduced`: its yes): "I'd love to join you for lunch - would Tuesday,
    December 8 at 12:00 or ... work for you? And yes, please - I'd be glad to be introduced to Sam Ortiz."."""
    meet = _MEETING_TERMS.get(details.format, _A_MEETING)[1]
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
        (terms[1] for kind, terms in _MEETING_TERMS.items() if re.search(rf"\b{kind}\b", said)),
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


def _before_the_event(
    due: date | None, when: str, message: Message, today: datetime, written: datetime | None
) -> date | None:
    """The day a call asked beside an event must come before: the event's own day (or an earlier deadline)."""
    day = named_day(when, (written or today).date()) if when else None
    return min(d for d in (due, day) if d is not None) if (due or day) else None


# Several times offered, each with its hour: "Thursday, December 3 at 9:00 am or Friday, December 4 at 12:45 pm".
_SEVERAL_TIMES = re.compile(
    r"\d(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\b.*\bor\b.*\b\d{1,2}(?:[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)


# The sender's clock is told beside a time proposed where it is this far from the user's.
_FAR_APART = timedelta(hours=3)


def _week_around(when: str, message: Message, today: datetime, written: datetime | None) -> date | None:
    """The week the sender said they are free ("I'm in Madrid the week of 7 December") where the day they offer
    falls in it ("... coffee on Tuesday 8 December?"): other times are proposed in that week too."""
    week = week_named(message.own_text, today, written)
    day = named_day(when, (written or today).date()) if week is not None else None
    if week is None or day is None:
        return None
    monday = week - timedelta(days=week.weekday())
    return week if monday <= day <= monday + timedelta(days=6) else None


# The sender's working day, in their own clock.
_THEIR_DAY = (8, 18)


def their_working_day(today: datetime, zone: tzinfo | None, message: Message) -> tuple[time, time] | None:
    """The sender's working day (8:00 to 18:00 theirs) in the user's clock, where their mail was written 3 hours
    or more from the user's zone ("14:00 to 23:59" for a New York sender to Madrid); None where the two are close,
    either clock is unknown, or their day falls across the user's midnight."""
    theirs = _senders_clock(message, zone)
    if zone is None or theirs is None:
        return None
    mine = today.astimezone(zone).utcoffset() or timedelta()
    apart = mine - (today.astimezone(theirs).utcoffset() or timedelta())
    if abs(apart) < _FAR_APART:
        return None
    hours = apart.total_seconds() / 3600
    start, end = max(0.0, _THEIR_DAY[0] + hours), min(24.0, _THEIR_DAY[1] + hours)
    if end - start < 1:
        return None
    return _clock(start), _clock(end) if end < 24 else time(23, 59)


def _clock(hours: float) -> time:
    return time(int(hours), round((hours % 1) * 60) % 60)


def _senders_clock(message: Message, zone: tzinfo | None) -> tzinfo | None:
    """The sender's clock, where it is known: the offset their mail was written at, else the zone of their calendar
    invitation ("TZID=America/New_York") or the one beside an hour they give ("4pm EST") - a mail stamped UTC, as
    servers and exports write it for anyone, or a pasted message with no offset, still says whose day it is."""
    if message.date_offset:
        return message.zone
    clocks = both_clocks(message, zone)
    if clocks is not None:
        return clocks[1]
    return message.zone if message.date_offset is not None else None


def _event_hour(
    event: Event, seen: datetime, sent_offset: int | None, zone: tzinfo | None, style: str
) -> str:
    """ " at 5:30 pm": the hour a calendar invitation starts at, in the clock its day is named in (see
    `start_weighed`), with " my time" where that is the user's own and the organiser's is another, or unknown (a
    UTC time from a mail with no offset); "" for an all-day event (a day with no hour, read as midnight in no
    zone)."""
    if not event.start_zone and seen.time() == time(0):
        return ""
    hour = f" at {clock_said(seen.time(), style)}"
    if zone is None:
        return hour
    theirs = start_weighed(event, None, sent_offset)
    return hour if theirs is not None and theirs.utcoffset() == seen.utcoffset() else f"{hour} my time"


def your_time(proposed: str, today: datetime, zone: tzinfo | None, message: Message, style: str) -> str:
    """ " (Thursday 3 December at 21:00 your time)" beside a time the user proposes ("Friday 4 December at
    10:00", in their own `zone`) where the sender's mail was written at an offset 3 hours or more from it;
    "" where the user set no zone, the mail gives no offset, or the two are close."""
    clock = _senders_clock(message, zone)
    if zone is None or clock is None:
        return ""
    day = named_day(proposed, today.date())
    at = clock_read(proposed.rpartition(" at ")[2]) if " at " in proposed else None
    if day is None or at is None:
        return ""
    mine = datetime.combine(day, at, tzinfo=zone)
    theirs = mine.astimezone(clock)
    if abs((mine.utcoffset() or timedelta()) - (theirs.utcoffset() or timedelta())) < _FAR_APART:
        return ""
    hour = clock_said(theirs.time(), style)
    return (
        f" ({hour} your time)"
        if theirs.date() == day
        else f" ({written_day(theirs.date(), style, today.date())} at {hour} your time)"
    )


def _hours_are_for(profile: Profile, activities: frozenset[str]) -> str:
    """What the user's hours are told as being for: "recordings" or "calls" where a never-rule about the hour of
    that activity, the one asked, narrows them ("recording before 10:00" for a podcast's recording), else
    "meetings"."""
    if not activities or profile.hours_for(activities) == profile.hours_for(frozenset()):
        return "meetings"
    named = {
        kind
        for rule in profile.never
        if rule_windows(rule.what) is not None
        for kind in rule_activities(rule.what) & activities
    }
    return "recordings" if RECORDING in named else "calls" if CALL in named else "meetings"


def _hours_note(
    offered: str,
    meeting_hours: MeetingHours,
    part: str,
    style: str,
    preferred: str = "",
    activity: str = "meetings",
) -> str:
    """Why the times proposed are not the ones asked for: a time they offered outside the user's own hours
    ("Tuesday at 10am doesn't work for me, though - I'm only free for meetings between 16:00 and 18:00 on
    weekdays."; "for recordings" where the hours are a rule's for the recording asked), or a part of the day
    those hours leave out ("a morning"); "" otherwise."""
    if not meeting_hours:
        return ""
    free = f"I'm only free for {activity} {meeting_hours.said(style)}"
    if offered:
        return f"{offered[:1].upper()}{offered[1:]} doesn't work for me, though - {free}."
    if hours_miss_part(meeting_hours, part, preferred):
        what = {"breakfast": "a breakfast", "lunch": "a lunch", "drinks": "drinks", "dinner": "a dinner"}
        return f"{free}, so {what.get(part, f'an {part}' if part[:1] in 'aeiou' else f'a {part}')} is hard for me."
    return ""


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


# a character of the sentence: no end of one, but a dot between digits ("9.30", "2.5")
_IN_SENTENCE = r"(?:[^.!?;\n]|(?<=\d)\.(?=\d))"


# Where the sender says which days suit them: "Tuesday or Wednesday afternoon works best", "I'm free Thursdays".
# (the clause that says it, not its sentence: "We record on Zoom on Thursdays; Thursday 10 December would be ideal"
# prefers a day, and asks nothing of Zoom)
_PREFERENCE = re.compile(
    # "we're both free after 6 pm", "I'm usually around on Fridays"; a dot between digits ends no sentence
    # ("mornings before 9.30 are easiest", "in 2.5 hours")
    rf"{_IN_SENTENCE}*\b(?:works? best|suits? (?:me|us) best|best for (?:me|us)|i'?m (?:\w+ly\s+)?(?:free|around|available)|"
    r"we'?re (?:both\s+|all\s+|\w+ly\s+)?(?:free|around|available)|i prefer|we prefer|would be ideal|"
    r"(?:is|are) (?:easiest|ideal)|"
    # a place's quiet hours are the ones it offers: "Afternoons between 2 and 4 are quiet here, any day Tuesday to
    # Friday" (a restaurant's, a shop's)
    r"(?:is|are) (?:usually |always |pretty |very )?(?:quiet|quietest|slow|calm|easy)(?: here| for (?:me|us)| at (?:the|our) \w+)?\b|"
    r"easiest for (?:me|us)|"
    # "I'm in Manchester most Thursdays": the days they are there
    # "we record at my studio, usually Friday mornings"
    rf"(?:most|usually|generally|normally)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)days?)\b{_IN_SENTENCE}*",
    re.IGNORECASE,
)


def _in_whose_clock(
    preferred: str,
    their_day: tuple[time, time] | None,
    message: Message,
    today: datetime,
    zone: tzinfo | None,
    meeting_hours: MeetingHours,
) -> tuple[str, tuple[time, time] | None]:
    """The days they said suit them and the stretch of the user's day the times fall in, for a part of the day they
    said whose it is: the user's ("any morning your time works") is the user's morning, as times are written; the
    sender's ("my mornings are easiest"), from hours away, is that stretch of the user's day (a Tokyo morning is a
    California afternoon), kept as their working day would be - or, where it misses the user's hours, their
    working day itself."""
    said = part_said(message.own_text)
    if said is None:
        return preferred, their_day
    rest = " ".join(_PART_NAMED.sub(" ", preferred).split())
    theirs = None if said.users else their_part(said.part, today, zone, message)
    if theirs is None:  # the user's part of the day, or a sender in the user's own clock
        return f"{rest} {said.part}".strip(), their_day
    # as the times are chosen: in the user's hours, or without them in an ordinary working day (see proposed_times)
    ours = theirs if meeting_hours else (max(theirs[0], time(9)), min(theirs[1], time(18)))
    return rest, theirs if ours[1] > ours[0] and meeting_hours.meets_in(ours) else their_day


_PART_NAMED = re.compile(r"\b(?:morning|afternoon|evening)s?\b", re.IGNORECASE)


def _preferred_days(when: str, text: str, ask: str = "") -> str:
    """The days they said suit them: "Tuesday or Wednesday afternoon", or a "works best" sentence; a dated
    proposal ("Thursday, November 26") is one day, not a habit; and the part of the day the ask names ("coffee
    one morning next week?", "any afternoon in the week of 14 December")."""
    part = _PART_OF_DAY.search(ask) or _PART_OF_A_WEEK.search(text)
    # ...and the hour they keep for it ("We usually record at 7:30pm")
    usual = USUAL_HOUR.search(" ".join(text[:20_000].split())) if part else None
    said = (
        f"{'' if _DIGIT.search(when) else when} {_preference(text)} {part.group(0) if part else ''}"
        f" {usual.group(0) if usual else ''}"
    )
    return " ".join(said.split())


# "one morning", "any afternoon", "an evening": the part of the day the sender asks for
_PART_OF_DAY = re.compile(r"\b(?:one|any|an?|some)\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)
# ...or elsewhere, of the week offered: "any afternoon in the week of 14 December"
_PART_OF_A_WEEK = re.compile(
    r"\b(?:one|any|an?|some)\s+(?:morning|afternoon|evening)(?=\s+(?:in\s+)?(?:the|next|that|this)\s+week\b)",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def _preference(text: str) -> str:
    joined = " ".join(text[:20_000].split())  # "Tuesday or Wednesday\nafternoon works best" is one sentence
    found = _PREFERENCE.search(joined)
    return found.group(0) if found else ""


def _relayed_to(message: Message, details: Details, profile: Profile) -> str:
    """The yes to an offer someone else relays with the offerer's own contact ("I'd be glad to meet Tom - I'll
    give him a call."), or "" where the message relays none or names nobody to meet."""
    relayed = relayed_offer(message)
    if relayed is None:
        return ""
    own = fold(profile.user.name.split()[0]) if profile.user.name.strip() else ""
    sender = fold(first_name(message))
    for person in details.attendees:
        names = [w for w in person.split() if w.rstrip(".").lower() not in _HONORIFICS]
        if names and fold(names[0]) not in (own, sender) and len(names) > 1:
            how, whom = relayed
            action = f"give {whom} a call" if how == "call" else f"email {whom} directly"
            return f"I'd be glad to meet {names[0]} - I'll {action}."
    return ""


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
    names = [w for w in name.split() if w.rstrip(".").lower() not in _HONORIFICS]  # "Dr Tom Keane": Tom
    return names[0] if names else ""


def _copied_names(message: Message, profile: Profile, formal: bool) -> list[str]:
    """How the reply greets the people the sender brought in, who are copied on it ("Jane", or "Jane Doe" in a
    formal letter); nobody whose mailbox gives no person's name."""
    names = []
    for box in brought_in(message, profile.user.email, profile.user.name):
        person = Message(source="", from_name=box.name, from_addr=box.addr)
        name = formal_name(person, profile.user.name) if formal else first_name(person)
        if name and name not in names:
            names.append(name)
    return names


# Two or three people writing together: "Ana, Ben and Carla here from ...", or a sign-off line of their names
# ("Ana, Ben & Carla", "- Ana and Ben")
_GIVEN = r"[A-Z][a-z'-]+"
_NAMES_TOGETHER = rf"{_GIVEN}(?:,\s+{_GIVEN}){{0,3}},?\s+(?:and|&)\s+{_GIVEN}"
_WRITERS_HERE = re.compile(rf"(?:^|[.!?]\s+|,\s+)(?P<names>{_NAMES_TOGETHER})\s+here\b", re.MULTILINE)
_SIGNED_TOGETHER = re.compile(rf"^(?:[-–—~]\s*)?(?P<names>{_NAMES_TOGETHER})[.!]?$")


def _co_writers(message: Message) -> list[str]:
    """The first names of two or more people who write the message together, the sender among them where their
    name is known ("Ana, Ben and Carla here from the Tidewater Growers Collective"; a note signed "Ana, Ben and
    Carla"); [] for one writer, or names that are not all first names ("Smith and Jones here")."""
    lines = [line.strip() for line in f"{message.own_text}\n{message.signature}".splitlines() if line.strip()]
    opening = " ".join(lines[:4])
    said = [m.group("names") for m in _WRITERS_HERE.finditer(opening)]
    said += [m.group("names") for line in lines[-4:] if (m := _SIGNED_TOGETHER.match(line))]
    sender = first_name(message)
    for names in said:
        writers = [n for n in re.split(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+", names) if n]
        if len(writers) >= 2 and all(is_given_name(n) for n in writers) and (not sender or sender in writers):
            return writers
    return []


def _and_names(names: list[str]) -> str:
    """ "Marcus", "Marcus and Jane", "Marcus, Jane and Priya"; those left empty are left out."""
    names = [n for n in names if n]
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)


def _copied_first_name(message: Message, address: str, own: str) -> str:
    """The first name the To or Cc header gives the mailbox at `address` ("Priya Raman <pr@...>": Priya), where
    it names a person other than the user (`own`, folded); ""."""
    for box in (*message.to_mailboxes, *message.cc_mailboxes):
        if box.addr == address and box.name:
            name = first_name(Message(source="", from_name=box.name, from_addr=box.addr))
            return name if name and " " not in name and fold(name) != own else ""
    return ""


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
    headed = [n for n in (_copied_first_name(message, a, own) for a in copied) if n]
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
