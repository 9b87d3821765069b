"""A split placement offered by another recruiter: "Want to do a 50/50 split? I can send you names today and you
submit them", "happy to split the fee", "a split placement on your Fernbrook role". What a never-rule against
"splitting fees with other recruiters" rules out, where a bill, a cost or a team split is nothing of the kind.

Pure: reads text only.
"""

from __future__ import annotations

import re

# The fee or the placement split in so many words: "split the fee", "a fee split", "split placements".
_FEE_SPLIT = re.compile(
    r"\b(?:split(?:ting)?[- ](?:the |a |our |your )?(?:fees?|placements?|commissions?)|(?:fee|placement)[- ]splits?|"
    r"split[- ](?:fees?|placements?|deals?))\b",
    re.IGNORECASE,
)
# ...or a share offered where the message is about placing candidates: "a 50/50 split", "split on your backend
# role" (not "a 50/50 split of the bill", "split the cost of the venue").
_SHARE_OFFERED = re.compile(
    r"\b(?:\d{2}\s?/\s?\d{2}|fifty[- ]fifty|even|equal)\s+split\b(?!\s+(?:of|on)\s+(?:the\s+)?(?:bill|costs?|check|"
    r"tab|expenses|venue|room))|\bsplit\s+on\s+(?:your|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:roles?|search|"
    r"placements?|reqs?|positions?|openings?)\b",
    re.IGNORECASE,
)
_PLACEMENT_TALK = re.compile(
    r"\b(?:candidates?|placements?|placed|submit\w*|pipeline|reqs?)\b", re.IGNORECASE
)


def split_offered(text: str) -> str | None:
    """The words that offer to split a placement's fee with the reader, or None."""
    found = _FEE_SPLIT.search(text)
    if found is None and _PLACEMENT_TALK.search(text):
        found = _SHARE_OFFERED.search(text)
    return found.group(0) if found else None
