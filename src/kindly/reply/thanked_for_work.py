"""Thanks for the user's own work in a message ("your credit card video literally helped me pay off $6k"): a reply to
such a sender says, in one short clause, that the user is glad it helped (a no before its reason, a yes or a question
back after its thanks) - never praise the message did not earn, so only where the sender says the work helped them."""

from __future__ import annotations

import re

# what a creator, an author or a teacher makes, which a sender may say helped them
_WORK = (
    r"videos?|posts?|books?|podcasts?|episodes?|courses?|newsletters?|channel|content|talks?|articles?|blog|"
    r"templates?|spreadsheets?|guides?|classes|class|workshops?|webinars?|reels?|series|sermons?|advice|tips|"
    # ...and what an engineer, a researcher or a maker puts out: "your work on Ledgerline helped me"
    r"work|library|libraries|projects?|tools?|code|research|papers?|frameworks?|packages?|docs|documentation"
)
# what the work is on: "your work on Ledgerline", "your post about budgeting" (a word or two)
_ON = r"(?:\s+(?:on|about|with|in)\s+(?P<on>[\w'-]+(?:\s+[\w'-]+)?))?"
# "your (credit card) video (literally) helped me", "your budgeting course changed my life", "your sermon on grief
# got me through": up to three words before the work and one before the verb, so the pattern stays linear
_HELPED = re.compile(
    rf"\byour\s+(?:[\w'-]+\s+){{0,3}}?(?P<work>{_WORK}){_ON}\s+(?:[a-z]+ly\s+)?"
    r"(?:has\s+|have\s+)?(?:helped|changed|saved|got\s+me|gotten\s+me)\b",
    re.IGNORECASE,
)
# "thanks to your video", "thank you for your podcast - it helped": the thanks itself names the work
_THANKS_TO = re.compile(rf"\bthanks\s+to\s+your\s+(?:[\w'-]+\s+){{0,3}}?(?P<work>{_WORK})\b", re.IGNORECASE)


def glad_it_helped(text: str) -> str:
    """The clause a no opens with where the sender thanks the user for work that helped them ("I'm so glad the
    video helped."), or ""."""
    said = _HELPED.search(text) or _THANKS_TO.search(text)
    if said is None:
        return ""
    on = said.groupdict().get("on")
    return f"I'm so glad the {said.group('work').lower()}{f' on {on}' if on else ''} helped."


# where a paragraph's first sentence ends: "Thank you for your note - I appreciate it. I'd be pleased to meet."
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def with_glad_it_helped(text: str, glad: str) -> str:
    """A yes or a question back (`text`, greeting first) that says, after its first sentence of thanks, that the user
    is glad their work helped (`glad`): "Thank you for your note. I'm so glad the work on Ledgerline helped. I'd be
    pleased to meet." Unchanged where there is no clause, or no paragraph after the greeting."""
    paragraphs = text.split("\n\n")
    if not glad or len(paragraphs) < 2:
        return text
    first, *rest = _FIRST_SENTENCE.split(paragraphs[1], maxsplit=1)
    paragraphs[1] = " ".join([first, glad, *rest])
    return "\n\n".join(paragraphs)
