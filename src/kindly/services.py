"""Use cases: the only place where the pure core meets the adapters (files, database)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from kindly.decide.policy import HOURS, Context, decide
from kindly.errors import ParseError
from kindly.ingest.sources import Source, read_source
from kindly.model import Draft, Intent, Message, Understanding, Verdict
from kindly.profile import Profile
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from kindly.store.repository import Repository, content_hash
from kindly.understand.classify import Classifier, Text

BATCH = 128


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


def _week(moment: datetime) -> tuple[datetime, datetime]:
    start = (moment.astimezone(UTC) - timedelta(days=moment.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return start, start + timedelta(days=7)


class Triage:
    """Read sources, store every message once, understand, decide and draft."""

    def __init__(self, sessions: sessionmaker[Session], profile: Profile, classifier: Classifier) -> None:
        self.sessions = sessions
        self.profile = profile
        self.classifier = classifier
        self.summary = TriageSummary()

    def run(
        self, sources: Iterable[Source], progress: Callable[[int], None] | None = None
    ) -> Iterator[TriageRow]:
        batch: list[Message] = []
        for source in sources:
            for item in read_source(source):
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

    def _process(self, messages: list[Message]) -> list[TriageRow]:
        understandings = self.classifier.understand([Text.from_message(m) for m in messages], explain=True)
        rows: list[TriageRow] = []
        with self.sessions.begin() as session:
            repo = Repository(session)
            for message, understanding in zip(messages, understandings, strict=True):
                rows.append(self._one(repo, message, understanding))
        return rows

    def _one(self, repo: Repository, message: Message, understanding: Understanding) -> TriageRow:
        digest = content_hash(message)
        row = repo.find_duplicate(message, digest)
        duplicate = row is not None
        if row is None:
            row = repo.add_message(message, digest)
            self.summary.stored += 1
        else:
            self.summary.duplicates += 1
        context = Context(
            known_sender=repo.wrote_to(self.profile.user.email, message.from_addr),
            hours_committed=self._hours_committed(repo, message, row.id),
        )
        verdict = decide(message, understanding, self.profile, context)
        variant = repo.draft_variant(row, verdict.decision.value, datetime.now(UTC) - timedelta(days=7))
        draft = compose(message, understanding, verdict, self.profile, variant=variant)
        if draft is not None:
            checked = check_draft(draft, message, self.profile)
            if not checked.ok:  # a draft that fails the checker is not offered
                verdict = replace(
                    verdict, evidence=(*verdict.evidence, *(f"draft withheld: {p}" for p in checked.problems))
                )
                draft = None
        repo.save_analysis(row, understanding, verdict, self.classifier.version)
        repo.replace_pending_draft(row, draft, verdict.decision.value, variant)
        repo.session.flush()
        if understanding.is_invitation:
            self.summary.invitations += 1
        self.summary.decisions[verdict.decision.value] = (
            self.summary.decisions.get(verdict.decision.value, 0) + 1
        )
        return TriageRow(row.id, row.thread_id, message, understanding, verdict, draft, duplicate)

    def _hours_committed(self, repo: Repository, message: Message, pk: int) -> float:
        moment = (message.event.start if message.event and message.event.start else None) or message.date
        if moment is None:
            return 0.0
        start, end = _week(moment)
        return sum(HOURS.get(Intent(i), 1.0) for i in repo.accepted_intents_between(start, end, pk))
