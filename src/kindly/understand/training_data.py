"""Labelled examples written for the project (data/intents/*.jsonl), read and checked."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kindly.errors import ParseError
from kindly.model import Intent

_INTENTS = {intent.value for intent in Intent}


@dataclass(frozen=True, slots=True)
class Example:
    subject: str
    body: str
    intent: str
    purpose_clear: bool | None
    sender: str = ""


def read_examples(folder: Path) -> list[Example]:
    examples: list[Example] = []
    for file in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ParseError(where, f"not JSON ({exc.msg})") from None
            intent = row.get("intent")
            if intent not in _INTENTS:
                raise ParseError(where, f"unknown intent {intent!r}")
            clear = row.get("purpose_clear")
            if clear not in (True, False, None):
                raise ParseError(where, "purpose_clear must be true, false or null")
            examples.append(
                Example(
                    subject=str(row.get("subject") or ""),
                    body=str(row.get("body") or ""),
                    intent=intent,
                    purpose_clear=None if intent == "none" else clear,
                    sender=str(row.get("from") or ""),
                )
            )
    if not examples:
        raise ParseError(str(folder), "no training examples (*.jsonl) found")
    return examples


def data_fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(folder.glob("*.jsonl")):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def features_fingerprint() -> str:
    """What the model's input depends on besides the data: the cue patterns, how a message becomes text
    (its own words split from history and signature) and how text becomes terms. A model trained before
    these changed reads its input differently from how it was trained."""
    from kindly.ingest import text
    from kindly.understand import cues, features, linear

    digest = hashlib.sha256()
    for module in (cues, features, text, linear):
        digest.update(Path(str(module.__file__)).read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()
