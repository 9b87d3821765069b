"""Goal fit names the goal a thoughtful assistant would, on invitations labelled by someone who never saw the
scoring code (tests/data/goal_fit_holdout.jsonl against examples/profile.toml; bench/goal_fit_quality.py
prints the numbers). The floors sit a little under today's, so a change that breaks goal fit fails here."""

from __future__ import annotations

import json
from pathlib import Path

from kindly.decide.assess import assess
from kindly.decide.fit_eval import FitLabel, score_fits
from kindly.profile import load_profile
from kindly.understand.details_eval import labelled_messages
from support import EXAMPLES

DATA = Path(__file__).parent / "data"


def test_the_goal_served_best_and_the_goals_served_are_mostly_the_labelled_ones() -> None:
    profile = load_profile(EXAMPLES / "profile.toml")
    rows = labelled_messages((DATA / "details_holdout.jsonl").read_text(encoding="utf-8").splitlines())
    labels = [
        json.loads(line)
        for line in (DATA / "goal_fit_holdout.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [label["subject"] for label in labels] == [message.subject for message, _, _ in rows]
    score = score_fits(
        [
            (assess(message, intent, profile), FitLabel(label["best_goal"], tuple(label["serves"])))
            for (message, intent, _), label in zip(rows, labels, strict=True)
        ]
    )
    assert score.best_accuracy >= 0.68
    assert score.serves_precision >= 0.5
    assert score.serves_recall >= 0.6
