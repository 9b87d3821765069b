"""ORM tables. The store keeps what was read, concluded and drafted; it never decides anything."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class MessageRow(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_sender_subject", "from_addr", "subject_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str | None] = mapped_column(String(998), unique=True, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    thread_id: Mapped[str] = mapped_column(String(32), index=True)
    source: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16))
    in_reply_to: Mapped[str] = mapped_column(String(998), default="")
    references: Mapped[list[str]] = mapped_column(JSON, default=list)
    conversation: Mapped[str] = mapped_column(String(998), default="")
    from_name: Mapped[str] = mapped_column(Text, default="")
    from_addr: Mapped[str] = mapped_column(String(320), default="", index=True)
    to_addrs: Mapped[list[str]] = mapped_column(JSON, default=list)
    # the To and Cc headers' mailboxes with their names ({"name": "Jane Doe", "addr": "jane@..."}): a reply
    # greets and copies the people the sender brought in (empty where the headers name no one)
    to_mailboxes: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list, server_default="[]")
    cc_mailboxes: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list, server_default="[]")
    subject: Mapped[str] = mapped_column(Text, default="")
    # the subject without "Re:" (store/subjects.py), indexed with the sender: a reply finds its thread by it
    subject_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # in UTC
    # the Date header's offset from UTC, in minutes (SQLite keeps none): the day the sender wrote on
    sent_offset: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text, default="")
    own_text: Mapped[str] = mapped_column(Text, default="")
    quoted_text: Mapped[str] = mapped_column(Text, default="")
    signature: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    event: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    raw: Mapped[bytes] = mapped_column(LargeBinary, default=b"")  # zlib-compressed original bytes
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Calendar invitations: the event's UID and SEQUENCE, "cancelled" once a CANCEL arrived, and on an
    # update (CANCEL, COUNTER, REPLY, a newer REQUEST) the invitation it changes.
    event_uid: Mapped[str | None] = mapped_column(String(998), index=True)
    event_sequence: Mapped[int | None] = mapped_column(Integer)
    event_status: Mapped[str] = mapped_column(String(16), default="", server_default="")
    updates_pk: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL", name="fk_messages_updates_pk_messages"), index=True
    )

    analysis: Mapped[AnalysisRow | None] = relationship(back_populates="message", uselist=False)
    drafts: Mapped[list[DraftRow]] = relationship(back_populates="message", order_by="DraftRow.id")


class AnalysisRow(Base):
    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), unique=True)
    is_invitation: Mapped[bool] = mapped_column(Boolean)
    intent: Mapped[str] = mapped_column(String(32), index=True)
    purpose_clear: Mapped[bool | None] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    intent_scores: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    understanding_evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    # the marks (model.DecisionMark) decide set beside the notes, which a draft made again reads, never the notes
    understanding_marks: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    goal_kind: Mapped[str | None] = mapped_column(String(32))
    goal_index: Mapped[int | None] = mapped_column(Integer)
    fit: Mapped[float] = mapped_column(Float, default=0.0)
    fits: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    decision: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str] = mapped_column(Text)
    reason_code: Mapped[str] = mapped_column(String(32))
    decision_evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    decision_marks: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    provider: Mapped[str] = mapped_column(Text, default="")
    never_rule: Mapped[str] = mapped_column(Text, default="")
    model_version: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # when the invitation would take the user's time (its event, else the day it names): the week its hours
    # count in; empty where it names none, and then the message's own date stands in
    meets_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    # networking hours it takes from that week if accepted (empty for analyses stored before 0008: its
    # intent's usual hours stand in)
    networking_hours: Mapped[float | None] = mapped_column(Float)
    # a digest of what triage decided it on (the profile, the model, corrections, contacts, directory, the
    # messages of its thread): triaging it again keeps the decision and draft while that is unchanged; empty
    # where it was decided elsewhere (the web page), so the next triage decides it again
    basis: Mapped[str | None] = mapped_column(String(64))

    message: Mapped[MessageRow] = relationship(back_populates="analysis")


class DraftRow(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    variant: Mapped[int] = mapped_column(Integer, default=0)  # which phrasing; kept across re-triage
    # whom it goes out from: the user of the profile that wrote it (empty for drafts stored before 0010)
    from_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    from_addr: Mapped[str] = mapped_column(String(320), default="", server_default="")
    # the tone the user chose for it (warm | formal | brief); empty: the profile's tone when it was written
    tone: Mapped[str] = mapped_column(String(16), default="", server_default="")
    # the text is the user's own (saved in the editor): deciding the message again keeps it
    edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    status: Mapped[str] = mapped_column(
        String(16), default="pending"
    )  # pending | approved | sent | discarded
    # why it was discarded (kindly.store.discards: CANCELLED, BY_YOU, REPLACED_...): "" for drafts not discarded,
    # or discarded before 0018
    why_discarded: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    message: Mapped[MessageRow] = relationship(back_populates="drafts")


class ContactRow(Base):
    """Someone the user knows: a LinkedIn connection (more sources may follow)."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)  # e-mail, else profile URL, else name
    name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    profile_url: Mapped[str] = mapped_column(String(400), default="", index=True)
    company: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(32))  # e.g. "linkedin"
    connected_on: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SyncStateRow(Base):
    """How far `kindly sync` got in one IMAP folder: written only after the messages are committed."""

    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(1000))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
