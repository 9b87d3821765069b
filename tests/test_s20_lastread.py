"""Session 20's last read: what a review of the session's change found and fixed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text

from kindly.decide.fees import pays_you
from kindly.store.db import MIGRATIONS, _sqlite_pragmas
from personas import architect_profile
from support import Kindly, profile_file, triaged, triaged_one
from test_s20_gapsa import WITH_HOURS, _questions_listed, _studio_call, _to_mei_lin
from test_s20_phd import AMARA, _mixer_thread


def test_a_table_of_figures_pasted_without_spaces_is_read_for_pay_at_once() -> None:
    # a run of digits and commas was tried as an amount from each of its digits: quadratic (minutes on 100 KB)
    table = "12,34," * 8_000 + "56"
    mail = f"Hi Dana,\n\nOur survey results, as exported:\n{table}\n\nWe can pay $400 for the talk.\n\nBest,\nLena"
    started = time.perf_counter()
    found = pays_you(mail)
    assert time.perf_counter() - started < 5
    assert found == "We can pay $400"


def test_an_amount_is_read_whole_never_from_inside_a_number() -> None:
    assert pays_you("Our rate is $0.80/word for the piece.") == "$0.80/word"
    assert pays_you("We'd offer you 1,500 euros for the keynote.") == "We'd offer you 1,500 euros"


def test_undoing_the_draft_tone_keeps_the_record_of_replies_sent(kindly: Kindly, home: Path) -> None:
    # a reply sent (by the user's command) refers to its draft; taking the tone column off the drafts again must
    # not copy the table and drop the old one, which with foreign keys on deletes the record of what was sent
    triaged(kindly, Path(__file__).parents[1] / "examples" / "inbox.mbox")
    engine = create_engine(f"sqlite:///{home / 'kindly.db'}")
    event.listen(engine, "connect", _sqlite_pragmas)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sent (draft_pk, message_id, recipient, via, server_answer, sent_at) VALUES "
                "((SELECT MIN(id) FROM drafts), '<1@kindly>', 'lena@example.org', 'eml', '', '2026-12-01 10:00:00')"
            )
        )
        config.attributes["connection"] = connection
        command.downgrade(config, "0015")
        assert connection.execute(text("SELECT COUNT(*) FROM sent")).scalar() == 1
        command.upgrade(config, "head")
        assert connection.execute(text("SELECT COUNT(*) FROM sent")).scalar() == 1
        assert connection.execute(text("SELECT DISTINCT tone FROM drafts")).scalars().all() == [""]
    engine.dispose()


@pytest.mark.parametrize(
    "her_note",
    [
        "Thanks Priya, I'm afraid I'll have to decline. Let me check my calendar for the spring term and get back "
        "to you about the next one.",
        "Count me out this time, sorry! I'll circle back when the thesis is in.",
    ],
)
def test_a_no_that_also_puts_something_off_is_still_her_answer(
    kindly: Kindly, tmp_path: Path, her_note: str
) -> None:
    # "get back to you" beside a no is no deferral of the answer: the invitation she declined gets no draft
    invitation, _ = triaged(kindly, *_mixer_thread(tmp_path, her_note), profile=profile_file(AMARA, tmp_path))
    assert not invitation["draft"]


PANEL = """Hi Mei Lin,

How are you? I run the Passive House Forum at RMIT, and we'd love you to give a 30-minute talk on passive-house
retrofits at our meetup on Thursday 11 March 2027 at 6pm. We pay a $500 honorarium to each speaker.

I hope it's okay to ask - would you also chair the panel that follows? Hope you can make it to the rehearsal on
Wednesday 10 March too? Isn't it time we finally met the other speakers?

Best,
Tom Reilly
Passive House Forum
"""


def test_a_question_asked_behind_a_hope_is_listed_for_the_user(kindly: Kindly, tmp_path: Path) -> None:
    # "I hope ..." opens a real ask here: only "How are you?" is asked out of courtesy
    profile = profile_file(architect_profile(), tmp_path)
    record = triaged_one(kindly, _to_mei_lin(tmp_path, PANEL), profile=profile)
    listed = _questions_listed(kindly("show", str(record["id"]), "--profile", str(profile)).stdout)
    assert "would you also chair the panel that follows?" in listed
    assert "Hope you can make it to the rehearsal on Wednesday 10 March too?" in listed
    assert "Isn't it time we finally met the other speakers?" in listed
    assert "How are you?" not in listed


def test_days_the_sender_is_closed_are_no_days_to_pick_from(kindly: Kindly, tmp_path: Path) -> None:
    # "closed Mondays and Tuesdays" names the days they cannot meet: the Wednesday morning they ask is the day
    profile = profile_file(WITH_HOURS, tmp_path)
    mail = _studio_call(tmp_path, "The studio is closed Mondays and Tuesdays, so how about Wednesday morning")
    record = triaged_one(kindly, mail, profile=profile)
    assert record["decision"] == "accept", record["reason"]
    assert "Monday" not in record["draft"] and "Tuesday" not in record["draft"], record["draft"]
    assert "Wednesday" in record["draft"], record["draft"]
