"""Decisions the user set by hand, and the profile they were drafted under.

A decision set on the web page stays hers whatever the profile says later, but its draft is kindly's wording of
it: the times it proposes are read on her clock, in her hours, around her days off. So the page stamps the decision
with the profile it was drafted under, and once the profile changed (a move to New York, new meeting hours) the
pending draft is written again for the same decision - in the tone and channel it had - never one approved or sent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container
from datetime import timedelta

from sqlalchemy.orm import Session

from kindly import clock
from kindly.model import Decision
from kindly.profile import Profile
from kindly.reply.compose import compose
from kindly.store.repository import Repository, stored_decision, stored_message, stored_understanding
from kindly.store.tables import MessageRow
from kindly.taken_times import taken_by_stored_drafts

_STAMP = "profile:"
# a referral is chosen on the page (whom to pass it to): kindly does not choose again for her
_REDRAFTED = frozenset((Decision.ACCEPT, Decision.ASK_DETAILS, Decision.DECLINE))


def profile_stamp(profile: Profile) -> str:
    """What a hand-set decision's draft rests on: the profile it was written under, as a digest."""
    return _STAMP + hashlib.sha256(profile.model_dump_json().encode()).hexdigest()


def redraft_set_by_hand(session: Session, profile: Profile, busy: Container[str] = frozenset()) -> list[int]:
    """Write again the pending drafts of decisions set by hand under another profile than `profile` (proposing no
    time her calendar has `busy`); the ids of the messages whose draft changed. A decision stamped by no profile
    (set before stamps were kept) is left as it is: what it was drafted under is unknown."""
    repo = Repository(session)
    stamp = profile_stamp(profile)
    changed = []
    for row in repo.set_by_hand():
        analysis = row.analysis
        assert analysis is not None
        pending = [d for d in row.drafts if d.status == "pending"]
        if not (analysis.basis or "").startswith(_STAMP) or analysis.basis == stamp:
            continue
        analysis.basis = stamp
        if not pending or Decision(analysis.decision) not in _REDRAFTED:
            continue
        if _rewrite(repo, row, profile, pending[0].channel, pending[0].tone, busy):
            changed.append(row.id)
    return changed


def _rewrite(
    repo: Repository, row: MessageRow, profile: Profile, channel: str, tone: str, busy: Container[str]
) -> bool:
    assert row.analysis is not None
    verdict = stored_decision(row.analysis)
    if tone and tone != profile.user.tone:  # the tone she chose for it on the page stays
        profile = profile.model_copy(update={"user": profile.user.model_copy(update={"tone": tone})})
    variant = repo.draft_variant(row, verdict.decision.value, clock.now() - timedelta(days=7))
    draft = compose(
        stored_message(row),
        stored_understanding(row.analysis),
        verdict,
        profile,
        variant=variant,
        channel=channel,
        taken=taken_by_stored_drafts(repo, row.thread_id, row.from_addr or "", busy),
    )
    if draft is None:
        return False
    before = next(d.text for d in row.drafts if d.status == "pending")
    kept = repo.replace_pending_draft(row, draft, verdict.decision.value, variant, tone)
    return kept is not None and kept.text != before  # words she saved herself stay
