"""A tradesperson offering their trade to a user whose goal seeks that trade: "Licensed plumber looking for GC
partners ... Master Plumber", "we're looking to partner with one or two residential GCs". The model may read it as
a client's enquiry (it speaks of kitchens and basements); it is a partner offering to work for the user, which a
goal such as "Find reliable licensed plumbing subcontractors" (a target "licensed plumber" named) is for."""

from __future__ import annotations

import re

from kindly.decide.words import stem
from kindly.decide.work_offered_to_you import work_offered
from kindly.forwarded import forwarded_part
from kindly.model import Intent, Message, Understanding
from kindly.profile import Goal, GoalKind, Profile

# An offer to work with or for the user: "looking to partner with one or two residential GCs", "looking for GC
# partners", "we'd love to team up with". Not "looking to work with a GC", which a homeowner says too.
_OFFERS_TO_PARTNER = re.compile(
    r"\b(?:looking|hoping|want(?:ing)?|keen|eager)\s+to\s+(?:partner|team\s+up)\s+with\b"
    r"|\blooking\s+for\s+(?:[\w-]+\s+){0,2}?partners\b"
    # "looking to do more remodel work with good GCs": the work done by the sender, for the builders they name
    r"|\b(?:looking|hoping|want(?:ing)?|keen|eager)\s+to\s+(?:do|take\s+on|pick\s+up)\s+(?:more\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,2}?work\s+(?:with|for)\b"
    r"|\b(?:we(?:'d|\s+would)|i(?:'d|\s+would))\s+(?:love|like)\s+to\s+(?:partner|team\s+up|sub)\s+(?:with|for)\s+you\b",
    re.IGNORECASE,
)
# ...which a client asking for the trade does not: "we need a licensed plumber", "looking for a plumber" (not the
# offer "if you need a plumber on your basement jobs").
_ASKS_FOR_THE_TRADE = re.compile(
    r"(?<!\bif you )(?<!\bif you ever )\b(?:need|needs|looking\s+for|recommend)\s+(?:an?|one|another)\s+",
    re.IGNORECASE,
)


def _trade_named(target: str, joined: str) -> re.Match[str] | None:
    """Where a message names a goal's target ("master plumber"), or its trade in a plain form: "a plumber",
    "Ortega Plumbing" (the root its last word shares: "plumb"), "electrical" of "licensed electrician"."""
    named = re.search(rf"\b{re.escape(target)}s?\b", joined, re.IGNORECASE)
    if named is not None:
        return named
    trade = target.split()[-1].lower() if target.split() else ""
    root = min(stem(trade), trade[: max(5, len(trade) - 3)], key=len)
    return re.search(rf"\b{re.escape(root)}\w*", joined, re.IGNORECASE) if len(root) >= 5 else None


def _offer_said(joined: str) -> str:
    """The words that offer a trade, in a text already joined onto one line."""
    found = _OFFERS_TO_PARTNER.search(joined)
    return found.group(0) if found else work_offered(joined)


def trade_offered(goal: Goal, text: str) -> str:
    """How a message offers the user the trade a goal seeks ('"licensed plumber", "looking for GC partners"'), or
    "". Only a goal in the user's own words names a trade to work with ("Find reliable licensed plumbing
    subcontractors"); one of finding clients or peers is not served by a seller of a trade it names."""
    if goal.kind is not GoalKind.CUSTOM:
        return ""
    joined = " ".join(text[:20_000].split())
    offer = _offer_said(joined)
    if not offer:
        return ""
    for target in goal.targets:
        named = _trade_named(target, joined)
        if named is None:
            continue
        # "we need a licensed plumber" names the trade as wanted, not as offered
        if _ASKS_FOR_THE_TRADE.search(joined[max(0, named.start() - 20) : named.start()]):
            continue
        return f'"{named.group(0)}", "{offer}"'
    return ""


def with_trade_offered(understanding: Understanding, profile: Profile, message: Message) -> Understanding:
    """A tradesperson's offer read by the model as a client's enquiry: a partner offering their trade, where a goal
    seeks it (the goal's fit then weighs it as the trade it seeks)."""
    if understanding.intent is not Intent.CLIENT_INQUIRY:
        return understanding
    text = f"{message.subject}\n{message.own_text}\n{forwarded_part(message)}"
    offered = next((said for goal in profile.goals if (said := trade_offered(goal, text))), "")
    if not offered:
        return understanding
    why = f"partnership_proposal: a tradesperson offers you their trade ({offered}), not a client's enquiry"
    return understanding.read_as(Intent.PARTNERSHIP_PROPOSAL, why)
