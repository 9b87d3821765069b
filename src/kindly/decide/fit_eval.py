"""Score goal fit against hand-labelled answers: is the goal served best the one a person names, and are
the goals it serves at all (score at least RELATED_AT, the policy's "related" line) the ones they list?"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kindly.decide.assess import Assessment
from kindly.decide.policy import RELATED_AT


@dataclass(frozen=True, slots=True)
class FitLabel:
    best_goal: int | None  # None: serves none of the goals
    serves: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FitScore:
    total: int
    best_right: int
    serves_precision: float
    serves_recall: float

    @property
    def best_accuracy(self) -> float:
        return self.best_right / self.total if self.total else 0.0


def served(assessment: Assessment) -> tuple[int | None, set[int]]:
    """(the goal served best, or None when none reaches RELATED_AT; every goal that reaches it)."""
    goals = {fit.goal_index for fit in assessment.fits if fit.score >= RELATED_AT}
    best = assessment.best.goal_index if assessment.best and assessment.best.score >= RELATED_AT else None
    return best, goals


def score_fits(pairs: Sequence[tuple[Assessment, FitLabel]]) -> FitScore:
    best_right = found = predicted = labelled = 0
    for assessment, label in pairs:
        best, goals = served(assessment)
        best_right += best == label.best_goal
        found += len(goals & set(label.serves))
        predicted += len(goals)
        labelled += len(label.serves)
    return FitScore(
        total=len(pairs),
        best_right=best_right,
        serves_precision=found / predicted if predicted else 0.0,
        serves_recall=found / labelled if labelled else 0.0,
    )
