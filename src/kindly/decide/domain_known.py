"""The goal's target organisation a sender's domain belongs to, known from earlier mail: Lauren Fiske wrote from
goprovidence.example and signed "Director of Convention Sales, PCVB"; a later mail from the same domain ("Join us
for our hotel partners' breakfast ... Events team") names no organisation, but its domain is the bureau's. The user
never wrote the bureau's site down; the bureau's own mail said it.

Only how earlier senders sign (their display name and signature) counts: a vendor's "we did the AV for PCVB's
gala" makes no domain the bureau's.

Pure: reads the profile's targets and the signatures of earlier mail from that domain (the store finds them).
"""

from __future__ import annotations

from collections.abc import Iterable

from kindly.decide.fit_reading import spelled_by
from kindly.decide.words import fold, phrase_in
from kindly.profile import Profile


def organisation_of_domain(profile: Profile, earlier: Iterable[str]) -> str:
    """The first target organisation (its name or its initials, "Visit Rhode Island", "PCVB"; never a person or a
    kind of people) that earlier senders from the domain sign as, or ""."""
    names = [target for goal in profile.goals for target in goal.targets if _an_organisation(target)]
    if not names:
        return ""
    for text in earlier:
        folded = fold(text)
        for name in names:
            if phrase_in(name, folded):
                return name
    return ""


def _an_organisation(target: str) -> bool:
    """A target that names an organisation: its name ("Visit Rhode Island", never a person's) or its initials
    ("PCVB")."""
    return bool(spelled_by(target)) or (target.isalpha() and target.isupper() and len(target) >= 3)
