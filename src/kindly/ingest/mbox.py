"""Stream messages out of an mbox without loading it whole: one message's bytes at a time."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

_FROM_LINE = re.compile(rb"^From \S*.*$")
_ESCAPED_FROM = re.compile(rb"^>(>*From )")


def split_mbox(stream: BinaryIO | Iterable[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """Yield (number, byte offset, raw message) for each message, numbered from 1.

    A message starts at a "From " line at the top of the file or after a blank line; ">From " lines
    inside a body are unescaped (mboxrd). Lines are read one at a time, so memory stays flat however
    big the file is.
    """
    number = 0
    offset = 0
    start = 0
    lines: list[bytes] = []
    previous_blank = True
    for line in stream:
        if line.startswith(b"From ") and previous_blank and _FROM_LINE.match(line):
            if lines:
                number += 1
                yield number, start, _join(lines)
            lines = []
            start = offset
        elif line.startswith(b">") and _ESCAPED_FROM.match(line):
            lines.append(line[1:])
        else:
            lines.append(line)
        offset += len(line)  # the line as stored in the file, before unescaping
        previous_blank = line in (b"\n", b"\r\n")
    if lines and any(line.strip() for line in lines):
        number += 1
        yield number, start, _join(lines)


def _join(lines: list[bytes]) -> bytes:
    # The blank line before the next "From " belongs to the mbox format, not the message.
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)


def looks_like_mbox(head: bytes) -> bool:
    return bool(_FROM_LINE.match(head.split(b"\n", 1)[0]))
