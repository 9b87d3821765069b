"""Gaps the twenty-first session's reviewers still saw (session 22): each as the user met it, with the near misses
that must stay as they were."""

from __future__ import annotations

import json
from pathlib import Path

from support import EXAMPLE_PROFILE_FILE, Kindly, eml, triaged_one

PROFILE = str(EXAMPLE_PROFILE_FILE)  # Dana Reyes, a fractional CFO for small design studios


# -- a reply that left kindly (exported, pushed to Drafts) stays the answer when the message is decided again ------


def _pending(kindly: Kindly) -> list[dict[str, object]]:
    result = kindly("drafts", "--json")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def _studio_enquiry(kindly: Kindly, tmp_path: Path) -> int:
    """A studio owner's enquiry, said yes to; its ID."""
    enquiry = eml(
        tmp_path / "enquiry.eml",
        "Hi Dana,\n\nI own Park & Field, a six-person design studio in Portland, and our books are a mess since we "
        "grew. Could we have a 30-minute call next week to talk about monthly bookkeeping?\n\nJo Park\nOwner, "
        "Park & Field Studio\n",
        sender="Jo Park <jo@parkfield.example>",
        subject="Bookkeeping for our studio",
        date="Mon, 30 Nov 2026 09:00:00 -0800",
        message_id="enquiry-1@parkfield.example",
    )
    record = triaged_one(kindly, enquiry)
    assert record["decision"] == "accept"
    return int(record["id"])


def test_a_correction_after_the_reply_was_exported_drafts_no_second_reply(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the yes was written out for her own mail program, which may well have sent it: it is the answer
    pk = _studio_enquiry(kindly, tmp_path)
    [draft] = _pending(kindly)
    exported = kindly(
        "drafts", "export", str(draft["id"]), "--dir", str(tmp_path / "out"), "--profile", PROFILE
    )
    assert exported.exit_code == 0, exported.output
    corrected = kindly("correct", str(pk), "--intent", "sales_pitch", "--profile", PROFILE)
    assert corrected.exit_code == 0, corrected.output
    assert _pending(kindly) == []
    shown = kindly("show", str(pk), "--profile", PROFILE)
    assert "you already answered this message" in shown.output


def test_a_correction_before_any_reply_left_still_drafts_the_new_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a yes still waiting in kindly answered the old reading; the correction's reply replaces it
    pk = _studio_enquiry(kindly, tmp_path)
    corrected = kindly("correct", str(pk), "--intent", "sales_pitch", "--profile", PROFILE)
    assert corrected.exit_code == 0, corrected.output
    [draft] = _pending(kindly)
    assert draft["decision"] == "decline"
