"""Benchmark ingestion: parse an mbox and store every message, no classification. Throughput and peak RSS.

    .venv/bin/python bench/ingest_speed.py [--sizes 10000 100000] [--batch 1000] [--workers 2]
                                           [--attachments 0.10] [--keep]

For each size an mbox is generated into a temporary folder (never the repo): plain mail of varied length,
replies in threads, HTML-only and multipart/alternative mail, multipart/mixed mail with attachments, mail
without a Message-ID, repeated messages, RFC 2047 headers, mboxrd-escaped "From " lines, and broken
items (no headers, binary garbage, truncated MIME). A fresh child process then streams the mbox through
the project's own mbox and e-mail parsers (kindly.ingest.sources.read_source, with `--workers` parser
processes as `kindly triage` uses for a big mbox) and stores each batch with Repository.store_messages
into a fresh SQLite file, one transaction per batch, without classification. It reports items (messages
and broken ones) per second, MB per second, its own peak RSS, and the peak of the summed RSS of all its
processes (itself and the parser processes, sampled every 0.1 s). Prints the numbers; record them in docs/benchmarks.md with the machine and date.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

TOPICS = (
    "coffee meeting quarterly studio invoice panel design client schedule proposal introduce bookkeeping "
    "community mentor budget review thanks next week availability conference tax project timeline draft "
    "notes founder network event speaker workshop follow up question"
)
WORDS = TOPICS.split(" ")
NAMES = ["Ana Ruiz", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eun-ji Kim", "Farah Haddad", "Gus Lind"]
HTML_TEMPLATE = (
    "<html><head><style>p {{ margin: 0 }}</style></head><body><div>{greeting}</div>"
    "<p>{body}</p><table><tr><td>{extra}</td></tr></table>"
    "<blockquote>{quote}</blockquote><p>--<br>{name}<br><a href='https://example.com'>site</a></p>"
    "</body></html>"
)


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _paragraphs(rng: random.Random, size: int) -> str:
    out: list[str] = []
    total = 0
    while total < size:
        line = _words(rng, rng.randint(8, 18)).capitalize() + "."
        if rng.random() < 0.02:
            line = "From the desk of our team: " + line  # mboxrd escapes it as >From
        out.append(line)
        total += len(line) + 1
        if rng.random() < 0.2:
            out.append("")
    return "\n".join(out)


def _headers(rng: random.Random, n: int, subject: str, parents: list[str]) -> tuple[list[str], str]:
    name = rng.choice(NAMES)
    address = name.split()[0].lower().replace("é", "e") + f"{n % 97}@example.org"
    display = f"=?utf-8?q?{name.replace(' ', '_').replace('é', '=C3=A9')}?=" if "é" in name else name
    message_id = f"<m{n}.{rng.randrange(10**9)}@bench.example>"
    lines = [
        f"From: {display} <{address}>",
        "To: Dana Reyes <dana@example.com>",
        f"Subject: {subject}",
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(1_700_000_000 + n * 37))}",
    ]
    if rng.random() < 0.97:
        lines.append(f"Message-ID: {message_id}")
    if parents and rng.random() < 0.3:
        parent = rng.choice(parents)
        lines += [f"In-Reply-To: {parent}", f"References: {parent}"]
    return lines, message_id


def _message(rng: random.Random, n: int, parents: list[str], attachments: float) -> tuple[bytes, str]:
    kind = rng.random()
    subject = _words(rng, rng.randint(2, 7)).capitalize()
    headers, message_id = _headers(rng, n, subject, parents)
    boundary = f"b{n}x"
    if kind < 0.03:  # broken: no headers, binary garbage or truncated MIME
        choice = rng.randrange(3)
        if choice == 0:
            return b"just some words without any header\n" * rng.randint(1, 5), ""
        if choice == 1:
            return b"X-Junk: \xff\xfe\x00\x01" + bytes(rng.randrange(256) for _ in range(200)) + b"\n", ""
        body = "\n".join(
            [*headers, "MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}"', ""]
        )
        return (body + f"\n--{boundary}\nContent-Type: text/plain\n\ncut off her").encode(), message_id
    if kind < 0.18:  # HTML-only
        html = HTML_TEMPLATE.format(
            greeting="Hi Dana,",
            body=_paragraphs(rng, rng.randint(300, 4000)).replace("\n", "<br>"),
            extra=_words(rng, 20),
            quote=_words(rng, 40),
            name=rng.choice(NAMES),
        )
        lines = [*headers, "MIME-Version: 1.0", 'Content-Type: text/html; charset="utf-8"', "", html]
    elif kind < 0.30:  # multipart/alternative
        text = _paragraphs(rng, rng.randint(200, 3000))
        html = HTML_TEMPLATE.format(
            greeting="Hello", body=text.replace("\n", "<br>"), extra="", quote="", name="Ben"
        )
        lines = [
            *headers,
            "MIME-Version: 1.0",
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
            "",
            f"--{boundary}",
            "Content-Type: text/plain; charset=utf-8",
            "",
            text,
            f"--{boundary}",
            "Content-Type: text/html; charset=utf-8",
            "",
            html,
            f"--{boundary}--",
        ]
    elif kind < 0.30 + attachments:  # multipart/mixed with one or two attachments
        text = _paragraphs(rng, rng.randint(200, 1500))
        lines = [
            *headers,
            "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "",
            f"--{boundary}",
            "Content-Type: text/plain; charset=utf-8",
            "",
            text,
        ]
        for number in range(rng.randint(1, 2)):
            blob = base64.encodebytes(rng.randbytes(rng.choice((2_000, 20_000, 120_000)))).decode()
            lines += [
                f"--{boundary}",
                f'Content-Type: application/pdf; name="file{number}.pdf"',
                f'Content-Disposition: attachment; filename="file{number}.pdf"',
                "Content-Transfer-Encoding: base64",
                "",
                blob,
            ]
        lines.append(f"--{boundary}--")
    else:  # plain text, some quoted-printable, some with quoted history and a signature
        text = _paragraphs(rng, rng.choice((200, 600, 1500, 6000)))
        if rng.random() < 0.3:
            text += "\n\nOn Monday, Dana wrote:\n> " + _words(rng, 30) + "\n> " + _words(rng, 20)
        if rng.random() < 0.3:
            text += "\n\n--\n" + rng.choice(NAMES) + "\nExample Ltd | +1 555 0100"
        lines = [*headers, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", text]
    return ("\n".join(lines) + "\n").encode(), message_id


def generate_mbox(path: Path, count: int, seed: int = 3, attachments: float = 0.10) -> int:
    """Write `count` messages (about 1% of them repeated, `attachments` of them with attachments) as an
    mboxrd file; returns its size in bytes."""
    rng = random.Random(seed)
    parents: list[str] = []
    previous = b""
    with path.open("wb") as out:
        for n in range(count):
            if previous and rng.random() < 0.01:
                data = previous  # the same message delivered twice
            else:
                data, message_id = _message(rng, n, parents, attachments)
                if message_id:
                    parents.append(message_id)
                    if len(parents) > 200:
                        del parents[:100]
            previous = data
            escaped = b"".join(
                b">" + line if line.lstrip(b">").startswith(b"From ") else line
                for line in data.splitlines(keepends=True)
            )
            out.write(b"From bench@example.org Sat Jan  3 01:05:34 2026\n" + escaped + b"\n")
    return path.stat().st_size


class TreeRss:
    """Samples the summed RSS of this process and all its descendants (parser processes) from /proc."""

    def __init__(self, every: float = 0.1) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self, every: float) -> None:
        while not self._stop.wait(every):
            self.peak_kb = max(self.peak_kb, self.sample_kb())

    @staticmethod
    def sample_kb() -> int:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
                pid = int(status.parent.name)
                parents[pid] = int(fields["PPid"])
                rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
            except (OSError, KeyError, ValueError):
                continue
        tree = {os.getpid()}
        grew = True
        while grew:
            more = {pid for pid, parent in parents.items() if parent in tree} - tree
            tree |= more
            grew = bool(more)
        return sum(rss.get(pid, 0) for pid in tree)


def ingest(mbox: Path, database: Path, batch_size: int, workers: int) -> dict[str, float]:
    """Parse and store every message of `mbox`; runs in a fresh child process so RSS is its own."""
    from kindly.errors import ParseError
    from kindly.ingest.sources import Source, read_source
    from kindly.model import Message
    from kindly.store.db import open_database
    from kindly.store.repository import Repository

    sessions = open_database(database)
    counts = {"read": 0, "stored": 0, "duplicates": 0, "errors": 0}
    started = time.perf_counter()
    batch: list[Message] = []

    def store() -> None:
        with sessions.begin() as session:
            stored = Repository(session).store_messages(batch)
        new = sum(1 for s in stored if not s.duplicate)
        counts["stored"] += new
        counts["duplicates"] += len(stored) - new
        batch.clear()

    with TreeRss() as tree:
        for item in read_source(Source(str(mbox), "mbox"), workers=workers):
            if isinstance(item, ParseError):
                counts["errors"] += 1
                continue
            counts["read"] += 1
            batch.append(item)
            if len(batch) >= batch_size:
                store()
        if batch:
            store()
    elapsed = time.perf_counter() - started
    return {
        **counts,
        "seconds": elapsed,
        "per_second": (counts["read"] + counts["errors"]) / elapsed,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "all_rss_mb": max(tree.peak_kb, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024,
        "database_mb": database.stat().st_size / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--batch", type=int, default=1000, help="messages per transaction")
    parser.add_argument(
        "--workers", type=int, default=min(2, os.cpu_count() or 1), help="parser processes (1: parse inline)"
    )
    parser.add_argument("--child", nargs=2, metavar=("MBOX", "DB"), help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="keep the generated files (path printed)")
    parser.add_argument(
        "--attachments", type=float, default=0.10, help="share of messages with attachments (0-0.7)"
    )
    args = parser.parse_args()
    if args.child:
        print(json.dumps(ingest(Path(args.child[0]), Path(args.child[1]), args.batch, args.workers)))
        return

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{args.workers} parser process(es), {args.batch} messages per transaction, "
        f"{args.attachments:.0%} of messages with attachments"
    )
    print(
        f"{'messages':>9} {'mbox MB':>8} {'msgs/s':>7} {'MB/s':>5} {'seconds':>8} {'RSS MB':>7} "
        f"{'all processes RSS MB':>20} {'stored':>7} {'dupes':>6} {'broken':>7}"
    )
    folder = Path(tempfile.mkdtemp(prefix="kindly-bench-"))
    try:
        for size in args.sizes:
            mbox = folder / f"bench-{size}.mbox"
            mbox_bytes = generate_mbox(mbox, size, attachments=args.attachments)
            database = folder / f"bench-{size}.db"
            child = subprocess.run(
                [
                    *(sys.executable, __file__, "--batch", str(args.batch), "--workers", str(args.workers)),
                    *("--child", str(mbox), str(database)),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(child.stdout.strip().splitlines()[-1])
            print(
                f"{size:>9} {mbox_bytes / 2**20:>8.0f} {r['per_second']:>7.0f} "
                f"{mbox_bytes / 2**20 / r['seconds']:>5.1f} {r['seconds']:>8.1f} {r['peak_rss_mb']:>7.0f} "
                f"{r['all_rss_mb']:>20.0f} {r['stored']:>7.0f} {r['duplicates']:>6.0f} {r['errors']:>7.0f}",
                flush=True,
            )
            if not args.keep:
                mbox.unlink()
                for extra in folder.glob(f"bench-{size}.db*"):
                    extra.unlink()
    finally:
        if args.keep:
            print(f"files kept in {folder}")
        else:
            for leftover in folder.iterdir():
                leftover.unlink()
            folder.rmdir()


if __name__ == "__main__":
    main()
