"""What the classifier reads: the subject and the sender's own words, plus cue tokens."""

from __future__ import annotations

import re

from kindly.gated import gated
from kindly.ingest.text import split_body
from kindly.understand.cues import cue_names, cue_tokens

_URL = gated(re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE))
_EMAIL = gated(re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"))
_NUMBER = re.compile(r"\b\d[\d,.:/-]*\b")
_REPLY = re.compile(r"^\s*(re|aw|sv)\s*(\[\d+\])?\s*:", re.IGNORECASE)
_FORWARD = re.compile(r"^\s*(fw|fwd|wg|tr)\s*(\[\d+\])?\s*:", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)

_BLANKS = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
MAX_CHARS = 4000  # the opening of a long message says what it wants; the rest costs time


def normalise(text: str) -> str:
    text = _URL.sub(" zzurl ", text)
    text = _EMAIL.sub(" zzemail ", text)
    return _NUMBER.sub(" zznum ", text)


def own_words(body: str, subject: str = "") -> tuple[str, str]:
    """(own text, signature) of a raw body; a forward with no words of its own keeps the forwarded text."""
    own, signature, _ = read_body(body, subject)
    return own, signature


def read_body(body: str, subject: str = "") -> tuple[str, str, str]:
    """(own text, signature, the sender's note on a forward): a forward with no words of its own ("FYI")
    is read with the forwarded text, and the note is kept apart."""
    split = split_body(body)
    own, note = with_forward(split.own, split.quoted, subject)
    return own, split.signature, note


def with_forward(own: str, quoted: str, subject: str = "") -> tuple[str, str]:
    """(the text to read, the sender's note on a bare forward or ""): a forward with fewer than four words of
    its own is read with what it forwards. A reply is not: "Sounds good." under an invitation accepts it and
    asks nothing (the guide labels the newest part only)."""
    if len(own.split()) < 4 and quoted and not _REPLY.match(subject):
        return f"{own}\n{quoted}", own
    return own, ""


# A forward whose note only passes it on ("FYI", "see below", "for your records") asks nothing of the reader:
# the guide labels it none, whatever the forwarded text invites to.
# "FYI", "for your records": what a note says when it only passes something on (the guide's none)
FOR_INFORMATION = r"fyi|f\.y\.i\.?|for your (?:information|info|records|reference|files)"
_FOR_INFORMATION = re.compile(
    rf"^\W*(?:{FOR_INFORMATION}|see (?:below|attached)|below (?:fyi|for your information)|for info)\W*$",
    re.IGNORECASE,
)


def passes_on_only(note: str) -> bool:
    return bool(note.strip()) and _FOR_INFORMATION.match(note.strip()) is not None


def model_text(subject: str, own: str, signature: str = "") -> str:
    """The single string both training and prediction use for one message.

    A reply's subject names the thread, not what this message asks ("Re: coffee?" over "Thanks, got it"),
    so replies are read without it.
    """
    subject = subject or ""
    reply = bool(_REPLY.match(subject))
    forwarded = bool(_FORWARD.match(subject))
    subject = "" if reply else _SUBJECT_PREFIX.sub("", subject)
    # Runs of blanks inside a line ("would  you", where a mail tool joined wrapped lines) read as one, so
    # that the cues, written with single spaces, still see the phrase.
    words = _BLANKS.sub(" ", f"{subject}\n{own}\n{signature}"[:MAX_CHARS])
    tokens = cue_tokens(cue_names(words), words.count("?"))
    subject_tokens = " ".join(f"zzsubj{w}" for w in re.findall(r"[a-z]{3,}", subject.lower())[:8])
    markers = (" zzreply" if reply else "") + (" zzforward" if forwarded else "")
    return f"{normalise(words)}\n{tokens} {subject_tokens}{markers}"
