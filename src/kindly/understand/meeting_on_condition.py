"""A meeting offered once confidentiality is signed: "Before we hop on an intro call, please sign the attached NDA",
"We'll need you to sign our NDA before we can schedule a first call", "Once you've signed the NDA, let's set up a
call", "I'd like to walk you through it on a call, but please sign our NDA first". The model may read the NDA asked for as all there is (nothing asked to meet), yet the sender proposes a call
about a project of their own they will not tell before it: a prospective client's call, with the NDA asked first
(which a rule such as "never sign NDAs before a first call" speaks to). Only a confidentiality agreement says so:
a form or an agenda before a call is no project brought to the user.

Pure: reads text only.
"""

from __future__ import annotations

import re

# the meeting the sender proposes: "an intro call", "a first call", "a quick Zoom", "our kickoff meeting"
_MEETING = (
    r"(?:(?:a|an|the|our|your|any|that)\s+)?(?:(?:quick|short|brief|first|initial|intro|introductory|discovery|"
    r"kick-?off|follow-up|exploratory)\s+){0,2}(?:call|meeting|chat|conversation|zoom|video\s+call|catch-?up)"
)
# ...as "we" would have it: "we hop on", "we can schedule", "we set up", "we speak", "we meet"
_WE_MEET = (
    rf"we\s+(?:can\s+|could\s+|will\s+|'ll\s+)?(?:(?:hop|jump|get)\s+on|schedule|set\s+up|book|arrange|have|do|"
    rf"line\s+up)\s+{_MEETING}|we\s+(?:can\s+|could\s+)?(?:talk|speak|meet|chat)\b"
)
# the thing asked first: a confidentiality agreement signed or returned
_SIGN_FIRST = (
    r"(?:sign|countersign|e-?sign|return|complete|fill\s+(?:in|out)|send\s+(?:back|over))\b[^.?!\n]{0,60}?"
    r"\b(?:ndas?|non-?disclosure|confidentiality)\b"
)
# the sender asking it of the user: "please", "could you", "we'll need you to"
_ASKS_YOU = (
    r"(?:please|could\s+you|can\s+you|would\s+you|we(?:'ll|\s+will|'d|\s+would)?\s+need\s+you\s+to|you(?:'ll|\s+will)"
    r"\s+need\s+to|i\s+need\s+you\s+to)"
)
_ON_CONDITION = re.compile(
    # "Before we hop on an intro call, please sign the attached NDA"
    rf"\b(?:before|ahead\s+of\s+(?:our|the|a|an))\s+(?:{_WE_MEET}|{_MEETING})\b[^.?!\n]{{0,40}}?"
    rf"{_ASKS_YOU}\s+(?:\w+\s+){{0,2}}?{_SIGN_FIRST}"
    # "We'll need you to sign our mutual NDA via DocuSign before we can schedule a first call"
    rf"|\b{_SIGN_FIRST}\b[^.?!\n]{{0,60}}?\b(?:before|prior\s+to|ahead\s+of)\s+(?:{_WE_MEET}|{_MEETING})"
    # "Once you've signed the NDA, we can set up a call"
    rf"|\b(?:once|after|as\s+soon\s+as)\s+(?:you(?:'ve|\s+have)?|it'?s|it\s+is|that'?s|the)\s+[^.?!\n]{{0,40}}?"
    rf"\b(?:ndas?|non-?disclosure|confidentiality)\b[^.?!\n]{{0,40}}?,?\s*(?:{_WE_MEET}|"
    rf"let'?s\s+(?:set\s+up|schedule|book|have|hop\s+on|jump\s+on)\s+{_MEETING})"
    # "I'd like to walk you through it on a call, but please sign our NDA first"
    rf"|\b(?:{_WE_MEET}|(?:on|over|in)\s+{_MEETING}|{_MEETING})\b[^.?!\n;]{{0,40}}?,?\s*(?:but|and|so)?\s*{_ASKS_YOU}"
    rf"\s+(?:\w+\s+){{0,2}}?{_SIGN_FIRST}(?:\s+agreement)?\s+first\b(?!\s+thing)"
    # "Please sign our NDA first, then we can hop on a call"
    rf"|\b{_SIGN_FIRST}(?:\s+agreement)?\s+first\b(?!\s+thing)[^.?!\n]{{0,30}}?\b(?:then|after\s+that|afterwards)\b,?\s*"
    rf"(?:{_WE_MEET}|let'?s\s+(?:set\s+up|schedule|book|have|hop\s+on|jump\s+on)\s+{_MEETING}|{_MEETING})",
    re.IGNORECASE,
)


# what every match above names, looked for first ("nda" alone is in "Monday" and "agenda")
_AGREEMENT_NAMED = re.compile(r"\bndas?\b|disclosure|confidentiality", re.IGNORECASE)


def meeting_on_condition(own: str) -> str:
    """The sentence that offers a meeting once an NDA is signed or returned first, else ""."""
    if not _AGREEMENT_NAMED.search(own):
        return ""  # every match names the agreement: most mail is let go without the costly search
    found = _ON_CONDITION.search(" ".join(own.split()))
    return found.group(0) if found else ""
