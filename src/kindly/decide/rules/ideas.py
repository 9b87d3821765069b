"""Which of the known ideas one part of a never-rule names, and which of its words none of them reads (filler
words, a qualifier, a "for whom" left unread)."""

from __future__ import annotations

import re

from kindly.decide.rules.concepts import _F, CONCEPTS


def _ideas_named(segment: str) -> list[str]:
    """The ideas whose wording a never-rule's alternative uses ("unpaid speaking engagements": unpaid, speaking)."""
    named = [name for name, concept in CONCEPTS.items() if concept.rule.search(segment)]
    # "influencer meals in exchange for posts": the meal is what is given for the posts, that idea's own word, and
    # so is a "free" stay ("free stays for influencers in exchange for posts": no unpaid work of the user's asked)
    named = [name for name in named if not (name in ("meal", "unpaid") and "posts_for_perks" in named)]
    # "splitting fees with other recruiters": a split placement is another recruiter's by its nature, whatever
    # the message is read as
    named = [name for name in named if not (name == "recruiting" and "split_fee" in named)]
    # "endorsing political candidates": a candidate backed, not a product ("endorsing products")
    return [name for name in named if not (name == "endorsement" and "political" in named)]


def _segment_concepts(segment: str) -> list[str]:
    named = _ideas_named(segment)
    if named and (set(named) <= _KINDS or set(named) <= set(_QUALIFIERS)) and _unread_words(segment, named):
        # "speaking on panels with no women speakers": a condition kindly cannot check is no licence to rule out
        # every talk; such a rule is read word for word instead (_word_readings). So is a qualifier alone, which
        # says how an ask pays, not what it is: "unpaid 'trial projects'" rules out no other unpaid ask, and
        # "pro bono work outside employment law" no pro bono work kindly cannot place
        return []
    if named and set(named) <= _KINDS | set(_QUALIFIERS) and _for_whom_unread(segment, named):
        # "unpaid consulting calls for expert networks": whom the ask is for is part of the rule - a student's
        # coffee to ask about a thesis is no expert network's call - so it too is read word for word
        return []
    return _one_weekend(named)


# Whom an ask is for or from, ending a rule's alternative: "... for expert networks", "... from vendors".
_FOR_WHOM = re.compile(r"\b(?:for|from)\s+(?P<whom>[a-z][\w' -]*)$", _F)


def _for_whom_unread(segment: str, named: list[str]) -> bool:
    """Whether an alternative ends with whom its ask is for or from ("for expert networks") in words none of its
    ideas take in: "for free" is the unpaid idea's, "for client referrals" a referral fee's."""
    found = _FOR_WHOM.search(segment.strip().rstrip("."))
    if found is None:
        return False
    unread = set(_unread_words(found.group(0), named))
    whom = [w for w in re.findall(r"[a-z][a-z'-]+", found.group("whom").lower()) if w not in _FILLER]
    return bool(whom) and all(w in unread for w in whom)


_WEEKEND_DAYS = ("saturday", "sunday")
_WEEKEND_IDEAS = ("weekend", *_WEEKEND_DAYS)


def _one_weekend(named: list[str]) -> list[str]:
    """The weekend as the rule narrows it: a day named is that day alone ("weekend events on Sundays"), both
    days named are either day ("Saturdays and Sundays"), never both together."""
    days = [name for name in named if name in _WEEKEND_DAYS]
    if not days:
        return named
    rest = [name for name in named if name not in days and name != "weekend"]
    return [*rest, *(days if len(days) == 1 else ["weekend"])]


# Words a rule may add to a kind of ask without making it narrower: "speaking engagements", "recruiter calls".
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "any",
        "all",
        "of",
        "on",
        "at",
        "for",
        "to",
        "in",
        "with",
        "from",
        "about",
        "or",
        "and",
        "my",
        "me",
        "i",
        # "anything on Sunday mornings": every ask at that time
        "anything",
        "nothing",
        "engagements",
        "engagement",
        "events",
        "event",
        "invitations",
        "invitation",
        "requests",
        "request",
        "slots",
        "slot",
        "calls",
        "call",
        "gigs",
        "gig",
        "appearances",
        "appearance",
        "sessions",
        "session",
        "opportunities",
        "opportunity",
        "roles",
        "role",
        "jobs",
        "job",
        "offers",
        "offer",
        "meetings",
        "meeting",
        "panels",
        "panel",
        "talks",
        "talk",
        "conferences",
        "conference",
        "asks",
        "things",
        "work",
        # what the rule's idea is about, by its most general names: "crypto projects", "MLM companies"
        "projects",
        "project",
        "companies",
        "company",
        "firms",
        "firm",
        "businesses",
        "business",
        "schemes",
        "scheme",
        # "franchise deals", "ambassador programs": the franchise, the ambassadorship, however it is packaged
        "deals",
        "deal",
        "programs",
        "program",
        "programmes",
        "programme",
        "only",
        "kind",
        "kinds",
        "type",
        "types",
        # what a thing is centred on or asks for: "alcohol-centered events", "nothing that requires travel"
        "centered",
        "centred",
        "centric",
        "focused",
        "themed",
        "requires",
        "require",
        "requiring",
        "related",
        "style",
        "out",  # "renting out"
        "doing",  # "doing unpaid work", "working for free"
        # a leading verb of taking: "taking payment ... from companies I cover" is payment from them
        "taking",
        "accepting",
        "receiving",
        "getting",
        "working",
        # a relative word no message needs to say: "styled shoots where I pay" is styled shoots the user pays for
        "where",
        "wherever",
    ]
)


# The fillers that name a thing asked ("invitations", "events"), not how it is asked ("taking", "where").
_GENERAL_THINGS = frozenset(
    word for word in _FILLER if word.endswith("s") and word not in {"asks", "things", "kinds", "types"}
)


# How short a call is, as sellers write it ("a quick 15-minute call"): it names the call, it does not narrow it.
_CALL_LENGTH = re.compile(
    r"\b(?:quick|short|brief)\b(?=[\w\s-]{0,30}\b(?:calls?|chats?|meetings?|demos?)\b)|"
    r"\b\d+[- ]?min(?:ute)?s?\b(?=[\w\s-]{0,25}\b(?:calls?|chats?|meetings?|demos?)\b)",
    _F,
)


def _unread_words(segment: str, named: list[str]) -> list[str]:
    """The words of a rule's alternative that none of its ideas' wordings take in (nor a call's length)."""
    return [w for w in _words_left(segment, named) if w not in _FILLER]


def _words_left(segment: str, named: list[str]) -> list[str]:
    """The words of a rule's alternative that none of its ideas' wordings take in (nor a call's length), fillers
    too."""
    covered = _CALL_LENGTH.sub(" ", segment.lower())
    for name in named:
        covered = CONCEPTS[name].rule.sub(" ", covered)
    return re.findall(r"[a-z][a-z'-]+", covered)


# Ideas that qualify a kind of ask ("unpaid talks", "pay-to-play summits"), and kinds that are asks by themselves.
_QUALIFIERS = ("unpaid", "pay_to_play", "equity", "paid_entry")
_KINDS = frozenset(
    {
        "speaking",
        "mentoring",
        "recruiting",
        "sales",
        "weekend",
        "saturday",
        "sunday",
        "appointment",
        "evening",
        "morning",
        "consulting",
        "expert_network",
        "board",
        "vendor",
        "demo",
        "daytime",
        "covered",
        "lobbying",
        "alone",
        "gift",
        "meal",
        "award_sold",
        "paid_feature",
        "corporate",
        "playlist",
    }
)
