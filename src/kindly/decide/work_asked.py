"""Someone asking to work for the user - to second shoot, to assist, to intern - read as a request for advice or a
coffee: "I'd love to second shoot or assist for you next season ... Do you ever hire second shooters?". No
networking goal weighs it, but it is no stranger's favour to turn down either: where the user has saved how they
take such help on (their answer about second shooters, assistants or interns), it is theirs to decide, with that
answer drafted for them to send.

Pure: reads text only. The pattern is linear: its gaps are a few words at most."""

from __future__ import annotations

import re

WORK_ASKED = (
    "work_asked"  # reason code: someone asks to work for the user, left to them with their saved answer
)

_ASKS_TO_WORK = re.compile(
    r"\b(?:second[- ]shoot(?:ing)?\s+(?:or\s+\w+\s+)?(?:for|with)\s+you|"
    r"(?:assist|intern|apprentice|shadow|shoot|work)\s+(?:for|with|under)\s+you\b|"
    r"do\s+you\s+(?:ever\s+)?(?:hire|take\s+on|need|use|work\s+with)\s+(?:[\w-]+\s+){0,2}?(?:second\s+shooters?|"
    r"assistants?|associates?|interns?|apprentices?))",
    re.IGNORECASE,
)


def work_asked(text: str) -> str:
    """The sender's words that ask to work for the user ("second shoot or assist for you", "Do you ever hire second
    shooters?"), or ""."""
    found = _ASKS_TO_WORK.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""
