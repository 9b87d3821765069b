"""Triaging the same mailbox again, reported by users of the eleventh session (a bookshop owner, a job seeker):
every duplicate changes nothing - its draft keeps its ID and its text - until something it was decided on
changes."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kindly.decide import policy
from kindly.ingest.sources import detect
from kindly.model import Message
from kindly.profile import load_profile
from kindly.services import Triage
from kindly.store.db import open_database
from kindly.understand.classify import Classifier
from support import EXAMPLE_SOURCES, EXAMPLES, Kindly, eml, triaged

PROFILE = str(EXAMPLES / "profile.toml")


def drafts(database: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "select id, message_pk, status, decision, text from drafts where status != 'discarded' order by id"
        ).fetchall()


def query(kindly: Kindly, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(kindly.database) as connection:
        return connection.execute(sql).fetchall()


def test_triaging_the_same_mailbox_again_keeps_every_draft_its_id_and_its_text(kindly: Kindly) -> None:
    first = triaged(kindly, *EXAMPLE_SOURCES)
    before = drafts(kindly.database)

    again = triaged(kindly, *EXAMPLE_SOURCES)

    assert len(before) > 20
    assert drafts(kindly.database) == before  # draft #7 is still draft #7, word for word
    assert [(r["id"], r["decision"], r["reason"], r["draft"]) for r in again] == [
        (r["id"], r["decision"], r["reason"], r["draft"]) for r in first
    ]


def mail(
    folder: Path, name: str, sender: str, subject: str, written: datetime, body: str, answers: str = ""
) -> Path:
    """Mail `name` to Dana written at `written` (answering mail `answers`), saved in `folder`."""
    return eml(
        folder / f"{name}.eml",
        body,
        sender=sender,
        to="Dana Reyes <dana@example.com>",
        subject=subject,
        date=written,
        message_id=f"{name}@rerun.example",
        in_reply_to=f"{answers}@rerun.example" if answers else "",
    )


def profile(folder: Path, name: str, **changes: str) -> str:
    """The example profile with some of its [user] lines changed ("weekly_networking_hours": "2")."""
    lines = (EXAMPLES / "profile.toml").read_text(encoding="utf-8").splitlines()
    for key, value in changes.items():
        lines = [f"{key} = {value}" if line.startswith(f"{key} =") else line for line in lines]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def coffee_then_circle(tmp_path: Path) -> list[Path]:
    """This week: Priya (a person Dana wants to meet) asks for a coffee, with no day named; a minute later a
    peer group invites her to join, which takes two hours of the same week."""
    now = datetime.now(UTC)
    return [
        mail(
            tmp_path,
            "coffee",
            "Priya Natarajan <priya@fieldworkcapital.example>",
            "Coffee?",
            now - timedelta(minutes=1),
            "Hi Dana,\n\nI'm the founder of Fieldwork Capital - we lend to small design studios, and several of them "
            "mention you. Would you be up for a coffee in the next couple of weeks?\n\nPriya",
        ),
        mail(
            tmp_path,
            "circle",
            "Theo Park <theo@creativefinancecircle.example>",
            "Join the Creative Finance Circle?",
            now,
            "Hi Dana,\n\nI run the Creative Finance Circle, a peer group of independent bookkeepers and fractional "
            "CFOs who serve creative businesses. We meet monthly to swap notes on clients and pricing. Would you "
            "like to join us?\n\nTheo",
        ),
    ]


def test_an_invitation_that_came_later_does_not_take_the_hours_of_one_accepted_before_it(
    kindly: Kindly, tmp_path: Path, coffee_then_circle: list[Path]
) -> None:
    # the bookshop owner's rerun: a yes with two times turned into "my time for meetings like this is spoken
    # for", because the invitation stored after it now counted against its week
    two_hours = profile(tmp_path, "profile.toml", weekly_networking_hours="2")
    coffee, circle = triaged(kindly, *coffee_then_circle, profile=two_hours)
    assert (coffee["reason_code"], circle["decision"]) == ("target_person", "accept")

    signed = profile(tmp_path, "signed.toml", weekly_networking_hours="2", signature='"Dana R."')
    coffee_again, _ = triaged(kindly, *coffee_then_circle, profile=signed)  # a changed profile: decided again

    assert coffee_again["reason_code"] == "target_person"
    assert coffee_again["draft"] == coffee["draft"].replace("Dana\n", "Dana R.\n")


def test_a_changed_profile_rewrites_the_pending_drafts_under_the_same_ids(
    kindly: Kindly, tmp_path: Path, coffee_then_circle: list[Path]
) -> None:
    triaged(kindly, *coffee_then_circle)
    before = drafts(kindly.database)

    triaged(kindly, *coffee_then_circle, profile=profile(tmp_path, "signed.toml", signature='"Dana R."'))

    after = drafts(kindly.database)
    assert [d[:4] for d in after] == [d[:4] for d in before]
    assert all(text.rstrip().endswith("Dana R.") for *_, text in after)


def test_a_stored_message_is_decided_again_only_when_what_it_was_decided_on_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, coffee_then_circle: list[Path]
) -> None:
    decided: list[str] = []
    real = policy.decide

    def spy(message: Message, *args: Any) -> Any:
        decided.append(message.subject)
        return real(message, *args)

    monkeypatch.setattr("kindly.services.decide", spy)
    sessions = open_database(tmp_path / "k.db")
    dana = load_profile(EXAMPLES / "profile.toml")

    def run(*paths: Path, profile: Any = dana) -> list[str]:
        decided.clear()
        list(Triage(sessions, profile, Classifier()).run([detect(str(p)) for p in paths]))
        return list(decided)

    assert run(*coffee_then_circle) == ["Coffee?", "Join the Creative Finance Circle?"]
    assert run(*coffee_then_circle) == []  # the same messages, the same profile: nothing to decide again
    busier = dana.model_copy(update={"user": dana.user.model_copy(update={"weekly_networking_hours": 1})})
    assert run(*coffee_then_circle, profile=busier) == ["Coffee?", "Join the Creative Finance Circle?"]

    # Priya writes again in the thread: the coffee is decided again with her answer, the circle is not
    answer = mail(
        tmp_path,
        "answer",
        "Priya Natarajan <priya@fieldworkcapital.example>",
        "Re: Coffee?",
        datetime.now(UTC),
        "Hi Dana, any chance you saw this? Happy to come to you.\n\nPriya",
        answers="coffee",
    )
    assert run(*coffee_then_circle, answer, profile=busier) == ["Coffee?", "Re: Coffee?"]


# -- the drafts listed -----------------------------------------------------------------------------------------


def test_every_draft_listed_as_json_comes_with_its_text(kindly: Kindly, tmp_path: Path) -> None:
    triaged(kindly, *EXAMPLE_SOURCES)
    out = str(tmp_path / "out")
    kindly("drafts", "export", "--dir", out, "--profile", PROFILE)  # approved now: --all lists them

    listed = json.loads(kindly("drafts", "--all", "--json").stdout)

    stored = dict(query(kindly, "select id, text from drafts where status != 'discarded'"))
    assert listed and {d["status"] for d in listed} == {"pending", "approved"}  # LinkedIn drafts stay pending
    assert {d["id"]: d["text"] for d in listed} == stored


# -- the drafts need no profile -------------------------------------------------------------------------------


def test_a_draft_is_exported_without_the_profile_that_wrote_it(kindly: Kindly, tmp_path: Path) -> None:
    # the bookshop owner triaged with --profile and kept no profile in the app folder
    triaged(kindly, *EXAMPLE_SOURCES)
    [(draft_id,)] = query(kindly, "select min(id) from drafts where channel = 'email' and status = 'pending'")

    result = kindly("drafts", "export", str(draft_id), "--dir", str(tmp_path / "out"))

    assert result.exit_code == 0, result.output
    written = (tmp_path / "out" / f"kindly-draft-{draft_id}.eml").read_text(encoding="utf-8")
    assert "From: Dana Reyes <dana@example.com>" in written


def test_a_draft_stored_before_drafts_kept_their_sender_asks_for_the_profile_and_says_why(
    kindly: Kindly, tmp_path: Path
) -> None:
    triaged(kindly, *EXAMPLE_SOURCES)
    [(draft_id,)] = query(kindly, "select min(id) from drafts where channel = 'email' and status = 'pending'")
    with sqlite3.connect(kindly.database) as connection:  # as a draft stored before migration 0010
        connection.execute("update drafts set from_name = '', from_addr = '' where id = ?", (draft_id,))

    without = kindly("drafts", "export", str(draft_id), "--dir", str(tmp_path / "out"))
    named = kindly("drafts", "export", str(draft_id), "--dir", str(tmp_path / "out"), "--profile", PROFILE)

    assert without.exit_code == 1
    assert "From: line needs your profile's [user] name and email: give --profile FILE" in without.output
    assert named.exit_code == 0, named.output


def test_a_command_that_needs_the_profile_says_why(kindly: Kindly) -> None:
    result = kindly("triage", str(EXAMPLES / "invitation.ics"))
    assert result.exit_code == 2
    assert "`kindly triage` weighs every message against your goals: give --profile FILE" in result.output
