"""Sender headers as people write them: an address, a name and an address, or a name alone."""

from __future__ import annotations

import pytest

from kindly.ingest.headers import parse_address


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("Hannah Brooks", ("Hannah Brooks", "")),  # a name alone is not the address "hannah"
        ('"Brooks, Hannah"', ("Brooks, Hannah", "")),
        ("Hannah Brooks <Hannah@CEN.example.org>", ("Hannah Brooks", "hannah@cen.example.org")),
        ("Name <local>", ("Name", "local")),
        ("Mail Delivery Subsystem <MAILER-DAEMON>", ("Mail Delivery Subsystem", "mailer-daemon")),
        ("tycholiz-b (Enron mailbox owner)", ("Enron mailbox owner", "tycholiz-b")),
        ("", ("", "")),
    ],
)
def test_a_sender_header_gives_a_name_and_an_address(value: str, parsed: tuple[str, str]) -> None:
    assert parse_address(value) == parsed
