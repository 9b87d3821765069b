"""Dana's second week (session 23): the words she saved in a draft that no longer fits, the times her own words
offer, the API that rewrote her words without asking, the clock of what went, and what she waits on after mail
she sent herself - through real Dovecot IMAP and loopback SMTP, on a real SQLite file."""

from __future__ import annotations

from support import Kindly
from test_s22_days import ENQUIRY, drafts_of, sent_reply, synced, week
from test_s22_r2days import Week, waiting
from test_sync import dovecot, mailbox

__all__ = ["dovecot", "mailbox", "week"]


# 1. Monday 08:00 (KINDLY_NOW) she sends the yes to Jo; `kindly drafts --all` said it went at the machine's own time.


def test_what_went_is_dated_by_kindlys_clock(kindly: Kindly, week: Week) -> None:
    _box, smtp = week
    _box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    sent = sent_reply(kindly, smtp, enquiry["id"])

    [yes] = drafts_of(kindly, enquiry["id"])
    assert yes["went"].startswith("sent 2026-11-30 16:00 UTC to jo@parkfield.example")
    assert sent["Date"].datetime.isoformat() == "2026-11-30T16:00:00+00:00"
    [jo] = waiting(kindly)
    assert jo["since"] == "2026-11-30T16:00:00+00:00"
