"""Stream messages out of an mbox without loading it whole: one message's bytes at a time."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

_FROM_LINE = re.compile(rb"^From \S*.*$")
_ESCAPED_FROM = re.compile(rb"^>(>*From )")


_ESCAPED_FROM_INSIDE = re.compile(rb"\n>(>*From )")
BLOCK = 1 << 20


def split_mbox(stream: BinaryIO | Iterable[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """Yield (number, byte offset, raw message) for each message, numbered from 1.

    A message starts at a "From " line at the top of the file or after a blank line; ">From " lines
    inside a body are unescaped (mboxrd). A file is read a block at a time and an iterable of lines a
    line at a time, so memory stays flat however big the mbox is: one block and one message.
    """
    read = getattr(stream, "read", None)
    if callable(read):
        yield from split_blocks(read)
    else:
        yield from split_lines(stream)


def split_blocks(read: Callable[[int], bytes], block: int = BLOCK) -> Iterator[tuple[int, int, bytes]]:
    """split_mbox over `read(block)` calls: the same messages and offsets as split_lines, found with one
    regular expression per block instead of Python code per line."""
    buffer = b"\n\n"  # a blank line before the file: a "From " line at its top starts a message
    base = -2  # file offset of buffer[0]
    content = 2  # where the current message's bytes start in buffer
    start = 0  # file offset of the current message's "From " line
    scan = 2  # where to look for the next separator
    number = 0
    eof = False
    while True:
        found = _separator(buffer, scan)
        if found >= 0:
            line_end = buffer.find(b"\n", found + 5)
            if line_end >= 0 or eof:
                if found > content:
                    number += 1
                    yield number, start, _message(buffer[content:found])
                start = base + found
                content = scan = line_end + 1 if line_end >= 0 else len(buffer)
                if content > block:  # drop what was read, keeping what a look-behind needs
                    cut = content - 3
                    buffer, base, content, scan = buffer[cut:], base + cut, content - cut, scan - cut
                continue
            scan = found  # the "From " line goes on in the next block
        elif eof:
            break
        else:
            scan = max(content, len(buffer) - 5)  # a "From " cut in two by the block's end
        data = read(block)
        if data:
            buffer += data
        else:
            eof = True
    rest = buffer[content:]
    if rest.strip():
        yield number + 1, start, _message(rest)


def _separator(buffer: bytes, scan: int) -> int:
    """Where the next "From " line after a blank line starts, at or after `scan`; -1 if none yet."""
    at = scan - 1
    while True:
        at = buffer.find(b"\nFrom ", at)
        if at < 0:
            return -1
        if buffer[at - 1 : at] == b"\n" or buffer[at - 2 : at] == b"\n\r":
            return at + 1
        at += 1


def _message(data: bytes) -> bytes:
    # The blank line before the next "From " belongs to the mbox format, not the message.
    if data.endswith(b"\n"):
        last = data.rfind(b"\n", 0, len(data) - 1) + 1
        if data[last:] in (b"\n", b"\r\n"):
            data = data[:last]
    if b">From " not in data:
        return data
    if _ESCAPED_FROM.match(data):
        data = data[1:]
    return _ESCAPED_FROM_INSIDE.sub(rb"\n\1", data)


def split_lines(stream: Iterable[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """split_mbox over an iterable of lines (each with its line ending)."""
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
