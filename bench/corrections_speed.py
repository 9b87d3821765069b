"""How long the user's corrections add to each message `kindly classify` answers, by how many there are.

    .venv/bin/python bench/corrections_speed.py [--messages 2000]

Corrections and messages are drawn from the project's own training examples (data/intents); each message is
compared with every correction (kindly.understand.memory.CorrectionMemory.match), as classify and triage do.
Prints milliseconds per message; record them in docs/benchmarks.md with the machine and date.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kindly.model import Intent  # noqa: E402
from kindly.understand.classify import load_shipped_model  # noqa: E402
from kindly.understand.memory import Correction, CorrectionMemory  # noqa: E402
from kindly.understand.training_data import read_examples  # noqa: E402

SIZES = (1, 20, 200, 1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    examples = read_examples(REPO / "data" / "intents")
    rng = random.Random(7)
    rng.shuffle(examples)
    messages = examples[max(SIZES) : max(SIZES) + args.messages]
    model = load_shipped_model()
    print(
        f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}"
    )
    for size in SIZES:
        corrections = [
            Correction(f"corrected{n}@example.com", e.subject, e.body, Intent(e.intent))
            for n, e in enumerate(examples[:size])
        ]
        start = time.perf_counter()
        memory = CorrectionMemory(model, corrections)
        built = time.perf_counter() - start
        start = time.perf_counter()
        applied = sum(memory.match(e.sender, e.subject, e.body) is not None for e in messages)
        per_message = (time.perf_counter() - start) / len(messages) * 1000
        print(
            f"{size:5d} corrections: {per_message:.2f} ms per message "
            f"(index built in {built * 1000:.0f} ms; {applied} of {len(messages)} messages matched one)"
        )


if __name__ == "__main__":
    main()
