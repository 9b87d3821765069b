"""A reply that takes the day and hour the reader proposed ("Donderdag 10 december om 14.30 uur past mij goed",
"Le jeudi 10 décembre à 14 h 30 me convient"): nothing is asked of the reader, as kindly's model reads the same
reply in English ("Thursday at 2:30pm works well for me"). Read only in a reply, where the time is the one the
reader proposed; a mail that opens a thread with such words proposes the time itself.

Pure: the words of a language's table (understand/languages/), no model."""

from __future__ import annotations

import re

from kindly.model import Message
from kindly.understand.languages import Words

_QUESTION = re.compile(r"[?¿]")
_SENTENCE = re.compile(r"(?<=[.!])\s+|\n\s*\n")
# the subject a mail program gives a reply, in the languages kindly reads: "Re:", "AW:", "Antw:", "RIF:", "R:"
_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|antw|sv|rif|r|res|rép|rep)\s*:", re.IGNORECASE)


def a_reply(message: Message) -> bool:
    """Whether a mail answers one in a thread: its headers say so, or its subject."""
    return bool(message.in_reply_to or message.references or _REPLY_SUBJECT.match(message.subject))


def time_confirmed(words: Words, text: str) -> str:
    """The words with which a reply takes a day or an hour ("past mij goed"), said in a sentence that names one
    and says no "not" ("past mij helaas niet"), in a mail that asks nothing (no question); "" otherwise."""
    if _QUESTION.search(text):
        return ""  # "Donnerstag passt mir gut. Können wir auch über die Kosten sprechen?" asks more
    for sentence in _SENTENCE.split(text):
        found = words.confirms.search(sentence)
        if found is None or words.suits_not.search(sentence):
            continue
        if words.an_hour.search(sentence) or any(day.search(sentence) for day, _ in words.weekdays):
            return found.group(0)
    return ""
