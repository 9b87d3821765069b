"""Large base64 attachments are set aside before MIME parsing, with the same listing as a full parse."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.errors import ParseError
from kindly.ingest.attachments import LARGE, set_aside
from kindly.ingest.email import parse_email


def with_attachments(*sizes: int, text: str = "See attached.") -> bytes:
    note = EmailMessage()
    note["From"] = "Ana <ana@studio.example>"
    note["Subject"] = "Files"
    note["Message-ID"] = "<files@studio.example>"
    note.set_content(text)
    for n, size in enumerate(sizes):
        note.add_attachment(
            bytes(range(256)) * (size // 256) + b"x" * (size % 256),
            maintype="application",
            subtype="octet-stream",
            filename=f"file{n}.bin",
        )
    return bytes(note)


def full_parse_listing(data: bytes) -> list[tuple[str, int]]:
    parsed = message_from_bytes(data)
    return [
        (p.get_filename() or "", len(p.get_payload(decode=True))) for p in parsed.walk() if p.get_filename()
    ]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=150_000), min_size=1, max_size=3), st.text(max_size=300))
def test_the_listing_and_the_text_are_those_of_a_full_parse(sizes: list[int], text: str) -> None:
    data = with_attachments(*sizes, text=text or "x")
    try:
        message = parse_email(data, "t")
    except ParseError:
        return
    assert [(a.name, a.size) for a in message.attachments] == full_parse_listing(data)
    assert message.raw == data  # the original bytes are kept, attachments and all


def test_only_large_messages_are_touched_and_bodies_really_go() -> None:
    small = with_attachments(1000)
    assert set_aside(small) == small
    big = with_attachments(200_000)
    assert len(big) > LARGE and len(set_aside(big)) < 2_000


def base64_text_mail(content_type_lines: list[str]) -> bytes:
    import base64

    text = ("Would you have time for a coffee next week to talk about the studio's pricing? " * 80).encode()
    encoded = base64.encodebytes(text).decode()
    headers = ["From: Ana <ana@studio.example>", "Subject: Coffee", *content_type_lines]
    return ("\n".join([*headers, "Content-Transfer-Encoding: base64", "", encoded])).encode()


def test_a_base64_text_body_is_read_whatever_its_content_type_header_looks_like() -> None:
    for lines in (
        ["Content-Type: text/plain; charset=utf-8"],
        ["Content-Type:", " text/plain; charset=utf-8"],  # folded
        [],  # none: text/plain by default
    ):
        data = base64_text_mail(lines)
        assert len(data) > LARGE
        assert "coffee next week" in parse_email(data, "t").body, lines
