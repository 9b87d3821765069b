"""The times one triage run's drafts offer and propose, and the drafts written again when a sender fixes one of
them: no two drafts offer the same hour, and one person gets one set of times (kindly.services calls it for each
draft it writes; the types and the reading of a slot are in kindly.taken_times)."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from kindly import clock
from kindly.freed_times import drafts_still_offering
from kindly.model import Draft, Message, Verdict
from kindly.profile import Profile
from kindly.reply.check import check_draft
from kindly.store.repository import Repository
from kindly.store.tables import MessageRow
from kindly.taken_times import (
    OTHER_DRAFTS_FOR,
    OVERLAP_MINUTES,
    SLOT,
    Meeting,
    Proposal,
    TakenTimes,
    add_offered,
    moment_of,
    times_answered_elsewhere,
)
from kindly.understand.days import named_day


class RunTimes:
    """The times offered and proposed while one triage runs, by whom to whom, and the moves they make: a draft of
    this run rewritten is recorded in `rewritten` (by message ID), as the triage reports it."""

    def __init__(
        self, profile: Profile, rewritten: dict[int, Draft | None], busy: Container[str] = frozenset()
    ) -> None:
        self.profile = profile
        self.rewritten = rewritten
        self.busy = busy  # the times her calendar has busy
        # times offered by drafts, by day: (minutes into the day, thread, sender); stored drafts read once a run
        self._times_offered: dict[str, list[tuple[int, str, str]]] = {}
        self._stored_times_read = False
        # the times this run's drafts only propose, by the message whose draft proposes them, and how to write that
        # draft again: a time a sender fixed later in the run takes them, and that draft offers others
        self._proposals: dict[int, Proposal] = {}
        # the drafts of this run that set a time with someone (offer times or take theirs), by message: one person
        # is offered one set of times, however many threads they write in
        self._meetings: dict[int, Meeting] = {}

    def _offered_times(self, repo: Repository) -> dict[str, list[tuple[int, str, str]]]:
        """The times drafts offer, this run's and (read once) those stored for the last weeks, not yet sent or
        sent: each is offered once, whichever run wrote it."""
        if not self._stored_times_read:
            self._stored_times_read = True
            # a meeting called off since frees its time (kindly.freed_times)
            for text, thread_id, sender in drafts_still_offering(repo, clock.now() - OTHER_DRAFTS_FOR):
                self.offer(text, thread_id, sender)
        return self._times_offered

    def offer(self, text: str, thread_id: str, sender: str) -> None:
        """Every time a draft's text (or one of its slots) offers, as offered to `sender` in `thread_id`."""
        add_offered(self._times_offered, text, thread_id, sender)

    def propose(self, pk: int, proposal: Proposal) -> None:
        """The draft for message `pk` only proposes its times: a time a sender fixes later in the run takes them."""
        self._proposals[pk] = proposal

    def taken(
        self,
        repo: Repository,
        passed_over: Iterable[str],
        thread_id: str,
        sender: str,
        days_out: Iterable[date] = (),
    ) -> TakenTimes:
        """The times other drafts offer, those this run's drafts only propose marked as such (see `Taken`); with
        the days the sender said no longer work for them (`days_out`), where no time is proposed."""
        moving = {
            (day, minutes, proposal.thread_id, proposal.sender.lower())
            for proposal in self._proposals.values()
            for day, minutes in proposal.moments()
        }
        return TakenTimes(
            self._offered_times(repo), passed_over, thread_id, sender, frozenset(moving), self.busy, days_out
        )

    def called_off(self, thread_id: str) -> None:
        """The meeting of `thread_id` is called off: the times its drafts offered so far are offered to no one."""
        for entries in self._times_offered.values():
            entries[:] = [entry for entry in entries if entry[1] != thread_id]
        for pk in [pk for pk, proposal in self._proposals.items() if proposal.thread_id == thread_id]:
            del self._proposals[pk]
        for pk in [pk for pk, meeting in self._meetings.items() if meeting.thread_id == thread_id]:
            del self._meetings[pk]

    def withdrawn(self, pk: int) -> None:
        """The draft for message `pk` is withdrawn: its times are offered to no one now."""
        self._forget_proposal(pk)
        self._meetings.pop(pk, None)

    def _forget_proposal(self, pk: int) -> Proposal | None:
        """The times the draft for message `pk` proposes are no longer offered (it is written again, or gone)."""
        proposal = self._proposals.pop(pk, None)
        for day, minutes in proposal.moments() if proposal is not None else ():
            entry = (minutes, proposal.thread_id, proposal.sender.lower()) if proposal else None
            if entry in self._times_offered.get(day, []):
                self._times_offered[day].remove(entry)
        return proposal

    def one_set_of_times(
        self,
        repo: Repository,
        row: MessageRow,
        message: Message,
        draft: Draft,
        verdict: Verdict,
        variant: int,
    ) -> tuple[Draft, Verdict]:
        """One person is offered one set of times, however many threads they write in (their e-mail, their
        LinkedIn note, matched by address or, without one, by name): a draft that would propose times where
        another draft of this run already sets a time with them says it answered there instead, and a time they
        fixed themselves takes the place of times an earlier draft only proposed to them (that draft is written
        again the same way). The meeting counts once."""
        fixed = not draft.times and SLOT.search(draft.text) is not None
        if not draft.times and not fixed:
            return draft, verdict
        answered_in = "calendar" if message.event is not None else draft.channel
        person = Meeting(
            message.from_addr, message.from_name, row.thread_id, draft, verdict, variant, answered_in
        )
        others = [
            (pk, other)
            for pk, other in self._meetings.items()
            if other.thread_id != row.thread_id and other.same_person(person)
        ]
        if draft.times and others:
            pk, other = others[-1]
            draft = times_answered_elsewhere(draft, other.answered_in, self.profile.user.tone)
            note = f"no times offered: the reply to #{pk} sets a time with {message.from_name or 'them'}"
            return draft, replace(verdict, hours=0.0, evidence=(*verdict.evidence, note))
        for pk, other in others if fixed else ():
            if not other.draft.times or (stored := repo.get(pk)) is None:
                continue
            self._forget_proposal(pk)
            moved = times_answered_elsewhere(other.draft, answered_in, self.profile.user.tone)
            kept = repo.replace_pending_draft(stored, moved, other.verdict.decision.value, other.variant)
            if kept is not None and kept.edited:
                continue  # the user's own words stay, times and all
            if stored.analysis is not None:
                stored.analysis.networking_hours = 0.0  # the meeting counts once, with this reply
            self._meetings[pk] = replace(other, draft=moved)
            self.rewritten[pk] = moved
        self._meetings[row.id] = person
        return draft, verdict

    def move_proposals(self, repo: Repository, text: str, thread_id: str, sender: str) -> None:
        """A time a sender fixed, said yes to in `text`, takes it from the drafts of this run that only proposed it
        (or a time within the hour of it) to someone else: each is written again with other times, and stored."""
        fixed = [moment_of(found) for found in SLOT.finditer(text)]
        moved = [
            pk
            for pk, proposal in self._proposals.items()
            if proposal.thread_id != thread_id
            and proposal.sender.lower() != sender.lower()
            and any(
                day == at_day and abs(minutes - at) < OVERLAP_MINUTES
                for day, minutes in proposal.moments()
                for at_day, at in fixed
            )
        ]
        for pk in moved:
            proposal = self._forget_proposal(pk)
            other = repo.get(pk)
            if proposal is None or other is None:
                continue
            draft = proposal.write(self.taken(repo, (), proposal.thread_id, proposal.sender))
            if (
                draft is not None
                and not check_draft(draft, proposal.target, self.profile, proposal.verdict.referral).ok
            ):
                draft = None
            if draft is not None:
                for slot in draft.times:
                    self.offer(slot, proposal.thread_id, proposal.sender)
                if draft.times:
                    self._proposals[pk] = replace(proposal, times=draft.times)
                if pk in self._meetings:
                    self._meetings[pk] = replace(self._meetings[pk], draft=draft)
            kept = repo.replace_pending_draft(other, draft, proposal.verdict.decision.value, proposal.variant)
            if kept is not None and kept.edited:
                continue  # the user's own words stay, times and all
            if other.analysis is not None:
                moment = offered_moment(draft, proposal.moment)
                other.analysis.meets_at = moment.astimezone(UTC) if moment is not None else None
            self.rewritten[pk] = draft


def offered_moment(draft: Draft | None, moment: datetime | None) -> datetime | None:
    """When an accepted meeting will take the user's time: the first of the times its draft offers (the day the
    sender proposed may be a day off, or gone by), else when it meets as read."""
    if draft is None or not draft.times:
        return moment
    day = named_day(draft.times[0], (moment or clock.now()).date() - timedelta(days=31))
    return datetime.combine(day, time(12), tzinfo=UTC) if day is not None else moment
