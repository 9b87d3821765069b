"""Decode message headers defensively: RFC 2047 words, RFC 6532 raw UTF-8, broken encodings."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime

_WHITESPACE = re.compile(r"\s+")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")


def decode_value(raw: object) -> str:
    """A header's readable text; never raises, whatever the bytes were."""
    if raw is None:
        return ""
    text = str(raw)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        # Raw 8-bit bytes (RFC 6532 UTF-8 headers, or a sender that ignored MIME): try UTF-8 first.
        data = text.encode("ascii", "surrogateescape")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")
    if "=?" in text:
        with suppress(Exception):  # email.header raises a zoo of errors on bad encoded words
            text = str(make_header(decode_header(text)))
    return _WHITESPACE.sub(" ", text).strip()


def parse_address(value: str) -> tuple[str, str]:
    """(display name, address) of the first mailbox in a From-like header."""
    if not value:
        return "", ""
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001 - malformed address lists
        pairs = []
    for name, addr in pairs:
        if name or addr:
            return name.strip().strip('"'), addr.strip().lower()
    return value.strip(), ""


def parse_addresses(value: str) -> tuple[str, ...]:
    if not value:
        return ()
    try:
        return tuple(addr.lower() for _, addr in getaddresses([value]) if addr)
    except Exception:  # noqa: BLE001
        return ()


def parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def message_ids(value: str) -> tuple[str, ...]:
    """Message-IDs in a References / In-Reply-To header, in order, without angle brackets."""
    found = _MESSAGE_ID.findall(value or "")
    if not found and value and value.strip():
        found = [value.strip().split()[0]]
    return tuple(found)
