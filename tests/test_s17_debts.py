"""Debts paid in s17: the profile free of decide's code, one rule for "this host is within that domain", one
reading of the titles a name opens with."""

from __future__ import annotations

import ast
from pathlib import Path

import kindly.profile
from kindly.domains import within_domain
from kindly.profile import User
from support import Kindly, eml, profile_file, triaged_one
from test_s15_dent2 import INVITE, RESEARCHER

# -- the profile stands on its own: webmail and "within a domain" live in the core ----------------------------------


def test_the_profile_reads_no_decision_code() -> None:
    """The profile model is read by every layer; what it needs to tell a colleague's address (the webmail list)
    is a core module's, not the decision code's, at the top of the file or inside a method."""
    tree = ast.parse(Path(kindly.profile.__file__).read_text(encoding="utf-8"))
    modules = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    modules += [a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
    assert [m for m in modules if m.startswith(("kindly.decide", "kindly.reply", "kindly.understand"))] == []


def test_a_host_is_within_a_domain_when_it_is_the_domain_or_a_subdomain() -> None:
    assert within_domain("lincolnschools.org", "lincolnschools.org")
    assert within_domain("hs.lincolnschools.org", "lincolnschools.org")
    assert not within_domain("notlincolnschools.org", "lincolnschools.org")  # a longer name, not a subdomain
    assert not within_domain("lincolnschools.org.evil.example", "lincolnschools.org")
    # the profile's colleague rule on top of it: a listed domain's subdomain, never webmail
    teacher = User(name="Maya Ortiz", email="maya@lincolnusd.org", own_domains=["lincolnschools.org"])
    assert teacher.at_own_domain("tom@hs.lincolnschools.org")
    assert not teacher.at_own_domain("tom@notlincolnschools.org")


# -- a title is never part of a name, however many a name opens with -------------------------------------------------


def test_an_organiser_with_two_titles_is_known_by_his_given_name(kindly: Kindly, tmp_path: Path) -> None:
    # Aisling Byrne's profile, and a professor who writes both his titles asks her to a careers chat he named after
    # himself: "Careers chat with Erik" is his label for a meeting of the two, not an event's name to thank him for
    path = tmp_path / "invite.ics"
    invite = INVITE.replace("CN=Prof. Erik Halvorsen", "CN=Prof. Dr. Erik Halvorsen")
    path.write_text(invite.format(summary="Careers chat with Erik"), encoding="utf-8")
    draft = triaged_one(kindly, path, profile=profile_file(RESEARCHER, tmp_path))["draft"] or ""
    assert draft and '"Careers chat with Erik"' not in draft, draft  # "Prof. Dr. Erik Halvorsen" is Erik


def test_a_sender_with_two_titles_who_signs_with_his_first_name_is_greeted_by_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "chat.eml",
        "Hi Aisling,\n\nI enjoyed your talk on flood modelling at the Edinburgh workshop. Would you have half an "
        "hour for a call about faculty applications and the academic job market next week?\n\nBest,\nErik",
        sender="Prof. Dr. Erik Halvorsen <eh42@st-andrews.ac.uk>",
        subject="A call about faculty applications?",
        date="Fri, 27 Nov 2026 09:30:00 +0000",
        to="Aisling Byrne <aisling.byrne@ed.ac.uk>",
    )
    draft = triaged_one(kindly, mail, profile=profile_file(RESEARCHER, tmp_path))["draft"] or ""
    assert draft.startswith("Hi Erik,\n"), (
        draft
    )  # as he signs, past both his titles: not "Hi Prof. Halvorsen"
