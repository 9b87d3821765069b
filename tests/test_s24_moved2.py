"""Session 24, Dana's week goes on (moved2): Jo moves the call Dana had confirmed, to a time that does not suit her -
a day off, a day or an hour she does not meet at, a time her calendar has busy, a time another yes of hers offers.
Her thread was left to her with no draft, or said "works for me" where she could not come. A time proposed in a
thread is now checked as a first invitation's is: the draft says which time does not suit, and proposes times she
meets (never the one Jo moves from) - through real Dovecot IMAP and loopback SMTP, on a real SQLite file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from support import EXAMPLE_PROFILE_FILE, Kindly, eml, triaged_one
from test_caldav import PASSWORD, USER, Server, radicale
from test_s22_days import JO, SARA, jo_answers, mail, synced, week, yes_sent_to_jo
from test_s22_r2days import Week
from test_s23_daily import THURSDAY, her_calendar
from test_s24_moved import jo_moved_the_call
from test_sync import dovecot, mailbox

__all__ = ["dovecot", "mailbox", "radicale", "week"]

MOVED_FROM = "Monday, December 7 at 10:00 am"  # the time Jo confirmed on Tuesday, and now moves from


def her_profile_says(kindly: Kindly, lines: str) -> None:
    """Dana adds `lines` to the [user] table of her profile (her days off, her hours)."""
    profile = kindly.home / "profile.toml"
    profile.write_text(profile.read_text().replace('holidays = "US-OR"', f'holidays = "US-OR"\n{lines}'))


def proposed_instead(draft: str | None, not_then: str) -> str:
    """The sentence of a draft that says `not_then` does not suit and proposes other times, checked to be so."""
    assert draft is not None
    [sentence] = [line for line in draft.splitlines() if f"{not_then} doesn't work for me, though" in line]
    assert sentence.endswith("work for you instead?") and "works for me" not in draft
    return sentence


# 1. Jo moves the call to a day Dana does not meet on - her day off (dated, or by its weekday), a Saturday, a
# Friday outside her Monday-to-Thursday hours: the thread was left to her ("yours to answer"), with no draft.


@pytest.mark.parametrize(
    ("her_days", "words", "not_then"),
    [
        pytest.param(
            'days_off = ["2026-12-08"]',
            "So sorry - something came up on Monday. Could we move to next Tuesday at 3?",
            "Tuesday, December 8",
            id="next-tuesday-her-day-off",
        ),
        pytest.param(
            'days_off = ["2026-12-08"]',
            "Could we move our call to Tuesday, December 8 at 3pm?",
            "Tuesday, December 8",
            id="a-dated-day-off",
        ),
        pytest.param("", "Could we move to Saturday at 10am?", "Saturday, December 5", id="a-saturday"),
        pytest.param(
            'meeting_hours = ["Mon-Thu 09:00-17:00"]',
            "Could we move to next Friday at 10am?",
            "Next Friday at 10am",
            id="a-friday-outside-her-days",
        ),
    ],
)
def test_a_call_moved_to_a_day_she_does_not_meet_gets_other_times(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, her_days: str, words: str, not_then: str
) -> None:
    her_profile_says(kindly, her_days)
    moved = jo_moved_the_call(kindly, week, monkeypatch, words)

    assert moved["decision"] == "accept"
    assert moved["reason"].endswith("other times are proposed.")
    sentence = proposed_instead(moved["draft"], not_then)
    assert MOVED_FROM not in sentence  # the time she moves from is not offered back
    assert "Thank you for getting back to me" in moved["draft"]


@pytest.mark.parametrize(
    ("words", "not_then"),
    [
        pytest.param("Could we move to next Friday at 10am?", "Next Friday at 10am", id="a-friday"),
        pytest.param("Could we move to Saturday at 10am?", "Saturday at 10am", id="a-saturday"),
        pytest.param(
            "Could we move our call to Saturday, December 5 at 10am?",
            "Saturday, December 5 at 10am",
            id="a-dated-saturday",
        ),
    ],
)
def test_a_day_outside_her_days_moved_to_says_her_hours(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, not_then: str
) -> None:
    """Why the day does not suit, as a first invitation's draft says it for a time outside her hours: her hours
    (a weekend her hours leave out is outside them too, not only "doesn't work")."""
    her_profile_says(kindly, 'meeting_hours = ["Mon-Thu 09:00-17:00"]')
    moved = jo_moved_the_call(kindly, week, monkeypatch, words)

    assert (
        f"{not_then} doesn't work for me, though - I'm only free for meetings between 9:00 am and 5:00 pm, Monday "
        "to Thursday. Would "
    ) in (moved["draft"] or "")


# ...and an hour outside hers on a day she meets was already answered so; a time inside them stays a plain yes,
# and a deadline moved is still no meeting to answer.


@pytest.mark.parametrize(
    ("words", "answered"),
    [
        pytest.param("Could we move to next Tuesday at 8am?", None, id="before-her-hours"),
        pytest.param(
            "Could we move to next Tuesday at 3?",
            "Tuesday, December 8 at 3:00 pm works for me.",
            id="in-her-hours",
        ),
        pytest.param(
            "Could we push it to Wednesday at 11am instead?",
            "Wednesday, December 9 at 11:00 am works for me.",
            id="wednesday-in-her-hours",
        ),
    ],
)
def test_an_hour_moved_to_is_weighed_against_her_hours(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, answered: str | None
) -> None:
    her_profile_says(kindly, 'meeting_hours = ["Mon-Thu 09:00-17:00"]')
    moved = jo_moved_the_call(kindly, week, monkeypatch, words)

    assert moved["decision"] == "accept"
    if answered is None:
        proposed_instead(moved["draft"], "Next Tuesday at 8am")
        return
    assert answered in (moved["draft"] or "") and "instead" not in (moved["draft"] or "")
    assert moved["reason"].endswith("the first that fits is taken.")


def test_a_deadline_moved_to_her_day_off_drafts_nothing(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    her_profile_says(kindly, 'days_off = ["2026-12-08"]')
    moved = jo_moved_the_call(
        kindly, week, monkeypatch, "Could we move the deadline for the statements to next Tuesday?"
    )

    assert moved["draft"] is None and moved["reason_code"] == "thread_question"


# 2. Her dentist is in her calendar on Tuesday from 2:30 to 4:00 pm; Jo moves the call to Tuesday at 3. Her daily
# `kindly triage --calendar` (and the sync that reads her [calendar] server) said "works for me".


def jo_moves_it_in_a_file(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, *, sara: bool = False
) -> Path:
    """As `jo_moved_the_call`, but Thursday's mail saved as a file for her `kindly triage`: its path. With `sara`,
    Sara's call came in on Monday after the yes to Jo went, and kindly's yes to her waits unsent."""
    box, _smtp = week
    _enquiry, yes = yes_sent_to_jo(kindly, week)
    if sara:
        box.append(SARA)
        synced(kindly)
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    thread = ("<jo-1@mail.example>", yes["Message-ID"])
    jo_answers(box, "Monday, December 7 at 10:00 am works great. See you then!", thread)
    synced(kindly)
    monkeypatch.setenv("KINDLY_NOW", "2026-12-03T08:00-08:00")
    body = f"Hi Dana,\n\n{words}\n\nJo\n"
    path = kindly.home / "jo-3.eml"
    path.write_bytes(
        mail("jo-3", JO, "Re: Bookkeeping for our studio", body, THURSDAY, (*thread, "<jo-2@mail.example>"))
    )
    return path


def triaged_with(kindly: Kindly, calendar: Path | None, source: Path, *flags: str) -> dict[str, Any]:
    """`kindly triage --json` of one mail, with her calendar export where one is given: its record."""
    with_calendar = ("--calendar", str(calendar)) if calendar is not None else ()
    result = kindly("triage", *with_calendar, str(source), "--json", *flags)
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


DENTIST = datetime(2026, 12, 8, 14, 30)  # on this machine's clock, as her profile names no zone


@pytest.mark.parametrize(
    ("words", "not_then"),
    [
        pytest.param(
            "Could we move to next Tuesday at 3?", "Tuesday, December 8 at 3:00 pm", id="by-weekday"
        ),
        pytest.param(
            "Could we move our call to Tuesday, December 8 at 3pm?", "Tuesday, December 8 at 3pm", id="dated"
        ),
    ],
)
def test_a_call_moved_to_a_time_her_calendar_has_busy_gets_other_times(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, not_then: str
) -> None:
    source = jo_moves_it_in_a_file(kindly, week, monkeypatch, words)
    moved = triaged_with(kindly, her_calendar(kindly, DENTIST), source)

    assert moved["decision"] == "accept"
    assert moved["reason"].endswith("none suits you, so other times are proposed.")
    assert MOVED_FROM not in proposed_instead(moved["draft"], not_then)


def test_a_call_moved_to_a_time_her_calendar_leaves_free_is_a_plain_yes(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: the dentist is at 4:30 pm, after the call."""
    source = jo_moves_it_in_a_file(kindly, week, monkeypatch, "Could we move to next Tuesday at 3?")
    moved = triaged_with(kindly, her_calendar(kindly, DENTIST + timedelta(hours=2)), source)

    assert "Tuesday, December 8 at 3:00 pm works for me." in (moved["draft"] or "")


@pytest.mark.parametrize(
    ("name", "dentist_at", "busy"),
    [
        pytest.param("moved-busy", DENTIST, True, id="the-dentist-at-the-time-moved-to"),
        pytest.param("moved-free", DENTIST + timedelta(hours=2), False, id="the-dentist-after-it"),
    ],
)
def test_sync_weighs_a_moved_call_against_her_calendar_server(
    kindly: Kindly,
    week: Week,
    radicale: Server,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    dentist_at: datetime,
    busy: bool,
) -> None:
    from caldav.davclient import DAVClient

    start = dentist_at.astimezone()
    with DAVClient(url=radicale.url, username=USER, password=PASSWORD, enable_rfc6764=False) as client:
        calendar = client.principal().make_calendar(name=name, cal_id=name)
        calendar.save_event(
            dtstart=start, dtend=start + timedelta(hours=1, minutes=30), summary="Dentist", uid=f"{name}@dana"
        )
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)  # the server is on this machine
    monkeypatch.setenv("TEST_CALDAV_PASSWORD", PASSWORD)
    config = kindly.home / "config.toml"
    config.write_text(
        config.read_text() + f'\n[calendar]\ncaldav_url = "{radicale.calendar_url(name)}"\nuser = "{USER}"\n'
        'password_env = "TEST_CALDAV_PASSWORD"\n'
    )

    moved = jo_moved_the_call(kindly, week, monkeypatch, "Could we move to next Tuesday at 3?")

    if busy:
        proposed_instead(moved["draft"], "Tuesday, December 8 at 3:00 pm")
    else:
        assert "Tuesday, December 8 at 3:00 pm works for me." in (moved["draft"] or "")


# 3. Monday kindly's yes to Sara (waiting for Dana to send it) offers Wednesday, December 9 at 10:00 am; Thursday
# Jo moves her call there. Both would have been told yes to the same hour.


@pytest.mark.parametrize(
    ("words", "not_then"),
    [
        pytest.param(
            "Could we push it to Wednesday at 10am instead?",
            "Wednesday, December 9 at 10:00 am",
            id="by-weekday",
        ),
        pytest.param(
            "Could we move our call to Wednesday, December 9 at 10am?",
            "Wednesday, December 9 at 10am",
            id="dated",
        ),
    ],
)
def test_a_call_moved_to_a_time_another_yes_offers_gets_other_times(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, not_then: str
) -> None:
    source = jo_moves_it_in_a_file(kindly, week, monkeypatch, words, sara=True)
    [to_sara] = json.loads(kindly("drafts", "--json").stdout)
    assert "Wednesday, December 9 at 10:00 am" in to_sara["text"]  # the yes to Sara waits, unsent
    moved = triaged_with(kindly, None, source)

    sentence = proposed_instead(moved["draft"], not_then)
    assert MOVED_FROM not in sentence and "Monday, December 7 at 2:30 pm" not in sentence  # Sara's other time


# 4. The cause was no thread's alone: a first invitation at a weekday alone on her day off ("Saturday at 10am") was
# said yes to, and one at a time her calendar has busy too.

JO_FIRST = (
    "Hi Dana,\n\nI own Park & Field, a six-person design studio in Portland, and our books are a mess since we grew. "
    "Could we have a 30-minute call {when} to talk about monthly bookkeeping?\n\nJo Park\nOwner, Park & Field Studio\n"
)


def jos_first_mail(path: Path, when: str) -> Path:
    return eml(
        path,
        JO_FIRST.format(when=when),
        sender=JO,
        subject="Bookkeeping for our studio",
        date="Wed, 2 Dec 2026 07:01:00 -0800",
        message_id="jo-first@mail.example",
    )


@pytest.mark.parametrize(
    ("when", "not_then", "free"),
    [
        pytest.param("on Saturday at 10am", "Saturday, December 5", False, id="a-saturday-by-weekday"),
        pytest.param("on Monday at 10am", "", True, id="a-monday-she-meets"),
    ],
)
def test_a_first_invitation_on_a_weekday_she_does_not_meet_gets_other_times(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str, not_then: str, free: bool
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2026-12-02T09:00-08:00")
    record = triaged_one(kindly, jos_first_mail(tmp_path / "jo.eml", when))

    if free:
        assert "Monday, December 7 at 10:00 am works for me." in (record["draft"] or "")
        return
    proposed_instead(record["draft"], not_then)


def test_a_first_invitation_at_a_time_her_calendar_has_busy_gets_other_times(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2026-12-02T09:00-08:00")
    source = jos_first_mail(tmp_path / "jo.eml", "on Tuesday, December 8 at 3pm")
    kindly.home.mkdir(parents=True, exist_ok=True)
    record = triaged_with(
        kindly, her_calendar(kindly, DENTIST), source, "--profile", str(EXAMPLE_PROFILE_FILE)
    )

    sentence = proposed_instead(record["draft"], "Tuesday, December 8 at 3pm")
    assert "Tuesday, December 8 at 2:30 pm" not in sentence  # nor a time proposed inside the dentist's
