"""`kindly classify`: the stable JSON Lines interface of the understanding step."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from kindly.cli.classify_cmd import line_batches
from support import Kindly

KEYS = {"id", "is_invitation", "intent", "purpose_clear", "confidence"}


def classify(kindly: Kindly, lines: list[str]) -> list[dict[str, Any]]:
    result = kindly("classify", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_answer_per_line_in_input_order_with_the_documented_keys(kindly: Kindly) -> None:
    requests = [
        {
            "id": "a",
            "from": "Sam <sam@x.example>",
            "subject": "Coffee next week?",
            "body": "Hi! Would you be free for coffee next Tuesday? I'd love to hear how you moved into consulting.",
        },
        {
            "id": 2,
            "subject": "Your invoice",
            "body": "Attached is your invoice for November. Thank you for your business.",
        },
        {
            "id": "c",
            "body": "Could we set up a call to go over the Q3 budget review with the finance team tomorrow at 10?",
        },
    ]
    answers = classify(kindly, [json.dumps(r) for r in requests])
    assert [a["id"] for a in answers] == ["a", 2, "c"]
    for answer in answers:
        assert set(answer) == KEYS
        assert 0.0 <= answer["confidence"] <= 1.0
        assert answer["is_invitation"] == (answer["intent"] != "none")
        if not answer["is_invitation"]:
            assert answer["purpose_clear"] is None
        else:
            assert isinstance(answer["purpose_clear"], bool)
    assert answers[1]["intent"] == "none"


def test_a_malformed_line_gets_an_error_and_the_stream_goes_on(kindly: Kindly) -> None:
    good = json.dumps({"id": "ok", "body": "Thanks for the update, all received."})
    answers = classify(
        kindly,
        [
            "{not json",
            json.dumps({"body": "no id here"}),
            json.dumps({"id": "x"}),
            json.dumps({"id": "y", "body": 42}),
            json.dumps({"id": "z", "body": "hi", "subject": ["list"]}),
            json.dumps([1, 2]),
            good,
        ],
    )
    assert len(answers) == 7
    assert [a.get("error") is not None for a in answers] == [True] * 6 + [False]
    assert answers[0]["id"] is None and "not JSON" in answers[0]["error"]
    assert answers[2] == {"id": "x", "error": "missing body (a string)"}
    assert answers[4]["id"] == "z" and "subject" in answers[4]["error"]
    assert answers[6]["id"] == "ok" and set(answers[6]) == KEYS


def test_from_and_subject_may_be_missing_or_empty(kindly: Kindly) -> None:
    answers = classify(
        kindly,
        [
            json.dumps({"id": 1, "from": "", "subject": "", "body": "Let's catch up soon!"}),
            json.dumps({"id": 2, "body": "Let's catch up soon!"}),
        ],
    )
    assert all(set(a) == KEYS for a in answers)


def test_classify_needs_no_profile(kindly: Kindly) -> None:
    assert not (kindly.home / "profile.toml").exists()
    assert classify(kindly, [json.dumps({"id": 1, "body": "hello"})])[0]["id"] == 1


def test_batches_are_handed_on_as_soon_as_no_more_input_waits() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb", buffering=0) as reader:
        os.write(write_end, b'{"id": 1}\n{"id": 2}\n')
        batches = line_batches(reader)
        assert next(batches) == ['{"id": 1}', '{"id": 2}']  # answered without waiting for end of input
        os.write(write_end, b'{"id": 3}')
        os.close(write_end)
        assert list(batches) == [['{"id": 3}']]


def test_an_interactive_caller_gets_each_answer_before_sending_the_next_line() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", "from kindly.cli import main; main()", "classify"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin and process.stdout
    try:
        for n in range(3):
            process.stdin.write(json.dumps({"id": n, "body": "Would you join our panel on pricing?"}) + "\n")
            process.stdin.flush()
            started = time.monotonic()
            answer = json.loads(process.stdout.readline())
            assert answer["id"] == n
            assert time.monotonic() - started < 30
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()
    assert process.returncode == 0
