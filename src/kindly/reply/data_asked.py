"""A request for data: "Would the foundation be able to share outcome data from your grantees (participant-level if
possible) for my dissertation?" The model reads a student's or a researcher's ask as a request for advice, and the
draft thanked them "for your request for advice" above the user's no to sharing grantee data. What they asked for is
the data: the thanks says so.

Pure: reads the message's words. Every pattern is linear (bounded gaps only).
"""

from __future__ import annotations

import re

# Data asked of the reader: "share outcome data from your grantees", "send us your dataset", "access to your
# applicant records", "provide the figures for ...".
_DATA_ASKED = re.compile(
    r"\b(?:share|send|provide|give|release|pass\s+on|hand\s+over|access\s+to|obtain|get\s+hold\s+of)\s+"
    r"(?:(?:me|us)\s+)?(?:[\w'-]+\s+){0,5}?"
    r"(?:data(?:sets?)?|datasets?|raw\s+numbers|records|spreadsheets?|microdata|figures|statistics)\b",
    re.IGNORECASE,
)
# ...asked, not offered: "I'm happy to share our data with you" is the sender's own.
_OWN_OFFER = re.compile(
    r"\b(?:I|we)(?:'d|'m|'re|\s+am|\s+are|\s+would\s+be|\s+can|\s+could|\s+will)?\s+(?:happy\s+|glad\s+|able\s+)?"
    r"(?:to\s+)?$",
    re.IGNORECASE,
)


def data_asked(text: str) -> str:
    """The words in which the message asks the reader for data, or ""."""
    flat = " ".join(text[:20_000].split())
    for found in _DATA_ASKED.finditer(flat):
        if not _OWN_OFFER.search(flat, max(0, found.start() - 30), found.start()):
            return found.group(0)
    return ""
