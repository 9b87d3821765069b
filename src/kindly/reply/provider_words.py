"""How a decline names the provider the user already has: a person ("Maria Chen, Northstar Wealth") is
"someone", a firm ("Health Assured", "ADP", "Calder Recruitment") "a provider"; and a thing an organisation has
("employee assistance programme", "pension scheme") is "our" one: "For our employee assistance programme, I
already work with a provider I'm very happy with" - never "For employee assistance programme". A tool is
used: "I already use payroll software I'm very happy with".

Pure: reads the profile's words only.
"""

from __future__ import annotations

import re

from kindly.decide.words import looks_like_person
from kindly.model import DecisionMark
from kindly.understand.people import names_a_place_or_organisation

# The last word of a firm's name: "Calder Recruitment", "Northstar Wealth", "Harbor IT".
_FIRM_WORD = re.compile(
    r"(?:recruitment|staffing|group|ltd|limited|inc|llc|plc|llp|partners|services|solutions|consulting|"
    r"associates|agency|payroll|insurance|assured|health|healthcare|care|hr|it|wealth|studio|media|digital|"
    r"systems|software|technologies|tech|labs?|bank|mutual|law|legal|accountants|advisers|advisors)\.?",
    re.IGNORECASE,
)
# What an organisation has rather than whom it hires: "our employee assistance programme", "our pension scheme".
_OURS = re.compile(
    r"\b(?:programmes?|programs?|scheme|plan|policy|platform|system|software|benefits?)$", re.I
)

# What the user uses rather than whom they work with: "payroll software", "an intraoral scanner", "cloud
# hosting".
_A_TOOL = re.compile(
    r"\b(?:software|apps?|platforms?|tools?|scanners?|hosting|crm|saas|erp|point of sale|pos system|"
    # software named for what it keeps: "reference manager", "password manager" (not a property manager)
    r"(?:reference|citation|bibliography|password|package|task|file|download) managers?)$",
    re.I,
)


def names_a_person(name: str) -> bool:
    """Whether a provider's name names a person ("Maria Chen, Northstar Wealth", "Harbor IT (Nate Osei)"), not
    only a firm ("Health Assured", "Calder Recruitment"); "Tom Ashby at Fenwick Press" is Tom Ashby."""
    for part in re.split(r"[,()]|\s+at\s+", name):
        words = part.split()
        if (
            2 <= len(words) <= 3
            and looks_like_person(part.strip())
            and not _FIRM_WORD.fullmatch(words[-1])
            and not any(names_a_place_or_organisation(word) for word in words)
        ):
            return True
    return False


def for_the_category(category: str) -> str:
    """ "our employee assistance programme" for what an organisation has; "" for a trade, said as it was."""
    return f"our {category.strip()}" if _OURS.search(category.strip()) else ""


def already_have(category: str, provider: str, with_article: str, *, named: bool = False) -> str:
    """The honest reason for a pitch of a service the user has: `with_article` is the category as said for a
    trade ("a speaking bureau", "financial planning"). The provider goes unnamed unless the user chose to name them
    (`named`, the profile's `name_providers`): "For a diagnostic lab, I already work with IDEXX Reference
    Laboratories and I'm very happy with them"."""
    tool = bool(_A_TOOL.search(category.strip()))
    if named and provider:
        if tool:
            return f"For {category.strip()}, I already use {provider} and I'm very happy with it, so I'm not looking to change."
        what = for_the_category(category) or with_article
        return f"For {what}, I already work with {provider} and I'm very happy with them, so I'm not looking to change."
    if tool:
        # a tool is used, not worked with: "I already use payroll software I'm very happy with" (never by its
        # name unless the user chose so: it is their own business, not a seller's lead)
        return f"I already use {with_article} I'm very happy with, so I'm not looking to change."
    what = for_the_category(category) or with_article
    who = "someone" if not provider or names_a_person(provider) else "a provider"
    return f"For {what}, I already work with {who} I'm very happy with, so I'm not looking to change."


# A never-rule that held on a price the user would pay ('"paid": "GBP 2,950"' of "paid-for awards") or on a
# seller's own event: a scheme the user turns down on principle, which no decline offers to pass on.
_BOUGHT_OR_SOLD = frozenset({DecisionMark.PAID_PLACE, DecisionMark.SELLERS_EVENT})


def bought_or_sold(marks: frozenset[DecisionMark]) -> bool:
    """Whether a never-rule's decline (its marks) shows a place the user would pay for, or a seller's own event."""
    return bool(marks & _BOUGHT_OR_SOLD)
