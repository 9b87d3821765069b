"""Parse e-mails on more than one core: raw bytes go to worker processes, Messages come back in order.

Parsing (MIME, charsets, HTML) costs more than everything else kindly does to a message before it is
classified, so a big mbox or Maildir is parsed by `workers` processes while this one splits the input,
stores and classifies. The workers also pack each message's original bytes (ingest.packing), the
largest cost of storing. Only a few chunks are in flight at any time, so memory stays flat however big the
input is. With one worker (the default for small inputs) everything happens in this process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from itertools import islice

from kindly.errors import ParseError
from kindly.ingest.email import parse_email
from kindly.ingest.packing import pack
from kindly.model import Message

Item = Message | ParseError
CHUNK = 64  # messages per task: enough to pay for the trip, few enough to keep memory flat
IN_FLIGHT = 6  # chunks queued per worker: work to do while this process stores a batch


def parse_one(data: bytes, name: str) -> Item:
    try:
        return parse_email(data, name)
    except ParseError as error:
        return error


Raw = tuple[bytes, str] | ParseError  # an e-mail's bytes and source name, or why it could not be read


def _parse(item: Raw) -> Item:
    return item if isinstance(item, ParseError) else parse_one(*item)


def _parse_packed(item: Raw) -> Item:
    """_parse, with the original bytes packed here rather than in the process that stores them."""
    parsed = _parse(item)
    if isinstance(parsed, ParseError) or not parsed.raw:
        return parsed
    return replace(parsed, raw=b"", packed=pack(parsed.raw))


def _parse_chunk(chunk: list[Raw]) -> list[Item]:
    return [_parse_packed(item) for item in chunk]


def parse_emails(raw: Iterable[Raw], workers: int = 1) -> Iterator[Item]:
    """parse_email over (bytes, source name) pairs, in their order: a Message, or a ParseError for each
    one that cannot be read (a ParseError given in place of a pair passes through)."""
    if workers <= 1:
        for item in raw:
            yield _parse(item)
        return
    # forkserver: workers start from a clean process, safe whatever threads this one runs.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    items = iter(raw)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        pending: deque[Future[list[Item]]] = deque()
        while chunk := list(islice(items, CHUNK)):
            pending.append(pool.submit(_parse_chunk, chunk))
            if len(pending) > IN_FLIGHT * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
