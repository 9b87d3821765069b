"""Drafts' wording, round three (session 23): a fan who thanks the user for her video hears she is glad it
helped, a no quotes the part of a never-rule that applied, a seller who rewards recommendations is promised no
one, a rule is told back in plain English ("You're never a judge"), and a yes to a call says "speak to you"."""

from __future__ import annotations

import pytest

from kindly.decide.rule_parts import you_never_do

# -- 4. a never-rule is told back in plain English --------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "told"),
    [
        ("being a judge", "You're never a judge"),
        ("being a judge at pitch competitions", "You're never a judge at pitch competitions"),
        ("giving talks, or paying for stands", "You never give talks, or pay for stands"),
        ("endorsing products or accepting gifts", "You never endorse products or accept gifts"),
        # near misses: a later thing in -ing is what the doing is done to; a rule of things keeps "do"
        (
            "paying for stands, booths or networking events",
            "You never pay for stands, booths or networking events",
        ),
        ("sponsoring or networking events", "You never do sponsoring or networking events"),
        ("calls on Fridays", "You never do calls on Fridays"),
    ],
)
def test_a_never_rule_of_doings_is_told_back_by_each_verb(rule: str, told: str) -> None:
    assert you_never_do(rule) == told


def test_a_rule_of_being_reads_well_mid_sentence() -> None:
    assert you_never_do("being a judge", mid_sentence=True) == "you're never a judge"
