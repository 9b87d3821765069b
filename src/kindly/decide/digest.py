"""A newsletter's list of events: "This month: Business After Hours at Zions Bank (Dec 10), Women in Business
luncheon (Dec 15), Eggs & Issues legislative breakfast (Dec 18). Register at ... Unsubscribe". It invites no one in
person to any one of them: there is nothing to accept or decline, only a calendar to read. A mailing that asks the
reader a question of their own ("Would you speak at ...?") or names one event is no such digest."""

from __future__ import annotations

import re

_MAILING = re.compile(
    r"\bunsubscribe\b|\b(?:manage|update) (?:your )?(?:preferences|subscription)\b", re.IGNORECASE
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "(Dec 10)", "December 15", "12/18": one dated item of the list each
_DATED = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}/\d{{1,2}}\b", re.IGNORECASE)
_A_QUESTION_TO_YOU = re.compile(r"\b(?:could|would|can|will) you\b[^.?!]{0,300}\?", re.IGNORECASE)


def events_digest(text: str) -> int:
    """How many dated events a newsletter lists (three or more, with an unsubscribe line and no question put to
    the reader); 0 where it is not such a digest."""
    if not _MAILING.search(text) or _A_QUESTION_TO_YOU.search(text):
        return 0
    dates = {" ".join(found.group(0).lower().split()) for found in _DATED.finditer(text)}
    return len(dates) if len(dates) >= 3 else 0
