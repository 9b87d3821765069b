"""Train the shipped intent model from data/intents and write it atomically into the package.

    python -m kindly.understand.train [--data data/intents] [--out src/kindly/understand/models/intent.npz]
    python -m kindly.understand.train --cv 5     # cross-validated scores on the training data itself

Never trains on ../shared/eval (evaluation only).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from kindly.understand.features import model_text, own_words
from kindly.understand.linear import VECTORIZER_PARAMS, Head, LinearTextModel, analyze
from kindly.understand.training_data import Example, data_fingerprint, features_fingerprint, read_examples

MODEL_NAME = "intent"
INTENT_C = 8.0
PURPOSE_C = 2.0
DEFAULT_DATA = Path("data/intents")
DEFAULT_OUT = Path(__file__).parent / "models" / "intent.npz"


def example_text(example: Example) -> str:
    own, signature = own_words(example.body, example.subject)
    return model_text(example.subject, own, signature)


def fit(examples: Sequence[Example], metadata: dict[str, object]) -> LinearTextModel:
    texts = [example_text(e) for e in examples]
    vectorizer = TfidfVectorizer(analyzer=analyze, **VECTORIZER_PARAMS)
    matrix = vectorizer.fit_transform(texts)
    intents = np.array([e.intent for e in examples])
    intent_model = LogisticRegression(C=INTENT_C, max_iter=3000, class_weight="balanced")
    intent_model.fit(matrix, intents)

    rows = [i for i, e in enumerate(examples) if e.purpose_clear is not None]
    clear = np.array([examples[i].purpose_clear for i in rows], dtype=bool)
    purpose_model = LogisticRegression(C=PURPOSE_C, max_iter=3000, class_weight="balanced")
    purpose_model.fit(matrix[rows], clear)

    vocabulary = {str(term): int(i) for term, i in vectorizer.vocabulary_.items()}
    return LinearTextModel(
        vocabulary=vocabulary,
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        heads={
            "intent": Head(
                [str(c) for c in intent_model.classes_], intent_model.coef_, intent_model.intercept_
            ),
            "purpose": Head(["vague", "clear"], purpose_model.coef_, purpose_model.intercept_),
        },
        metadata=metadata,
    )


def cross_validate(examples: Sequence[Example], folds: int) -> None:
    labels = np.array([e.intent for e in examples])
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=7)
    correct = 0
    invitation_hits = 0
    for train_idx, test_idx in splitter.split(np.zeros(len(labels)), labels):
        model = fit([examples[i] for i in train_idx], {})
        texts = [example_text(examples[i]) for i in test_idx]
        probabilities = model.predict("intent", model.features(texts))
        predicted = np.array(model.heads["intent"].classes)[probabilities.argmax(axis=1)]
        correct += int((predicted == labels[test_idx]).sum())
        invitation_hits += int(((predicted != "none") == (labels[test_idx] != "none")).sum())
    print(
        f"{folds}-fold CV on training data: intent accuracy {correct / len(labels):.3f}, "
        f"invitation accuracy {invitation_hits / len(labels):.3f} ({len(labels)} examples)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cv", type=int, default=0, help="report k-fold accuracy instead of writing a model")
    args = parser.parse_args(argv)
    examples = read_examples(args.data)
    if args.cv:
        cross_validate(examples, args.cv)
        return
    fingerprint = data_fingerprint(args.data)
    features = features_fingerprint()
    metadata = {
        "name": MODEL_NAME,
        "version": f"{MODEL_NAME}-1+{fingerprint[:10]}.{features[:6]}",
        "data_sha256": fingerprint,
        "features_sha256": features,
        "examples": len(examples),
        "intent_C": INTENT_C,
        "purpose_C": PURPOSE_C,
    }
    model = fit(examples, metadata)
    model.save(args.out)
    print(
        f"wrote {args.out} ({metadata['version']}, {len(examples)} examples, {len(model.vocabulary)} terms)"
    )


if __name__ == "__main__":
    main()
