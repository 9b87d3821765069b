"""What a forwarded message forwards: the invitation under "want to go?" is what the reader is asked to.

Pure: reads a Message, no I/O. Both the details of an invitation and its goal fit are read from it.
"""

from __future__ import annotations

import re

from kindly.model import Message

_F = re.IGNORECASE
# A forward, by its subject ("Fwd:", "FW:") or by the line that opens what it forwards.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fw|fwd|wg|tr)\s*(?:\[\d+\])?\s*:", _F)
_FORWARD_LINE = re.compile(r"^\s*(?:-{2,}\s*forwarded|begin forwarded message|-{2,}\s*weitergeleitete)", _F)


# The lines that open what is forwarded, before its words: the marker line, its header block, Notes' sender
# and date ("---------------------- Forwarded by Mark Feeley/HOU/Westvale on 09/05/2000 10:14 AM").
_FORWARD_HEAD_LINE = re.compile(
    r"^\s*(?:-{2,}.*|begin forwarded message:?|>+|(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*:.*|"
    r".{0,120}\bon\s+\d{1,2}/\d{1,2}/\d{2,4}.*|)\s*$",
    _F,
)


def forwarded_part(message: Message) -> str:
    """The words of what a forward forwards (its marker and header lines left out), or "" for a reply, whose
    quoted text is only history."""
    quoted = message.quoted_text
    if not quoted or not (_FORWARD_SUBJECT.match(message.subject) or _FORWARD_LINE.match(quoted)):
        return ""
    lines = quoted.split("\n")
    start = next((i for i, line in enumerate(lines) if not _FORWARD_HEAD_LINE.match(line)), len(lines))
    return "\n".join(lines[start:])
