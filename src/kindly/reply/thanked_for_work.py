"""Thanks for the user's own work in a message ("your credit card video literally helped me pay off $6k"): a no to
such a sender first says, in one short clause, that the user is glad it helped - never praise the message did not
earn, so only where the sender says the work helped them."""

from __future__ import annotations

import re

# what a creator, an author or a teacher makes, which a sender may say helped them
_WORK = (
    r"videos?|posts?|books?|podcasts?|episodes?|courses?|newsletters?|channel|content|talks?|articles?|blog|"
    r"templates?|spreadsheets?|guides?|classes|class|workshops?|webinars?|reels?|series|sermons?|advice|tips"
)
# "your (credit card) video (literally) helped me", "your budgeting course changed my life", "your sermon on grief
# got me through": up to three words before the work and one before the verb, so the pattern stays linear
_HELPED = re.compile(
    rf"\byour\s+(?:[\w'-]+\s+){{0,3}}?(?P<work>{_WORK})\s+(?:[a-z]+ly\s+)?"
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
    return f"I'm so glad the {said.group('work').lower()} helped."
