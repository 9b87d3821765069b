"""Hand-labelled goal-fit sets, as the benchmark and the tests read them.

Two shapes: the first set pairs tests/data/details_holdout.jsonl (the messages) with goal_fit_holdout.jsonl
(line by line, the labels); later sets carry their message in each row ({"from", "subject", "body", "intent",
"best_goal", "serves"}). Either way a case is a message, its labelled intent and its goal-fit label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kindly.decide.fit_eval import FitLabel
from kindly.errors import ParseError
from kindly.ingest.pasted import text_message
from kindly.model import Intent, Message
from kindly.understand.details_eval import labelled_messages


@dataclass(frozen=True, slots=True)
class FitCase:
    line: int
    message: Message
    intent: Intent
    label: FitLabel


def read_fit_set(path: Path) -> list[FitCase]:
    """A set whose rows carry their message and labels."""
    cases = []
    for line, row in _rows(path):
        try:
            message = text_message(f"line {line}", str(row["from"]), str(row["subject"]), str(row["body"]))
            cases.append(FitCase(line, message, Intent(str(row["intent"])), _label(row)))
        except (KeyError, ValueError, TypeError) as exc:
            raise ParseError(f"{path.name} line {line}", f"not a labelled goal-fit row ({exc})") from None
    return cases


def read_paired_fit_set(details: Path, labels: Path) -> list[FitCase]:
    """The first set: messages from a details file, their goal-fit labels line by line from another."""
    messages = labelled_messages(details.read_text(encoding="utf-8").splitlines())
    rows = _rows(labels)
    if len(rows) != len(messages):
        raise ParseError(labels.name, f"{len(rows)} labels for {len(messages)} messages")
    cases = []
    for (message, intent, _), (line, row) in zip(messages, rows, strict=True):
        if row.get("subject") != message.subject:
            raise ParseError(f"{labels.name} line {line}", f"labels another message ({row.get('subject')!r})")
        try:
            cases.append(FitCase(line, message, intent, _label(row)))
        except (KeyError, ValueError, TypeError) as exc:
            raise ParseError(f"{labels.name} line {line}", f"not a goal-fit label ({exc})") from None
    return cases


def _rows(path: Path) -> list[tuple[int, dict[str, object]]]:
    rows = []
    for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except ValueError as exc:
            raise ParseError(f"{path.name} line {line}", f"not JSON ({exc})") from None
        if not isinstance(row, dict):
            raise ParseError(f"{path.name} line {line}", "not a JSON object")
        rows.append((line, row))
    return rows


def _label(row: dict[str, object]) -> FitLabel:
    best = row["best_goal"]
    serves = row["serves"]
    if not isinstance(serves, list):
        raise TypeError("serves is not a list")
    return FitLabel(None if best is None else int(str(best)), tuple(int(str(goal)) for goal in serves))
