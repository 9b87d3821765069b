"""Score extracted details against hand-labelled ones, field by field.

A text field counts as right when both are empty, or when the two name the same thing: equal after folding
case, punctuation and a leading "the", or one inside the other with at least half its length ("next Tuesday"
for "next Tuesday at 10am"). An extracted value where the label is empty is a guess, and counts as wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kindly.errors import ParseError
from kindly.ingest.pasted import text_message
from kindly.model import Intent, Message
from kindly.understand.extract import Details

TEXT_FIELDS = (
    "sender_name",
    "organisation",
    "role",
    "format",
    "when",
    "duration",
    "place",
    "service_category",
    "event_name",
    "cost",
)
FIELDS = (*TEXT_FIELDS, "attendees")
_PUNCTUATION = re.compile(r"[^\w$€£]+")


@dataclass(frozen=True, slots=True)
class FieldScore:
    field: str
    right: int
    total: int
    guessed: int  # extracted where the label is empty
    missed: int  # empty where the label has a value

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def fold(text: str) -> str:
    folded = " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())
    return folded.removeprefix("the ")


def same(extracted: str, label: str) -> bool:
    a, b = fold(extracted), fold(label)
    if a == b:
        return True
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short in long and len(short) * 2 >= len(long)


def same_people(extracted: Iterable[str], label: Iterable[str]) -> bool:
    return {fold(name) for name in extracted} == {fold(name) for name in label}


def score_details(pairs: Sequence[tuple[Details, Mapping[str, object]]]) -> list[FieldScore]:
    """Per-field scores over (extracted, labelled) pairs; a label missing a field is not counted for it."""
    scores = []
    for name in FIELDS:
        right = total = guessed = missed = 0
        for details, label in pairs:
            if name not in label:
                continue
            total += 1
            expected = label[name]
            value = getattr(details, name)
            if name == "attendees":
                people = [str(p) for p in expected] if isinstance(expected, list) else []
                ok = same_people(value, people)
                guessed += bool(value) and not people
                missed += not value and bool(people)
            else:
                ok = same(str(value), str(expected or ""))
                guessed += bool(value) and not expected
                missed += not value and bool(expected)
            right += ok
        scores.append(FieldScore(name, right, total, guessed, missed))
    return scores


def labelled_messages(lines: Iterable[str]) -> list[tuple[Message, Intent, dict[str, object]]]:
    """Rows of a details file ({"from", "subject", "body", "expect": {...fields, "intent"}}) as messages."""
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            expect = dict(row["expect"])
            intent = Intent(expect["intent"])
            sender, subject, body = (
                str(row.get("from") or ""),
                str(row.get("subject") or ""),
                str(row["body"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ParseError(f"line {number}", f"not a labelled details row ({exc})") from None
        message = text_message(f"line {number}", sender, subject, body)
        rows.append((message, intent, expect))
    return rows
