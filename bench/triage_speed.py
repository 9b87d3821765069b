"""Benchmark `kindly triage` end to end on a realistic mbox: parse, classify, decide, draft and store.

    .venv/bin/python bench/triage_speed.py [--messages 5000] [--invitation-share 0.1] [--profile FILE] [--table]

The mbox is built as bench/classify_speed.py builds its mailbox (the project's own training examples, about
one message in ten an invitation, some with quoted history and a signature), each with a Message-ID and a
date in the last four weeks. `kindly triage` then runs twice in a fresh app folder (a temporary folder, never
the repo) against the profile (examples/profile.toml unless given): the first run decides and drafts every
message and stores it in SQLite; the second finds every message already stored. Reports wall time, messages
and invitations per second, the CPU time and the peak RSS of the triage process. `--table` runs it as a user at the
terminal does (no --json: the table, or for a long run its summary, rendered to stdout), `--table --all` with
every row. Prints the numbers; record them in
docs/benchmarks.md with the machine and date.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kindly.understand.training_data import read_examples  # noqa: E402

QUOTE = "\n\n-----Original Message-----\nFrom: Someone\nSent: Monday\nTo: You\nSubject: earlier\n\n"
SIGNATURE = "\n\nBest regards,\nJordan Miles\nSenior Analyst | Northwind Traders\n+1 555 0100"


def build_mbox(count: int, share: float, seed: int = 7) -> tuple[bytes, int]:
    """An mbox of `count` messages and how many of them were written as invitations."""
    rng = random.Random(seed)
    examples = read_examples(REPO / "data" / "intents")
    invitations = [e for e in examples if e.intent != "none"]
    others = [e for e in examples if e.intent == "none"]
    now = datetime.now(UTC)
    chunks = []
    invited = 0
    for n in range(count):
        inviting = rng.random() < share
        invited += inviting
        example = rng.choice(invitations if inviting else others)
        body = example.body
        if rng.random() < 0.3:
            body += SIGNATURE
        if rng.random() < 0.3:
            body += QUOTE + rng.choice(examples).body
        mail = EmailMessage()
        mail["From"] = example.sender if "@" in example.sender else f"Sender {n} <sender{n}@example.org>"
        mail["To"] = "Dana Reyes <dana@example.com>"
        mail["Subject"] = example.subject or "(no subject)"
        mail["Date"] = format_datetime(now - timedelta(minutes=rng.randrange(28 * 24 * 60)))
        mail["Message-ID"] = f"<bench-{seed}-{n}@example.org>"
        mail.set_content(body)
        raw = mail.as_bytes().replace(b"\nFrom ", b"\n>From ")
        chunks.append(b"From bench@example.org Mon Nov 30 09:00:00 2026\n" + raw + b"\n")
    return b"".join(chunks), invited


def triage(
    mbox: Path, home: Path, profile: str, shown: tuple[str, ...] = ("--json",)
) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user and system), peak RSS (KB) of the triage process, and its summary line."""
    env = dict(os.environ, KINDLY_HOME=str(home), HF_HUB_OFFLINE="1")
    command = [
        str(Path(sys.executable).parent / "kindly"),
        "triage",
        *shown,
        "--profile",
        profile,
        str(mbox),
    ]
    script = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
        "sys.stderr.write(done.stderr)\n"
        "used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(used.ru_utime + used.ru_stime, used.ru_maxrss)\n"
        "sys.exit(done.returncode)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script, *command], env=env, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"triage failed ({done.returncode}):\n{done.stderr[-2000:]}")
    summary = next((line for line in done.stderr.splitlines() if line.startswith("read ")), "")
    cpu, rss = done.stdout.split()[-2:]
    return seconds, float(cpu), int(rss), summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=5_000)
    parser.add_argument("--invitation-share", type=float, default=0.1)
    parser.add_argument("--profile", default=str(REPO / "examples" / "profile.toml"))
    parser.add_argument("--table", action="store_true", help="print what the terminal shows, not --json")
    parser.add_argument("--all", action="store_true", help="with --table: every row (kindly triage --all)")
    args = parser.parse_args()
    shown = ("--all",) if args.table and args.all else () if args.table else ("--json",)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as folder:
        mbox = Path(folder) / "inbox.mbox"
        data, invited = build_mbox(args.messages, args.invitation_share)
        mbox.write_bytes(data)
        print(f"mbox: {args.messages} messages ({invited} written as invitations), {len(data) / 1e6:.1f} MB")
        home = Path(folder) / "home"
        for run in ("first run (decide, draft, store)", "second run (all duplicates)"):
            seconds, cpu, rss_kb, summary = triage(mbox, home, args.profile, shown)
            print(
                f"{run}: {seconds:.1f} s (CPU {cpu:.1f} s), {args.messages / seconds:,.0f} messages/s, "
                f"peak RSS {rss_kb / 1024:.0f} MB"
            )
            print(f"  {summary}")
            if run.startswith("first"):
                print(f"  {invited / seconds:,.0f} written invitations/s")
    print(f"self: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
