"""Dana's week, continued (session 22): what she waits on, whether an approved reply went, a hand-set decision
after her clock moved, and a plain yes to the time kindly's own sent reply offered - through real Dovecot IMAP
and loopback SMTP, on a real SQLite file."""

from __future__ import annotations

import pytest

from smtp_server import SmtpServer
from support import Kindly
from test_s22_days import ENQUIRY, JO, TUESDAY, drafts_of, mail, sent_reply, synced, week
from test_sync import Mailbox, dovecot, mailbox

__all__ = ["dovecot", "mailbox", "week"]  # the fixtures of the week: Dovecot, a fresh user, her SMTP server

Week = tuple[Mailbox, SmtpServer]


def jo_answers(box: Mailbox, words: str, answers: tuple[str, ...]) -> None:
    """Jo's reply on Tuesday, in the thread of `answers` (the Message-IDs it replies to, the last its parent)."""
    body = f"Hi Dana,\n\n{words}\n\nJo\n"
    box.append(mail("jo-2", JO, "Re: Bookkeeping for our studio", body, TUESDAY.format(1), answers))


# 4. Jo takes the time of the yes kindly sent by SMTP: "Monday, December 7 at 10:00 am works great." kindly read it
# as `not_invitation` - the check for a yes to her proposal looked for her own mail in the thread, and a reply sent
# by SMTP is never stored as a message.


def test_a_yes_to_the_time_her_sent_reply_offered_is_a_confirmation(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    yes = sent_reply(kindly, smtp, enquiry["id"])

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(
        box,
        "Monday, December 7 at 10:00 am works great. See you then!",
        ("<jo-1@mail.example>", yes["Message-ID"]),
    )
    [confirmed] = synced(kindly)

    assert (confirmed["decision"], confirmed["reason_code"]) == ("ignore", "confirmation")
    assert "Confirms what you proposed" in confirmed["reason"]
    assert confirmed["draft"] is None


def test_the_same_words_answering_her_own_first_mail_only_are_read_as_before(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: a reply to Jo's own first mail (a yes drafted, never sent) answers nothing of Dana's."""
    box, _smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(box, "Monday, December 7 at 10:00 am works great. See you then!", ("<jo-1@mail.example>",))
    [again] = synced(kindly)

    assert again["reason_code"] != "confirmation"
    assert [d["status"] for d in drafts_of(kindly, enquiry["id"])] == ["pending"]
