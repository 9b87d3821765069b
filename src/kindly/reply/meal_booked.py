"""A meal a client books, not one they ask to meet over: "the capacity of your ballroom for a seated dinner with a
dance floor" is the event the client plans for their guests, so the times a yes proposes to talk are not held to a
dinner's hours ("so a dinner is hard for me"); "free for a drink at your bar" is still a drink."""

from __future__ import annotations

import re

# The meal said beside what marks it as the event booked: its guests, its seating, its dancing, its reception.
# (not the occasion alone: "over dinner to talk about the wedding" is a dinner to meet at)
_EVENT_OF_THE_MEAL = (
    r"(?:guests|pax|covers|seated|plated|banquet|buffet|reception|dancing|dance floor|rehearsal|for \d[\d,]*)"
)


def meal_booked(meal: str, text: str) -> bool:
    """Whether the meal a message names (`meal`, as its details read it: "dinner") is the event a client books,
    said within a few words of its guests, seating or dancing ("a seated dinner", "dinner and dancing for 200
    guests")."""
    if not meal:
        return False
    word = re.escape(meal.rstrip("s"))
    near = re.compile(
        rf"\b{_EVENT_OF_THE_MEAL}\b[^.!?\n]{{0,25}}\b{word}s?\b|\b{word}s?\b[^.!?\n]{{0,25}}\b{_EVENT_OF_THE_MEAL}\b",
        re.IGNORECASE,
    )
    return near.search(" ".join(text.split())) is not None
