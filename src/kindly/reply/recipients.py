"""Who a reply goes to besides the sender: pure, so the drafts and the mail written from them agree."""

from __future__ import annotations

from kindly.decide.referral import asked_for
from kindly.model import Message

MAX_COPIED = 5  # more names an announcement than an introduction


def copied_on_reply(original: Message, user_email: str, intent: str, decision: str) -> tuple[str, ...]:
    """Who else the reply goes to: an accepted introduction answers everyone the introducer wrote to (the person
    introduced, copied on it), other than the user and the introducer; any other reply goes to the sender
    alone."""
    if intent != "introduction" or decision != "accept" or asked_for(original.own_text):
        return ()  # asked to introduce them: the introducer alone is answered
    skip = {user_email.strip().lower(), original.from_addr.strip().lower()}
    others = tuple(dict.fromkeys(a for a in original.to if "@" in a and a.strip().lower() not in skip))
    return others if len(others) <= MAX_COPIED else ()
