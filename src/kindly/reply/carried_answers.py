"""A saved answer a withdrawn draft carried, carried on: a client asks the fee, then writes again before the user
sent the reply ("One more thing - could we do a call on Wednesday at 6:30pm?"). The newer message is answered for
the thread, so its draft still answers the fee, unless the newer one takes the question back ("never mind the
fee", "I found your fee on your site").

Pure: reads the withdrawn drafts' words, the newer message's and the profile's answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kindly.profile import Answer

# The newer message taking an earlier question back in so many words: "never mind my last question", "ignore my
# earlier email", "scratch that".
_TAKEN_BACK = re.compile(
    r"\b(?:never\s*mind|disregard|ignore|scratch|forget)\s+(?:about\s+)?(?:my|the|that|this)\s+"
    r"(?:(?:earlier|last|previous|first|other)\s+)?(?:question|e-?mail|message|note|that)\b|\bscratch that\b",
    re.IGNORECASE,
)
# ...or saying what an answer is about is known now: "I found your fee on your site", "we've sorted the fee".
_KNOWN_NOW = r"\b(?:found|saw|seen|read|got|have|sorted|settled|know)\s+(?:[\w'-]+\s+){{0,3}}?{about}\b"
_DROPPED = r"\b(?:never\s*mind|no need to (?:answer|reply|explain)|forget)\b[^.?!\n]{{0,40}}?\b{about}\b"


def answers_still_open(
    withdrawn_drafts: Sequence[str], newer_text: str, answers: Sequence[Answer]
) -> list[str]:
    """The user's saved answers, in their words, that the withdrawn drafts of the thread carried and that the
    newer message leaves open; [] where they carried none or it takes them back."""
    if _TAKEN_BACK.search(newer_text):
        return []
    carried = []
    for answer in answers:
        if not any(answer.answer in draft for draft in withdrawn_drafts):
            continue
        about = "|".join(re.escape(word) for word in answer.about)
        if any(
            re.search(pattern.format(about=f"(?:{about})s?"), newer_text, re.IGNORECASE)
            for pattern in (_KNOWN_NOW, _DROPPED)
        ):
            continue
        carried.append(answer.answer)
    return carried
