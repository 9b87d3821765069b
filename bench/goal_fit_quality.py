"""How well goal fit names the goal an invitation serves, on hand-labelled answers.

    .venv/bin/python bench/goal_fit_quality.py [--classified] [--list] [--file FILE]

The 60 invitations of tests/data/details_holdout.jsonl are weighed against examples/profile.toml and
compared with tests/data/goal_fit_holdout.jsonl, where a helper who never saw the scoring code named, as
Dana's assistant, the goal each serves best (or none) and every goal it serves. A goal counts as served
when its fit reaches the policy's "related" line (RELATED_AT). Intent as labelled, or with `--classified`
as the shipped model gives it. `--file FILE` reads a set whose rows carry their message as well
({"from", "subject", "body", "intent", "best_goal", "serves"}), such as tests/data/goal_fit_holdout_2.jsonl.
Prints the numbers; record them in docs/benchmarks.md with the date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kindly.decide.assess import assess  # noqa: E402
from kindly.decide.fit_eval import FitLabel, score_fits, served  # noqa: E402
from kindly.ingest.pasted import text_message  # noqa: E402
from kindly.model import Intent, Message  # noqa: E402
from kindly.profile import load_profile  # noqa: E402
from kindly.understand.classify import Classifier, Text  # noqa: E402
from kindly.understand.details_eval import labelled_messages  # noqa: E402

DATA = REPO / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classified", action="store_true", help="use the model's intent, not the label's")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    parser.add_argument("--file", type=Path, help="a set whose rows carry their message and labels")
    args = parser.parse_args()
    profile = load_profile(REPO / "examples" / "profile.toml")
    if args.file:
        labels = [
            json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        rows: list[tuple[Message, Intent, dict[str, object]]] = [
            (text_message(f"line {n}", r["from"], r["subject"], r["body"]), Intent(r["intent"]), {})
            for n, r in enumerate(labels, start=1)
        ]
        for n, label in enumerate(labels, start=1):
            label.setdefault("line", n)
    else:
        rows = labelled_messages((DATA / "details_holdout.jsonl").read_text(encoding="utf-8").splitlines())
        labels = [
            json.loads(line)
            for line in (DATA / "goal_fit_holdout.jsonl").read_text(encoding="utf-8").splitlines()
        ]
    intents = [intent for _, intent, _ in rows]
    if args.classified:
        intents = [u.intent for u in Classifier().understand([Text.from_message(m) for m, _, _ in rows])]
    pairs = []
    for (message, _, _), intent, label in zip(rows, intents, labels, strict=True):
        assessment = assess(message, intent, profile)
        fit_label = FitLabel(label["best_goal"], tuple(label["serves"]))
        pairs.append((assessment, fit_label))
        best, _ = served(assessment)
        if args.list and best != fit_label.best_goal:
            print(
                f"line {label['line']}: best {best}, labelled {fit_label.best_goal} - {label['subject'][:60]}"
            )
    score = score_fits(pairs)
    print(f"{len(pairs)} invitations, intent {'from the model' if args.classified else 'as labelled'}")
    print(f"best goal right: {score.best_accuracy:.2f} ({score.best_right}/{score.total})")
    print(f"goals served: precision {score.serves_precision:.2f}, recall {score.serves_recall:.2f}")


if __name__ == "__main__":
    main()
