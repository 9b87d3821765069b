"""The kept original bytes are a plain zlib stream: any zlib reads them back exactly."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindly.ingest import packing
from kindly.ingest.packing import pack, unpack


@given(st.binary(max_size=20_000))
def test_packed_bytes_are_a_zlib_stream_of_the_original(raw: bytes) -> None:
    packed = pack(raw)
    assert unpack(packed) == raw
    if raw:
        assert zlib.decompress(packed) == raw


def test_repetitive_mail_text_packs_to_a_fraction() -> None:
    mail = b"From: a@example.org\nSubject: report\n\n" + b"Quarterly numbers attached.\n" * 200
    assert len(pack(mail)) < len(mail) / 10


def test_without_isal_the_same_format_comes_from_zlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packing, "_isal", None)
    assert zlib.decompress(pack(b"From: a@example.org\n\nhello\n")) == b"From: a@example.org\n\nhello\n"
