"""Score the understanding step against labelled rows: per-intent P/R/F1, accuracy, macro-F1, more."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LabelledPrediction:
    intent: str
    predicted_intent: str
    is_invitation: bool
    predicted_invitation: bool
    purpose_clear: bool | None  # None where the label is absent
    predicted_clear: bool | None


@dataclass(frozen=True, slots=True)
class ClassScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Report:
    total: int
    accuracy: float
    macro_f1: float  # over intents with at least `min_support` examples
    min_support: int
    invitation_f1: float
    purpose_accuracy: float  # over every row with a purpose label; a missed invitation counts as wrong
    purpose_total: int
    purpose_accuracy_detected: float  # over labelled rows the model also took for invitations
    purpose_detected: int
    per_intent: list[ClassScore] = field(default_factory=list)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(rows: Sequence[LabelledPrediction], min_support: int = 10) -> Report:
    labels = sorted({r.intent for r in rows} | {r.predicted_intent for r in rows})
    per_intent = []
    for label in labels:
        tp = sum(1 for r in rows if r.intent == label and r.predicted_intent == label)
        predicted = sum(1 for r in rows if r.predicted_intent == label)
        support = sum(1 for r in rows if r.intent == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        per_intent.append(ClassScore(label, precision, recall, _f1(precision, recall), support))
    frequent = [s.f1 for s in per_intent if s.support >= min_support]
    tp = sum(1 for r in rows if r.is_invitation and r.predicted_invitation)
    fp = sum(1 for r in rows if not r.is_invitation and r.predicted_invitation)
    fn = sum(1 for r in rows if r.is_invitation and not r.predicted_invitation)
    inv_p = tp / (tp + fp) if tp + fp else 0.0
    inv_r = tp / (tp + fn) if tp + fn else 0.0
    # Purpose clarity is judged where the label exists; a missed invitation counts as wrong.
    purpose_rows = [r for r in rows if r.purpose_clear is not None]
    purpose_right = sum(1 for r in purpose_rows if r.predicted_clear == r.purpose_clear)
    detected = [r for r in purpose_rows if r.predicted_clear is not None]
    detected_right = sum(1 for r in detected if r.predicted_clear == r.purpose_clear)
    confusion: dict[str, Counter[str]] = {label: Counter() for label in labels}
    for r in rows:
        confusion[r.intent][r.predicted_intent] += 1
    return Report(
        total=len(rows),
        accuracy=sum(1 for r in rows if r.intent == r.predicted_intent) / len(rows) if rows else 0.0,
        macro_f1=sum(frequent) / len(frequent) if frequent else 0.0,
        min_support=min_support,
        invitation_f1=_f1(inv_p, inv_r),
        purpose_accuracy=purpose_right / len(purpose_rows) if purpose_rows else 0.0,
        purpose_total=len(purpose_rows),
        purpose_accuracy_detected=detected_right / len(detected) if detected else 0.0,
        purpose_detected=len(detected),
        per_intent=per_intent,
        confusion=confusion,
    )
