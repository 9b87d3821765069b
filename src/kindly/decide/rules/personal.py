"""Personal plans among people who know each other ("dinner at mum's", a reunion): no networking to weigh, and
whether the sender is a stranger."""

from __future__ import annotations

import re

from kindly.decide.rules.concepts import _F

_PERSONAL = re.compile(
    r"\b(birthday|bday|bbq|barbecue|housewarming|baby shower|game night|pot ?luck|our place|my place|"
    # a wedding of theirs ("our wedding", "at the wedding", "Sam's wedding"), not the trade's word ("works with
    # wedding photographers", "a wedding planner", "wedding season")
    r"(?:my|our|your|his|her|their|the|\w+'s)\s+(?:(?!wedding\b)\w+\s+)?wedding(?!s?[ -](?:photo\w*|video\w*|"
    r"film\w*|planner\w*|planning|industry|season|business\w*|vendors?|suppliers?|market\w*|venues?|trade|"
    r"professionals?|pros|expos?|fairs?|shows?|magazines?|florists?|cater\w*|coordinat\w*|packages?|clients?|"
    r"couples|work|shoots?|inquir\w*|enquir\w*|services?|collections?|coverage|blog\w*|direct\w*|community|world|"
    r"scene|space|sector|niche|field)\b)|"
    r"the kids|family|drinks with the team|team (drinks|lunch|dinner)|after[- ]work drinks|happy hour|"
    r"get-together at|party at (my|our)|"
    # friends: "miss you!!", "it's been way too long", "just the four of us - you, me, Lena and Chris"
    r"miss(ed)? you|it'?s been (way |far |much |so )?too long|been ages|long time no see|"
    r"just the (two|three|four|five|six|few) of us|you,? me,? and)\b",
    _F,
)


def personal_cue(text: str) -> str | None:
    match = next((m for m in _PERSONAL.finditer(text) if not _family_business(text, m)), None)
    return match.group(0) if match else None


# The personal cues that only say it has been a while ("been ages", "miss you"): between former colleagues ("we
# worked together at Brightwave") they open a networking catch-up, not plans among friends.
_REUNION = re.compile(
    r"miss(?:ed)? you|it'?s been (?:way |far |much |so )?too long|been ages|long time no see", _F
)


def only_a_reunion(cue: str) -> bool:
    """Whether a personal cue (personal_cue) only says it has been a while since the two last met."""
    return _REUNION.fullmatch(cue) is not None


# "family" of a trade or a firm: "a family dentist", "family law", "family-owned", "Ruiz Family Dental" (a name in
# capitals), or of the cause a charity serves ("raised $18,000 for family housing", "family support workers", "a
# family shelter"), not the sender's own family ("dinner with the family", "family and friends").
_FAMILY_TRADE = re.compile(
    r"[ -](?:dent\w*|practi\w+|medic\w*|doctors?|physicians?|law\b|lawyers?|business\w*|firms?|offices?|owned|"
    r"run\b|clinics?|health\w*|care\b|pharmac\w*|vets?\b|veterinar\w*|therap\w*|services?|"
    r"housing|shelters?|homeless\w*|support\b|resource\w*|programm?e?s?\b|literacy|violence|foundation|charit\w*|"
    r"centers?|centres?|caregiv\w*|advoca\w*|poverty)",
    re.IGNORECASE,
)


def _family_business(text: str, match: re.Match[str]) -> bool:
    if match.group(0).lower() != "family":
        return False
    after = text[match.end() : match.end() + 30]
    if _FAMILY_TRADE.match(after):
        return True
    named = re.match(r" [A-Z]", after) is not None and match.group(0) == "Family"
    return named


def is_stranger(text: str) -> bool:
    from kindly.understand.cues import CUES

    return bool(CUES["stranger"].search(text))
