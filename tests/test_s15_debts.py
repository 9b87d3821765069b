"""Debts paid in the fifteenth session: an import's upload never outlives its job, whatever happens to it."""

from __future__ import annotations

import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kindly.profile import Profile, load_profile
from kindly.store.db import open_database
from kindly.web.imports import Imports, save_text
from support import EXAMPLES

NOTE = (
    "From: Ana Ruiz <ana@studio.example>\nSubject: Coffee?\n\nWould you have time for a coffee next week?\n"
)


@pytest.fixture
def uploads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder uploads are saved under (the system's temporary folder; here the test's own)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def saved(uploads: Path) -> int:
    return len(list(uploads.glob("kindly-import-*")))


def test_a_pasted_message_still_waiting_when_the_server_stops_leaves_no_upload_behind(
    tmp_path: Path, uploads: Path
) -> None:
    gate = threading.Event()

    def profile() -> Profile:  # the first import holds the one worker until the server is stopping
        gate.wait(10)
        return load_profile(EXAMPLES / "profile.toml")

    imports = Imports(open_database(tmp_path / "kindly.db"), profile, ThreadPoolExecutor(max_workers=1))
    path, size = save_text(NOTE, 10_000)
    first = imports.start(path, "pasted text", size)
    path, size = save_text(NOTE.replace("coffee", "lunch"), 10_000)
    waiting = imports.start(path, "pasted text", size)
    assert waiting.state == "queued" and saved(uploads) == 2

    stopping = threading.Thread(target=imports.shutdown)
    stopping.start()
    deadline = time.monotonic() + 5
    while saved(uploads) > 1 and time.monotonic() < deadline:  # the waiting import is cancelled
        time.sleep(0.02)
    left_while_the_first_runs = saved(uploads)
    gate.set()
    stopping.join(60)
    assert left_while_the_first_runs == 1
    assert saved(uploads) == 0
    assert imports.get(first.id).state == "done"


def test_an_import_that_cannot_be_queued_removes_its_upload(tmp_path: Path, uploads: Path) -> None:
    imports = Imports(
        open_database(tmp_path / "kindly.db"),
        lambda: load_profile(EXAMPLES / "profile.toml"),
        ThreadPoolExecutor(max_workers=1),
    )
    imports.shutdown()  # a request that arrives while the server stops
    path, size = save_text(NOTE, 10_000)
    with pytest.raises(RuntimeError, match="after shutdown"):
        imports.start(path, "pasted text", size)
    assert saved(uploads) == 0


PARENT = """
[user]
name = "Sam Okafor"
email = "sam@example.com"
meeting_hours = ["Mon-Fri 07:00-09:00", "Mon-Fri 17:00-19:00"]

[[goals]]
kind = "find_community"
description = "Other parents of children at Hillside Primary"

[[never]]
what = "meetings before 8:00"
"""


def test_the_hours_a_profile_meets_in_are_worked_out_once_and_follow_its_rules(tmp_path: Path) -> None:
    from kindly.profile import NeverRule
    from support import written_profile

    profile = written_profile(PARENT, tmp_path)
    hours = profile.meeting_hours
    assert [(w.start.isoformat("minutes"), w.end.isoformat("minutes")) for w in hours.windows] == [
        ("08:00", "09:00"),
        ("17:00", "19:00"),
    ]
    assert profile.meeting_hours is hours  # read once, not on every message's check
    later = profile.model_copy(update={"never": [*profile.never, NeverRule(what="calls after 6pm")]})
    assert [w.end.isoformat("minutes") for w in later.meeting_hours.windows] == ["09:00", "18:00"]
    assert profile.meeting_hours is hours


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "I write to you in strict confidence as the next of kin of a deceased client. USD $4,200,000 awaits.",
            id="next-of-kin",
        ),
        pytest.param(
            "Dear beneficiary, the dormant account holds $12,500,000. Contact me on my private email.",
            id="dormant-account",
        ),
        pytest.param(
            "We will send you a cheque for the equipment from our vendor; your interview is via Telegram.",
            id="fake-cheque",
        ),
        pytest.param(
            "Please continue this conversation on WhatsApp. You were selected, dear friend, for $250,000.",
            id="moved-to-chat",
        ),
        pytest.param(
            "I write in \u017ftrict confidence as your next of \u212ain. USD $4,200,000 awaits.",
            id="letters-that-fold-to-ascii",
        ),
    ],
)
def test_a_story_of_hidden_funds_is_still_told_from_its_words(text: str) -> None:
    from kindly.decide.scams import HIDDEN_FUNDS, scam_in

    scam = scam_in(text)
    assert scam is not None and scam.kind == HIDDEN_FUNDS


def test_ordinary_mail_with_a_large_sum_and_a_chat_app_is_no_scam() -> None:
    from kindly.decide.scams import scam_in

    text = (
        "Our Series A closed at $12,000,000 last week. Text me on WhatsApp at 503-555-0100 if you'd like to "
        "catch up about the studio's bookkeeping."
    )
    assert scam_in(text) is None


def test_an_event_is_weighed_against_the_goals_once_for_its_reading_and_its_decision() -> None:
    from kindly.decide.assess import assess
    from kindly.model import Intent
    from support import EXAMPLE_PROFILE, incoming, with_never

    message = incoming(
        "Hi Dana, we're hosting a small dinner for design studio owners in Portland on Thursday 10 December. "
        "Would you like to join us?",
        from_name="Priya Raman",
        from_addr="priya@studiocollective.example",
        subject="Dinner for studio owners",
    )
    first = assess(message, Intent.EVENT_INVITATION, EXAMPLE_PROFILE)
    assert assess(message, Intent.EVENT_INVITATION, EXAMPLE_PROFILE) is first  # the reading's, reused
    assert assess(message, Intent.COFFEE_CHAT, EXAMPLE_PROFILE) is not first
    no_dinners = with_never("dinners")
    assert assess(message, Intent.EVENT_INVITATION, no_dinners) is not first  # another profile: weighed anew
