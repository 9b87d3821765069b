"""Property tests: whatever the input, ingest parsers give back results or kindly's ParseError, nothing else."""

from __future__ import annotations

import io
import mailbox
import tempfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from kindly.errors import ParseError
from kindly.ingest.email import parse_email
from kindly.ingest.ics import calendar_messages, parse_calendar
from kindly.ingest.linkedin import read_connections, read_messages
from kindly.ingest.mbox import split_mbox
from kindly.ingest.pasted import parse_pasted, split_pasted
from kindly.ingest.text import html_to_text, split_body

SOURCE = "fuzz-input"


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8, on purpose


# --- input shapes ------------------------------------------------------------------------------------

HEADER_NAMES = (
    "From",
    "To",
    "Cc",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
)
MAIL_TOKENS = (
    "=?utf-8?B?",
    "=?iso-8859-1?Q?",
    "?=",
    "=?",
    "multipart/mixed; boundary=b",
    "multipart/alternative; boundary=b",
    "text/html; charset=x-unknown",
    "text/calendar",
    "text/plain; charset*=utf-8''%C3",
    "attachment; filename*0*=utf-8''a",
    "base64",
    "quoted-printable",
    "x-uuencode",
    "\n--b\n",
    "\n--b--\n",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\n",
    "<",
    ">",
    "\r\n",
    "\n ",
    "<script>",
    "&amp;",
)
header_values = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(MAIL_TOKENS)), max_size=5).map(
    "".join
)
header_lines = st.lists(
    st.tuples(st.one_of(st.sampled_from(HEADER_NAMES), st.text(max_size=12)), header_values).map(": ".join),
    max_size=10,
)
bodies = st.lists(st.one_of(st.text(max_size=60), st.sampled_from(MAIL_TOKENS)), max_size=10).map("".join)
mail_like = st.builds(lambda headers, body: _encode("\n".join(headers) + "\n\n" + body), header_lines, bodies)
mbox_like = st.lists(
    st.tuples(
        st.sampled_from(["From a@b Mon Nov  2 10:00:00 2026\n", "From \n", ">From x\n", "\n", ""]), mail_like
    ),
    max_size=4,
).map(lambda pairs: b"".join(_encode(from_line) + mail for from_line, mail in pairs))

ICS_PROPERTIES = (
    "UID",
    "SEQUENCE",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "SUMMARY",
    "DESCRIPTION",
    "ORGANIZER;CN=x",
    "ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE",
    "DTSTART;TZID=Europe/Paris",
    "DTSTART;VALUE=DATE",
    "BEGIN",
    "END",
    "METHOD",
)
ICS_VALUES = (
    "20261209T173000Z",
    "20261209",
    "PT1H",
    "P1D",
    "FREQ=WEEKLY",
    "mailto:a@b.c",
    "VEVENT",
    "VTIMEZONE",
    "2",
)
ics_like = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(ICS_PROPERTIES), st.text(max_size=10)),
        st.one_of(st.sampled_from(ICS_VALUES), st.text(max_size=20)),
    ).map(":".join),
    max_size=12,
).map(
    lambda lines: _encode(
        "\r\n".join(["BEGIN:VCALENDAR", "BEGIN:VEVENT", *lines, "END:VEVENT", "END:VCALENDAR"])
    )
)

csv_cells = st.one_of(
    st.text(max_size=20), st.sampled_from(['"', '""', ",", "\n", "<p>hi</p>", "2026-11-01 10:00:00 UTC"])
)
csv_rows = st.lists(st.lists(csv_cells, max_size=6).map(",".join), max_size=6)
linkedin_like = st.builds(
    lambda header, rows: _encode("\n".join([header, *rows])),
    st.sampled_from(
        [
            "CONVERSATION ID,FROM,DATE,CONTENT",
            "\ufeffCONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
            "Notes:\n\nFirst Name,Last Name,Company",
        ]
    ),
    csv_rows,
)

PASTED_LINES = (
    "From: Pilar Sanz (LinkedIn)",
    "From: Tom <tom@example.com>",
    "From:",
    "Subject: LinkedIn message",
    "Subject: Re: coffee",
    "Subject: Fwd: coffee",
    "Date: Sat, 28 Nov 2026 10:14:00 -0600",
    "To: dana@example.com",
    "Sent: Monday",
    "-----Original Message-----",
    "---",
    "=====",
    "______",
    "Pilar Sanz",
    "10:42 AM",
    "Yesterday 9:15 PM",
    "Nov 30, 2026, 10:42 AM",
    "",
)
pasted_batch_like = st.lists(st.one_of(st.sampled_from(PASTED_LINES), st.text(max_size=40)), max_size=30).map(
    lambda lines: _encode("\n".join(lines))
)

SHAPES = {
    "binary": st.binary(max_size=2000),
    "pasted-batch-like": pasted_batch_like,
    "mail-like": mail_like,
    "mbox-like": mbox_like,
    "ics-like": ics_like,
    "csv-like": linkedin_like,
}


# --- parsers, each run on every shape ----------------------------------------------------------------


def _mbox_then_parse(data: bytes) -> None:
    for number, offset, raw in list(split_mbox(io.BytesIO(data))):
        assert offset == 0 or data[offset:].startswith(b"From ")
        try:
            parse_email(raw, f"{SOURCE} message #{number}")
        except ParseError as error:
            assert error.source == f"{SOURCE} message #{number}"


def _read_messages(data: bytes) -> None:
    for item in list(read_messages(data, SOURCE)):
        assert item.source.startswith(SOURCE)


def _split_then_parse(data: bytes) -> None:
    blocks = split_pasted(data)
    assert blocks and [line for line, _block in blocks] == sorted({line for line, _block in blocks})
    for number, (line, block) in enumerate(blocks, 1):
        try:
            parse_pasted(block, f"{SOURCE} message #{number} (line {line})")
        except ParseError as error:
            assert error.source == f"{SOURCE} message #{number} (line {line})"


PARSERS: dict[str, Callable[[bytes], object]] = {
    "parse_email": lambda data: parse_email(data, SOURCE),
    "split_mbox+parse_email": _mbox_then_parse,
    "parse_calendar": lambda data: parse_calendar(data, SOURCE),
    "calendar_messages": lambda data: calendar_messages(data, SOURCE),
    "read_messages": _read_messages,
    "read_connections": lambda data: read_connections(data, SOURCE),
    "parse_pasted": lambda data: parse_pasted(data, SOURCE),
    "split_pasted+parse_pasted": _split_then_parse,
}


@pytest.mark.parametrize("shape", [pytest.param(name, id=name) for name in SHAPES])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_parsers_raise_nothing_but_parse_error(shape: str, data: st.DataObject) -> None:
    raw = data.draw(SHAPES[shape], label="input")

    for name, parser in PARSERS.items():  # every parser sees every input: the shapes only make hits likelier
        note(f"parser: {name}")
        try:
            parser(raw)
        except ParseError as error:
            assert error.source.startswith(SOURCE)
            assert error.reason


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), bodies))
def test_text_helpers_never_raise(text: str) -> None:
    split = split_body(text)
    assert len(split.own) + len(split.quoted) + len(split.signature) <= len(text)
    assert isinstance(html_to_text(text), str)


# --- round trips -------------------------------------------------------------------------------------

readable = st.characters(exclude_categories=("Cs", "Cc"))  # no surrogates, no control characters
subjects = st.text(readable, min_size=1, max_size=80).filter(lambda s: s.strip())
body_lines = st.lists(
    st.one_of(st.text(readable, max_size=60), st.just("From the archive"), st.just("")), max_size=8
)


@settings(max_examples=200, deadline=None)
@given(subject=subjects, lines=body_lines)
def test_email_round_trip(subject: str, lines: list[str]) -> None:
    body = "\n".join(lines)
    mail = EmailMessage()
    mail["From"] = "Dana Reyes <dana@example.com>"
    mail["Subject"] = subject
    mail.set_content(body)

    message = parse_email(mail.as_bytes(), "round-trip.eml")

    assert message.subject == " ".join(subject.split())
    assert "\n".join(body.splitlines()).strip() in message.body


@settings(max_examples=200, deadline=None)
@given(bodies=st.lists(body_lines, min_size=1, max_size=5))
def test_mbox_written_by_python_splits_back_into_the_same_count(bodies: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "written.mbox"
        box = mailbox.mbox(path)
        for number, lines in enumerate(bodies):
            mail = EmailMessage()
            mail["From"] = f"sender{number}@example.com"
            mail["Subject"] = f"message {number}"
            mail.set_content("\n".join(lines))
            box.add(mail)
        box.flush()
        box.close()

        with path.open("rb") as stream:
            split = list(split_mbox(stream))

    assert len(split) == len(bodies)
    assert [parse_email(raw, "box").subject for _, _, raw in split] == [
        f"message {n}" for n in range(len(bodies))
    ]
