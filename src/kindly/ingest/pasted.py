"""Pasted text: a message typed or copied by hand, with optional From: and Subject: lines on top; or several
DMs pasted one after another into one file (split_pasted)."""

from __future__ import annotations

import re
from typing import Any

from kindly.errors import ParseError
from kindly.ingest.chat_copy import read_chat_copy
from kindly.ingest.headers import date_offset, parse_address, parse_addresses, parse_date, reply_channel
from kindly.ingest.text import split_body
from kindly.model import Message

_TOP_HEADER = re.compile(r"^(from|subject|date|to)\s*:\s*(.*)$", re.IGNORECASE)
_ANY_HEADER = re.compile(r"^([A-Za-z][A-Za-z-]*)\s*:\s*(.*)$")
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|={3,}|_{3,})\s*$")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)
# a chat app's copy: the sender's name on a line, then the time it was sent ("10:42 AM", "Yesterday 9:15 PM",
# "Mon 14:03", "Nov 30, 2026, 10:42 AM", "30/11/2026 10:42")
_CHAT_TIME = re.compile(
    r"^(?:(?:today|yesterday|mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:at\s+)?"
    r"|[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?,?\s+(?:at\s+)?"
    r"|\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?,?\s+(?:at\s+)?"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(  # words a line of a DM may start with that name nobody
    {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "hi", "hello", "hey", "dear", "thanks", "thank", "best", "regards", "cheers"}
)


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
    channel = reply_channel("text", parse_address(sender)[1], sender, subject)
    copy = read_chat_copy(body) if channel == "text" and not parse_address(sender)[1] else None
    if (
        copy
    ):  # a chat app's own copy ("[01/12/2026, 09:14] Ana Sousa: ..."): that app's DM, its writer's words
        sender, body, channel = sender or copy.sender, copy.text, copy.app
    return text_message(
        source,
        sender,
        subject,
        body,
        channel=channel,
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


def split_pasted(data: bytes) -> list[tuple[int, bytes]]:
    """The DMs of a pasted file that plainly holds several, each as (line number, the text it would be saved
    as on its own); the whole text as its only item otherwise.

    Several DMs are: header blocks (From: first, then only Subject:, Date: or To: lines) one after another,
    each after a blank line or a line of only dashes, equals signs or underscores, all with the same header
    lines; or a chat app's copy, each DM a sender's name on a line and the time on the next. A From: line a
    message quotes (a forward, "-----Original Message-----", a header block with Sent: or Cc:, one whose
    subject is the reply's own) does not start a DM, nor does a chat copy in which a sender comes back
    after someone else (a conversation, read as one).
    """
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    blocks = _header_blocks(lines) or _chat_blocks(lines)
    if len(blocks) < 2:
        return [(1, data)]
    return [(line, block.encode("utf-8")) for line, block in blocks]


def _trimmed(lines: list[str]) -> str:
    """A block's lines without the blank lines and separators between it and the next."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _SEPARATOR.match(lines[end - 1])):
        end -= 1
    return "\n".join(lines[:end])


def _header_block(lines: list[str], start: int) -> dict[str, str] | None:
    """The header lines of a block that starts at `start` with a From: line; None where it has a header
    a pasted DM does not (Sent:, Cc:, ...) or names one twice."""
    headers: dict[str, str] = {}
    for line in lines[start : start + 6]:
        match = _ANY_HEADER.match(line.strip())
        if not line.strip() or not match:
            break
        name = match.group(1).lower()
        if name not in ("from", "subject", "date", "to") or name in headers:
            return None
        headers[name] = match.group(2).strip()
    return headers if "from" in headers else None


def _header_blocks(lines: list[str]) -> list[tuple[int, str]]:
    first = next((i for i, line in enumerate(lines) if line.strip() and not _SEPARATOR.match(line)), None)
    top = None if first is None else _header_block(lines, first)
    if first is None or top is None:
        return []
    starts = [first]
    previous = top
    for index in range(first + 1, len(lines)):
        above = lines[index - 1]
        if lines[index].lstrip()[:4].lower() != "from" or (above.strip() and not _SEPARATOR.match(above)):
            continue  # not a From: line, or one that runs on from the text above it
        headers = _header_block(lines, index)
        if headers is None or set(headers) != set(top) or _quotes(previous, headers):
            continue
        starts.append(index)
        previous = headers
    ends = [*starts[1:], len(lines)]
    return [(start + 1, _trimmed(lines[start:end])) for start, end in zip(starts, ends, strict=True)]


def _quotes(earlier: dict[str, str], later: dict[str, str]) -> bool:
    """Whether a later header block is the mail an earlier one answers or forwards (the same subject, with
    the earlier one's Re: or Fwd:)."""
    subject = earlier.get("subject", "")
    prefix = _REPLY_PREFIX.match(subject)
    if not prefix:
        return False
    later_subject = _REPLY_PREFIX.sub("", later.get("subject", ""))
    return later_subject.strip().lower() == subject[prefix.end() :].strip().lower()


def _is_name(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 4 or words[0].lower() in _NOT_NAMES:
        return False
    for word in words:
        letters = word.strip("()")
        if not letters[:1].isupper() or not all(c.isalpha() or c in "'’.-" for c in letters):
            return False
    return True


def _chat_blocks(lines: list[str]) -> list[tuple[int, str]]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    pairs = [
        index
        for index in range(len(lines) - 1)
        if _is_name(lines[index]) and _CHAT_TIME.match(lines[index + 1].strip())
    ]
    if not pairs or pairs[0] != first:
        return []
    names = [" ".join(lines[index].split()) for index in pairs]
    runs: list[tuple[int, str, list[str]]] = []  # (line, sender, their words)
    for number, (index, name) in enumerate(zip(pairs, names, strict=True)):
        end = pairs[number + 1] if number + 1 < len(pairs) else len(lines)
        words = lines[index + 2 : end]
        if runs and runs[-1][1] == name:
            runs[-1][2].extend(["", *words])  # the same sender again: their DM goes on
        elif any(name == run[1] for run in runs):
            return []  # the sender wrote again after someone answered: a conversation, one message
        else:
            runs.append((index + 1, name, words))
    return [(line, f"From: {name}\n\n{_trimmed(words).strip()}") for line, name, words in runs]
