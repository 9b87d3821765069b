"""The stable machine interface of the understanding step: JSON Lines in, JSON Lines out.

In:  {"id": ..., "from": "...", "subject": "...", "body": "..."}   (from and subject optional)
Out: {"id": ..., "is_invitation": bool, "intent": str, "purpose_clear": bool | null, "confidence": float}
     or {"id": ... | null, "error": "..."} for a line that cannot be read; the stream goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from kindly.understand.classify import Classifier, Text

Answer = dict[str, Any]


def parse_request(line: str) -> tuple[Any, Text] | Answer:
    """A request's (id, text), or the error answer for it."""
    if not line.strip():
        return {"id": None, "error": "empty line"}
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not JSON: {exc.msg} at column {exc.colno}"}
    except RecursionError:
        return {"id": None, "error": "not JSON: nested too deeply"}
    if not isinstance(data, dict):
        return {"id": None, "error": "not a JSON object"}
    ident = data.get("id")
    if ident is None or isinstance(ident, dict | list | bool):
        return {"id": None, "error": "missing id (a string or number)"}
    body = data.get("body")
    if not isinstance(body, str):
        return {"id": ident, "error": "missing body (a string)"}
    for key in ("from", "subject"):
        if data.get(key) is not None and not isinstance(data[key], str):
            return {"id": ident, "error": f"{key} must be a string"}
    return ident, Text.from_body(data.get("subject") or "", body)


def answer_batch(lines: Iterable[str], classifier: Classifier) -> Iterator[Answer]:
    """Answers for a batch of lines, in input order."""
    parsed = [parse_request(line) for line in lines]
    requests = [p for p in parsed if isinstance(p, tuple)]
    results = iter(classifier.understand([text for _, text in requests]))
    for item in parsed:
        if isinstance(item, dict):
            yield item
            continue
        result = next(results)
        yield {
            "id": item[0],
            "is_invitation": result.is_invitation,
            "intent": result.intent.value,
            "purpose_clear": result.purpose_clear,
            "confidence": result.confidence,
        }
