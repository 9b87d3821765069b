"""Benchmark `kindly classify` on a realistic mailbox: throughput, first answer, warm latency, peak RSS.

    .venv/bin/python bench/classify_speed.py [--messages 50000] [--invitation-share 0.1] [--profile FILE]

Every invitation is answered with its details and, against the profile (examples/profile.toml unless
`--profile none`), its goal fit. The classifier runs in an empty app folder, so no corrections apply.

The mailbox is built from the project's own training examples (data/intents), mixed so that about one
message in ten is an invitation, with quoted history and signatures appended to some, as in a real inbox.
Prints the numbers; record them in docs/benchmarks.md with the machine and date.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kindly.understand.training_data import read_examples  # noqa: E402

QUOTE = "\n\n-----Original Message-----\nFrom: Someone\nSent: Monday\nTo: You\nSubject: earlier\n\n"
SIGNATURE = "\n\nBest regards,\nJordan Miles\nSenior Analyst | Northwind Traders\n+1 555 0100"


def build_mailbox(count: int, share: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    examples = read_examples(REPO / "data" / "intents")
    invitations = [e for e in examples if e.intent != "none"]
    others = [e for e in examples if e.intent == "none"]
    lines = []
    for n in range(count):
        example = rng.choice(invitations if rng.random() < share else others)
        body = example.body
        if rng.random() < 0.3:
            body += SIGNATURE
        if rng.random() < 0.3:
            body += QUOTE + rng.choice(examples).body
        lines.append(json.dumps({"id": n, "from": example.sender, "subject": example.subject, "body": body}))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--invitation-share", type=float, default=0.1)
    parser.add_argument("--profile", default=str(REPO / "examples" / "profile.toml"), help="or none")
    args = parser.parse_args()
    lines = build_mailbox(args.messages, args.invitation_share)
    payload = ("\n".join(lines) + "\n").encode()
    profile = ["--no-profile"] if args.profile == "none" else ["--profile", args.profile]
    kindly = [sys.executable, "-c", "from kindly.cli import main; main()", "classify", *profile]
    home = tempfile.TemporaryDirectory(prefix="kindly-bench-")
    os.environ["KINDLY_HOME"] = home.name  # children inherit it: no profile or database of the user's

    # Cold start: time from launch to the first answer for a single message.
    started = time.perf_counter()
    first = subprocess.run(kindly, input=(lines[0] + "\n").encode(), capture_output=True, check=True)
    cold = time.perf_counter() - started
    assert json.loads(first.stdout)["id"] == 0

    # Throughput over the whole mailbox, first answer timed as it streams out.
    started = time.perf_counter()
    process = subprocess.Popen(kindly, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdin and process.stdout
    import threading

    writer = threading.Thread(target=lambda: (process.stdin.write(payload), process.stdin.close()))  # type: ignore[union-attr]
    writer.start()
    first_answer = None
    answers = 0
    for _ in process.stdout:
        if first_answer is None:
            first_answer = time.perf_counter() - started
        answers += 1
    process.wait()
    writer.join()
    total = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert answers == len(lines), (answers, len(lines))

    # Warm latency: one message at a time through an already running classifier.
    interactive = subprocess.Popen(kindly, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert interactive.stdin and interactive.stdout
    timings = []
    for line in lines[:200]:
        t0 = time.perf_counter()
        interactive.stdin.write(line + "\n")
        interactive.stdin.flush()
        interactive.stdout.readline()
        timings.append(time.perf_counter() - t0)
    interactive.stdin.close()
    interactive.wait()
    timings.sort()

    print(
        f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}"
    )
    print(f"messages: {len(lines)} (invitation share {args.invitation_share}), profile: {args.profile}")
    print(f"throughput: {len(lines) / total:,.0f} messages/s ({total:.1f} s)")
    print(f"first answer in a {len(lines)}-message stream: {first_answer:.2f} s after start")
    print(f"cold start, one message: {cold:.2f} s")
    print(
        f"warm latency per message: median {timings[len(timings) // 2] * 1000:.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)] * 1000:.1f} ms"
    )
    print(f"peak RSS (largest child): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
