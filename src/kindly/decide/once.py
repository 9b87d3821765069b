"""What is read from a message once and kept on it for the rest of its triage: the policy, the draft and the
goals' fit each ask whether it pays the user, what a place at it costs, whether a seller hosts it, whether it
asks for a donation. Each answer is worked out the first time it is asked and kept on the message itself (its
`readings`), so it goes with the message and with nothing else; a message built anew is read anew."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from kindly.model import Message

T = TypeVar("T")


def once(message: Message, name: str, read: Callable[[], T]) -> T:
    """What `read` gives for `message`, worked out the first time `name` is asked of it."""
    readings = message.readings
    if name not in readings:
        readings[name] = read()
    return cast(T, readings[name])
