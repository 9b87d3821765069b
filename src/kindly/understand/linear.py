"""A TF-IDF + linear model stored as plain arrays (npz, no pickle), with per-term explanations."""

from __future__ import annotations

import itertools
import json
import math
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kindly.errors import ModelError

FORMAT_VERSION = 1
# Training fits sklearn's TfidfVectorizer with these settings and this very analyzer, so that prediction
# needs neither sklearn (a second of import time) nor pickle.
VECTORIZER_PARAMS: dict[str, Any] = {"min_df": 2, "sublinear_tf": True}

FloatArray = NDArray[np.float64]

_TOKEN = re.compile(r"(?u)\b[^\W\d_][\w']+\b")


def analyze(text: str) -> list[str]:
    """Words and word pairs of a text, lowercased and without accents."""
    text = text.lower()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    words = _TOKEN.findall(text)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass
class Head:
    """One linear classifier over the shared features."""

    classes: list[str]
    coef: FloatArray  # (classes or 1, features)
    intercept: FloatArray

    def probabilities(self, logits: FloatArray) -> FloatArray:
        if self.coef.shape[0] == 1:  # binary: sigmoid of the positive class
            positive = 1.0 / (1.0 + np.exp(-logits[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        shifted = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(shifted)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float64)


@dataclass
class LinearTextModel:
    vocabulary: dict[str, int]
    idf: FloatArray
    heads: dict[str, Head]
    metadata: dict[str, Any]

    def __post_init__(self) -> None:
        self._analyze: Callable[[str], list[str]] = analyze
        self._terms: list[str] | None = None

    # -- features -------------------------------------------------------------------------------
    def features(self, texts: Sequence[str]) -> tuple[list[NDArray[np.int64]], list[FloatArray]]:
        """Sparse TF-IDF rows as (indices, values), l2-normalised, the same as sklearn computes them."""
        indices: list[NDArray[np.int64]] = []
        values: list[FloatArray] = []
        vocab = self.vocabulary
        for text in texts:
            counts = Counter(i for i in map(vocab.get, self._analyze(text)) if i is not None)
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter(
                (1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts)
            )
            weights = tf * self.idf[idx]
            norm = float(np.sqrt(np.dot(weights, weights)))
            indices.append(idx)
            values.append(weights / norm if norm else weights)
        return indices, values

    def logits(self, head: str, rows: tuple[list[NDArray[np.int64]], list[FloatArray]]) -> FloatArray:
        model = self.heads[head]
        out = np.empty((len(rows[0]), model.coef.shape[0]), dtype=np.float64)
        for n, (idx, val) in enumerate(zip(*rows, strict=True)):
            out[n] = model.coef[:, idx] @ val + model.intercept
        return out

    def predict(self, head: str, rows: tuple[list[NDArray[np.int64]], list[FloatArray]]) -> FloatArray:
        return self.heads[head].probabilities(self.logits(head, rows))

    def explain(
        self, head: str, idx: NDArray[np.int64], val: FloatArray, class_index: int, top: int = 6
    ) -> list[tuple[str, float]]:
        """The terms that pushed this row towards one class the most."""
        model = self.heads[head]
        row = 0 if model.coef.shape[0] == 1 else class_index
        sign = -1.0 if model.coef.shape[0] == 1 and class_index == 0 else 1.0
        contributions = sign * model.coef[row, idx] * val
        order = np.argsort(-contributions)[:top]
        terms = self.terms()
        return [(terms[idx[i]], float(contributions[i])) for i in order if contributions[i] > 0]

    def terms(self) -> list[str]:
        if self._terms is None:
            terms = [""] * len(self.vocabulary)
            for term, i in self.vocabulary.items():
                terms[i] = term
            self._terms = terms
        return self._terms

    # -- storage --------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write atomically: a crash never leaves half a model file behind."""
        arrays: dict[str, Any] = {
            "format_version": np.array(FORMAT_VERSION),
            "metadata": np.array(json.dumps(self.metadata, sort_keys=True)),
            "terms": np.array(self.terms(), dtype=np.str_),
            "idf": self.idf.astype(np.float32),
            "heads": np.array(json.dumps({name: head.classes for name, head in self.heads.items()})),
        }
        for name, head in self.heads.items():
            arrays[f"{name}_coef"] = head.coef.astype(np.float32)
            arrays[f"{name}_intercept"] = head.intercept.astype(np.float64)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".model-", suffix=".npz", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                np.savez_compressed(handle, **arrays)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                if int(data["format_version"]) != FORMAT_VERSION:
                    raise ModelError(f"{path}: model format {int(data['format_version'])} is not supported")
                terms = [str(t) for t in data["terms"]]
                heads = {
                    name: Head(
                        classes=list(classes),
                        coef=data[f"{name}_coef"].astype(np.float64),
                        intercept=data[f"{name}_intercept"].astype(np.float64),
                    )
                    for name, classes in json.loads(str(data["heads"])).items()
                }
                model = cls(
                    vocabulary={term: i for i, term in enumerate(terms)},
                    idf=data["idf"].astype(np.float64),
                    heads=heads,
                    metadata=json.loads(str(data["metadata"])),
                )
                model._terms = terms
                return model
        except FileNotFoundError:
            raise ModelError(
                f"{path}: model file missing (run `python -m kindly.understand.train`)"
            ) from None
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{path}: unreadable model ({exc})") from None
