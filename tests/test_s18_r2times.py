"""Times and threads, round two: a vague ask that its sender explains before the user answered, public holidays
taken from the user's time zone, slots that fall on the sender's working days, and notes that name the
activity an hour rule is for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import EXAMPLE_PROFILE_FILE, Correspondent, Kindly, eml, triaged

# -- a vague ask explained by a follow-up before the user replied ----------------------------------------------

JORDAN = "Jordan Blake <jordan@blakeandfinch.example.com>"
VAGUE = "Hi Dana,\n\nDo you have 20 minutes for a call next week?\n\nThanks,\nJordan"
EXPLAINED = (
    "Hi Dana,\n\nFollowing up on my note - I should have said why. I run Blake & Finch, a small architecture "
    "firm in Portland (8 people), and our bookkeeping has fallen behind. We're looking for someone to take over "
    "monthly bookkeeping and cash-flow forecasting, and a friend said you work with studios like ours.\n\nJordan"
)
BARE_NUDGE = "Hi Dana,\n\nJust following up on my note below - any thoughts?\n\nJordan"


@pytest.fixture
def jordan(kindly: Kindly, tmp_path: Path) -> Correspondent:
    return Correspondent(kindly, tmp_path, EXAMPLE_PROFILE_FILE.read_text(encoding="utf-8"), JORDAN)


def test_a_follow_up_that_says_what_the_call_is_for_replaces_the_unsent_question(
    jordan: Correspondent,
) -> None:
    vague = jordan.writes("jb1", "Quick call?", VAGUE, "Mon, 23 Nov 2026 09:00:00 -0800")
    assert vague["decision"] == "ask_details" and "something specific" in vague["draft"]

    explained = jordan.writes("jb2", "Re: Quick call?", EXPLAINED, "Mon, 23 Nov 2026 15:00:00 -0800", "jb1")

    # "is there something specific you wanted to discuss?" would ask what Jordan has just said
    assert (explained["decision"], explained["reason_code"]) == ("accept", "goal_fit")
    assert "I'd be glad to talk" in explained["draft"]
    assert jordan.pending() == {explained["id"]: "accept"}
    assert f"draft withdrawn: a later message of this thread (#{explained['id']})" in jordan.show(vague["id"])


def test_the_question_and_its_answer_read_in_one_run_leave_only_the_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    eml(
        inbox / "1.eml",
        VAGUE,
        sender=JORDAN,
        subject="Quick call?",
        message_id="jb1@mail.example.com",
        date="Mon, 23 Nov 2026 09:00:00 -0800",
    )
    eml(
        inbox / "2.eml",
        EXPLAINED,
        sender=JORDAN,
        subject="Re: Quick call?",
        message_id="jb2@mail.example.com",
        in_reply_to="jb1@mail.example.com",
        references=("jb1@mail.example.com",),
        date="Mon, 23 Nov 2026 15:00:00 -0800",
    )

    vague, explained = triaged(kindly, inbox)

    assert (vague["decision"], vague["draft"]) == ("ask_details", None)  # as `kindly drafts` has it
    assert explained["decision"] == "accept" and explained["draft"]
    drafts = json.loads(kindly("drafts", "--json").stdout)
    assert [d["message_pk"] for d in drafts] == [explained["id"]]


def test_a_bare_reminder_leaves_the_question_waiting(jordan: Correspondent) -> None:
    # near miss: a nudge that explains nothing is answered by the question that waits
    vague = jordan.writes("jb1", "Quick call?", VAGUE, "Mon, 23 Nov 2026 09:00:00 -0800")
    nudge = jordan.writes("jb2", "Re: Quick call?", BARE_NUDGE, "Tue, 24 Nov 2026 15:00:00 -0800", "jb1")
    assert nudge["draft"] is None
    assert jordan.pending() == {vague["id"]: "ask_details"}


def test_a_question_already_exported_is_not_taken_back(jordan: Correspondent, tmp_path: Path) -> None:
    # near miss: once the user has approved the question (exported it to send), it has been asked
    vague = jordan.writes("jb1", "Quick call?", VAGUE, "Mon, 23 Nov 2026 09:00:00 -0800")
    exported = jordan.kindly(
        "drafts", "export", "--dir", str(tmp_path / "out"), "--profile", str(jordan.profile)
    )
    assert exported.exit_code == 0, exported.output

    explained = jordan.writes("jb2", "Re: Quick call?", EXPLAINED, "Mon, 23 Nov 2026 15:00:00 -0800", "jb1")

    assert "draft withdrawn" not in jordan.show(vague["id"])
    assert "their answer to your question in this thread" in jordan.show(explained["id"])
