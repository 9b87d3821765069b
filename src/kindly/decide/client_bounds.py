"""A personal invitation from someone who is or was the user's client ("since our last session ... my housewarming
party"), to a user whose never-rule keeps clients at a professional distance ("social contact with current or former
clients"): not personal plans left to the user, but the rule's kind, boundaried no.

Pure: reads a never-rule's evidence only.
"""

from __future__ import annotations

import re

# The evidence note of a rule's word for the user's clients, met by the sender's own words ('"clients": "our last
# session"').
_CLIENT_NOTE = re.compile(r'^"(?:clients?|patients?)":', re.IGNORECASE)


def from_a_client_the_rule_keeps_away(never: tuple[str, list[str]] | None) -> bool:
    """Whether the never-rule a message falls under held because its sender is or was the user's client."""
    return never is not None and any(_CLIENT_NOTE.match(note) for note in never[1])
