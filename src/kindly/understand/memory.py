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
    """The corrections as an inverted index (term -> the corrections using it, with their weights), so that a
    message is compared with all of them in a few array operations, however many the user has made."""

    def __init__(self, model: LinearTextModel, corrections: Sequence[Correction]) -> None:
        self.model = model
        self.corrections = list(corrections)
        self._senders = np.array([c.sender.lower() for c in self.corrections], dtype=object)
        # Cue and subject markers ("zzcuenoask") are no words: two messages that share only them (an empty
        # correction, a message in a script the model has no words for) are not alike.
        self._marker = np.zeros(len(model.idf), dtype=bool)
        self._marker[[i for term, i in model.vocabulary.items() if term.startswith("zz")]] = True
        indices, values = model.features([model_text(c.subject, c.text) for c in self.corrections])
        values = [
            val if self._has_words(idx) else np.zeros_like(val)
            for idx, val in zip(indices, values, strict=True)
        ]
        owners = np.repeat(np.arange(len(indices)), [len(idx) for idx in indices])
        terms = np.concatenate(indices) if indices else np.empty(0, dtype=np.int64)
        weights = np.concatenate(values) if values else np.empty(0, dtype=np.float64)
        order = np.argsort(terms, kind="stable")
        self._owners, self._weights = owners[order], weights[order]
        self._terms, self._starts, counts = np.unique(terms[order], return_index=True, return_counts=True)
        self._ends = self._starts + counts

    def _has_words(self, idx: np.ndarray) -> bool:
        return bool(len(idx)) and not bool(self._marker[idx].all())

    def similarities(self, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
        """The cosine of one message's TF-IDF row with every correction's."""
        sims = np.zeros(len(self.corrections), dtype=np.float64)
        if not len(self._terms) or not len(idx):
            return sims
        at = np.searchsorted(self._terms, idx).clip(max=len(self._terms) - 1)
        hit = self._terms[at] == idx
        starts, ends, weights = self._starts[at[hit]], self._ends[at[hit]], val[hit]
        lengths = ends - starts
        if not lengths.sum():
            return sims
        # the postings of every term the message shares, laid end to end
        postings = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        contributions = self._weights[postings] * np.repeat(weights, lengths)
        return np.bincount(self._owners[postings], weights=contributions, minlength=len(sims))

    def match(self, sender: str, subject: str, text: str) -> tuple[Correction, float] | None:
        """The correction that applies to this message, with its similarity, if any."""
        if not self.corrections:
            return None
        [idx], [val] = self.model.features([model_text(subject, text)])
        if not self._has_words(idx):
            return None
        sims = self.similarities(idx, val)
        same_sender = self._senders == sender.lower() if sender else np.zeros(len(sims), dtype=bool)
        eligible = sims >= np.where(same_sender, SAME_SENDER_SIMILARITY, ANY_SENDER_SIMILARITY)
        if not eligible.any():
            return None
        best = int(np.argmax(np.where(eligible, sims, -1.0)))
        return self.corrections[best], float(sims[best])

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
