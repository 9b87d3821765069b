"""Tables of what the user tells kindly and what kindly hands on: intent corrections, the referral
directory, and the record of every message sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kindly.store.tables import Base


class CorrectionRow(Base):
    """The user said a message's intent (or purpose) was something else; later runs remember it."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    sender: Mapped[str] = mapped_column(String(400), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    intent: Mapped[str] = mapped_column(String(32))
    purpose_clear: Mapped[bool | None] = mapped_column()
    model_said: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DirectoryRow(Base):
    """Someone the user can recommend."""

    __tablename__ = "directory"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text)
    contact: Mapped[str] = mapped_column(Text, default="")
    overview: Mapped[str] = mapped_column(Text, default="")
    source_thread: Mapped[str] = mapped_column(String(32), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SentRow(Base):
    """A reply that left the machine: only ever on the user's explicit command."""

    __tablename__ = "sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_pk: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str] = mapped_column(String(998))
    recipient: Mapped[str] = mapped_column(Text)
    via: Mapped[str] = mapped_column(String(32))  # smtp | imap-drafts | eml | mbox
    server_answer: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
