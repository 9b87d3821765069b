"""A client's request for service on work already done or under way: "Could you resend the link to our wedding
gallery?", "I can't find the invoice for our session - could you send it again?", "our download link expired". No
networking ask to weigh (a call proposed, a goal served) and no mail to pass over as "not an invitation": it is the
user's own client to answer, shown as such.

Pure: reads text only."""

from __future__ import annotations

import re

from kindly.decide.care import SHORT_NOTE

CLIENT_SERVICE = (
    "client_service"  # reason code: a client asks for service on their own work, left to the user
)

_F = re.IGNORECASE

# What a client has of the user's work, or of the paperwork around it.
_THEIRS = (
    r"(?:gallery|galleries|link|photos|pictures|images|files|proofs|album|prints|video|invoice|receipt|contract|"
    r"password|download|report|statement|paperwork|records|order|documents?)"
)
# ...as their own: "our wedding gallery", "my session's photos", "the gallery link from our session".
_OURS = rf"\b(?:our|my)\s+(?:[\w'-]+\s+){{0,3}}?{_THEIRS}\b"
# Asked again or restored: "resend", "send ... again", "a new link".
_SENT_AGAIN = re.compile(
    rf"\bre-?send\b[^.?!]{{0,80}}?{_OURS}|{_OURS}[^.?!]{{0,80}}?\b(?:re-?sen[dt]|again)\b|"
    rf"\bsend\b[^.?!]{{0,60}}?{_OURS}[^.?!]{{0,40}}?\bagain\b|"
    rf"\bsend\s+(?:me|us)\s+(?:a\s+)?new\s+{_THEIRS}\b[^.?!]{{0,60}}?{_OURS}",
    _F,
)
# ...or said to be lost or broken, with a request beside it: "I can't find our gallery link", "our link expired".
_LOST = re.compile(
    rf"\b(?:can'?t|cannot|couldn'?t|can not)\s+(?:find|open|access|download|get\s+into)\s+{_OURS}|"
    rf"{_OURS}\s+(?:link\s+)?(?:has\s+)?(?:expired|stopped working|isn'?t working|doesn'?t work|won'?t open)",
    _F,
)
_ASKS = re.compile(r"\?|\bplease\b|\bcould you\b|\bwould you\b|\bcan you\b", _F)
# ...in a note of the writer's own: a mailing about "your gallery" goes to everyone
_TO_A_LIST = re.compile(r"\bunsubscribe\b|\byou(?:'re| are) receiving this\b", _F)


def client_service_asked(text: str) -> str:
    """The words in which a client asks the user to resend or restore what they have of the user's work ("resend
    the link to our wedding gallery"), or ""."""
    if len(text) > SHORT_NOTE or _TO_A_LIST.search(text):
        return ""
    said = " ".join(text.split())
    found = _SENT_AGAIN.search(said) or _LOST.search(said)
    if found is None or _ASKS.search(said) is None:
        return ""
    return found.group(0)
