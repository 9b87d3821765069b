"""Use cases: the only place where the pure core meets the adapters (files, database)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from functools import cache

from sqlalchemy import Select, bindparam, cast, func, or_, select
from sqlalchemy import Text as SqlText
from sqlalchemy.orm import Session, object_session, sessionmaker

from kindly import clock, zones
from kindly.config import Account, account_password
from kindly.decide.assess import donation_asked_in, reference_asked_in, scam_in_message
from kindly.decide.capacity import free_hours, week_of
from kindly.decide.client_need import CLIENT_REQUEST
from kindly.decide.domain_known import organisation_of_domain
from kindly.decide.donation import DONATION, cap_period, donation_rule
from kindly.decide.own_invitation import invited_to_meet
from kindly.decide.policy import (
    ACCEPT_LATER,
    HOURS,
    NO_CAPACITY,
    Context,
    Introduction,
    decide,
    networking_hours,
    stated_hours,
)
from kindly.decide.reading import application_asked, applied_for, as_read
from kindly.decide.referral import DirectoryEntry
from kindly.decide.rules import prerequisite_sent
from kindly.decide.submissions import work_submitted
from kindly.decide.thread import (
    ANSWERS_YOUR_REQUEST,
    TAKES_THEIR_TIME,
    THREAD_QUESTION,
    History,
    asked_by_user,
    asks_in_accepted_thread,
    brings_news,
    directory_entry_from_answer,
    in_its_thread,
    in_users_own_hands,
    is_confirmation,
    is_nudge,
    meeting_for_users_plan,
    meeting_in_accepted_thread,
    meeting_proposed,
    moves_on,
    new_ask_after_yes,
    none_of_theirs_taken,
    points_back,
    quotes_the_user,
    says_yes,
    silenced,
    the_introduction_stands,
    the_no_stands,
    the_no_stands_elsewhere,
    the_question_stands,
    the_reason_stands,
    the_yes_stands,
    yes_drafted,
    yes_to_users_plan,
)
from kindly.decide.vendor_events import SELLERS_EVENT
from kindly.decide.words import fold, from_a_shared_mailbox, phrase_in
from kindly.decide.written_to_you import written_to_you
from kindly.domains import PUBLIC_DOMAINS
from kindly.errors import ParseError, SyncError
from kindly.freed_times import called_off_after
from kindly.ingest.imap import FolderMissing, Mailbox, message_url, parse_fetched
from kindly.ingest.linkedin import Connection, normal_profile_url
from kindly.ingest.sources import Source, read_contacts, read_source
from kindly.kept_drafts import BusyTimes, note_busy_times
from kindly.model import Contact, Decision, DecisionMark, Draft, Intent, Message, Understanding, Verdict
from kindly.profile import Profile
from kindly.reply.acceptance import (
    days_named,
    free_slot_named,
    hour_said_alone,
    later_of,
    meeting_day,
    offered_days,
    only_a_conversation,
    with_what_the_thread_gave,
    written_day,
)
from kindly.reply.calendar_reply import is_no_reply
from kindly.reply.carried_answers import answers_still_open
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from kindly.reply.event_hours import noted_outside_hours
from kindly.reply.polish import PolishSettings, polish
from kindly.reply.recipients import reply_target
from kindly.reply.saved_answer import with_saved_answer
from kindly.reply.talk_submission import how_to_submit
from kindly.run_times import RunTimes, offered_moment
from kindly.set_by_hand import redraft_set_by_hand
from kindly.store.history import (
    answers_the_user,
    declined_elsewhere,
    history,
    later_reply,
    left_kindly,
    thread_ask,
    user_wrote_just_before,
    user_wrote_later,
    users_words_just_before,
    written_before,
)
from kindly.store.repository import (
    DIRECTORY_ADDED,
    SET_BY_YOU,
    Repository,
    pending_draft,
    stored_decision,
    stored_message,
    stored_understanding,
)
from kindly.store.tables import AnalysisRow, DraftRow, MessageRow
from kindly.taken_times import Proposal, TakenTimes
from kindly.turned_down import (
    days_said_in_thread,
    days_they_cannot,
    moved_from,
    names_a_new_time,
    times_turned_down,
)
from kindly.understand.call_for_talks import call_for_talks
from kindly.understand.called_off import called_off
from kindly.understand.classify import Classifier, Text
from kindly.understand.days import local_day
from kindly.understand.extract import Details, besides_me, extract, signature_name
from kindly.understand.language import NOT_ENGLISH_ASK
from kindly.understand.memory import CorrectionMemory
from kindly.understand.people import HONORIFICS
from kindly.understand.questions import questions

BATCH = 128
PARALLEL_PARSE_FROM = 32 * 1024 * 1024  # bytes of mbox from which parsing starts worker processes
CONTACTS_FORMAT = "linkedin-connections"
# iTIP methods (RFC 5546) that change an invitation already sent rather than make a new one.
_CHANGES = {"CANCEL", "COUNTER", "REPLY", "DECLINECOUNTER", "REFRESH"}
_INVITES = {"REQUEST", "PUBLISH", "ADD"}
# verdicts that the week of the time offered has no room for
_WEEK_FULL = frozenset({ACCEPT_LATER, NO_CAPACITY})
_CALENDAR_CODES = {"calendar_cancel", "calendar_counter", "calendar_reply", "calendar_update"}
# What a user's own note proposes or asks: a question, a day or an hour offered ("Would Tuesday at 9 work?",
# "How about Thursday?", "Let's meet at 10:00").
# A reply weighed on its own words alone (a plain work meeting, a call that serves no goal), which the user's own
# invitation to meet may have asked for.
_WEIGHED_ON_ITS_OWN = frozenset({"work_meeting", "not_a_fit"})
_PROPOSED = re.compile(
    r"\?|\b(?:how about|what about|shall we|let'?s|would|could we|can we|i propose|i suggest|works? for me)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\b\d{1,2}:\d\d\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TriageRow:
    id: int
    thread_id: str
    message: Message
    understanding: Understanding
    verdict: Verdict
    draft: Draft | None
    duplicate: bool


@dataclass
class TriageSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    invitations: int = 0
    errors: list[ParseError] = field(default_factory=list)
    decisions: dict[str, int] = field(default_factory=dict)
    calendar_updates: int = 0  # cancellations, counter-proposals, replies and updates of known invitations
    contacts: int = 0  # contacts read (LinkedIn connections)
    contacts_new: int = 0
    not_english: int = 0  # mail kindly cannot read (in another language), left to the user
    not_english_asks: list[int] = field(
        default_factory=list
    )  # ...the ids of those that look like invitations (those from a goal's target first)
    not_english_from_targets: int = 0  # ...how many of them, listed first, come from a goal's target
    decided_again: int = 0  # open invitations decided again: what they were decided on changed (the profile)
    redrafted_yours: int = (
        0  # drafts of decisions the user set by hand, written again under a changed profile
    )

    def count(self, message_id: int, verdict: Verdict) -> None:
        """One decision more; a mail in another language is counted apart too, to be read first."""
        self.decisions[verdict.decision.value] = self.decisions.get(verdict.decision.value, 0) + 1
        if verdict.reason_code in ("not_english", NOT_ENGLISH_ASK):
            self.not_english += 1
        if verdict.reason_code == NOT_ENGLISH_ASK:
            # one from a person or an organisation a goal names comes before the others
            if DecisionMark.FROM_A_TARGET in verdict.marks:
                self.not_english_asks.insert(self.not_english_from_targets, message_id)
                self.not_english_from_targets += 1
            else:
                self.not_english_asks.append(message_id)


def _sender_key(message: Message) -> str:
    return message.from_addr or message.from_name


def parse_workers(source: Source) -> int:
    """Processes that parse a source: a big mbox is parsed on a second core while this one classifies."""
    if source.format == "mbox" and source.size >= PARALLEL_PARSE_FROM:
        return min(2, os.cpu_count() or 1)
    return 1


class Triage:
    """Read sources, store every message once, understand, decide and draft."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        profile: Profile,
        classifier: Classifier,
        busy: Sequence[tuple[datetime, datetime]] | None = None,
        polish_settings: PolishSettings | None = None,
    ) -> None:
        self.busy = tuple(busy or ())  # the user's busy time, from a calendar export
        # a calendar read, even one with no busy time, says what is free now; None is no calendar at all
        self.calendar_read = busy is not None
        self.polish_settings = polish_settings  # an optional rewording endpoint; None keeps templates
        self.sessions = sessions
        self.profile = profile
        self.classifier = classifier
        self.summary = TriageSummary()
        self._corrections: CorrectionMemory | None = None
        self._directory: tuple[DirectoryEntry, ...] | None = None
        # the user's own words each reply answers (by message ID), where the thread holds them just before it
        self._users_mail: dict[int, str] = {}
        self._profile_json = profile.model_dump_json()
        self._threads_decided_again: set[str] = set()  # threads where a stored message was decided again
        # what each earlier message of a thread gave a reply's details (by message ID, and the ask it was read
        # as; None for the user's own mail), extracted once a run however many replies follow it
        self._thread_gave: dict[tuple[int, Intent | None], Details] = {}
        # messages whose draft a later message of this run wrote again (a time it proposed, a sender fixed)
        self.drafts_rewritten: dict[int, Draft | None] = {}
        # the times this run's drafts offer and propose, to whom: no two drafts offer one hour, one person gets one
        # set of times
        self._times = RunTimes(profile, self.drafts_rewritten, BusyTimes(self.busy, profile.user.zone))
        # messages whose unsent draft a later message of this run withdrew (its thread answered for the newer
        # one, an introduction answered by the person introduced, an event cancelled): the row yielded for it
        # showed a draft that is gone
        self.drafts_withdrawn: set[int] = set()
        # the words of the unsent drafts a newer message of the thread withdrew, by that message's ID
        self._withdrawn_words: dict[int, list[str]] = {}

    def run(
        self, sources: Iterable[Source], progress: Callable[[int], None] | None = None
    ) -> Iterator[TriageRow]:
        """Triage every message of `sources`. Contacts (Connections.csv) are stored first, so that a
        connection counts as a known sender wherever it stands among the paths."""
        sources = list(sources)
        for source in sources:
            if source.format == CONTACTS_FORMAT:
                self.save_contacts_from(source)
        items = (
            item
            for s in sources
            if s.format != CONTACTS_FORMAT
            for item in read_source(s, workers=parse_workers(s))
        )
        yield from self.run_items(items, progress)

    def run_items(
        self, items: Iterable[Message | ParseError], progress: Callable[[int], None] | None = None
    ) -> Iterator[TriageRow]:
        """Triage messages read elsewhere (e.g. by `kindly sync`); a ParseError counts as skipped.
        Every batch is committed before its rows are yielded."""
        batch: list[Message] = []
        for item in items:
            if isinstance(item, ParseError):
                self.summary.errors.append(item)
                continue
            self.summary.read += 1
            batch.append(item)
            if len(batch) >= BATCH:
                yield from self._process(batch)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            yield from self._process(batch)
            if progress:
                progress(len(batch))
        self.note_busy_times()

    def note_busy_times(self) -> None:
        """Her calendar as it is now, against the times her own words in kept drafts offer (the evidence says)."""
        if self.calendar_read:  # an empty calendar takes back the busy notes of times it no longer has busy
            with self.sessions.begin() as session:
                note_busy_times(session, self.busy, self.profile.user.zone)

    def open_again(self) -> Iterator[TriageRow]:
        """Decide again the open invitations (no reply approved or sent, no decision set by hand) whose basis
        changed since they were decided - the profile edited, a correction, a contact - as triaging the same mail
        again would: a sync reads only new mail, so a time zone or a rule changed in profile.toml would otherwise
        never reach the drafts that wait. Counted as `decided_again`, not as mail read. The pending drafts of
        decisions set by hand are written again for the same decisions (kindly.set_by_hand), as `redrafted_yours`."""
        with self.sessions() as session:
            repo = Repository(session)
            state = self._state(repo)
            rows = repo.open_invitations()
            threads = repo.thread_members(row.thread_id for row in rows)
            stale = []
            for row in rows:
                assert row.analysis is not None
                message = stored_message(row)
                understanding = stored_understanding(row.analysis)
                thread = threads.get(row.thread_id, [row.id])
                # its basis as it was decided: with its thread as it is, or as it stood when it came (a later
                # mail of the thread is decided with the thread in mind as it arrives)
                as_decided = (thread, [pk for pk in thread if pk <= row.id])
                if all(
                    row.analysis.basis != self._basis(state, t, message, understanding) for t in as_decided
                ):
                    stale.append(message)
        with self.sessions.begin() as session:  # her own decisions stay hers; their drafts follow her profile
            busy = BusyTimes(self.busy, self.profile.user.zone)  # her calendar, as this run reads it
            self.summary.redrafted_yours += len(redraft_set_by_hand(session, self.profile, busy))
        if not stale:
            return
        counted = replace(
            self.summary, errors=list(self.summary.errors), decisions=dict(self.summary.decisions)
        )
        for start in range(0, len(stale), BATCH):
            yield from self._process(stale[start : start + BATCH])
        counted.decided_again += len(stale)
        counted.not_english_asks = self.summary.not_english_asks[: len(counted.not_english_asks)]
        self.summary = counted

    def save_contacts_from(self, source: Source) -> None:
        """Store the people of a Connections.csv export as contacts (known senders)."""
        self.save_contacts(read_contacts(source))

    def save_contacts(self, connections: Iterable[Connection], source: str = "linkedin") -> None:
        contacts = [
            Contact(
                name=c.name,
                source=source,
                email=c.email,
                profile_url=normal_profile_url(c.url) if c.url else "",
                company=c.company,
                position=c.position,
                connected_on=c.connected_on,
            )
            for c in connections
        ]
        with self.sessions.begin() as session:
            new, _updated = Repository(session).save_contacts(contacts)
        self.summary.contacts += len(contacts)
        self.summary.contacts_new += new

    def _process(self, messages: list[Message]) -> list[TriageRow]:
        understandings = self.classifier.understand([Text.from_message(m) for m in messages], explain=True)
        rows: list[TriageRow] = []
        with self.sessions.begin() as session:
            repo = Repository(session)
            memory = self._memory(session)
            stored = repo.store_messages(messages)
            found = repo.rows([item.pk for item in stored])
            threads = repo.thread_members(row.thread_id for row in found.values())
            state = self._state(repo)
            # Each message sees what was stored before it, as if the batch were stored one by one.
            new_pks = [item.pk for item in stored if not item.duplicate]
            seen_up_to = new_pks[0] - 1 if new_pks else None
            for message, understanding, item in zip(messages, understandings, stored, strict=True):
                if not item.duplicate:
                    seen_up_to = item.pk
                row = found[item.pk]
                thread = threads.get(row.thread_id, [row.id])
                self._users_mail[row.id] = self._users_words(repo, row, thread)
                understanding = self._as_read(
                    memory,
                    message,
                    self._read_in_thread(repo, row, message, understanding, thread, self._users_mail[row.id]),
                    self._users_mail[row.id],
                )
                basis = self._basis(state, thread, message, understanding)
                rows.append(self._one(repo, message, understanding, row, item.duplicate, seen_up_to, basis))
        return rows

    def _state(self, repo: Repository) -> str:
        """What every decision rests on besides its message: the model, the profile, and what the store holds
        of the user (corrections, contacts, directory entries added by hand)."""
        return repr((self.classifier.version, self._profile_json, repo.decided_with()))

    def _basis(
        self, state: str, thread: Sequence[int], message: Message, understanding: Understanding
    ) -> str:
        """A digest of what a message is decided on: `state`, the messages of its thread and, with a calendar,
        the free hours of the week it is weighed in, and of the weeks of the other times it offers (busy time in other
        weeks changes nothing for it)."""
        free: object = None
        if self.busy and weighed(understanding):
            details, moment = when_it_meets(message, understanding, self.profile.user.me)
            free = self._free_hours(answered_in(message, moment))
            offered = offered_days(message, details, self.profile.user.off) if details is not None else []
            if len(offered) > 1:  # another time offered may be taken where the first's week is full
                meets = (datetime.combine(day, time(12), tzinfo=UTC) for _slot, day in offered)
                free = (free, *(self._free_hours(at) for at in meets))
        return hashlib.sha256(repr((state, list(thread), free)).encode()).hexdigest()

    def reconsider(self, pk: int, *, keep_edited: bool = True) -> TriageRow:
        """Understand and decide one stored message again (after a correction or a profile change); its pending
        draft, where it holds words the user saved, stays unless not `keep_edited`."""
        with self.sessions.begin() as session:
            repo = Repository(session)
            row = repo.get(pk)
            if row is None:
                raise ParseError(str(pk), "no message with this ID")
            message = stored_message(row)
            [understanding] = self.classifier.understand([Text.from_message(message)], explain=True)
            thread = repo.thread_members([row.thread_id]).get(row.thread_id, [row.id])
            self._users_mail[row.id] = self._users_words(repo, row, thread)
            understanding = self._read_in_thread(
                repo, row, message, understanding, thread, self._users_mail[row.id]
            )
            understanding = self._as_read(
                self._memory(session), message, understanding, self._users_mail[row.id]
            )
            details, moment = when_it_meets(message, understanding, self.profile.user.me)
            verdict, draft, variant, moment = self._verdict(
                repo, message, understanding, row, row.id, moment, details
            )
            moment = offered_moment(draft, moment)
            basis = self._basis(self._state(repo), thread, message, understanding)
            repo.save_analysis(row, understanding, verdict, self.classifier.version, moment, basis)
            stored = repo.replace_pending_draft(
                row, draft, verdict.decision.value, variant, keep_edited=keep_edited
            )
            draft = _as_stored(stored, draft)
            return TriageRow(row.id, row.thread_id, message, understanding, verdict, draft, True)

    @staticmethod
    def _read_in_thread(
        repo: Repository,
        row: MessageRow,
        message: Message,
        understanding: Understanding,
        thread: Sequence[int],
        users_words: str = "",
    ) -> Understanding:
        """A reply keeps the ask of the invitation it answers unless the model is sure it asks something else
        (`users_words`: the user's own mail just before it, which it answers)."""
        if thread[0] == row.id:  # most messages start their thread: nothing asked before, no query
            return understanding
        ask = thread_ask(repo.session, row.id, row.thread_id, message.from_addr, message.from_name)
        return in_its_thread(understanding, ask, message.own_text, users_words)

    def _users_words(self, repo: Repository, row: MessageRow, thread: Sequence[int]) -> str:
        """The user's own words this message answers, where its thread holds them just before it ("Would you
        be open to mentoring me?"); "" for a message alone in its thread (no query)."""
        if len(thread) < 2:
            return ""
        user = self.profile.user
        return users_words_just_before(repo.session, row, user.email, user.name)

    def _as_read(
        self, memory: CorrectionMemory, message: Message, understanding: Understanding, users_mail: str = ""
    ) -> Understanding:
        """The model's reading, a buyer in other words read as a client, and the user's corrections last."""
        return memory.apply(
            as_read(understanding, self.profile, message, users_mail),
            _sender_key(message),
            message.subject,
            message.own_text,
        )

    def _memory(self, session: Session) -> CorrectionMemory:
        if self._corrections is None:
            from kindly.feedback import load_memory

            self._corrections = load_memory(session, self.classifier.model)
        return self._corrections

    def _directory_entries(self, session: Session) -> tuple[DirectoryEntry, ...]:
        if self._directory is None:
            from kindly.directory import entries_in

            self._directory = tuple(entries_in(session))
        return self._directory

    def _one(
        self,
        repo: Repository,
        message: Message,
        understanding: Understanding,
        row: MessageRow,
        duplicate: bool,
        seen_up_to: int | None,
        basis: str,
    ) -> TriageRow:
        if duplicate:
            self.summary.duplicates += 1
        else:
            self.summary.stored += 1
        if duplicate and row.analysis is not None and row.analysis.reason_code == SET_BY_YOU:
            # A decision the user set by hand survives triaging the same message again.
            kept = Verdict(Decision(row.analysis.decision), row.analysis.reason, row.analysis.reason_code)
            self.summary.count(row.id, kept)
            return TriageRow(row.id, row.thread_id, message, understanding, kept, None, duplicate)
        if (
            duplicate
            and row.analysis is not None
            and row.analysis.basis == basis
            and row.thread_id not in self._threads_decided_again
        ):
            return self._as_decided(row, message)
        if duplicate:
            # deciding it again may change what it did to the rest of its thread (a draft withdrawn, an event
            # cancelled): the thread's later messages are decided again too, in order
            self._threads_decided_again.add(row.thread_id)
        verdict = self._calendar_change(repo, message, row)
        draft: Draft | None = None
        variant = 0
        details, moment = when_it_meets(message, understanding, self.profile.user.me)
        if verdict is None:
            verdict, draft, variant, moment = self._verdict(
                repo, message, understanding, row, seen_up_to, moment, details
            )
            if understanding.is_invitation:
                self.summary.invitations += 1
        else:
            self.summary.calendar_updates += 1
        moment = offered_moment(draft, moment)
        repo.save_analysis(row, understanding, verdict, self.classifier.version, moment, basis)
        draft = _as_stored(repo.replace_pending_draft(row, draft, verdict.decision.value, variant), draft)
        repo.session.flush()
        self.drafts_withdrawn.discard(row.id)  # its row shows the draft it has now
        if duplicate:
            self._threads_decided_again.add(row.thread_id)  # the thread a calendar update was filed under
        self.summary.count(row.id, verdict)
        return TriageRow(row.id, row.thread_id, message, understanding, verdict, draft, duplicate)

    def _as_decided(self, row: MessageRow, message: Message) -> TriageRow:
        """A message triaged before on the same basis (profile, model, corrections, thread...): its decision and its
        pending draft stay as they are (same draft ID, same text), whatever day triage runs again."""
        assert row.analysis is not None
        verdict = stored_decision(row.analysis)
        if verdict.reason_code in _CALENDAR_CODES:
            self.summary.calendar_updates += 1
        elif row.analysis.is_invitation:
            self.summary.invitations += 1
        self.summary.count(row.id, verdict)
        understanding = stored_understanding(row.analysis)
        self.drafts_withdrawn.discard(row.id)
        return TriageRow(row.id, row.thread_id, message, understanding, verdict, pending_draft(row), True)

    def _verdict(
        self,
        repo: Repository,
        message: Message,
        understanding: Understanding,
        row: MessageRow,
        seen_up_to: int | None,
        moment: datetime | None,
        details: Details | None = None,
    ) -> tuple[Verdict, Draft | None, int, datetime | None]:
        """Decide, taking the thread into account, and draft the reply if one is owed; also when it meets (another
        time the sender offered where the week of the first has no room)."""
        # what the store knows of the sender and the week is asked only where it is weighed
        said = history(
            repo.session,
            row.id,
            row.thread_id,
            message.from_addr,
            message.from_name,
            (self.profile.user.email, self.profile.user.name),
            last_declined=weighed(understanding),
        )
        # a scam is decided as one whatever the thread makes of it: no referral to pass on, no yes to confirm
        # ("Perfect, June 12 it is. I will send you a certified cashier's check ... send the balance to ...")
        scam = scam_in_message(message) is not None
        entry = None if scam else directory_entry_from_answer(message, said, row.thread_id)
        if entry is not None:
            added = self._remember_referral(repo.session, entry)
            what = "are now in" if added else "were already in"
            reason = f"Their details {what} your referral directory ({entry.category}): {entry.name}."
            return Verdict(Decision.IGNORE, reason, DIRECTORY_ADDED), None, 0, moment
        user = self.profile.user

        @cache
        def after_the_users_own() -> bool:  # one query, asked where it matters and at most once
            return user_wrote_just_before(repo.session, row, user.email, user.name)

        if not scam and is_confirmation(message.own_text) and after_the_users_own():
            # "Perfect - Tuesday at 9 works. See you then!" after the user's own proposal: nothing to answer
            why = "Confirms what you proposed in this thread: nothing new to answer."
            if not _PROPOSED.search(users_words_just_before(repo.session, row, user.email, user.name)):
                # "I'll check my schedule and get back to you!" proposed nothing: a reply-all's "Count me in!"
                # after it is the sender's own yes to the invitation, not to the user
                why = "A yes of their own in this thread after your note: nothing asked of you."
            return Verdict(Decision.IGNORE, why, "confirmation"), None, 0, moment
        if not scam and not understanding.is_invitation and understanding.agreed_meeting:
            why = "Reminds you of a meeting already agreed: nothing new to answer."
            return Verdict(Decision.IGNORE, why, "confirmation"), None, 0, moment
        week = answered_in(message, moment)
        # a meeting kindly said yes to keeps its place in the week: a reply about it is weighed as it was
        yes = yes_drafted(said)
        weighed_at = yes.pk if yes is not None else row.id
        context = (
            Context(
                known_sender=self._known_sender(repo, message, seen_up_to),
                introduced=introduction_of(repo.session, message, row.id),
                # the meetings accepted before it, as the first triage saw them: deciding it again (a changed
                # profile) must not let an invitation stored later take its hours
                hours_committed=hours_committed(
                    repo, week, weighed_at, earlier_only=True, thread_id=row.thread_id
                ),
                free_hours=self._free_hours(week),
                away_on=away_on(moment, self.profile, details),
                hours=_stated_hours(details, message, HOURS.get(understanding.intent)),
                directory=self._directory_entries(repo.session),
                personal_thread=any(s.reason_code == "personal" for s in said.said),
                users_mail=self._users_mail.get(row.id, ""),
                earlier_said="\n\n".join(s.text for s in said.said),
                donations_said_yes=self._donations_said_yes(repo, message, row),
                domain_known_as=self._domain_known_as(repo, message, row.id),
            )
            if weighed(understanding)
            # ...an ordinary work meeting is not weighed, but a contact's is still never doubted for its address,
            # and a request to be their reference (read whatever the model made of it) is theirs to be known for
            else Context(
                known_sender=(
                    understanding.is_invitation
                    or bool(reference_asked_in(message))
                    # ...and a writer sending work is a client of theirs, or a stranger to point to the query form
                    or bool(work_submitted(message.subject, message.own_text))
                )
                and self._known_sender(repo, message, seen_up_to),
                introduced=introduction_of(repo.session, message, row.id)
                if understanding.is_invitation
                else None,
                donations_said_yes=self._donations_said_yes(repo, message, row),
            )
        )
        verdict = decide(message, understanding, self.profile, context)
        # a request for the user's work left to them still gets their saved answer about it as a draft
        verdict = with_saved_answer(verdict, message, understanding.intent.value, self.profile.answers)
        passed_over: tuple[str, ...] = ()  # times they offered in a week with no room left
        if verdict.reason_code in _WEEK_FULL and details is not None:
            verdict, passed_over, moment = self._another_day_offered(
                repo, message, understanding, context, verdict, details, (weighed_at, row.thread_id), moment
            )

        def answers_the_users_own() -> bool:  # asked only where it matters: the second is a query
            return quotes_the_user(message.quoted_text, user.name, user.email) or after_the_users_own()

        def offers_a_time_back() -> bool:
            # "Great to meet you too! How about Tuesday, December 8 at 8:30am at Harbinger Cafe?": a time for the
            # meeting the user proposed is a yes to it, said or not
            # (the user's own words must have invited them to meet: after the user's yes to the sender's coffee,
            # "Shall we meet at Case Study Coffee on Thursday?" only settles where, and the yes stands)
            return (
                details is not None
                and bool(meeting_proposed(questions(message.own_text)))
                and bool(offered_days(message, details, self.profile.user.off))
                and bool(invited_to_meet(users_words_just_before(repo.session, row, user.email, user.name)))
            )

        if (
            # declined, yet it says yes to the user's own proposal or offers a time for the meeting they proposed
            (
                (verdict.decision is Decision.DECLINE or verdict.reason_code == CLIENT_REQUEST)
                and (says_yes(message.own_text) or offers_a_time_back())
            )
            # or passed over as a plain work meeting ("Yes please! Would Tuesday 8 December at 3pm on Discord
            # work to plan it?" reads as scheduling on its own), yet it says yes to the user's own proposal
            or (verdict.reason_code == _PLAIN_WORK_MEETING and says_yes(message.own_text))
        ) and answers_the_users_own():
            # "Thanks for suggesting this - yes, let's do the swap": the user's own plan, never declined; a call
            # to go on with it, with the times they can do, is taken at the first that fits
            asked = questions(message.own_text)
            meeting = meeting_proposed(asked)
            offered = offered_days(message, details, self.profile.user.off) if details is not None else []
            if not meeting or not offered:
                return yes_to_users_plan(asked), None, 0, moment
            verdict = meeting_for_users_plan(meeting, verdict, said_yes=says_yes(message.own_text))
        elif verdict.reason_code in _WEIGHED_ON_ITS_OWN and after_the_users_own():
            # "Would Wednesday, December 9 at 11:00 am work for a call?" after the user's own "would you like to
            # find 30 minutes next week?": their own invitation answered with a time, which is taken
            meeting = meeting_proposed(questions(message.own_text))
            said_by_user = users_words_just_before(repo.session, row, user.email, user.name)
            found = details if details is not None else extract(message, understanding.intent)
            if meeting and invited_to_meet(said_by_user) and offered_days(message, found, user.off):
                verdict = meeting_for_users_plan(meeting, verdict, said_yes=says_yes(message.own_text))
        if verdict.reason_code == ACCEPT_LATER and answers_the_users_own():
            # a mentor answering the user's own request with a time: never told the user is too busy for it
            why = f"{verdict.grounds}; they answer your own request, so the time they offer is taken."
            verdict = replace(verdict, reason=why, reason_code=ANSWERS_YOUR_REQUEST)
        # asked only where something was said before in the thread: most replies start nothing to answer
        answers_user = bool(said.said) and (
            answers_the_user(repo.session, message.in_reply_to, message.from_addr)
            or quotes_the_user(message.quoted_text, user.name, user.email)
        )
        verdict, said = self._in_thread(repo, row, message, understanding, verdict, said, answers_user)
        if not said.said and verdict.decision is not Decision.IGNORE and points_back(message.own_text):
            # "Josh from HUB24 again - just following up on my email": the same person, another channel or thread
            earlier = declined_elsewhere(
                repo.session, row.id, row.thread_id, message.from_addr, message.from_name
            )
            held = the_no_stands_elsewhere(
                verdict, earlier, understanding.intent.value, message.channel, message.own_text
            )
            if held is not verdict and earlier is not None and not earlier.told:
                # the no to the first is theirs to send (or was left unsaid): no second reply, whatever the
                # cooling-off period says besides
                unsaid = silenced(held, said, clock.now(), self.profile.user.cooling_off_days) or (
                    f"the reply to #{earlier.pk} waits unsent"
                    if earlier.waiting
                    else f"no reply went to #{earlier.pk}"
                )
                return (
                    replace(held, evidence=(*held.evidence, f"no reply drafted: {unsaid}")),
                    None,
                    0,
                    moment,
                )
            verdict = held
        if verdict.decision is Decision.IGNORE and DecisionMark.SAVED_ANSWER not in verdict.marks:
            return (
                verdict,
                None,
                0,
                moment,
            )  # left to the user: no reply is drafted, so none can be owed or silenced
        later = later_reply(repo.session, row.id, row.thread_id, message.from_addr, message.from_name)
        if later is not None:  # decided again after the thread moved on: the newest message holds the reply
            why = f"no reply drafted: a later message of this thread (#{later}) holds the reply"
            return replace(verdict, evidence=(*verdict.evidence, why), hours=0.0), None, 0, moment
        applying = applied_for(understanding, message) if verdict.decision is Decision.ACCEPT else ""
        if applying:  # "Applications close on Tuesday 15 December": answered by applying, not by a reply
            why = f"{verdict.reason} It is {applying}."
            note = f"no reply drafted: {applying}"
            return replace(verdict, reason=why, evidence=(*verdict.evidence, note)), None, 0, moment
        if verdict.decision is Decision.ACCEPT and (asking := application_asked(understanding, message)):
            # "Would you like to apply? The application takes 15 minutes.": no form to go to, so the yes asks
            verdict = replace(verdict, reason=f"{verdict.reason} It is {asking}.")
        # a mixer at 6pm keeps its organiser's hour, but the user hears that it is outside their own
        verdict = noted_outside_hours(verdict, message, details, understanding.intent, self.profile)
        answered = user_wrote_later(repo.session, row, user.email, user.name)
        verdict, quiet = silence_if_no_reply_owed(
            row,
            verdict,
            said,
            self.profile,
            answered_later=answered,
            answers_user=answers_user,
            nudge_text=message.own_text,
            intent=understanding.intent.value,
            # a follow-up right after the user's own answer ("just following up - a quick chat this week?")
            after_users_answer=after_the_users_own,
        )
        if quiet:
            if verdict.decision is Decision.ACCEPT and yes_drafted(said) is not None:
                verdict = replace(verdict, hours=0.0)  # the meeting counts once, with the yes drafted for it
            return verdict, None, 0, moment
        variant = repo.draft_variant(row, verdict.decision.value, clock.now() - timedelta(days=7))
        # a client's mail a colleague forwarded is answered to the client
        target = reply_target(message, self.profile.user, understanding.intent.value)
        if details is not None and target is message:
            details = self._with_what_the_thread_gave(repo, row, message, understanding.intent, details)

        # "your fee?" asked before, in a mail whose unsent reply this one withdrew: a yes still answers it
        withdrawn_words = self._withdrawn_words.pop(row.id, [])
        carried = (
            answers_still_open(withdrawn_words, message.own_text, self.profile.answers)
            if verdict.decision is Decision.ACCEPT
            else []
        )

        def write(taken: TakenTimes) -> Draft | None:
            return compose(
                target,
                understanding,
                verdict,
                self.profile,
                variant=variant,
                taken=taken,
                details=details if target is message else None,
                carried=carried,
            )

        # "Neither of those works for me": the times the user's reply offered them are not offered again
        passed_over = (*passed_over, *times_turned_down(repo.session, row, user.email))
        if TAKES_THEIR_TIME in verdict.evidence and details is not None:
            # ...nor, where they offer a time of their own after her reply ("Could we move to next Tuesday at 3?"),
            # the times she gave them on other days: they move from those
            passed_over = (*passed_over, *moved_from(repo.session, row, message, details, user.email))
        # "Something came up on Monday": no time is proposed on a day the sender says no longer works for them
        # (a weekday alone is the one its thread proposed or agreed, read from the thread only when one is said)
        days_out = days_they_cannot(message, details, lambda: days_said_in_thread(repo.session, row))
        draft = write(self._times.taken(repo, passed_over, row.thread_id, message.from_addr, days_out))
        if draft is not None and draft.times and TAKES_THEIR_TIME in verdict.evidence:
            verdict = none_of_theirs_taken(verdict)  # their time is not taken: others are proposed
        if draft is not None and verdict.decision is Decision.ACCEPT:
            draft, verdict = self._times.one_set_of_times(repo, row, message, draft, verdict, variant)
        if draft is not None:
            if verdict.decision is Decision.ACCEPT and not draft.times:
                # "see you on Tuesday, December 8, from 7:00 to 8:30 am": the time a yes takes is no one else's
                self._times.offer(draft.text, row.thread_id, message.from_addr)
                self._times.move_proposals(repo, draft.text, row.thread_id, message.from_addr)
            for slot in draft.times:
                self._times.offer(slot, row.thread_id, message.from_addr)
            if draft.times:
                self._times.propose(
                    row.id,
                    Proposal(
                        row.thread_id, message.from_addr, draft.times, write, target, verdict, variant, moment
                    ),
                )
            checked = check_draft(draft, target, self.profile, verdict.referral)
            if not checked.ok:  # a draft that fails the checker is not offered
                verdict = replace(
                    verdict,
                    evidence=(*verdict.evidence, *(f"draft withheld: {p}" for p in checked.problems)),
                )
                draft = None
        if draft is not None and verdict.decision is Decision.ACCEPT:
            withdrawn = withdraw_introducers_drafts(
                repo, row, message, self.profile.user.name, introduced=context.introduced
            )
            if withdrawn:
                self.drafts_withdrawn.update(withdrawn)
                for pk in withdrawn:  # its times are offered to no one now
                    self._times.withdrawn(pk)
                where = ", ".join(f"#{n}" for n in withdrawn)
                verdict = replace(
                    verdict,
                    evidence=(
                        *verdict.evidence,
                        f"replaces the unsent yes to the introduction ({where}): one reply answers both"
                        if not _introduced_elsewhere(repo, row, context.introduced)
                        else f"replaces the unsent yes to the introduction ({where}), which offered "
                        "them other times: thank the introducer yourself",
                    ),
                )
        if draft is not None and self.polish_settings is not None:
            polished = polish(draft, message, self.profile, self.polish_settings, referral=verdict.referral)
            if polished.polished:
                draft = replace(draft, text=polished.text)
            else:
                verdict = replace(
                    verdict, evidence=(*verdict.evidence, f"polish not used: {polished.reason}")
                )
        return verdict, draft, variant, moment

    def _donations_said_yes(self, repo: Repository, message: Message, row: MessageRow) -> tuple[int, ...]:
        """The donation requests said yes to in the period of the profile's cap on donations that holds this
        request (its calendar month, as it was written): asked only of a donation request under such a cap."""
        cap = donation_rule(self.profile)
        if cap is None or not donation_asked_in(message):
            return ()
        written = message.date.astimezone(message.zone) if message.date else clock.now()
        start, end = cap_period(cap, written)
        return tuple(repo.said_yes_between(DONATION, start, end, row.id, row.thread_id))

    def _another_day_offered(
        self,
        repo: Repository,
        message: Message,
        understanding: Understanding,
        context: Context,
        verdict: Verdict,
        details: Details,
        weighed: tuple[int, str],
        moment: datetime | None,
    ) -> tuple[Verdict, tuple[str, ...], datetime | None]:
        """Where the week of the first time offered has no room, the first other time the sender offered ("or
        failing that Tuesday the 15th") in a week with room: its verdict, the times passed over for it, and when it
        meets; else `verdict` as it is."""
        offered = offered_days(message, details, self.profile.user.off)
        if len(offered) < 2:
            return verdict, (), moment
        full_week = week_of(answered_in(message, moment))
        first = written_day(offered[0][1], self.profile.user.date_style)
        for at, (slot, day) in enumerate(offered):
            meets = datetime.combine(day, time(12), tzinfo=UTC)
            if week_of(meets) == full_week:
                continue
            pk, thread_id = weighed
            roomier = replace(
                context,
                hours_committed=hours_committed(repo, meets, pk, earlier_only=True, thread_id=thread_id),
                free_hours=self._free_hours(meets),
                away_on="",
            )
            other = decide(message, understanding, self.profile, roomier)
            if other.reason_code in _WEEK_FULL:
                continue
            passed = tuple(s for s, _day in offered[:at])
            if (
                other.decision is not Decision.ACCEPT
            ):  # weighed on its own, not the full week: no time to take
                return other, passed, meets
            why = f"{other.reason} The week of {first} is full; {slot}, which they offered too, has room."
            return replace(other, reason=why), passed, meets
        return verdict, (), moment

    def _with_what_the_thread_gave(
        self, repo: Repository, row: MessageRow, message: Message, intent: Intent, details: Details
    ) -> Details:
        """`details` with what the sender's earlier messages of the thread with the same ask, and the user's own,
        gave (the day's hour, the place, the length) where this message leaves it out: a yes in a thread asks for
        none of it again."""
        if message.date is None:
            return details
        user = self.profile.user
        sender = _sender_of(message.from_addr, message.from_name)
        before = []
        for earlier in written_before(
            repo.session, row, message.from_addr, message.from_name, (user.email, user.name)
        ):
            if _sender_of(earlier.from_addr, earlier.from_name) != sender:
                before.append(self._gave(earlier, None))  # the user's own mail, read for its days and places
            elif earlier.analysis is not None and earlier.analysis.intent == intent.value:
                before.append(self._gave(earlier, intent))  # the same ask, as it was read
        return with_what_the_thread_gave(details, before, message.own_text, local_day(message.date, message))

    def _gave(self, earlier: MessageRow, intent: Intent | None) -> Details:
        """What an earlier message of a thread gives the replies after it (its details, read as `intent`),
        extracted the first time a reply asks: a long thread is read once, not again for every reply."""
        key = (earlier.id, intent)
        if key not in self._thread_gave:
            self._thread_gave[key] = extract(stored_message(earlier), intent)
        return self._thread_gave[key]

    def _in_thread(
        self,
        repo: Repository,
        row: MessageRow,
        message: Message,
        understanding: Understanding,
        verdict: Verdict,
        said: History,
        answers_user: bool,
    ) -> tuple[Verdict, History]:
        """The verdict on a message's own words, read in its thread: whether it answers a question the user put,
        asks something new in a thread kindly accepted, or moves the thread past the drafts waiting there
        (which are withdrawn: a thread is answered for its newest message)."""
        # a reminder that names no new price or day is answered by the reply that waits, however it is read
        news = bool(said.said) and brings_news(message.own_text, _before(repo, row))
        nudge = is_nudge(message.own_text) and not news
        off = called_off(message.own_text)
        verdict = the_yes_stands(verdict, said, understanding.intent.value, nudge=nudge, called_off=off)
        if off and yes_drafted(said) is not None:
            self._times.called_off(row.thread_id)  # its time is free again for the rest of this run's drafts
        # the thread is looked through for the introduction only where they write to meet
        introduction = (
            accepted_introduction_of(repo, row, message, self.profile.user.name)
            if understanding.intent in _TO_MEET
            else None
        )
        if introduction is not None and introduction.analysis is not None:
            verdict = the_introduction_stands(verdict, introduction.id, introduction.analysis.reason_code)
        if asked_by_user(said, answers_user):
            verdict = replace(
                verdict, evidence=(*verdict.evidence, "their answer to your question in this thread")
            )
        user = self.profile.user
        # a yes to a meeting after her yes went ("Could we move our coffee to Tuesday, December 15 at 10am?") moves it
        moved = (
            verdict.decision is Decision.ACCEPT
            and any(s.sent and s.decision == Decision.ACCEPT.value for s in said.said)
            and names_a_new_time(repo.session, row, user.email)
        )
        if (
            (verdict.decision is Decision.IGNORE or moved)
            and said.said
            and not user_wrote_later(repo.session, row, user.email, user.name)
        ):
            if not moved:
                verdict = asks_in_accepted_thread(verdict, said, questions(message.own_text))
            # ...unless all it asks is a call to go on with it, at times of theirs: the first that fits is taken
            meeting = (
                meeting_proposed(questions(message.own_text))
                if verdict.reason_code == THREAD_QUESTION or moved
                else ""
            )
            details = extract(message, understanding.intent)
            if meeting and offered_days(message, details, user.off, self.profile.meeting_hours):
                verdict = meeting_in_accepted_thread(meeting, verdict, said)
            elif meeting and days_named(message, details):
                # a time only on days she does not meet (a day off, a weekend): answered as a first invitation's
                # is, with why it does not suit and times she meets
                verdict = meeting_in_accepted_thread(meeting, verdict, said, suits=False)
            elif (meeting or (verdict.decision is Decision.IGNORE and not questions(message.own_text))) and (
                hour := hour_said_alone(message.own_text, message.quoted_text)
            ):
                # "7:30ish works", "How about 7:30?": the hour to go on at, on days the yes proposes
                verdict = meeting_in_accepted_thread(hour, verdict, said)
        if (
            verdict.decision is Decision.ACCEPT
            and TAKES_THEIR_TIME not in verdict.evidence
            and news
            and any(s.sent and s.decision == Decision.ACCEPT.value for s in said.said)
            and (asked := questions(message.own_text))
            and not user_wrote_later(repo.session, row, user.email, user.name)
        ):
            # a new ask after her yes went, with days of its own ("could I visit your lab in February? Would
            # February 9 or 10 work?"), and no one call to take a time of: a new ask, never hidden as the yes
            # already sent - hers to answer, its questions listed
            verdict = new_ask_after_yes(verdict, asked)
        verdict = in_users_own_hands(verdict, said, answers_user, questions(message.own_text))
        verdict = the_no_stands(verdict, said, nudge)
        verdict = the_reason_stands(verdict, said, self.profile.providers)
        # ...and one that asks the call again without what the reply asked for first keeps that question
        verdict = the_question_stands(
            verdict, said, nudge and not prerequisite_sent(self.profile, message.own_text)
        )
        if not moves_on(
            verdict,
            said,
            invitation=understanding.is_invitation,
            nudge=nudge,
            intent=understanding.intent.value,
            answers_user=answers_user,
            news=news,
            explains=bool(understanding.purpose_clear),
        ):
            return verdict, said
        return self._withdraw_waiting(repo, row, message, verdict, said)

    def _withdraw_waiting(
        self, repo: Repository, row: MessageRow, message: Message, verdict: Verdict, said: History
    ) -> tuple[Verdict, History]:
        """Withdraw the drafts that wait unsent for the sender's earlier messages of this thread, which this
        newer one moves on: the verdict notes it, and the history no longer holds them."""
        # a meeting the user arranges themselves in the newest message still counts against its week
        self._withdrawn_words[row.id] = waiting_drafts_words(repo, row, message)
        withdrawn = withdraw_waiting_drafts(
            repo, row, message, keep_hours=verdict.decision is Decision.IGNORE
        )
        if not withdrawn:
            return verdict, said
        self.drafts_withdrawn.update(withdrawn)
        for pk in withdrawn:  # its times are offered to no one now
            self._times.withdrawn(pk)
        where = ", ".join(f"#{n}" for n in withdrawn)
        note = (
            f"replaces the unsent draft for {where}: the thread is answered for its newest message"
            if verdict.decision is not Decision.IGNORE
            else f"the unsent draft for {where} is withdrawn: it answers an older message of this thread"
        )
        kept = tuple(s if s.sent else replace(s, drafted=False) for s in said.said)
        return replace(verdict, evidence=(*verdict.evidence, note)), replace(said, said=kept)

    def _remember_referral(self, session: Session, entry: DirectoryEntry) -> bool:
        from kindly.directory import add_to_session, entry_for_thread

        if entry_for_thread(session, entry.source_thread) is not None:
            return False
        add_to_session(session, entry)
        self._directory = None  # the new entry can be recommended from the next message on
        return True

    def _domain_known_as(self, repo: Repository, message: Message, pk: int) -> str:
        """The goal's target organisation earlier mail from the sender's domain signed as (not webmail's, nor the
        user's own domain's)."""
        domain = message.from_addr.rpartition("@")[2].lower()
        if not domain or domain in PUBLIC_DOMAINS or self.profile.user.at_own_domain(message.from_addr):
            return ""
        return organisation_of_domain(self.profile, repo.signatures_from_domain(domain, pk))

    def _known_sender(self, repo: Repository, message: Message, seen_up_to: int | None) -> bool:
        return known_sender(repo, self.profile, message, seen_up_to)

    def _calendar_change(self, repo: Repository, message: Message, row: MessageRow) -> Verdict | None:
        """A cancellation, counter-proposal, reply or update of a known invitation: filed under that
        invitation (same thread; its stored event updated or marked cancelled), not triaged anew."""
        event = message.event
        if event is None or not event.uid or event.method not in _CHANGES | _INVITES:
            return None
        original = repo.calendar_original(event.uid, before_pk=row.id)
        if original is None:
            if event.method in _INVITES:
                return None  # a new invitation
            what = _describe_change(event.method, message, "an invitation kindly has not seen")
            return Verdict(Decision.IGNORE, f"{what}; nothing to decide.", _change_code(event.method))
        repo.attach_update(row, original)
        invitation = f"invitation #{original.id}"
        if event.method == "CANCEL":
            if any(d.status == "pending" for d in original.drafts):
                self.drafts_withdrawn.add(original.id)
            repo.mark_cancelled(original)
        elif event.method in _INVITES:
            if event.sequence > (original.event_sequence or 0):
                repo.update_event(original, event)
                return Verdict(
                    Decision.IGNORE,
                    f"Updates {invitation} (sequence {event.sequence}); decide on that one.",
                    "calendar_update",
                )
            return Verdict(
                Decision.IGNORE,
                f"Sent again: {invitation}, nothing changed; decide on that one.",
                "calendar_update",
            )
        what = _describe_change(event.method, message, invitation)
        return Verdict(Decision.IGNORE, f"{what}.", _change_code(event.method))

    def _free_hours(self, moment: datetime | None) -> float | None:
        """Free working hours by the user's calendar in the week of `moment`."""
        if not self.busy or moment is None:
            return None
        return free_hours(moment, self.busy)


def _before(repo: Repository, row: MessageRow) -> str:
    """The words of the thread before this message."""
    return "\n".join(m.own_text or "" for m in repo.thread(row.thread_id) if m.id < row.id)


def _waiting_earlier(repo: Repository, row: MessageRow, message: Message) -> list[MessageRow]:
    """The sender's earlier messages of this thread whose drafts wait unsent."""
    sender = _sender_of(message.from_addr, message.from_name)
    return [
        earlier
        for earlier in repo.thread(row.thread_id)
        if earlier.id < row.id
        and _sender_of(earlier.from_addr, earlier.from_name) == sender
        and earlier.analysis is not None
        and any(d.status == "pending" for d in earlier.drafts)
    ]


def waiting_drafts_words(repo: Repository, row: MessageRow, message: Message) -> list[str]:
    """The words of the drafts that wait unsent for the sender's earlier messages of this thread."""
    return [
        d.text
        for earlier in _waiting_earlier(repo, row, message)
        for d in earlier.drafts
        if d.status == "pending"
    ]


def withdraw_waiting_drafts(
    repo: Repository, row: MessageRow, message: Message, *, keep_hours: bool = False
) -> list[int]:
    """Withdraw the pending drafts for the sender's earlier messages of this thread, which a newer message of
    theirs moves on (a yes to a keynote that now turns out to cost EUR 2,500; a question the newer message
    answers). Their meetings no longer count against the week, unless `keep_hours`: the newest message's
    decision counts. Returns the messages whose drafts were withdrawn (their IDs)."""
    withdrawn = []
    for earlier in _waiting_earlier(repo, row, message):
        if earlier.analysis is not None:  # (always: _waiting_earlier keeps only messages decided on)
            note = f"draft withdrawn: a later message of this thread (#{row.id}) moved it on; see that one"
            withdrawn.append(_withdraw(repo, earlier, earlier.analysis, note, keep_hours=keep_hours))
    return withdrawn


def _as_stored(stored: DraftRow | None, draft: Draft | None) -> Draft | None:
    """The draft that waits after deciding again: the user's edited words where they were kept."""
    if stored is None or not stored.edited:
        return draft
    return Draft(
        stored.text,
        tuple(stored.steps),
        stored.channel,
        stored.subject,
        from_name=stored.from_name,
        from_addr=stored.from_addr,
    )


def _sender_of(address: str, name: str) -> str:
    return (address or name or "").lower()


def _withdraw(
    repo: Repository, earlier: MessageRow, analysis: AnalysisRow, note: str, *, keep_hours: bool
) -> int:
    """Withdraw the pending draft of an earlier message of the thread, noting why; its meeting no longer counts
    against the week unless `keep_hours`. Returns the message's ID."""
    repo.replace_pending_draft(earlier, None, analysis.decision)
    analysis.decision_evidence = [*(analysis.decision_evidence or []), note]
    if not keep_hours:
        analysis.networking_hours = 0.0
    return earlier.id


def weighed(understanding: Understanding) -> bool:
    """Whether a message is weighed against the user's time and history: most mail is no invitation, or an
    ordinary work meeting, and is left to the user before any of it counts."""
    return understanding.is_invitation and understanding.intent is not Intent.WORK_MEETING


def answered_in(message: Message, moment: datetime | None) -> datetime:
    """The moment whose week an invitation is weighed in: when it meets; one that names no day meets when the
    user answers it, not in a week that has gone by."""
    return moment or later_of(message.date, clock.now())


def withdraw_introducers_drafts(
    repo: Repository,
    row: MessageRow,
    message: Message,
    user_name: str = "",
    introduced: Introduction | None = None,
) -> list[int]:
    """Where the person introduced writes in the thread of their introduction ("Re: Intro: Tomás <> Marcus",
    with times of their own), or on their own (a calendar invitation after the introduction that copied them),
    and kindly's yes to the introducer still waits unsent, that draft is withdrawn: the reply to the person
    introduced answers both, and two yeses with different times would confuse them. Returns the messages whose
    drafts were withdrawn (their IDs)."""
    withdrawn = []
    sender = _sender_of(message.from_addr, message.from_name)
    introductions = list(repo.thread(row.thread_id))
    if introduced is not None and (elsewhere := repo.session.get(MessageRow, introduced.message_pk)):
        introductions.append(elsewhere)
    for earlier in dict.fromkeys(introductions):
        analysis = earlier.analysis
        if analysis is None or not _introduces_sender(earlier, row, sender, message, user_name):
            continue
        if not any(d.status == "pending" and d.decision == Decision.ACCEPT.value for d in earlier.drafts):
            continue
        where = "in this thread" if earlier.thread_id == row.thread_id else "on their own"
        note = f"draft withdrawn: the person introduced answered {where} (#{row.id}); reply there"
        # the meeting is one, counted with the reply that arranges it
        withdrawn.append(_withdraw(repo, earlier, analysis, note, keep_hours=False))
    return withdrawn


def accepted_introduction_of(
    repo: Repository, row: MessageRow, message: Message, user_name: str = ""
) -> MessageRow | None:
    """The earlier introduction of this thread that kindly said yes to and that introduces the sender (alone) to
    the user ("Marcus, meet Dr. Alan Whitfield", then Alan's "Re: Intro: ..."), if any.

    Like introduction_of, an introduction someone else made, stored before and said yes to; unlike it, on purpose:
    only in this thread and at any age (the thread is what links them, and its yes is what stands or is
    withdrawn), read by whom it names (the sender alone: one of several introduced answers only for themselves),
    and whatever goal it served."""
    sender = _sender_of(message.from_addr, message.from_name)
    for earlier in repo.thread(row.thread_id):
        analysis = earlier.analysis
        if (
            analysis is not None
            and analysis.decision == Decision.ACCEPT.value
            and _introduces_sender(earlier, row, sender, message, user_name)
        ):
            return earlier
    return None


def _introduces_sender(
    earlier: MessageRow, row: MessageRow, sender: str, message: Message, user_name: str
) -> bool:
    """Whether `earlier`, stored before `row`, is an introduction that someone else made of the sender of
    `message` (`sender`: _sender_of them) alone: the introducer writing again is answered by the thread's
    one-reply rule, and one of several introduced (or someone copied) answers only for themselves."""
    analysis = earlier.analysis
    return (
        earlier.id < row.id
        and analysis is not None
        and analysis.intent == Intent.INTRODUCTION.value
        and _sender_of(earlier.from_addr, earlier.from_name) != sender
        and _the_one_introduced(message.from_name, stored_message(earlier), user_name, message.from_addr)
    )


# What the person introduced may write to do: meet (a pitch or a job is its own matter, decided on its words).
_TO_MEET = frozenset({Intent.COFFEE_CHAT, Intent.MENTORSHIP_REQUEST, Intent.INTRODUCTION})


def _introduced_elsewhere(repo: Repository, row: MessageRow, introduced: Introduction | None) -> bool:
    """Whether the introduction that brought the sender in is in another thread than their message."""
    if introduced is None:
        return False
    introduction = repo.session.get(MessageRow, introduced.message_pk)
    return introduction is not None and introduction.thread_id != row.thread_id


def _the_one_introduced(name: str, introduction: Message, user_name: str = "", address: str = "") -> bool:
    """Whether the sender is the only person the introduction asks the user to meet ("Dana, meet Marcus Lee"):
    where it introduces two people, each answers only for themselves. The user, named to the other ("James - meet
    Clara Benitez"), is not one of them. Where the introduction names no one but the user ("Intro: Renata Okafor <>
    Denise Kowalczyk", "Denise, Renata - ..."), the one it was written to beside the user is the one introduced."""
    words = fold(name).split()
    while len(words) > 1 and words[0].rstrip(".") in HONORIFICS:  # "Prof. Erik Halvorsen" is Erik
        words.pop(0)
    first = words[:1]
    user = fold(user_name)
    introduced = [
        fold(person)
        for person in extract(introduction, Intent.INTRODUCTION).attendees
        # the user by their first name too ("Dana, Marcus - introducing you two", to Marcus Delgado)
        if not user or fold(person) not in (user, user.split()[0])
    ]
    if not introduced and address:
        # an introduction copies both people it introduces: the sender among its addressees, and the user the
        # only other one
        to = {a.lower() for a in introduction.to} - {introduction.from_addr.lower()}
        return address.lower() in to and len(to) == 2
    return bool(first) and len(introduced) == 1 and phrase_in(first[0], introduced[0])


def silence_if_no_reply_owed(
    row: MessageRow,
    verdict: Verdict,
    said: History,
    profile: Profile,
    *,
    answered_later: bool = False,
    answers_user: bool = False,
    nudge_text: str = "",
    intent: str = "",
    after_users_answer: Callable[[], bool] = lambda: False,
) -> tuple[Verdict, bool]:
    """(verdict, True) with the reason in its evidence when no reply is owed now: one reply per thread and
    decision, the cooling-off period after a decline, a reply to this very message already approved or
    sent, the user's own answer later in the thread, a nudge that only follows up the user's own answer;
    else (verdict, False)."""
    nudge = is_nudge(nudge_text)
    if nudge and verdict.decision is not Decision.ACCEPT and after_users_answer():
        # the user answered this thread themselves: a nudge about it is theirs to take up, not a new decline
        why = "no reply drafted: it follows up on your own answer in this thread; yours to take up"
        return replace(verdict, evidence=(*verdict.evidence, why)), True
    # a call for proposals is answered through its own form, as an event through its RSVP link
    mailed_out = (
        intent in ("event_invitation", "community_invitation")
        or (intent == "speaking_invitation" and call_for_talks(row.subject or "", nudge_text))
        # a seller's own webinar, declined under a rule about them, is an event mailed out all the same
        or any(note.startswith(SELLERS_EVENT) for note in verdict.evidence)
    )
    if (
        mailed_out
        and verdict.decision is not Decision.IGNORE
        and (
            a_mailing(nudge_text)
            # from events@ with a way to answer it, or signed by no one ("The RotaForce team"); one that only
            # asks "Would you say a few words at the start line?" and signs "Mere Tawhai" is a person's ask
            or (
                from_a_shared_mailbox(row.from_addr)
                and (_WAY_TO_ANSWER.search(nudge_text) is not None or not signature_name(row.signature or ""))
                # ...unless a reply is the way it asks to be answered ("RSVP by replying to this email", "Please
                # let us know if you can join us") and it gives no link or form to answer through instead
                and not answered_by_reply(nudge_text)
                # ...or a person wrote it to the user ("Hi Wren, ... Warmly, Claire Dunn"): a relationship's
                # invitation, its yes or no drafted like any other's, the RSVP link still there to use
                and not written_to_you(nudge_text, profile.user.name, signature_name(row.signature or ""))
            )
        )
        and row.event is None  # a calendar invitation is answered by its own RSVP, which kindly drafts
    ):
        # an event mailed from events@ or education@, or to a whole list ("Dear colleague", an unsubscribe
        # line), is answered through its own RSVP link, if at all
        why = "a mailing to a list" if a_mailing(nudge_text) else "a shared mailbox"
        if intent != "speaking_invitation":
            how = "RSVP through its link"
        else:  # where to submit and by when, so the user can act without opening the mail again
            how = how_to_submit(nudge_text, clock.now(), row.sent_at, profile.user.date_style)
            if verdict.decision is Decision.ACCEPT:
                verdict = replace(verdict, reason=f"{verdict.reason} It is a call for talks: {how}.")
        return replace(
            verdict,
            evidence=(*verdict.evidence, f"no reply drafted: sent from {why}; {how}"),
        ), True
    if (
        verdict.decision is not Decision.IGNORE
        and "@" in row.from_addr
        and is_no_reply(row.from_addr)
        and row.event
        is None  # a calendar invitation's organiser is answered by its own RSVP or a plain e-mail
    ):
        # "Kyle Brandt <notifications@github.com>": a site's notice of what someone wrote there, whose reply goes
        # to no one or is posted for everyone to read (a public issue): the user answers them where they wrote
        return replace(
            verdict, evidence=(*verdict.evidence, no_reply_address(row, row.body or nudge_text))
        ), True
    quiet = silenced(
        verdict,
        said,
        clock.now(),
        profile.user.cooling_off_days,
        answers_user,
        intent=intent,
        nudge=nudge,
    )
    if answered_later and verdict.decision is not Decision.IGNORE:
        quiet = "you already answered later in this conversation"
    approved = [d.id for d in row.drafts if d.status == "approved"]
    session = object_session(row)
    went = left_kindly(session, approved) if session is not None else set()
    if any(
        # a reply that went (sent by kindly, or exported or pushed for the user's own mail program, which may have
        # sent it) is the answer, whatever the message is decided again as: a second reply to the same mail would
        # contradict the one that went, and hide it
        d.status == "sent"
        or d.id in went
        or (d.status == "approved" and d.decision == verdict.decision.value)
        for d in row.drafts
    ):
        quiet = "you already answered this message"
    if not quiet:
        return verdict, False
    return replace(verdict, evidence=(*verdict.evidence, f"no reply drafted: {quiet}")), True


def no_reply_address(row: MessageRow, text: str) -> str:
    """Why no reply is drafted to a notification address, and where to answer the person it names instead: the
    link the notice gives to see or answer it ("Reply to this email directly, view it on GitHub: https://...")."""
    who = row.from_name or "them"
    link = _ANSWER_LINK.search(text)
    where = f" ({link.group(1).rstrip('.,;)')})" if link is not None else ""
    return (
        f"no reply drafted: sent from a notification address ({row.from_addr}), where a reply goes to no one or is "
        f"posted for everyone to read; answer {who} where they wrote{where}"
    )


# The line of a notice that says where to see or answer what was written: "view it on GitHub: https://...",
# "Reply on LinkedIn: https://...", "See the full conversation at https://..."
_ANSWER_LINK = re.compile(
    r"\b(?:view|reply|respond|answer|see|read)\b[^\n]{0,60}?(https?://\S+)", re.IGNORECASE
)


# How long an introduction the user said yes to vouches for the person it brought in.
INTRODUCED_FOR = timedelta(days=90)


def introduction_of(session: Session, message: Message, before_pk: int) -> Introduction | None:
    """The introduction the user said yes to, stored before this message and within `INTRODUCED_FOR` of it, that
    brought its sender in: they were copied on it or it was addressed to them ("Hi Aisling and Erik, I wanted to
    introduce you two", Erik in Cc). None where none did, or where they made it themselves.

    Unlike accepted_introduction_of, on purpose: asked before the decision, of the whole store (the one introduced
    often writes in a thread of their own), by address in one query (however many it introduced: being brought
    in at all vouches for each), and only of one that served a goal, whose fit it lends."""
    address = message.from_addr.lower()
    if "@" not in address:
        return None
    found = session.execute(
        _introductions_naming(), {"before_pk": before_pk, "address": address, "pattern": f'%"{address}"%'}
    )
    for pk, from_name, from_addr, sent_at, goal_index, fit in found.all():
        if (
            message.date
            and sent_at
            and abs(clock.as_utc(message.date) - clock.as_utc(sent_at)) > INTRODUCED_FOR
        ):
            continue
        assert goal_index is not None
        made_by = f"{from_name or from_addr}'s introduction (#{pk})"
        return Introduction(made_by, goal_index, fit, pk)
    return None


@cache
def _introductions_naming() -> Select[int, str, str, datetime | None, int | None, float]:
    """The accepted introductions stored before a message (`before_pk`) that name an address (`address`, and
    `pattern`: it in quotes, as the JSON of the To and Cc columns holds it), latest first: built once, asked of
    every weighed message with its own values."""
    pattern = bindparam("pattern", type_=SqlText)
    return (
        select(
            MessageRow.id,
            MessageRow.from_name,
            MessageRow.from_addr,
            MessageRow.sent_at,
            AnalysisRow.goal_index,
            AnalysisRow.fit,
        )
        .join(AnalysisRow, AnalysisRow.message_pk == MessageRow.id)
        .where(
            MessageRow.id < bindparam("before_pk"),
            MessageRow.from_addr != bindparam("address"),
            AnalysisRow.intent == Intent.INTRODUCTION.value,
            AnalysisRow.decision == Decision.ACCEPT.value,
            AnalysisRow.goal_index.is_not(None),
            or_(
                func.lower(cast(MessageRow.cc_mailboxes, SqlText)).like(pattern),
                func.lower(cast(MessageRow.to_addrs, SqlText)).like(pattern),
            ),
        )
        .order_by(MessageRow.id.desc())
    )


def known_sender(repo: Repository, profile: Profile, message: Message, up_to_pk: int | None) -> bool:
    """The user wrote to them before (up to that message), or they are a stored contact (e.g. a LinkedIn
    connection)."""
    if repo.wrote_to(profile.user.email, message.from_addr, up_to_pk=up_to_pk):
        return True
    address = message.from_addr
    if "@" in address:
        return repo.is_contact(address=address)
    if message.channel == "linkedin":  # LinkedIn names a sender by profile URL, or only by name
        if address:
            return repo.is_contact(profile_url=normal_profile_url(address))
        return repo.is_contact(name=message.from_name)
    return False


# The reason code of a message passed over as an ordinary work meeting (decide.policy)
_PLAIN_WORK_MEETING = "work_meeting"


# What a mailing to a whole list says: an unsubscribe line, a greeting to no one in particular.
_MAILING = re.compile(
    r"\b(?:unsubscribe|opt[- ]out|manage (?:your )?(?:preferences|subscription)|you(?:'re| are) receiving this|"
    r"dear (?:colleagues?|friends?|all|members?|partners?|supporters?))\b",
    re.IGNORECASE,
)


# How a mailed-out event is answered other than by a reply: a link, a form, a booking.
_WAY_TO_ANSWER = re.compile(
    r"https?://|\bwww\.|\brsvp\b|\bregist(?:er|ration)\b|\bsign[ -]?up\b|\bbook (?:your|a|now)\b|\btickets?\b|"
    r"\beventbrite\b|\bform\b|\bsubmit\b|\bapply\b",
    re.IGNORECASE,
)


# An invitation that asks to be answered by a reply: "RSVP by replying to this email", "just reply to this email",
# "Please let us know if you can join us".
_REPLY_ASKED = re.compile(
    r"\b(?:(?:rsvp|respond|reply|confirm)\s+(?:by|via)\s+(?:replying|reply|return(?:ing)?|e-?mail)|"
    r"(?:reply|replying|respond)\s+to\s+this\s+(?:e-?mail|message)|just\s+(?:reply|hit reply)|"
    r"let\s+(?:us|me)\s+know\s+(?:if|whether)\s+you(?:'ll|\s+will|\s+can|\s+could|\s+would)?\s+(?:be\s+able\s+to\s+)?"
    r"(?:join|come|attend|make\s+it|be\s+there))\b",
    re.IGNORECASE,
)
# ...and another way than a reply: a link, a form, a booking page.
_A_LINK_OR_FORM = re.compile(
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|org|co\.uk|org\.uk|net|io)/\S|\beventbrite\b|\bform\b|\bsign[ -]?up\b",
    re.IGNORECASE,
)


def answered_by_reply(text: str) -> bool:
    """Whether an invitation asks to be answered by a reply and gives no link or form to answer through."""
    return _REPLY_ASKED.search(text) is not None and _A_LINK_OR_FORM.search(text) is None


# A greeting to a class of people, not to a person: "Dear local business owner,", "Hello residents", "Dear
# fellow architects and designers,", "Dear Sir or Madam". Sent to everyone of the class; where it gives a way to
# answer (a link, "Please register at ...") it is answered there, not by a reply.
_TO_A_CLASS = re.compile(
    r"^[ \t]*(?:dear|hello|hi|greetings|attention|to)[ \t]+(?:(?:all|every|each|fellow|our|valued)[ \t]+)?"
    r"(?:[a-z][a-z-]*[ \t]+){0,3}?(?:(?:and|&)[ \t]+)?"
    r"(?:(?:business|property|home|shop|store|restaurant|studio|practice)[ \t]+)?"
    r"(?:owners?|residents?|homeowners?|householders?|neighbou?rs?|customers?|stakeholders?|ratepayers?|"
    r"practitioners?|professionals?|architects?|designers?|builders?|traders?|retailers?|businesses|operators?|"
    r"subscribers?|readers?|parents?|carers?|participants?|exhibitors?|suppliers?|vendors?|landlords?|tenants?|"
    r"employers?|applicants?|alumni|community(?:[ \t]+members?)?|members of the (?:community|public)|"
    r"sir(?:[ \t]*(?:/|or)[ \t]*madam)?|madam)"
    r"(?:[ \t]+(?:and|&)[ \t]+[a-z-]+)?[ \t]*(?:[,:!]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_OPENING = 300  # characters of a message its greeting is looked for in


def a_mailing(text: str) -> bool:
    """Whether a message was sent to a whole list: an unsubscribe line, a greeting to no one in particular
    ("Dear colleagues"), or a greeting to a class of people with a way to answer other than a reply ("Dear
    local business owner, ... Please register at yarracity.vic.gov.au/haveyoursay")."""
    if _MAILING.search(text) is not None:
        return True
    return _TO_A_CLASS.search(text[:_OPENING]) is not None and _WAY_TO_ANSWER.search(text) is not None


def _stated_hours(
    details: Details | None, message: Message | None = None, usual: float | None = None
) -> float | None:
    """What an invitation takes by its own stated length: a calendar event's own span (a breakfast of 1.5
    hours, not an event's usual 3), a short call or recording's; a speaker asked first to "30 minutes for a
    call" is asked for a call."""
    event = message.event if message is not None else None
    if event is not None and event.start is not None and event.end is not None:
        span = (event.end - event.start).total_seconds() / 3600
        if 0 < span <= 12:
            return round(span * 4) / 4
    if details is None:
        return None
    fmt = "call" if only_a_conversation(details.ask) else details.format
    duration = details.duration
    # "Thursday 4 February 2027, 16:00-17:00": an hour on the day, with travel
    if not duration and (minutes := _clock_span(details.when)) is not None:
        duration = f"{minutes} minutes"
    meal = _meal_it_is(message.own_text) if not duration and message is not None else None
    if meal is not None and usual is not None and meal < usual:
        # "a breakfast ... on Thursday at 7:30am" with no end: a meal's time with getting there, not an event's 3
        return meal
    return stated_hours(fmt, duration, usual)


# An invitation that is itself a meal: "we're doing a breakfast at Lauretta Jean's", "join us for breakfast",
# "our members' breakfast", "a breakfast meetup" - not a meal served at something longer ("breakfast is provided",
# "lunch included", "a conference with lunch").
_MEAL_ITSELF = re.compile(
    r"\b(?:(?:doing|having|hosting|holding|organi[sz]ing|for|to|join(?:ing)?\s+us\s+(?:for|at)|at|a|an|our|"
    r"the|monthly|weekly|members'?|community|neighbou?rhood|networking)\s+)(?:[\w'-]+\s+){0,2}?"
    r"(?P<meal>breakfast|brunch|lunch|coffee)(?:\s+(?:meetup|meeting|get-?together|chat))?\b"
    r"(?!\s+(?:is|will\s+be|are)\s+(?:provided|included|served|on\s+us)|\s+(?:provided|included|served))",
    re.IGNORECASE,
)
# ...and what it takes, getting there and back included: a breakfast of an hour or so with the walk over
_MEAL_HOURS = {"breakfast": 1.5, "brunch": 1.5, "lunch": 1.5, "coffee": 1.0}
# an event longer than a meal, whatever is served at it
_LONGER_THAN_A_MEAL = re.compile(
    r"\b(?:conference|summit|workshop|seminar|festival|fair|expo|trade\s*show|retreat|hackathon|gala|"
    r"all[- ]day|full[- ]day|half[- ]day)\b",
    re.IGNORECASE,
)


def _meal_it_is(text: str) -> float | None:
    """The hours of an invitation that is itself a meal (a breakfast, a lunch, a coffee) and no longer event,
    or None."""
    if _LONGER_THAN_A_MEAL.search(text):
        return None
    found = _MEAL_ITSELF.search(text)
    return _MEAL_HOURS[found.group("meal").lower()] if found is not None else None


# A stretch of the clock an invitation names: "16:00-17:00", "6-8pm", "10am to 11:30am", "18.00 - 19.30".
_CLOCK_SPAN = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*(?:-|–|—|to|until|till)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b",
    re.IGNORECASE,
)


def _clock_span(when: str) -> int | None:
    """The minutes between the two times of a stretch `when` names, or None: none named, or one that is no
    clock ("2026-2027", "3-4 weeks": a clock needs minutes or am/pm on one side at least)."""
    found = _CLOCK_SPAN.search(when)
    if found is None:
        return None
    h1, m1, p1, h2, m2, p2 = found.groups()
    if not (m1 or m2 or p1 or p2):
        return None
    start, end = int(h1), int(h2)
    p1 = p1 or p2  # "6-8pm": both in the evening
    for half, hour in ((p1, "start"), (p2, "end")):
        if half and half.lower() == "pm":
            if hour == "start" and start < 12:
                start += 12
            if hour == "end" and end < 12:
                end += 12
    minutes = (end * 60 + int(m2 or 0)) - (start * 60 + int(m1 or 0))
    return minutes if 0 < minutes <= 8 * 60 else None


def hours_committed(
    repo: Repository, moment: datetime | None, pk: int, *, earlier_only: bool = False, thread_id: str = ""
) -> float:
    """Networking hours already accepted, other than message `pk` and its thread's (a nudge about a meeting
    kindly said yes to is that meeting, not another), in the week of `moment` (when the invitation would meet,
    else when it was written); not a meeting its sender called off since ("I have to cancel our coffee")."""
    if moment is None:
        return 0.0
    start, end = week_of(moment)
    accepted = repo.accepted_between(start, end, pk, earlier_only=earlier_only, other_than_thread=thread_id)
    called = called_off_after(repo, {thread for *_, thread, _pk in accepted}) if accepted else {}
    return sum(
        networking_hours(Intent(i)) if hours is None else hours
        for i, hours, thread, accepted_pk in accepted
        if not called.get(thread, 0) > accepted_pk
    )


def when_it_meets(
    message: Message, understanding: Understanding, me: Sequence[str] = ()
) -> tuple[Details | None, datetime | None]:
    """An invitation's details, read once, and when it meets: the week it counts in and its draft come from the
    same reading; (None, None) for a message that invites to nothing. `me`: the user's name and address, never
    one of who attends."""
    if not understanding.is_invitation:
        return None, None
    details = besides_me(extract(message, understanding.intent), message, me)
    return details, meets_at(message, details)


def meets_at(message: Message, details: Details | None = None) -> datetime | None:
    """When an invitation would take the user's time: its calendar event's start, else the day the message
    names ("Thursday, December 3"), else None (`details` as already read)."""
    if message.event is not None and message.event.start is not None:
        return message.event.start
    # read against the day it was written, not today: a decision must not change with the day triage runs
    day = meeting_day(message, message.date, details) if message.date is not None else None
    return datetime.combine(day, time(12), tzinfo=UTC) if day is not None else None


def away_on(moment: datetime | None, profile: Profile, details: Details | None = None) -> str:
    """ "Thursday, December 24 (a day off)", "Thursday, November 26 (Thanksgiving Day)" where the invitation is
    for a day the user does not meet, else "". An article's date is its deadline, a show's its air date."""
    if moment is None or (details is not None and details.format in ("article", "podcast")):
        return ""
    when = details.event_date or details.when if details is not None else ""
    if details is not None and free_slot_named(when, moment, profile.user.off, profile.user.zone):
        return ""  # another time it offers is free ("Thursday, November 26 or Tuesday, December 1")
    # the user's own day: "Thursday 10 December at 20:00 GMT" is a Friday in Wellington
    day = zones.local_day(moment.date(), when, profile.user.zone)
    why = profile.user.off.why(day)
    if why and not profile.user.off.own(day) and _held_for_the_day(why, details):
        return ""  # "a Waitangi Day family ride", "our Juneteenth celebration": the holiday is the occasion
    return f"{written_day(day, profile.user.date_style)} ({why})" if why else ""


def _held_for_the_day(holiday: str, details: Details | None) -> bool:
    """Whether an event on a public holiday is held for that holiday: its name or ask names the holiday."""
    if details is None:
        return False
    said = fold(" ".join((details.event_name, details.ask, details.when, details.event_date)))
    name = re.sub(r"\s*\(.*?\)", "", holiday).strip()  # "Christmas Day (observed)"
    return bool(name) and phrase_in(name, said)


def _change_code(method: str) -> str:
    return {"CANCEL": "calendar_cancel", "COUNTER": "calendar_counter", "REPLY": "calendar_reply"}.get(
        method, "calendar_update"
    )


def _describe_change(method: str, message: Message, invitation: str) -> str:
    who = message.from_name or message.from_addr or "An attendee"
    if method == "CANCEL":
        return f"Cancels {invitation}"
    if method == "COUNTER":
        return f"{who} proposes another time for {invitation}"
    if method == "REPLY":
        status = (
            next((a.partstat.lower() for a in message.event.attendees if a.partstat), "")
            if message.event
            else ""
        )
        return f"{who} answered {invitation}" + (f" ({status})" if status else "")
    return f"Changes {invitation}"


@dataclass
class FolderReport:
    """What one sync did in one folder."""

    account: str
    folder: str
    fetched: int = 0
    resynced: bool = False  # UIDVALIDITY changed: the folder was read again from the start
    missing: bool = False


class Sync:
    """`kindly sync`: read new mail from IMAP accounts, by UID, into the same triage as files.

    Each folder is read in batches of UIDs above the last one stored for it; a batch is triaged and
    committed first, and only then is the folder's progress moved past it. A sync killed or cut off
    midway therefore starts again at the first batch not committed: nothing is lost, and anything read
    twice is a duplicate (by Message-ID or content), never a second row. When a folder's UIDVALIDITY
    changes, its UIDs mean nothing any more and the folder is read again from the start.
    """

    def __init__(
        self,
        triage: Triage,
        connect: Callable[[Account, str], Mailbox] = Mailbox,
        password: Callable[[Account], str] = account_password,
        batch_size: int = 100,
    ) -> None:
        self.triage = triage
        self.connect = connect
        self.password = password
        self.batch_size = batch_size
        self.folders: list[FolderReport] = []
        self.failures: list[SyncError] = []

    @property
    def summary(self) -> TriageSummary:
        return self.triage.summary

    def run(
        self, accounts: Iterable[Account], progress: Callable[[int], None] | None = None
    ) -> Iterator[TriageRow]:
        """Sync every account; one that cannot be reached or drops the connection is recorded in
        `failures` and the others still sync."""
        for account in accounts:
            try:
                with self.connect(account, self.password(account)) as mailbox:
                    for folder in account.folders:
                        yield from self._folder(account, mailbox, folder, progress)
            except SyncError as error:
                self.failures.append(error)
        # the mail already stored is read again by no sync: what waits follows a profile edited since
        yield from self.triage.open_again()
        self.triage.note_busy_times()  # a sync with no new mail reads her calendar too

    def _folder(
        self,
        account: Account,
        mailbox: Mailbox,
        folder: str,
        progress: Callable[[int], None] | None,
    ) -> Iterator[TriageRow]:
        report = FolderReport(account.name, folder)
        self.folders.append(report)
        try:
            status = mailbox.open(folder)
        except FolderMissing as missing:
            report.missing = True
            self.summary.errors.append(ParseError(f"{account.name}/{folder}", str(missing)))
            return
        with self.triage.sessions.begin() as session:
            state = Repository(session).sync_state(account.name, folder)
            saved = (state.uidvalidity, state.last_uid) if state else None
        last_uid = 0
        if saved is not None:
            if saved[0] == status.uidvalidity:
                last_uid = saved[1]
            else:
                report.resynced = True
        uids = mailbox.uids_after(folder, last_uid)
        for start in range(0, len(uids), self.batch_size):
            batch = uids[start : start + self.batch_size]
            fetched = mailbox.fetch(folder, batch)
            items = [
                parse_fetched(data, message_url(account, folder, status.uidvalidity, uid))
                for uid, data in fetched
            ]
            yield from self.triage.run_items(items)  # committed before it returns its last row
            with self.triage.sessions.begin() as session:
                Repository(session).save_sync_state(account.name, folder, status.uidvalidity, batch[-1])
            report.fetched += len(fetched)
            if progress:
                progress(len(fetched))
        if not uids and (saved is None or report.resynced):
            with self.triage.sessions.begin() as session:  # an empty folder: remember its UIDVALIDITY
                Repository(session).save_sync_state(account.name, folder, status.uidvalidity, 0)
