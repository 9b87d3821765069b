"""An announcement mailed to everyone of a role: "Dear Agent, Join our webinar on 2027 commercial auto rate changes
... Register at hartwell.example/agents/webinar." The greeting names no one, only what every reader is (an agent, a
member, a valued partner), and the mail sends its readers to a sign-up page; nothing is asked of the user in person,
so a "Count me in - could you send me the link?" would answer a list. A question put to the reader ("Dear Member,
would you speak at our April meeting?") is asked in person."""

from __future__ import annotations

import re

# "Dear Agent,", "Dear Valued Member,", "Dear Sir or Madam,", "Hello Producer," - on the first line, alone
_ROLE_GREETING = re.compile(
    r"\A\s*(?:dear|hello|hi|greetings),?[ \t]+(?:valued[ \t]+)?(?:agent|member|producer|partner|customer|client|"
    r"subscriber|colleague|broker|friend|reader|attendee|professional|policyholder|sir[ \t]+(?:or|/)[ \t]*madam|"
    r"sir/madam)[ \t]*[,:!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a sign-up page: "Register at hartwell.example/...", "RSVP here: https://...", "Sign up now at ..."
_SIGN_UP_PAGE = re.compile(
    r"\b(?:register|rsvp|sign[ -]up|enrol|enroll|reserve your (?:seat|spot)|save your (?:seat|spot))\b"
    r"[^.\n]{0,40}?(?:https?://|www\.|\b[\w-]+\.[a-z]{2,}/)",
    re.IGNORECASE,
)
_A_QUESTION_TO_YOU = re.compile(r"\b(?:could|would|can|will) you\b[^.?!]{0,300}\?", re.IGNORECASE)


def announced_to_a_role(text: str) -> str:
    """The greeting of an announcement mailed to every reader of a role that sends them to a sign-up page and asks
    them nothing in person ("Dear Agent,"); "" otherwise."""
    greeting = _ROLE_GREETING.match(text[:200])
    if greeting is None or not _SIGN_UP_PAGE.search(text) or _A_QUESTION_TO_YOU.search(text):
        return ""
    return " ".join(greeting.group(0).split())
