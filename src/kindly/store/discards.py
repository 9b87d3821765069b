"""Why a draft was discarded, kept with it: `kindly drafts --all` lists the drafts that will not leave - her own
words above all - with the reason, and `kindly drafts show ID` keeps those words readable."""

from __future__ import annotations

from kindly.store.tables import DraftRow

CANCELLED = "its event was cancelled"
BY_YOU = "discarded by you"
REPLACED_AT_YOUR_ASKING = "replaced by kindly's draft, at your asking"
REPLACED_BY_DECISION = "replaced: you set the decision again"
REPLACED_BY_REWRITE = "replaced: written again in another tone or channel"
REPLACED_BY_REOPENED = "replaced: you reopened the approved draft"


def discard(row: DraftRow, why: str) -> None:
    row.status = "discarded"
    row.why_discarded = why


def kept_copy(row: DraftRow, why: str) -> DraftRow:
    """A discarded copy of a draft whose words are about to be written over (it keeps its own ID for the new
    words): her words stay readable."""
    return DraftRow(
        message_pk=row.message_pk,
        decision=row.decision,
        channel=row.channel,
        subject=row.subject,
        text=row.text,
        steps=list(row.steps or []),
        variant=row.variant,
        from_name=row.from_name,
        from_addr=row.from_addr,
        tone=row.tone,
        edited=row.edited,
        status="discarded",
        why_discarded=why,
        created_at=row.created_at,
    )
