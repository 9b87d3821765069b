"""Times freed by a meeting called off: a yes kindly drafted (and she sent) holds its time against everyone else,
until the sender writes in that thread "I have to cancel our coffee tomorrow" - then the time is hers again and
may be offered to others. The words that call a meeting off are read by kindly.understand.called_off; the drafts
that hold times are the store's (kindly.taken_times and kindly.run_times take what is still held from here)."""

from __future__ import annotations

from datetime import datetime

from kindly.store.repository import Repository
from kindly.understand.called_off import CALLED_OFF_WORDS, called_off


def called_off_after(repo: Repository, threads: set[str]) -> dict[str, int]:
    """Per thread, the ID of the last of its messages that calls its meeting off (none where none does)."""
    latest: dict[str, int] = {}
    for thread, pk, text in repo.thread_texts_with(threads, CALLED_OFF_WORDS):
        if called_off(text) and pk > latest.get(thread, 0):
            latest[thread] = pk
    return latest


def drafts_still_offering(repo: Repository, since: datetime) -> list[tuple[str, str, str]]:
    """(text, thread, sender) of the drafts written since `since`, waiting, approved or sent, whose times still
    hold: not those of a draft answering a message that a later message of its thread calls off (a draft written
    after the call-off - "could we try Friday instead?" said yes to - holds its own)."""
    drafts = repo.drafts_offering_by_message_since(since)
    called = called_off_after(repo, {thread for _text, thread, _sender, _pk in drafts})
    return [
        (text, thread, sender)
        for text, thread, sender, pk in drafts
        if not (thread in called and called[thread] > pk)
    ]
