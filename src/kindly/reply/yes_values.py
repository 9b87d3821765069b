"""The values of a yes that carries its own sentence: a reference, a donation. No event's day, no introduction,
no deadline of a call for proposals, no later time, no answers from the profile."""

from __future__ import annotations


def plain_yes(ask: str, yes: str) -> dict[str, object]:
    """accept.j2's values for a yes said in one sentence of its own (`yes`) to `ask`."""
    return {
        "ask": ask,
        "yes": yes,
        "event_when": "",
        "introduced": "",
        "rfp_due": "",
        "rfp_returned": "",
        "later": False,
        "answers": [],
    }
