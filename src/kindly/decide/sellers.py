"""Who sells for a living, by the title they sign with: one pattern for every place that asks (a seller's event,
a seller's customer research, a seller asking to be introduced inside the user's own organisation).

A seller's title ("Enterprise Account Director", "Head of Sales", "VP of Sales", "Sales Development
Representative", "Solutions Engineer") is a seller's wherever it appears. A business-development, partnerships
or growth title is not always one: a chamber, a university or a charity has those too, so each place that
counts them says so, and why.

Pure: patterns only.
"""

from __future__ import annotations

# A seller's title, as a regular expression's alternatives (no word boundaries: the caller adds them).
SALES_TITLE = (
    r"account (?:director|executive|manager)|"
    r"(?:head of |(?:vp|vice president),? (?:of )?|director of )sales|"
    r"sales (?:director|manager|executive|lead|representative|rep|development)|"
    r"solutions? (?:consultant|engineer|specialist)"
)

# A growth title: a start-up's as often as a seller's, and a chamber's or a charity's too.
GROWTH_TITLE = r"head of growth|growth (?:manager|lead)"
