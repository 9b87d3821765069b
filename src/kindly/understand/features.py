"""What the classifier reads: the subject and the sender's own words, plus cue tokens."""

from __future__ import annotations

import re

from kindly.ingest.text import split_body
from kindly.understand.cues import cue_names, cue_tokens

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_NUMBER = re.compile(r"\b\d[\d,.:/-]*\b")
_REPLY = re.compile(r"^\s*(re|aw|sv)\s*(\[\d+\])?\s*:", re.IGNORECASE)
_FORWARD = re.compile(r"^\s*(fw|fwd|wg|tr)\s*(\[\d+\])?\s*:", re.IGNORECASE)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)

MAX_CHARS = 4000  # the opening of a long message says what it wants; the rest costs time


def normalise(text: str) -> str:
    text = _URL.sub(" zzurl ", text)
    text = _EMAIL.sub(" zzemail ", text)
    return _NUMBER.sub(" zznum ", text)


def own_words(body: str) -> tuple[str, str]:
    """(own text, signature) of a raw body; a forward with no words of its own keeps the forwarded text."""
    split = split_body(body)
    own = split.own
    if len(own.split()) < 4 and split.quoted:
        own = f"{own}\n{split.quoted}"
    return own, split.signature


def model_text(subject: str, own: str, signature: str = "") -> str:
    """The single string both training and prediction use for one message.

    A reply's subject names the thread, not what this message asks ("Re: coffee?" over "Thanks, got it"),
    so replies are read without it.
    """
    subject = subject or ""
    reply = bool(_REPLY.match(subject))
    forwarded = bool(_FORWARD.match(subject))
    subject = "" if reply else _SUBJECT_PREFIX.sub("", subject)
    words = f"{subject}\n{own}\n{signature}"[:MAX_CHARS]
    tokens = cue_tokens(cue_names(words), words.count("?"))
    subject_tokens = " ".join(f"zzsubj{w}" for w in re.findall(r"[a-z]{3,}", subject.lower())[:8])
    markers = (" zzreply" if reply else "") + (" zzforward" if forwarded else "")
    return f"{normalise(words)}\n{tokens} {subject_tokens}{markers}"
