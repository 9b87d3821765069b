"""A candidate asking the user for work ("Is Pennine Foods hiring at the moment?", "I've attached my CV"), not a
recruiter offering the user a role; and the resource of the profile that says where its roles are (a careers page).

Pure: reads text only.
"""

from __future__ import annotations

import re

from kindly.gated import gated
from kindly.profile import Profile, Provider, Resource

# A candidate asking the user for work, not a recruiter offering it: "I've attached my resume", "do you have room
# for a part-time associate?"
CANDIDATE = gated(
    re.compile(
        # (not "Would a 20-minute call on Thursday work for you?", nor "I've attached my notes")
        r"\b(my (resume|résumé|cv)|attached my (cv|resume|résumé|application|portfolio|cover letter)|room for an? "
        r"(part-time |junior )?(associate|assistant|hire)|are you hiring|looking for (a|an) (job|position|role) (with|at) "
        r"you|(love|like|want|hope|keen|glad|chance) to work for you|join your (team|practice|firm))\b"
        # asked of the firm by name: "Is Pennine Foods hiring at the moment?", "I wondered whether your team is hiring"
        # (not "My client is hiring a Head of People.")
        r"|(?:^|[.!?]\s+)(?:is|are)\s+(?:[\w&'-]+\s+){0,3}?(?:currently\s+|still\s+)?hiring\b"
        r"|\b(?:if|whether)\s+(?:[\w&'-]+\s+){1,3}?(?:is|are)\s+(?:currently\s+|still\s+)?hiring\b"
        # the writer's own search: "I'm looking for an HR graduate or HR assistant role in Manchester" (not "I'm looking
        # for a candidate for a COO role", nor a role "for a client"), its "I" said once before: "I've just moved back to
        # Providence and am looking for a director of sales role"
        r"|\b(?:I(?:'m|’m| am)|and am)\s+(?:currently\s+|now\s+|actively\s+)?(?:looking|searching)\s+for\s+(?P<role>(?:a|an|my\s+(?:first|next))\s+"
        r"(?:(?!for\b|to\b|candidates?\b)[\w-]+\s+){0,4}?(?:role|job|position|placement|apprenticeship|internship))\b"
        r"(?!\s+(?:for|on\s+behalf\s+of)\s+(?:a|an|my|our)\s+client)",
        re.IGNORECASE | re.MULTILINE,
    )
)


# A resource for job seekers: a careers page, the openings, how the user's firm hires, the team applications go to
# ("Our HR team", "the recruiting inbox"; not an HR guide).
JOBS = re.compile(
    r"\b(?:careers?|jobs?|open roles?|openings|vacanc\w+|hiring|how we hire|job applications?"
    r"|(?:HR|human resources|people|recruit\w*|talent(?: acquisition)?)\s+(?:team|contact|department|office|inbox))\b",
    re.IGNORECASE,
)
# A provider applications go to: the firm's recruiter or recruitment agency ("Harper Recruitment", "recruiting")
_RECRUITS = re.compile(
    r"\b(?:recruit\w*|talent acquisition|hiring|headhunt\w*|executive search)\b", re.IGNORECASE
)


def asks_for_work(text: str) -> bool:
    """Whether the writer asks the user for work, as a candidate."""
    return CANDIDATE.search(text) is not None


def role_sought(text: str) -> str:
    """The role a candidate says they look for, as they say it ("a director of sales role"; "your next role" of "my
    next role"); "" where they ask for work without naming one."""
    found = CANDIDATE.search(text)
    role = found.group("role") if found and found.group("role") else ""
    return re.sub(r"^my\b", "your", role, flags=re.IGNORECASE)


# ...not one for those who hire: "employers hiring water-treatment PhDs" (a page of the user's graduating students)
# is what a recruiter wants, not where a candidate applies
_FOR_WHO_HIRES = re.compile(
    r"\b(?:employers?|recruiters?|hiring\s+managers?|(?:companies|firms|labs|teams)\s+(?:that\s+are\s+|who\s+are\s+)?"
    r"hiring|(?:those|people|anyone)\s+(?:who\s+(?:hire|are\s+hiring)|looking\s+to\s+hire))\b",
    re.IGNORECASE,
)


def job_resource(profile: Profile, text: str) -> Resource | None:
    """A resource of the profile for job seekers (a careers page), where a candidate asks the user for work."""
    if not asks_for_work(text):
        return None
    return next(
        (
            r
            for r in profile.resources
            if JOBS.search(f"{r.title} {r.description} {r.helps}") and not _FOR_WHO_HIRES.search(r.helps)
        ),
        None,
    )


# ...not a product the user hires with, which no candidate writes to ("recruiting software", "a hiring platform")
_A_PRODUCT = re.compile(r"\b(?:software|platforms?|tools?|apps?|systems?|ats|saas|portals?)\b", re.IGNORECASE)


def job_contact(profile: Profile, text: str) -> Provider | None:
    """The provider of the profile who hires for the user (their recruiter, a recruitment agency), where a
    candidate asks the user for work and no careers page says where roles are."""
    if not asks_for_work(text):
        return None
    return next(
        (p for p in profile.providers if _RECRUITS.search(p.category) and not _A_PRODUCT.search(p.category)),
        None,
    )
