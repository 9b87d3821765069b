"""An invitation written to the user by a person, though it comes from a shared mailbox: "Hi Wren, The Ridge is
hosting a vendor open house ... Please RSVP here by January 5: https://... Warmly, Claire Dunn, Events Manager". A
mailing from events@ is answered through its own RSVP link, if at all; but a note that greets the user by name and
is signed by the person who wrote it is a relationship's invitation, and the yes or no kindly decided on it is
drafted like any other (the link still there to use).

Pure: reads text only."""

from __future__ import annotations

import re

# The opening of the sender's own words: "Hi Wren,", "Dear Wren", "Hello Dr. Brennan", "Wren -".
_GREETING = re.compile(
    r"\A\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+)?(?P<name>(?:dr\.?|ms\.?|mrs\.?|mr\.?|"
    r"prof\.?|professor)?\s*[A-Z][\w'-]+)\s*[,!:\-–—]",
    re.IGNORECASE,
)


def greets_by_name(text: str, user_name: str) -> bool:
    """Whether the text opens by greeting the user by their first or last name ("Hi Wren,", "Dear Dr. Calloway")."""
    found = _GREETING.match(text)
    if found is None or not user_name.split():
        return False
    greeted = found.group("name").split()[-1].strip(".").lower()
    names = {part.lower() for part in user_name.split() if len(part) > 1}
    return greeted in names


def written_to_you(text: str, user_name: str, signed_by: str) -> bool:
    """Whether a mail greets the user by name and is signed by a named person (`signed_by`, its signature's name):
    a person's note, not a mailing, whatever mailbox it comes from."""
    return bool(signed_by.strip()) and greets_by_name(text, user_name)
