"""An offer to buy the user's own business, and the kind of buyer a never-rule names: "selling my practice to a
corporate consolidator" rules out a group that buys up clinics ("we partner with independent clinics ... a
valuation of the practice", "12x EBITDA, cash at close"), not a young vet who hopes to buy in one day, nor a
client's question about what things cost. A bare "acquisition" is not such an offer: "customer acquisition",
"talent acquisition" and "user acquisition costs" buy no business."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# The user's own business, as a rule or a buyer names it.
_OWN_BUSINESS = (
    r"(?:practice|clinic|hospital|business|firm|company|agency|studio|shop|salon|restaurant|pharmacy)"
)
_SUCH_BUSINESSES = r"(?:practices|clinics|hospitals|businesses|firms|companies|agencies|studios|shops|salons|restaurants|pharmacies)"

# A rule's words for selling it: "selling my practice", "the sale of my clinic", "acquisition offers".
SALE_IN_A_RULE = re.compile(
    rf"\b(?:sell(?:ing)?|sale of)\s+(?:my|our|the)\s+(?:own\s+)?{_OWN_BUSINESS}\b|\b(?:acquisition|buyout) offers?\b",
    _F,
)
# An acquisition the sender proposes ("discuss an acquisition", "a potential acquisition", "acquisition of your
# clinic", "an acquisition offer"), never what a word before it acquires ("customer acquisition", "talent
# acquisition", "land acquisition"), which has no article of its own.
_AN_ACQUISITION = (
    r"(?:an|potential|possible|proposed|strategic|friendly|outright|full)\s+acquisition(?!\s+(?:costs?|channels?|"
    r"funnels?|strateg\w*|teams?|managers?|specialists?|editors?|rates?|metrics?))|"
    rf"acquisition\s+(?:of\s+(?:your|the)\s+{_OWN_BUSINESS}|offers?|proposals?|opportunit(?:y|ies)|interest|terms|talks)"
)
# A message's: an offer for it, its valuation or sale, or a buyer's terms ("cash at close", "12x EBITDA").
SALE_IN_A_MESSAGE = re.compile(
    rf"\b(?:acquir(?:e|ing)\s+(?:your|the)\s+{_OWN_BUSINESS}|{_AN_ACQUISITION}|"
    # a consolidator's own words: "acquiring independent P&C agencies", "we acquire practices like yours"
    rf"acquir(?:e|ing)\s+(?:[\w&-]+\s+){{0,3}}?{_SUCH_BUSINESSES}|(?:buy|buying|purchase|purchasing)\s+"
    rf"(?:your|the)\s+{_OWN_BUSINESS}|(?:offer|bid)\s+(?:for|on)\s+(?:your|the)\s+{_OWN_BUSINESS}|"
    rf"valuation\s+of\s+(?:your|the)\s+{_OWN_BUSINESS}|(?:sell(?:ing)?|sale\s+of)\s+your\s+{_OWN_BUSINESS}|"
    rf"your\s+{_OWN_BUSINESS}\s+for\s+(?:a\s+)?sale|ebitda|cash\s+at\s+clos(?:e|ing))\b",
    _F,
)

# A rule's buyer that buys up businesses: "a corporate consolidator", "private equity", "a chain".
CONSOLIDATOR_IN_A_RULE = re.compile(
    r"\b(?:(?:corporate\s+)?consolidators?|corporate\s+(?:chains?|buyers?|groups?)|private[- ]equity(?:\s+\w+)?)\b",
    _F,
)
# ...as such a buyer shows itself: its terms and its roll-up ("we partner with independent clinics", "you keep
# your name and your team", "a family of 40 hospitals", "Apex PetCare Acquisitions", "our Q1 acquisitions list";
# not a "talent acquisitions team" nor an "acquisitions editor").
CONSOLIDATOR_IN_A_MESSAGE = re.compile(
    rf"\b(?:ebitda|private[- ]equity|pe[- ]backed|consolidators?|(?-i:[A-Z]\w*\s+Acquisitions)|"
    r"(?:our|recent|\d+)\s+(?!(?:talent|customer|user|client|patient|land|data)\b)(?:[\w-]+\s+)?acquisitions"
    r"(?!\s+editors?)|mergers\s+(?:and|&)\s+acquisitions|portfolio\s+(?:of|companies)|"
    rf"(?:family|network|group)\s+of\s+(?:\d+\s+)?(?:[\w-]+\s+)?{_SUCH_BUSINESSES}|"
    rf"partner(?:s|ing)?\s+with\s+(?:[\w-]+\s+){{0,3}}?independent\s+{_SUCH_BUSINESSES}|"
    r"(?:keep|retain)\s+your\s+(?:name|brand|team|staff)|clinical\s+autonomy)\b",
    _F,
)
