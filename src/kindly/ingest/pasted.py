"""Pasted text: a message typed or copied by hand, with optional From: and Subject: lines on top."""

from __future__ import annotations

import re

from kindly.errors import ParseError
from kindly.ingest.headers import parse_address, parse_addresses, parse_date
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
    from_name, from_addr = parse_address(headers.get("from", ""))
    split = split_body(body)
    return Message(
        source=source,
        channel="text",
        from_name=from_name,
        from_addr=from_addr,
        to=parse_addresses(headers.get("to", "")),
        subject=headers.get("subject", ""),
        date=parse_date(headers.get("date", "")),
        body=body,
        own_text=split.own,
        quoted_text=split.quoted,
        signature=split.signature,
        raw=data,
    )
