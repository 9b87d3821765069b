"""A stranger who asks, in English, to book a consultation about their own matter: "I'd like to book a
consultation about my 2025 taxes", "Could I schedule an appointment regarding our lease?". The model reads such a
mail as a work meeting; to a user who looks for clients it is a prospective client, as its Spanish and French
twins are (understand/languages/: "agendar una consulta", "prendre rendez-vous").

Not a colleague's "book the consultation room" (no consultation of theirs), a seller's "we'd like to offer you a
free consultation" (offered, not asked), nor a reminder of one already booked ("my consultation is booked for
Wednesday"): the sender must ask to book one, for a matter they call theirs ("my", "our").

Pure: one linear regular expression, no model."""

from __future__ import annotations

import re

# the sender asks to book: "I'd like to book", "we would like to schedule", "Could I set up", "I want to arrange"
_ASK_TO_BOOK = (
    r"\b(?:(?:i|we)(?:'d|[ \t]+would)[ \t]+(?:like|love)[ \t]+to|(?:i|we)[ \t]+(?:want|need|wish|hope)[ \t]+to"
    r"|(?:can|could|may)[ \t]+(?:i|we))[ \t]+(?:book|schedule|arrange|set[ \t]+up|make|request|get)"
)
# ...a consultation, an appointment: "a consultation", "an initial consultation", "in for a one-hour consult"
_A_CONSULTATION = r"[ \t]+(?:in[ \t]+for[ \t]+)?(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:consultation|consult|appointment)\b(?![ \t-]+rooms?\b)"
# ...about a matter of theirs, in the same sentence: "about my 2025 taxes", "regarding our lease", "for my shop"
_OWN_MATTER = r"[^.!?\n]{0,80}?\b(?:about|regarding|concerning|re|for)[ \t]+(?:my|our)\b[^.!?\n]{0,60}"

_CONSULTATION_ASKED = re.compile(_ASK_TO_BOOK + _A_CONSULTATION + _OWN_MATTER, re.IGNORECASE)


def asks_to_book_a_consultation(text: str) -> str:
    """The words in which a sender asks to book a consultation about their own matter ("I'd like to book a
    consultation about my 2025 taxes"), or "" where they do not (the first 20,000 characters read)."""
    found = _CONSULTATION_ASKED.search(" ".join(text[:20_000].split()))
    return found.group(0).strip() if found else ""
