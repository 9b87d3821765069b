"""Decode message headers defensively: RFC 2047 words, RFC 6532 raw UTF-8, broken encodings."""

from __future__ import annotations

import codecs
import re
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from email.header import Header, decode_header
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache

_WHITESPACE = re.compile(r"\s+")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # raw 8-bit bytes kept by surrogateescape


def readable_charset(data: bytes, declared: str | None) -> str:
    """A codec that reads `data` without error: the declared charset when it fits, else UTF-8, else cp1252.

    ISO-8859-1 labels are read as their superset windows-1252, as browsers do: senders mislabel curly
    quotes and the euro sign. Unknown or non-text codecs ("x-foo", "base64") are skipped.
    """
    candidates: list[str] = []
    if declared:
        with suppress(LookupError, ValueError, TypeError):
            name = codecs.lookup(declared.strip()).name
            candidates.extend(["cp1252", name] if name == "iso8859-1" else [name])
    for name in (*candidates, "utf-8", "cp1252"):
        try:
            data.decode(name)
        except (UnicodeError, LookupError, ValueError):
            continue
        return name
    return "latin-1"  # decodes any byte


def decode_text(data: bytes, declared: str | None) -> str:
    """`data` as text in its declared charset, falling back as readable_charset does; never raises."""
    return data.decode(readable_charset(data, declared))


def decode_value(raw: object, fallback_charset: str | None = None) -> str:
    """A header's readable text; never raises, whatever the bytes were.

    Raw 8-bit bytes are read as UTF-8 (RFC 6532), else in `fallback_charset` (the message's own, for
    senders that ignored MIME), else as windows-1252.
    """
    if raw is None:
        return ""
    if isinstance(raw, Header):
        # The stdlib wraps headers holding raw 8-bit bytes in an "unknown-8bit" Header whose str()
        # replaces every such byte with U+FFFD; take its bytes back instead.
        text = "".join(
            data.decode("ascii", "surrogateescape") if isinstance(data, bytes) else data
            for data, _charset in decode_header(raw)
        )
    else:
        text = str(raw)
    if _ESCAPED_BYTE.search(text):
        data = text.encode("utf-8", "surrogateescape")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_text(data, fallback_charset)
    text = _WHITESPACE.sub(" ", text).strip()  # unfolded: whitespace between encoded words and text stays
    if "=?" in text:
        with suppress(Exception):  # email.header raises a zoo of errors on bad encoded words
            text = "".join(_decoded_word(data, charset) for data, charset in decode_header(text))
    return _WHITESPACE.sub(" ", text).strip()


def _decoded_word(data: bytes | str, charset: str | None) -> str:
    if isinstance(data, str):
        return data
    # decode_header hands back text outside encoded words as raw-unicode-escape bytes
    return decode_text(data, charset or "raw-unicode-escape")


# One mailbox written as a name and one address in angle brackets, the name holding no address of its own.
# (matched on the stripped header, the name taken whole and stripped after: no backtracking over a run of spaces)
_ONE_MAILBOX = re.compile(r"([^<>@]*)<\s*([^<>@\s]+@[^<>@\s]+)\s*>")


# A name and a social network's handle: "Alex Rivera (@alexandjordan.getmarried)", or a name of two words or
# more and a note on where the message came from: "Pilar Sanz (LinkedIn)", "Pilar Sanz (via LinkedIn)" (one word
# before a comment, "tycholiz-b (Enron mailbox owner)", is an old mail program's address and its owner's name).
# ...the handle with the platform it is on: "Pedro Almeida (Instagram @chef.pedroalmeida)", "(TikTok: @sofia.eats)",
# "Tomás Rivera (GitHub Discussions @trivera)" (a platform of a few words)
_NAME_AND_HANDLE = re.compile(
    r"([^<>()@]*[^\s<>()@])\s*\(\s*(?:[A-Za-z][\w-]*:?\s+){0,3}@[\w.-]+\s*\)|([^<>()@]*[^\s<>()@]\s+[^<>()@]*[^\s<>()@])\s*\(\s*[^<>()@]*\)"
    # ...and a one-word handle beside the app it wrote on: "TorontoTopRealtors (Instagram)" (not the old mailbox
    # form "tycholiz-b (Enron mailbox owner)", an address and its owner)
    r"|([^\s<>()@]+)\s*\(\s*(?:instagram|insta|ig|whatsapp|facebook|messenger|fb|linked\s?in|x|twitter|tiktok|"
    r"threads|slack|signal|telegram|wechat|line|sms|text|imessage|dm)(?:\s+(?:dm|message|messages|chat))?\s*\)",
    re.IGNORECASE,
)


# The same correspondents' headers come back message after message; the stdlib's address parser is slow.
@lru_cache(maxsize=4096)
def parse_address(value: str) -> tuple[str, str]:
    """(display name, address) of the first mailbox in a From-like header."""
    if not value:
        return "", ""
    if not any(mark in value for mark in "@<("):  # "Hannah Brooks": a name, not the address "hannah"
        return value.strip().strip('"').strip(), ""
    # a name and a handle are a short line: a header of kilobytes is read by the address parser alone, since the
    # pattern's name part is tried from every space before a bracket that never closes (seconds on 10 KB)
    handle = _NAME_AND_HANDLE.fullmatch(value.strip()) if len(value) <= 400 else None
    if handle:  # "Alex Rivera (@alexandjordan.getmarried)", "Pilar Sanz (LinkedIn)": a name, no address
        return (handle.group(1) or handle.group(2) or handle.group(3)).strip().strip('"').strip(), ""
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001 - malformed address lists
        pairs = []
    one = _ONE_MAILBOX.fullmatch(value.strip()[:2000])  # a header longer than that names no one sensibly
    if one and (not pairs or "@" not in pairs[0][1]):
        # "Harold Nguyen, CPA <harold@...>": an unquoted comma split one mailbox in two, the name's first part
        # read as the address "Harold"; the one bracketed address is the sender's, the words before it the name
        return one.group(1).strip().strip('"').strip(), one.group(2).lower()
    for name, addr in pairs:
        if name or addr:
            return name.strip().strip('"'), addr.strip().lower()
    return value.strip(), ""


# A message the user pasted from LinkedIn says so where a mail names its sender: "Subject: LinkedIn message".
_LINKEDIN = re.compile(r"\blinked\s?in\b", re.IGNORECASE)

# The other messaging apps, by the words that name them ("X" only beside a DM's word or in the sender's note: "Malcolm
# X" is a name). A text message is "sms".
_APPS = {
    "instagram": r"instagram|insta|ig",
    "whatsapp": r"whats\s?app",
    "messenger": r"(?:facebook\s+)?messenger|facebook|fb",
    "x": r"twitter|x",
    "tiktok": r"tik\s?tok",
    "slack": r"slack",
    "signal": r"signal",
    "telegram": r"telegram",
    "sms": r"sms|imessage|text|texts",
}
_APP = "|".join(_APPS.values())
_DM_WORD = r"(?:dms?|direct\s+messages?|messages?|msgs?|chats?|texts?)"
# ...in the sender's note: "Marcus Reid (WhatsApp)", "Pedro Almeida (Instagram @chef.pedroalmeida)", "Ana (via
# Slack)", "(TikTok: @sofia.eats)", "Sam Lee via WhatsApp", "Sam Lee on Instagram" (not "Jo Hart (Signal Hill Ltd)")
_NOTE_APP = re.compile(
    rf"\(\s*(?:(?:via|on|from)\s+)?({_APP})(?:\s+{_DM_WORD})?(?:\s*:?\s*@[\w.]+)?\s*\)\s*$|\s(?:via|on)\s+({_APP})\s*$",
    re.IGNORECASE,
)
# ...in the subject: "Instagram DM", "WhatsApp message", "Text message", "DM on X", "Message from Slack", "SMS"
_SUBJECT_APP = re.compile(
    rf"^\s*(?:(?:re|fwd?)\s*:\s*)*(?:({_APP})\s+{_DM_WORD}\b.*|{_DM_WORD}\s+(?:on|from|via)\s+({_APP})\b.*|({_APP}))\s*$",
    re.IGNORECASE,
)


def _app_named(sender: str, subject: str) -> str:
    """The messaging app a pasted message's From or Subject line names ("instagram"), or ""."""
    for pattern, value in ((_NOTE_APP, sender), (_SUBJECT_APP, subject)):
        found = pattern.search(value)
        word = next((group for group in found.groups() if group), "") if found else ""
        for key, words in _APPS.items():
            if word and re.fullmatch(words, word, re.IGNORECASE):
                return key
    return ""


def reply_channel(channel: str, from_addr: str, sender: str = "", subject: str = "") -> str:
    """Where a reply goes: a message with no address to write to whose From (`sender`) or Subject line names
    LinkedIn or another messaging app ("Marcus Reid (WhatsApp)", "Subject: Instagram DM") is answered there (see
    kindly.channels), since an e-mail draft to no one could not be sent; else the message's own `channel`."""
    if from_addr:
        return channel
    if _LINKEDIN.search(sender) or _LINKEDIN.search(subject):
        return "linkedin"
    return _app_named(sender, subject) or channel


@lru_cache(maxsize=4096)
def _address_pairs(value: str) -> tuple[tuple[str, str], ...]:
    """(name, address) as the stdlib reads a To- or Cc-like header, read once for both its addresses and its
    mailboxes; none where it cannot be read."""
    try:
        return tuple(getaddresses([value]))
    except Exception:  # noqa: BLE001 - malformed address lists
        return ()


@lru_cache(maxsize=4096)
def parse_addresses(value: str) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(addr.lower() for _, addr in _address_pairs(value) if addr)


@lru_cache(maxsize=4096)
def parse_mailboxes(value: str) -> tuple[tuple[str, str], ...]:
    """(display name, address) of every mailbox in a To- or Cc-like header, in order: "Jane Doe
    <jane@x.example>, pr@y.example" gives ("Jane Doe", "jane@x.example") and ("", "pr@y.example"). What holds
    no address (a group's name, the half of a name an unquoted comma split off) is left out."""
    if not value:
        return ()
    found = []
    for name, addr in _address_pairs(value):
        name = _WHITESPACE.sub(" ", name).strip().strip('"').strip()
        if "@" in addr:
            found.append(("" if "@" in name else name, addr.strip().lower()))
    return tuple(found)


@lru_cache(maxsize=64)
def _parsed_date(value: str) -> datetime | None:
    """A Date header as written (its own offset kept), read once for both the moment and the offset."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def parse_date(value: str) -> datetime | None:
    parsed = _parsed_date(value)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def date_offset(value: str) -> int | None:
    """The offset from UTC, in minutes, a Date header was written in ("+1100": 660); None without one."""
    parsed = _parsed_date(value)
    offset = parsed.utcoffset() if parsed is not None else None
    return (
        int(offset.total_seconds() // 60) if offset is not None and abs(offset) < timedelta(days=1) else None
    )


def message_ids(value: str) -> tuple[str, ...]:
    """Message-IDs in a References / In-Reply-To header, in order, without angle brackets."""
    found = _MESSAGE_ID.findall(value or "")
    if not found and value and value.strip():
        found = [value.strip().split()[0]]
    return tuple(found)
