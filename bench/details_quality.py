"""How well the details of an invitation are read: field by field, on hand-labelled messages.

    .venv/bin/python bench/details_quality.py [FILE.jsonl] [--classified]

FILE defaults to tests/data/details_holdout.jsonl: 60 invitations written and labelled for the project by a
writer who never saw the extractor. Each field's value counts as right when it names the same thing as the
label (kindly.understand.details_eval); a value where the label is empty is a guess. Details are read with
the labelled intent, or with `--classified` with the intent the shipped model gives (as `kindly classify`
does). Prints the numbers; record them in docs/benchmarks.md with the date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kindly.understand.classify import Classifier, Text  # noqa: E402
from kindly.understand.details_eval import labelled_messages, score_details  # noqa: E402
from kindly.understand.extract import extract  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "file", nargs="?", type=Path, default=REPO / "tests" / "data" / "details_holdout.jsonl"
    )
    parser.add_argument("--classified", action="store_true", help="use the model's intent, not the label's")
    args = parser.parse_args()
    rows = labelled_messages(args.file.read_text(encoding="utf-8").splitlines())
    intents = [intent for _, intent, _ in rows]
    if args.classified:
        understood = Classifier().understand([Text.from_message(message) for message, _, _ in rows])
        intents = [u.intent for u in understood]
    pairs = [
        (extract(message, intent), expect) for (message, _, expect), intent in zip(rows, intents, strict=True)
    ]
    print(
        f"{args.file.name}: {len(rows)} messages, intent {'from the model' if args.classified else 'as labelled'}"
    )
    print(f"{'field':18} {'right':>6} {'guessed':>8} {'missed':>7}")
    for score in score_details(pairs):
        print(f"{score.field:18} {score.accuracy:6.2f} {score.guessed:8d} {score.missed:7d}")


if __name__ == "__main__":
    main()
