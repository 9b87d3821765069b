"""Which way mentoring goes. A request for advice asks the user for their time; a sender who answers the user's
own request for mentoring ("> On 16 Nov, Folasade ... wrote: Would you be open to mentoring me?"), or who offers
a mentor's time themselves ("I'd be happy to have a coffee and share what I learned", "mentoring HR directors
making the step up has been one of the best parts of my work"), is the mentor a find_mentor goal seeks.

Pure: reads the message (and the user's name and address) only.
"""

from __future__ import annotations

import re

from kindly.decide.thread import quotes_the_user
from kindly.model import Message

# What the user asked for in the mail the sender quotes: mentoring, advice, guidance, their experience.
_ASKED_FOR_HELP = re.compile(
    r"\bmentor\w*|\badvice\b|\badvise\b|\bguidance\b|\bpick your brains?\b|\blearn from you\b",
    re.IGNORECASE,
)

# The sender offers a mentor's time, not asks for one: "happy to mentor", "glad to share what I've learned",
# "mentoring HR directors ... has been", "I've mentored a few". Not "would you be happy to mentor me?", nor "I'd
# love to be mentored".
_OFFERS_MENTORING = re.compile(
    r"\b(?:happy|glad|delighted|pleased|willing|keen|love|honou?red)\s+to\s+(?:(?!be\b)\w+\s+){0,5}?"
    r"(?:mentor(?!ed)\w*|be\s+(?:a|your)\s+(?:mentor|sounding board)|offer\s+(?:some\s+)?(?:advice|guidance)|"
    r"share\s+(?:what\s+i|my\s+(?:own\s+)?(?:experience|lessons|learnings?)|some\s+(?:of\s+)?(?:what|lessons)))"
    r"(?!\s+me\b)"
    r"|\bshare\s+what\s+i(?:'ve|’ve| have)?\s+learn(?:ed|t)\b"
    r"|\bmentoring\s+(?!me\b)(?:[\w-]+\s+){1,6}?(?:has\s+been|is\s+one|was\s+one)\b"
    r"|\bi(?:'ve|’ve| have)?\s+(?:mentored|been\s+mentoring)\b",
    re.IGNORECASE,
)
# A question put to the user ("Would you be happy to mentor me?") asks for a mentor's time: no offer.
_ASKS_THE_USER = re.compile(r"\b(?:would|could|will|can)\s+you\b[^.?!\n]*$", re.IGNORECASE)


ANSWERS_YOUR_REQUEST = "they answer your own request for mentoring"


def mentoring_offered(message: Message, user_name: str, user_email: str, users_mail: str = "") -> str:
    """How the sender offers the user a mentor's time, as evidence ('they offer it: "happy to share what I
    learned"', "they answer your own request for mentoring"); "" where they do not. `users_mail`: the user's
    own words this message answers, where the mailbox holds them (a reply need not quote them)."""
    own = " ".join(message.own_text[:20_000].split())
    for found in _OFFERS_MENTORING.finditer(own):
        before = own[max(0, found.start() - 80) : found.start()]
        if not _ASKS_THE_USER.search(re.split(r"[.!?\n]", before)[-1]):
            return f'they offer it: "{found.group(0)}"'
    quoted = message.quoted_text
    if quotes_the_user(quoted, user_name, user_email) and _ASKED_FOR_HELP.search(quoted[:4000]):
        return ANSWERS_YOUR_REQUEST
    if users_mail and _ASKED_FOR_HELP.search(users_mail[:4000]):
        return ANSWERS_YOUR_REQUEST
    return ""
