"""Parsing in worker processes gives exactly what parsing in this process gives, in the same order."""

from __future__ import annotations

import os
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from kindly import services
from kindly.errors import ParseError
from kindly.ingest.packing import unpack
from kindly.ingest.pool import CHUNK, parse_emails
from kindly.ingest.sources import Source, detect, read_source
from kindly.model import Message

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def comparable(items: list[Message | ParseError]) -> list[object]:
    """Items with errors as (source, reason) and the original bytes unpacked where a worker packed them."""
    return [
        (i.source, i.reason)
        if isinstance(i, ParseError)
        else replace(i, raw=i.raw or unpack(i.packed), packed=b"")
        for i in items
    ]


def raw_mail(n: int) -> bytes:
    if n % 7 == 3:
        return b"\x00\x01 no headers at all\n"
    return f"From: a{n}@example.org\nSubject: note {n}\nMessage-ID: <n{n}@x>\n\nbody {n}\n".encode()


def test_workers_return_the_same_items_in_the_same_order() -> None:
    raw: list[tuple[bytes, str] | ParseError] = [(raw_mail(n), f"item {n}") for n in range(3 * CHUNK + 5)]
    raw[10] = ParseError("item 10", "cannot read (Permission denied)")  # passes through in its place

    inline = list(parse_emails(raw, workers=1))
    parallel = list(parse_emails(raw, workers=2))

    assert comparable(parallel) == comparable(inline)
    assert len(parallel) == len(raw)
    # Workers pack the original bytes, so the storing process does not have to (and fewer bytes travel).
    assert isinstance(parallel[0], Message) and parallel[0].packed and not parallel[0].raw
    assert isinstance(parallel[10], ParseError) and parallel[10].reason.startswith("cannot read")
    assert isinstance(parallel[3], ParseError) and parallel[3].source == "item 3"


def test_an_mbox_read_with_workers_is_read_as_without(tmp_path: Path) -> None:
    source = detect(str(EXAMPLES / "inbox.mbox"))

    assert comparable(list(read_source(source, workers=2))) == comparable(list(read_source(source)))


def test_a_parse_error_survives_the_trip_between_processes() -> None:
    error = ParseError("inbox.mbox message #2 (byte 10)", "no e-mail headers")

    copy = pickle.loads(pickle.dumps(error))

    assert (copy.source, copy.reason, str(copy)) == (error.source, error.reason, str(error))


def test_a_big_mbox_is_triaged_the_same_with_parser_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kindly.profile import load_profile
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier

    profile, classifier = load_profile(EXAMPLES / "profile.toml"), Classifier()
    source = Source(str(EXAMPLES / "inbox.mbox"), "mbox", size=(EXAMPLES / "inbox.mbox").stat().st_size)

    def triage(database: Path) -> list[tuple[object, ...]]:
        service = services.Triage(open_database(database), profile, classifier)
        rows = [(r.id, r.thread_id, r.verdict.decision, r.verdict.reason_code) for r in service.run([source])]
        assert service.summary.read == 53
        return rows

    inline = triage(tmp_path / "inline.db")
    monkeypatch.setattr(services, "PARALLEL_PARSE_FROM", 0)
    assert services.parse_workers(source) == min(2, os.cpu_count() or 1)

    assert triage(tmp_path / "parallel.db") == inline
