"""Whether a mail the model read as a request for advice asks for any. "Would Lantern Street consider carrying a few
copies of my poetry collection?" or "Would you be willing to stock my book?" reads to the model like a stranger's
favour, the way a request for advice does; a decline that thanks them for "your request for advice" and turns down
"advice calls" answers what was never asked. Only a mail that names advice, a mentor, questions, learning or time to
talk asks for advice; any other is thanked and declined in plain words.

Pure: reads text only. The pattern is linear: its gaps are a few words at most."""

from __future__ import annotations

import re

# What a request for advice says in some form: the advice, a mentor, questions, learning, their thoughts, or time to
# talk ("a quick call", "15 minutes", "coffee", "pick your brain").
_ADVICE_WORDS = re.compile(
    r"\b(?:advi[cs]\w*|mentor\w*|guidance|guide\s+me|pick\s+your\s+brain|brain\s+to\s+pick|learn\w*|insights?|tips?|"
    r"questions?|thoughts|perspective|feedback|experience|lessons|how\s+(?:you|did\s+you|do\s+you)|"
    r"suggestions?|recommend\w*|point(?:ers|\s+me)|wisdom|career|chat|call|coffee|meet\w*|talk|minutes|"
    r"zoom|lunch|sit\s+down|hear\s+your|your\s+take)\b",
    re.IGNORECASE,
)


def asks_for_advice(text: str) -> bool:
    """Whether a request the model read as one for advice names advice or time to talk at all."""
    return _ADVICE_WORDS.search(" ".join(text[:20_000].split())) is not None
