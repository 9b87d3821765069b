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
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kindly.decide.assess import assess  # noqa: E402
from kindly.decide.fit_eval import score_fits, served  # noqa: E402
from kindly.fit_sets import read_fit_set, read_paired_fit_set  # noqa: E402
from kindly.profile import load_profile  # noqa: E402
from kindly.understand.classify import Classifier, Text  # noqa: E402

DATA = REPO / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classified", action="store_true", help="use the model's intent, not the label's")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    parser.add_argument("--file", type=Path, help="a set whose rows carry their message and labels")
    args = parser.parse_args()
    profile = load_profile(REPO / "examples" / "profile.toml")
    if args.file:
        cases = read_fit_set(args.file)
    else:
        cases = read_paired_fit_set(DATA / "details_holdout.jsonl", DATA / "goal_fit_holdout.jsonl")
    intents = [case.intent for case in cases]
    if args.classified:
        intents = [u.intent for u in Classifier().understand([Text.from_message(c.message) for c in cases])]
    pairs = []
    for case, intent in zip(cases, intents, strict=True):
        assessment = assess(case.message, intent, profile)
        pairs.append((assessment, case.label))
        best, _ = served(assessment)
        if args.list and best != case.label.best_goal:
            print(
                f"line {case.line}: best {best}, labelled {case.label.best_goal} - {case.message.subject[:60]}"
            )
    score = score_fits(pairs)
    print(f"{len(pairs)} invitations, intent {'from the model' if args.classified else 'as labelled'}")
    print(f"best goal right: {score.best_accuracy:.2f} ({score.best_right}/{score.total})")
    print(f"goals served: precision {score.serves_precision:.2f}, recall {score.serves_recall:.2f}")


if __name__ == "__main__":
    main()
