"""The compressed form in which the original bytes of every message are kept.

A plain zlib stream (any zlib reads it back), written with ISA-L: at its level 1 it packs mail as small as
zlib's level 6 does and runs five to ten times faster, which matters because base64 attachments make up
most of the bytes of a mailbox and zlib's match search reads them at a few dozen MB/s.
"""

from __future__ import annotations

import zlib
from types import ModuleType

_isal: ModuleType | None
try:
    from isal import isal_zlib as _isal
except ImportError:  # a platform without an isal wheel: the same stream format, only slower
    _isal = None

LEVEL = 1  # ISA-L levels run 0-3; 1 is as small as zlib -6 on mail (docs/benchmarks.md)


def pack(raw: bytes) -> bytes:
    if not raw:
        return b""
    return _isal.compress(raw, LEVEL) if _isal is not None else zlib.compress(raw, 6)


def unpack(packed: bytes) -> bytes:
    return zlib.decompress(packed) if packed else b""
