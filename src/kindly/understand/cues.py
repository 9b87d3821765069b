"""Hand-written language cues that a linear model reads as extra tokens.

They name general patterns (a request to meet, scheduling words, bulk-mail footers), never phrases of
particular messages, so that what the model learns carries over to mail it has not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kindly.gated import gated

# Patterns are lowercase and run on lowercased text: case-insensitive matching costs three times as much.
_F = re.NOFLAG

CUES: dict[str, re.Pattern[str]] = {
    "meet_request": re.compile(
        r"\b(would|could|can|shall) (you|we) (meet|get together|grab|talk|chat|speak|hop on|jump on|connect|"
        r"sit down|find time|set up|schedule)|\b(are|would) you (be )?(free|available|around|open to)\b|"
        r"\blet'?s (meet|talk|chat|grab|get together|catch up|connect|set up|schedule|find)|"
        r"\b(do|would) you have (some |a few |any )?(time|minutes|availability)\b|\bhow about (we|a|lunch|coffee)\b|"
        r"\bwould love to (meet|chat|talk|connect|grab|hear|catch up|get)|\bwhen (are|would) you (free|available)",
        _F,
    ),
    "call_words": re.compile(
        r"\b(call|phone|zoom|teams|meet\.google|dial[- ]in|conference call|video chat)\b", _F
    ),
    "food_drink": re.compile(r"\b(coffee|lunch|breakfast|dinner|drinks?|beers?|tea|bite to eat)\b", _F),
    "schedule": re.compile(
        r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week|this week|"
        r"\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.)|\d{1,2}/\d{1,2}(/\d{2,4})?)\b",
        _F,
    ),
    "rsvp": re.compile(
        r"\b(rsvp|register|registration|tickets?|save the date|you are invited|you're invited|join us|"
        r"cordially invite|please attend|reserve your (seat|spot)|early bird)\b",
        _F,
    ),
    "bulk": re.compile(
        r"\b(unsubscribe|opt[- ]out|to be removed|view (this email )?in (your )?browser|mailing list|"
        r"manage (your )?preferences|no longer wish to receive|this is an automated|do not reply)\b",
        _F,
    ),
    "reminder": re.compile(
        r"\b(reminder|confirming|confirmed|as agreed|as discussed|see you (then|tomorrow|there|on)|"
        r"looking forward to seeing you|thanks for (meeting|the meeting|lunch|coffee|your time)|"
        r"great (meeting|to meet|seeing) you|was (great|good|nice) to (meet|see|talk))\b",
        _F,
    ),
    "thanks": re.compile(r"\b(thank you|thanks) (so much |very much )?for\b", _F),
    "fyi": re.compile(
        r"\b(fyi|for your (information|review|records)|attached (is|are|please find)|please find attached|"
        r"see attached|per our conversation|here is|here are)\b",
        _F,
    ),
    "stranger": re.compile(
        r"\b(my name is|i came across|i found your|we haven'?t (met|been introduced)|introduce myself|"
        r"your (linkedin )?profile|i'?m reaching out|reaching out (to you )?because|hope this (email |message )?finds you)\b",
        _F,
    ),
    "sell": re.compile(
        r"\b(our (services|solution|platform|product|agency|team can)|we (help|specialize|offer|provide)|"
        r"free (trial|consultation|audit|quote)|discount|pricing|roi|increase your|boost your|limited time|"
        r"demo)\b",
        _F,
    ),
    "money": re.compile(r"(\$\s?\d|\b\d+ ?%|\busd\b|\bfree\b|\bcash\b|\bprofit\b|\bincome\b)", _F),
    "vague": re.compile(
        r"\b(pick your brain|catch up|get acquainted|touch base|connect sometime|grab (a )?coffee sometime|"
        r"would love to connect|add you to my (professional )?network|quick (call|chat)|explore (synergies|"
        r"opportunities)|something (exciting|interesting) to (share|discuss)|opportunity to discuss)\b",
        _F,
    ),
    "topic": re.compile(
        r"\b(to (discuss|talk about|go over|review|walk through|present|share)|about (the|your|our|a|how)|"
        r"regarding|re:|agenda|on the topic of|specifically|in particular|topic)\b",
        _F,
    ),
    "job": re.compile(
        r"\b(role|position|opening|candidate|resume|cv|hiring|recruit\w*|headhunt\w*|job)\b", _F
    ),
    "speak": re.compile(
        r"\b(speak|speaker|keynote|panel\w*|podcast|interview|guest|present(ation)?|talk)\b", _F
    ),
    "intro": re.compile(
        r"\b(introduc\w+|intro|connect you (with|to)|put you in touch|refer(ral)?|you two should)\b", _F
    ),
    "advice": re.compile(
        r"\b(advice|guidance|mentor\w*|career|informational interview|learn from you|your experience)\b", _F
    ),
    "join": re.compile(
        r"\b(join (our|the)|membership|member|committee|board|advisory|community|chapter|group|club)\b", _F
    ),
    "hire": re.compile(
        r"\b(quote|proposal|rates?|your services|hire you|engage you|are you taking|availability for|"
        r"looking for (a|an|someone)|need help with|budget)\b",
        _F,
    ),
    "partner": re.compile(
        r"\b(partner\w*|collaborat\w+|co-?(host|market\w*|brand\w*)|sponsor\w*|joint|together we|"
        r"invest\w*|acqui\w+|synerg\w+|integration)\b",
        _F,
    ),
}


# Sentence-level cues: what a sentence asks for matters more than which words the message contains
# ("I talked to him on the call" asks nothing; "could you call me?" asks for a call).
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=[-*•]\s)")
_REQUEST_FORM = re.compile(
    r"\?|\b(please|pls|let'?s|would you|could you|can you|can we|could we|shall we|would it be possible|"
    r"i'?d (like|love) to|we'?d (like|love) to|would love to|are you (free|available|around|open|interested)|"
    r"do you have (time|a few|some)|join us|you'?re invited|you are invited|invite you|let me know (if|when|what)|"
    r"hope (you|to see you) can|want to|wanna|how about|any chance)\b",
    _F,
)
_ACTIVITY = re.compile(
    r"\b(meet\w*|call|phone|talk|chat|discuss\w*|lunch|coffee|dinner|breakfast|drinks?|beer|get together|"
    r"attend\w*|join|come|stop by|swing by|drop by|speak\w*|present\w*|interview\w*|visit|conference|sit down|"
    r"catch up|connect|zoom|webinar|seminar|party|reception|event|session|workshop|panel|podcast|"
    r"walk you through|show you|demo\w*|tour|hop on|jump on|get on (a|the) (call|phone)|find (a )?time)\b",
    _F,
)
_DOCUMENT = re.compile(
    r"\b(send|forward|review|sign|approve|fax|update|provide|prepare|look at|check|confirm|fill out|complete|"
    r"submit|print|file|process|pay|correct|change|add|remove|delete)\b",
    _F,
)
_PAST_MEETING = re.compile(
    r"\b(met with|talked (to|with)|spoke (to|with)|had (a|our) (call|meeting|chat|lunch)|the (meeting|call) "
    r"(went|was)|during (the|our) (call|meeting)|after (the|our) (call|meeting)|at (the|our) meeting)\b",
    _F,
)
# A yes to a plan already made ("Thursday works", "see you then"); also how a reply is known to ask nothing.
CONFIRMATION = (
    r"\b(see you (then|there|on|tomorrow|next)|(that|this|it|\w+day[^.!?]{0,30}) works( for me| great| perfectly)?\b|"
    r"works for me|sounds (good|great|perfect)|confirmed|count me in|i'?ll be there|"
    r"looking forward to (it|seeing you|meeting|our))"
)
_CONFIRM = re.compile(CONFIRMATION, _F)


def _sentence_cues(text: str) -> list[str]:
    names: list[str] = []
    asks_meeting = asks_document = 0
    # A sentence's match is one in the whole text too (sentences part at spaces): where the text has none, no
    # sentence is searched for it.
    request, past, confirm = (
        pattern.search(text) is not None for pattern in (_REQUEST_FORM, _PAST_MEETING, _CONFIRM)
    )
    for sentence in _SENTENCES.split(text) if request or past or confirm else ():
        if not sentence or not sentence.strip():
            continue
        if request and _REQUEST_FORM.search(sentence):
            if _ACTIVITY.search(sentence):
                asks_meeting += 1
            elif _DOCUMENT.search(sentence):
                asks_document += 1
        if past and _PAST_MEETING.search(sentence):
            names.append("past_meeting")
        if confirm and _CONFIRM.search(sentence):
            names.append("confirm")
    if asks_meeting:
        names.append("ask_meeting")
        if asks_meeting > 1:
            names.append("ask_meeting_again")
    elif asks_document:
        names.append("ask_document_only")
    if not asks_meeting and not asks_document:
        names.append("no_ask")
    return names


# The reader's own past stage: "I heard you speak at the CEN mixer", "loved your talk on pricing". It says how
# the sender knows the reader, not that they ask them to speak: it is read as that, not as the speak cue.
_PAST_APPEARANCE = gated(
    re.compile(
        r"\b(?:(?:heard|saw|watched|caught|seen)[ \t]+you[ \t]+(?:speak|present|talk|on)\w*"
        r"|(?:heard|saw|watched|caught|loved|enjoyed|liked|read|attended)[ \t]+(?:your|the)[ \t]+"
        r"(?:[a-z-]+[ \t]+)?(?:talk|keynote|panel|presentation|session|workshop|podcast|episode|interview|webinar|"
        r"lecture|article|post|remarks)s?)\b(?:[ \t]+(?:at|on|in|about|from|with)[ \t]+(?:the[ \t]+)?"
        r"[\w&'-]+(?:[ \t]+[\w&'-]+){0,3})?",
        _F,
    )
)


# Most mail uses none of a cue's words: each pattern first asks whether any is there at all.
_CUES_GATED = tuple((name, gated(pattern)) for name, pattern in CUES.items())


def cue_names(text: str) -> list[str]:
    """The cues present in a text."""
    lowered = text.lower()
    names = []
    past = _PAST_APPEARANCE.search(lowered)
    if past:
        names.append("past_appearance")
        lowered = _PAST_APPEARANCE.sub(" ", lowered)
    names += [name for name, pattern in _CUES_GATED if pattern.search(lowered)]
    return names + _sentence_cues(lowered)


def cue_tokens(names: Iterable[str], question_marks: int) -> str:
    tokens = [f"zzcue{name.replace('_', '')}" for name in names]
    if question_marks:
        tokens.append("zzcuequestion")
    return " ".join(tokens)
