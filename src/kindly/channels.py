"""Where a reply is written: an e-mail, or a direct message the user copies into the app it came from.

A message pasted from a messaging app names the app where a mail names its sender ("Marcus Reid (WhatsApp)",
"Pedro Almeida (Instagram @chef.pedroalmeida)") or in its subject ("Subject: Instagram DM"). With no address to
write to, its reply is a short direct message for that app: no subject, signed with the sign-off's first line,
within the app's length. kindly never sends one: the user copies it into the app.

The channel is stored as the app's key ("instagram", "whatsapp", ...) in the messages' and drafts' `channel`
column, beside "email", "calendar" (an .ics) and "text" (a paste that names no app).
"""

from __future__ import annotations

from typing import NamedTuple


class App(NamedTuple):
    name: str  # as the user reads it: "Instagram"
    message: str  # a message there: "an Instagram message"
    into: str  # where the user copies the draft: "Instagram", "your messages app"
    limit: int  # the most characters a draft should have there


# The apps take longer messages (Instagram 1,000 characters, LinkedIn and WhatsApp thousands): 600 keeps a DM short
# on every app; a text message a little shorter (three 160-character texts).
DM_APPS: dict[str, App] = {
    "linkedin": App("LinkedIn", "a LinkedIn message", "LinkedIn", 600),
    "instagram": App("Instagram", "an Instagram message", "Instagram", 600),
    "whatsapp": App("WhatsApp", "a WhatsApp message", "WhatsApp", 600),
    "messenger": App("Messenger", "a Messenger message", "Messenger", 600),
    "x": App("X", "an X message", "X", 600),
    "tiktok": App("TikTok", "a TikTok message", "TikTok", 600),
    "slack": App("Slack", "a Slack message", "Slack", 600),
    "signal": App("Signal", "a Signal message", "Signal", 600),
    "telegram": App("Telegram", "a Telegram message", "Telegram", 600),
    "sms": App("Text message", "a text message", "your messages app", 480),
}

# every channel a draft may be written for
DRAFT_CHANNELS = ("email", *DM_APPS)


def is_dm(channel: str) -> bool:
    """A direct message on an app (copied by the user), not an e-mail."""
    return channel in DM_APPS


def reply_channel_of(message_channel: str) -> str:
    """The channel a reply to a message of `message_channel` is written for by default: the app it came from, else
    e-mail (a calendar file and a paste that names no app are answered by e-mail)."""
    return message_channel if is_dm(message_channel) else "email"


def dm_signature(sign_off: str) -> str:
    """What signs a DM: the sign-off's first line ("Dana" of "Dana Whitfield / Whitfield Advisory / +1 ...")."""
    lines = [line.strip() for line in sign_off.splitlines() if line.strip()]
    return lines[0] if lines else sign_off


def signature_for(sign_off: str, channel: str) -> str:
    return dm_signature(sign_off) if is_dm(channel) else sign_off
