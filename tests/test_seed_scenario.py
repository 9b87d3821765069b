"""The seed's own scenario, end to end through the CLI on a real SQLite file:

a stranger's vague coffee invitation -> ask for details -> the answer shows a financial planner looking for
clients while the profile has one -> an honest decline naming that the user already works with one, plus the
offer to pass their details on -> their reply with contact details and an overview -> a directory entry.
"""

from __future__ import annotations

import json
from pathlib import Path

from support import EXAMPLES, Kindly, gordons_mail, triaged_one

PROFILE = str(EXAMPLES / "profile.toml")


def mail(path: Path, message_id: str, body: str, subject: str, parents: tuple[str, ...] = ()) -> Path:
    """Gordon's mail to Dana, answering the thread of `parents` (oldest first)."""
    in_reply_to = parents[-1] if parents else ""
    return gordons_mail(path, message_id, body, subject, in_reply_to=in_reply_to, references=parents)


def test_vague_coffee_to_honest_decline_to_directory_entry(kindly: Kindly, tmp_path: Path) -> None:
    first = triaged_one(
        kindly,
        mail(
            tmp_path / "1.eml",
            "coffee-1@evergreenpath.example",
            "Hi Dana,\n\nI came across your profile and would love to grab a coffee sometime "
            "and connect! Let me know what works.\n\nGordon",
            "Coffee?",
        ),
    )
    assert (first["decision"], first["reason_code"]) == ("ask_details", "purpose_unclear")
    assert "is there something specific you wanted to discuss?" in first["draft"]

    answer = triaged_one(
        kindly,
        mail(
            tmp_path / "2.eml",
            "coffee-2@evergreenpath.example",
            "Thanks for getting back to me! I'm a financial planner with Evergreen Path Financial and I help "
            "consultants plan for retirement. I'd love to walk you through how I could help you too.\n\nGordon",
            "Re: Coffee?",
            ("coffee-1@evergreenpath.example", "our-reply@example.com"),
        ),
    )
    assert answer["thread_id"] == first["thread_id"]
    assert (answer["decision"], answer["reason_code"]) == ("decline", "has_provider")
    assert "For financial planning, I already work with someone I'm very happy with" in answer["draft"]
    assert "contact details" in answer["draft"] and "overview" in answer["draft"]

    details = triaged_one(
        kindly,
        mail(
            tmp_path / "3.eml",
            "coffee-3@evergreenpath.example",
            "Totally understand, thank you! Here are my details: Gordon Whitfield, Evergreen Path Financial, "
            "gordon@evergreenpath.example, 503-555-0142. I'm a fee-only planner for consultants and freelancers: "
            "retirement plans, SEP-IRA vs Solo 401(k), and cash-flow planning.\n\nGordon",
            "Re: Coffee?",
            (
                "coffee-1@evergreenpath.example",
                "our-reply@example.com",
                "coffee-2@evergreenpath.example",
                "our-decline@example.com",
            ),
        ),
    )
    assert details["thread_id"] == first["thread_id"]
    assert (details["decision"], details["reason_code"]) == ("ignore", "directory_added")

    [entry] = json.loads(kindly("directory", "list", "--json").stdout)
    assert entry["name"] == "Gordon Whitfield"
    assert entry["category"] == "financial planning"
    assert "gordon@evergreenpath.example" in entry["contact"] and "503-555-0142" in entry["contact"]
    assert "fee-only planner" in entry["overview"]
    ranked = json.loads(kindly("refer", "can you recommend a financial planner?", "--json").stdout)
    assert ranked[0]["name"] == "Gordon Whitfield"

    # Triaging the whole thread again changes nothing and makes no second entry.
    for name in ("1.eml", "2.eml", "3.eml"):
        triaged_one(kindly, tmp_path / name)
    assert len(json.loads(kindly("directory", "list", "--json").stdout)) == 1


def test_one_reply_per_thread_and_decision(kindly: Kindly, tmp_path: Path) -> None:
    pitch = (
        "I'm a financial planner and I help consultants with retirement planning. Could I get 15 minutes "
        "on your calendar next week?"
    )
    first = triaged_one(kindly, mail(tmp_path / "a.eml", "p-1@x.example", pitch, "Retirement planning"))
    nudge = triaged_one(
        kindly,
        mail(
            tmp_path / "b.eml",
            "p-2@x.example",
            "Just bumping this up: " + pitch,
            "Re: Retirement planning",
            ("p-1@x.example",),
        ),
    )
    assert first["decision"] == nudge["decision"] == "decline"
    assert first["draft"] and nudge["draft"] is None


def test_a_declined_sender_is_not_answered_again_within_the_cooling_off_period(
    kindly: Kindly, tmp_path: Path
) -> None:
    pitch = "I'm a financial planner helping consultants with retirement planning. Could we meet for a demo?"
    first = triaged_one(kindly, mail(tmp_path / "a.eml", "c-1@x.example", pitch, "Retirement planning"))
    again = triaged_one(
        kindly,
        mail(tmp_path / "b.eml", "c-2@x.example", "New year, new plan! " + pitch, "A fresh idea for 2027"),
    )
    assert first["draft"] and first["decision"] == "decline"
    assert again["thread_id"] != first["thread_id"]
    assert again["draft"] is None
    shown = kindly("show", str(again["id"])).stdout
    assert "cooling-off" in shown


def test_correct_changes_the_decision_now_and_is_remembered_later(kindly: Kindly, tmp_path: Path) -> None:
    note = (
        "Hi Dana, thanks again for lunch yesterday - it was great to catch up and hear about the studio.\n\n"
        "Sam"
    )
    first = triaged_one(kindly, mail(tmp_path / "a.eml", "n-1@x.example", note, "lunch"))
    result = kindly("correct", str(first["id"]), "--intent", "none", "--profile", PROFILE)
    assert result.exit_code == 0, result.output
    assert "is now none: ignore" in result.stdout
    later = triaged_one(
        kindly,
        mail(
            tmp_path / "b.eml", "n-2@x.example", note.replace("lunch yesterday", "lunch on Friday"), "lunch"
        ),
    )
    assert later["intent"] == "none" and later["decision"] == "ignore"
    assert "corrected by you" in kindly("show", str(later["id"])).stdout
