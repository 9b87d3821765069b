"""LinkedIn data exports: messages.csv (conversations) and Connections.csv (contacts)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from kindly.errors import ParseError
from kindly.ingest.text import html_to_text, split_body
from kindly.model import Message

MESSAGE_COLUMNS = ("CONVERSATION ID", "FROM", "DATE", "CONTENT")
CONNECTION_COLUMNS = ("First Name", "Last Name", "Company", "Position")

csv.field_size_limit(10 * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class Connection:
    name: str
    email: str
    company: str
    position: str
    url: str
    connected_on: datetime | None


def normal_profile_url(url: str) -> str:
    """A LinkedIn profile URL as one key, however it was written: "linkedin.com/in/jane-doe"."""
    text = url.strip().lower()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    text = text.removeprefix("www.").split("?", 1)[0].split("#", 1)[0]
    return text.rstrip("/")


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def is_messages_export(head: str) -> bool:
    first = head.lstrip("\ufeff").split("\n", 1)[0].upper()
    return all(column in first for column in MESSAGE_COLUMNS)


def is_connections_export(head: str) -> bool:
    return "First Name,Last Name" in head[:2000]


def _parse_date(value: str) -> datetime | None:
    value = value.strip()
    for fmt in (
        "%Y-%m-%d %H:%M:%S %Z",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%d %b %Y",
        "%m/%d/%y, %I:%M %p",
    ):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def read_messages(data: bytes, source: str) -> Iterator[Message | ParseError]:
    """One Message per row, oldest first; a bad row becomes a ParseError naming its line, and reading goes on.

    LinkedIn exports the newest message first. Read in that order, a follow-up would be decided before what
    it follows up and the user's own answer before the question it answers: threads are read in time order."""
    items = list(_read_rows(data, source))
    dated = sorted(
        (item for item in items if isinstance(item, Message)),
        key=lambda m: m.date or datetime.max.replace(tzinfo=UTC),
    )
    yield from (item for item in items if isinstance(item, ParseError))
    yield from dated


def _read_rows(data: bytes, source: str) -> Iterator[Message | ParseError]:
    text = _decode(data, source)
    if not is_messages_export(text[:4096]):
        raise ParseError(
            source, "not a LinkedIn messages export (expected columns " + ", ".join(MESSAGE_COLUMNS) + ")"
        )
    reader = csv.DictReader(io.StringIO(text, newline=""))
    row_number = 1
    try:
        for row in reader:
            row_number = reader.line_num
            item = f"{source} (row ending on line {row_number})"
            if None in row or any(value is None for value in row.values()):
                yield ParseError(item, "wrong number of columns")
                continue
            content = (row.get("CONTENT") or "").strip()
            if not content:
                yield ParseError(item, "empty CONTENT")
                continue
            if "<" in content and ">" in content:
                content = html_to_text(content)
            split = split_body(content)
            conversation = (row.get("CONVERSATION ID") or "").strip()
            yield Message(
                source=item,
                channel="linkedin",
                message_id="",
                conversation=f"linkedin:{conversation}" if conversation else "",
                from_name=(row.get("FROM") or "").strip(),
                from_addr=(row.get("SENDER PROFILE URL") or "").strip().lower(),
                to=tuple(n.strip() for n in (row.get("TO") or "").split(",") if n.strip()),
                subject=(row.get("SUBJECT") or row.get("CONVERSATION TITLE") or "").strip(),
                date=_parse_date(row.get("DATE") or ""),
                body=content,
                own_text=split.own,
                quoted_text=split.quoted,
                signature=split.signature,
                raw=_row_bytes(row),
            )
    except csv.Error as exc:
        yield ParseError(f"{source} (line {reader.line_num})", f"broken CSV: {exc}")


def _row_bytes(row: dict[str, str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def read_connections(data: bytes, source: str) -> list[Connection]:
    text = _decode(data, source)
    index = text.find("First Name,Last Name")
    if index < 0:
        raise ParseError(source, "not a LinkedIn Connections export (no 'First Name,Last Name' header)")
    reader = csv.DictReader(io.StringIO(text[index:], newline=""))
    try:
        return [
            Connection(
                name=f"{row.get('First Name') or ''} {row.get('Last Name') or ''}".strip(),
                email=(row.get("Email Address") or "").strip().lower(),
                company=(row.get("Company") or "").strip(),
                position=(row.get("Position") or "").strip(),
                url=(row.get("URL") or "").strip(),
                connected_on=_parse_date(row.get("Connected On") or ""),
            )
            for row in reader
            if row.get("First Name") or row.get("Last Name")
        ]
    except csv.Error as exc:
        raise ParseError(f"{source} (line {reader.line_num})", f"broken CSV: {exc}") from None
