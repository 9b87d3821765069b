"""An answer promised for later, as either side of a thread says it: a correspondent whose reply only holds the
conversation ("Let me check my calendar and I'll get back to you", kindly.holding_reply) and the user whose own
note only puts her answer off ("thanks - I'll check my schedule and get back to you!", decide.thread). The
promise is the same words on both sides, read across any run of spaces and line breaks; each side adds its own,
beside the pattern it reads with."""

from __future__ import annotations

# The promise either side makes: "get back to you" (a word of its own: not "get back to your desk"), and "let you
# know" or "confirm" after an "I'll". Either side may have it wrapped over two lines.
GET_BACK_TO_YOU = r"get\s+back\s+to\s+you\b"
LET_YOU_KNOW = r"(?:let\s+you\s+know|confirm)"
