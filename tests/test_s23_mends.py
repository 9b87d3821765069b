"""The read-back's findings on session 23 (Dana's week of her own words, her calendar and what she waits on), mended:
what she turns down, what waits after mail she sent herself, what `kindly drafts` and the outbox page tell her."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from kindly.store.db import open_database
from kindly.store.relations import SentRow
from kindly.store.tables import AnalysisRow, DraftRow, MessageRow

DANA = "dana@example.com"
JO = "jo@parkfield.example"
MONDAY = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
HER_TIME = "Monday, December 7 at 10:00 am"


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    return open_database(tmp_path / "k.db")


def message(pk: int, sender: str, words: str, at: datetime, thread: str = "t-jo") -> MessageRow:
    return MessageRow(
        id=pk,
        message_id=f"<m{pk}@mail.example>",
        content_hash=f"{pk:064d}",
        thread_id=thread,
        source="imap",
        channel="email",
        from_addr=sender,
        from_name="Dana Reyes" if sender == DANA else "Jo Park",
        to_mailboxes=[{"name": "Jo Park", "addr": JO}]
        if sender == DANA
        else [{"name": "Dana", "addr": DANA}],
        subject="Re: Bookkeeping for our studio",
        sent_at=at,
        own_text=words,
        body=words,
        ingested_at=at,
    )


def decided(pk: int, evidence: list[str] | None = None) -> AnalysisRow:
    return AnalysisRow(
        message_pk=pk,
        is_invitation=True,
        intent="meeting_request",
        purpose_clear=True,
        confidence=0.9,
        decision="accept",
        reason="fits",
        reason_code="goal_fit",
        decision_evidence=evidence or [],
        model_version="test",
        decided_at=MONDAY,
    )


def her_draft(pk: int, message_pk: int, text: str, status: str = "sent", edited: bool = False) -> DraftRow:
    return DraftRow(
        id=pk,
        message_pk=message_pk,
        decision="accept",
        channel="email",
        text=text,
        from_name="Dana Reyes",
        from_addr=DANA,
        status=status,
        edited=edited,
        created_at=MONDAY,
    )


# 1. Jo answers the two times Dana offered with "Sorry, I can't do either!" - and kindly offered them again.


@pytest.mark.parametrize(
    ("words", "turned_down"),
    [
        pytest.param("Sorry, I can't do either!", True, id="cant-do-either-exclaimed"),
        pytest.param("I can't do either.", True, id="cant-do-either-at-the-end"),
        pytest.param("I can't make either of them, sadly.", True, id="cant-make-either-of-them"),
        pytest.param("I cannot make any of those, I'm afraid.", True, id="cant-make-any-of-those"),
        pytest.param(
            "I can't make any changes to the contract, but Tuesday at 10am works.", False, id="any-changes"
        ),
        pytest.param("I can't do anything before Friday, but Monday works.", False, id="cant-do-anything"),
        pytest.param("I can't do either Monday or Tuesday next week", True, id="either-named-days"),
    ],
)
def test_cant_do_either_turns_the_offered_times_down(words: str, turned_down: bool) -> None:
    from kindly.turned_down import turns_them_down

    assert turns_them_down(words) is turned_down


# 2. Jo's older "Neither works" is decided again (a profile edit) after Dana wrote her new time: the time of Dana's
# LATER mail was read as one Jo had turned down.


def test_an_older_no_decided_again_never_turns_down_the_times_she_wrote_later(
    sessions: sessionmaker[Session],
) -> None:
    from kindly.turned_down import times_turned_down

    with sessions.begin() as session:
        session.add_all(
            [
                message(1, DANA, "Would Friday, December 4 at 2:00 pm work?", MONDAY),
                message(2, JO, "Neither works, sorry - next week?", MONDAY + timedelta(hours=1)),
                message(3, DANA, f"Of course - how about {HER_TIME}?", MONDAY + timedelta(hours=2)),
                message(4, JO, "Neither works either, sorry.", MONDAY + timedelta(hours=3)),
            ]
        )
    with sessions() as session:
        older, newer = session.get(MessageRow, 2), session.get(MessageRow, 4)
        assert older is not None and newer is not None
        assert times_turned_down(session, older, DANA) == ("Friday, December 4 at 2:00 pm",)
        # the near miss: the newer no answers both times she wrote before it
        assert times_turned_down(session, newer, DANA) == ("Friday, December 4 at 2:00 pm", HER_TIME)


# 3. `kindly drafts` said "draft #3: Monday, December 7 at 10:00 am (busy in your calendar) is taken by another
# reply" - her calendar is no reply.


def test_kindly_drafts_says_which_draft_offers_a_time_now_taken(capsys: pytest.CaptureFixture[str]) -> None:
    from kindly.cli.drafts_cmd import _say_what_changed

    busy = f"{HER_TIME} (busy in your calendar)"
    other = "Wednesday, December 9 at 2:30 pm (draft #9 to sara@studio.example)"
    draft: Any = SimpleNamespace(id=3, stale="", declined="", taken=(busy, other))
    _say_what_changed([draft])

    said = " ".join(capsys.readouterr().err.split())
    assert f"draft #3 offers a time now taken: {busy}" in said
    assert f"draft #3 offers a time now taken: {other}" in said
    assert "is taken by another reply" not in said


# 4. The outbox page of a reply whose time is taken: a refusal of the second look (sent already, no address) was a
# server error, and the page cut the exception's English at ". Change the " to say what was taken.


@pytest.fixture
def outbox_page(sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from kindly.web import outbox_page as page

    monkeypatch.setattr(page, "_draft_id", lambda _state, _pk: (3, "approved"))
    monkeypatch.setattr(page, "_config", lambda _state: (page.Config(), ""))
    yield page, SimpleNamespace(sessions=sessions, profile=lambda: None)


TAKEN_ON_PAGE = f"draft #3 offers, in your own words, a time now taken: {HER_TIME} (busy in your calendar)"


def refuse_then(then: Any) -> Any:
    from kindly import outbox

    def outgoing(_sessions: Any, _profile: Any, _draft: int, despite_taken_times: bool = False) -> Any:
        if not despite_taken_times:
            raise outbox.TimesTaken(
                f"{TAKEN_ON_PAGE}. Change the time, or use --despite-taken-times", TAKEN_ON_PAGE
            )
        return then()

    return outgoing


def test_the_outbox_page_shows_a_refusal_after_a_taken_time_instead_of_failing(
    outbox_page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kindly import outbox

    page, state = outbox_page

    def already_sent() -> Any:
        raise outbox.AlreadySent("a reply to this message was already sent")

    monkeypatch.setattr(outbox, "outgoing", refuse_then(already_sent))
    view = page._view(state, 1)
    assert (view.outgoing, view.problem) == (None, "a reply to this message was already sent")


def test_the_outbox_page_says_the_time_taken_as_the_refusal_words_it_for_the_page(
    outbox_page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: the second look prepares the reply, and the page says what is taken, with no flag to type."""
    from kindly import outbox

    page, state = outbox_page
    monkeypatch.setattr(outbox, "outgoing", refuse_then(lambda: SimpleNamespace(text="Hi Jo")))
    view = page._view(state, 1)
    assert (view.taken, view.problem) == (TAKEN_ON_PAGE, "")


# 5. Dana exported her yes Monday, wrote Jo a line herself Tuesday ("Thanks!"), and kindly sent the yes Wednesday:
# her own mail was weighed against the export, so the yes's question to Jo waited for nothing.


def yes_exported_then_sent(sessions: sessionmaker[Session], her_line_at: datetime) -> None:
    with sessions.begin() as session:
        session.add_all([message(1, JO, "Could we talk bookkeeping?", MONDAY), decided(1)])
        session.add(her_draft(3, 1, f"Hi Jo,\n\nWould {HER_TIME} work?\n\nDana"))
        session.add(message(2, DANA, "Thanks for your patience!", her_line_at))
        session.flush()
        for via, day in (("eml", 0), ("smtp", 2)):
            at = MONDAY + timedelta(days=day, hours=1)
            session.add(SentRow(draft_pk=3, message_id="<yes@x>", recipient=JO, via=via, sent_at=at))


@pytest.mark.parametrize(
    ("her_line_at", "waits"),
    [
        pytest.param(MONDAY + timedelta(days=1), True, id="her-line-before-the-yes-was-sent"),
        pytest.param(MONDAY + timedelta(days=3), False, id="her-line-after-the-yes-was-sent"),
    ],
)
def test_a_yes_sent_after_her_own_line_waits_for_its_answer(
    sessions: sessionmaker[Session], her_line_at: datetime, waits: bool
) -> None:
    from kindly.outbox import waiting_on

    yes_exported_then_sent(sessions, her_line_at)
    assert [w.draft_id for w in waiting_on(sessions, DANA)] == ([3] if waits else [])


# 6. Dana's dentist appointment was cancelled: her calendar now has no busy time at all, and the old "your calendar
# is busy" note kept her own words from leaving.


def with_a_busy_note(sessions: sessionmaker[Session]) -> None:
    from kindly.kept_drafts import BUSY_NOTE

    with sessions.begin() as session:
        session.add_all(
            [message(1, JO, "Could we talk bookkeeping?", MONDAY), decided(1, [f"{BUSY_NOTE}: {HER_TIME}"])]
        )
        session.add(
            her_draft(3, 1, f"Hi Jo,\n\nI'll call you on {HER_TIME}.\n\nDana", "pending", edited=True)
        )


def busy_notes(sessions: sessionmaker[Session]) -> list[str]:
    from kindly.kept_drafts import BUSY_NOTE

    with sessions() as session:
        analysis = session.get(MessageRow, 1).analysis  # type: ignore[union-attr]
        assert analysis is not None
        return [line for line in analysis.decision_evidence if line.startswith(BUSY_NOTE)]


@pytest.mark.parametrize(
    ("busy", "noted"),
    [
        pytest.param([], False, id="an-empty-calendar-takes-the-note-back"),
        pytest.param(None, True, id="no-calendar-read-leaves-it"),
    ],
)
def test_a_calendar_with_no_busy_time_takes_back_an_old_busy_note(
    sessions: sessionmaker[Session], busy: list[tuple[datetime, datetime]] | None, noted: bool
) -> None:
    from kindly.services import Triage
    from support import EXAMPLE_PROFILE

    with_a_busy_note(sessions)
    Triage(sessions, EXAMPLE_PROFILE, classifier=None, busy=busy).note_busy_times()  # type: ignore[arg-type]
    assert bool(busy_notes(sessions)) is noted


# 7. Dana's own mail with her booking link ("https://cal.example/book?utm=mail") asked nothing - yet it waited.


@pytest.mark.parametrize(
    ("words", "asks"),
    [
        pytest.param("Book a time here: https://cal.example/dana/book?utm=mail", False, id="a-booking-link"),
        pytest.param(
            "My calendar: www.cal.example/dana?ref=sig - talk soon.", False, id="a-link-without-scheme"
        ),
        pytest.param("Thanks, talk soon.", False, id="no-question"),
        pytest.param("Could you send me the statements?", True, id="a-question"),
        pytest.param(
            "Does this work (https://cal.example/book?x=1)? Thanks!", True, id="a-question-after-a-link"
        ),
        pytest.param('She asked "is Monday fine?" and I said yes', True, id="a-quoted-question"),
    ],
)
def test_her_own_mail_asks_only_with_a_sentence_ending_in_a_question_mark(words: str, asks: bool) -> None:
    from kindly.asked_by_hand import OwnMail

    mail = OwnMail(1, "t-jo", "Jo Park <jo@parkfield.example>", "Re: Bookkeeping", MONDAY, words)
    assert mail.asks is asks


# 8. A question that left this morning was "0 days ago" on the Waiting page.


@pytest.mark.parametrize(
    ("went", "said"),
    [
        pytest.param(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), "today", id="sent-this-morning"),
        pytest.param(datetime(2026, 11, 30, 8, 0, tzinfo=UTC), "1 day ago", id="sent-yesterday"),
    ],
)
def test_the_waiting_page_says_today_for_a_question_sent_today(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, went: datetime, said: str
) -> None:
    from fastapi.testclient import TestClient

    from kindly.outbox import Waiting
    from kindly.web import create_app, load_settings, waiting_page
    from web_support import log_in, make_home

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T09:00+00:00")
    asked = [
        Waiting(3, 1, "Jo Park <jo@parkfield.example>", "Re: Bookkeeping", went, "sent", "Would Monday work?")
    ]
    monkeypatch.setattr(waiting_page, "waiting_on", lambda *_args: asked)
    with TestClient(
        create_app(load_settings(make_home(tmp_path / "home"))), follow_redirects=False
    ) as client:
        log_in(client)
        page = " ".join(client.get("/waiting").text.split())
    assert f'<div class="sub">{said}</div>' in page and "0 days" not in page


# 9. The same for a reply that left kindly: her yes "I'll call you Monday - my calendar: https://cal.example/dana?
# utm=mail" asked Jo nothing, yet waited for an answer.


@pytest.mark.parametrize(
    ("words", "waits"),
    [
        pytest.param(
            f"I'll call you on {HER_TIME}. My calendar: https://cal.example/dana?utm=mail", False, id="a-link"
        ),
        pytest.param(
            f"Would {HER_TIME} work? My calendar: https://cal.example/dana?utm=mail", True, id="a-question"
        ),
    ],
)
def test_a_reply_that_left_with_a_booking_link_waits_only_if_it_asks(
    sessions: sessionmaker[Session], words: str, waits: bool
) -> None:
    from kindly.outbox import waiting_on

    with sessions.begin() as session:
        session.add_all([message(1, JO, "Could we talk bookkeeping?", MONDAY), decided(1)])
        session.add(her_draft(3, 1, f"Hi Jo,\n\n{words}\n\nDana"))
        session.flush()
        session.add(SentRow(draft_pk=3, message_id="<yes@x>", recipient=JO, via="smtp", sent_at=MONDAY))
    assert [w.draft_id for w in waiting_on(sessions, DANA)] == ([3] if waits else [])
