"""A prospective client asks the user to come and see their own project: "our kitchen is finally happening!! any
chance you could swing by this Sunday to look?", "could someone come out to see my basement and give us a quote?".

To the model such a text reads like a work meeting ("swing by", "this Sunday"); to a tradesperson whose
find-clients goal names the work ("kitchen remodel", "basement finish"), it is a client asking for a site visit.
The user must be the one who comes ("could you", "can someone", not "can I swing by your shop": a seller's
visit), to look, quote or measure, and the sender must name their own thing that the goal's targets name ("our
kitchen", "my basement")."""

from __future__ import annotations

import re

from kindly.decide.words import content_stems, sentence_around
from kindly.profile import GoalKind, Profile

# The user (or their team) asked to come over: "could you swing by", "can someone come out", "would you be able to
# come take a look", "a site visit on Sunday, December 20".
_YOU_COME = re.compile(
    r"\b(?:you|someone|somebody|one[ \t]+of[ \t]+your[ \t]+(?:team|guys|crew|people))"
    r"(?:[ \t]+(?:could|can|would|might|be[ \t]+able[ \t]+to|have[ \t]+time[ \t]+to|possibly|maybe)){0,3}"
    r"[ \t]+(?:come|swing|stop|pop|drop)(?:[ \t]+(?:out|over|by|round|around))?\b"
    # ...or a site visit asked by name, which is the user's coming over: "Could we set up a site visit on Sunday?"
    r"|\bsite[ \t-]?visit\b",
    re.IGNORECASE,
)
# ...to see the work: look, quote, measure, estimate, a site visit.
_TO_SEE_IT = re.compile(
    r"\b(?:look|see|quote|estimate|bid|measure|assess|walk[ \t-]?through|check[ \t]+(?:it|out)|site[ \t-]?visit)\b",
    re.IGNORECASE,
)
_NEAR = 300
# The sender's own thing: "our kitchen", "my 1940s basement", "our upstairs bathroom".
_THEIR_OWN = re.compile(r"\b(?:our|my)[ \t]+((?:[\w'-]+[ \t]+){0,2}[\w'-]+)", re.IGNORECASE)


def _work_words(profile: Profile) -> frozenset[str]:
    """The stems of the things a find-clients goal works on, from its targets in lower case ("kitchen remodel",
    "basement finish"): a name ("Park Hill Neighborhood Association") is whom to meet, not a thing of theirs."""
    return frozenset(
        stem
        for goal in profile.goals
        if goal.kind is GoalKind.FIND_CLIENTS
        for target in goal.targets
        if target == target.lower()
        for stem in content_stems(target)
    )


def site_visit_asked(profile: Profile, text: str) -> str:
    """The sentence that asks the user to come and see the sender's own project that a find-clients goal works
    on ("any chance you could swing by this Sunday to look?" after "our kitchen is finally happening"), or ""."""
    work = _work_words(profile)
    if not work:
        return ""
    joined = " ".join(text[:20_000].split())
    if not any(set(content_stems(own.group(1))) & work for own in _THEIR_OWN.finditer(joined)):
        return ""
    for found in _YOU_COME.finditer(joined):
        # the sentence read within a few hundred characters of the ask: a text with no stops is read once
        start = max(0, found.start() - _NEAR)
        near = joined[start : found.end() + _NEAR]
        sentence = sentence_around(near, found.start() - start, found.end() - start, with_stop=True)
        if _TO_SEE_IT.search(sentence):
            return sentence.strip()
    return ""
