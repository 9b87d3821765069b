"""Calendar updates: CANCEL, COUNTER, REPLY and newer REQUESTs of a known event UID are filed under the
invitation they change (same thread, its stored event updated or marked cancelled), never triaged anew."""

from __future__ import annotations

import json
import sqlite3
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from support import EXAMPLES, Kindly

PROFILE = str(EXAMPLES / "profile.toml")
UID = "studio-finance-night-7@cen.example.org"


def ics(
    method: str,
    sequence: int,
    *,
    start: str = "20261209T173000Z",
    extra: tuple[str, ...] = (),
    partstat: str = "NEEDS-ACTION",
    uid: str = UID,
) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//kindly tests//EN",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SEQUENCE:{sequence}",
            "DTSTAMP:20261120T090000Z",
            f"DTSTART:{start}",
            "DURATION:PT2H",
            "SUMMARY:Studio Finance Night: cash flow for design studios",
            "LOCATION:Holloway Hall, Portland",
            "DESCRIPTION:An evening for owners of small design studios: a short panel on cash flow "
            "and bookkeeping, then drinks. Please RSVP.",
            "ORGANIZER;CN=Marcus Bell:mailto:marcus@cen.example.org",
            f"ATTENDEE;CN=Dana Reyes;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE:mailto:dana@example.com",
            *extra,
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def triage(kindly: Kindly, *paths: Path) -> tuple[list[dict[str, Any]], str]:
    result = kindly("triage", *map(str, paths), "--profile", PROFILE, "--json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return records, result.output


def rows(database: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return list(connection.execute(sql, args))


@pytest.mark.parametrize(
    ("method", "code"),
    [
        pytest.param("CANCEL", "calendar_cancel", id="cancel"),
        pytest.param("COUNTER", "calendar_counter", id="counter"),
        pytest.param("REPLY", "calendar_reply", id="reply"),
    ],
)
def test_a_change_of_a_known_invitation_is_attached_to_it_not_triaged(
    kindly: Kindly, tmp_path: Path, method: str, code: str
) -> None:
    invite = write(tmp_path, "invite.ics", ics("REQUEST", 0))
    # Same SEQUENCE as the invitation on purpose: some calendars do not raise it for a CANCEL.
    change = write(tmp_path, "change.ics", ics(method, 0, partstat="ACCEPTED"))

    (original,), _ = triage(kindly, invite)
    (update,), output = triage(kindly, change)

    assert update["decision"] == "ignore" and update["reason_code"] == code
    assert f"#{original['id']}" in update["reason"]
    assert update["thread_id"] == original["thread_id"]
    assert update["draft"] is None
    assert "calendar updates 1" in output and "invitations 0" in output
    [(updates_pk,)] = rows(kindly.database, "select updates_pk from messages where id = ?", update["id"])
    assert updates_pk == original["id"]


def test_a_cancel_marks_the_invitation_cancelled_and_withdraws_its_pending_draft(
    kindly: Kindly, tmp_path: Path
) -> None:
    (original,), _ = triage(kindly, write(tmp_path, "invite.ics", ics("REQUEST", 0)))
    assert original["draft"], "the example profile answers this invitation"

    triage(kindly, write(tmp_path, "cancel.ics", ics("CANCEL", 1, extra=("STATUS:CANCELLED",))))

    [(status, event)] = rows(
        kindly.database, "select event_status, event from messages where id = ?", original["id"]
    )
    assert status == "cancelled"
    assert json.loads(event)["method"] == "REQUEST"  # the invitation itself is kept as it was
    assert rows(kindly.database, "select status from drafts where message_pk = ?", original["id"]) == [
        ("discarded",)
    ]


def test_a_newer_sequence_updates_the_stored_event_and_keeps_the_recurrence(
    kindly: Kindly, tmp_path: Path
) -> None:
    weekly = ("RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE",)
    invite = write(tmp_path, "invite.ics", ics("REQUEST", 0, extra=weekly))
    moved = write(tmp_path, "moved.ics", ics("REQUEST", 2, start="20261216T180000Z", extra=weekly))

    records, output = triage(kindly, invite, moved)

    original, update = records
    assert original["decision"] != "ignore"
    assert update["reason_code"] == "calendar_update" and "sequence 2" in update["reason"]
    assert update["thread_id"] == original["thread_id"]
    assert "invitations 1" in output and "calendar updates 1" in output
    [(event, sequence)] = rows(
        kindly.database, "select event, event_sequence from messages where id = ?", original["id"]
    )
    stored = json.loads(event)
    assert sequence == 2 and stored["sequence"] == 2
    assert stored["start"] == "2026-12-16T18:00:00+00:00"
    assert stored["recurrence"] == "FREQ=WEEKLY;COUNT=4;BYDAY=WE"
    body = rows(kindly.database, "select body from messages where id = ?", original["id"])[0][0]
    assert "Repeats: FREQ=WEEKLY;COUNT=4;BYDAY=WE" in body


def test_an_older_or_equal_sequence_does_not_overwrite_the_newer_event(
    kindly: Kindly, tmp_path: Path
) -> None:
    newer = write(tmp_path, "v3.ics", ics("REQUEST", 3, start="20261216T180000Z"))
    resent = EmailMessage()  # the first version again, arriving later by e-mail
    resent["From"] = "Marcus Bell <marcus@cen.example.org>"
    resent["To"] = "dana@example.com"
    resent["Subject"] = "Invitation: Studio Finance Night"
    resent["Message-ID"] = "<old-invite@cen.example.org>"
    resent.set_content("Join us for Studio Finance Night.")
    resent.add_attachment(
        ics("REQUEST", 1), subtype="calendar", params={"method": "REQUEST"}, disposition="inline"
    )
    mail = tmp_path / "resent.eml"
    mail.write_bytes(bytes(resent))

    (original, update), _ = triage(kindly, newer, mail)

    assert update["reason_code"] == "calendar_update" and "nothing changed" in update["reason"]
    [(event,)] = rows(kindly.database, "select event from messages where id = ?", original["id"])
    assert json.loads(event)["sequence"] == 3


def test_a_cancellation_by_e_mail_lands_on_the_invitation_from_an_ics_file(
    kindly: Kindly, tmp_path: Path
) -> None:
    (original,), _ = triage(kindly, write(tmp_path, "invite.ics", ics("REQUEST", 0)))
    cancel = EmailMessage()
    cancel["From"] = "Marcus Bell <marcus@cen.example.org>"
    cancel["To"] = "dana@example.com"
    cancel["Subject"] = "Cancelled: Studio Finance Night"
    cancel["Message-ID"] = "<cancel-7@cen.example.org>"
    cancel.set_content("We are sorry: Studio Finance Night will not take place.")
    cancel.add_alternative(ics("CANCEL", 1), subtype="calendar", params={"method": "CANCEL"})
    mail = tmp_path / "cancel.eml"
    mail.write_bytes(bytes(cancel))

    (update,), _ = triage(kindly, mail)

    assert update["reason_code"] == "calendar_cancel"
    assert update["thread_id"] == original["thread_id"]
    assert rows(kindly.database, "select event_status from messages where id = ?", original["id"]) == [
        ("cancelled",)
    ]


def test_a_cancellation_of_an_unknown_event_is_ignored_and_attached_to_nothing(
    kindly: Kindly, tmp_path: Path
) -> None:
    (record,), output = triage(kindly, write(tmp_path, "cancel.ics", ics("CANCEL", 1, uid="never-seen@x")))

    assert record["decision"] == "ignore" and record["reason_code"] == "calendar_cancel"
    assert "not seen" in record["reason"]
    assert rows(kindly.database, "select updates_pk from messages where id = ?", record["id"]) == [(None,)]
    assert "calendar updates 1" in output


def test_triaging_updates_again_changes_nothing(kindly: Kindly, tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "invite.ics", ics("REQUEST", 0)),
        write(tmp_path, "moved.ics", ics("REQUEST", 1, start="20261216T180000Z")),
        write(tmp_path, "cancel.ics", ics("CANCEL", 2)),
    ]
    first, _ = triage(kindly, *paths)
    before = rows(kindly.database, "select id, thread_id, updates_pk, event_status, event from messages")

    second, output = triage(kindly, *paths)

    assert "duplicates 3" in output and "new 0" in output
    assert [(r["id"], r["reason_code"]) for r in second] == [(r["id"], r["reason_code"]) for r in first]
    assert (
        rows(kindly.database, "select id, thread_id, updates_pk, event_status, event from messages") == before
    )
    assert [r["reason_code"] for r in first[1:]] == ["calendar_update", "calendar_cancel"]
