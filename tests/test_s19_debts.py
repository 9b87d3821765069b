"""Nineteenth session, debts: a fact decide or the reply reads back of a note (a goal's fit, a never-rule's
decline) is carried as a mark beside it, so the note may be reworded for people without changing what is decided
or drafted; declines stored before get the marks from their notes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, select, text

from kindly.decide.policy import Context, decide
from kindly.model import Decision, DecisionMark, Intent, Message, Understanding
from kindly.profile import parse_profile
from kindly.store.db import open_database
from kindly.store.repository import stored_decision
from kindly.store.tables import MessageRow
from personas import FOOD_BANK_NEVER, food_bank_director_profile, to_food_bank_director
from support import Kindly, profile_file, triaged_one
from test_s16_gaps import HR_MANAGER as HR_MANAGER_TOML
from test_s18_debts import _redrafted
from test_s18_nonprofit import SPEAKER_SPONSORSHIP

HR_MANAGER = parse_profile(HR_MANAGER_TOML)
OFFER = (
    "Hi Amara,\n\nSam mentioned you are thinking about the step up to HR director. I have been HR director here for"
    " nine years, and I would be glad to mentor you - perhaps a monthly coffee to start?\n\nBest,\nRuth\n\n"
    "Ruth Kline\nHR Director, Hartwell Health"
)


def _colleagues_offer(body: str = OFFER) -> Message:
    return Message(
        source="test",
        channel="email",
        from_name="Ruth Kline",
        from_addr="ruth.kline@hartwellhealth.org",
        subject="Your step up to director",
        body=body,
        own_text=body,
        date=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )


def _decided(message: Message) -> tuple[Decision, frozenset[DecisionMark]]:
    understanding = Understanding(
        is_invitation=True, intent=Intent.COFFEE_CHAT, purpose_clear=True, confidence=0.9
    )
    verdict = decide(message, understanding, HR_MANAGER, Context())
    assert verdict.best is not None
    return verdict.decision, verdict.best.marks


def test_a_colleagues_offer_to_mentor_the_user_is_marked_on_the_find_mentor_goals_fit() -> None:
    assert _decided(_colleagues_offer()) == (Decision.ACCEPT, frozenset({DecisionMark.MENTOR_OFFERED}))


def test_a_colleague_asking_to_be_mentored_is_no_mentor_offered() -> None:
    asks = (
        "Hi Amara,\n\nI'm stepping into my first HR manager role and would love your advice on employee relations."
        " Would you be open to mentoring me? Even a monthly coffee would mean a lot.\n\nThanks,\nTom"
    )
    _, marks = _decided(_colleagues_offer(asks))
    assert DecisionMark.MENTOR_OFFERED not in marks


# -- a never-rule's decline of a stage that charges its speakers keeps its words when its notes are reworded -----

NOT_PAYING = "I don't pay to appear"


def _sponsorship_declined(kindly: Kindly, tmp_path: Path) -> Path:
    mail = to_food_bank_director(
        tmp_path / "slot.eml",
        SPEAKER_SPONSORSHIP,
        sender="Speaker Relations <speakers@nonprofitleadersforum.example.com>",
        subject="Speaking opportunity: Nonprofit Leaders Forum 2027",
        date="Tue, 24 Nov 2026 10:00:00 -0600",
    )
    profile = profile_file(food_bank_director_profile(never=FOOD_BANK_NEVER), tmp_path)
    record = triaged_one(kindly, mail, profile=profile)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert NOT_PAYING in str(record["draft"]), record["draft"]
    return profile


def test_a_paid_speaking_slot_is_declined_as_such_when_drafted_again_though_its_notes_were_reworded(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = _sponsorship_declined(kindly, tmp_path)
    engine = create_engine(f"sqlite:///{kindly.database}")
    with engine.begin() as connection:
        stored = json.loads(connection.execute(text("SELECT decision_marks FROM analyses")).scalar_one())
        assert DecisionMark.CHARGES_GUESTS.value in stored
        # a later kindly words its notes differently: the reply does not hang on the words
        connection.execute(
            text("""UPDATE analyses SET decision_evidence = '["paying to speak: a slot for $2,950"]'""")
        )
    engine.dispose()
    assert NOT_PAYING in _redrafted(kindly.database, profile)


def test_declines_stored_before_the_marks_get_them_from_their_notes(kindly: Kindly, tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from kindly.store.db import MIGRATIONS

    profile = _sponsorship_declined(kindly, tmp_path)
    engine = create_engine(f"sqlite:///{kindly.database}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")  # as an older kindly left it: the notes, not these marks
        stored = json.loads(connection.execute(text("SELECT decision_marks FROM analyses")).scalar_one())
        assert DecisionMark.CHARGES_GUESTS.value not in stored
    engine.dispose()
    sessions = open_database(kindly.database)  # upgrades to the newest schema
    with sessions() as session:
        analysis = session.scalars(select(MessageRow)).one().analysis
        assert analysis is not None
        assert DecisionMark.CHARGES_GUESTS in stored_decision(analysis).marks
    assert NOT_PAYING in _redrafted(kindly.database, profile)
