"""What may have changed under a draft that may still leave: its event was cancelled since, or kindly now ignores
the message that words the user saved answer (the draft is stale: it must not leave); or a time her own words offer
is now offered to someone else or busy in her calendar, or kindly now declines the message her words say yes to (it
leaves only once she says so). Her words are never
rewritten here; kindly.outbox refuses, and `kindly drafts`, `kindly show` and the page's evidence say why."""

from __future__ import annotations

from collections.abc import Container, Sequence
from datetime import UTC, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from kindly import clock
from kindly.store.tables import DraftRow, MessageRow
from kindly.taken_times import OTHER_DRAFTS_FOR, OVERLAP_MINUTES, SLOT, moment_of
from kindly.understand.days import named_day

_HOLDING_TIMES = ("pending", "approved", "sent")


def stale_reason(row: DraftRow) -> str:
    """Why a draft that may still leave no longer answers its message ("" while it does): its event was cancelled
    since (approved too: a yes to a cancelled event must not go), or kindly now ignores the message that words
    the user saved answer."""
    if row.status not in ("pending", "approved"):
        return ""
    message = row.message
    if message.event_status == "cancelled":
        return "its event was cancelled since"
    analysis = message.analysis
    if (
        row.status == "pending"
        and row.edited
        and analysis is not None
        and analysis.decision == "ignore"
        and row.decision != "ignore"
    ):
        return f"kindly now ignores message {message.id} ({analysis.reason.rstrip('.')})"
    return ""


# The outbox page's own box that lets a draft in her words go as it is (a taken time, a decision changed since).
_AS_WRITTEN_BOX = '"Let it go as I wrote it" on the page that saves or sends the reply'


def stale_advice(row: DraftRow, reason: str, *, on_page: bool = False, on_invitation: bool = False) -> str:
    """The refusal, and what to do about it: at the terminal, with the commands; `on_page`, with the outbox page's
    own Discard button (a page that points to a command sends her to a terminal she may not have open);
    `on_invitation`, with the invitation page's own buttons."""
    holds = "holds your edited words" if row.edited else f"is {row.status}"
    refused = f"draft #{row.id} {holds}, written for {row.decision.replace('_', ' ')}, but {reason}: "
    if on_page:
        return (
            f"{refused}discard it with the Discard button below, or set the decision by hand on the invitation's "
            "page, which writes kindly's draft for it"
        )
    if on_invitation:
        return (
            f"{refused}discard it with the Discard draft button, or set the decision by hand on this page, which "
            "writes kindly's draft for it"
        )
    return (
        f"{refused}discard it (`kindly drafts discard {row.id}`, or Discard draft on the page), or set the decision "
        "by hand on the page (`kindly serve`), which writes kindly's draft for it"
    )


def declined_since(row: DraftRow) -> str:
    """Why kindly now declines the message that the user's own words in a draft that may still leave answer
    otherwise ("" where it does not): after a profile edit or a correction, her yes would go to a message kindly
    says no to. Her words are hers - they leave only once she says so, as a time taken does."""
    analysis = row.message.analysis
    if (
        row.status not in ("pending", "approved")
        or not row.edited
        or analysis is None
        or analysis.decision != "decline"
        or row.decision in ("decline", "ignore")
    ):
        return ""
    return f"kindly now declines message {row.message_pk} ({analysis.reason.rstrip('.')})"


def declined_advice(
    row: DraftRow, declined: str, *, on_page: bool = False, on_invitation: bool = False
) -> str:
    """The refusal; `on_page` without the flag, since the outbox page offers its own "as I wrote it" box;
    `on_invitation` with that box in words, not the command's flag."""
    said = (
        f"draft #{row.id} holds your own words, written for {row.decision.replace('_', ' ')}, but {declined}"
    )
    if on_page:
        return said
    if on_invitation:
        return f"{said}. Change the words or the decision on this page, or send it as it is with {_AS_WRITTEN_BOX}"
    return f"{said}. Change the words or the decision on the page, or send it as it is with --as-written"


def taken_offers(session: Session, row: DraftRow) -> list[str]:
    """The times the user's own words in a draft offer that another reply has offered or fixed since with someone
    else (in another thread, to another sender): "Thursday, December 10 at 11am (draft #9 to sam@...)"."""
    if not row.edited or row.status not in ("pending", "approved"):
        return []
    mine = [(found[0], *moment_of(found)) for found in SLOT.finditer(row.text)]
    if not mine:
        return []
    message = row.message
    taken = [f"{said} (busy in your calendar)" for said in _busy_noted(message)]
    others = session.execute(
        select(DraftRow.id, DraftRow.text, MessageRow.from_addr, MessageRow.from_name)
        .join(MessageRow, MessageRow.id == DraftRow.message_pk)
        .where(
            DraftRow.id != row.id,
            DraftRow.status.in_(_HOLDING_TIMES),
            DraftRow.created_at >= clock.stamp() - OTHER_DRAFTS_FOR,
            MessageRow.thread_id != message.thread_id,
            MessageRow.from_addr != (message.from_addr or "").lower(),
        )
    )
    for draft_id, text, address, name in others:
        theirs = [moment_of(found) for found in SLOT.finditer(text)]
        for said, day, minutes in mine:
            if said not in " ".join(taken) and any(
                day == at_day and abs(minutes - at) < OVERLAP_MINUTES for at_day, at in theirs
            ):
                taken.append(f"{said} (draft #{draft_id} to {address or name})")
    return taken


def taken_advice(
    row: DraftRow, taken: list[str], *, on_page: bool = False, on_invitation: bool = False
) -> str:
    """The refusal; `on_page` without the flag, since the outbox page offers its own box to send it anyway;
    `on_invitation` with that box in words, not the command's flag."""
    said = f"draft #{row.id} offers, in your own words, a time now taken: {'; '.join(taken)}"
    if on_page:
        return said
    if on_invitation:
        return (
            f"{said}. Change the time in the draft on this page, or send it as it is with {_AS_WRITTEN_BOX}"
        )
    return f"{said}. Change the time on the page, or send it as it is with --despite-taken-times"


def draft_warnings(message: MessageRow, *, on_invitation: bool = False) -> list[str]:
    """What the evidence says of the message's drafts that may still leave, read as things stand now: with the
    commands to act on it (`kindly show`), or `on_invitation` with the invitation page's own buttons and boxes (a
    page that names a flag sends her to a terminal she may not have open)."""
    session = object_session(message)
    warnings = []
    for row in message.drafts:
        if stale := stale_reason(row):
            warnings.append(stale_advice(row, stale, on_invitation=on_invitation))
        if declined := declined_since(row):
            warnings.append(declined_advice(row, declined, on_invitation=on_invitation))
        if session is not None and (taken := taken_offers(session, row)):
            warnings.append(taken_advice(row, taken, on_invitation=on_invitation))
    return warnings


BUSY_NOTE = "your calendar is busy at a time your edited draft offers"


def busy_offers(
    text: str, busy: Sequence[tuple[datetime, datetime]], zone: tzinfo, today: datetime
) -> list[str]:
    """The times a draft's text offers ("Monday, December 7 at 10:00 am", on the user's clock `zone`) that a busy
    span of the user's calendar overlaps (a meeting offered takes about an hour)."""
    found_busy = []
    for found in SLOT.finditer(text):
        day = named_day(found[0], today.date() - timedelta(days=31))
        if day is None:
            continue
        minutes = moment_of(found)[1]
        start = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=zone)
        end = start + timedelta(minutes=OVERLAP_MINUTES)
        if any(begins < end and ends > start for begins, ends in busy):
            found_busy.append(found[0])
    return found_busy


class BusyTimes(Container[str]):
    """The times her calendar has busy, as drafts write a slot ("Tuesday, December 8 at 3:00 pm" on her clock
    `zone`): a time a sender offers there is taken, as one another yes offers is, and none is proposed there."""

    def __init__(self, busy: Sequence[tuple[datetime, datetime]], zone: tzinfo | None) -> None:
        self._busy = tuple(busy)
        self._zone = clock_zone(zone)

    def __contains__(self, slot: object) -> bool:
        return (
            isinstance(slot, str)
            and bool(self._busy)
            and bool(busy_offers(slot, self._busy, self._zone, clock.now()))
        )


def clock_zone(zone: tzinfo | None) -> tzinfo:
    """The user's clock: the profile's zone, else this machine's."""
    return zone or datetime.now().astimezone().tzinfo or UTC


def note_busy_times(session: Session, busy: Sequence[tuple[datetime, datetime]], zone: tzinfo | None) -> None:
    """A triage that reads the user's calendar says, in each kept draft's evidence, which times her own words offer
    that her calendar now has busy (and takes back a note her calendar no longer bears out)."""
    kept = session.scalars(
        select(DraftRow).where(DraftRow.edited.is_(True), DraftRow.status.in_(("pending", "approved")))
    )
    for row in kept:
        analysis = row.message.analysis
        if analysis is None:
            continue
        said = busy_offers(row.text, busy, clock_zone(zone), clock.now())
        evidence = [line for line in analysis.decision_evidence or [] if not line.startswith(BUSY_NOTE)]
        analysis.decision_evidence = [*evidence, *([f"{BUSY_NOTE}: {'; '.join(said)}"] if said else [])]


def _busy_noted(message: MessageRow) -> list[str]:
    """The busy times the last triage with her calendar noted in the message's evidence."""
    analysis = message.analysis
    for line in analysis.decision_evidence or [] if analysis is not None else []:
        if line.startswith(BUSY_NOTE + ": "):
            return line[len(BUSY_NOTE) + 2 :].split("; ")
    return []
