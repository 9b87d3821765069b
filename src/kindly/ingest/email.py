"""Parse one RFC 5322 message (bytes) into a Message: headers decoded, best body part, attachments."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message as EmailMessage

from kindly.errors import ParseError
from kindly.ingest.attachments import SIZE_HEADER, set_aside
from kindly.ingest.headers import (
    date_offset,
    decode_text,
    decode_value,
    message_ids,
    parse_address,
    parse_addresses,
    parse_date,
    parse_mailboxes,
    reply_channel,
)
from kindly.ingest.ics import parse_calendar
from kindly.ingest.text import html_to_text, split_body
from kindly.model import Attachment, Event, Mailbox, Message

_MAX_PARTS = 500  # a message with more parts than this is treated as hostile


def parse_email(data: bytes, source: str, *, keep_raw: bool = True) -> Message:
    """Read one e-mail. Raises ParseError (and nothing else) when it cannot be read at all."""
    if not data or not data.strip():
        raise ParseError(source, "empty message")
    try:
        msg = message_from_bytes(set_aside(data))
        return _to_message(msg, data if keep_raw else b"", source)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError(source, "MIME structure nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - the stdlib parser's failures become our own error
        raise ParseError(source, f"unreadable message ({type(exc).__name__}: {exc})") from None


def _first_charset(msg: EmailMessage) -> str | None:
    """The first charset the message declares: the best guess for raw 8-bit bytes in its headers."""
    for count, (part, _ctype) in enumerate(_parts(msg)):
        if count > _MAX_PARTS:
            break
        charset = _declared_charset(part)
        if charset:
            return charset
    return None


def _to_message(msg: EmailMessage, raw: bytes, source: str) -> Message:
    if not any(msg.get(name) for name in ("From", "Subject", "Message-ID", "Date", "To")):
        raise ParseError(source, "no e-mail headers (From, Subject, Date...) found")
    charset = _first_charset(msg)

    def header(name: str) -> str:
        return decode_value(msg.get(name), charset)

    from_name, from_addr = parse_address(header("From"))
    body, attachments, event = _read_parts(msg, source)
    split = split_body(body)
    ids = message_ids(header("Message-ID"))
    reply_to = message_ids(header("In-Reply-To"))
    return Message(
        source=source,
        channel=reply_channel("email", from_addr, header("From"), header("Subject")),
        message_id=ids[0] if ids else "",
        in_reply_to=reply_to[0] if reply_to else "",
        references=message_ids(header("References")),
        from_name=from_name,
        from_addr=from_addr,
        to=parse_addresses(header("To")) + parse_addresses(header("Cc")),
        to_mailboxes=_mailboxes(header("To")),
        cc_mailboxes=_mailboxes(header("Cc")),
        subject=header("Subject"),
        date=parse_date(header("Date")),
        date_offset=date_offset(header("Date")),
        body=body,
        own_text=split.own,
        quoted_text=split.quoted,
        signature=split.signature,
        attachments=tuple(attachments),
        event=event,
        raw=raw,
    )


def _mailboxes(value: str) -> tuple[Mailbox, ...]:
    return tuple(Mailbox(name, addr) for name, addr in parse_mailboxes(value))


def decode_payload(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_text(payload, _charset(part))


def _charset(part: EmailMessage) -> str:
    return _declared_charset(part) or "utf-8"


def _declared_charset(part: EmailMessage) -> str | None:
    # Reading parameters is the slow part of the stdlib's API: skip it when none can be a charset.
    if "charset" not in str(part.get("Content-Type", "")).lower():
        return None
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001 - RFC 2231 parameters can be broken
        return None


def _filename(part: EmailMessage) -> str:
    # filename=, name= and their RFC 2231 forms (filename*0*=) all contain "name".
    headers = str(part.get("Content-Disposition", "")) + str(part.get("Content-Type", ""))
    if "name" not in headers.lower():
        return ""
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - broken RFC 2231 parameters
        name = None
    return decode_value(name) if name else ""


def _read_parts(msg: EmailMessage, source: str) -> tuple[str, list[Attachment], Event | None]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    event: Event | None = None
    for count, (part, ctype) in enumerate(_parts(msg)):
        if count > _MAX_PARTS:
            raise ParseError(source, f"more than {_MAX_PARTS} MIME parts")
        if part is not msg and ctype.startswith("message/"):
            # A forwarded or bounced message is an attachment: its words are not the sender's own.
            attachments.append(
                Attachment(name=_filename(part) or "(unnamed)", content_type=ctype, size=_size(part))
            )
            continue
        if part.is_multipart():
            continue
        disposition = str(part.get("Content-Disposition", "")).lower()
        name = _filename(part)
        if ctype == "text/calendar" and event is None:
            event = _calendar_event(part, source)
            if not name:
                continue
        if disposition.startswith("attachment") or name:
            attachments.append(Attachment(name=name or "(unnamed)", content_type=ctype, size=_size(part)))
            continue
        if ctype == "text/plain" or (
            ctype.startswith("text/") and ctype not in ("text/html", "text/calendar")
        ):
            plain.append(decode_payload(part))
        elif ctype == "text/html":
            html.append(decode_payload(part))
    return _best_body(plain, html), attachments, event


def _parts(msg: EmailMessage) -> Iterator[tuple[EmailMessage, str]]:
    """Every MIME part and its content type in order, like walk() but without recursion and not inside
    attached messages. (Reading a header is slow enough in the stdlib to read each one once.)"""
    stack = [msg]
    while stack:
        part = stack.pop()
        ctype = part.get_content_type()
        yield part, ctype
        if part.is_multipart() and (part is msg or not ctype.startswith("message/")):
            stack.extend(reversed([sub for sub in part.get_payload() if isinstance(sub, EmailMessage)]))


def _size(part: EmailMessage) -> int:
    noted = part.get(SIZE_HEADER)
    if noted is not None and str(noted).strip().isdigit():
        return int(str(noted).strip())
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return len(payload)
    try:  # an attached message: its bytes as they would be saved
        return sum(len(sub.as_bytes()) for sub in part.get_payload() if isinstance(sub, EmailMessage))
    except Exception:  # noqa: BLE001 - a broken attached message still counts as an attachment
        return 0


def _best_body(plain: list[str], html: list[str]) -> str:
    plain_text = "\n\n".join(text.strip() for text in plain if text.strip())
    if not html or len(plain_text) >= 200:  # a real plain part wins: no need to flatten the HTML
        return plain_text
    html_text = "\n\n".join(html_to_text(text) for text in html if text.strip())
    # A plain part that is only a stub ("view this mail in HTML") loses to the HTML part.
    if len(plain_text) < 200 and len(plain_text) < 0.3 * len(html_text):
        return html_text
    return plain_text or html_text


def _calendar_event(part: EmailMessage, source: str) -> Event | None:
    try:
        events = parse_calendar(decode_payload(part).encode("utf-8"), f"{source} (calendar part)")
    except ParseError:
        return None
    return events[0] if events else None
