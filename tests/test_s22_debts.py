"""Debts read back after session 21: patterns that read too much or too slowly, and readings kept in two places.
Each fix keeps what was read before; the near misses here must stay as they were."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kindly.config import parse_config
from kindly.decide.client_need import raising_for_the_goal
from kindly.decide.fee_denied import fee_denied
from kindly.decide.fees import pays_you
from kindly.decide.rule_parts import (
    REASON,
    NotFirst,
    about_meetings,
    rule_condition,
    rule_not_first,
    rule_prerequisite,
)
from kindly.decide.rules import never_rule_hit
from kindly.decide.white_label import own_rates, work_offered
from kindly.errors import ConfigError
from kindly.model import Intent
from kindly.profile import Answer
from personas import oss_profile, to_marcus, to_priya, vc_partner_profile
from support import Kindly, profile_file, triaged_one, with_never, written_profile

# -- a founder's opener is not a sentence about what the company does -------------------------------------------

RAISE_WITHOUT_A_FIELD = (
    "Hi Marcus,\n\n{opener} We're raising a £900k pre-seed for Carbonloop and would love Ashgrove to consider "
    "leading.\n\nDeck: https://docsend.com/view/carbonloop-preseed\n\nCould we do a 30-minute call next week?\n\n"
    "Ines Calder, Founder"
)


@pytest.mark.parametrize(
    "opener",
    [
        "This is a quick note to introduce myself.",
        "It is a pleasure to finally write.",
        "Thursday is a good day for me.",
        "",
    ],
)
def test_a_raise_that_says_nothing_of_its_field_may_be_in_his(tmp_path: Path, opener: str) -> None:
    marcus = written_profile(vc_partner_profile(), tmp_path)
    text = RAISE_WITHOUT_A_FIELD.format(opener=opener)
    assert raising_for_the_goal(marcus, text) == "raising a £900k pre-seed"


def test_a_founder_whose_opener_names_no_field_is_his_deal_flow(kindly: Kindly, tmp_path: Path) -> None:
    mail = to_marcus(
        tmp_path / "mail.eml",
        RAISE_WITHOUT_A_FIELD.format(opener="This is a quick note to introduce myself."),
        sender="Ines Calder <ines@carbonloop.io>",
        subject="Carbonloop - pre-seed (deck attached)",
    )
    record = triaged_one(kindly, mail, profile_file(vc_partner_profile(), tmp_path))
    assert (record["intent"], record["decision"]) == ("client_inquiry", "accept")


@pytest.mark.parametrize(
    "says",
    [
        "Paylinq is a BNPL checkout for Indian D2C brands.",
        "This is a quick note. Paylinq is a BNPL checkout for Indian D2C brands.",
        "We build a BNPL checkout for Indian D2C brands.",
    ],
)
def test_a_company_that_says_it_is_in_another_field_is_still_held_to_his(tmp_path: Path, says: str) -> None:
    # near miss: a name before "is a" still says what the company does, and its field is not climate
    marcus = written_profile(vc_partner_profile(), tmp_path)
    assert raising_for_the_goal(marcus, RAISE_WITHOUT_A_FIELD.format(opener=says)) == ""


# -- the parts of a never-rule are read at once, however many spaces it holds ------------------------------------


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param("NDAs" + " " * 20_000 + "before a first call", id="a run of spaces"),
        pytest.param("calls" + " \t\n" * 7_000 + "on Sundays", id="spaces, tabs and line breaks"),
        pytest.param("no" + " " * 20_000 + "calls", id="no, then spaces"),
    ],
)
def test_a_never_rule_padded_with_spaces_is_read_at_once(rule: str) -> None:
    # each reading tried a run of spaces from every place in it: half a minute a reading on 20 KB
    started = time.perf_counter()
    assert rule_not_first(rule) == (
        NotFirst(rule, "NDAs", "a first call") if rule.startswith("NDAs") else None
    )
    for read in (rule_prerequisite, rule_condition, about_meetings):
        read(rule)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("rule", "thing", "meeting"),
    [
        ("NDAs before a first call", "NDAs", "a first call"),
        ("NDAs   before  a first call.", "NDAs", "a first call"),
        (
            "no signing anything ahead of an intro meeting - my lawyer insists",
            "signing anything",
            "an intro meeting",
        ),
        ("paid pilots prior to a first chat, because we're tiny", "paid pilots", "a first chat"),
    ],
)
def test_what_may_not_come_before_a_meeting_reads_as_before(rule: str, thing: str, meeting: str) -> None:
    assert rule_not_first(rule) == NotFirst(rule, thing, meeting)


def test_the_other_parts_of_a_rule_read_as_before() -> None:
    assert rule_not_first("calls before 7:00") is None
    assert REASON.sub("", "events on Sundays  -  it's the one day the shop is closed") == "events on Sundays"
    assert REASON.sub("", "Sunday meetings, , because I'm with my family") == "Sunday meetings"
    assert REASON.sub("", "selling; renting") == "selling; renting"
    first = rule_prerequisite("pitch calls   without a deck first")
    assert first is not None and (first.base, first.thing) == ("pitch calls", "a deck")
    kept = rule_condition("meetings with lobbyists   without council staff present")
    assert kept is not None and (kept.base, kept.kept) == (
        "meetings with lobbyists",
        "with council staff present",
    )


# -- one pattern for money: a currency's singular name is read wherever a sum is -------------------------------


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        ("We can pay 600 euro for the piece.", "We can pay 600 euro"),
        ("we'd offer you 300 pound for the article", "we'd offer you 300 pound"),
        ("Our rate is 2 dollar per word.", "2 dollar per word"),
        # as before
        ("We can pay 600 euros for the piece.", "We can pay 600 euros"),
        ("We can pay EUR 600 for the piece.", "We can pay EUR 600"),
        ("We can pay $400.", "We can pay $400"),
        ("we'll give you 50 euro off", ""),
        ("We'll pay 40 euro towards travel", ""),
    ],
)
def test_a_fee_in_a_currencys_singular_name_is_paid_as_its_plural_is(text: str, paid: str) -> None:
    assert pays_you(text) == paid


def test_a_fee_denied_or_stopped_by_a_full_stop_reads_the_singular_as_before() -> None:
    denied = "We can't pay the 500 euro fee"
    assert fee_denied(denied, denied.index("500"))
    offered = "We can't pay 1000 euro. We can offer a 500 euro honorarium"
    assert not fee_denied(offered, offered.index("500"))


def test_a_day_rate_reads_in_one_pattern_with_the_fees() -> None:
    assert (
        work_offered("We can pay 300 euro a day - you'd work under our brand.") == "We can pay 300 euro a day"
    )
    assert work_offered("We can pay EUR 300/day - white-label.") == "We can pay EUR 300/day"
    rate = "My day rate is 650 euro (560 pound / 700 dollar); flexible."
    assert own_rates([Answer(about=["day rate"], answer=rate)]) == ("650 euro", "560 pound", "700 dollar")
    said = "My day rate is EUR 650 (GBP 560 / USD 700); flexible."
    assert own_rates([Answer(about=["day rate"], answer=said)]) == ("EUR 650", "GBP 560", "USD 700")


# -- the user's terms for a recruiter's call: one reading, whatever the rule calls recruiters -------------------

HEADHUNTER = (
    "Hi Priya,\n\nI'm a headhunter at Talentbridge. A fintech in Munich is hiring a Staff Python Engineer, fully "
    "remote, salary range EUR 110,000-130,000. Would you be open to a 20-minute call this week?\n\nBest,\nSarah Klein\n"
)


def _to_priya_under(kindly: Kindly, tmp_path: Path, rule: str, body: str = HEADHUNTER) -> dict:
    never = ("unpaid consulting for companies", rule)
    mail = to_priya(
        tmp_path / "headhunter.eml",
        body,
        sender="Sarah Klein <sarah@talentbridge.example>",
        subject="Staff Python Engineer",
    )
    return triaged_one(kindly, mail, profile_file(oss_profile(never=never), tmp_path))


@pytest.mark.parametrize(
    "rule",
    [
        "headhunter calls without a salary range",
        "calls with headhunters without a salary range",
        "recruiter calls without a salary range",
    ],
)
def test_a_headhunter_who_gives_the_range_meets_the_terms_a_recruiter_does(
    kindly: Kindly, tmp_path: Path, rule: str
) -> None:
    # the decision read "headhunter" as a recruiter, the reply only "recruit...": told "not looking" against the rule
    record = _to_priya_under(kindly, tmp_path, rule)
    assert record["decision"] == "decline"
    assert "It gives the salary range your rule asks for" in record["reason"]
    assert "I appreciate you including the salary range up front" in record["draft"]
    assert "I'm not looking for a new role" not in record["draft"]


def test_a_headhunter_who_gives_no_range_is_asked_for_it(kindly: Kindly, tmp_path: Path) -> None:
    body = HEADHUNTER.replace(", salary range EUR 110,000-130,000", "")
    record = _to_priya_under(kindly, tmp_path, "headhunter calls without a salary range", body)
    assert record["decision"] == "ask_details"
    assert "salary range" in record["draft"]


def test_what_must_come_first_for_recruiters_is_read_in_one_place() -> None:
    first = rule_prerequisite("calls with headhunters without a salary range")
    assert first is not None and first.for_recruiters and first.given == "the salary range"
    pitch = rule_prerequisite("pitch calls without a deck first")
    assert pitch is not None and not pitch.for_recruiters and pitch.given == "the deck"


# -- the adapters' tables are checked in one place as the config is read ----------------------------------------


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            '[smtp]\nhost = "mail.example.com"\nsecurity = "none"\n',
            "key smtp: smtp.security: 'none' sends the password and the mail unencrypted",
            id="smtp",
        ),
        pytest.param(
            '[polish]\nbase_url = "ftp://x.example"\nmodel = "m"\n',
            "key polish: polish.base_url: 'ftp://x.example' is not an http(s) URL",
            id="polish",
        ),
    ],
)
def test_a_bad_smtp_or_polish_table_is_refused_as_the_config_is_read(table: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=r"config\.toml") as caught:
        parse_config(table)
    assert expected in str(caught.value)


def test_good_smtp_and_polish_tables_read_as_written() -> None:
    config = parse_config(
        '[smtp]\nhost = "127.0.0.1"\nsecurity = "none"\n[polish]\nbase_url = "http://127.0.0.1:11434/v1"\nmodel = "m"\n'
    )
    assert config.smtp is not None and config.smtp.settings().host == "127.0.0.1"
    assert config.polish is not None and config.polish.settings().model == "m"


# -- a never-rule's list is read at once, however many commas it holds -------------------------------------------


def test_a_never_rule_of_many_commas_is_read_at_once() -> None:
    # each comma looked to the end of the rule for an "or" closing its list: twenty seconds on 20 KB
    rule = "calls" + ", " * 10_000 + "on Sundays"
    started = time.perf_counter()
    never_rule_hit(with_never(rule), "Could we have a call on Sunday?", Intent.WORK_MEETING)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Would you write a testimonial for our app? It would mean a lot.", True),
        ("Could you give us a case study of your work with us?", True),
        ("Would you be up for a coffee next week?", False),
    ],
)
def test_each_item_of_a_list_that_ends_in_or_is_still_a_rule_of_its_own(text: str, hit: bool) -> None:
    rule = with_never("endorsing products, testimonials or case studies")
    assert (never_rule_hit(rule, text, Intent.SALES_PITCH) is not None) is hit
