"""The week's room: networking hours already accepted, and busy time from the user's calendar export."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from kindly.decide import policy
from kindly.decide.capacity import free_hours
from kindly.decide.policy import Context
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import load_profile
from kindly.services import Triage
from kindly.store.db import open_database
from kindly.understand.classify import Classifier
from support import EXAMPLES, Kindly
from test_decide import Case, run

MONDAY = datetime(2026, 11, 16, tzinfo=UTC)


def test_free_hours_subtract_busy_spans_of_that_week_only_and_merge_overlaps() -> None:
    busy = [
        (MONDAY + timedelta(hours=9), MONDAY + timedelta(hours=17)),  # 8 h
        (MONDAY + timedelta(hours=16), MONDAY + timedelta(hours=18)),  # overlaps: 1 h more
        (MONDAY - timedelta(days=3), MONDAY - timedelta(days=3, hours=-5)),  # the week before
    ]
    assert free_hours(MONDAY + timedelta(days=2), busy) == 31.0
    assert free_hours(MONDAY + timedelta(days=9), busy) == 40.0


def test_a_loosely_related_invitation_in_a_full_week_is_declined_for_capacity() -> None:
    case = Case(
        "An evening networking mixer for independent professionals at the chamber of commerce next Thursday.",
        Intent.EVENT_INVITATION,
        context=Context(hours_committed=3.5),
    )
    verdict = run(case)
    assert (verdict.decision.value, verdict.reason_code) == ("decline", "no_capacity")


def _inquiry(tmp_path: Path, written: datetime) -> Path:
    inquiry = EmailMessage()
    inquiry["From"] = "Ruth Adeyemi <ruth@halftone.example.com>"
    inquiry["Subject"] = "Bookkeeping for our design studio?"
    inquiry["Date"] = format_datetime(written)
    inquiry.set_content(
        "We run a six-person design studio and need monthly bookkeeping. Could you send a quote "
        "and tell us about your availability for a call?"
    )
    mail = tmp_path / "inquiry.eml"
    mail.write_bytes(bytes(inquiry))
    return mail


def _busy_week(tmp_path: Path, monday: date) -> Path:
    """A calendar with every working day of that week taken, 8:00 to 18:00."""
    days = "\n".join(
        f"BEGIN:VEVENT\nUID:busy-{d}\nDTSTAMP:20261101T000000Z\nDTSTART:{monday + timedelta(days=d):%Y%m%d}T080000Z\n"
        f"DTEND:{monday + timedelta(days=d):%Y%m%d}T180000Z\nSUMMARY:Client work\nEND:VEVENT"
        for d in range(5)
    )
    calendar = tmp_path / "busy.ics"
    calendar.write_text(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{days}\nEND:VCALENDAR\n")
    return calendar


def test_a_full_calendar_turns_an_accept_into_an_accept_with_a_later_time(
    kindly: Kindly, tmp_path: Path
) -> None:
    # written today, in a week the calendar has no room left in (the reply is written this week too)
    now = datetime.now(UTC)
    mail = _inquiry(tmp_path, now)
    calendar = _busy_week(tmp_path, now.date() - timedelta(days=now.weekday()))
    profile = str(EXAMPLES / "profile.toml")

    free = kindly("triage", str(mail), "--profile", profile, "--json")
    assert json.loads(free.stdout.splitlines()[0])["reason_code"] == "goal_fit"
    busy = kindly("triage", str(mail), "--profile", profile, "--json", "--calendar", str(calendar))
    record = json.loads(busy.stdout.splitlines()[0])
    assert (record["decision"], record["reason_code"]) == ("accept", "accept_later")
    assert "calendar" in record["reason"]


def test_a_full_week_that_has_gone_by_does_not_hold_back_an_undated_invitation(
    kindly: Kindly, tmp_path: Path
) -> None:
    # written three weeks ago in a week that was full; answered now, it is weighed against this week
    written = datetime.now(UTC) - timedelta(days=21)
    mail = _inquiry(tmp_path, written)
    calendar = _busy_week(tmp_path, written.date() - timedelta(days=written.weekday()))
    profile = str(EXAMPLES / "profile.toml")
    busy = kindly("triage", str(mail), "--profile", profile, "--json", "--calendar", str(calendar))
    assert json.loads(busy.stdout.splitlines()[0])["reason_code"] == "goal_fit"


def mail(source: str, written: datetime, body: str) -> Message:
    return Message(
        source=source,
        from_name="Hannah Brooks",
        from_addr=f"{source}@cen.example.org",
        subject="An invitation",
        body=body,
        own_text=body,
        date=written,
    )


def test_an_accepted_invitation_takes_hours_from_the_week_it_meets_not_the_week_it_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    committed: dict[str, float] = {}
    real = policy.decide

    def accept_the_mixer(message: Message, understanding: Any, profile: Any, context: Context) -> Verdict:
        committed[message.source] = context.hours_committed
        if message.source == "mixer":  # the user's own yes, so that its hours are taken
            return Verdict(Decision.ACCEPT, "Accepted.", "accepted")
        return real(message, understanding, profile, context)

    monkeypatch.setattr("kindly.services.decide", accept_the_mixer)
    triage = Triage(open_database(tmp_path / "k.db"), load_profile(EXAMPLES / "profile.toml"), Classifier())
    written = datetime(2026, 11, 18, 9, tzinfo=UTC)  # a Wednesday
    list(
        triage.run_items(
            [
                mail(
                    "mixer",
                    written,
                    "Join us for the CEN Winter Mixer on Thursday, December 3, 5:30-8pm "
                    "at Holloway Hall. Would love to see you there!",
                ),
                mail(
                    "same-week",
                    written,
                    "Would you join our roundtable for studio owners on Friday, November 20 at noon?",
                ),
                mail(
                    "mixer-week",
                    written + timedelta(days=12),
                    "Would you join our roundtable for studio owners on Wednesday, December 2 at noon?",
                ),
            ]
        )
    )

    assert committed["same-week"] == 0.0  # written the mixer's week, meets the week before the mixer
    assert committed["mixer-week"] == policy.networking_hours(Intent.EVENT_INVITATION)


def test_triage_reads_an_invitations_details_once_for_its_week_and_its_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kindly.reply.acceptance
    import kindly.reply.ask_wording
    import kindly.reply.compose
    import kindly.reply.decline_reason
    import kindly.services
    from kindly.understand.extract import extract

    calls: list[str] = []

    def counted(message: Message, intent: Intent | None = None) -> Any:
        calls.append(message.source)
        return extract(message, intent)

    for module in (
        kindly.services,
        kindly.reply.compose,
        kindly.reply.ask_wording,
        kindly.reply.decline_reason,
        kindly.reply.acceptance,
    ):
        monkeypatch.setattr(module, "extract", counted)
    triage = Triage(open_database(tmp_path / "k.db"), load_profile(EXAMPLES / "profile.toml"), Classifier())
    mixer = mail(
        "mixer",
        datetime(2026, 11, 18, 9, tzinfo=UTC),
        "Join us for the CEN Winter Mixer on Thursday, December 3, 5:30-8pm at Holloway Hall. RSVP?",
    )
    [row] = list(triage.run_items([mixer]))
    assert row.draft is not None
    assert calls == ["mixer"]


def test_the_reason_says_why_the_week_is_full_in_its_own_numbers() -> None:
    talk = "Would you give a talk on cash flow for creative businesses at our members' evening?"
    verdict = run(Case(talk, Intent.SPEAKING_INVITATION, context=Context(hours_committed=3.5)))
    assert "3.5 of that week's 4 networking hours are already taken" in verdict.reason
    # a paid talk is paid work, like a client: it takes none of the networking hours
    paid = f"{talk} We pay a $500 honorarium."
    verdict = run(Case(paid, Intent.SPEAKING_INVITATION, context=Context(hours_committed=3.5)))
    assert "networking hours" not in verdict.reason and verdict.hours == 0.0
    coffee = (
        "I run a small design studio and I'd love to buy you coffee to talk about our monthly bookkeeping."
    )
    verdict = run(Case(coffee, Intent.COFFEE_CHAT, context=Context(hours_committed=3.5)))
    assert verdict.reason_code == "accept_later" and "3.5 of that week's 4" in verdict.reason


def test_a_week_already_over_its_hours_says_so_plainly() -> None:
    group = "Would you join our peer group of independent bookkeepers? We meet monthly."
    verdict = run(Case(group, Intent.COMMUNITY_INVITATION, context=Context(hours_committed=6)))
    assert "that week's 4 networking hours are already taken (6 committed)" in verdict.reason


def test_hours_follow_a_moved_event_leave_with_a_cancelled_one_and_never_count_client_work(
    tmp_path: Path,
) -> None:
    from zoneinfo import ZoneInfo

    from kindly.model import Event
    from kindly.services import hours_committed
    from kindly.store.repository import Repository

    sessions = open_database(tmp_path / "k.db")
    understood = Understanding(
        is_invitation=True, intent=Intent.EVENT_INVITATION, purpose_clear=True, confidence=0.9
    )
    evening = datetime(2026, 12, 6, 18, tzinfo=ZoneInfo("America/Los_Angeles"))  # Monday December 7 in UTC
    with sessions.begin() as session:
        repo = Repository(session)
        [stored] = repo.store_messages([mail("mixer", datetime(2026, 11, 20, tzinfo=UTC), "Mixer on Dec 6?")])
        row = repo.get(stored.pk)
        assert row is not None
        repo.save_analysis(row, understood, Verdict(Decision.ACCEPT, "", "goal_fit"), "v", evening)
        pk = row.id
    week_of_dec_7 = datetime(2026, 12, 8, 12, tzinfo=UTC)
    with sessions.begin() as session:
        repo = Repository(session)
        assert hours_committed(repo, week_of_dec_7, pk + 1) == 3.0  # stored in UTC: the week of Dec 7
        assert hours_committed(repo, datetime(2026, 12, 2, tzinfo=UTC), pk + 1) == 0.0
        row = repo.get(pk)
        assert row is not None
        moved = Event(uid="u", summary="Mixer", start=datetime(2026, 12, 15, 18, tzinfo=UTC), sequence=1)
        repo.update_event(row, moved)
    with sessions.begin() as session:
        repo = Repository(session)
        assert hours_committed(repo, week_of_dec_7, pk + 1) == 0.0  # moved to the week of Dec 14
        assert hours_committed(repo, datetime(2026, 12, 16, tzinfo=UTC), pk + 1) == 3.0
        row = repo.get(pk)
        assert row is not None and row.analysis is not None
        repo.mark_cancelled(row)
    with sessions.begin() as session:
        repo = Repository(session)
        assert hours_committed(repo, datetime(2026, 12, 16, tzinfo=UTC), pk + 1) == 0.0  # cancelled
        row = repo.get(pk)
        assert row is not None and row.analysis is not None
        row.event_status, row.analysis.goal_kind = "", "help_client"
    with sessions.begin() as session:
        assert hours_committed(Repository(session), datetime(2026, 12, 16, tzinfo=UTC), pk + 1) == 0.0


def test_the_week_counts_the_hours_each_decision_took_not_its_kinds_usual_hours(tmp_path: Path) -> None:
    from kindly.services import hours_committed
    from kindly.store.repository import Repository

    sessions = open_database(tmp_path / "k.db")
    talk = Understanding(
        is_invitation=True, intent=Intent.SPEAKING_INVITATION, purpose_clear=True, confidence=0.9
    )
    written = datetime(2026, 12, 1, 9, tzinfo=UTC)
    with sessions.begin() as session:
        repo = Repository(session)
        stored = repo.store_messages([mail("paid", written, "Keynote"), mail("show", written, "Podcast")])
        for item, hours in zip(stored, (0.0, 1.25), strict=True):  # a paid keynote; a 45-minute recording
            row = repo.get(item.pk)
            assert row is not None
            repo.save_analysis(row, talk, Verdict(Decision.ACCEPT, "", "goal_fit", hours=hours), "v")
        last = max(item.pk for item in stored)
    with sessions.begin() as session:
        assert hours_committed(Repository(session), written, last + 1) == 1.25  # not 2 x 4 hours of talks


def test_a_meeting_moved_off_a_holiday_counts_in_the_week_of_the_times_offered(tmp_path: Path) -> None:
    from kindly.store.repository import Repository

    sessions = open_database(tmp_path / "k.db")
    ask = mail(
        "coffee",
        datetime(2026, 11, 23, 9, tzinfo=UTC),
        "Could we grab coffee on Thursday, November 26 at 10am? I run a small design studio and need a "
        "part-time CFO for our monthly close.",
    )
    profile = load_profile(EXAMPLES / "profile.toml")  # Dana, in Portland: Thanksgiving is a holiday
    [row] = list(Triage(sessions, profile, Classifier()).run_items([ask]))
    assert row.draft is not None and row.draft.times  # Thanksgiving: other days are offered
    with sessions.begin() as session:
        stored = Repository(session).get(row.id)
        assert stored is not None and stored.analysis is not None and stored.analysis.meets_at is not None
        assert stored.analysis.meets_at.date() != date(2026, 11, 26)
        assert stored.analysis.meets_at.strftime("%A, %B %-d") in row.draft.times[0]
