"""IMAP: read raw messages from a mail server by UID, a batch at a time (imapclient underneath).

The only module of ingest that talks to a network. Folders are opened read-only and bodies fetched with
BODY.PEEK, so syncing marks nothing as read. Every failure of the connection (refused, TLS, login, a
dropped connection, a timeout) becomes a SyncError naming the account, the server and what was going on;
the password never appears in one.
"""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import quote

from imapclient import IMAPClient

from kindly.config import Account
from kindly.errors import ParseError, SyncError
from kindly.ingest.email import parse_email
from kindly.model import Message

# What a broken connection raises: imaplib's error tree (imapclient's own errors derive from it), socket
# and TLS errors (OSError), and EOF from a server that closed the stream.
_CONNECTION_ERRORS = (imaplib.IMAP4.error, OSError, EOFError)


@dataclass(frozen=True, slots=True)
class FolderStatus:
    name: str
    uidvalidity: int
    exists: int


class FolderMissing(SyncError):
    """The server has no folder by that name (or does not let this user select it)."""


def message_url(account: Account, folder: str, uidvalidity: int, uid: int) -> str:
    """An RFC 5092 IMAP URL naming one message: the source of a synced Message."""
    where = f"{quote(account.user, safe='')}@{account.host}:{account.server_port}"
    return f"imap://{where}/{quote(folder)};UIDVALIDITY={uidvalidity}/;UID={uid}"


def parse_fetched(data: bytes, source: str) -> Message | ParseError:
    try:
        return parse_email(data, source)
    except ParseError as error:
        return error


class Mailbox:
    """One logged-in IMAP connection. Use as a context manager, or call close()."""

    def __init__(self, account: Account, password: str) -> None:
        self.account = account
        self._where = f"{account.name} ({account.host}:{account.server_port})"
        with self._guard("connecting"):
            context = ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
            self.client = IMAPClient(
                account.host,
                port=account.server_port,
                ssl=account.security == "tls",
                ssl_context=context,
                timeout=account.timeout,
            )
        try:
            if account.security == "starttls":
                with self._guard("starting TLS"):
                    self.client.starttls(context)
            with self._guard("logging in"):
                self.client.login(account.user, password)
        except SyncError:
            self._drop()
            raise

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def open(self, folder: str) -> FolderStatus:
        """Select a folder read-only: its UIDVALIDITY and message count."""
        try:
            response = self.client.select_folder(folder, readonly=True)
        except imaplib.IMAP4.abort as exc:
            raise self._lost(f"opening {folder}", exc) from None
        except imaplib.IMAP4.error as exc:  # a NO or BAD answer: the folder is not there
            raise FolderMissing(f"{self._where}: no folder {folder!r} ({_said(exc)})") from None
        except (OSError, EOFError) as exc:
            raise self._lost(f"opening {folder}", exc) from None
        try:
            uidvalidity = int(response[b"UIDVALIDITY"])
        except (KeyError, TypeError, ValueError):
            raise SyncError(f"{self._where}: the server gave no UIDVALIDITY for {folder!r}") from None
        return FolderStatus(folder, uidvalidity, int(response.get(b"EXISTS", 0) or 0))

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """UIDs above `last_uid` in the open folder, in ascending order."""
        with self._guard(f"listing {folder}"):
            found = self.client.search(["UID", f"{last_uid + 1}:*"])
        # "n:*" always matches the highest UID, even one below n.
        return sorted(uid for uid in found if uid > last_uid)

    def fetch(self, folder: str, uids: list[int]) -> list[tuple[int, bytes]]:
        """The raw bytes of these messages, by UID ascending; a UID expunged meanwhile is left out."""
        with self._guard(f"reading {folder} (UIDs {uids[0]}-{uids[-1]})"):
            response: dict[int, dict[bytes, Any]] = self.client.fetch(uids, ["BODY.PEEK[]"])
        out = []
        for uid in sorted(response):
            data = response[uid].get(b"BODY[]")
            if isinstance(data, bytes):
                out.append((uid, data))
        return out

    def close(self) -> None:
        try:
            self.client.logout()
        except (*_CONNECTION_ERRORS, AttributeError):
            self._drop()

    def _drop(self) -> None:
        try:
            self.client.shutdown()
        except (*_CONNECTION_ERRORS, AttributeError):
            pass

    @contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        try:
            yield
        except _CONNECTION_ERRORS as exc:
            raise self._lost(doing, exc) from None

    def _lost(self, doing: str, exc: BaseException) -> SyncError:
        if isinstance(exc, imaplib.IMAP4.error) and doing == "logging in":
            return SyncError(
                f"{self._where}: the server refused the login for {self.account.user} ({_said(exc)})"
            )
        if isinstance(exc, ssl.SSLError | ssl.CertificateError):
            return SyncError(f"{self._where}: TLS failed while {doing} ({_said(exc)})")
        if isinstance(exc, socket.timeout | TimeoutError):
            return SyncError(f"{self._where}: no answer within {self.account.timeout:g} s while {doing}")
        if doing == "connecting":
            return SyncError(f"{self._where}: cannot connect ({_said(exc)})")
        return SyncError(f"{self._where}: the connection was lost while {doing} ({_said(exc)})")


def _said(exc: BaseException) -> str:
    """What an error says, in one short line (server answers arrive as bytes)."""
    text = " ".join(
        arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg) for arg in exc.args
    ).strip()
    text = " ".join(text.split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
