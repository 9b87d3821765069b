"""A kind of ask a never-rule spares: "weekend appointments, except emergencies" rules out a Saturday booking for
annual vaccines, not a cat that cannot pee on a Saturday morning; "weekend events except weddings" spares a
wedding. Whom a rule spares ("except with parents", "except for students") is rule_parts.Exemption's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kindly.decide.words import content_stems, fold

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
    """The words of a message that show the kind of ask its rule spares ("URGENT"), or None."""
    if re.match(r"emergenc", spared.kind, _F):
        found = _AN_EMERGENCY.search(text)
        return found.group(0) if found else None
    stems = set(content_stems(spared.kind))
    said = set(content_stems(fold(text)))
    return spared.kind if stems and stems <= said else None
