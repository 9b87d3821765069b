"""A seller who rewards the user for sending their own clients its way ("Agents who recommend us to their authors
get a free launch audit", "a $200 credit for every client you refer"): its pitch buys the user's word, so a no
promises to point nobody their way - where a seller who rewards nothing may really be passed on."""

from __future__ import annotations

import re

# "(agents) who recommend us ... get", "refer your clients to us and earn", "introduce us to your members and
# receive": bounded gaps, so the pattern stays linear over a sender's text
_REFERS = (
    r"(?:recommend|refer|introduce)s?\s+(?:us|them|(?:your|their)\s+(?:clients|authors|customers|members|"
    r"patients|students|families|couples|readers)(?:\s+to\s+us)?)"
)
_REWARDED = re.compile(
    # "(agents) who recommend us to their authors get", "refer your clients to us and earn": the one who refers
    # is rewarded ("many agents recommend us because we get results" rewards nobody)
    rf"\bwho\s+{_REFERS}\b[^.!?\n]{{0,60}}?(?<!we )(?<!they )\b(?:get|earn|receive|enjoy|unlock)s?\b"
    rf"|\b{_REFERS}\s+(?:[\w'-]+\s+){{0,3}}?and\s+(?:get|earn|receive|enjoy|unlock)\b"
    # "$200 for every client you refer", "12% on each author they send us"
    r"|\b(?:for|per|on)\s+(?:each|every)\s+(?:author|client|customer|member|patient|student|family|couple|reader|"
    r"referral)s?\s+(?:you|they)\s+(?:send|refer|recommend|introduce)\b",
    re.IGNORECASE,
)


def rewards_referrals(text: str) -> bool:
    """Whether a pitch rewards the user for recommending it to their own people."""
    return _REWARDED.search(" ".join(text.split())) is not None
