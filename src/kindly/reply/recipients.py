"""Who a reply goes to besides the sender: pure, so the drafts and the mail written from them agree."""

from __future__ import annotations

import re
from dataclasses import replace

from kindly.decide.referral import asked_for
from kindly.decide.words import at_users_domain
from kindly.forwarded import forwarded_part, forwarded_sender, forwards_own_mail
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


def client_behind_forward(original: Message, user_email: str, intent: str) -> tuple[str, str]:
    """(name, address) of a prospective client whose mail a colleague of the user forwarded ("this came in
    through the website form"): the reply is theirs to get; ("", "") otherwise."""
    if intent != "client_inquiry" or forwards_own_mail(original):
        return "", ""
    if not at_users_domain(original.from_addr, user_email):
        return "", ""
    name, address = forwarded_sender(original)
    if not address or at_users_domain(address, user_email):
        return "", ""  # a colleague's own mail, or none
    return name, address


def reply_target(original: Message, user_email: str, intent: str) -> Message:
    """The message as the reply answers it: a client's own mail where a colleague forwarded it (the reply goes
    to the client, greets them and answers their questions), else the message itself."""
    name, address = client_behind_forward(original, user_email, intent)
    if not address:
        return original
    subject = _FORWARD_PREFIX.sub("", original.subject)
    return replace(
        original,
        from_name=name,
        from_addr=address,
        subject=subject,
        own_text=forwarded_part(original),
        quoted_text="",
    )


_FORWARD_PREFIX = re.compile(r"^\s*(?:fwd?|fw)\s*:\s*", re.IGNORECASE)
