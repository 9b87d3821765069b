"""Session 23, code debts: refactors that keep what kindly decides, and what they must keep."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kindly.decide.rule_parts import prerequisite_missing, prerequisite_sent
from kindly.decide.rules import never_rule_hit
from kindly.model import Intent, Message
from kindly.store.db import open_database
from kindly.store.history import history
from kindly.store.repository import Repository
from kindly.store.tables import MessageRow
from personas import agency_profile, to_marcus, to_tom, vc_partner_profile
from support import Kindly, profile_file, statements, triaged_one, with_never


def _note(n: int, from_name: str, from_addr: str) -> Message:
    return Message(
        source=f"test#{n}",
        message_id=f"n{n}@example.org",
        from_name=from_name,
        from_addr=from_addr,
        to=("dana@example.com",),
        subject="Coffee?" if n == 1 else "Re: Coffee?",
        date=datetime(2026, 11, n, tzinfo=UTC),
        body=f"Coffee next week? ({n})",
        own_text=f"Coffee next week? ({n})",
    )


def _history_selects(tmp_path: Path, from_name: str) -> list[tuple[str, Any]]:
    sessions = open_database(tmp_path / f"{from_name}.db")
    with sessions.begin() as session:
        Repository(session).store_messages([_note(n, from_name, "ana@firm.example.org") for n in range(1, 4)])
    with sessions.begin() as session:
        row = session.scalars(select(MessageRow).order_by(MessageRow.id.desc()).limit(1)).one()
        with statements(sessions) as seen:
            history(session, row.id, row.thread_id, row.from_addr, from_name)
        return seen


def test_a_sender_with_a_full_name_costs_triage_no_extra_query_for_their_firms_mailbox(
    tmp_path: Path,
) -> None:
    # "Ana Ruiz" may have written first from her firm's mailbox; finding that is part of the one thread query
    assert len(_history_selects(tmp_path, "Ana Ruiz")) == len(_history_selects(tmp_path, "Ana"))


def test_the_firms_mailbox_is_looked_up_by_an_index_not_a_scan(tmp_path: Path) -> None:
    sessions = open_database(tmp_path / "kindly.db")
    with sessions.begin() as session:
        notes = [_note(n, "Ana Ruiz", f"ana{n}@firm.example.org") for n in range(1, 4)]
        Repository(session).store_messages(notes)
    with sessions.begin() as session:
        row = session.scalars(select(MessageRow).order_by(MessageRow.id.desc()).limit(1)).one()
        with statements(sessions) as seen:
            history(session, row.id, row.thread_id, row.from_addr, "Ana Ruiz")
        connection = session.connection().connection.driver_connection
        assert connection is not None
        for statement, parameters in seen:
            for step in connection.execute("EXPLAIN QUERY PLAN " + statement, parameters):
                detail = str(step[-1])
                if " messages " in f"{detail} " or " messages_1 " in f"{detail} ":
                    assert "INDEX" in detail or "rowid=?" in detail, f"{statement}\n-> {detail}"


# -- what a never-rule wants first is given only when it is there: one reading for "missing" and "sent" ----------


JD_FIRST = with_never("recruiter calls before a written job description")


def test_a_recruiter_who_says_the_job_description_isnt_ready_has_not_sent_it() -> None:
    text = (
        "Following up: the job description is not finished yet, but could we have a quick call on Thursday?"
    )
    assert not prerequisite_sent(JD_FIRST, text)
    assert prerequisite_missing(JD_FIRST, text, Intent.RECRUITING) is not None


def test_a_recruiter_who_sends_the_job_description_has_sent_it() -> None:
    # near miss: the description is there
    text = "Following up with the job description attached: could we have a quick call on Thursday?"
    assert prerequisite_sent(JD_FIRST, text)
    assert prerequisite_missing(JD_FIRST, text, Intent.RECRUITING) is None


def test_a_recruiter_without_the_job_description_yet_has_not_sent_it() -> None:
    # near miss: denied before the noun, as before
    text = "No job description yet, but could we have a quick call on Thursday?"
    assert not prerequisite_sent(JD_FIRST, text)


# -- a price is a price in any currency, its sign or code before or after the amount (fees.AN_AMOUNT) ------------

LISTINGS_RULE = with_never("paid directory or featured business listings")
TOP_SPOT = "As a Featured Partner your shop gets a top spot in our Best Bike Shops page{price}. Could we have a call?"


@pytest.mark.parametrize(
    "price",
    [
        pytest.param(" - for just 49 euros a month", id="euros-after-the-amount"),
        pytest.param(" - for just SGD 49 a month", id="singapore-dollars"),
        pytest.param(" - for just $49 a month", id="dollar-sign"),
    ],
)
def test_a_top_spot_sold_at_a_price_in_any_currency_is_a_paid_listing(price: str) -> None:
    assert never_rule_hit(LISTINGS_RULE, TOP_SPOT.format(price=price), Intent.SALES_PITCH) is not None


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(", free of charge", id="free"),
        pytest.param(", seen by 12,000 readers a month", id="a-count-is-no-price"),
    ],
)
def test_a_top_spot_at_no_price_is_no_paid_listing(words: str) -> None:
    # near misses: no price named
    assert never_rule_hit(LISTINGS_RULE, TOP_SPOT.format(price=words), Intent.SALES_PITCH) is None


# -- a round said as a time: the thanks follows what the user seeks ------------------------------------------------

FOUNDERS_COFFEE = (
    "Hi Marcus,\n\nI'm the founder of Voltgrid - we build software that helps grid operators decarbonise. Would love a"
    " coffee before our pre-seed round opens in January. Could we do next week?\n\nPriya Nair\nVoltgrid\n"
)
SITE_BEFORE_THE_ROUND = (
    "Hi Tom,\n\nFernhill Therapeutics is a University of Sheffield spin-out and we need a proper website before "
    "our seed round in the spring. Could we have a call next week?\n\nElliot Moss\nCo-founder, Fernhill Therapeutics\n"
)


def test_an_investor_thanks_a_founder_for_the_round_she_asks_coffee_before(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_marcus(
        tmp_path / "m.eml", FOUNDERS_COFFEE, sender="Priya Nair <priya@voltgrid.example>", subject="Coffee?"
    )
    record = triaged_one(kindly, mail, profile_file(vc_partner_profile(), tmp_path))
    assert "reaching out about the round" in record["draft"], record["draft"]


def test_an_agency_thanks_a_spin_out_for_its_enquiry_whatever_round_it_is_before(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: to a user who seeks no raises, the round is only when the site is needed
    mail = to_tom(
        tmp_path / "m.eml",
        SITE_BEFORE_THE_ROUND,
        sender="Elliot Moss <elliot@fernhill.example>",
        subject="Website",
    )
    record = triaged_one(kindly, mail, profile_file(agency_profile(), tmp_path))
    assert "enquiry" in record["draft"] and "about the round" not in record["draft"], record["draft"]
