"""A publication's call for submissions that the model reads as asking nothing: "Blue Ridge Bride is now taking real
wedding submissions for our Spring 2027 issue ... Please send a gallery link of 60-80 images ... by Friday,
January 15". To a user whose goal names the publication or its features well, it is the invitation that goal looks
for - weighed as one (the yes promises the submission by its day, with no call), not "nothing is asked of you". A
digest that lists it among its news, or a mailing to a list, asks nothing of the reader.

Pure: reads text only. Each pattern is linear."""

from __future__ import annotations

import re

from kindly.decide.assess import assess
from kindly.decide.policy import ACCEPT_AT
from kindly.model import Intent, Message, Understanding
from kindly.profile import Profile
from kindly.understand.classify import call_for_features

_F = re.IGNORECASE

# ...and what the reader is asked to send: "Please send a gallery link", "submit your wedding by", "Would you send us".
_SEND_ASKED = re.compile(
    r"\b(?:please\s+(?:send|submit|share|upload)|(?:would|could|can)\s+you\s+(?:send|submit|share)|send\s+us|"
    r"submit\s+(?:your|a|one)\b)",
    _F,
)
# ...not a digest: "The WNC Wedding Pros Newsletter", "This week's round-up".
_DIGEST = re.compile(r"\b(?:newsletter|bulletin|digest|round-?up|this week)\b", _F)
NOTE = "speaking_invitation: read as no invitation, but a publication's call for submissions a goal looks for"


def with_call_for_submissions(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """`understanding` read again as an invitation where the model read a call for submissions as asking nothing
    and a goal fits it well (see the module); else as it was."""
    if understanding.intent is not Intent.NONE or "submission" not in message.own_text.lower():
        return understanding  # the cheap look first: most mail names no submissions
    if not call_for_features(message.own_text) or _DIGEST.search(message.subject):
        return understanding
    if (asked := _SEND_ASKED.search(message.own_text)) is None:
        return understanding
    # weighed as the classifier weighs a call for features it reads: the guide's invitation to be featured
    best = assess(message, Intent.SPEAKING_INVITATION, profile).best
    if best is None or best.score < ACCEPT_AT:
        return understanding
    return understanding.read_as(Intent.SPEAKING_INVITATION, f'{NOTE} ("{asked.group(0)}")')
