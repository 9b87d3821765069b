"""A pitch for coverage whose news is a hire: "Kettle & Crane just closed a $4M seed round ... and are hiring 15
people in the Third Ward. Would you be interested in covering the raise?" The model reads the hiring as a
recruiter's approach, and the reply would tell a PR person "I'm not looking for a new role". The company's hiring
is the story pitched, not a job offered to the reader: it is answered as the pitch it is.

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.decide.press import press_pitch
from kindly.model import Intent, Message, Understanding

# A job offered to the reader, whatever the pitch says: a recruiter by their own words, or a role, a position or
# a salary put to "you" ("you'd be a strong candidate", "would you be open to the role").
_JOB_FOR_YOU = re.compile(
    r"\bi(?:'m| am)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?recruit(?:er|ing)\b|\b(?:you|your)\b[^.?!\n]{0,60}?"
    r"\b(?:candidates?|candidacy|roles?|positions?|salary|job|vacanc(?:y|ies))\b",
    re.IGNORECASE,
)


def with_pitch_not_a_job(understanding: Understanding, message: Message) -> Understanding:
    """A press pitch (press_pitch: an agency's story, a spokesperson offered) read as a recruiter's approach, where
    no job is offered to the reader: read as the meeting the pitch offers, which triage answers as a pitch."""
    if understanding.intent is not Intent.RECRUITING:
        return understanding
    pitched = press_pitch(message)
    if not pitched or _JOB_FOR_YOU.search(
        " ".join(f"{message.own_text[:20_000]}\n{message.signature}".split())
    ):
        return understanding
    note = f'coffee_chat: a pitch for coverage ("{pitched}"), whose news is a hire - no job offered to you'
    return understanding.read_as(Intent.COFFEE_CHAT, note)
