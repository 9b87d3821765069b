"""A social gathering organised for a group, not plans among friends: "Brands & Brews, our monthly happy hour for
marketers", "the quarterly founders' happy hour - open to all, RSVP on Luma", "our annual holiday mixer for
members". The words of a get-together ("happy hour", "drinks", "a barbecue") read as personal plans where friends
say them ("A few of us are doing happy hour Friday - want to come?"); an organiser's gathering that recurs, is
held for a kind of people or is open to sign up for is an event invitation, weighed (and a rule such as "no
alcohol-centred events" holds for it). A birthday, a wedding or "miss you" stays personal: only the words of a
gathering anyone may join are read again here."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# the personal cues a gathering anyone may join is also written with (kindly.decide.rules.personal)
_GATHERING_CUE = re.compile(
    r"happy hour|after[- ]work drinks|drinks with the team|bbq|barbecue|game night|pot ?luck|get-together at",
    _F,
)

_GATHERING = (
    r"(?:happy\s+hours?|mixers?|meet-?ups?|socials?|drinks|get-togethers?|networking\s+(?:night|evening|event)s?|"
    r"bbqs?|barbecues?|game\s+nights?|pot\s?lucks?|gatherings?|nights?|evenings?)"
)
# ...that recurs ("our monthly happy hour", "the weekly founders' social"), is held for a kind of people ("happy hour
# for marketers", "a mixer for women in tech") or is open to join ("open to all", "RSVP on Luma", "register here",
# "tickets")
_ORGANISED = re.compile(
    rf"\b(?:weekly|bi-?weekly|monthly|bi-?monthly|quarterly|annual|yearly|seasonal|regular)\b(?:\s+[\w'’&-]+){{0,3}}?"
    rf"\s+{_GATHERING}\b"
    rf"|\b{_GATHERING}\s+(?:for|of)\s+(?:all\s+|local\s+|fellow\s+|(?:\w+\s+){{0,2}})?"
    r"(?:[a-z]+(?:ers|ists|ors|ants|ents|ians|eurs|ees)|members|professionals|founders|women|people|folks|"
    r"alumni|students|creatives|leaders|parents|neighbou?rs|the\s+(?:community|industry))\b"
    r"|\bopen\s+to\s+(?:all|everyone|anyone|the\s+public|members|non-?members)\b"
    r"|\b(?:rsvp|register|sign\s+up|grab\s+(?:a|your)\s+(?:ticket|spot))\s+(?:here|now|on|at|via|through|below)\b"
    r"|\btickets?\s+(?:are|at|here|on|via|available)\b|\b(?:luma|eventbrite|meetup\.com)\b",
    _F,
)


def organised_gathering(text: str, cue: str) -> str:
    """What shows a gathering whose words (`cue`, a personal cue) read as friends' plans to be one an organiser
    holds for a group ("our monthly happy hour for marketers": "monthly happy hour"), or ""."""
    if not _GATHERING_CUE.fullmatch(cue.strip()):
        return ""
    found = _ORGANISED.search(" ".join(text.split()))
    return found.group(0) if found else ""
