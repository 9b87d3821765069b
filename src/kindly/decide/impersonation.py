"""A colleague impersonated: "Are you at your desk? I need you to process an urgent grant payment today ... reply
with your cell number and I'll send wire details", signed by the foundation's president, from
"halvorsen-foundation.example.com" where the user's own domain is "halvorsenfoundation.example.org". The model reads
it as an ordinary work meeting (a colleague asking for something), and an ordinary work meeting is left alone - with
no word that it is a fraud. A payment or a transfer asked from an address that wears the user's own organisation's
name but is not its domain is the classic impersonation scam; the same ask from the real domain is a colleague's.

Pure: reads an address, the user's domains and the message's words. Every pattern is linear (bounded gaps only).
"""

from __future__ import annotations

import re

from kindly.profile import Profile

# The kind of scam, as a reason names it (decide.scams.Scam.kind).
IMPERSONATION = "your own organisation impersonated"

# Money to move: "process an urgent grant payment", "make a wire transfer", "send the wire today", "buy gift cards",
# "pay this invoice today".
_MONEY_MOVED = re.compile(
    r"\b(?:process|make|send|wire|initiate|approve|release|complete|arrange|handle|pay)\w*\s+"
    r"(?:(?:an?|the|this|that|these|a\s+few|some)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:wire\s+|bank\s+)?(?:payments?|transfers?)|wires?|invoices?|gift\s+cards?|funds)\b"
    r"|\bwire\s+(?:details|instructions)\b|\bgift\s+cards?\b",
    re.IGNORECASE,
)


def _label(domain: str) -> str:
    """A domain's name without its endings and joiners: "halvorsen-foundation.example.com" is
    "halvorsenfoundation"."""
    return re.sub(r"[^a-z0-9]", "", domain.lower().split(".")[0])


def _own_domains(profile: Profile) -> list[str]:
    ours = profile.user.email.rpartition("@")[2].strip().lower() if "@" in profile.user.email else ""
    return [domain for domain in {ours, *(d.lower() for d in profile.user.own_domains)} if domain]


def look_alike_of_own(address: str, profile: Profile) -> str:
    """The user's own domain that an address's domain imitates - the same name with a hyphen or another ending
    ("halvorsen-foundation.example.com" for "halvorsenfoundation.example.org"), or a letter off ("halvorsenfoundatlon")
    - or "" where it is the domain itself (or a subdomain) or nothing like it."""
    theirs = address.rpartition("@")[2].strip(" >").lower()
    if not theirs or profile.user.at_own_domain(address):
        return ""
    label = _label(theirs)
    for ours in _own_domains(profile):
        own = _label(ours)
        if len(own) >= 5 and theirs != ours and (label == own or _one_letter_off(label, own)):
            return ours
    return ""


def _one_letter_off(a: str, b: str) -> bool:
    """Whether two names differ by one letter changed, added or left out."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def impersonation_cue(address: str, text: str, profile: Profile) -> str:
    """The words of a payment asked from a look-alike of the user's own domain, quoted as a reason quotes them,
    or ""."""
    if not (own := look_alike_of_own(address, profile)):
        return ""
    asked = _MONEY_MOVED.search(" ".join(text[:20_000].split()))
    if asked is None:
        return ""
    theirs = address.rpartition("@")[2].strip(" >").lower()
    return f'"{asked.group(0)}", from "{theirs}", a look-alike of your own domain "{own}"'
