"""The user's own field, said in a pitch: an insurance broker's mail is full of "insurance" (a prospect's quote, a
realtor's referral group, a carrier's lunch), and none of it sells them the insurance they buy for themselves
("errors and omissions insurance"). A trade's word that the user's own goals use says what they do, so it alone
names no provider of theirs whose category adds words the message does not say."""

from __future__ import annotations

from kindly.decide.words import content_stems
from kindly.profile import Profile


def own_field_stems(profile: Profile) -> frozenset[str]:
    """The stems of the words the user's goals say their work in: descriptions and targets of every goal."""
    return frozenset(
        stem
        for goal in profile.goals
        for text in (goal.description, *goal.targets)
        for stem in content_stems(text)
    )


def only_own_field_said(profile: Profile, phrase: str, provider_category: str, text: str) -> bool:
    """Whether a pitch names a provider's trade only by the user's own field: the phrase that named it ("insurance")
    is all words of the user's goals, and the words the provider's category adds ("errors", "omissions") are not
    in the message. "E&O coverage" or "errors and omissions" still names the provider."""
    said = set(content_stems(phrase))
    if not said or not said <= own_field_stems(profile):
        return False
    narrower = set(content_stems(provider_category)) - said
    return bool(narrower) and narrower.isdisjoint(content_stems(text))
