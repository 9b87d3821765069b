"""A consult brokered for a third party's client: an expert network's call ("One of our clients, an investment
firm, is looking to speak with experts on ... a 60-minute phone consultation ... we compensate experts at
$250/hour"). It is no job and no recruiter's call: it is weighed as the consult it is."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# How a broker of experts names itself or its trade: "a small expert network", "our expert roster", "we connect
# experts with investors", "clients typically compensate experts at $250/hour".
EXPERT_BROKER = re.compile(
    r"\bexpert[- ](?:networks?|rosters?|panels?|calls?|consultations?|interviews?)\b|"
    r"\bnetwork of (?:[\w-]+ ){0,2}(?:experts|specialists|advisors|advisers)\b|"
    r"\b(?:compensate|compensates|compensated|pay|pays|paid|connect|connects|match|matches) (?:our |its |industry |"
    r"subject[- ]matter )?experts\b|"
    r"\b(?:speak|talk|consult|speaking|talking) (?:with|to) (?:[\w-]+ ){0,2}experts\b|"
    # ...or one that names no experts: "One of our clients ... would like to speak with you for a paid 45-minute
    # call, compensated at $350/hour" (the client and the hourly pay in one sentence)
    r"\b(?:one of our clients|a client of ours)\b(?=[^.?!\n]{0,200}?(?:\bper\s+hour\b|/\s?(?:hour|hr)\b|\bhourly\b))",
    _F,
)
# ...and the client the call is for, or the consult itself: "one of our clients", "a client of ours", "a 60-minute
# phone consultation", "an hourly rate", "a short compliance tutorial".
_FOR_A_CLIENT = re.compile(
    r"\b(?:one of our clients|our clients?|a client of ours|on behalf of (?:a|our) client|"
    r"consultations?|consulting (?:calls?|sessions?)|scoping calls?|hourly rate|per hour|/\s?(?:hour|hr)\b|"
    r"compliance (?:training|tutorial|module|questions?))",
    _F,
)
# A role offered: a consultancy hiring, a recruiter's client hiring, is a job, not a consult.
_A_ROLE_OFFERED = re.compile(
    r"\b(?:hiring|we'?re hiring|job description|open (?:role|position)s?|(?:full|part)[- ]time (?:role|position|job)|"
    r"salary|vacanc(?:y|ies)|join (?:our|the) team|(?:the|this|a) (?:role|position) (?:is|would|involves))\b",
    _F,
)


def brokered_consult(text: str) -> str:
    """The words that show a consult brokered for a third party's client (an expert network's call), or ""
    where the message shows none, or offers a role instead."""
    broker = EXPERT_BROKER.search(text)
    if broker is None or _A_ROLE_OFFERED.search(text):
        return ""
    client = _FOR_A_CLIENT.search(text)
    return f"{broker.group(0)} ... {client.group(0)}" if client else ""
