"""Robustness corpus: real-world odd and malformed files from public test suites (../shared/corpus).

Every file either gives messages or raises ParseError naming the file; nothing crashes, nothing hangs, and
one bad file never loses the rest of a batch. The corpus is read in place and never copied into the repo.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kindly.errors import ParseError
from kindly.ingest.email import parse_email
from kindly.ingest.ics import calendar_messages
from kindly.ingest.sources import Item, detect, read_source
from kindly.model import Message

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TIME_LIMIT_S = 10


class Hang(BaseException):
    """Raised by the alarm; a BaseException so that no parser's `except Exception` can swallow it."""


@contextmanager
def time_limit(seconds: int, what: str) -> Iterator[None]:
    def on_alarm(signum: int, frame: object) -> None:
        raise Hang(f"{what} took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    except Hang as hang:
        pytest.fail(str(hang))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def corpus_files(kind: str, pattern: str) -> list[object]:
    folder = CORPUS / kind
    files = sorted(folder.glob(pattern)) if folder.is_dir() else []
    if not files:
        reason = f"robustness corpus not found at {folder}"
        return [pytest.param(None, id=f"no-{kind}-corpus", marks=pytest.mark.skip(reason=reason))]
    return [pytest.param(path, id=path.name) for path in files]


def parses_or_names_the_file(read: Callable[[bytes, str], object], path: Path) -> None:
    with time_limit(TIME_LIMIT_S, path.name):
        try:
            result = read(path.read_bytes(), str(path))
        except ParseError as error:
            assert error.source.startswith(str(path))
            assert error.reason
            return
    messages = result if isinstance(result, list) else [result]
    assert messages
    assert all(isinstance(message, Message) and message.source.startswith(str(path)) for message in messages)


@pytest.mark.parametrize("path", corpus_files("eml", "*.eml"))
def test_eml_parses_or_raises_parse_error(path: Path) -> None:
    parses_or_names_the_file(parse_email, path)


@pytest.mark.parametrize("path", corpus_files("ics", "*.ics"))
def test_ics_parses_or_raises_parse_error(path: Path) -> None:
    parses_or_names_the_file(calendar_messages, path)


def read_batch(paths: list[Path]) -> Iterator[tuple[Path, Item]]:
    """Each file detected and read in turn, as the CLI does; problems with one file are items too."""
    for path in paths:
        try:
            for item in read_source(detect(str(path))):
                yield path, item
        except ParseError as error:
            yield path, error


@pytest.mark.parametrize(
    ("kind", "pattern"), [pytest.param("eml", "*.eml", id="eml"), pytest.param("ics", "*.ics", id="ics")]
)
def test_whole_corpus_folder_as_one_batch(kind: str, pattern: str) -> None:
    folder = CORPUS / kind
    paths = sorted(folder.glob(pattern)) if folder.is_dir() else []
    if not paths:
        pytest.skip(f"robustness corpus not found at {folder}")

    with time_limit(TIME_LIMIT_S * 3, f"the {kind} corpus batch"):
        items = list(read_batch(paths))

    assert {path for path, _ in items} == set(paths)  # an item for every file, none lost
    for path, item in items:
        assert isinstance(item, Message | ParseError)
        assert item.source.startswith(str(path))
    assert any(isinstance(item, Message) for _, item in items)
