"""Learning from the user: corrections they made are remembered, so the same mistake is not repeated
for that sender or for similar messages.

A correction applies to a new message when it comes from the same sender and reads alike (cosine of the
model's TF-IDF features), or, from anyone, when it reads almost the same (templated outreach).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from kindly.model import Intent, Understanding
from kindly.understand.features import model_text
from kindly.understand.linear import LinearTextModel

SAME_SENDER_SIMILARITY = 0.25
ANY_SENDER_SIMILARITY = 0.7


@dataclass(frozen=True, slots=True)
class Correction:
    sender: str  # address, or name where a source has no address
    subject: str
    text: str  # the sender's own words
    intent: Intent
    purpose_clear: bool | None = None


class CorrectionMemory:
    def __init__(self, model: LinearTextModel, corrections: Sequence[Correction]) -> None:
        self.model = model
        self.corrections = list(corrections)
        self._rows = model.features([model_text(c.subject, c.text) for c in self.corrections])
        self._dense = [self._to_dense(i, v) for i, v in zip(*self._rows, strict=True)]

    def _to_dense(self, idx: np.ndarray, val: np.ndarray) -> dict[int, float]:
        return dict(zip(idx.tolist(), val.tolist(), strict=True))

    def match(self, sender: str, subject: str, text: str) -> tuple[Correction, float] | None:
        """The correction that applies to this message, with its similarity, if any."""
        if not self.corrections:
            return None
        [idx], [val] = self.model.features([model_text(subject, text)])
        best: tuple[Correction, float] | None = None
        for correction, dense in zip(self.corrections, self._dense, strict=True):
            similarity = float(sum(dense.get(int(i), 0.0) * float(v) for i, v in zip(idx, val, strict=True)))
            same_sender = bool(sender) and sender.lower() == correction.sender.lower()
            threshold = SAME_SENDER_SIMILARITY if same_sender else ANY_SENDER_SIMILARITY
            if similarity >= threshold and (best is None or similarity > best[1]):
                best = (correction, similarity)
        return best

    def apply(self, understanding: Understanding, sender: str, subject: str, text: str) -> Understanding:
        found = self.match(sender, subject, text)
        if found is None:
            return understanding
        correction, similarity = found
        who = "this sender" if sender and sender.lower() == correction.sender.lower() else "another sender"
        is_invitation = correction.intent is not Intent.NONE
        # The purpose: as corrected, else as the model read it. For a message the model took for no
        # invitation at all, its purpose head still said how clear the ask is (purpose_confidence was then
        # the probability of "vague").
        purpose, purpose_confidence = correction.purpose_clear, 1.0
        if purpose is None and understanding.purpose_clear is not None:
            purpose, purpose_confidence = understanding.purpose_clear, understanding.purpose_confidence
        elif purpose is None:
            clear = 1.0 - understanding.purpose_confidence
            purpose, purpose_confidence = clear >= 0.5, round(max(clear, 1.0 - clear), 3)
        note = (
            f"corrected by you: a similar message from {who} is {correction.intent.value} "
            f"(similarity {similarity:.2f}; the model said {understanding.intent.value})"
        )
        return replace(
            understanding,
            is_invitation=is_invitation,
            intent=correction.intent,
            purpose_clear=purpose if is_invitation else None,
            purpose_confidence=purpose_confidence if is_invitation else 0.0,
            confidence=1.0,
            evidence=(note, *understanding.evidence),
        )
