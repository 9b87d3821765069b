"""The yes to a creator's coverage: "I stream cosy and narrative games on Twitch (twitch.tv/fennaplays) ... Would you
be up for me streaming the demo?" asks for no meeting - it asks for the game and a go-ahead. The yes says so ("Yes
please - I'd be so happy for you to stream it!"), gives the user's own answer on how creators get a key, and asks when they plan
to stream; no meeting times. "Streaming the demo" is what they would cover, not a question about the user's demo:
the saved answer about playtests ("sign up on our Discord and we'll send the build") is not theirs.

Pure: reads the message's words and the profile's answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.decide.creator_coverage import coverage_offered
from kindly.profile import Answer
from kindly.reply.answers import answers_about, answers_for

# The coverage they offer, as the yes names it: stream, video, review, episode.
_HOW = (
    (re.compile(r"\bstream", re.IGNORECASE), "stream it", "streaming it"),
    (re.compile(r"\bvideos?\b|\blet's\s+play\b", re.IGNORECASE), "make a video about it", "making the video"),
    (re.compile(r"\breview", re.IGNORECASE), "review it", "reviewing it"),
    (re.compile(r"\bpodcast|\bepisode", re.IGNORECASE), "feature it on your show", "recording it"),
)
# What they would cover, said as the object of the coverage: "streaming the demo", "a video about the build".
_COVERED_THING = re.compile(
    r"\b((?:stream|play|cover|review|feature|show)\w*|videos?\s+(?:of|about|on))\s+(?:(?:the|your|a|an|its)\s+)?"
    r"(?:demo|build|beta|game|prologue|trailer)\b",
    re.IGNORECASE,
)


# A meeting asked beside the coverage: "Could we hop on a quick call to plan it?" (a stream's "Q&A with chat" is none).
_MEETING_ASKED = re.compile(
    r"\b(?:call|meet|meeting|coffee|lunch|zoom|catch up|get together|hop on)\b", re.IGNORECASE
)


def coverage_yes(text: str, formal: bool) -> str:
    """The yes to a creator's offer of coverage, with the question of when; "" where the message offers none, or
    asks to meet first (a time is found for that)."""
    if not coverage_offered(text) or _MEETING_ASKED.search(text):
        return ""
    do, doing = next(
        ((do, doing) for how, do, doing in _HOW if how.search(text)), ("cover it", "covering it")
    )
    if formal:
        return f"Yes, I would be glad for you to {do}. When are you planning on {doing}?"
    return f"Yes please - I'd be so happy for you to {do}! When are you thinking of {doing}?"


def coverage_answers(text: str, answers: Sequence[Answer]) -> list[str]:
    """The user's answers for a creator covering their work: how they give out keys, then what the message asks
    beyond what it would cover (the demo they would stream asks nothing of the user's demo)."""
    asked = answers_for(_COVERED_THING.sub(r"\1", text), answers)
    keys = answers_about("key", answers)
    return list(dict.fromkeys([*keys, *asked]))
