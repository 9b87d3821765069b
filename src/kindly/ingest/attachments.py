"""Set big base64 attachment bodies aside before MIME parsing.

Attachments are listed (name, type, size), never stored whole; the raw message keeps them. The standard
library's parser reads a base64 body line by line, which makes one 120 KB attachment cost more than a hundred
plain messages, so a large message's non-text base64 bodies are replaced by an empty body and their decoded
size is carried in a header of that part (`X-Kindly-Decoded-Size`).
"""

from __future__ import annotations

import re

SIZE_HEADER = "X-Kindly-Decoded-Size"
LARGE = 8 * 1024  # below this a base64 body is too small to be worth setting aside
_MIN_BODY = 4 * 1024  # a smaller body is left for the parser

_FIELD = b"content-transfer-encoding:"
_HEADERS_END = re.compile(rb"\r?\n\r?\n")
_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_LAYOUT = b"= \t\r\n"  # padding and line breaks: not encoded data
# The part's declared media type (the header may be folded onto the next line). A part without one is
# text/plain, and a text part is read, so only a declared non-text type is ever set aside.
_CONTENT_TYPE = re.compile(rb"(?im)^content-type:[ \t]*(?:\r?\n[ \t]+)?([a-z0-9][a-z0-9!#$&^_.+-]*)/")
_READ_TYPES = (b"text", b"message", b"multipart")


def set_aside(data: bytes) -> bytes:
    """The message with large non-text base64 bodies emptied and their sizes noted; unchanged if small."""
    if len(data) < LARGE:
        return data
    lowered = data.lower()  # one pass in C; positions are the same as in `data`
    out: list[bytes] = []
    position = 0
    found = lowered.find(_FIELD)
    while found >= 0:
        line_end = lowered.find(b"\n", found)
        if line_end < 0:
            break
        value = lowered[found + len(_FIELD) : line_end].strip()
        end = _HEADERS_END.search(data, line_end - 1)
        block_start = max(lowered.rfind(b"\n\n", 0, found), lowered.rfind(b"\n--", 0, found))
        if value == b"base64" and end is not None and block_start >= position - 1:
            body_end = data.find(b"\n--", end.end())
            body_end = len(data) if body_end < 0 else body_end + 1
            body = data[end.end() : body_end]
            declared = _CONTENT_TYPE.search(data, max(block_start, 0), end.start())
            binary = declared is not None and declared.group(1).lower() not in _READ_TYPES
            encoded = body.translate(None, _LAYOUT)
            if binary and len(body) >= _MIN_BODY and not encoded.translate(None, _BASE64_ALPHABET):
                out.append(data[position:line_end])
                out.append(f"\n{SIZE_HEADER}: {len(encoded) * 3 // 4}".encode())
                out.append(data[line_end : end.end()])
                position = body_end
        found = lowered.find(_FIELD, max(line_end, position))
    if not out:
        return data
    out.append(data[position:])
    return b"".join(out)
