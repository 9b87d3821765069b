"""split_body skips most lines with cheap hints before its patterns: it must find exactly what trying
every pattern on every line finds. The reference below is that straightforward version."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kindly.ingest import text
from kindly.ingest.text import split_body


def _reference_history_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if text._HISTORY_START.match(line):
            return i
        if text._HEADER_LINE.match(line) and text._is_header_block(lines, i):
            return i
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        if text._WRAPPED_ON.match(line) and text._WRAPPED_WROTE.match(next_line):
            return i
    return None


def _reference_signature_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if text._SIG_DELIMITER.match(line) or text._SENT_FROM.match(line) or text._DISCLAIMER.match(line):
            return i
    for i in range(len(lines) - 1, max(0, len(lines) - 10) - 1, -1):
        if text._SIGN_OFF.match(lines[i]):
            return i
    return None


# Pieces of the lines the patterns look for, in odd cases, spacings and scripts ("ſ" matches "s" and
# "K" (Kelvin) matches "k" when case is ignored), among ordinary words.
PIECES = (
    "On Tue, 3 Nov 2026, Jane <j@x.org> wrote:",
    "on ",
    "ON\t",
    "Le 3 nov., Marie a écrit :",
    "el ",
    "El lunes, Ana escribió:",
    "Am 3. Nov. schrieb Max:",
    "am ",
    "wrote:",
    "WROTE:",
    "wrote",
    ":",
    " :",
    "-----Original Message-----",
    "-- Forwarded message --",
    "--",
    "__",
    "_____",
    "—",
    "> ",
    ">",
    "|",
    "begin forwarded message:",
    "Begin ",
    "From: a",
    "*From:* b",
    "Sent: Monday",
    "ſent: x",
    "To: c",
    "Cc: d",
    "Date: e",
    "Subject: f",
    "Sent from my phone",
    "Get Outlook for iOS",
    "sent via",
    "This email is confidential",
    "this message may be ",
    "Confidentiality Notice",
    "To unsubscribe",
    "unsubscribe from",
    "Thanks",
    "Best regards,",
    "Cheers!",
    "Yours sincerely",
    "ok",
    "coffee next week",
    "K",
    "ſ",
    "İ",
    " ",
    "\t",
    "\x0b",
    "\x1c",
    "\u2028",
    "\xa0",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
)
bodies = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=600, deadline=None)
@given(body=bodies)
def test_the_hints_skip_only_lines_no_pattern_matches(body: str) -> None:
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert text._history_start(lines) == _reference_history_start(lines)
    assert text._signature_start(lines) == _reference_signature_start(lines)


def test_a_reply_still_splits_into_own_words_history_and_signature() -> None:
    body = "Sounds good, see you then.\n\nBest regards,\nAna\n\nOn Mon, 2 Nov 2026, Dana wrote:\n> Coffee?"
    split = split_body(body)
    assert split.own == "Sounds good, see you then."
    assert split.signature == "Best regards,\nAna"
    assert split.quoted.startswith("On Mon, 2 Nov 2026, Dana wrote:")
