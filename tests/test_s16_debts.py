"""Debts paid in s16: one question for "is this address a colleague's?", one list of honorifics, and the
patterns decide and reply shared under two names."""

from __future__ import annotations

from kindly.profile import User


def test_a_colleague_is_one_at_the_users_own_domain_or_one_the_profile_lists() -> None:
    teacher = User(name="Maya Ortiz", email="maya@lincolnusd.org", own_domains=["lincolnschools.org"])
    assert teacher.at_own_domain("tom@lincolnusd.org")  # her address's domain
    assert teacher.at_own_domain("Tom@HS.LincolnSchools.org")  # a listed domain's subdomain, any case
    assert not teacher.at_own_domain("tom@gmail.com")  # webmail names no organisation
    assert not teacher.at_own_domain("tom@notlincolnschools.org")
    assert not teacher.at_own_domain("")
    # webmail is nobody's organisation, even the user's own address's
    assert not User(name="Dana Reyes", email="dana@gmail.com").at_own_domain("sam@gmail.com")
