"""Debts paid in s16: one question for "is this address a colleague's?", one list of honorifics, and decide
kept free of the reply writer's code."""

from __future__ import annotations

import ast
from pathlib import Path

import kindly.decide
from kindly.decide.assess import assess
from kindly.decide.fit_reading import without_salutation
from kindly.decide.words import fold
from kindly.model import Intent
from kindly.profile import Goal, GoalKind, User
from support import EXAMPLE_PROFILE, Kindly, eml, incoming, profile_file, triaged_one
from test_s15_dent2 import INVITE as DENT2_INVITE
from test_s15_dent2 import RESEARCHER

# Aisling Byrne's profile and a calendar invitation a professor sends her, as in test_s15_dent2, but with his
# title written out in full
INVITE = DENT2_INVITE.replace("CN=Prof. Erik Halvorsen", "CN=Professor Erik Halvorsen")


def test_a_colleague_is_one_at_the_users_own_domain_or_one_the_profile_lists() -> None:
    teacher = User(name="Maya Ortiz", email="maya@lincolnusd.org", own_domains=["lincolnschools.org"])
    assert teacher.at_own_domain("tom@lincolnusd.org")  # her address's domain
    assert teacher.at_own_domain("Tom@HS.LincolnSchools.org")  # a listed domain's subdomain, any case
    assert not teacher.at_own_domain("tom@gmail.com")  # webmail names no organisation
    assert not teacher.at_own_domain("tom@notlincolnschools.org")
    assert not teacher.at_own_domain("")
    # webmail is nobody's organisation, even the user's own address's
    assert not User(name="Dana Reyes", email="dana@gmail.com").at_own_domain("sam@gmail.com")


# -- one list of honorifics: a title is never part of a name -----------------------------------------------------


def test_a_sender_written_as_miss_is_greeted_by_her_name_not_by_the_title(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "coffee.eml",
        "Hi Dana,\n\nI run a small architecture studio in Portland and a friend said you help studios like mine "
        "with their books. Would you have 30 minutes for a coffee next week?\n\nAda Lee\nLee Architecture",
        sender="Miss Ada Lee <ada@leearchitecture.com>",
        subject="Coffee?",
        date="Mon, 16 Nov 2026 09:00:00 -0800",
    )
    draft = triaged_one(kindly, mail)["draft"] or ""
    assert draft.startswith("Hi Miss Lee,"), draft  # as "Dr. Sharon Ellis" is "Dr. Ellis"; not "Hi Miss,"


def test_a_calendar_title_naming_its_organiser_under_a_professors_title_is_not_quoted_back(
    kindly: Kindly, tmp_path: Path
) -> None:
    path = tmp_path / "invite.ics"
    path.write_text(INVITE.format(summary="Careers chat with Erik"), encoding="utf-8")
    draft = triaged_one(kindly, path, profile=profile_file(RESEARCHER, tmp_path))["draft"] or ""
    assert draft and '"Careers chat with Erik"' not in draft, draft  # "Professor Erik Halvorsen" is Erik


def test_a_greeting_to_miss_rivers_is_to_one_person_not_to_a_group() -> None:
    greeting = "Dear Miss Rivers,\n\nThank you for your note about the design studios course."
    assert without_salutation(fold(greeting), greeting).startswith("\n\nthank you")


def test_a_goal_person_who_passed_the_name_on_and_takes_part_is_named_whatever_their_title() -> None:
    # Dana, who would like to meet a speaker she admires
    meet = Goal(kind=GoalKind.MEET_PERSON, description="Meet Sir Ken Robinson", targets=["Sir Ken Robinson"])
    profile = EXAMPLE_PROFILE.model_copy(update={"goals": [meet]})
    said = (
        "Hi Dana,\n\nSir Ken Robinson suggested I write to you. Our studio owners' evening on 9 December is "
        "about pricing creative work, and Ken Robinson will give the keynote. Would you join us?\n\nMaria"
    )
    message = incoming(said, from_name="Maria Perez", from_addr="maria@studioowners.org")
    [meeting] = [
        fit for fit in assess(message, Intent.EVENT_INVITATION, profile).fits if fit.kind == "meet_person"
    ]
    assert "only passed your name on" not in " ".join(meeting.evidence), meeting


def test_someone_copied_as_miss_whom_the_mail_names_is_greeted_and_copied(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "call.eml",
        "Hi Dana,\n\nJane asked me to set up a call with you. She's the founder of Fernhill Studio, a 14-person "
        "design studio, and would like to hire you to take over our monthly bookkeeping. Could you do a 30-minute "
        "call next week?\n\nBest,\nMarcus",
        sender="Marcus Lee <marcus@fernhillstudio.com>",
        cc="Miss Jane Doe <jane@fernhillstudio.com>",
        subject="Call with Jane Doe",
        date="Mon, 30 Nov 2026 09:14:00 -0800",
    )
    draft = triaged_one(kindly, mail)["draft"] or ""
    assert draft.startswith("Hi Marcus and Miss Doe,\n"), draft  # "Jane asked me" names her: she is copied


# -- decide comes before reply -----------------------------------------------------------------------------------


def test_deciding_never_reads_the_reply_writers_code() -> None:
    """decide weighs a message before any reply is written: what both need (the days a message names, the
    questions it asks, an invitation's start in the user's clock) lives in understand/ or the core."""
    decide = Path(kindly.decide.__file__).parent
    imports = [
        f"{path.name}: {name}"
        for path in sorted(decide.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        for name in (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [a.name for a in getattr(node, "names", [])]
        )
        if isinstance(node, ast.Import | ast.ImportFrom) and name.startswith("kindly.reply")
    ]
    assert imports == []
