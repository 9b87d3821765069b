"""A never-rule whose own condition no mail can show by its words: "splitting fees with other recruiters on
candidates I haven't verified myself". A split offered is its idea, but whether the user would verify the
candidates is theirs to know: where the mail says they need not ("no need to screen, they're solid", "already
vetted") the rule holds; where it says they may ("you're welcome to interview them first") it does not; and where
it says neither, the reply asks - rather than decide blind.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.model import Verdict

_F = re.IGNORECASE

UNSHOWN_CONDITION = "unshown_condition"

# The condition in the rule: "on candidates I haven't verified myself", "people I have not vetted" (not "people I
# haven't met": whether the user knows a sender is the user's own to know, never the mail's to show).
_IN_THE_RULE = re.compile(
    r"\b(?:I|we)\s+(?:haven'?t|have\s+not|hadn'?t|didn'?t|did\s+not|never)\s+(?:personally\s+)?"
    r"(?P<done>verified|vetted|screened|interviewed|checked)\b",
    _F,
)
# The mail says the user would not check them: "no need to screen", "already vetted", "you just submit them".
_LEFT_UNCHECKED = re.compile(
    r"\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:screen|vet|verify|interview|meet|check)\w*"
    r"|\b(?:without|skip(?:ping)?)\s+(?:the\s+|any\s+)?(?:screening|vetting|interviews?|checks?)\b"
    r"|\b(?:already|pre-?)\s?(?:screened|vetted|verified|interviewed|checked)\b"
    r"|\byou\s+(?:just|simply)\s+submit\b",
    _F,
)
# ...or that they would: "you're welcome to interview them first", "you can screen them yourself".
_CHECKED_BY_YOU = re.compile(
    r"\byou(?:'re|\s+are)?\s+(?:can|could|may|would|will|'d|'ll|welcome\s+to|free\s+to)\s+(?:of\s+course\s+)?"
    r"(?:screen|vet|verify|interview|meet|check)\s+(?:them|each|every|all)\b"
    r"|\b(?:screen|vet|verify|interview|meet)\s+them\s+(?:yourself|first|before)\b",
    _F,
)
_ASKED_AS = {
    "verified": "verify",
    "vetted": "vet",
    "screened": "screen",
    "interviewed": "interview",
    "checked": "check",
}


def condition_unshown(rule: str, text: str) -> str:
    """What the user would do that the rule's condition names ("verify"), where the mail says neither that they
    would nor that they need not; "" where the rule has no such condition or the mail shows it either way."""
    found = _IN_THE_RULE.search(rule)
    if found is None:
        return ""
    said = " ".join(text[:20_000].split())
    if _LEFT_UNCHECKED.search(said) or _CHECKED_BY_YOU.search(said):
        return ""
    return _ASKED_AS[found.group("done").lower()]


def condition_question(rule: str, done: str) -> str:
    """The reply's question for a condition the mail left unsaid: "Would I be able to verify the candidates
    myself first?" and the rule it is for."""
    whom = re.search(r"\bon\s+(?P<whom>[\w-]+)\s+(?:that\s+|whom\s+|who\s+)?(?:I|we)\b", rule, _F)
    them = f"the {whom.group('whom')}" if whom else "them"
    return (
        f"Before anything else: would I be able to {done} {them} myself first? "
        f"I have a firm rule against {rule[:1].lower()}{rule[1:]}."
    )


def unshown_condition_asked(verdict: Verdict, text: str) -> str:
    """The question of a reply that asks about a rule's unsaid condition (see condition_unshown); "" for any
    other verdict."""
    if verdict.reason_code != UNSHOWN_CONDITION or not verdict.never_rule:
        return ""
    done = condition_unshown(verdict.never_rule, text)
    return condition_question(verdict.never_rule, done) if done else ""
