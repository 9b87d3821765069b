"""A prospective funder courting the user: a goal of corporate partners or donors ("Corporate partners and major
donors: relationships with companies and philanthropists that lead to giving") is found where a company's giving
side reaches out - "our new head of philanthropy is keen to learn more about your work", "an evening to thank our
community partners". The company asks nothing of the user's money; it wants to know the work it might fund."""

from __future__ import annotations

import re

from kindly.decide.words import SENTENCE
from kindly.profile import Goal, GoalKind

_F = re.IGNORECASE

# A goal that seeks funders or partners who give: "corporate partners", "corporate giving", "major donors",
# "foundations", "philanthropists", "funders", "CSR" - not clients who buy the user's work.
_SEEKS_FUNDERS = re.compile(
    r"\b(?:corporate (?:partners?|partnerships?|giving|sponsors?|donors?|philanthropy)|(?:major |individual )?donors?"
    r"|funders?|philanthropists?|grant ?makers?|community investment|csr|giving partners?)\b",
    _F,
)

# The company's giving side, as the sender writes of it: "our new head of philanthropy", "our community
# investment team", "our foundation", "our community partners"; a role of their own company ("our"), never the
# sender's past ("I was head of corporate giving at ...").
_GIVING = (
    r"(?:philanthropy|corporate (?:giving|philanthropy|(?:social )?responsibility|citizenship)|csr|social impact"
    r"|community (?:investment|relations|giving|impact|affairs|engagement))"
)
# A gift, as a giver speaks of it: "a significant gift", "a donation", "a legacy pledge"
_A_GIFT = r"(?:a |an )?(?:significant |major |large |sizeable |generous |leadership |legacy )?(?:gift|donation|pledge|bequest)\b"
_FUNDER_SIDE = re.compile(
    rf"\bour (?:new |incoming )?(?:head|director|vp|vice president|manager|lead|officer|chief) (?:of|for) {_GIVING}\b"
    rf"|\bour (?:new )?{_GIVING} (?:team|committee|lead|head|director|manager|officer|group)\b"
    r"|\bour (?:corporate |company's |bank's )?(?:charitable )?foundation\b"
    r"|\b(?:thank|celebrate|honou?r|recogni[sz]e|welcome) (?:all )?(?:of )?our (?:community|nonprofit|charity|charitable) "
    r"partners\b"
    # a family's giving, or a gift it weighs: "our family foundation", "considering a significant gift"
    r"|\bour family(?:'s)? (?:foundation|office|trust)\b"
    rf"|\b(?:considering|planning|thinking about|would like to make|hope to make) {_A_GIFT}",
    _F,
)


# A gift the writer weighs themselves: "our family foundation is considering a significant gift", "we would like
# to make a donation" (not "would you consider a gift?", which asks the reader for one).
_GIFT_WEIGHED = re.compile(
    r"\b(?:is|are|am|we're|i'm)\s+(?:now\s+)?(?:considering|planning|thinking about|weighing)\s+(?:making\s+)?"
    r"|\b(?:we|i)\s+(?:would like|hope|plan|intend|want)\s+to\s+(?:make|give)\s+",
    _F,
)
_GIFT = re.compile(_A_GIFT, _F)


def gift_offered(text: str) -> bool:
    """Whether the writer speaks of a gift they weigh giving (see _GIFT_WEIGHED), for a reply that thanks them for
    it rather than for an enquiry."""
    flat = " ".join(text[:20_000].split())
    return any(_GIFT.match(flat, found.end()) for found in _GIFT_WEIGHED.finditer(flat))


def seeks_funders(goal: Goal) -> bool:
    """Whether a goal of clients is one of funders or partners who give (a nonprofit's "clients")."""
    return goal.kind is GoalKind.FIND_CLIENTS and bool(
        _SEEKS_FUNDERS.search(" ".join((goal.description, *goal.targets)))
    )


def seeks_donors_for_client(goal: Goal) -> bool:
    """Whether a goal to help a client seeks donors or funders for them ("Riverdale Hospital Foundation: major donors
    for the cardiac wing campaign"): a donor who writes about the client's campaign is whom it seeks."""
    return goal.kind is GoalKind.HELP_CLIENT and bool(
        _SEEKS_FUNDERS.search(" ".join((goal.description, *goal.targets)))
    )


def funder_courting(text: str) -> str:
    """The sentence in which a company's giving side reaches out to the user ("our new head of philanthropy, who
    is keen to learn more about your work"), or "" where none does."""
    flat = " ".join(text.split())
    for found in SENTENCE.finditer(flat):
        if _FUNDER_SIDE.search(found.group(0)):
            return found.group(0).strip()
    return ""
