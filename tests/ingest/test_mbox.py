"""split_mbox: one message's bytes at a time out of an mbox stream, and read_source over a whole mbox."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.errors import ParseError
from kindly.ingest.email import parse_email
from kindly.ingest.mbox import looks_like_mbox, split_blocks, split_lines, split_mbox
from kindly.ingest.sources import Source, detect, read_source
from kindly.model import Message

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

TWO_MESSAGES = (
    b"From alice@example.com Mon Nov  2 10:00:00 2026\n"
    b"From: Alice <alice@example.com>\n"
    b"Subject: first\n"
    b"\n"
    b"Body one.\n"
    b">From the start of a line, escaped.\n"
    b">>From deeper, escaped twice.\n"
    b"\n"
    b"From bob@example.com Tue Nov  3 11:00:00 2026\n"
    b"From: Bob <bob@example.com>\n"
    b"Subject: second\n"
    b"\n"
    b"Body two.\n"
)


def test_split_on_from_lines_and_unescape_from() -> None:
    messages = list(split_mbox(io.BytesIO(TWO_MESSAGES)))

    assert [(number, offset) for number, offset, _ in messages] == [
        (1, 0),
        (2, TWO_MESSAGES.index(b"From bob")),
    ]
    assert messages[0][2] == (
        b"From: Alice <alice@example.com>\nSubject: first\n\nBody one.\n"
        b"From the start of a line, escaped.\n>From deeper, escaped twice.\n"
    )
    assert messages[1][2] == b"From: Bob <bob@example.com>\nSubject: second\n\nBody two.\n"


def test_crlf_line_endings() -> None:
    data = TWO_MESSAGES.replace(b"\n", b"\r\n")

    messages = list(split_mbox(io.BytesIO(data)))

    assert [offset for _, offset, _ in messages] == [0, data.index(b"From bob")]
    assert messages[0][2].endswith(b"From the start of a line, escaped.\r\n>From deeper, escaped twice.\r\n")
    assert [parse_email(raw, "box").subject for _, _, raw in messages] == ["first", "second"]


def test_from_inside_a_paragraph_does_not_start_a_message() -> None:
    data = b"From a@example.com Mon Nov  2 10:00:00 2026\nSubject: one\n\nhello\nFrom here on, it is body.\n"

    messages = list(split_mbox(io.BytesIO(data)))

    assert len(messages) == 1
    assert messages[0][2].endswith(b"hello\nFrom here on, it is body.\n")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\n\n  \n", id="blank-lines"),
        pytest.param(b"From a@example.com Mon Nov  2 10:00:00 2026\n", id="only-a-from-line"),
    ],
)
def test_nothing_to_split(data: bytes) -> None:
    assert list(split_mbox(io.BytesIO(data))) == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(b"From alice@example.com Mon Nov  2 10:00:00 2026\n", True, id="from-line"),
        pytest.param(b"From MAILER-DAEMON Mon Nov  2 10:00:00 2026\r\n", True, id="from-line-crlf"),
        pytest.param(b"From: Alice <alice@example.com>\n", False, id="from-header"),
        pytest.param(b"Subject: hi\n", False, id="other-header"),
        pytest.param(b"", False, id="empty"),
    ],
)
def test_looks_like_mbox(head: bytes, expected: bool) -> None:
    assert looks_like_mbox(head) is expected


def test_shipped_example_mbox_reads_whole() -> None:
    path = str(EXAMPLES / "inbox.mbox")

    items = list(read_source(detect(path)))

    assert items
    assert all(isinstance(item, Message) for item in items)
    assert all(item.subject and item.from_addr for item in items if isinstance(item, Message))


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"no header here, only words\n", id="header-less"),
    ],
)
def test_broken_middle_message_is_a_parse_error_and_the_batch_goes_on(tmp_path: Path, broken: bytes) -> None:
    mbox = tmp_path / "inbox.mbox"
    mbox.write_bytes(
        b"From a@example.com Mon Nov  2 10:00:00 2026\nFrom: a@example.com\nSubject: first\n\none\n\n"
        b"From b@example.com Mon Nov  2 11:00:00 2026\n" + broken + b"\n"
        b"From c@example.com Mon Nov  2 12:00:00 2026\nFrom: c@example.com\nSubject: third\n\nthree\n"
    )

    items = list(read_source(Source(str(mbox), "mbox")))

    assert len(items) == 3
    first, second, third = items
    assert isinstance(first, Message) and first.subject == "first"
    assert isinstance(second, ParseError)
    assert "message #2" in second.source
    assert str(mbox) in second.source
    assert isinstance(third, Message) and third.subject == "third"
    assert "message #3" in third.source


def test_streaming_yields_first_message_before_the_input_is_exhausted() -> None:
    consumed: list[int] = []

    def lines() -> Iterator[bytes]:
        for number in range(1, 1001):
            consumed.append(number)
            yield f"From sender{number}@example.com Mon Nov  2 10:00:00 2026\n".encode()
            yield f"From: sender{number}@example.com\nSubject: message {number}\n".encode()
            yield b"\n"
            yield b"body\n"
            yield b"\n"

    stream = split_mbox(lines())
    number, offset, raw = next(stream)

    assert (number, offset) == (1, 0)
    assert b"Subject: message 1\n" in raw
    assert consumed == [1, 2]  # only read up to the "From " line that closes message 1
    assert sum(1 for _ in stream) == 999


def test_offsets_point_at_from_lines_in_the_file() -> None:
    data = b"\n".join([TWO_MESSAGES] * 3)  # a blank line before each "From " line

    offsets = [offset for _, offset, _ in split_mbox(io.BytesIO(data))]

    assert len(offsets) == 6
    assert all(data[offset:].startswith(b"From ") for offset in offsets)


_MBOX_PIECES = st.sampled_from(
    [b"From ", b"From a@b Mon Nov  2 10:00:00 2026\n", b"\n", b"\r\n", b">From x\n", b">>From ", b"x", b"\r"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MBOX_PIECES, max_size=30), st.integers(min_value=1, max_value=9))
def test_reading_a_file_by_blocks_splits_it_as_reading_it_by_lines(pieces: list[bytes], block: int) -> None:
    data = b"".join(pieces)

    by_blocks = list(split_blocks(io.BytesIO(data).read, block))

    assert by_blocks == list(split_lines(io.BytesIO(data)))
