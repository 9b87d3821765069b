"""A yes to a request to shadow the user at work ("the chance to shadow at Cedar Hollow over winter break"): a
placement whose days the student picks, with the user's own page on how shadowing works where they keep one - never
a call at the user's hours for meetings, nor thanks for "a request for advice" (kindly.reply.compose says it)."""

from __future__ import annotations

from kindly.decide.words import content_stems
from kindly.profile import Profile, Resource
from kindly.reply.decline_reason import asks_to_shadow

# What a page on shadowing is for, in its own words: "Shadowing at Cedar Hollow", "pre-vet students who want to shadow"
_SHADOWING_STEMS = frozenset(content_stems("shadow shadowing observership"))


def shadowing_yes(text: str, formal: bool) -> str:
    """The yes to a request to shadow in `text`, the days left to the student; "" where none is asked."""
    if not asks_to_shadow(text):
        return ""
    if formal:
        return "I would be glad to have you. Which days would suit you best?"
    return "I'd be glad to have you - which days would suit you best?"


def shadowing_page(profile: Profile) -> Resource | None:
    """The user's own page on how shadowing works with them, where one of their resources is about it."""
    return next(
        (
            page
            for page in profile.resources
            if page.link and not _SHADOWING_STEMS.isdisjoint(content_stems(f"{page.title} {page.helps}"))
        ),
        None,
    )
