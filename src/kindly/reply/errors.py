"""Errors of the reply step that callers may want to tell apart.

KindlyError (kindly.errors)
 └── ReplyError      a reply cannot be built from what the message gives (no organizer, no sender address)
"""

from __future__ import annotations

from kindly.errors import KindlyError


class ReplyError(KindlyError):
    """A calendar reply or an outgoing e-mail cannot be built for this message."""
