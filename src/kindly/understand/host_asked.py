"""An organiser asking the user's team to host their event: "Would your team be up for hosting our January
meetup at your office?", "We're looking for a host for our February meetup". The open roles a host may talk about
("a 5-minute slot to talk about your team and open roles") make it read like a recruiter's; it is an event's
invitation.

Pure: reads text only.
"""

from __future__ import annotations

import re

# "would your team be up for hosting", "could Tidewater host our meetup", "looking for a host for our meetup",
# "we'd love you to host the March session" (not "I host a podcast", nor "hosted by Acme").
_HOST_ASKED = re.compile(
    r"\b(?:would|could|can|will)\s+(?:you|your\s+(?:team|company|office|org\w*)|[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})"
    r"\s+(?:[\w'-]+\s+){0,3}?host(?:ing)?\b"
    r"|\blooking\s+for\s+(?:a\s+)?(?:host|venue)\s+for\s+(?:our|the)\b"
    r"|\b(?:like|love|want)\s+(?:you|your\s+team)\s+to\s+host\b",
)
# ...what is hosted: an evening of the organiser's, not a podcast or a delegation.
_GATHERING = re.compile(
    r"\b(?:meetups?|meet-ups?|events?|evenings?|sessions?|hack\s?nights?|workshops?|talks?|user\s+groups?)\b",
    re.IGNORECASE,
)


def host_asked(own: str) -> str:
    """The words that ask the user (or their team) to host a gathering, else ""."""
    asked = _HOST_ASKED.search(own)
    if asked is None or _GATHERING.search(own) is None:
        return ""
    return asked.group(0)


# the user asked in person to host a gathering ("I'd love you to host the evening"): to present it, not to lend a
# venue or a team
_IN_PERSON = re.compile(r"\b(?:like|love|want)\s+you\s+to\s+host\b")


def asked_to_host_in_person(own: str) -> bool:
    """Whether the host asked for is the user in person ("I'd love you to host 'AI and you'"), where the only ask to
    host says so: thanked for the invitation to host, not "for thinking of us as hosts"."""
    return bool(_IN_PERSON.search(host_asked(own)))
