"""Debts paid in s17: the profile free of decide's code, one rule for "this host is within that domain"."""

from __future__ import annotations

import ast
from pathlib import Path

import kindly.profile
from kindly.domains import within_domain
from kindly.profile import User

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
