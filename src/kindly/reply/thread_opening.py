"""How a reply in an ongoing conversation opens. A partner's follow-up in a thread already under way ("Leadership
approved the pilot - could we find a time next week to plan it?") is no first contact: a draft that thanks them
"for your inquiry" reads as if the user had forgotten them. A message that answers an earlier one (its
In-Reply-To or References name it) is thanked for following up instead.

Pure: reads the message's headers only."""

from __future__ import annotations

from kindly.model import Message

FOLLOWING_UP = "following up"  # what a reply in an ongoing thread thanks them for


def goes_on_a_thread(message: Message) -> bool:
    """Whether the message answers an earlier one of its conversation, as its mail headers say (a "Re:" subject
    alone is no proof: a cold pitch writes one to look familiar)."""
    return message.channel == "email" and bool(message.in_reply_to or message.references)
