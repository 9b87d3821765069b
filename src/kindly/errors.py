"""Errors kindly raises on purpose.

KindlyError
 ├── ParseError      an input item could not be read (names the source and the reason)
 ├── ConfigError     the profile or configuration is wrong (names the file, key or line)
 ├── StoreError      the database could not be opened or migrated
 ├── ModelError      the shipped model is missing, stale or unreadable
 └── SyncError       a mail server could not be reached, refused the login or dropped the connection

The CLI turns each into one clear line and a non-zero exit; nothing else should escape a parser.
"""

from __future__ import annotations


class KindlyError(Exception):
    """Base of every error kindly raises deliberately."""


class ParseError(KindlyError):
    """An input item (file, message in an mbox, CSV row, JSON line) could not be read."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str]]:  # pickled from a parser process
        return (type(self), (self.source, self.reason))


class ConfigError(KindlyError):
    """The profile or a configuration file is invalid."""


class StoreError(KindlyError):
    """The database could not be opened, migrated or written."""


class ModelError(KindlyError):
    """The intent model is missing or cannot be loaded."""


class SyncError(KindlyError):
    """A mail server (IMAP) could not be reached, refused the login, or dropped the connection."""
