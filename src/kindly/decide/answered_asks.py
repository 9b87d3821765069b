"""What a client asks that the user has already answered. A prospective client's "Do you have any openings?" or
"Do you take Providence insurance?" says what they want as plainly as a long letter: the user's [[answers]]
about openings or insurance answer it, so there is nothing to ask them first.

Pure: reads the message's questions and the profile only.
"""

from __future__ import annotations

import re

from kindly.profile import Profile
from kindly.understand.questions import questions


def asked_and_answered(profile: Profile, text: str) -> str:
    """The word of one of the user's answers that a question of the text asks about ("openings" of "Do you have
    any openings?"); "" where no question asks what the profile answers."""
    asked = questions(text)
    if not asked or not profile.answers:
        return ""
    for answer in profile.answers:
        for term in answer.about:
            # "openings" is asked as "opening" too; a whole word or phrase, not inside another
            word = term.strip().lower().removesuffix("s")
            if len(word) < 3:
                continue
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?:s|es)?(?!\w)", re.IGNORECASE)
            if any(pattern.search(question) for question in asked):
                return term
    return ""
