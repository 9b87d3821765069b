"""How a note asks to connect and no more: the guide's plain connection request (a coffee chat whose
purpose is not said), read by the classifier and by the drafts."""

from __future__ import annotations

import re

# "Hi Jordan, I'd love to connect!": the guide's plain connection request, with nothing else said.
CONNECT = re.compile(
    r"\b(?:(?:love|like|happy|glad|great|keen|pleased)\s+to\s+connect|let'?s\s+connect|connect(?:ing)?\s+"
    r"(?:here|on linkedin)|(?:add\s+you\s+to\s+my|join\s+your)\s+(?:professional\s+|linkedin\s+)?network)\b",
    re.IGNORECASE,
)
