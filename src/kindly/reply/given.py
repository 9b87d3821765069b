"""What the sender already gave, so a draft never asks for it again: the profile's standard "Could you send me your
date and venue?" is left out of a reply to "Our date is 14 March and the venue is the Harbour Hotel", and what it
asked for is acknowledged instead ("I've noted 14 March at the Harbour Hotel.").

Pure: reads the message's extracted details (its day, hour, place, length...) and its own words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from kindly.amounts import CODES, SIGN
from kindly.decide.thread import contact_details
from kindly.model import Intent, Message
from kindly.understand.days import MONTH_DAY
from kindly.understand.extract import Details, extract

_F = re.IGNORECASE

# A day named in what the sender wrote: "14 March", "Tuesday", "tomorrow" (not "next week": which day is open).
_A_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\btomorrow\b|"
    r"\b\d{1,2}/\d{1,2}\b",
    _F,
)
# An hour or a part of the day: "at 2pm", "14:00", "Thursday afternoon", "noon".
_AN_HOUR = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\b(?:morning|afternoon|evening|noon|"
    r"midday|lunchtime|breakfast|lunch|dinner)s?\b",
    _F,
)
# What the talk or the meeting is about: "to talk about pricing", "a talk on cash flow", "the topic is ...".
_TOPIC = re.compile(
    r"\b(?:talk(?:ing)?|chat(?:ting)?|hear|learn|ask you|pick your brain|speak(?:ing)?|session|workshop|panel|"
    r"advice|questions?|thoughts|ideas|compare notes)\s+(?:\w+\s+)?(?:about|on|around|regarding)\s+|"
    r"\b(?:discuss(?:ing)?|talk through|go over)\s+|\b(?:topic|theme|agenda)\s+(?:is|would be|will be|:)\s*",
    _F,
)
# Where the topic's words end: a stop, a dash, or the time or place said after it ("... next week", "over coffee").
_TOPIC_END = re.compile(
    r"\s*(?:[.?!;:,()\n]|\s[-–—]\s|$)|\s+(?:next|this|on|at|in|over|when|if|some ?time|sometime|before|after|"
    r"with me|with you|together|and (?:I|we|would|could|maybe|perhaps)|"
    r"for (?:about |around |roughly |up to |some )?\d)\b",
    _F,
)
_NO_TOPIC = re.compile(
    r"^(?:a|an|the|this|that|it|things?|something|anything|[a-z]+day|what|how|whether)\b", _F
)


def _topic(text: str) -> str:
    """What a meeting or a talk is to be about, in the sender's words ("referring couples to each other"); ""
    where they name none ("to talk about something", "to discuss it")."""
    for found in _TOPIC.finditer(text):
        rest = text[found.end() : found.end() + 200]
        end = _TOPIC_END.search(rest)
        topic = rest[: end.start() if end else len(rest)].strip()
        if topic and not _NO_TOPIC.match(topic) and len(topic.split()) <= 10:
            return topic
    return ""


# How many will come: "for about 120 studio owners", "80 guests", "a room of 40".
_SIZE = re.compile(
    r"\b\d{2,5}\+?\s+(?:\w+\s+){0,2}?(?:people|guests|attendees|delegates|participants|members|owners|founders|"
    r"leaders|staff|employees|students|listeners|readers|couples|professionals|managers)\b",
    _F,
)
# A budget or a fee the sender named: "$800 a month", "our budget is around £2,000", "we pay speakers $500".
_MONEY = re.compile(
    rf"(?:{SIGN}|\b(?:{CODES})\s?)\s?\d[\d,]*(?:\.\d+)?(?:\s?k\b)?"
    r"(?:\s?(?:a|an|per|/)\s?(?:month|year|hour|day|week|head|person)\b)?",
    _F,
)

# What a request of the draft asks for, by kind: "your date and venue", "how long", "your budget".
_ASKS = {
    # "your date", "which day suits", "when you're free", "your availability"; not "up to date", "send them when
    # you have them" or "feel free to send me ..."
    "date": re.compile(
        r"\b(?:(?<!to )dates?|(?:what|which|a|the) days?|when (?:you(?:'re| are) (?:free|available|around)|"
        r"(?:would |will |does |do )?(?:suits?|works?)|is (?:good|best|convenient)|you(?:'d| would) like to meet)|"
        r"your availability|(?:are|were) you (?:free|available) (?:on|to meet)|timing)\b",
        _F,
    ),
    "time": re.compile(
        r"\b(?:(?:what|which|a|the|start|your) times?|times? (?:that )?(?:suits?|works?)|what hour|timing)\b",
        _F,
    ),
    "place": re.compile(
        r"\b(?:venues?|locations?|where (?:it is|it's|is it|it will be|will it be|you(?:'d| would) like to meet|"
        r"you(?:'re| are) (?:getting married|holding it|based)))\b",
        _F,
    ),
    "topic": re.compile(
        r"\b(?:agenda|topics?|themes?|what (?:you(?:'d| would) like|you want(?:ed)?) to (?:discuss|talk about|"
        r"cover)|what (?:it|the talk|the session|the meeting) (?:is|will be) about)\b",
        _F,
    ),
    "duration": re.compile(
        r"\b(?:how long (?:would|will|should|were you|is it|for|do you (?:need|want|have in mind))|how much time|"
        r"length|duration)\b",
        _F,
    ),
    "size": re.compile(
        r"\b(?:how many (?:people|guests|attendees|delegates|participants|are you expecting|will (?:attend|come|be "
        r"there))|guest (?:count|numbers)|headcount|audience size|number of (?:guests|people|attendees))\b",
        _F,
    ),
    "budget": re.compile(
        r"\b(?:budget|how much you (?:want|plan|hope) to spend|fee you have in mind|price range)\b", _F
    ),
    "contact": re.compile(
        r"\b(?:(?:phone|mobile|contact) number|contact details|email address|best way to reach you)\b", _F
    ),
}
# Where several kinds are asked at once, the ones still wanted are kept in its list: "your date and venue".
_NOUNS = {
    "date": r"(?:wedding |event )?dates?",
    "time": r"(?:start )?times?",
    "place": r"venues?|locations?",
    "topic": r"agenda|topics?",
    "duration": r"length|duration",
    "size": r"guest count|guest numbers|headcount|audience size",
    "budget": r"budget",
    "contact": r"(?:phone|mobile|contact) number|contact details|email address",
}
_NOUN = "|".join(_NOUNS.values())
_LIST = re.compile(
    rf"\b(?:your |the )?(?:{_NOUN})(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)(?:your |the )?(?:{_NOUN}))+\b",
    _F,
)
_ONE_NOUN = re.compile(
    rf"\b(?:your |the )?(?:{'|'.join(f'(?P<{kind}>{words})' for kind, words in _NOUNS.items())})\b", _F
)
# A sentence of the draft that asks the sender for something.
_REQUEST = re.compile(
    r"\?\s*$|^\s*(?:please|could you|can you|would you|do (?:send|let)|send me|let me know|if you (?:could|can) "
    r"(?:send|share|let))\b|\b(?:let me know|send (?:me|over|through))\b",
    _F,
)
# not words.SENTENCE: a line break ends none, so a request wrapped over lines is read (and kept or left out) whole
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def given(details: Details, text: str) -> dict[str, str]:
    """What the message (its extracted `details` and its own words `text`) already gives, by kind: "date" (the
    day of the meeting, the event or the client's work), "time", "place", "topic", "duration", "size" (how many
    will come), "budget", "contact"; each with the words it was given in, where a draft could acknowledge them."""
    facts: dict[str, str] = {}
    when = details.work_day or details.event_date or details.when
    if when and (MONTH_DAY.search(when) or _A_DAY.search(when)):
        facts["date"] = when
    hour = _AN_HOUR.search(f"{details.when} {details.event_date}")
    if hour:
        facts["time"] = hour.group(0)
    if details.place or details.event_place:
        facts["place"] = details.place or details.event_place
    if topic := _topic(" ".join(f"{details.ask} {text}".split())):
        facts["topic"] = topic
    if details.duration:
        facts["duration"] = details.duration
    if size := _SIZE.search(text):
        facts["size"] = size.group(0)
    if money := _MONEY.search(f"{details.cost} {text}"):
        facts["budget"] = money.group(0)
    if contact := contact_details(text):
        facts["contact"] = contact
    return facts


# The lines of quoted history that say who wrote it and when, not what was said: "On Mon, 30 Nov 2026, Hannah
# wrote:", "From: ...", "Sent: ...", "-----Original Message-----".
_QUOTE_HEADER = re.compile(
    r"^\s*(?:on\b.{0,200}\bwrote:?|(?:from|sent|date|to|cc|subject):.*|-+\s*(?:original|forwarded) message\s*-+)\s*$|"
    # ...wrapped onto two lines: "On Mon, 30 Nov 2026 at 09:00, Hannah Cole <" / "hannah@example.org> wrote:"
    r"^\s*on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}),?\s+\d{4}\b|"
    r"\bwrote:\s*$",
    _F,
)


def given_in_thread(message: Message, details: Details, intent: Intent) -> dict[str, str]:
    """What the message (`details`, as read) and the mail it quotes already give (see `given`): a reply that
    asks "could you send me your prices?" under "> We're getting married on 14 March at the Harbour Hotel" gave
    its date and venue too. What the message itself says comes first."""
    facts = given(details, message.own_text)
    lines = [re.sub(r"^(?:\s*>)+\s?", "", line) for line in message.quoted_text[:20_000].splitlines()]
    quoted = "\n".join(line for line in lines if not _QUOTE_HEADER.search(line)).strip()
    if quoted:
        earlier = replace(message, own_text=quoted, body=quoted, quoted_text="", subject="", event=None)
        for kind, said in given(extract(earlier, intent), quoted).items():
            facts.setdefault(kind, said)
    return facts


def asked(sentence: str) -> set[str]:
    """The kinds of detail a sentence of a draft asks the sender for ("Could you send me your date and venue?":
    date and place); none where the sentence asks for nothing."""
    if not _REQUEST.search(sentence):
        return set()
    return {kind for kind, words in _ASKS.items() if words.search(sentence)}


def without_what_was_given(text: str, facts: Mapping[str, str]) -> tuple[str, set[str]]:
    """`text` (an answer of the profile) without what it asks for that the message gave: a request for only
    that is left out, and a list of what it asks for keeps only what is still wanted ("your date and venue"
    where the date is given: "your venue"). Also the kinds it asked for that were given."""
    kept: list[str] = []
    dropped: set[str] = set()
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0)
        kinds = asked(sentence)
        known = {kind for kind in kinds if kind in facts}
        if not known:
            kept.append(sentence)
            continue
        dropped |= known
        if known == kinds:
            continue  # it asks for nothing the message left out
        kept.append(_LIST.sub(lambda found: _still_wanted(found.group(0), facts), sentence))
    return "".join(kept).strip(), dropped


def _still_wanted(listed: str, facts: Mapping[str, str]) -> str:
    """A list of things asked for ("your date, venue and guest count") with only those the message left out."""
    items = list(_ONE_NOUN.finditer(listed))
    wanted = [found.group(0) for found in items if _kind_of(found) not in facts]
    if not wanted or len(wanted) == len(items):
        return listed
    lead = re.match(r"(?:your |the )", listed, _F)
    words = [re.sub(r"^(?:your |the )", "", w, flags=_F) for w in wanted]
    said = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
    return f"{lead.group(0) if lead else ''}{said}"


def _kind_of(found: re.Match[str]) -> str:
    return next(kind for kind in _NOUNS if found.group(kind))


def acknowledged(facts: Mapping[str, str], kinds: set[str], said: str) -> str:
    """A line that acknowledges what was given where a draft would have asked for it ("I've noted 14 March at
    the Harbour Hotel."), of the day, the place and the budget the rest of the draft (`said`) does not name."""
    lower = said.lower()
    day = facts.get("date", "") if "date" in kinds else ""
    place = facts.get("place", "") if "place" in kinds else ""
    budget = facts.get("budget", "") if "budget" in kinds else ""
    day, place, budget = (v if v and v.lower() not in lower else "" for v in (day, place, budget))
    parts = [" at ".join(p for p in (day, place) if p)] if day or place else []
    if budget:
        parts.append(f"your budget of {budget}")
    if not parts:
        return ""
    return f"I've noted {' and '.join(parts)}."


def answers_without_what_was_given(answers: Sequence[str], facts: Mapping[str, str], said: str) -> list[str]:
    """The profile's answers a draft gives, each without what it asks for that the message gave, with a line
    that acknowledges it (see `acknowledged`) before them."""
    kept: list[str] = []
    dropped: set[str] = set()
    for answer in answers:
        text, known = without_what_was_given(answer, facts)
        dropped |= known
        if text:
            kept.append(text)
    note = acknowledged(facts, dropped, f"{said} {' '.join(kept)}")
    return [note, *kept] if note else kept
