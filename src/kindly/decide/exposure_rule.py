"""What a rule against work "for exposure" does not catch: a request to pick the user's brain. Such a rule is about
work given away for a promised audience ("we'd tag you in everything and it'd be great exposure"); a stranger's
"I'd love to pick your brain sometime" promises no audience and asks for no work, so it is weighed as the coffee it
is (asked what it is about). A rule against unpaid advice or free calls still catches it: it names no exposure."""

from __future__ import annotations

import re
from collections.abc import Sequence

_NAMES_EXPOSURE = re.compile(r"\bexposure\b", re.IGNORECASE)
# the evidence the unpaid idea gives for a brain to pick (kindly.decide.rules: CONCEPTS["unpaid"])
_ADVICE_ASKED = re.compile(r'unpaid: "pick your brain"', re.IGNORECASE)


def advice_is_no_exposure(rule: str, evidence: Sequence[str]) -> bool:
    """Whether `rule` names exposure and all its `evidence` is a brain to pick: no hit."""
    return (
        bool(evidence)
        and _NAMES_EXPOSURE.search(rule) is not None
        and all(_ADVICE_ASKED.fullmatch(note) for note in evidence)
    )
