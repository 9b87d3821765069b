"""A never-rule that turns on a fact the message leaves unsaid, so the reply asks for it rather than decide blind:
"no podcasts with under 1,000 listeners" and a podcast that gives no audience size ("How many listeners does an
episode reach?"), "no unpaid speaking outside my state" and an unpaid talk that says nowhere ("Where will it be
held?"), "no panels without a woman on them" and a panel that says neither that it is all men nor who else
is on it ("Who else will be on the panel?").

kindly never guesses a speaker's gender from a name (the first-name list it reads is words only): a panel is all
men where the message says so ("all-male", "a manel"), has a woman where it says so ("two women", "she"), and is
asked about otherwise. The user's own place on the panel does not count: a rule against panels without a woman
is met by another woman on it, not by the user being asked to fill the gap ("we know it's a manel, we'd love to
fix that" still holds)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.decide.rule_words import rule_as_told
from kindly.decide.rules.concepts import CONCEPTS
from kindly.decide.rules.forms import _message_words
from kindly.decide.rules.hit import _rule_hit
from kindly.decide.rules.place_limit import place_limit, place_unsaid
from kindly.decide.rules.readings import _alternatives, _word_readings
from kindly.decide.rules.words_shown import PLEASANTRIES, _words_shown
from kindly.decide.thresholds import quantity_stated
from kindly.model import Intent, Verdict
from kindly.profile import Profile

_F = re.IGNORECASE

# the evidence of a rule's fact left unsaid, and the question the reply asks of it: 'unstated: "under 1,000
# listeners": Roughly how many listeners does it reach?'
UNSTATED = "unstated:"

# asks to appear before an audience (a guest spot, a talk, a panel, a feature): not a coffee that mentions a podcast
_APPEARING = frozenset({Intent.SPEAKING_INVITATION, Intent.EVENT_INVITATION, Intent.PARTNERSHIP_PROPOSAL})

# counts of an audience, which a sender can say (not a length or a price, which a message states or not by itself)
_AUDIENCE = {
    "listener": "listeners",
    "subscriber": "subscribers",
    "follower": "followers",
    "viewer": "viewers",
    "view": "views",
    "reader": "readers",
    "attendee": "attendees",
}

# what a rule about who sits on a panel is about, and a message's word for it
_LINEUP = re.compile(r"\b(?:panel\w*|line-?ups?|speakers?)\b", _F)
# a woman on it, said: "two women", "a female founder", "she", "her", "Ms.", "Mrs."
_A_WOMAN_SAID = re.compile(
    r"\b(?:wom[ae]n|female|she|her|hers|herself|ladies|lady|Ms\.?|Mrs\.?|Miss|sisters?|mothers?|moms?|mums?)\b",
    _F,
)

# ...or who sits on it, by name: "you'd be with Maria Gonzalez (Target)", "the other panelists are Tom Reed and ...",
# "joined by Dr. Ana Ruiz" (whose gender kindly never guesses from a name: the user reads them)
_PANELISTS_NAMED = re.compile(
    r"\b(?:(?i:with|joined\s+by|alongside|beside|(?:panel(?:ist)?s?|speakers?|line-?up)\s+(?:are|is|includes?|will\s+be))"
    r"|(?i:so\s+far\s+it'?s))\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+"
)


@dataclass(frozen=True, slots=True)
class Unstated:
    """A never-rule the message can be weighed against only once it says one more fact."""

    rule: str  # as the user wrote it
    question: str  # what the reply asks: "Roughly how many listeners does an episode reach?"
    note: str  # the evidence, with the question


def detail_unstated(profile: Profile, text: str, intent: Intent) -> Unstated | None:
    """The first never-rule whose ask the message makes but whose deciding fact it leaves unsaid, or None."""
    if intent not in _APPEARING:
        return None
    text = PLEASANTRIES.sub(" ", " ".join(text.split()))
    said: dict[str, str] | None = None
    for rule in profile.never:
        for reading in _word_readings(rule.what):
            limits = [word for word in reading if word.limit is not None]
            if len(limits) != 1 or (limit := limits[0].limit) is None or limit.unit not in _AUDIENCE:
                continue
            if quantity_stated(limit, text):
                continue  # "about 300 listeners": the rule is weighed as written
            rest = tuple(word for word in reading if word.limit is None)
            said = _message_words(text) if said is None else said
            # each word of it said as such ("podcast"), not only an idea it takes in (a talk for "podcasts")
            literal = all(any(form in said for form in word.forms) for word in rest)
            if rest and literal and _words_shown(rest, text, said, intent) is not None:
                counted = _AUDIENCE[limit.unit]
                question = f"Roughly how many {counted} does it reach?"
                return Unstated(rule.what, question, f'{UNSTATED} "{limit.words}": {question}')
        place = place_limit(rule.what, profile)
        if (
            place is not None
            and place_unsaid(place, text)
            and _rule_hit([place.rest], text, intent) is not None
        ):
            # "no unpaid speaking outside my state" and an unpaid talk that says nowhere: asked where, not guessed
            question = "Where will it be held?"
            return Unstated(rule.what, question, f'{UNSTATED} "{place.said}": {question}')
        if _lineup_unsaid(rule.what, text, intent):
            question = "Who else will be on the panel?"
            return Unstated(rule.what, question, f'{UNSTATED} "{rule.what}": {question}')
    return None


def _lineup_unsaid(rule: str, text: str, intent: Intent) -> bool:
    """Whether a rule against panels of men alone meets a panel whose speakers the message leaves unsaid: it asks
    for a talk on a panel, says no woman is on it and not that it is all men."""
    all_male = CONCEPTS["all_male"]
    if not any("all_male" in concepts for concepts in _alternatives(rule)):
        return False
    if not re.search(r"\bpanel", text, _F):
        return False  # a keynote is no panel: the rule has nothing to ask of it
    if _PANELISTS_NAMED.search(text):
        return (
            False  # "You'd be with Maria Gonzalez and Dana Ito": who is on it is said, for the user to judge
        )
    return all_male.shown_by(text) is None and _A_WOMAN_SAID.search(text) is None


def unstated_asked(verdict: Verdict) -> str:
    """The question of a reply that asks for a rule's unsaid fact ("Before anything else: roughly how many listeners
    does it reach? I have a firm rule against podcasts with under 1,000 listeners."), or "" for any other verdict."""
    note = next((note for note in verdict.evidence if note.startswith(UNSTATED)), "")
    if not note or not verdict.never_rule:
        return ""
    question = note.rsplit('": ', 1)[-1]
    told = re.sub(r"(?<!\w)['\"]|['\"](?!\w)", "", rule_as_told(verdict.never_rule).rstrip("."))
    return f"Before anything else: {question[:1].lower()}{question[1:]} I have a firm rule against {told}."
