"""Deciding open invitations again after a profile change keeps the thread's rules a triage run keeps:
a sender declined days ago is not answered again within the cooling-off period, and a reply whose details
went into the referral directory is not decided as a new invitation."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

import test_seed_scenario as seed
from kindly.profile import load_profile
from kindly.store.db import open_database
from kindly.store.tables import AnalysisRow, DraftRow
from kindly.web.decisions import redecide_open
from support import EXAMPLE_PROFILE_FILE, Kindly, gordons_mail, triaged_one

PITCH = "I'm a financial planner helping consultants with retirement planning. Could we meet for a demo?"


def pending_drafts(database: Path, pk: int) -> list[DraftRow]:
    with open_database(database).begin() as session:
        return list(
            session.scalars(select(DraftRow).where(DraftRow.message_pk == pk, DraftRow.status == "pending"))
        )


def test_a_profile_change_does_not_answer_a_sender_in_cooling_off(kindly: Kindly, tmp_path: Path) -> None:
    first = triaged_one(
        kindly, gordons_mail(tmp_path / "a.eml", "c-1@x.example", PITCH, "Retirement planning")
    )
    again = triaged_one(
        kindly, gordons_mail(tmp_path / "b.eml", "c-2@x.example", "New year! " + PITCH, "A fresh idea")
    )
    assert first["draft"] and again["draft"] is None

    redecide_open(open_database(kindly.database), load_profile(EXAMPLE_PROFILE_FILE))

    assert pending_drafts(kindly.database, again["id"]) == []
    assert len(pending_drafts(kindly.database, first["id"])) == 1
    with open_database(kindly.database).begin() as session:
        analysis = session.scalars(select(AnalysisRow).where(AnalysisRow.message_pk == again["id"])).one()
        assert any("cooling-off" in line for line in analysis.decision_evidence)


def test_a_profile_change_leaves_an_answer_that_filled_the_directory_alone(
    kindly: Kindly, tmp_path: Path
) -> None:
    seed.test_vague_coffee_to_honest_decline_to_directory_entry(kindly, tmp_path)  # the thread, 3 messages
    with open_database(kindly.database).begin() as session:
        details = session.scalars(
            select(AnalysisRow).where(AnalysisRow.reason_code == "directory_added")
        ).one()
        pk = details.message_pk

    redecide_open(open_database(kindly.database), load_profile(EXAMPLE_PROFILE_FILE))

    with open_database(kindly.database).begin() as session:
        analysis = session.scalars(select(AnalysisRow).where(AnalysisRow.message_pk == pk)).one()
        assert (analysis.decision, analysis.reason_code) == ("ignore", "directory_added")
    assert pending_drafts(kindly.database, pk) == []


def test_deciding_again_does_not_restart_the_cooling_off_period(kindly: Kindly, tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    first = triaged_one(
        kindly, gordons_mail(tmp_path / "a.eml", "c-1@x.example", PITCH, "Retirement planning")
    )
    with open_database(kindly.database).begin() as session:
        session.execute(
            update(AnalysisRow)
            .where(AnalysisRow.message_pk == first["id"])
            .values(decided_at=datetime.now(UTC) - timedelta(days=90))
        )
    later = triaged_one(
        kindly, gordons_mail(tmp_path / "b.eml", "c-2@x.example", "Spring! " + PITCH, "New idea")
    )
    assert later["draft"]  # the cooling-off period (30 days) is long over

    redecide_open(open_database(kindly.database), load_profile(EXAMPLE_PROFILE_FILE))

    assert len(pending_drafts(kindly.database, later["id"])) == 1
