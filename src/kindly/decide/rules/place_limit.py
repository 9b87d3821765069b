"""A never-rule limited to a place: "no unpaid speaking outside my state", "unpaid talks out of state", "no
travel outside Illinois for free events". The rest of the rule ("unpaid speaking") is read as any rule is; the
place holds only where the message names where it happens, and that place lies outside the region by the gazetteer
of kindly.decide.places ("in Milwaukee, Wisconsin" is outside Illinois, "Chicago Marketers" inside it).

The user's own state is the region of their public holidays (`holidays = "US-IL"`: Illinois), their country the
holidays' country or their time zone's. A place the gazetteer does not know ("in the West Loop", "at Half Acre") is
no place shown outside: where the message names no place outside the region (and so none a trip would be taken
to), the rule's place is not shown, as any rule's words a message does not say - and where it names no place the
gazetteer knows at all, the reply asks where (kindly.decide.rules.unstated)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kindly.decide.places import inside, region_named
from kindly.profile import Profile

_F = re.IGNORECASE

# "outside my state", "out of state", "out-of-state", "beyond my province", "outside Illinois", "outside the US"
_OUTSIDE = re.compile(
    r"(?<![\w-])(?i:outside(?:\s+of)?|out\s+of|beyond)\s+(?P<region>(?i:(?:my|our)\s+(?:own\s+|home\s+)?"
    r"(?:state|province|country)|(?:the\s+)?(?:state|province|country))|(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+(?i:area|region|metro))?)(?![\w-])"
    r"|(?<![\w-])(?i:out-of-(?P<kind>state|province|country))(?![\w-])"
)
_KIND = re.compile(r"\b(state|province|country)$", _F)


@dataclass(frozen=True, slots=True)
class PlaceLimit:
    """Where a never-rule holds: outside `region` (a state's, a country's or a place's name)."""

    rest: str  # the rule without its place: "no unpaid speaking"
    said: str  # the place as the rule says it: "outside my state"
    region: str  # "Illinois"; "" where the user's own state or country is not known


def place_limit(rule: str, profile: Profile) -> PlaceLimit | None:
    """The place a never-rule is limited to, or None where it names none."""
    found = _OUTSIDE.search(rule)
    if found is None:
        return None
    rest = " ".join(f"{rule[: found.start()]} {rule[found.end() :]}".split()).strip(" ,.;")
    if not rest:
        return None
    said = found.group(0)
    region = found.group("region") or ""
    kind = (found.group("kind") or "").lower()
    if not kind and (own := _KIND.search(region)):
        kind = own.group(1).lower()
    if kind:
        return PlaceLimit(rest, said, _own_region(profile, kind))
    named = re.sub(r"^the\s+|\s+(?:area|region|metro)$", "", region, flags=_F)
    if inside(named, named) is None:
        return None  # "outside Office Hours": no place the gazetteer knows, read as the rule's words
    return PlaceLimit(rest, said, named)


def _own_region(profile: Profile, kind: str) -> str:
    """The user's own state (province) or country, from the region of their public holidays ("US-IL": Illinois),
    or "" where the profile says none."""
    country, _, part = profile.user.holiday_region.partition("-")
    if kind == "country":
        return country
    return region_named(part, country) if part else ""


# A place named as where something happens: "in Milwaukee, Wisconsin", "at the Indy Marketing Summit", "near
# Madison" - a name in capitals after the word, and its state after a comma
_PLACE = re.compile(
    r"\b(?:in|at|near|around|outside|within)\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s*(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))?"
)
# ...never a month or a day ("in January", "on Monday")
_NO_PLACE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|"
    r"(?:spring|summer|fall|autumn|winter|q[1-4])$",
    _F,
)
# ...and no trip at all: "on Zoom", "a virtual roundtable", "online"
_NO_TRIP = re.compile(
    r"\b(?:virtual(?:ly)?|online|remote(?:ly)?|zoom|webinar|livestream\w*|google meet)\b", _F
)


def place_outside(limit: PlaceLimit, text: str) -> str | None:
    """The place a message names outside the rule's region ("Milwaukee"), or None: no place named lies outside,
    or one lies inside it ("our Chicago Marketers meetup in the West Loop" to a user in Illinois), or nothing is
    travelled to ("on Zoom")."""
    if not limit.region:
        return None
    if _NO_TRIP.search(text):
        return None
    outside = []
    for found in _PLACE.finditer(" ".join(text.split())):
        verdict = _where(found.group("place"), found.group("state"), limit.region)
        if verdict is True:
            return None
        if verdict is False:
            outside.append(found.group("state") or found.group("place"))
    return outside[0] if outside else None


def _where(place: str, state: str | None, region: str) -> bool | None:
    """Whether a place said in capitals lies in a region (its whole name first, then the name it opens with: the
    "Chicago" of "Chicago Marketers"); None where the gazetteer knows none of them."""
    words = place.split()
    if state and (verdict := inside(state, region)) is not None:
        return verdict
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if _NO_PLACE.match(name):
            return None
        verdict = inside(name, region)
        if verdict is not None:
            return verdict
    return None


def place_unsaid(limit: PlaceLimit, text: str) -> bool:
    """Whether a message says nowhere the gazetteer knows, nor that it is online ("Would you speak at our meetup on
    January 14?"): where it happens is for the reply to ask, under a rule limited to a place."""
    if not limit.region or _NO_TRIP.search(text):
        return False
    return all(
        _where(found.group("place"), found.group("state"), limit.region) is None
        for found in _PLACE.finditer(" ".join(text.split()))
    )
