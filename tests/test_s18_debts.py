"""Code debts of the seventeenth session, paid without changing what kindly does.

1. A decision made again from the store (the web page's redraft) reads the marks decide set beside its notes,
   never the notes' words: a note reworded, or written by an older kindly, drafts the same reply.
2. What the person an introduction brings in runs is read once, for the goals' fits and the decision alike.
3. A profile's resources are read once, not again for every draft that looks for one to offer.
4. Extract and the money asks split a text into the same sentences: a line of only spaces is a blank line to both.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from kindly.decide import assess, client_need, fit
from kindly.decide.rules import money_sentences
from kindly.ingest.email import parse_email
from kindly.model import DecisionMark
from kindly.profile import Goal, Profile, Resource, load_profile
from kindly.reply import compose, resources
from kindly.store.db import open_database
from kindly.store.repository import stored_decision, stored_understanding
from kindly.store.tables import MessageRow
from kindly.understand.extract import ask_sentence
from kindly.web.decisions import compose_for
from support import Kindly, profile_file, triaged_one
from test_s13_chef import CHEF
from test_s17_winery import INTRODUCTION, WINEMAKER

BOOTH = """\
From: Taste of the Plateau <vendors@tasteoftheplateau.example.com>
Subject: Vendor spots for Taste of the Plateau Winter Edition - 2 left!
Date: Mon, 16 Nov 2026 09:00:12 -0500

Hi Chef,

Taste of the Plateau is back on Saturday, January 30 on Mont-Royal Avenue, with over 15,000 visitors expected! \
Each restaurant gets a heated 10x10 booth and a listing in our festival app.

The booth fee is $650 (plus tax), which includes electricity. Only 2 restaurant spots remain, so please reply by \
December 4 to reserve yours.

Cheers,
The Taste of the Plateau Team
"""
BOOTH_NO = "I don't pay for a booth or a stand to take part"


def _booth_triaged(kindly: Kindly, tmp_path: Path) -> Path:
    (tmp_path / "booth.txt").write_text(BOOTH, encoding="utf-8")
    profile = profile_file(CHEF, tmp_path)
    record = triaged_one(kindly, tmp_path / "booth.txt", profile=profile)
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    assert BOOTH_NO in record["draft"], record["draft"]
    return profile


def _redrafted(database: Path, profile: Path) -> str:
    """The draft the web page writes again for the one stored message, from its stored decision."""
    sessions = open_database(database)
    with sessions() as session:
        row = session.scalars(select(MessageRow)).one()
        assert row.analysis is not None
        composed = compose_for(session, row, load_profile(profile), stored_decision(row.analysis))
        assert composed.draft is not None
        return composed.draft.text


def test_a_booth_sold_is_declined_as_such_when_drafted_again_though_its_note_was_reworded(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = _booth_triaged(kindly, tmp_path)
    engine = create_engine(f"sqlite:///{kindly.database}")
    with engine.begin() as connection:
        stored = json.loads(connection.execute(text("SELECT decision_marks FROM analyses")).scalar_one())
        assert stored == [DecisionMark.PAYS_TO_TAKE_PART.value]
        # a later kindly words its note differently: the reply does not hang on the words
        connection.execute(text("""UPDATE analyses SET decision_evidence = '["a stall sold: \\"$650\\""]'"""))
    engine.dispose()
    assert BOOTH_NO in _redrafted(kindly.database, profile)


def test_analyses_stored_before_the_marks_get_them_from_their_notes(kindly: Kindly, tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from kindly.store.db import MIGRATIONS

    profile = _booth_triaged(kindly, tmp_path)
    engine = create_engine(f"sqlite:///{kindly.database}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")  # as an older kindly left it: notes, no marks
        guest = 'partnership_proposal: it offers a guest for your show ("He\'d love to come on the show")'
        connection.execute(
            text("UPDATE analyses SET understanding_evidence = :notes"), {"notes": json.dumps([guest])}
        )
    engine.dispose()
    sessions = open_database(kindly.database)  # upgrades to the newest schema
    with sessions() as session:
        analysis = session.scalars(select(MessageRow)).one().analysis
        assert analysis is not None
        assert stored_decision(analysis).marks == {DecisionMark.PAYS_TO_TAKE_PART}
        assert stored_understanding(analysis).marks == {DecisionMark.GUEST_OFFERED}
    assert BOOTH_NO in _redrafted(kindly.database, profile)


def test_a_resource_is_read_once_for_every_draft_that_may_offer_it(monkeypatch: pytest.MonkeyPatch) -> None:
    playbook = Resource(
        title="Attendance playbook (s18)",
        description="What worked for us against chronic absenteeism, step by step",
        link="https://lincolnparkhs.org/attendance-playbook",
        helps="school leaders working on chronic absenteeism",
    )
    read: list[str] = []
    words_of = resources.content_stems
    monkeypatch.setattr(resources, "content_stems", lambda text: (read.append(text), words_of(text))[1])
    asks = [
        "Our chronic absenteeism is up again this term. Is there anything you could share with our school leaders?",
        "Would you have a few minutes to talk about absenteeism? Our school leaders are stuck on it.",
        "Could our school leaders borrow whatever helped your team with chronic absenteeism?",
    ]
    assert [compose.best_resource([playbook], ask) for ask in asks] == [playbook] * 3
    assert sum("Attendance playbook" in text for text in read) == 1


# 4. A blank line ends a sentence for extract as for the money asks, whether or not it holds spaces.

SUPPER_CLUB = (
    "Hi Chef,\n  \nWe are hosting a supper club for chef-owners in Montreal this winter\n  \n"
    "Would you like to join us on Thursday 10 December?\n  \nBest,\nMarc"
)


def test_a_mail_whose_blank_lines_hold_spaces_is_read_sentence_by_sentence() -> None:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = (
        "Marc Gagnon <marc@supperclub.example.ca>",
        "chef@example.ca",
        "Supper",
    )
    mail.set_content(SUPPER_CLUB)
    message = parse_email(bytes(mail), "supper.eml")
    assert "\n  \n" in message.own_text  # as the mail program wrote it
    assert ask_sentence(message.own_text) == "Would you like to join us on Thursday 10 December?"
    assert list(money_sentences(message.own_text)) == [
        "Hi Chef,",
        "We are hosting a supper club for chef-owners in Montreal this winter",
        "Would you like to join us on Thursday 10 December?",
    ]


# 2. A buyer introduced (Sarah introduces Daniel, who owns a wine shop, to Elena, a winemaker who looks for them).


def test_the_business_an_introduced_buyer_runs_is_read_once_for_the_fits_and_the_decision(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    runs = client_need.introduced_business

    def reading(profile: Profile, goal: Goal, text: str) -> str:
        read.append(goal.description)
        return runs(profile, goal, text)

    for module in (assess, fit, client_need):
        monkeypatch.setattr(module, "introduced_business", reading, raising=False)
    (tmp_path / "intro.txt").write_text(INTRODUCTION, encoding="utf-8")
    intro = triaged_one(kindly, tmp_path / "intro.txt", profile=profile_file(WINEMAKER, tmp_path))
    assert (intro["intent"], intro["decision"]) == ("introduction", "accept"), intro["reason"]
    assert intro["goal"] == "find_clients", intro["reason"]
    assert len(read) == len(load_profile(profile_file(WINEMAKER, tmp_path)).goals)  # once for each goal
