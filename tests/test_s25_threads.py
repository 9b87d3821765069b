"""Session 25, threads and calendar leftovers: Dana's calendar file, given once to `kindly triage --calendar`, is
kept for the drafts written later (the web page's rewrite, deciding open invitations again); a calendar server that
cannot be read is said on the page and in the CLI, and the draft is still written; and "Something came up on
Monday" in a thread that agreed a Monday is that Monday."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import format_datetime
from html import unescape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from support import EXAMPLES, Kindly, eml
from test_caldav import _free_port
from test_s22_days import ENQUIRY, JO_ASKS
from web_support import csrf_of, log_in, make_home

MONDAY_10 = "Monday, December 7 at 10:00 am"  # the first time kindly proposes to Jo on Monday, November 30
WEDNESDAY = "Wednesday, December 9 at 2:30 pm"  # ...and the second


def calendar_file(path: Path, *busy: tuple[str, str]) -> Path:
    """Her calendar export with an event for each (start, end) in UTC ("20261207T180000Z"); one far off when none."""
    events = busy or (("20270301T100000Z", "20270301T110000Z"),)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kindly tests//EN"]
    for n, (start, end) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:busy-{n}@dana", f"DTSTART:{start}", f"DTEND:{end}", "SUMMARY:Busy"]
        lines.append("END:VEVENT")
    path.write_text("\r\n".join([*lines, "END:VCALENDAR", ""]))
    return path


SHE_BOOKS_MONDAY_10 = ("20261207T180000Z", "20261207T190000Z")  # Monday, December 7, 10-11 am in Portland


@pytest.fixture
def dana(kindly: Kindly, monkeypatch: pytest.MonkeyPatch) -> Kindly:
    """Dana's app folder (a web password set) on Monday, November 30, her profile on Portland's clock."""
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T08:00-08:00")
    make_home(kindly.home)
    profile = (EXAMPLES / "profile.toml").read_text()
    profile = profile.replace(
        'email = "dana@example.com"\n', 'email = "dana@example.com"\ntime_zone = "America/Los_Angeles"\n'
    )
    (kindly.home / "profile.toml").write_text(profile)
    return kindly


def triage(kindly: Kindly, *args: str) -> tuple[list[dict[str, Any]], str]:
    """`kindly triage --json` with her profile: the records, and what it said on stderr."""
    result = kindly("triage", *args, "--profile", str(kindly.home / "profile.toml"), "--json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return records, result.stderr


def jo_triaged(kindly: Kindly, folder: Path, *calendar: str) -> dict[str, Any]:
    (folder / "jo.eml").write_bytes(ENQUIRY)
    [jo], _said = triage(kindly, str(folder / "jo.eml"), *calendar)
    return jo


def pending_text(kindly: Kindly, pk: int) -> str:
    from kindly.store.db import open_database
    from kindly.store.tables import DraftRow

    with open_database(kindly.database).begin() as session:
        [text] = session.scalars(
            select(DraftRow.text).where(DraftRow.message_pk == pk, DraftRow.status == "pending")
        )
        return text


def rewritten_on_the_page(kindly: Kindly, pk: int, tone: str = "formal") -> tuple[str, str]:
    """She presses "Write it again" (in another tone) on the invitation's page: the draft, and what the page says."""
    from kindly.web import create_app, load_settings

    with TestClient(create_app(load_settings(kindly.home)), follow_redirects=False) as client:
        log_in(client)
        page = client.get(f"/invitations/{pk}")
        response = client.post(
            f"/invitations/{pk}/draft/compose", data={"tone": tone, "csrf_token": csrf_of(page.text)}
        )
        assert response.status_code == 303, response.text
        said = unescape(client.get(f"/invitations/{pk}").text)
    return pending_text(kindly, pk), said


# -- 1. the calendar file given to triage is kept for the drafts written later ------------------------------------


def test_the_page_rewrite_reads_the_calendar_file_triage_was_given_again(
    dana: Kindly, tmp_path: Path
) -> None:
    calendar = calendar_file(tmp_path / "dana.ics")
    jo = jo_triaged(dana, tmp_path, "--calendar", str(calendar))
    assert MONDAY_10 in jo["draft"] and WEDNESDAY in jo["draft"]

    calendar_file(calendar, SHE_BOOKS_MONDAY_10)  # she books Monday at 10 in her calendar after the triage
    draft, said = rewritten_on_the_page(dana, jo["id"])

    assert MONDAY_10 not in draft and WEDNESDAY in draft
    assert "Draft written again." in said and "Couldn't read" not in said


def test_a_calendar_file_gone_since_counts_as_last_read_and_the_page_says_so(
    dana: Kindly, tmp_path: Path
) -> None:
    calendar = calendar_file(tmp_path / "dana.ics")
    jo = jo_triaged(dana, tmp_path, "--calendar", str(calendar))
    calendar_file(calendar, SHE_BOOKS_MONDAY_10)
    rewritten_on_the_page(dana, jo["id"])  # read again: Monday at 10 is busy
    calendar.unlink()

    draft, said = rewritten_on_the_page(dana, jo["id"], tone="brief")

    assert MONDAY_10 not in draft
    assert f"Couldn't read your calendar file ({calendar}: cannot read" in said
    assert "the busy time it held on 2026-11-30 counted." in said


def test_deciding_open_invitations_again_proposes_no_time_the_calendar_file_has_busy(
    dana: Kindly, tmp_path: Path
) -> None:
    """A profile saved on the page decides the open invitations again: their drafts see the calendar file too."""
    from kindly.profile import load_profile
    from kindly.store.db import open_database
    from kindly.web.decisions import redecide_open

    calendar = calendar_file(tmp_path / "dana.ics")
    jo = jo_triaged(dana, tmp_path, "--calendar", str(calendar))
    calendar_file(calendar, SHE_BOOKS_MONDAY_10)

    redecide_open(open_database(dana.database), load_profile(dana.home / "profile.toml"))

    assert MONDAY_10 not in pending_text(dana, jo["id"])


def test_without_a_calendar_file_the_rewrite_proposes_the_times_it_did(dana: Kindly, tmp_path: Path) -> None:
    """The near miss: no calendar was ever given, nothing is said about one."""
    jo = jo_triaged(dana, tmp_path)
    draft, said = rewritten_on_the_page(dana, jo["id"])
    assert MONDAY_10 in draft and "calendar" not in said.split("Draft written again.")[1][:200]


# -- 2. a calendar server that cannot be read is said, and the draft is still written -------------------------------


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


class _Failing(BaseHTTPRequestHandler):
    """A CalDAV server having a bad day: every request is answered 503."""

    def _fail(self) -> None:
        self.send_error(503, "Service Unavailable")

    do_GET = do_PROPFIND = do_REPORT = do_OPTIONS = _fail

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def failing_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/dav/"
    server.shutdown()
    server.server_close()


def _calendar_server(kindly: Kindly, url: str) -> None:
    (kindly.home / "config.toml").write_text(f'[calendar]\ncaldav_url = "{url}"\ntimeout = 2\n')


@pytest.mark.parametrize("server", ["down", "failing"])
def test_a_calendar_server_that_cannot_be_read_is_said_on_the_page(
    dana: Kindly, tmp_path: Path, no_proxy: None, failing_server: str, server: str
) -> None:
    jo = jo_triaged(dana, tmp_path)
    url = f"http://127.0.0.1:{_free_port()}/dav/" if server == "down" else failing_server
    _calendar_server(dana, url)

    draft, said = rewritten_on_the_page(dana, jo["id"])

    assert MONDAY_10 in draft  # written all the same, from her meeting hours
    assert f"Draft written again. Couldn't read your calendar (CalDAV {url}: " in said
    assert "times were proposed from your meeting hours only." in said


def test_a_calendar_server_that_cannot_be_read_is_said_by_triage(
    dana: Kindly, tmp_path: Path, no_proxy: None, failing_server: str
) -> None:
    _calendar_server(dana, failing_server)
    (tmp_path / "jo.eml").write_bytes(ENQUIRY)
    [jo], said = triage(dana, str(tmp_path / "jo.eml"))
    assert MONDAY_10 in jo["draft"]
    said = " ".join(said.split())
    assert f"Couldn't read your calendar (CalDAV {failing_server}: " in said
    assert "times were proposed from your meeting hours only." in said


def test_with_a_calendar_file_the_server_not_read_leaves_the_files_busy_time(
    dana: Kindly, tmp_path: Path, no_proxy: None, failing_server: str
) -> None:
    calendar = calendar_file(tmp_path / "dana.ics", SHE_BOOKS_MONDAY_10)
    _calendar_server(dana, failing_server)
    (tmp_path / "jo.eml").write_bytes(ENQUIRY)
    [jo], said = triage(dana, str(tmp_path / "jo.eml"), "--calendar", str(calendar))
    assert MONDAY_10 not in jo["draft"]
    assert "times were proposed from your meeting hours and your other calendar." in " ".join(said.split())


# -- 3. "Something came up on Monday": the Monday of the thread ----------------------------------------------------


@pytest.mark.parametrize(
    ("words", "thread", "out"),
    [
        pytest.param(
            "Something came up on Monday.", {date(2026, 12, 14)}, date(2026, 12, 14), id="the-agreed-monday"
        ),
        pytest.param(
            "Thursday no longer works for me.", {date(2026, 12, 10)}, date(2026, 12, 10), id="thursday"
        ),
        pytest.param("Something came up on Monday.", set(), date(2026, 12, 7), id="no-monday-in-the-thread"),
        pytest.param(
            "Something came up on Monday.",
            {date(2026, 12, 15)},
            date(2026, 12, 7),
            id="a-tuesday-is-no-monday",
        ),
        pytest.param(
            "Something came up on Monday.", {date(2027, 1, 11)}, date(2026, 12, 7), id="a-monday-weeks-away"
        ),
        pytest.param(
            "Something came up on Monday, December 7.", {date(2026, 12, 14)}, date(2026, 12, 7), id="dated"
        ),
    ],
)
def test_a_weekday_alone_is_the_one_the_thread_named(words: str, thread: set[date], out: date) -> None:
    from kindly.understand.days_out import their_days_out

    assert their_days_out(words, date(2026, 12, 3), lambda: thread) == [out]


def test_the_thread_is_not_read_when_no_weekday_alone_is_said() -> None:
    from kindly.understand.days_out import their_days_out

    def unread() -> set[date]:
        raise AssertionError("the thread was read")

    assert their_days_out("Monday, December 7 no longer works.", date(2026, 12, 3), unread) == [
        date(2026, 12, 7)
    ]
    assert their_days_out("Thanks, see you then!", date(2026, 12, 3), unread) == []


DANA = "Dana Reyes <dana@example.com>"
JO = "Jo Park <jo@parkfield.example>"


def jo_thread(folder: Path, agreed: str, then: str, written: datetime) -> list[Path]:
    """Jo's enquiry on Monday, Dana's own reply proposing `agreed`, Jo's yes to it, and Jo's `then`."""
    ids = ["jo-1@mail.example", "dana-1@example.com", "jo-2@mail.example", "jo-3@mail.example"]

    def mail(n: int, sender: str, body: str, when: str, to: str) -> Path:
        subject = "Bookkeeping for our studio" if n == 0 else "Re: Bookkeeping for our studio"
        earlier = ids[:n]
        return eml(
            folder / f"{n}.eml",
            body,
            sender=sender,
            to=to,
            subject=subject,
            date=when,
            message_id=ids[n],
            in_reply_to=earlier[-1] if earlier else "",
            references=earlier,
        )

    said = f"Hi Dana,\n\n{agreed} works great. See you then!\n\nJo\n"
    return [
        mail(0, JO, JO_ASKS, "Mon, 30 Nov 2026 07:01:00 -0800", DANA),
        mail(
            1,
            DANA,
            f"Hi Jo,\n\nWould {agreed} work for you?\n\nDana\n",
            "Mon, 30 Nov 2026 09:00:00 -0800",
            JO,
        ),
        mail(2, JO, said, "Tue, 1 Dec 2026 08:00:00 -0800", DANA),
        mail(3, JO, f"Hi Dana,\n\n{then}\n\nJo\n", format_datetime(written), DANA),
    ]


@pytest.mark.parametrize(
    ("agreed", "then", "written", "days"),
    [
        pytest.param(
            "Monday, December 14 at 10:00 am",
            "So sorry - something came up on Monday. Could we move to Saturday at 10am instead?",
            "2026-12-03T08:00-08:00",
            ("Monday, December 14", "Monday, December 7"),
            id="something-came-up-on-monday",
        ),
        pytest.param(
            "Thursday, December 10 at 3:00 pm",
            "Thursday no longer works for me, I'm afraid. Could we do Saturday at 10am instead?",
            "2026-12-02T08:00-08:00",
            ("Thursday, December 10", "Thursday, December 3"),
            id="thursday-no-longer-works",
        ),
    ],
)
def test_the_day_out_in_a_thread_is_the_day_it_agreed(
    dana: Kindly,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    agreed: str,
    then: str,
    written: str,
    days: tuple[str, str],
) -> None:
    """Jo asks for a Saturday, a day Dana does not meet: the times proposed instead skip the day of the thread she
    says no longer works, not the coming day of that weekday (which she said nothing of)."""
    monkeypatch.setenv("KINDLY_NOW", written)
    records, _said = triage(
        dana, *map(str, jo_thread(tmp_path, agreed, then, datetime.fromisoformat(written)))
    )
    moved = records[-1]
    out, coming = days
    assert out not in moved["draft"] and coming in moved["draft"]
