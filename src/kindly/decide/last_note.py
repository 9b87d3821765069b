"""A seller's or a recruiter's last note in a sequence ("I'll close your file for now", "I won't reach out again",
"should I stop reaching out?"): it tells the reader the outreach ends and asks nothing they need to answer."""

from __future__ import annotations

import re

from kindly.understand.questions import questions

_I_WILL = r"(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to)\s+(?:go\s+ahead\s+and\s+|just\s+)?"
_STOP = (
    r"(?:stop\s+(?:reaching\s+out|emailing(?:\s+you)?|writing(?:\s+to\s+you)?|following\s+up|bugging\s+you|"
    r"contacting\s+you|pinging\s+you)|"
    r"close\s+(?:out\s+)?(?:your|the|this)\s+(?:file|loop|record|account|ticket)|close\s+the\s+loop|"
    r"take\s+you\s+off\s+(?:my|our)\s+(?:list|sequence|radar)|remove\s+you\s+from\s+(?:my|our)\s+"
    r"(?:list|sequence|outreach|cadence)|leave\s+you\s+(?:alone|be)|"
    r"assume\s+(?:that\s+)?(?:the\s+)?timing\s+(?:isn't|is\s+not|wasn't)\s+right|"
    r"assume\s+(?:that\s+)?(?:you're|you\s+are|you\s+aren't)\s+not\s+interested|"
    r"assume\s+(?:that\s+)?(?:this|it)\s+(?:isn't|is\s+not)\s+(?:a\s+)?(?:priority|a\s+fit|the\s+right\s+time))"
)
_LAST_WORD = re.compile(
    rf"\b{_I_WILL}{_STOP}|"
    r"\bi\s+(?:won'?t|will\s+not)\s+(?:reach\s+out|e-?mail\s+you|write|follow\s+up|bother\s+you|contact\s+you|"
    r"be\s+in\s+touch)(?:\s+(?:again|any\s*more|further))?\b|"
    r"\b(?:this|that)\s+(?:is|will\s+be)\s+my\s+(?:last|final)\s+(?:e-?mail|note|message|attempt|follow-?up|"
    r"try)\b|"
    r"\bshould\s+i\s+(?:stop\s+(?:reaching\s+out|emailing|following\s+up|writing)|close\s+(?:your|the)\s+file|"
    r"give\s+up|take\s+you\s+off)",
    re.IGNORECASE,
)
# What a question still asks, beside the outreach ending: a meeting, a time, someone else to write to.
_STILL_ASKS = re.compile(
    r"\b(?:call|chat|meet\w*|demo|minutes|coffee|time|times|slot|someone\s+else|who\b|whom|right\s+person|"
    r"point\s+me|interested\s+in)",
    re.IGNORECASE,
)


def last_note(text: str) -> str:
    """The words by which a seller's or a recruiter's note ends the outreach ("I'll close your file for now"),
    where it asks nothing else of the reader; "" otherwise ("Before I close your file - worth a quick call next
    week?" still asks for the call)."""
    joined = " ".join(text[:20_000].split())
    found = _LAST_WORD.search(joined)
    if found is None:
        return ""
    for asked in questions(joined):
        if _LAST_WORD.search(asked) and not _STILL_ASKS.search(_LAST_WORD.sub("", asked)):
            continue  # "Should I stop reaching out?" needs no answer
        return ""
    return found.group(0)
