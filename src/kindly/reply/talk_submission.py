"""How the user answers a call for talks sent from a shared mailbox (speakers@, organizers@), which kindly
leaves to them: where to submit and by when, in the reason, so she can act on it without opening the mail.

Pure: reads the sender's words against the day the reply is written.
"""

from __future__ import annotations

import re
from datetime import datetime

from kindly.reply.acceptance import written_day
from kindly.reply.deadlines import deadlines

# A link, read one word at a time (never a pattern over the free text): "https://pydata.org/cfp",
# "www.summit.example/talks", "northerndesignsummit.example/cfp" (a bare domain counts only with a path, so
# "Acme.io" or a full stop between two words is no link)
_LINK = re.compile(r"(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+\S*|[\w-]+(?:\.[\w-]+)+/\S*)", re.IGNORECASE)
_TRIM = "<>()[]\"'.,;:!?"


def submission_link(text: str) -> str:
    """The first link the mail gives, without the punctuation around it; "" where it gives none."""
    for word in text[:20_000].split():
        link = word.strip(_TRIM)
        if "@" not in link and _LINK.fullmatch(link):
            return link
    return ""


def how_to_submit(text: str, today: datetime, written: datetime | None, date_style: str) -> str:
    """ "submit through its own form at northerndesignsummit.example/cfp by Friday 15 January": the link and the
    coming deadline the call gives, where it gives them, and that it gives no link where it gives none."""
    link = submission_link(text)
    found = deadlines(text, today, written)
    due = found.proposal_due or found.first
    by = f" by {written_day(due, date_style, today.date())}" if due is not None else ""
    if not link:  # "Submit at the link below", the link itself lost, or none given: she is told so
        return f"submit through its own form{by} (the mail gives no link to it)"
    return f"submit through its own form at {link}{by}"
