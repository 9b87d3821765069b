"""How a never-rule's own words are read, as users write them: a rule that opens with the user's refusal ("no
events about politics", "I don't do unpaid pilots", "never speak about finance") is about what follows it, and a
word meets its adjective and adverb ("politics" a "political fundraiser" and a "politically charged debate",
"religion" a "religious freedom panel", "finance" "financial planning", "medical" "medically")."""

from __future__ import annotations

import re
from functools import lru_cache

from kindly.decide.words import stem

_F = re.IGNORECASE

# The user's refusal that opens a rule: "no ...", "never ...", "I don't do ...", "nothing that ...". Only at the
# start, and only as a word of its own ("no-show fees" and "not-for-profit boards" are things).
_REFUSAL = re.compile(
    r"^\s*(?:(?:i|we)\s+(?:do\s+not|don't|don’t|never|won't|won’t|will\s+not)\s+(?:do|take|accept|attend|give|"
    r"offer)?\s*|no\s+|never\s+|nothing\s+(?:that|which)\s+|don't\s+|don’t\s+)",
    _F,
)


def without_refusal(rule: str) -> str:
    """A rule without the refusal it opens with: "no events about religion" is "events about religion"."""
    return _REFUSAL.sub("", rule, count=1)


# Adjectives (and their adverbs) whose noun is another thing: "economical" is cheap, not economics; "critical" no
# critic; "official" no office; "personal" no person; "internal" no intern; "general" no generation; "digital" no
# digit; "topical" no topic; "confidential" no confidence; "clinical" is a kind of work, not a clinic; "formal" no
# form; "facial" no face. ("party" is a noun of its own, read as it is written: a "political party" meets
# "politics" by "political", and a rule against parties meets any party, a dinner party or a political one.)
_FALSE_FRIENDS = frozenset(
    """economical economically critical critically official officially personal personally internal internally
    general generally digital digitally topical topically clinical clinically formal formally facial original
    originally special specially social socially normal normally virtual virtually manual manually casual
    casually final finally total totally initial initially potential potentially essential essentially""".split()  # noqa: SIM905
)
# Nouns no ending rule reaches: "medical" is of medicine.
_OWN_NOUNS = {"medical": "medicine", "medically": "medicine"}


@lru_cache(maxsize=50_000)
def nouns_of(word: str) -> tuple[str, ...]:
    """The stems of the noun a (folded) adjective or adverb says, or none: "political" and "politically" are of
    "politics", "religious" of "religion", "financial" of "finance", "strategic" of "strategy", "cultural" of
    "culture" (with an e or without: which one is English, no ending tells; the other is no word and meets
    nothing). A word with no such ending, or a false friend ("economical", "official"), has none."""
    if word in _FALSE_FRIENDS or len(word) < 6:
        return ()
    if word in _OWN_NOUNS:
        return (stem(_OWN_NOUNS[word]),)
    adjective = _ADVERB.sub("", word)
    for ending, nouns in _ENDINGS:
        if adjective.endswith(ending) and len(adjective) - len(ending) >= 4:
            base = adjective[: -len(ending)]
            return tuple(dict.fromkeys(found for noun in nouns if (found := stem(base + noun)) != stem(word)))
    return ()


# An adverb's -ly after the adjective it is made of: "politically" is "political", "dangerously" "dangerous".
_ADVERB = re.compile(r"(?<=al)ly$|(?<=ous)ly$")


# An adjective's ending, and the endings its noun may have in its place (the first that stems apart is taken):
# "-logical" is of "-logy", "-ical" of "-ics" ("politics"), "-ious" of "-ion", "-cial" of "-ce", "-ic" of "-y"
# ("strategy"), "-ous" of the bare word ("danger"), "-al" of the bare word or with an e ("culture").
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("logical", ("logy",)),
    ("ical", ("ics",)),
    ("ious", ("ion",)),
    ("cial", ("ce",)),
    ("ic", ("y",)),
    ("ous", ("",)),
    ("al", ("e", "")),
)


# A rule's general word for a kind of ask that the message's kind says without the word: "events about politics"
# holds for "a political fundraiser" the sender invites you to, "talks about religion" for a speaking invitation to
# "a religious freedom panel". (Only where the rule keeps the word: "no events about X" needs an event.)
_ASKED_AS = {
    "event": frozenset({"event_invitation", "community_invitation", "speaking_invitation"}),
    "talk": frozenset({"speaking_invitation"}),
    "panel": frozenset({"speaking_invitation"}),
    "speaking": frozenset({"speaking_invitation"}),
}


def asked_as(forms: tuple[str, ...], intent: str) -> bool:
    """Whether a message of this kind (`intent`'s value) is the kind of ask a rule's word names by these forms."""
    return any(intent in _ASKED_AS.get(form, ()) for form in forms)


# A refusal before a verb ("never endorse products", "I don't sign NDAs") and before a thing ("no MLM", "I don't do
# spec work", "nothing that requires travel"): told back, the rule is what it rules out.
_REFUSED_DOING = re.compile(
    r"^\s*(?:(?:i|we)\s+)?(?:never|do\s+not|don't|don’t|won't|won’t|will\s+not)\s+(?!do\b)(?P<verb>[a-z]+)\b",
    _F,
)
_NOTHING_THAT = re.compile(r"^\s*nothing\s+(?=that\b|which\b)", _F)


def rule_as_told(rule: str) -> str:
    """A rule as a reply or a reason tells it back, without the refusal it opens with: "no events on Sundays" is
    "events on Sundays", "never endorse products" "endorsing products", "I don't do spec work" "spec work",
    "nothing that requires travel in December" "anything that requires travel in December"."""
    if nothing := _NOTHING_THAT.match(rule):
        return "anything " + rule[nothing.end() :]
    if doing := _REFUSED_DOING.match(rule):
        return _gerund(doing.group("verb")) + rule[doing.end() :]
    return without_refusal(rule)


def _gerund(verb: str) -> str:
    """A verb's -ing form: "sign" "signing", "endorse" "endorsing", "meet" "meeting", "sit" "sitting"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if len(verb) <= 4 and re.fullmatch(r"[a-z]*[^aeiou][aeiou][^aeiouwxy]", verb, _F):
        return verb + verb[-1] + "ing"
    return verb + "ing"
