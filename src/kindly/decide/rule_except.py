"""A kind of ask a never-rule spares: "weekend appointments, except emergencies" rules out a Saturday booking for
annual vaccines, not a cat that cannot pee on a Saturday morning; "weekend events except weddings" spares a
wedding asked for, not a Saturday mixer whose sender once shot a wedding: the kind must be the thing asked. Whom a rule spares ("except with parents", "except for students") is rule_parts.Exemption's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kindly.decide.words import content_stems, fold, stem

_F = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class SparedKind:
    """A never-rule's base ("weekend appointments") and the kind of ask it spares ("emergencies")."""

    base: str
    kind: str


# "X, except emergencies", "X (except emergencies)", "X other than real emergencies", "X unless it's an emergency":
# a kind of thing, not people ("except with parents" and "except for students" are an Exemption's).
_SPARES = re.compile(
    r"^(?P<base>\S.*?)(?:\s*[,;(]\s*|\s+)(?:except|other than|apart from|but not|unless\s+(?:it's|it’s|it\s+is))\s+"
    r"(?!with\b|for\b)(?:(?:an?|the|true|real|genuine)\s+)*(?P<kind>[\w-]+(?:\s+[\w-]+)?)\s*\)?\.?$",
    _F,
)

# How a message shows an emergency without the word: "URGENT", "can't wait", "as soon as possible".
_AN_EMERGENCY = re.compile(
    r"\b(?:emergenc(?:y|ies)|urgent(?:ly)?|asap|as soon as possible|right away|can'?t wait|cannot wait)\b", _F
)


@lru_cache(maxsize=256)
def spared_kind(rule: str) -> SparedKind | None:
    """The kind of ask a never-rule spares ("weekend appointments, except emergencies": emergencies), or None."""
    found = _SPARES.match(" ".join(rule.split()))
    if found is None or not content_stems(found.group("kind")):
        return None
    return SparedKind(found.group("base").strip(" ,;("), found.group("kind").strip())


def spared_by(spared: SparedKind, text: str) -> str | None:
    """The words of a message that show the kind of ask its rule spares ("URGENT"), or None. Only a clause that
    asks or tells of the ask itself counts: "I shot a wedding last week - join our Saturday mixer?" asks for a
    weekend event that is no wedding, and "Milo had an emergency last spring" makes no visit urgent."""
    if re.match(r"emergenc", spared.kind, _F):
        for clause in _CLAUSE.split(text):
            if not _LONG_AGO.search(clause) and (found := _AN_EMERGENCY.search(clause)):
                return found.group(0)
        return None
    stems = set(content_stems(spared.kind))
    itself = _kind_itself(spared.kind)
    for clause in _CLAUSE.split(text):
        if not stems <= set(content_stems(fold(clause))) or _LONG_AGO.search(clause) or _DONE.search(clause):
            continue  # not said here, or said of what happened before: no ask
        if (found := itself.search(clause)) and (_ASKS.search(clause) or found.group("own")):
            return spared.kind
    return None


# A message's clauses: its sentences, and the parts a dash or a semicolon joins ("I shot a wedding last week - join
# our Saturday mixer?").
_CLAUSE = re.compile(r"(?<=[.?!])\s+|\n+|\s+[-–—]+\s+|;\s*")
# A clause that tells of the past: when ("last week", "two years ago") or what was done ("I shot", "we hosted").
_LONG_AGO = re.compile(
    r"\b(?:last\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter|season)|\w+\s+ago|yesterday)\b",
    _F,
)
_DONE = re.compile(
    r"\b(?:i|we|you)\s+(?:shot|photographed|covered|catered|hosted|ran|did|attended|went|had|planned|"
    r"organi[sz]ed|worked|helped|played|officiated|filmed)\b",
    _F,
)
# A clause that asks: a question, a request or an invitation.
_ASKS = re.compile(
    r"\?|\b(?:would|could|can|will)\s+you\b|\b(?:invit\w*|join|book\w*|hire|available|availability|"
    r"looking\s+for|need\s+(?:a|an|someone|you)|please|we'?d\s+love|i'?d\s+love|interested\s+in)\b",
    _F,
)


# The kind's word naming something else it qualifies: a "wedding photographer" or a "wedding expo" is no wedding.
_QUALIFIES = (
    r"photograph\w*|planners?|industry|vendors?|venues?|season|business\w*|pros?|professionals?|expos?|shows?|"
    r"fairs?|markets?|marketing|dress\w*|suppliers?|clients?|customers?|niche|content|packages?"
)


@lru_cache(maxsize=64)
def _kind_itself(kind: str) -> re.Pattern[str]:
    """The kind's first word naming the thing itself, and whether the sender calls it theirs ("our wedding", "my
    daughter's wedding", "the wedding on June 5"): not a "wedding photographer" or a "wedding expo"."""
    first = re.escape(stem(fold(kind.split()[0])))
    return re.compile(
        rf"(?P<own>\b(?:our|my|the|this|their)\s+(?:[\w'’-]+\s+){{0,2}}?)?\b{first}\w*+(?!\s+(?:{_QUALIFIES})\b)",
        _F,
    )
