"""A saved answer about press is for the press. Renée's "For press, our communications director ... arranges
interviews" is saved under "interview", "reporter", "story": a reporter's "quick interview for a story" is what it
answers - but a researcher's "Would you be willing to do a 45-minute interview for my study?" asks for her own time,
and the draft that says yes and then sends her to the communications director contradicts itself. An answer about
press met only by a word any interview uses is kept where the message is from or for the press.

Pure: reads the answer and the message's words.
"""

from __future__ import annotations

import re

from kindly.profile import Answer

# An answer that speaks of the press: its terms or its words ("For press, ...", "our media team", "reporters").
_OF_THE_PRESS = re.compile(
    r"\b(?:press|media|reporters?|journalists?|communications\s+(?:director|team|office)|publicist)\b",
    re.IGNORECASE,
)
# Words every interview uses, whoever asks: a researcher's, a student's, a podcast's.
_ANY_INTERVIEW = frozenset({"interview", "interviews", "comment", "comments", "story", "stories", "quote"})
# The press in the message: a reporter, a piece to run, an outlet.
_PRESS_SAID = re.compile(
    r"\b(?:reporters?|journalists?|journalism|editors?|correspondents?|newsroom|newspapers?|magazines?|press|"
    r"media|outlets?|publications?|articles?|columns?|op-eds?|broadcast|news\w*|on\s+the\s+record|"
    r"(?:piece|story|feature)\s+(?:for|in|on|about)|writing\s+(?:a|an)\s+(?:piece|story|feature|article))\b",
    re.IGNORECASE,
)


def press_answer_off_topic(answer: Answer, terms: list[str], text: str) -> bool:
    """Whether an answer about the press, met only by `terms` any interview uses, would be given to a message that
    is not from or for the press (a researcher's interview for a study)."""
    if not any(_OF_THE_PRESS.search(part) for part in (answer.answer, *answer.about)):
        return False
    if any(term.strip().lower() not in _ANY_INTERVIEW for term in terms):
        return False
    return _PRESS_SAID.search(text) is None
