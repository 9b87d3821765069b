"""The e-mail that carries a draft: threaded under the original, with the calendar reply attached.

Building a message sends nothing. `eml_bytes`/`write_eml` export one draft for a mail client to open, and
`write_mbox` many; files are written to a temporary file beside the target and renamed, so a crash never
leaves half a file.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid, parseaddr
from mailbox import mbox, mboxMessage
from pathlib import Path
from typing import IO, Any

from kindly.model import Draft, Message
from kindly.profile import Profile, User
from kindly.reply.errors import ReplyError

CALENDAR_FILENAME = "invite-reply.ics"
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|antw)\s*(\[\d+\])?\s*:", re.IGNORECASE)
_MSG_ID = re.compile(r"[!-;=?-~]+@[!-;=?-~]+")  # printable ASCII without < > and spaces
_ID_HEADERS = frozenset({"message-id", "in-reply-to", "references"})
_PLAIN_ASCII = re.compile(r"[ -~]*")  # printable ASCII and single spaces (reply_subject normalises spaces)


class ReplyPolicy(EmailPolicy):
    """The default policy, except that Message-ID, In-Reply-To, References and a plain ASCII Subject are
    folded only between words.

    The standard library folds a long In-Reply-To into RFC 2047 encoded words, which no mail client reads as
    a Message-ID any more (the reply drops out of its thread), and moves some long subjects whole onto a
    continuation line, so that they read back with a leading space.
    """

    def fold(self, name: str, value: Any) -> str:
        if self._by_words(name, str(value)):
            return self._fold_words(name, str(value))
        return str(super().fold(name, value))

    def fold_binary(self, name: str, value: Any) -> bytes:
        if self._by_words(name, str(value)):
            return self._fold_words(name, str(value)).encode("ascii")
        return bytes(super().fold_binary(name, value))

    @staticmethod
    def _by_words(name: str, value: str) -> bool:
        if name.lower() in _ID_HEADERS:
            return True
        return name.lower() == "subject" and _PLAIN_ASCII.fullmatch(value) is not None and "=?" not in value

    def _fold_words(self, name: str, value: str) -> str:
        limit = self.max_line_length or 998
        lines = [f"{name}:"]
        for word in value.split():
            if len(lines[-1]) + 1 + len(word) > limit and lines[-1] != f"{name}:":
                lines.append("")
            lines[-1] += f" {word}"
        return self.linesep.join(lines) + self.linesep


REPLY_POLICY = ReplyPolicy()
EML_POLICY = REPLY_POLICY.clone(linesep="\r\n")


def reply_subject(subject: str) -> str:
    """'Re: ' once: 'Coffee?' -> 'Re: Coffee?', 'RE: Coffee?' stays."""
    subject = " ".join(subject.split())
    if not subject:
        return "Re: (no subject)"
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"


def thread_ids(original: Message) -> tuple[str, tuple[str, ...]]:
    """In-Reply-To and References for a reply to `original` (ids without angle brackets; empty when the
    original has no real Message-ID, e.g. a calendar file or a LinkedIn message)."""
    own = original.message_id.strip().strip("<>")
    if original.channel != "email" or not _MSG_ID.fullmatch(own):
        return "", ()
    references: list[str] = []
    for ref in (*original.references, own):
        ref = ref.strip().strip("<>")
        if _MSG_ID.fullmatch(ref) and ref not in references:
            references.append(ref)
    return own, tuple(references)


def build_message(
    draft: Draft,
    original: Message,
    sender: Profile | User,
    *,
    calendar: bytes | None = None,
    to: str = "",
    cc: Sequence[str] = (),
    now: datetime | None = None,
) -> EmailMessage:
    """The reply e-mail for `draft`: from the user (`sender`, or the user of that profile) to the original
    sender (or `to`), copied to `cc` ("Jane Doe <jane@...>" or an address alone), threaded under the original, the draft as text/plain; `calendar` (an iTIP REPLY) goes in
    as text/calendar; method=REPLY and as the attachment invite-reply.ics. Raises ReplyError when there is
    nobody to write to."""
    recipient_name, recipient_addr = parseaddr(to) if to else (original.from_name, original.from_addr)
    recipient_addr = parseaddr(recipient_addr)[1] if recipient_addr else ""
    if "@" not in recipient_addr:
        raise ReplyError(f"{original.source}: no e-mail address to reply to")
    user = sender.user if isinstance(sender, Profile) else sender
    message = EmailMessage(policy=REPLY_POLICY)
    message["From"] = Address(_display(user.name), addr_spec=user.email)
    try:
        message["To"] = Address(_display(recipient_name), addr_spec=recipient_addr)
    except (ValueError, HeaderParseError) as exc:  # email.errors defects are ValueErrors too
        raise ReplyError(f"{original.source}: cannot write to {recipient_addr!r} ({exc})") from None
    if cc:
        try:
            message["Cc"] = [
                Address(_display(name), addr_spec=address) for name, address in map(parseaddr, cc)
            ]
        except (ValueError, HeaderParseError) as exc:
            raise ReplyError(f"{original.source}: cannot copy {', '.join(cc)!r} ({exc})") from None
    message["Subject"] = reply_subject(draft.subject or original.subject)
    message["Date"] = format_datetime((now or datetime.now(UTC)).astimezone(UTC))
    message["Message-ID"] = make_msgid(domain=user.email.rsplit("@", 1)[1])
    in_reply_to, references = thread_ids(original)
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
        message["References"] = " ".join(f"<{ref}>" for ref in references)
    message.set_content(draft.text, charset="utf-8", cte="quoted-printable")
    if calendar is not None:
        message.add_alternative(
            calendar, maintype="text", subtype="calendar", params={"method": "REPLY", "charset": "utf-8"}
        )
        message.add_attachment(
            calendar,
            maintype="application",
            subtype="ics",
            filename=CALENDAR_FILENAME,
            params={"name": CALENDAR_FILENAME},
        )
    return message


def _display(name: str) -> str:
    return " ".join(name.replace('"', "").split())


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as an .eml file: RFC 5322, CRLF line ends, every header 7-bit (RFC 2047 words)."""
    return message.as_bytes(policy=EML_POLICY)


def write_eml(path: Path, message: EmailMessage) -> Path:
    """Write one message as an .eml file, atomically."""
    with _atomic(path) as handle:
        handle.write(eml_bytes(message))
    return path


def write_mbox(path: Path, messages: Iterable[EmailMessage]) -> int:
    """Write messages as an mbox file (replacing what was there), atomically. Returns how many."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        box = mbox(temp, create=True)
        try:
            for message in messages:
                entry = mboxMessage(message)
                _, sender = parseaddr(str(message.get("From", "")))
                entry.set_from(sender or "kindly", _when(message).timetuple())
                box.add(entry)
                count += 1
            box.flush()
        finally:
            box.close()
        _fsync(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count


def _when(message: EmailMessage) -> datetime:
    date = message.get("Date")
    value = getattr(date, "datetime", None)
    return value.astimezone(UTC) if isinstance(value, datetime) else datetime.now(UTC)


def _fsync(path: str) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


@contextmanager
def _atomic(path: Path) -> Iterator[IO[bytes]]:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed and renamed below
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent, delete=False
    )
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
