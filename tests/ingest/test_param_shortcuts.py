"""The e-mail parser skips the stdlib's slow parameter parsing when a header cannot hold the parameter;
the answers must be the stdlib's own for any header."""

from __future__ import annotations

from email.message import Message as EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.ingest.email import _declared_charset, _filename
from kindly.ingest.headers import decode_value

PIECES = (
    "text/plain",
    "application/pdf",
    "multipart/mixed",
    "; ",
    ";",
    " ",
    "charset=",
    "CHARSET=",
    "charset*=",
    "utf-8",
    '"iso-8859-1"',
    "us-ascii''",
    "name=",
    "NAME=",
    "filename=",
    "FileName*=",
    "filename*0*=",
    "name*1=",
    "utf-8''caf%C3%A9.pdf",
    '"report.pdf"',
    "=?utf-8?q?caf=C3=A9?=",
    "attachment",
    "inline",
    '"',
    "'",
    "=",
    "%",
    "\t",
    "é",
    "ſ",
    "K",
)
header_values = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12).map("".join)


def _stdlib_charset(part: EmailMessage) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001 - what _declared_charset also swallows
        return None


def _stdlib_filename(part: EmailMessage) -> str:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    return decode_value(name) if name else ""


@settings(max_examples=500, deadline=None)
@given(content_type=header_values, disposition=st.one_of(st.none(), header_values))
def test_shortcuts_answer_as_the_stdlib_does(content_type: str, disposition: str | None) -> None:
    part = EmailMessage()
    part["Content-Type"] = content_type
    if disposition is not None:
        part["Content-Disposition"] = disposition
    assert _declared_charset(part) == _stdlib_charset(part)
    assert _filename(part) == _stdlib_filename(part)
