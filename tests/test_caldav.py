"""Busy time from CalDAV: the [calendar] table of config.toml, and kindly.ingest.caldav against a real
Radicale server on 127.0.0.1 (started here, with its own storage folder and plain htpasswd users)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kindly.config import calendar_password, parse_config
from kindly.errors import ConfigError, KindlyError
from kindly.ingest.caldav import CalDavError, busy_from_config, busy_spans

USER, PASSWORD = "dana", "s3cret-Pw"
EMPTY_USER, EMPTY_PASSWORD = "lee", "lee-Pw-2"  # a user without any calendar
BERLIN = ZoneInfo("Europe/Berlin")


def utc(day: int, hour: int, minute: int = 0, month: int = 1) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


# --- the [calendar] table -------------------------------------------------------------------------------

CALENDAR = """
[calendar]
caldav_url = "https://dav.example.com/dav/"
user = "dana@example.com"
"""


def test_the_calendar_table_is_optional_and_read_with_defaults() -> None:
    assert parse_config("").calendar is None

    calendar = parse_config(CALENDAR).calendar

    assert calendar is not None
    assert (calendar.caldav_url, calendar.user, calendar.password_env, calendar.timeout) == (
        "https://dav.example.com/dav/",
        "dana@example.com",
        "",
        30.0,
    )


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        pytest.param('password = "hunter2"', "key calendar.password: a secret is never read", id="password"),
        pytest.param('colour = "blue"', "line 5, key calendar.colour", id="unknown-key"),
        pytest.param("timeout = 0", "key calendar.timeout", id="bad-timeout"),
    ],
)
def test_a_wrong_calendar_table_is_refused_naming_the_key(extra: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=r"config\.toml") as caught:
        parse_config(CALENDAR + extra + "\n")

    assert expected in str(caught.value)
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("http://dav.example.com/", "unencrypted", id="plain-http-remote"),
        pytest.param("ftp://dav.example.com/", "http:// or https://", id="not-http"),
        pytest.param("dav.example.com", "http:// or https://", id="no-scheme"),
        pytest.param("", "key calendar.caldav_url", id="empty"),
    ],
)
def test_an_unusable_caldav_url_is_refused(url: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=r"calendar\.caldav_url") as caught:
        parse_config(CALENDAR.replace("https://dav.example.com/dav/", url))

    assert expected in str(caught.value)


def test_plain_http_is_allowed_on_this_machine_only() -> None:
    calendar = parse_config(CALENDAR.replace("https://dav.example.com", "http://127.0.0.1:5232")).calendar

    assert calendar is not None and calendar.caldav_url == "http://127.0.0.1:5232/dav/"


def test_the_calendar_password_comes_from_password_env_then_kindly_caldav_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = parse_config(CALENDAR).calendar
    named = parse_config(CALENDAR + 'password_env = "MY_CALDAV"\n').calendar
    anonymous = parse_config(CALENDAR.replace('user = "dana@example.com"', "")).calendar
    assert plain is not None and named is not None and anonymous is not None
    monkeypatch.setenv("KINDLY_CALDAV_PASSWORD", "from-kindly-variable")
    monkeypatch.setenv("MY_CALDAV", "from-named-variable")

    assert calendar_password(plain) == "from-kindly-variable"
    assert calendar_password(named) == "from-named-variable"
    assert calendar_password(anonymous) is None

    monkeypatch.delenv("MY_CALDAV")
    with pytest.raises(ConfigError, match="password_env names MY_CALDAV, which is not set"):
        calendar_password(named)


def test_the_calendar_password_can_come_from_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.stored: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.stored.pop((service, username), None)

    monkeypatch.delenv("KINDLY_CALDAV_PASSWORD", raising=False)
    calendar = parse_config(CALENDAR).calendar
    assert calendar is not None
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        with pytest.raises(ConfigError, match="keyring set kindly caldav") as caught:
            calendar_password(calendar)
        assert "KINDLY_CALDAV_PASSWORD" in str(caught.value)

        keyring.set_password("kindly", "caldav", "from-keyring")
        assert calendar_password(calendar) == "from-keyring"
    finally:
        keyring.set_keyring(previous)


def test_no_calendar_table_means_no_busy_time_and_no_connection() -> None:
    assert busy_from_config(parse_config(""), utc(1, 0), utc(1, 0, month=3)) == []


# --- a real CalDAV server ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    url: str  # the server root
    port: int

    def calendar_url(self, name: str) -> str:
        return f"{self.url}{USER}/{name}/"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("radicale")
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n{EMPTY_USER}:{EMPTY_PASSWORD}\n", encoding="utf-8")
    port = _free_port()
    (folder / "config").write_text(
        f"""[server]
hosts = 127.0.0.1:{port}

[auth]
type = htpasswd
htpasswd_filename = {folder / "users"}
htpasswd_encryption = plain
delay = 0

[storage]
filesystem_folder = {folder / "collections"}

[logging]
level = warning
""",
        encoding="utf-8",
    )
    log = folder / "radicale.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(folder / "config")],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"Radicale did not start:\n{log.read_text(errors='replace')}")
                time.sleep(0.05)
        server = Server(url=f"http://127.0.0.1:{port}/", port=port)
        _fill(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


WEEKLY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//kindly tests//EN
BEGIN:VEVENT
UID:standup@kindly.test
DTSTAMP:20250101T000000Z
DTSTART;TZID=Europe/Berlin:20250106T093000
DTEND;TZID=Europe/Berlin:20250106T100000
RRULE:FREQ=WEEKLY
SUMMARY:Team stand-up
END:VEVENT
END:VCALENDAR
"""

REVIEW = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//kindly tests//EN
BEGIN:VEVENT
UID:review@kindly.test
DTSTAMP:20250101T000000Z
DTSTART:20250108T140000Z
DURATION:PT1H30M
SUMMARY:Client review
END:VEVENT
END:VCALENDAR
"""

FOCUS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//kindly tests//EN
BEGIN:VEVENT
UID:focus@kindly.test
DTSTAMP:20250101T000000Z
DTSTART:20250109T080000Z
DTEND:20250109T120000Z
TRANSP:TRANSPARENT
SUMMARY:Focus time (shown as free)
END:VEVENT
END:VCALENDAR
"""

CANCELLED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//kindly tests//EN
BEGIN:VEVENT
UID:cancelled@kindly.test
DTSTAMP:20250101T000000Z
DTSTART:20250110T090000Z
DTEND:20250110T100000Z
STATUS:CANCELLED
SUMMARY:Called off
END:VEVENT
END:VCALENDAR
"""


def _fill(server: Server) -> None:
    """Two calendars of the user, written through the caldav library as any client would."""
    from caldav.davclient import DAVClient

    with DAVClient(url=server.url, username=USER, password=PASSWORD, enable_rfc6764=False) as client:
        principal = client.principal()
        work = principal.make_calendar(name="Work", cal_id="work")
        for data in (WEEKLY, REVIEW, FOCUS):
            work.save_event(data)
        personal = principal.make_calendar(name="Personal", cal_id="personal")
        personal.save_event(CANCELLED)
        personal.save_event(
            dtstart=datetime(2025, 1, 10, 17, 0, tzinfo=BERLIN),
            dtend=datetime(2025, 1, 10, 18, 0, tzinfo=BERLIN),
            summary="Dentist",
            uid="dentist@kindly.test",
        )
        personal.save_event(  # outside every range asked below
            dtstart=datetime(2025, 6, 2, 9, 0, tzinfo=UTC),
            dtend=datetime(2025, 6, 2, 10, 0, tzinfo=UTC),
            summary="Later",
            uid="later@kindly.test",
        )


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server is on this machine: a proxy from the environment must not be asked."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def test_every_calendar_of_the_user_counts_with_the_weekly_event_expanded(radicale: Server) -> None:
    spans = busy_spans(radicale.url, USER, PASSWORD, utc(6, 0), utc(20, 0))

    assert spans == [
        (utc(6, 8, 30), utc(6, 9)),  # the stand-up, 09:30 Berlin (UTC+1)
        (utc(8, 14), utc(8, 15, 30)),  # the review, by DURATION
        (utc(10, 16), utc(10, 17)),  # the dentist; focus time (free) and the cancelled one do not count
        (utc(13, 8, 30), utc(13, 9)),  # the stand-up again
    ]
    assert all(start.utcoffset() == end.utcoffset() == timedelta(0) for start, end in spans)


def test_a_calendar_url_reads_that_calendar_only(radicale: Server) -> None:
    assert busy_spans(radicale.calendar_url("personal"), USER, PASSWORD, utc(6, 0), utc(20, 0)) == [
        (utc(10, 16), utc(10, 17))
    ]


def test_eight_weeks_give_eight_stand_ups_across_the_clock_change(radicale: Server) -> None:
    start = datetime(2025, 3, 10, tzinfo=UTC)
    spans = busy_spans(radicale.calendar_url("work"), USER, PASSWORD, start, start + timedelta(weeks=8))

    assert len(spans) == 8
    assert [s.astimezone(BERLIN).strftime("%a %H:%M") for s, _ in spans] == ["Mon 09:30"] * 8
    assert {s.astimezone(UTC).hour for s, _ in spans} == {8, 7}  # CET, then CEST from 30 March
    assert all(e - s == timedelta(minutes=30) for s, e in spans)


def test_busy_from_config_reads_the_calendar_table(radicale: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_CALDAV_PASSWORD", PASSWORD)
    config = parse_config(
        f'[calendar]\ncaldav_url = "{radicale.url}"\nuser = "{USER}"\npassword_env = "TEST_CALDAV_PASSWORD"\n'
    )

    spans = busy_from_config(config, utc(6, 0), utc(13, 0))

    assert spans == [(utc(6, 8, 30), utc(6, 9)), (utc(8, 14), utc(8, 15, 30)), (utc(10, 16), utc(10, 17))]


def test_a_wrong_password_is_a_clear_error_without_the_password(radicale: Server) -> None:
    with pytest.raises(CalDavError) as caught:
        busy_spans(radicale.url, USER, "not-the-password", utc(6, 0), utc(20, 0))

    message = str(caught.value)
    assert isinstance(caught.value, KindlyError)
    assert radicale.url in message and "refused the login" in message
    assert "not-the-password" not in message


def test_a_password_inside_the_url_is_never_shown(radicale: Server) -> None:
    url = f"http://{USER}:wrong-in-url@127.0.0.1:{radicale.port}/"

    with pytest.raises(CalDavError) as caught:
        busy_spans(url, None, None, utc(6, 0), utc(20, 0))

    assert f"127.0.0.1:{radicale.port}" in str(caught.value)
    assert "wrong-in-url" not in str(caught.value)


def test_an_unreachable_server_is_a_clear_error() -> None:
    url = f"http://127.0.0.1:{_free_port()}/dav/"

    with pytest.raises(CalDavError) as caught:
        busy_spans(url, USER, PASSWORD, utc(6, 0), utc(20, 0), timeout=5)

    assert str(caught.value).startswith(f"CalDAV {url}: cannot reach the server")
    assert PASSWORD not in str(caught.value)


def test_a_page_that_is_not_a_calendar_is_a_clear_error(radicale: Server) -> None:
    url = f"{radicale.url}.web/"  # Radicale's own web interface: HTML, no calendar

    with pytest.raises(CalDavError) as caught:
        busy_spans(url, USER, PASSWORD, utc(6, 0), utc(20, 0))

    assert str(caught.value) == f"CalDAV {url}: {caught.value.reason}"
    assert "403" in caught.value.reason and "not a calendar" in caught.value.reason
    assert PASSWORD not in str(caught.value)


def test_a_missing_collection_is_a_clear_error(radicale: Server) -> None:
    url = radicale.calendar_url("no-such-calendar")

    with pytest.raises(CalDavError, match="404") as caught:
        busy_spans(url, USER, PASSWORD, utc(6, 0), utc(20, 0))

    assert url in str(caught.value)


def test_a_user_without_calendars_is_told_so(radicale: Server) -> None:
    with pytest.raises(CalDavError, match="no calendar found there") as caught:
        busy_spans(radicale.url, EMPTY_USER, EMPTY_PASSWORD, utc(6, 0), utc(20, 0))

    assert radicale.url in str(caught.value)


def test_plain_http_to_another_machine_is_refused_before_connecting() -> None:
    with pytest.raises(CalDavError, match="unencrypted"):
        busy_spans("http://dav.example.com/", USER, PASSWORD, utc(6, 0), utc(20, 0))
