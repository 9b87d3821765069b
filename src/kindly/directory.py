"""Use cases of the referral directory: add, list, update, remove, and rank entries for a request."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kindly import clock
from kindly.decide.referral import DirectoryEntry, Match, rank
from kindly.errors import ConfigError
from kindly.store.relations import DirectoryRow


def _entry(row: DirectoryRow) -> DirectoryEntry:
    return DirectoryEntry(
        name=row.name,
        category=row.category,
        organisation=row.organisation,
        contact=row.contact,
        overview=row.overview,
        source_thread=row.source_thread,
        added=row.added_at,
        id=row.id,
    )


def add_entry(sessions: sessionmaker[Session], entry: DirectoryEntry) -> DirectoryEntry:
    if not entry.name.strip() or not entry.category.strip():
        raise ConfigError("a directory entry needs a name and a service category")
    with sessions.begin() as session:
        return add_to_session(session, entry)


def add_to_session(session: Session, entry: DirectoryEntry) -> DirectoryEntry:
    row = DirectoryRow(
        name=entry.name.strip(),
        organisation=entry.organisation.strip(),
        category=entry.category.strip(),
        contact=entry.contact.strip(),
        overview=entry.overview.strip(),
        source_thread=entry.source_thread,
        added_at=entry.added or clock.stamp(),
    )
    session.add(row)
    session.flush()
    return _entry(row)


def entry_for_thread(session: Session, thread_id: str) -> DirectoryEntry | None:
    """The entry made from a sender's reply in this thread, if any (so one reply makes one entry)."""
    if not thread_id:
        return None
    row = session.scalars(
        select(DirectoryRow).where(DirectoryRow.source_thread == thread_id).limit(1)
    ).first()
    return _entry(row) if row else None


def entries_in(session: Session) -> list[DirectoryEntry]:
    return [_entry(row) for row in session.scalars(select(DirectoryRow).order_by(DirectoryRow.name)).all()]


def list_entries(sessions: sessionmaker[Session]) -> list[DirectoryEntry]:
    with sessions() as session:
        return entries_in(session)


def update_entry(sessions: sessionmaker[Session], entry: DirectoryEntry) -> bool:
    with sessions.begin() as session:
        row = session.get(DirectoryRow, entry.id)
        if row is None:
            return False
        row.name, row.organisation, row.category = entry.name, entry.organisation, entry.category
        row.contact, row.overview = entry.contact, entry.overview
        return True


def remove_entry(sessions: sessionmaker[Session], entry_id: int) -> bool:
    with sessions.begin() as session:
        row = session.get(DirectoryRow, entry_id)
        if row is None:
            return False
        session.delete(row)
        return True


def search(sessions: sessionmaker[Session], query: str, limit: int = 10) -> list[Match]:
    return rank(query, list_entries(sessions), limit)
