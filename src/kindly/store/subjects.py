"""A subject as the thread it belongs to: "RE: Re[2]: Coffee next week?" answers "coffee next week?"."""

from __future__ import annotations

import re

# "Re:" in the languages of common mail clients, with a count ("Re[2]:") and repeated ("Re: RE:").
REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|vs|antw|ref)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def bare_subject(subject: str) -> str:
    return " ".join(REPLY_PREFIX.sub("", subject).lower().split())[:500]
