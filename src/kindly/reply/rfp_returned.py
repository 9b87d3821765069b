"""What a yes to a request for proposals promises to send back, in the user's voice: the sender's own words where
they ask for "a proposal" ("inviting a small number of firms to submit a proposal": "I'd be glad to submit a
proposal by ..."), and otherwise what they ask to have returned - "I've attached our RFP questionnaire; could you
complete it by December 18" is answered "I'll send you the completed questionnaire by Friday, December 18", a quote
asked for "I'll send you my quote by ...". Never "submit a proposal" to a mail that asked for none.

Pure: reads text only.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

# The sender asks for a proposal in so many words: "submit a proposal", "proposals are due".
_PROPOSAL_ASKED = re.compile(r"\bproposals?\b", _F)
# ...or for their own form, completed: "our RFP questionnaire; could you complete it", "the attached RFP form".
_FORM = re.compile(r"\b(?:RFP|RFQ|response|bid)?\s*(?P<form>questionnaire|form|template)\b", _F)
# ...or for a price or a bid: "your best quote", "a bid".
_PRICED = re.compile(r"\b(?P<what>quote|quotation|bid|tender)s?\b", _F)


def rfp_returned(text: str) -> str:
    """What the yes promises to send ("the completed questionnaire", "my quote", "my proposal"), or "" where the
    sender asked for a proposal in those words and the yes keeps them."""
    said = " ".join(text[:20_000].split())
    if _PROPOSAL_ASKED.search(said):
        return ""
    if found := _FORM.search(said):
        return f"the completed {found.group('form').lower()}"
    if found := _PRICED.search(said):
        return f"my {found.group('what').lower()}"
    return "my proposal"
