"""`kindly classify`: the stable JSON Lines interface of the understanding step."""

from __future__ import annotations

import json
import os
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from kindly.cli.classify_cmd import line_batches
from kindly.profile import load_profile
from support import Kindly

FIRST_SLICE_KEYS = {"id", "is_invitation", "intent", "purpose_clear", "confidence"}
KEYS = FIRST_SLICE_KEYS | {"invitation_confidence", "purpose_confidence", "details", "goal_fit"}


def _classify_process(text: bool = False) -> subprocess.Popen[Any]:
    """`kindly classify` in a process of its own, talked to through pipes as a caller would."""
    return subprocess.Popen(
        [sys.executable, "-c", "from kindly.cli import main; main()", "classify"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=text,
    )


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
        assert 0.5 <= answer["invitation_confidence"] <= 1.0
        assert answer["is_invitation"] == (answer["intent"] != "none")
        if not answer["is_invitation"]:
            assert answer["purpose_clear"] is None and answer["purpose_confidence"] is None
            assert answer["details"] is None
        else:
            assert isinstance(answer["purpose_clear"], bool)
            assert 0.5 <= answer["purpose_confidence"] <= 1.0
            assert answer["details"]["ask"]
        assert answer["goal_fit"] is None  # no profile in this app folder
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
        # answered without waiting for end of input, and no more is waiting
        assert next(batches) == (['{"id": 1}', '{"id": 2}'], False)
        os.write(write_end, b'{"id": 3}')
        os.close(write_end)
        assert list(batches) == [(['{"id": 3}'], False)]


def test_a_full_batch_says_whether_more_input_is_already_waiting() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb", buffering=0) as reader:
        os.write(write_end, b"a\nb\nc\n")
        batches = line_batches(reader, max_lines=2)
        assert next(batches) == (["a", "b"], True)  # "c" is already here
        assert next(batches) == (["c"], False)
        os.write(write_end, b"d\ne\n")
        assert next(batches) == (["d", "e"], False)  # full, but nothing more is waiting
        os.close(write_end)
        assert list(batches) == []


def test_an_interactive_caller_gets_each_answer_before_sending_the_next_line() -> None:
    process = _classify_process(text=True)
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


PITCH = {
    "id": "pitch",
    "from": "Dana Ruiz <dana@brightpath-finance.example.com>",
    "subject": "Coffee next week?",
    "body": (
        "Hi Sam,\n\nI am a financial planner at BrightPath Finance and help founders plan their retirement. "
        "Could we grab coffee next Tuesday at 10am at Blue Bottle on Main St for 30 minutes? I would love to "
        "show you how we can help.\n\nBest,\nDana Ruiz\nSenior Advisor, BrightPath Finance"
    ),
}
EVENT = {
    "id": "event",
    "from": "events@fintechwomen.example.org",
    "subject": "Invitation: Women in Fintech Breakfast",
    "body": (
        "Dear Sam, we would be delighted if you could join us on Thursday 12 March, 8am at the Hoxton Hotel. "
        "Tickets are $25. Speakers include Maria Lopez and Tom Becker."
    ),
}
TARGET = {
    "id": "target",
    "from": "Alex Kim <alex@studio.example.com>",
    "subject": "Lunch with Priya?",
    "body": (
        "Hi Dana, Priya Natarajan from Fieldwork Capital is in town next week and asked to meet a few "
        "finance people who work with studios. Would you like to join us for lunch on Wednesday?"
    ),
}


def test_an_invitation_comes_with_its_details(kindly: Kindly) -> None:
    pitch, event, receipt = classify(
        kindly,
        [json.dumps(PITCH), json.dumps(EVENT), json.dumps({"id": 3, "body": "Attached is the invoice."})],
    )
    assert pitch["details"] == {
        "sender": {"name": "Dana Ruiz", "organisation": "BrightPath Finance", "role": "Senior Advisor"},
        "ask": "Could we grab coffee next Tuesday at 10am at Blue Bottle on Main St for 30 minutes?",
        "format": "coffee",
        "when": "next Tuesday at 10am",
        "duration": "30 minutes",
        "place": "Blue Bottle on Main St",  # not "BrightPath Finance", where the sender works
        "cost": None,
        "service_category": "financial planning",
        "event": None,
    }
    assert event["intent"] == "event_invitation"
    assert event["details"]["ask"].startswith("we would be delighted if you could join us")
    assert event["details"]["event"] == {
        "name": "Women in Fintech Breakfast",
        "date": "Thursday 12 March, 8am",
        "place": "the Hoxton Hotel",
        "cost": "$25",
        "attendees": ["Maria Lopez", "Tom Becker"],
    }
    assert receipt["details"] is None


def test_with_a_profile_every_goal_gets_a_score_with_its_evidence(
    kindly: Kindly, example_profile: Path
) -> None:
    pitch, event, target = classify_with(
        kindly,
        ["--profile", str(example_profile)],
        [json.dumps(PITCH), json.dumps(EVENT), json.dumps(TARGET)],
    )
    goals = len(load_profile(example_profile).goals)
    for answer in (pitch, event, target):
        fit = answer["goal_fit"]
        assert [g["goal"] for g in fit["goals"]] == list(range(goals))
        assert all(0.0 <= g["score"] <= 1.0 and g["evidence"] for g in fit["goals"])
        best = max(fit["goals"], key=lambda g: g["score"])
        assert fit["goals"][fit["best_goal"]]["score"] == best["score"]
    # A pitch for a service the user already has names the provider they have.
    assert pitch["goal_fit"]["already_have"] == {
        "provider": "Maria Chen, Northstar Wealth",
        "category": "financial planning",
        "pitched": "financial planner",
    }
    assert event["goal_fit"]["already_have"] is None
    assert event["goal_fit"]["goals"][event["goal_fit"]["best_goal"]]["kind"] == "find_community"
    # A target person named in the message outweighs everything else.
    best = target["goal_fit"]["goals"][target["goal_fit"]["best_goal"]]
    assert best["kind"] == "meet_person" and best["score"] >= 0.85
    assert best["evidence"] == ["target person Priya Natarajan is named in the message"]


def test_the_app_folders_profile_is_used_unless_told_not_to(kindly: Kindly, example_profile: Path) -> None:
    kindly.home.mkdir(parents=True, exist_ok=True)
    (kindly.home / "profile.toml").write_text(example_profile.read_text(encoding="utf-8"), encoding="utf-8")
    [with_profile] = classify(kindly, [json.dumps(PITCH)])
    assert with_profile["goal_fit"]["already_have"]["provider"] == "Maria Chen, Northstar Wealth"
    [without] = classify_with(kindly, ["--no-profile"], [json.dumps(PITCH)])
    assert without["goal_fit"] is None


def test_a_broken_profile_is_named_and_nothing_is_classified(kindly: Kindly, tmp_path: Path) -> None:
    broken = tmp_path / "profile.toml"
    broken.write_text("[user\nname = 'x'\n", encoding="utf-8")
    result = kindly("classify", "--profile", str(broken), input=json.dumps(PITCH) + "\n")
    assert result.exit_code == 2
    assert str(broken) in result.stderr and result.stdout == ""


def test_explain_adds_every_intents_score_and_the_terms_behind_the_answer(kindly: Kindly) -> None:
    [answer] = classify_with(kindly, ["--explain"], [json.dumps(EVENT)])
    assert set(answer["intent_scores"]) >= {"none", "event_invitation", "sales_pitch"}
    assert abs(sum(answer["intent_scores"].values()) - 1.0) < 0.01
    assert answer["evidence"][0].startswith("intent event_invitation:")


def test_the_users_corrections_apply_as_in_triage(
    kindly: Kindly, example_profile: Path, tmp_path: Path
) -> None:
    note = {
        "id": "note",
        "from": "Sam Lee <sam@x.example.com>",
        "subject": "lunch",
        "body": "Hi Dana, thanks again for lunch yesterday - it was great to catch up and hear about the studio.",
    }
    mail = tmp_path / "note.eml"
    mail.write_text(
        f"From: {note['from']}\nTo: dana@example.com\nSubject: {note['subject']}\nMessage-ID: <n-1@x.example>\n\n"
        f"{note['body']}\n",
        encoding="utf-8",
    )
    triaged = kindly("triage", str(mail), "--profile", str(example_profile), "--json")
    assert triaged.exit_code == 0, triaged.output
    [row] = [json.loads(line) for line in triaged.stdout.splitlines() if line.startswith("{")]
    corrected = "partnership_proposal" if row["intent"] != "partnership_proposal" else "coffee_chat"
    assert (
        kindly("correct", str(row["id"]), "--intent", corrected, "--profile", str(example_profile)).exit_code
        == 0
    )

    [answer] = classify_with(kindly, ["--explain"], [json.dumps(note)])
    assert answer["intent"] == corrected and answer["confidence"] == 1.0
    assert answer["invitation_confidence"] == 1.0
    assert answer["evidence"][0].startswith("corrected by you: a similar message from this sender")
    assert kindly.database.exists()  # read, never replaced


def classify_with(kindly: Kindly, options: list[str], lines: list[str]) -> list[dict[str, Any]]:
    result = kindly("classify", *options, input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_sender_given_by_name_alone_is_that_person(kindly: Kindly, example_profile: Path) -> None:
    line = {
        "id": 1,
        "from": "Priya Natarajan",  # not the address "priya"
        "body": "Hi Dana, would you like to grab coffee next week? I would love to hear about your work.",
    }
    [answer] = classify_with(kindly, ["--profile", str(example_profile)], [json.dumps(line)])
    assert answer["details"]["sender"]["name"] == "Priya Natarajan"
    best = answer["goal_fit"]["goals"][answer["goal_fit"]["best_goal"]]
    assert best["kind"] == "meet_person" and best["score"] >= 0.85


def test_an_encoded_sender_is_decoded(kindly: Kindly) -> None:
    line = {"id": 1, "from": "=?utf-8?q?J=C3=BCrgen_Weber?= <j@x.example>", "body": "Coffee next Tuesday?"}
    [answer] = classify(kindly, [json.dumps(line)])
    assert answer["details"]["sender"]["name"] == "Jürgen Weber"


def test_a_string_cut_inside_an_emoji_does_not_stop_the_stream(kindly: Kindly) -> None:
    cut = '{"id": 1, "body": "Would you like coffee at Caf\\ud83d Roma on Monday?"}'
    answers = classify(kindly, [cut, json.dumps({"id": 2, "body": "hi"})])
    assert [a["id"] for a in answers] == [1, 2]
    assert "\ufffd" in answers[0]["details"]["ask"]


def test_a_blank_padded_subject_is_read_like_any_other(kindly: Kindly) -> None:
    # Back-to-back optional blanks in the subject pattern made this take minutes.
    line = {"id": 1, "subject": "Invitation" + " " * 3000 + "x", "body": "Would you join us on Thursday?"}
    [answer] = classify(kindly, [json.dumps(line)])
    assert answer["id"] == 1


def test_an_unreadable_app_profile_or_database_only_leaves_its_part_out(
    kindly: Kindly, example_profile: Path
) -> None:
    kindly.home.mkdir(parents=True, exist_ok=True)
    (kindly.home / "profile.toml").write_text("[user\n", encoding="utf-8")
    kindly.database.write_bytes(b"not a database" * 100)
    result = kindly("classify", input=json.dumps(PITCH) + "\n")
    assert result.exit_code == 0
    [answer] = [json.loads(line) for line in result.stdout.splitlines()]
    assert answer["intent"] == "sales_pitch" and answer["goal_fit"] is None
    assert "goal_fit left out" in result.stderr and "corrections are not applied" in result.stderr


def test_reading_the_corrections_leaves_the_app_folder_as_it_was(
    kindly: Kindly, example_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mail = tmp_path / "note.eml"
    mail.write_text(
        "From: Sam <sam@x.example.com>\nSubject: hi\nMessage-ID: <a@x>\n\nLunch soon?\n", encoding="utf-8"
    )
    assert kindly("triage", str(mail), "--profile", str(example_profile)).exit_code == 0
    assert kindly("correct", "1", "--intent", "none", "--profile", str(example_profile)).exit_code == 0
    # The database (with its write-ahead log) in a folder of its own: nothing else has it open.
    home = tmp_path / "copied-home"
    home.mkdir()
    for name in ("kindly.db", "kindly.db-wal"):
        if (kindly.home / name).exists():
            (home / name).write_bytes((kindly.home / name).read_bytes())
    monkeypatch.setenv("KINDLY_HOME", str(home))
    line = {"id": 1, "from": "sam@x.example.com", "subject": "hi", "body": "Lunch soon?"}
    [answer] = classify(Kindly(home), [json.dumps(line)])
    assert answer["intent"] == "none"  # the correction applied
    assert [p.name for p in home.iterdir()] == ["kindly.db"]  # no -wal or -shm left behind
    with sqlite3.connect(home / "kindly.db") as connection:  # and the correction is still there
        assert connection.execute("SELECT intent FROM corrections").fetchall() == [("none",)]


def test_a_long_stream_is_answered_by_workers_in_input_order_exactly_as_by_one_process(
    example_profile: Path,
) -> None:
    from kindly.cli.classify_workers import LONG_BATCH, Answerer, Context
    from kindly.understand.classify import Classifier

    lines = []
    for n in range(LONG_BATCH * 6 + 17):
        if n % 97 == 0:
            lines.append("not json")  # an error answer keeps its place
        elif n % 5 == 0:
            lines.append(json.dumps({"id": n, "from": TARGET["from"], "body": TARGET["body"]}))
        else:
            lines.append(json.dumps({"id": n, "subject": "Re: invoice", "body": f"Invoice {n} attached."}))
    batches = [lines[i : i + LONG_BATCH] for i in range(0, len(lines), LONG_BATCH)]
    context = Context(Classifier(), load_profile(example_profile), None, explain=False)

    def run(workers: int) -> list[str]:
        with Answerer(context, workers=workers) as answerer:
            out = [line for batch in batches for line in answerer.answer(batch, more_waiting=True)]
            return out + list(answerer.rest())

    alone, together = run(0), run(2)
    assert together == alone
    assert len(together) == len(lines)
    assert [json.loads(line).get("id") for line in together[1:40]] == list(range(1, 40))
    assert json.loads(together[97]) == {"id": None, "error": "not JSON: Expecting value at column 1"}


def test_a_pause_in_the_input_gets_every_answer_written_before_more_is_read(example_profile: Path) -> None:
    from kindly.cli.classify_workers import LONG_BATCH, Answerer, Context
    from kindly.understand.classify import Classifier

    context = Context(Classifier(), None, None, explain=False)
    long = [json.dumps({"id": n, "body": "Thanks, got it."}) for n in range(LONG_BATCH)]
    with Answerer(context, workers=2) as answerer:
        written = []
        for _ in range(4):  # long enough for the workers to take over
            written += answerer.answer(long, more_waiting=True)
        # No more input waiting: every answer so far comes now, even after a long batch.
        written += answerer.answer(long, more_waiting=False)
        assert len(written) == 5 * LONG_BATCH
        assert list(answerer.rest()) == []


def test_a_caller_that_waits_for_each_round_of_256_answers_is_never_left_waiting() -> None:
    """A client may send exactly a full batch and wait for its answers before sending more."""
    process = _classify_process()
    assert process.stdin and process.stdout
    answers: queue.Queue[bytes] = queue.Queue()
    threading.Thread(target=lambda: [answers.put(line) for line in process.stdout], daemon=True).start()  # type: ignore[union-attr]
    try:
        for round_ in range(6):
            lines = [json.dumps({"id": f"{round_}-{n}", "body": "Thanks, got it."}) for n in range(256)]
            process.stdin.write(("\n".join(lines) + "\n").encode())
            process.stdin.flush()
            for n in range(256):
                try:
                    answer = answers.get(timeout=60)
                except queue.Empty:
                    pytest.fail(f"round {round_}: no answer {n} within 60 s")
                assert json.loads(answer)["id"] == f"{round_}-{n}"
    finally:
        process.stdin.close()
        process.wait(timeout=60)
        process.stdout.close()
    assert process.returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are used on Linux only")
def test_the_workers_end_with_a_classify_killed_mid_stream() -> None:
    process = _classify_process()
    assert process.stdin and process.stdout
    lines = [json.dumps({"id": n, "body": "Invoice attached."}) for n in range(3000)]
    process.stdin.write(("\n".join(lines) + "\n").encode())
    process.stdin.flush()  # stdin stays open: the stream is not over
    for _ in range(900):
        process.stdout.readline()
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    assert children, "a long stream is answered by workers"
    process.terminate()
    process.wait(timeout=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in children):
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)
    process.stdin.close()
    process.stdout.close()


def test_the_first_batch_is_short_so_that_the_first_answer_comes_early() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb", buffering=0) as reader:
        os.write(write_end, b"".join(b"%d\n" % n for n in range(100)))
        os.close(write_end)
        sizes = [len(batch) for batch, _ in line_batches(reader)]
        assert sizes == [32, 68]
