"""A writer submitting their own work ("I am seeking representation for THE SALT ORCHARD, a literary novel complete
at 92,000 words", "I've written a memoir ... Would you be interested in taking a look?"): to a user whose profile
says where submissions go (a query form, a submissions page), no networking to weigh and no stranger to turn away,
but an author to point to that page. Without such a page kindly leaves the mail as it would any other.

Pure: reads text only. Each pattern is linear: its gaps are a few words or characters at most.
"""

from __future__ import annotations

import re

from kindly.decide.rule_whom import speaks_of_own_writing
from kindly.profile import Profile, Resource

_F = re.IGNORECASE

# A finished work measured as writers measure it: "complete at 92,000 words", "(78k words)", "85k".
_LENGTH = re.compile(r"\b\d{2,3}(?:,\d{3}\s*words\b|k\b)", _F)

# ...offered to be read or represented: "seeking representation", "would you be interested in taking a look?",
# "Could I send you the first 50 pages?", "The full manuscript is attached", "Query: THE SALT ORCHARD".
_OFFERED = re.compile(
    r"\b(?:seek\w*|looking\s+for)\s+(?:literary\s+|an?\s+agent\s+or\s+)?representation\b"
    r"|\b(?:interested\s+in|like\s+to|love\s+to|willing\s+to|open\s+to|want\s+to)\s+(?:taking\s+a\s+look|reading|"
    r"seeing|read(?:ing)?\s+(?:it|my)|look(?:ing)?\s+at\s+(?:it|my))\b"
    r"|\b(?:can|could|may|might|shall)\s+I\s+send\b"
    r"|\b(?:manuscript|synopsis|chapters?|pages|proposal)\s+(?:is|are)\s+attached\b|\battached\s+(?:is|are)\s+(?:my|the)\b"
    r"|^[ \t]*query[ \t]*:",
    _F | re.MULTILINE,
)

# A resource that says where submissions go: "Query guidelines", "Submissions", "how to submit your manuscript".
_WHERE_SUBMISSIONS_GO = re.compile(r"\b(?:quer(?:y|ies|ying)|submissions?|submit\w*|manuscripts?)\b", _F)


_READ = 20_000  # characters: a query letter's first pages, as other readers cap a sender's text


def work_submitted(subject: str, own_text: str) -> str:
    """The words in which a writer offers their own work to be read or represented, or "" where none do."""
    own_text = own_text[:_READ]
    offered = _OFFERED.search(f"{subject}\n{own_text}")
    if offered is None:
        return ""
    own = speaks_of_own_writing(own_text) or _LENGTH.search(own_text)
    return offered.group(0).strip() if own else ""


def submissions_page(profile: Profile) -> Resource | None:
    """The resource of the profile that says where submissions go (a query form), or None."""
    return next(
        (
            r
            for r in profile.resources
            if _WHERE_SUBMISSIONS_GO.search(f"{r.title} {r.description} {r.helps}")
        ),
        None,
    )
