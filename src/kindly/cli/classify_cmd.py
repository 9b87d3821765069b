"""`kindly classify`: JSON Lines on stdin, one answer per line on stdout, in order. No profile needed."""

from __future__ import annotations

import json
import os
import select
import sys
from collections.abc import Iterator
from typing import IO

from kindly.cli.app import app, fail
from kindly.errors import KindlyError

MAX_BATCH = 256


def line_batches(stream: IO[bytes], max_lines: int = MAX_BATCH) -> Iterator[list[str]]:
    """Batches of lines; a batch is handed on as soon as no more input is waiting, so an interactive
    caller gets each answer at once while a pipe of thousands is classified in efficient batches."""
    try:
        fd = stream.fileno()
        select.select([fd], [], [], 0)
    except (OSError, ValueError, AttributeError):
        fd = -1
    if fd < 0:
        batch: list[str] = []
        for raw in stream:
            batch.append(raw.decode("utf-8", "replace"))
            if len(batch) >= max_lines:
                yield batch
                batch = []
        if batch:
            yield batch
        return
    pending = b""
    batch = []
    while True:
        ready = select.select([fd], [], [], 0)[0]
        if not ready and batch:
            yield batch
            batch = []
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            batch.append(raw.decode("utf-8", "replace"))
            if len(batch) >= max_lines:
                yield batch
                batch = []
    if pending.strip():
        batch.append(pending.decode("utf-8", "replace"))
    if batch:
        yield batch


@app.command()
def classify() -> None:
    """Classify JSON Lines from stdin: {"id", "from", "subject", "body"} -> {"id", "is_invitation",
    "intent", "purpose_clear", "confidence"}. A malformed line is answered {"id", "error"}."""
    from kindly.understand.classify import Classifier
    from kindly.understand.jsonl import answer_batch

    try:
        classifier = Classifier()
    except KindlyError as error:
        raise fail(error) from None
    out = sys.stdout
    for batch in line_batches(sys.stdin.buffer):
        for answer in answer_batch(batch, classifier):
            out.write(json.dumps(answer, ensure_ascii=False) + "\n")
        out.flush()
