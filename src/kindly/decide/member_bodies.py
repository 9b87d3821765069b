"""Bodies that sell the user nothing: a chamber of commerce, a professional association, a charity, a university,
a residents' group, a forum that publishes for the public. Their staff may carry a seller's words ("Business
Development Manager, Leeds Chamber of Commerce") and their events a seller's shape ("Join us for our members'
breakfast"), but what they run is no vendor's event and what they ask is no vendor's research.

Pure: reads the message only.
"""

from __future__ import annotations

import re

from kindly.model import Message
from kindly.understand.extract import sender_identity

_F = re.IGNORECASE

# What such a body calls itself: "Leeds Chamber of Commerce", "CIPD Greater Manchester Branch", "Yorkshire Work
# Forum", "Aro Valley Residents Association", "St Mungo's Trust".
_BODY_WORD = re.compile(
    r"\b(?:chambers?(?: of commerce)?|associations?|societ(?:y|ies)|institutes?|institution|federation|guild|"
    r"unions?|charit(?:y|ies)|trusts?|foundation|councils?|universit(?:y|ies)|college|school|branch|residents|"
    r"community|neighbou?rhood|club|co-?operative|co-?op|forum|network|not[- ]for[- ]profit|non-?profit|"
    r"volunteers?)\b",
    _F,
)
# An address such a body writes from: an academic, public or health-service domain (not .org: anyone may hold one).
_BODY_DOMAIN = re.compile(r"\.(?:ac|edu|gov|govt|nhs|coop|charity|ngo)(?:\.[a-z]{2})?$", _F)
# What such a body says of itself or its event: "our members' breakfast", "free for members", "a registered
# charity", "volunteer-run", "a free public report".
_BODY_SAYS = re.compile(
    r"\b(?:our|the)\s+members'?\s+(?:[\w-]+\s+){0,2}?(?:breakfasts?|lunch(?:es)?|dinners?|events?|evenings?|"
    r"webinars?|meetings?|networking|mixers?|socials?|sessions?|briefings?)|\b(?:free|open|only)\s+(?:to|for)\s+"
    r"(?:our\s+)?members\b|\bmembers[- ]only\b|\bregistered charity\b|\bvolunteer[- ](?:run|led)\b|\b(?:i'?m|i am)\s+"
    r"(?:a|the)\s+volunteer\b|\b(?:free|public)\s+(?:public\s+)?(?:report|consultation|inquiry)\b",
    _F,
)


def member_body(message: Message) -> str:
    """The words that show a message comes from a body that sells nothing (a chamber, an association, a
    charity, a public forum: '"Leeds Chamber of Commerce"'), or ""."""
    organisation = sender_identity(message)[1]
    for name in (organisation, message.from_name):
        found = _BODY_WORD.search(name or "")
        if found is not None:
            return f'"{name.strip()}"'
    domain = message.from_addr.rpartition("@")[2].strip(" >").lower()
    if domain and _BODY_DOMAIN.search(domain):
        return f'"{domain}"'
    said = _BODY_SAYS.search(" ".join(f"{message.subject}\n{message.own_text}".split()))
    return f'"{said.group(0)}"' if said else ""
