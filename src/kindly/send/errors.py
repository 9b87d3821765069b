"""Errors of sending.

KindlyError (kindly.errors)
 └── SendError       the SMTP server could not be reached, refused us, or refused the message
"""

from __future__ import annotations

from kindly.errors import KindlyError


class SendError(KindlyError):
    """Sending failed; names the server and the reason (never the password)."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"cannot send through {host}: {reason}")
        self.host = host
        self.reason = reason
