"""Details of an invitation: who asks (name, organisation, role), what for, in what form, when, where.

Rule-based and explainable: every field comes from the headers, the signature, the sender's own words or
the calendar event, and is left empty rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kindly.decide.categories import detect_categories
from kindly.decide.words import PUBLIC_DOMAINS
from kindly.model import Message

_F = re.IGNORECASE
_ROLE_WORDS = re.compile(
    r"\b(founder|co-?founder|ceo|cfo|coo|cto|cmo|president|vice president|vp|director|head of|manager|partner|"
    r"principal|owner|consultant|advisor|adviser|planner|recruiter|talent|analyst|associate|engineer|designer|"
    r"developer|producer|editor|host|organi[sz]er|coordinator|chair|professor|lecturer|student|specialist|"
    r"officer|lead|architect|strategist|representative|executive|account executive|sdr|bdr)\b",
    _F,
)
_ORG_WORDS = re.compile(
    r"\b(inc|llc|ltd|gmbh|corp|corporation|company|co\.|group|partners|studio|studios|agency|capital|ventures|"
    r"bank|university|college|institute|foundation|association|society|network|labs?|media|consulting|"
    r"solutions|services|llp|plc|pty|s\.a\.)\b",
    _F,
)
_TITLE_AT_ORG = re.compile(r"^(?P<role>[^|,@\n]{2,60}?)\s*(?:\||,| at | @ | - | – )\s*(?P<org>[^|\n]{2,60})$")
_REQUEST = re.compile(
    r"\b(would you|could you|can you|can we|could we|shall we|let'?s|would love to|i'?d love to|i'?d like to|"
    r"are you (free|available|open|interested)|do you have|please (join|attend|consider|let me know|come)|"
    r"invite you|invitation|interested in|we'?d be (delighted|honou?red|thrilled)|looking for|"
    r"would it be possible|may i|might you|how about|join us|if you could|hope you (can|will)|"
    r"we'?d be delighted)\b",
    _F,
)
_FORMATS: list[tuple[str, re.Pattern[str]]] = [
    ("podcast", re.compile(r"\b(podcast|episode|livestream|youtube)\b", _F)),
    ("panel", re.compile(r"\b(panel|panelist|keynote|talk|workshop|webinar)\b", _F)),
    ("video call", re.compile(r"\b(zoom|teams|google meet|meet\.google|video call|video chat|webex)\b", _F)),
    ("call", re.compile(r"\b(call|phone|ring)\b", _F)),
    ("coffee", re.compile(r"\bcoffee\b", _F)),
    ("lunch", re.compile(r"\blunch\b", _F)),
    ("breakfast", re.compile(r"\bbreakfast\b", _F)),
    ("dinner", re.compile(r"\bdinner\b", _F)),
    ("drinks", re.compile(r"\b(drinks?|beers?|happy hour)\b", _F)),
    (
        "event",
        re.compile(r"\b(conference|summit|mixer|meetup|reception|gala|party|seminar|open house|event)\b", _F),
    ),
    ("meeting", re.compile(r"\b(meet|meeting|get together|sit down)\b", _F)),
]
_WHEN = re.compile(
    r"\b((?:next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening))?"
    r"(?:,? (?:the )?\d{1,2}(?:st|nd|rd|th)?)?(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{4})?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|tomorrow|tonight|next week|this week|later this month|next month)"
    r"(?:,? (?:at |from |around )?\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?(?: ?[-–] ?\d{1,2}(?::\d{2})? ?(?:am|pm)?)?)?",
    _F,
)
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)\b", _F)
_DURATION = re.compile(
    r"\b(\d+|a few|few|fifteen|twenty|thirty|forty[- ]five|sixty|an?|half an?|one|two|three)[ -]?"
    r"(minutes?|mins?|hours?|hrs?)\b",
    _F,
)
_PLACE = re.compile(
    r"\b(at|in|@)[ \t]+((?:the[ \t]+)?[A-Z][\w'&-]+(?:[ \t]+(?:[A-Z][\w'&-]+|of|on|and|&)){0,5})",
)
_NOT_PLACE = re.compile(
    r"^(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|^(?:I|We|You|Our|My|Your|This|That|The End|Zoom|Teams)$",
    _F,
)
_PRICE = re.compile(r"(?:\$|€|£|\busd ?|\beur ?)\s?\d[\d,]*(?:\.\d{2})?(?:\s?(?:per|/)\s?\w+)?", _F)
_FREE = re.compile(
    r"\bfree (?:of charge|to attend|admission)\b|\bno (?:cost|charge|fee)\b|\bcomplimentary\b|\bfree\b", _F
)
_PEOPLE_LIST = re.compile(
    r"\b(?i:speakers? (?:include|are|will be)|featuring|panel(?:ists)? (?:include|are)|joined by|with guests?)\s*:?\s*"
    r"((?:[A-Z][a-z]+(?:\s[A-Z][a-z'-]+)+(?:\s\([^)]{1,60}\))?(?:,\s*|\s+and\s+)?){1,8})"
)
_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z'-]+)+")
# An e-mail names its event in the subject ("Invitation: Women in Fintech Breakfast") or where it invites
# ("invite you to the Gulf Coast Energy Forum", "join us at Design Week Lisbon"): a run of capitalised words.
_TITLED = (
    r"((?:the\s+)?(?:\d{4}\s+)?[A-Z0-9][\w'&.-]*(?:\s+(?:[A-Z0-9][\w'&.-]*|of|on|for|and|in|the|&|-|–)){0,9})"
)
_EVENT_IN_SUBJECT = re.compile(
    r"^\s*(?:(?i:invitation|invite|you'?re invited|you are invited|save the date|join us)\s*(?:to|for|at)?\s*[:\-–]?\s*)"
    + _TITLED
)
_EVENT_IN_TEXT = re.compile(
    r"\b(?i:invite you to|invite you to attend|invited to attend|invited to|join us (?:at|for)|"
    r"attend|register for|see you at)\s+" + _TITLED
)
_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|on|for|and|in|the|&|-|–))+$")
_EVENT_DATE_TAIL = re.compile(
    r"\s+(?:on|in|at|for|-|–)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\b).*$",
    _F,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n{2,}")
_SALUTATION = re.compile(
    r"^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^,:\n]{0,40}[,:]\s+", _F
)


@dataclass(frozen=True, slots=True)
class Details:
    sender_name: str = ""
    organisation: str = ""
    role: str = ""
    ask: str = ""
    format: str = ""
    when: str = ""
    duration: str = ""
    place: str = ""
    service_category: str = ""
    event_name: str = ""
    event_date: str = ""
    event_place: str = ""
    cost: str = ""
    attendees: tuple[str, ...] = field(default_factory=tuple)

    def as_rows(self) -> list[tuple[str, str]]:
        rows = [
            ("sender", self.sender_name),
            ("organisation", self.organisation),
            ("role", self.role),
            ("asks", self.ask),
            ("format", self.format),
            ("when", self.when),
            ("duration", self.duration),
            ("place", self.place),
            ("service", self.service_category),
            ("event", self.event_name),
            ("event date", self.event_date),
            ("event place", self.event_place),
            ("cost", self.cost),
            ("attendees", ", ".join(self.attendees)),
        ]
        return [(name, value) for name, value in rows if value]


def extract(message: Message) -> Details:
    own = " ".join(message.own_text.split())  # wrapped lines: "next\nTuesday" is one phrase
    text = f"{message.subject}\n{own}"
    costs_text = f"{own} {message.event.description if message.event else ''}"
    org, role = _organisation_and_role(message)
    event = message.event
    attendees: tuple[str, ...] = ()
    if event is not None:
        attendees = tuple(a.name or a.email for a in event.attendees)
    else:
        listed = _PEOPLE_LIST.search(message.own_text)
        if listed:
            attendees = tuple(_NAME.findall(listed.group(1)))
    categories = detect_categories(text)
    sender_name = message.from_name or _signature_name(message.signature)
    bracketed = re.match(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]{2,80})\)$", sender_name)
    if bracketed:  # "Hannah Brooks (Creative Economy Network)"
        sender_name, org = bracketed.group("name"), bracketed.group("org")
    ask = ask_sentence(message.own_text)
    when = _first(_WHEN, own) or _first(_TIME, own)
    # The ask says where the meeting is; elsewhere "at X" is as likely the sender's employer.
    place = _place(ask, org) or _place(own, org)
    if event is not None:
        event_name = event.summary
        event_date = f"{event.start:%a %d %b %Y %H:%M}" if event.start else ""
        event_place = event.location
        when, place = event_date or when, event_place or place
    else:
        event_name = _event_name(message.subject, own)
        event_date, event_place = (when, place) if event_name else ("", "")
    return Details(
        sender_name=sender_name,
        organisation=org,
        role=role,
        ask=ask,
        format=_first_format(text, event is not None),
        when=when,
        duration=_first(_DURATION, own),
        place=place,
        service_category=categories[0][0] if categories else "",
        event_name=event_name,
        event_date=event_date,
        event_place=event_place,
        cost=_first(_PRICE, costs_text) or _first(_FREE, costs_text),
        attendees=attendees,
    )


def ask_sentence(text: str, limit: int = 200) -> str:
    """The sentence in which the sender asks for something, in their words."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    for sentence in sentences:
        flat = _SALUTATION.sub("", " ".join(sentence.split()))
        if _REQUEST.search(flat) or flat.endswith("?"):
            return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
    return ""


def _event_name(subject: str, own: str) -> str:
    """The event an e-mail invites to, when it names one with capitalised words; never a guess."""
    for pattern, text in ((_EVENT_IN_SUBJECT, subject), (_EVENT_IN_TEXT, own)):
        match = pattern.search(text)
        if match:
            name = _EVENT_DATE_TAIL.sub("", match.group(1).strip(" .,;:!"))
            name = _TRAILING_SMALL.sub("", name).removeprefix("the ")
            if len(name.split()) >= 2 and not _NOT_PLACE.match(name):
                return name
    return ""


def _first(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.search(text)
    return " ".join(match.group(0).split()).rstrip(",.;:") if match else ""


def _first_format(text: str, is_event: bool) -> str:
    if is_event:
        return "event"
    for name, pattern in _FORMATS:
        if pattern.search(text):
            return name
    return ""


def _place(text: str, organisation: str = "") -> str:
    """A venue ("at Case Study Coffee") rather than a city ("in Portland") when both are given; never the
    sender's own organisation ("a planner at BrightPath Finance")."""
    found: dict[str, str] = {}
    for match in _PLACE.finditer(text):
        candidate = _TRAILING_SMALL.sub("", match.group(2).strip(" .,"))
        if organisation and candidate.lower().removeprefix("the ") in organisation.lower():
            continue
        if not _NOT_PLACE.match(candidate) and len(candidate) > 2:
            found.setdefault(match.group(1).lower(), candidate)
    return found.get("at") or found.get("@") or found.get("in", "")


def _signature_name(signature: str) -> str:
    for line in signature.splitlines()[1:3]:
        if _NAME.fullmatch(line.strip()):
            return line.strip()
    return ""


def _organisation_and_role(message: Message) -> tuple[str, str]:
    org = role = ""
    for line in message.signature.splitlines()[:8]:
        line = line.strip()
        if not line or "@" in line or line.lower().startswith(("http", "www", "+", "tel", "phone", "mobile")):
            continue
        split = _TITLE_AT_ORG.match(line)
        if split and _ROLE_WORDS.search(split.group("role")):
            return split.group("org").strip(), split.group("role").strip()
        if not role and _ROLE_WORDS.search(line) and len(line) <= 60:
            role = line
        elif not org and _ORG_WORDS.search(line) and len(line) <= 60:
            org = line
    if not org and "@" in message.from_addr:
        org = _domain_organisation(message.from_addr.rsplit("@", 1)[1].lower())
    return org, role


_GENERIC_LABELS = frozenset(
    [
        "com",
        "org",
        "net",
        "co",
        "ac",
        "gov",
        "edu",
        "example",
        "test",
        "invalid",
        "localhost",
        "mail",
        "email",
        "www",
    ]
)


def _domain_organisation(domain: str) -> str:
    """'ruth@halftone.example.com' -> 'Halftone'; webmail and reserved example domains name no one."""
    if domain in PUBLIC_DOMAINS:
        return ""
    labels = [label for label in domain.split(".")[:-1] if label not in _GENERIC_LABELS and len(label) > 1]
    return labels[-1].replace("-", " ").title() if labels else ""
