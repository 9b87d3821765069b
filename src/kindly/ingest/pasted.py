"""Pasted text: a message typed or copied by hand, with optional From: and Subject: lines on top."""

from __future__ import annotations

import re
from typing import Any

from kindly.errors import ParseError
from kindly.ingest.headers import date_offset, parse_address, parse_addresses, parse_date, reply_channel
from kindly.ingest.text import split_body
from kindly.model import Message

_TOP_HEADER = re.compile(r"^(from|subject|date|to)\s*:\s*(.*)$", re.IGNORECASE)


def parse_pasted(data: bytes, source: str) -> Message:
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise ParseError(source, "no text given")
    headers: dict[str, str] = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines) and index < 6:
        match = _TOP_HEADER.match(lines[index].strip())
        if not match:
            break
        headers[match.group(1).lower()] = match.group(2).strip()
        index += 1
    body = "\n".join(lines[index:]).strip()
    if not body and not headers.get("subject"):
        raise ParseError(source, "no message text after the headers")
    sender, subject = headers.get("from", ""), headers.get("subject", "")
    return text_message(
        source,
        sender,
        subject,
        body,
        channel=reply_channel("text", parse_address(sender)[1], sender, subject),
        to=parse_addresses(headers.get("to", "")),
        date=parse_date(headers.get("date", "")),
        date_offset=date_offset(headers.get("date", "")),
        raw=data,
    )


def text_message(source: str, sender: str, subject: str, body: str, **fields: Any) -> Message:
    """A message given as plain text: its sender (an address, "Name <address>" or a name alone), subject and
    body, the body split into the sender's own words, quoted history and signature."""
    from_name, from_addr = parse_address(sender)
    split = split_body(body)
    fields.setdefault("channel", "text")
    return Message(
        source=source,
        from_name=from_name,
        from_addr=from_addr,
        subject=subject,
        body=body,
        own_text=split.own,
        quoted_text=split.quoted,
        signature=split.signature,
        **fields,
    )
