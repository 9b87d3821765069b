"""A swap of audiences offered by an account far smaller than the user's: "We're a tiny budgeting page with 3K
followers - want to do a shout-out swap?" to a creator whose profile says she has 180k followers. A swap trades
one audience for another; a page a fiftieth of the user's size gives hers almost nothing back, so it is not the
amplification a campaign goal means, however close the topic. Read only where the sizes are known: the user's from
their own profile (an answer or a goal that says "410k subscribers"), the sender's from the message, or the sender
saying the gap itself ("I know you're way bigger than me"). A swap between peers of a size stays the user's call."""

from __future__ import annotations

import re

from kindly.profile import Profile

_F = re.IGNORECASE

AUDIENCE_GAP = "audience_gap"  # the reason code of a no to such a swap

# An audience traded for an audience: "a shout-out swap", "shout for shout", "S4S", "you shout me out and I'll shout
# you out", "a promo swap", "cross-promote", "follow for follow".
_SWAP = re.compile(
    r"\b(?:shout[- ]?outs?|promos?|posts?|stories|story|features?|mentions?|newsletters?|recommendations?)\s+(?:swaps?|"
    r"exchanges?|trades?)\b|\bswap\s+(?:shout[- ]?outs?|promos?|posts?|stories|features?|mentions?)\b|"
    r"\bshout(?:[- ]?out)?\s+(?:for|4)\s+shout(?:[- ]?out)?\b|\bs4s\b|\bf4f\b|\bfollow\s+(?:for|4)\s+follow\b|"
    r"\bcross[- ]?promo(?:te|tion|ting)?s?\b|\bshout\s+(?:me|us)\s+out\b[^.!?\n]{0,80}?\bshout\s+(?:you|u)\s+out\b|"
    r"\bshout\s+each\s+other\s+out\b",
    _F,
)
# An audience counted: "3K followers", "(1.2k followers)", "12,000 subscribers", "1.5M subs".
_COUNT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?([km])?\s+(?:[\w-]+\s+)?(?:followers|subscribers|subs|"
    r"listeners|readers|viewers)\b",
    _F,
)
# The sender saying the gap: "I know you're way bigger than me", "we're tiny compared to you".
_SAYS_THE_GAP = re.compile(
    r"\byou(?:'re|’re| are)\s+(?:so\s+|way\s+|much\s+|a\s+lot\s+|far\s+)+(?:bigger|larger)\b|"
    r"\b(?:i'm|i’m|i am|we're|we’re|we are)\s+(?:\w+\s+){0,2}?(?:smaller|tiny|small)\s+(?:compared\s+(?:to|with)|"
    r"next\s+to|than)\s+(?:you|yours)\b",
    _F,
)
FAR_SMALLER = (
    10  # how many times the user's audience outnumbers the sender's before a swap gives hers nothing back
)


def swap_named(text: str) -> str:
    """The swap a message offers, as a noun ("shout-out swap", "promo swap", "cross-promotion"); "" where none."""
    return _swap_in(" ".join(text[:20_000].split()))


def _swap_in(flat: str) -> str:
    """swap_named of a text already joined onto one line."""
    found = _SWAP.search(flat)
    if found is None:
        return ""
    said = found.group(0).lower()
    first = said.split()[0]
    if first.startswith("shout") or first == "s4s":
        return "shout-out swap"
    if first.startswith("cross"):
        return "cross-promotion"
    if first in ("follow", "f4f"):
        return "follow-for-follow"
    words = [_singular(word) for word in said.split()]
    if first == "swap":
        return f"{words[-1]} swap"
    return " ".join(words)  # "a story swap", "a feature exchange": one of each, as "a ... swap" says


def _singular(word: str) -> str:
    """One of what a swap trades: "stories" is "story", "posts" "post", "exchanges" "exchange"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counts(text: str) -> list[float]:
    """Every audience a text counts, as numbers: "3K followers" is 3000."""
    scale = {"k": 1_000, "m": 1_000_000}
    return [
        float(found.group(1).replace(",", ""))
        * scale.get(found.group(2).lower() if found.group(2) else "", 1)
        for found in _COUNT.finditer(text)
    ]


def users_audience(profile: Profile) -> float | None:
    """The user's smallest audience their own profile counts (an answer, a goal), None where it counts none."""
    said = [answer.answer for answer in profile.answers] + [goal.description for goal in profile.goals]
    counts = [count for text in said for count in _counts(text)]
    return min(counts) if counts else None


def far_smaller_swap(profile: Profile, text: str) -> str | None:
    """Why a swap of audiences is one-sided ("3K followers" against your 180k), or None where it offers no swap
    or no gap is known."""
    flat = " ".join(text[:20_000].split())
    swap = _swap_in(flat)
    if not swap:
        return None
    said = _SAYS_THE_GAP.search(flat)
    if said is not None:
        return f'a {swap} offered by an account that says it is far smaller ("{said.group(0)}")'
    theirs, yours = _counts(flat), users_audience(profile)
    if not theirs or yours is None or min(theirs) * FAR_SMALLER > yours:
        return None
    return f"a {swap} from an account of {_short(min(theirs))} against your {_short(yours)}"


def _short(count: float) -> str:
    """An audience as people write it: 3000 as "3k", 180000 as "180k", 1500000 as "1.5M", 12345 as "12.3k"."""
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if count >= size:
            return f"{round(count / size, 1):g}{suffix}"
    return f"{count:g}"
