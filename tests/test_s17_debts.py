"""Debts paid in s17: the profile free of decide's code, one rule for "this host is within that domain", one
reading of the titles a name opens with, a ruled-out fit's score kept as a value and not re-read from its note."""

from __future__ import annotations

import ast
from pathlib import Path

import kindly.profile
from kindly.decide.assess import assess
from kindly.decide.policy import ACCEPT_AT
from kindly.domains import within_domain
from kindly.model import Intent
from kindly.profile import User, load_profile
from support import Kindly, eml, incoming, profile_file, triaged_one
from test_s15_dent2 import INVITE, RESEARCHER
from test_s15_researcher import researcher

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


# -- what a never-rule took from a fit is a value the reply reads, not a number parsed from its note ----------------


def test_a_fit_a_never_rule_rules_out_keeps_what_it_would_have_scored(tmp_path: Path) -> None:
    # Aisling, who never does "meetings or talks on Friday afternoons", asked to give a seminar she would want
    seminar = incoming(
        "Hi Aisling,\n\nWould you be willing to give a seminar on your ecological modelling work? Our usual slot "
        "is Friday afternoons at 14:00, and Friday 15 January 2027 is free. It's a friendly audience of about 40, "
        "mostly PhD students and postdocs.\n\nAll the best,\nDavid",
        from_name="Prof. David Kerr",
        from_addr="d.kerr@stir.ac.uk",
        subject="Biological & Environmental Sciences seminar - Friday 15 January?",
    )
    fits = assess(seminar, Intent.SPEAKING_INVITATION, load_profile(researcher(tmp_path))).fits
    ruled = [fit for fit in fits if fit.ruled_out_from is not None]
    assert ruled and all(fit.score == 0.0 for fit in fits)
    for fit in ruled:  # the note the user reads says the same number
        assert fit.evidence[0].startswith(f"would score {fit.ruled_out_from:.2f}, but you never do "), fit
    assert max(fit.ruled_out_from or 0.0 for fit in ruled) >= ACCEPT_AT  # a seminar she would have accepted
