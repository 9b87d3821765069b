"""The referral directory's matching: which entries (or the user's own resources) serve a request best.

Pure functions over plain data: the store keeps the entries, the CLI and the decision policy ask here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from kindly.decide.categories import CATEGORIES, detect_categories
from kindly.decide.words import content_stems, fold, phrase_in
from kindly.model import Intent, Message
from kindly.profile import Resource
from kindly.understand.extract import meeting_with_the_sender, side_meeting


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """Someone the user can recommend: made from a sender's own reply with their details, or by hand."""

    name: str
    category: str
    organisation: str = ""
    contact: str = ""
    overview: str = ""
    source_thread: str = ""
    added: datetime | None = None
    id: int = 0


@dataclass(frozen=True, slots=True)
class Match:
    entry: DirectoryEntry
    score: float
    why: str


_ASKS_FOR_RECOMMENDATION = re.compile(
    r"\b(recommend\w*|referral for|refer me|know (of )?(a|an|any|anyone|someone|somebody) (good |great |reliable |"
    r"trusted )?[\w -]{0,30}?(who|that|for)?|looking for (a|an) (good |great |reliable )?[a-z -]{3,30}(er|or|ist|ant|"
    r"ner|ign|ning)\b|who do you use for|can you suggest|any suggestions? for)",
    re.IGNORECASE,
)


# What the sender asks the user for: "Could you introduce me to your financial planner?", "who do you use for
# IT?", "do you know a good web designer?" - the words after the ask name it. Not "Maria put me in touch with
# you" (done, and the user is whom they were put in touch with).
_ASKED_FOR = re.compile(
    r"\b(?:(?:could|would|can) you (?:please |be willing to |be able to |be open to |mind )?(?:introduc(?:e|ing) me "
    r"to|put(?:ting)? me in touch with|connect(?:ing)? me (?:with|to))|"
    r"(?:could|can|would) you recommend|(?:any )?recommendations? for|refer me to|"
    r"(?:do|does) (?:you|anyone) know (?:of )?(?:a|an|any|anyone|someone)|"
    r"who do you use for|send me (?:the )?(?:name|contact|details) of|any suggestions? for)\s+(?!you\b)"
    r"([^.?!\n]{0,60})",
    re.IGNORECASE,
)


def asked_for(text: str) -> str:
    """The words of what the sender asks the user to recommend or introduce them to, or "". Asked for by a
    pronoun ("introduce me to her"), it is whom the rest of the message speaks of: all of it."""
    match = _ASKED_FOR.search(text)
    if not match:
        return ""
    wanted = match.group(1)
    return text if re.match(r"(?:her|him|them|this person)\b", wanted, re.IGNORECASE) else wanted


# Asks beside which the sender's own meeting is a second ask: an introduction, or an event or a talk.
_EVENT_ASKS = frozenset((Intent.EVENT_INVITATION, Intent.SPEAKING_INVITATION, Intent.COMMUNITY_INVITATION))


def own_meeting(message: Message, intent: Intent) -> str:
    """Where an introduction also asks the user to meet its sender ("Would you join me for lunch next week? I'd
    also love to introduce you to Sam Ortiz"), or an invitation to an event or a talk asks for a call of the
    sender's own beside it ("Could you come to the open house? And if you have 30 minutes before then, I'd love
    to pick your brain"), that ask in their words; "" otherwise."""
    if intent in _EVENT_ASKS:
        return side_meeting(message.own_text)
    if intent is not Intent.INTRODUCTION or asked_for(message.own_text):
        return ""
    return meeting_with_the_sender(message.own_text)


def each_asked_for(text: str) -> list[str]:
    """Every ask for a recommendation or an introduction, in order: a subject's "Lawyer recommendation for our
    seed docs?" names no trade, the body's "Could you recommend a law firm ...?" does."""
    return [asked_for(text[found.start() :]) for found in _ASKED_FOR.finditer(text)]


def asks_for_recommendation(text: str) -> bool:
    return bool(_ASKS_FOR_RECOMMENDATION.search(text))


def rank(query: str, entries: Sequence[DirectoryEntry], limit: int = 10) -> list[Match]:
    """Entries ordered by how well their service matches the request, best first, each with a score in [0, 1]."""
    folded = fold(query)
    query_stems = set(content_stems(query))
    # strongest first: a set's order would change with the hash seed, and with it the reason shown
    asked = list(dict.fromkeys(category for category, _ in detect_categories(query)))
    matches: list[Match] = []
    for entry in entries:
        score, why = _score(entry, folded, query_stems, asked)
        if score > 0:
            matches.append(Match(entry, round(score, 3), why))
    matches.sort(key=lambda m: (-m.score, m.entry.name))
    return matches[:limit]


def _score(
    entry: DirectoryEntry, folded: str, query_stems: set[str], asked: Sequence[str]
) -> tuple[float, str]:
    category = entry.category
    if phrase_in(category, folded):
        return 1.0, f'the request names "{category}"'
    for known in asked:
        if _same(category, known):
            return 0.9, f"the request asks for {known}"
    entry_stems = set(content_stems(f"{category} {entry.organisation} {entry.overview}"))
    category_stems = set(content_stems(category))
    shared = query_stems & entry_stems
    if not shared:
        return 0.0, ""
    weight = sum(2.0 if stem in category_stems else 1.0 for stem in shared)
    score = min(0.8, weight / (len(query_stems) + 1))
    return score, f"shared words: {', '.join(sorted(shared)[:5])}"


def _same(category: str, lexicon_category: str) -> bool:
    stems = set(content_stems(category))
    if stems & set(content_stems(lexicon_category)):
        return True
    # a category of words many trades' phrases share ("services": "accounting services", "IT services", "legal
    # services") names no trade of its own: it is no one of them
    if not stems - _shared_by_trades():
        return False
    return any(stems <= set(content_stems(phrase)) for phrase in CATEGORIES.get(lexicon_category, ()))


@cache
def _shared_by_trades() -> frozenset[str]:
    """The stems the phrases of a sixth of the trades or more say ("service", "business", "agency", "firm")."""
    counts: dict[str, int] = {}
    for phrases in CATEGORIES.values():
        for stem in {stem for phrase in phrases for stem in content_stems(phrase)}:
            counts[stem] = counts.get(stem, 0) + 1
    return frozenset(stem for stem, count in counts.items() if count * 6 >= len(CATEGORIES))


def topic_stems(text: str, own_address: str = "") -> set[str]:
    """The stems of `text` that may say what it is about: not the words of the user's own school, firm or
    restaurant, as their address spells it ("Lakeview Hills" of dholloway@lakeviewhills.org, "Casa Ferreira" of
    tomas@casaferreira.pt): any mail to them names it."""
    label = own_address.rpartition("@")[2].split(".")[0].lower()
    return {s for s in content_stems(text) if not (label and len(s) >= 4 and s in label)}


# Words nearly any request says, whatever it asks ("I admire your work", "shadow you for a day", "whenever you have
# time"): a resource's title or audience sharing them ("Working with a designer", "install day") is not asked about.
ANY_REQUEST_SAYS = frozenset({"work", "day", "time", "week", "year"})


def best_resource_match(
    resources: Sequence[Resource], text: str, minimum: int = 3, own_address: str = ""
) -> Resource | None:
    """A resource that answers the request by itself (many shared words), e.g. a guide for a question; the user's
    own name for their firm (`own_address`) is no word of the request's."""
    stems = topic_stems(text, own_address)
    best: tuple[int, Resource] | None = None
    for resource in resources:
        if already_has(resource, text):
            continue
        shared = len(set(content_stems(f"{resource.title} {resource.description} {resource.helps}")) & stems)
        # what it is and whom it helps must be asked about, not only words any request has ("time", "offer"):
        # a GP referral guide answers no trainee's question about their application, whatever else it shares
        on_topic = len(set(content_stems(f"{resource.title} {resource.helps}")) & stems - ANY_REQUEST_SAYS)
        if shared >= minimum and on_topic >= min(minimum, 2) and (best is None or shared > best[0]):
            best = (shared, resource)
    return best[1] if best else None


def made_for(resources: Sequence[Resource], text: str) -> Resource | None:
    """The resource the user made for people like this sender, doing what they ask: most of the words of whom it
    helps said by the message ("university researchers who want to run a study in a school" to "I'm an associate
    professor at the University of Chicago ... I'd like to propose a study at Lincoln Park"): three at least, and
    all but one. A resource that only shares the topic ("school leaders working on chronic absenteeism" to a
    researcher of absenteeism) is not theirs."""
    said = set(content_stems(text))
    for resource in resources:
        helps = set(content_stems(resource.helps))
        if (
            len(helps) >= 3
            and len(helps & said) >= max(3, len(helps) - 1)
            and not already_has(resource, text)
        ):
            return resource
    return None


def already_has(resource: Resource, text: str) -> bool:
    """The message names the resource as a title or by its link: "I've read your 'Going independent' post
    twice" has it; "I'm thinking about going independent" does not."""
    folded = fold(text)
    title = fold(resource.title).strip()
    short = title.split(":")[0].strip()
    named = (
        re.search(
            rf"[\"'‘“«]\s*{re.escape(short)}\s*[\"'’”»:]|\b(?:read|reading|watched|used|downloaded)\b"
            rf"[^.!?\n]{{0,30}}\b{re.escape(short)}\b",
            folded,
        )
        if short
        else None
    )
    return (
        bool(resource.link and resource.link.rstrip("/") in text)
        or title in folded
        or named is not None
        or _read_about(title, folded)
    )


# "I read your blog post about Postgres indexing": a piece of the user's they have read, by what it is about.
_READ_YOUR = re.compile(
    r"\b(?:read|reading|saw|watched|found|came across|loved|enjoyed|used|downloaded)\s+your\s+(?:[\w-]+\s+){0,2}?"
    r"(?:post|article|guide|piece|blog|video|checklist|write-?up|newsletter|essay|paper|book|template)s?\b"
    r"(?P<about>[^.!?\n]{0,80})"
)


def _read_about(title: str, folded: str) -> bool:
    """The message says it has read a piece of the user's about what the title is about (two of its words)."""
    wanted = set(content_stems(title))
    return any(
        len(wanted & set(content_stems(found.group("about")))) >= min(2, len(wanted))
        for found in _READ_YOUR.finditer(folded)
    )
