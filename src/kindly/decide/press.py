"""A pitch for coverage: someone who speaks for others (a PR agency, a firm's press office) offering the reader a
story or a spokesperson. "Would you have 20 minutes to meet Daniel Roth, CEO of Finchley Capital? He ... would be
happy to speak on background": the one who would speak is the third person, offered to the reader - no stage for
the user, whatever a talk's words made of it (and so is one an embargoed release offers for interviews). "Grab a
coffee next week - I'm working with a few AI startups ... and I think there's a great story in what they're doing":
the coffee's purpose is said (a story pitched). "Our clients are keen to understand where the coverage is going": a
sender speaking for clients, however friendly the drinks.

An agency is known by its address ("haldenpr.com", "brightwatercomms.co.uk"), its display name or its signature
("Aurora Literary PR", "Brightwater Communications").

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.decide.newsroom_mail import embargoed_release
from kindly.gated import gated
from kindly.model import Message

# Someone else offered to speak: "He ... would be happy to speak on background", "she'd be glad to brief you",
# "we can make him available for an interview", "an interview with our CEO".
_ROLE = (
    r"(?i:CEO|CFO|CTO|COO|founder|co-?founder|chief \w+(?: officer)?|chair(?:man|woman)?|managing director|MD|"
    r"head of [\w ]{2,30}?|director|president|spokes(?:person|man|woman)|economist|partner)"
)
_SPOKESPERSON = re.compile(
    r"(?i:\b(?:he|she|they)\b[^.?!\n]{0,100}?\b(?:would|will|'d|'ll|is|are|'s|'re)\s+(?:be\s+)?(?:very\s+|more\s+than\s+)?"
    r"(?:happy|glad|delighted|keen|pleased|willing|available|able)\s+to\s+"
    r"(?:speak|talk|brief|chat|comment|share|walk\s+you|give\s+you|take\s+you|sit\s+down)\b)"
    r"|(?i:\bmake)\s+(?:him|her|them|our\s+[\w-]+(?:\s+[\w-]+)?|[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+available\s+(?:for|to)\b"
    r"|(?i:\b(?:an?\s+)?(?:interview|briefing|chat|sit-?down|call|coffee|meeting)\s+with\s+(?:our|their|my\s+client'?s?)\s+)"
    + _ROLE
    + r"\b",
)
# ...a firm's head offered to meet: "to meet Daniel Roth, CEO of Finchley Capital" (an agency's offer only: a
# founder's own "meet Sam Lee, our CTO" is their meeting)
_THEIR_HEAD = re.compile(
    r"\bmeet\s+[A-Z][\w'-]+\s+[A-Z][\w'-]+,\s+(?:the\s+|our\s+)?" + _ROLE + r"\b",
)
# A story pitched: "there's a great story in what they're doing", "a story idea for you", "an exclusive".
_STORY = re.compile(
    r"\b(?:there'?s|there\s+is|could\s+be|would\s+make|makes?|have)\s+(?:a|an|the)\s+(?:really\s+)?"
    r"(?:great|good|real|interesting|fascinating|compelling|strong|big|brilliant|timely|important)\s+"
    r"(?:story|piece|feature|angle)\b"
    r"|\bstory\s+(?:ideas?|angles?|for\s+you(?:r\s+(?:readers|desk|section|pages))?)\b"
    r"|\b(?:offer|give|share)\s+you\s+(?:an?\s+|the\s+)?exclusive\b"
    r"|\bstories\s+from\s+(?:our|my)\s+clients\b",
    re.IGNORECASE,
)
# A sender speaking for clients: "Our clients are keen to understand where the coverage is going", "I represent
# Finchley Capital".
_FOR_CLIENTS = gated(
    re.compile(
        r"\b(?:our|my)\s+clients?\s+(?:are|is|would|'d|were|want|wants|have|has|keen)\b"
        r"|\b(?:I|we)\s+(?:represent|look\s+after\s+(?:press|media|PR)\s+for|handle\s+(?:press|media|PR)\s+for)\b",
        re.IGNORECASE,
    )
)
# An agency by its address's own name: "haldenpr", "brightwatercomms", "pr-house", "smithpublicity".
_AGENCY_DOMAIN = re.compile(r"(?:^|[.-])(?:[a-z]*(?:pr|comms|communications|publicity)|pr-[a-z]+)$")
# ...or by the name it signs with: "Aurora Literary PR", "Brightwater Communications", "Press Office".
# (a firm's name, capitalised words closing on the trade: never a person's title, "Head of Communications", "VP
# Communications")
_FIRM = (
    r"(?P<firm>\b(?!(?:VP|SVP|EVP|Head|Director|Manager|Chief|Officer|Senior|Lead)\b)[A-Z][\w&'-]*"
    r"(?:[ \t]+[A-Z][\w&'-]*){0,3}"
    r"[ \t]+(?:PR|Public Relations|Communications|Comms|Publicity|Press Office|Media Relations)"
    r"(?:[ \t]+(?:Ltd|Limited|LLP|LLC|Inc|Agency|Group))?)"
)
# (a calendar's organiser is named with the firm in brackets: "Meghan Doyle (Kessler Strategic Communications)")
_AGENCY_NAME = re.compile(_FIRM + r"\)?[ \t]*$", re.MULTILINE)
# ...or introduced in the mail: "here from Kessler Strategic Communications", "I'm with Brightwater PR"
_AGENCY_INTRODUCED = re.compile(r"\b(?:from|with|at)\s+" + _FIRM + r"\b")


def agency_sender(message: Message) -> str:
    """How the sender shows as a PR or communications agency: their address's name ("haldenpr.com"), their display
    name or their signature's firm; "" where nothing does."""
    domain = message.from_addr.rpartition("@")[2].lower()
    # the address's names before its ending ("haldenpr" of "haldenpr.co.uk")
    if any(_AGENCY_DOMAIN.search(label) for label in domain.split(".")[:-1]):
        return domain
    for said in (message.from_name, message.signature):
        found = _AGENCY_NAME.search(said or "")
        if found:
            return found.group("firm")
    # ...or the firm they introduce themselves from, where they speak for clients: "Greg Sutter here from Kessler
    # Strategic Communications - we represent several developers"
    text = " ".join(message.own_text.split())
    if _FOR_CLIENTS.search(text) and (found := _AGENCY_INTRODUCED.search(text)):
        return found.group("firm")
    return ""


def press_pitch(message: Message) -> str:
    """What makes the message a pitch for coverage: a spokesperson offered, a story pitched, or an agency
    speaking for its clients; "" where none does."""
    text = f"{message.subject}\n{message.own_text}"
    agency = bool(agency_sender(message))
    # a friend of the sender's "would be happy to talk" to a mentee is no spokesperson: one offered for the
    # record, on background or for a piece, or by an agency, is
    spokesperson = _SPOKESPERSON.search(text) if agency or _FOR_THE_RECORD.search(text) else None
    if found := spokesperson or _STORY.search(text):
        return " ".join(found.group(0).split())
    if release := embargoed_release(text):
        return release  # "Under embargo until Tuesday ... Our CMO is available for interviews"
    if agency and (found := _FOR_CLIENTS.search(text) or _THEIR_HEAD.search(text)):
        return " ".join(found.group(0).split())
    return ""


# Words of the press: "on background", "on the record", "for your piece", "comment", "coverage".
_FOR_THE_RECORD = re.compile(
    r"\b(?:on|off)\s+(?:background|the\s+record)\b|\b(?:interview|comment|coverage|piece|article|story|stories|"
    r"readers|journalists?|press|media)\b",
    re.IGNORECASE,
)


# A resource the user made for pitches: "PR agencies and founders pitching story ideas", "How to pitch the desk".
_FOR_PITCHES = re.compile(r"\bpitch\w*|\bPR\b|\bpress releases?\b|\bstory ideas?\b", re.IGNORECASE)


def for_pitches(title: str, helps: str) -> bool:
    """Whether a resource is the user's answer to pitches (its title or whom it helps says so)."""
    return bool(_FOR_PITCHES.search(f"{title}\n{helps}"))
