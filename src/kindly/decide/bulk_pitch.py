"""A sales pitch sent in bulk: "I noticed your website isn't ranking for key search terms. Our team can get you to the
first page of Google in 30 days or your money back. Packages start at just $299/month. Reply YES for a free audit."
Its marks are a template's - a flaw "noticed" in the reader's site, a result guaranteed or the money back, a price
list, a keyword to reply with - and a reply of any kind only confirms the address. One mark alone is an ordinary
pitch ("Our agency will get you to the first page of Google with SEO. Book a demo!"), declined as one.

Pure: reads text only.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE

# The marks of a bulk sales mail, each a different one.
BULK_PITCH_MARKS: dict[str, re.Pattern[str]] = {
    "a flaw noticed in your site": re.compile(
        r"\b(?:noticed|saw|found|checked)\s+(?:that\s+)?your\s+(?:website|site|web\s?page|google\s+listing)\b",
        _F,
    ),
    "a result guaranteed": re.compile(
        r"\b(?:or\s+your\s+money\s+back|money[- ]back\s+guarantee|guaranteed?\s+(?:results|rankings?|traffic|"
        r"leads|sales))\b",
        _F,
    ),
    "a search ranking promised": re.compile(
        r"\b(?:first\s+page|page\s+(?:1|one)|top\s+(?:of|spot\s+on))\s+(?:of\s+|on\s+)?google\b", _F
    ),
    "a price list": re.compile(
        r"\b(?:packages?|plans?|prices?|pricing)\s+(?:start|starts|starting)\s+(?:at|from)\b", _F
    ),
    "a keyword to reply with": re.compile(
        r"\b(?:reply|respond|text|answer)\s+(?:with\s+)?[\"'“]?(?:yes|ok|interested|audit|info)\b[\"'”]?", _F
    ),
    "a free audit offered": re.compile(
        r"\bfree\s+(?:seo\s+|website\s+|site\s+|marketing\s+)?(?:audit|analysis)\b", _F
    ),
}
# How many different marks make a pitch a bulk one.
BULK_AT = 3


def bulk_pitch(text: str) -> tuple[str, ...]:
    """The marks of a bulk sales mail a pitch has, where it has at least BULK_AT of them; () otherwise."""
    joined = " ".join(text.split())
    marks = tuple(name for name, pattern in BULK_PITCH_MARKS.items() if pattern.search(joined))
    return marks if len(marks) >= BULK_AT else ()
