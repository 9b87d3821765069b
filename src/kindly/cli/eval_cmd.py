"""`kindly eval FILE.jsonl`: how well the understanding step does on labelled rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from kindly.cli.app import app, fail, stderr, stdout
from kindly.errors import KindlyError, ParseError

if TYPE_CHECKING:
    from kindly.understand.evaluate import Report


def _purpose(value: Any) -> bool | None:
    if value in (True, "yes", "true"):
        return True
    if value in (False, "no", "false"):
        return False
    return None


@app.command(name="eval")
def evaluate(
    file: Annotated[
        Path,
        typer.Argument(
            help="JSON Lines with subject, body and the labels intent, is_invitation, purpose_clear."
        ),
    ],
    min_support: Annotated[
        int, typer.Option(help="Macro-F1 counts intents with at least this many rows.")
    ] = 10,
) -> None:
    """Per-intent precision/recall/F1, accuracy, macro-F1, invitation F1, purpose accuracy, confusion."""
    from kindly.understand.classify import Classifier, Text
    from kindly.understand.evaluate import LabelledPrediction, score

    try:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ParseError(str(file), f"cannot read ({exc.strerror or exc})") from None
        rows, texts = [], []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or "intent" not in row or not isinstance(row.get("body"), str):
                    raise ValueError("needs body and intent")
            except ValueError as exc:
                stderr().print(f"skipped {file}:{number}: {exc}", highlight=False)
                continue
            rows.append(row)
            texts.append(Text.from_body(row.get("subject") or "", row["body"]))
        if not rows:
            raise ParseError(str(file), "no labelled rows")
        results = Classifier().understand(texts)
    except KindlyError as error:
        raise fail(error) from None
    predictions = [
        LabelledPrediction(
            intent=row["intent"],
            predicted_intent=result.intent.value,
            is_invitation=bool(row.get("is_invitation", row["intent"] != "none")),
            predicted_invitation=result.is_invitation,
            purpose_clear=_purpose(row.get("purpose_clear")),
            predicted_clear=result.purpose_clear,
        )
        for row, result in zip(rows, results, strict=True)
    ]
    _print(score(predictions, min_support))


def _print(report: Report) -> None:
    out = stdout()
    table = Table(title=f"Per intent ({report.total} rows)")
    for column in ("intent", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "intent" else "right")
    for s in report.per_intent:
        table.add_row(s.label, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", str(s.support))
    out.print(table)
    out.print(f"intent accuracy        {report.accuracy:.3f}")
    out.print(f"macro-F1 (support>={report.min_support})  {report.macro_f1:.3f}")
    out.print(f"invitation F1          {report.invitation_f1:.3f}")
    out.print(
        f"purpose accuracy       {report.purpose_accuracy:.3f} ({report.purpose_total} labelled; a missed invitation counts as wrong)"
    )
    out.print(
        f"purpose accuracy on detected invitations {report.purpose_accuracy_detected:.3f} ({report.purpose_detected} rows)"
    )
    labels = list(report.confusion)
    confusion = Table(title="Confusion (rows: label, columns: predicted)")
    confusion.add_column("")
    for label in labels:
        confusion.add_column(label[:6], justify="right")
    for label in labels:
        confusion.add_row(label, *[str(report.confusion[label].get(p, 0) or ".") for p in labels])
    out.print(confusion)
