"""Busy time from the user's CalDAV calendars (RFC 4791), for deciding whether a week still has room.

`busy_spans(url, user, password, start, end)` reads every event between `start` and `end`: from the one
calendar when `url` is a calendar collection, else from every calendar of the user found from `url` (a
server root or a principal, by the `current-user-principal` and `calendar-home-set` properties). Recurring
events come back expanded into their occurrences within the range (the `caldav` library expands them on
the client, so it does not depend on the server doing it). Each occurrence goes through kindly's own
iCalendar reader (`kindly.ingest.ics.parse_calendar`) and becomes a (start, end) span in UTC:

- an event marked `TRANSP:TRANSPARENT` (shown as free) or `STATUS:CANCELLED` is not busy;
- an event with neither DTEND nor DURATION lasts an hour, or a day when it starts on a date (all-day);
- all-day events and floating times (no time zone) are read as UTC, as in an .ics export.

`busy_from_config(config, start, end)` does the same for the `[calendar]` table of config.toml (and returns
no spans when there is none). A server that cannot be reached, refuses the login or holds no calendar at
the URL raises `CalDavError`, whose message names the URL but never the password. An event the reader
cannot read is left out (its time does not count); the rest still do.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kindly.config import Config, caldav_url_problem, calendar_password
from kindly.errors import KindlyError, ParseError
from kindly.ingest.ics import parse_calendar

DEFAULT_TIMEOUT = 30.0
_CALDAV_CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"
_RESOURCETYPE = "{DAV:}resourcetype"

Span = tuple[datetime, datetime]


class CalDavError(KindlyError):
    """A CalDAV server could not be reached, refused the login, or holds no calendar at the URL."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"CalDAV {url}: {reason}")
        self.url = url
        self.reason = reason


def busy_from_config(config: Config, start: datetime, end: datetime) -> list[Span]:
    """Busy spans of the `[calendar]` table's CalDAV calendars between start and end; none without one.
    Raises ConfigError when its password cannot be found, CalDavError when the server fails."""
    calendar = config.calendar
    if calendar is None:
        return []
    return busy_spans(
        calendar.caldav_url,
        calendar.user,
        calendar_password(calendar),
        start,
        end,
        timeout=calendar.timeout,
    )


def busy_spans(
    url: str,
    user: str | None,
    password: str | None,
    start: datetime,
    end: datetime,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Span]:
    """Busy (start, end) spans of the events between start and end in the calendar(s) at `url`, sorted.
    Naive start and end are taken as UTC. Raises CalDavError naming the URL (never the password)."""
    shown = _shown_url(url)
    problem = caldav_url_problem(url)
    if problem:
        raise CalDavError(shown, problem)
    start, end = _aware(start), _aware(end)
    if end <= start:
        return []
    try:
        return _read(url, user or None, password or None, start, end, timeout, shown)
    except CalDavError:
        raise
    except Exception as exc:  # noqa: BLE001 - the library raises DAVError, niquests, lxml, assertions...
        raise CalDavError(shown, _reason(exc, url, shown, password)) from None


def _read(
    url: str,
    user: str | None,
    password: str | None,
    start: datetime,
    end: datetime,
    timeout: float,
    shown: str,
) -> list[Span]:
    from caldav.davclient import DAVClient

    spans: set[Span] = set()
    with DAVClient(
        url=url,
        username=user,
        password=password,
        timeout=max(1, round(timeout)),
        enable_rfc6764=False,  # the URL is given: no DNS look-ups for service discovery
    ) as client:
        for calendar in _calendars(client, url, shown):
            found: list[Any] = calendar.search(event=True, start=start, end=end, expand=True)
            for item in found:
                spans.update(_spans(str(item.data), shown))
    return sorted(spans)


def _calendars(client: Any, url: str, shown: str) -> list[Any]:
    """The collection at `url` when it is a calendar, else every calendar of the logged-in principal."""
    here = client.calendar(url=url)
    kinds = here.get_properties([_resource_type()]).get(_RESOURCETYPE) or []
    if isinstance(kinds, str):
        kinds = [kinds]
    if _CALDAV_CALENDAR in kinds:
        return [here]
    calendars: list[Any] = list(client.principal().calendars())
    if not calendars:
        raise CalDavError(shown, "no calendar found there for this user")
    return calendars


def _resource_type() -> Any:
    from caldav.elements import dav

    return dav.ResourceType()


def _spans(data: str, source: str) -> list[Span]:
    """The busy spans of one calendar object (one occurrence once expanded)."""
    from icalendar import Calendar

    raw = data.encode("utf-8")
    try:
        events = parse_calendar(raw, source)
        components = Calendar.from_ical(raw).walk("VEVENT")
    except (ParseError, ValueError):
        return []
    spans = []
    for event, component in zip(events, components, strict=False):
        if event.start is None or not _busy(component):
            continue
        end = event.end
        if end is None:
            all_day = not isinstance(getattr(component.get("DTSTART"), "dt", None), datetime)
            end = event.start + (timedelta(days=1) if all_day else timedelta(hours=1))
        if end > event.start:
            spans.append((event.start.astimezone(UTC), end.astimezone(UTC)))
    return spans


def _busy(component: Any) -> bool:
    transparency = str(component.get("TRANSP", "OPAQUE") or "OPAQUE").strip().upper()
    status = str(component.get("STATUS", "") or "").strip().upper()
    return transparency != "TRANSPARENT" and status != "CANCELLED"


def _aware(moment: datetime | date) -> datetime:
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _shown_url(url: str) -> str:
    """The URL without any user:password@ part, for messages."""
    try:
        parts = urlsplit(url)
        if parts.username is None and parts.password is None:
            return url
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        return "(the configured URL)"


_ERRNO = re.compile(r"\[Errno -?\d+\] ([^'\")\]]+)")


def _reason(exc: BaseException, url: str, shown: str, password: str | None) -> str:
    from caldav.lib import error

    if isinstance(exc, error.AuthorizationError) and getattr(exc, "status", None) == 403:
        reason = "access refused (403): not a calendar or principal this user may read"
    elif isinstance(exc, error.AuthorizationError):
        reason = "the server refused the login (check the user and the password)"
    elif isinstance(exc, error.NotFoundError):
        reason = "nothing there (404): not a CalDAV calendar or principal URL"
    elif isinstance(exc, TimeoutError) or "timeout" in type(exc).__name__.lower():
        reason = "the server did not answer in time"
    elif isinstance(exc, OSError):
        cause = _ERRNO.search(str(exc))
        reason = f"cannot reach the server ({cause.group(1).strip() if cause else _first_line(exc)})"
    elif isinstance(exc, error.DAVError):
        reason = f"not a CalDAV calendar or server ({type(exc).__name__}: {_first_line(exc)})"
    else:
        reason = f"not a CalDAV calendar or server (its answer could not be read: {type(exc).__name__})"
    reason = reason.replace(url, shown)
    for secret in (password, _url_password(url)):
        if secret:
            reason = reason.replace(secret, "***")
    return reason


def _url_password(url: str) -> str | None:
    try:
        return urlsplit(url).password
    except ValueError:
        return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]
