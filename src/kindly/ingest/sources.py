"""Open what the user names (files, folders, stdin) and stream Messages out of them.

The only module of ingest that touches the file system. Problems with a whole source (missing,
unreadable, unknown format) raise ParseError before anything is read; problems with one item inside a
source are yielded as ParseError values so the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kindly.errors import ParseError
from kindly.ingest.ics import calendar_messages
from kindly.ingest.linkedin import (
    Connection,
    is_connections_export,
    is_messages_export,
    read_connections,
    read_messages,
)
from kindly.ingest.mbox import looks_like_mbox, split_mbox
from kindly.ingest.pasted import parse_pasted, split_pasted
from kindly.ingest.pool import parse_emails, parse_one
from kindly.model import Message

Item = Message | ParseError

FORMATS = ("eml", "eml-folder", "mbox", "maildir", "ics", "linkedin-messages", "linkedin-connections", "text")


@dataclass(frozen=True, slots=True)
class Source:
    path: str  # "-" for standard input
    format: str
    size: int = 0


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(4096)


def _looks_like_email(head: bytes) -> bool:
    first = head.lstrip()[:2000].decode("ascii", "replace").split("\n")
    header_lines = [line for line in first[:20] if ":" in line and not line.startswith((" ", "\t"))]
    names = {line.split(":", 1)[0].strip().lower() for line in header_lines}
    return (
        len(
            names & {"from", "to", "subject", "date", "message-id", "received", "return-path", "mime-version"}
        )
        >= 2
    )


def detect(path_text: str) -> Source:
    """Name the format of a path, or raise ParseError saying why it cannot be read."""
    if path_text == "-":
        return Source("-", "text")
    path = Path(path_text)
    if not path.exists():
        raise ParseError(path_text, "no such file or folder")
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            return Source(path_text, "maildir")
        if _files(path, ".eml") or _files(path, ".ics"):
            return Source(path_text, "eml-folder")  # e-mails and calendar files, saved one per file
        raise ParseError(
            path_text, "folder is neither a Maildir (cur/, new/) nor a folder of .eml or .ics files"
        )
    try:
        head = _head(path)
        size = path.stat().st_size
    except OSError as exc:
        raise ParseError(path_text, f"cannot read ({exc.strerror or exc})") from None
    if not head:
        raise ParseError(path_text, "empty file: nothing to read")
    suffix = path.suffix.lower()
    text_head = head.decode("utf-8", "replace")
    if b"BEGIN:VCALENDAR" in head[:512].upper() or suffix == ".ics":
        # a broken .ics is still read as one, so that its own error says what is wrong with it
        return Source(path_text, "ics", size)
    if suffix == ".csv" or is_messages_export(text_head):
        if is_messages_export(text_head):
            return Source(path_text, "linkedin-messages", size)
        if is_connections_export(text_head):
            return Source(path_text, "linkedin-connections", size)
        raise ParseError(path_text, "CSV is neither a LinkedIn messages.csv nor a Connections.csv export")
    if looks_like_mbox(head):
        return Source(path_text, "mbox", size)
    if suffix in (".txt", ".text"):  # pasted text: one message, an e-mail saved as text, or several DMs
        return Source(path_text, "text", size)
    if suffix == ".eml" or _looks_like_email(head):
        return Source(path_text, "eml", size)
    raise ParseError(path_text, "unknown format (expected .eml, mbox, Maildir, .ics, LinkedIn CSV or text)")


def read_source(source: Source, workers: int = 1) -> Iterator[Item]:
    """Every item of a source: a Message, or a ParseError for an item that cannot be read. With
    `workers` > 1 the e-mails of an mbox, Maildir or folder are parsed by that many processes."""
    try:
        yield from _read(source, workers)
    except OSError as exc:  # gone, unreadable or not a file since detect() looked at it
        raise ParseError(source.path, f"cannot read ({exc.strerror or exc})") from None


def _read(source: Source, workers: int) -> Iterator[Item]:
    if source.format == "text":
        data = sys.stdin.buffer.read() if source.path == "-" else Path(source.path).read_bytes()
        yield from _read_stdin(data, "stdin" if source.path == "-" else source.path)
    elif source.format == "eml":
        yield _parsed(Path(source.path).read_bytes(), source.path)
    elif source.format == "eml-folder":
        files = _files(Path(source.path), ".eml")
        yield from parse_emails((_file_bytes(file) for file in files), workers)
        for calendar in _files(Path(source.path), ".ics"):
            read = _file_bytes(calendar)
            yield from [read] if isinstance(read, ParseError) else _calendar_items(*read)
    elif source.format == "maildir":
        files = [
            file
            for sub in ("cur", "new")
            if (Path(source.path) / sub).is_dir()
            for file in sorted(p for p in (Path(source.path) / sub).iterdir() if p.is_file())
            if not file.name.startswith(".")
        ]
        yield from parse_emails((_file_bytes(file) for file in files), workers)
    elif source.format == "mbox":
        with open(source.path, "rb") as stream:
            raw = (
                (data, f"{source.path} message #{number} (byte {offset})")
                for number, offset, data in split_mbox(stream)
            )
            yield from parse_emails(raw, workers)
    elif source.format == "ics":
        yield from _calendar_items(Path(source.path).read_bytes(), source.path)
    elif source.format == "linkedin-messages":
        try:
            yield from read_messages(Path(source.path).read_bytes(), source.path)
        except ParseError as error:
            yield error
    elif source.format == "linkedin-connections":
        raise ParseError(source.path, f"{source.format} holds contacts, not messages")
    else:
        raise ParseError(
            source.path, f"unknown format {source.format!r} (expected one of {', '.join(FORMATS)})"
        )


def read_contacts(source: Source) -> list[Connection]:
    """The people of a LinkedIn Connections.csv export; ParseError when it cannot be read."""
    if source.format != "linkedin-connections":
        raise ParseError(source.path, f"{source.format} holds messages, not contacts")
    try:
        data = Path(source.path).read_bytes()
    except OSError as exc:
        raise ParseError(source.path, f"cannot read ({exc.strerror or exc})") from None
    return read_connections(data, source.path)


def _read_stdin(data: bytes, name: str) -> Iterator[Item]:
    """Standard input may carry pasted text (one message or several DMs pasted one after another), or a
    whole e-mail or mbox piped in."""
    if looks_like_mbox(data[:200]):
        for number, offset, raw in split_mbox(data.splitlines(keepends=True)):
            yield _parsed(raw, f"{name} message #{number} (byte {offset})")
        return
    blocks = split_pasted(data)
    if len(blocks) == 1:
        yield from _read_one_text(data, name)
        return
    for number, (line, block) in enumerate(blocks, 1):
        yield from _read_one_text(block, f"{name} message #{number} (line {line})")


def _read_one_text(data: bytes, name: str) -> Iterator[Item]:
    """One pasted message, or a whole e-mail given as text."""
    if _looks_like_email(data[:4096]) and b"\n\n" in data.replace(b"\r\n", b"\n"):
        yield _parsed(data, name)
    else:
        try:
            yield parse_pasted(data, name)
        except ParseError as error:
            yield error


def not_read_in_folder(source: Source) -> list[Path]:
    """The files and folders inside a folder of e-mails that reading it leaves alone (all but its .eml and
    .ics files, and hidden ones), in name order: an mbox or a pasted .txt saved there is read only when
    named on its own. Nothing for any other source."""
    if source.format != "eml-folder":
        return []
    return sorted(
        p
        for p in Path(source.path).iterdir()
        if not p.name.startswith(".") and not (p.is_file() and p.suffix.lower() in (".eml", ".ics"))
    )


def _files(folder: Path, suffix: str) -> list[Path]:
    """The files of a folder with this suffix, in any case ("INVITE.ICS"), in name order; not sub-folders."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() == suffix and p.is_file())


def _calendar_items(data: bytes, name: str) -> Iterator[Item]:
    """The events of one calendar file, or the one error that says why it cannot be read."""
    try:
        yield from calendar_messages(data, name)
    except ParseError as error:
        yield error


def _file_bytes(path: Path) -> tuple[bytes, str] | ParseError:
    try:
        return path.read_bytes(), str(path)
    except OSError as exc:
        return ParseError(str(path), f"cannot read ({exc.strerror or exc})")


def _parsed(data: bytes, name: str) -> Item:
    return parse_one(data, name)
