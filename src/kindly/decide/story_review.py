"""A story's subject asking to see it before it runs: "Before your story runs, could you send us a draft so we can
check it for accuracy?" A newsroom does not share unpublished stories with the people in them; a reporter says so,
and offers to check the facts instead. Read only for a user who reports the news (their signature or their goals say
so: "Business reporter, The Lakeshore Courier", "sources on my beat").

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.profile import Profile

STORY_REVIEW = "story_review"

_F = re.IGNORECASE
# The user reports the news.
_REPORTS = re.compile(r"\b(?:reporter|journalist|correspondent|columnist|newsroom|on my beat)\b", _F)
# The user's story, by the words a subject uses of it.
_STORY = r"(?:story|article|piece|feature|profile|write-?up|copy)"
# A draft asked for before it runs: "send us a draft", "could we see the story before it runs", "share the article
# with us ahead of publication", "review the piece before it goes to print".
_SEE_IT = re.compile(
    rf"\b(?:send|share|show|forward|run)\s+(?:us|me|it|them)?\s*(?:a|the|your)\s+(?:draft|copy|version|{_STORY})\b"
    rf"|\b(?:see|read|review|check|approve|look over|look at)\s+(?:a|the|your)\s+(?:draft|copy|{_STORY})\b",
    _F,
)
_BEFORE_IT_RUNS = re.compile(
    rf"\b(?:before|ahead of|prior to)\s+(?:(?:your|the|this)\s+{_STORY}\s+(?:runs|is published|goes (?:live|out|to "
    # (not any "before it": "please RSVP before it fills up")
    r"print)|is out|publishes|comes out)|(?:publication|you publish|it runs|it(?:'s| is) (?:published|out)|"
    r"it goes (?:live|out|to print)))\b",
    _F,
)


def reports_the_news(profile: Profile) -> bool:
    """Whether the user is a reporter, by their signature or their goals."""
    said = [profile.user.signature, *(goal.description for goal in profile.goals)]
    return any(_REPORTS.search(words) for words in said)


def story_review_asked(text: str) -> str:
    """The words that ask to see the user's story before it runs, or "" (a draft asked with no word of its running
    first, in its sentence or one beside it, is any draft: "send us a draft of the agenda"; and "please RSVP before
    it fills up" says nothing of a story)."""
    sentences = re.split(r"(?<=[.?!])\s+", " ".join(text[:5000].split()))
    for at, sentence in enumerate(sentences):
        seen = _SEE_IT.search(sentence)
        if seen and _BEFORE_IT_RUNS.search(" ".join(sentences[max(0, at - 1) : at + 2])):
            return seen.group(0)
    return ""
