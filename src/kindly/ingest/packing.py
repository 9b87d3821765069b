"""The compressed form in which the original bytes of every message are kept.

A plain zlib stream (any zlib reads it back), written with ISA-L: at its level 1 it packs mail as small as
zlib's level 6 does and runs five to ten times faster, which matters because base64 attachments make up
most of the bytes of a mailbox and zlib's match search reads them at a few dozen MB/s.
"""

from __future__ import annotations

import zlib

from isal import isal_zlib

LEVEL = 1  # ISA-L levels run 0-3; 1 is as small as zlib -6 on mail (docs/benchmarks.md)


def pack(raw: bytes) -> bytes:
    return isal_zlib.compress(raw, LEVEL) if raw else b""


def unpack(packed: bytes) -> bytes:
    return zlib.decompress(packed) if packed else b""
