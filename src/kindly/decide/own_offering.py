"""A question about the user's own offering - the workshop, course or class they teach, named in a goal or a saved
answer - from someone who would take it: "I'm trying to get better with natural light. When is your next Light &
Lens workshop, and how much does it cost?". The first sentence reads like a request for advice, but the ask is to
join what the user sells or teaches: a student of it, weighed as a client's enquiry (and answered with the saved
answer about it), never an advice call to turn down.

Pure: reads text and the profile only."""

from __future__ import annotations

import re

from kindly.model import Intent, Message, Understanding
from kindly.profile import Profile

# What the user may offer to take part in, singular or plural.
_OFFERING = (
    r"(?:workshop|course|class|masterclass|master class|bootcamp|boot camp|retreat|seminar|webinar|cohort|"
    r"program|programme|lesson|training|intensive|mini[- ]session|clinic)"
)
_OFFERING_WORD = re.compile(rf"\b{_OFFERING}(?:e?s)?\b", re.IGNORECASE)
# The sender's offering named as the user's ("your next Light & Lens workshop", "your natural-light class") or as
# one to come ("the next workshop", "your upcoming course"): a few words may stand between.
_ONE_OF_YOURS = re.compile(
    rf"\b(?:your|the\s+next|the\s+upcoming)\s+(?:[\w&'-]+\s+){{0,4}}?(?P<what>{_OFFERING})(?:e?s)?\b",
    re.IGNORECASE,
)
# ...asked about as one who would join: when, what it costs, how to sign up, whether a place is left.
_AS_A_STUDENT = re.compile(
    r"\b(?:when|how much|cost|costs|price|pricing|fee|fees|tuition|sign(?:ing)? up|register|registration|enrol+"
    r"|enroll|join|book|spots?|places?|seats?|dates?|next one|upcoming|schedule)\b",
    re.IGNORECASE,
)
# Read as these, the question about the user's offering is misread: advice asked, a coffee, a call (or a pitch whose
# purpose the model could not read).
_MISREAD_AS = frozenset({Intent.MENTORSHIP_REQUEST, Intent.COFFEE_CHAT, Intent.WORK_MEETING})


def _offerings_of(profile: Profile) -> frozenset[str]:
    """The kinds of offering ("workshop", "class") the user's goals and saved answers name as their own."""
    said = [goal.description for goal in profile.goals]
    said += [target for goal in profile.goals for target in goal.targets]
    said += [word for answer in profile.answers for word in answer.about]
    said += [answer.answer for answer in profile.answers]
    return frozenset(_kind(found.group(0)) for text in said for found in _OFFERING_WORD.finditer(text))


def _kind(word: str) -> str:
    """An offering's word as one kind: "Workshops" and "workshop", "master class" and "masterclass"."""
    word = re.sub(r"[\s-]+", "", word.lower())
    for ending in ("es", "s"):
        if word.endswith(ending) and _OFFERING_WORD.fullmatch(word[: -len(ending)]):
            return word[: -len(ending)]
    return word


def own_offering_asked(text: str, profile: Profile) -> str:
    """The words in which the sender asks, as one who would join, about an offering of the user's own that a goal or
    saved answer names ("your next Light & Lens workshop"), or ""."""
    offerings = _offerings_of(profile)
    if not offerings:
        return ""
    for sentence in re.split(r"(?<=[.?!])\s+", " ".join(text[:20_000].split())):
        found = _ONE_OF_YOURS.search(sentence)
        if found is None or _kind(found.group("what")) not in offerings:
            continue
        if "?" in sentence and _AS_A_STUDENT.search(sentence):
            return found.group(0)
    return ""


def with_own_offering_asked(
    understanding: Understanding, profile: Profile, message: Message
) -> Understanding:
    """A question about the user's own workshop or course, read as advice asked or a coffee: a client's enquiry."""
    unsure_pitch = understanding.intent is Intent.SALES_PITCH and not understanding.purpose_clear
    if understanding.intent not in _MISREAD_AS and not unsure_pitch:
        return understanding
    said = own_offering_asked(f"{message.subject}\n{message.own_text}", profile)
    if not said:
        return understanding
    return understanding.read_as(
        Intent.CLIENT_INQUIRY,
        f'client_inquiry: they ask about your own offering ("{said}") as one who would take it, not for advice',
    )
