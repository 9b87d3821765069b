"""A conference's call for talks ("Call for Proposals now open", "our CFP closes Friday"): the guide's invitation
to present, read by the classifier, by the details (the stage proposed) and by triage (answered through its
own form)."""

from __future__ import annotations

import re

CALL_FOR_TALKS = re.compile(
    r"\b(?:call for (?:proposals|papers|speakers|talks|presenters|presentations|submissions|abstracts|sessions)|"
    # "CFP" the call, not "CFP Board CE credits" (a financial planner's letters)
    r"(?:the|our|this year'?s) cfp|cfp (?:closes|deadline|is (?:now )?open|now open|opens)|"
    # "lightning talk proposals open", "talk submissions are now open", "proposals for talks are open"
    r"(?:talk|session|speaker|presentation) (?:proposals|submissions) (?:are )?(?:now )?open|"
    r"(?:proposals|submissions) for (?:lightning )?(?:talks|sessions|presentations) (?:are )?(?:now )?open)\b",
    re.IGNORECASE,
)


def call_for_talks(subject: str, own: str) -> bool:
    """An event asks for talks to be proposed: the guide's invitation to present, not to attend."""
    return CALL_FOR_TALKS.search(f"{subject}\n{own}") is not None
