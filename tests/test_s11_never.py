"""Never-rules as four users of the eleventh session wrote them (a bookshop owner, a job seeker, an employment
lawyer, a venture investor), each case reproduced from their own mail before it was fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kindly.decide.rules import never_rule_hit
from kindly.model import Intent
from support import EXAMPLES, Kindly, eml, profile_file, with_never

BOOK_CLUB = (
    "Would you be open to hosting a small teen book club (8-10 kids, with me as the adult) once a month on a "
    "Saturday morning, say 10 to 11? We'd start in February."
)
SUNDAY_MARKET = (
    "We still have a few vendor spots open for the Holiday Makers Market on Sunday, December 13, 10 am - 5 pm. "
    "Booth fee: $85."
)


@pytest.mark.parametrize(
    ("rule", "message", "holds"),
    [
        pytest.param("events on Sundays", BOOK_CLUB, False, id="a Saturday is not a Sunday"),
        pytest.param("events on Sundays", SUNDAY_MARKET, True, id="a Sunday is"),
        pytest.param("weekend events on Sundays", BOOK_CLUB, False, id="the day narrows the weekend"),
        pytest.param("events on Saturdays and Sundays", BOOK_CLUB, True, id="either day of the two"),
        pytest.param("weekend events", SUNDAY_MARKET, True, id="the weekend is either day"),
        pytest.param(
            "Sunday brunches", "Join our brunch on Saturday 12 December?", False, id="word for word"
        ),
    ],
)
def test_a_day_named_in_a_rule_narrows_the_weekend_to_that_day(rule: str, message: str, holds: bool) -> None:
    hit = never_rule_hit(with_never(rule), message, Intent.EVENT_INVITATION)
    assert (hit is not None) is holds, hit


@pytest.mark.parametrize(
    "rule",
    [
        "events on Sundays - it's the one day the shop is closed and I'm with my family",
        "events on Sundays because the shop is closed",
        "events on Sundays, as I'm with my family",
        "events on Sundays; that's family time",
        "events on Sundays (it's our family day)",
    ],
)
def test_the_users_reason_for_a_rule_is_not_part_of_what_a_message_must_show(rule: str) -> None:
    hit = never_rule_hit(with_never(rule), SUNDAY_MARKET, Intent.EVENT_INVITATION)
    assert hit is not None and hit[0] == rule  # told as the user wrote it, reason and all
    assert never_rule_hit(with_never(rule), BOOK_CLUB, Intent.EVENT_INVITATION) is None


def test_a_semicolon_between_two_asks_still_makes_them_alternatives() -> None:
    rules = with_never("unpaid podcasts; pay-to-play awards")
    assert never_rule_hit(rules, "Come on our podcast! Sadly there's no fee.", Intent.SPEAKING_INVITATION)


TRIAL_RULE = "unpaid 'trial projects' where I'd do real work for free"
TRIAL = (
    "Our next step is a two-week trial project. You'd join our Slack and work with the team to build the Q1 "
    "roadmap. The trial is unpaid, but it's the best way for both sides to see if it's a fit."
)
PICK_YOUR_BRAIN = (
    "Hi Jordan! Would love to connect and pick your brain sometime. Free for a quick call this week?"
)
VOLUNTEER_CFP = (
    "The call for proposals is open until Friday 11 December. Sessions are 30 minutes; it's a free, volunteer-run "
    "event so we can't pay speakers, but we do cover parking and lunch."
)


@pytest.mark.parametrize(
    ("message", "intent", "holds"),
    [
        pytest.param(TRIAL, Intent.RECRUITING, True, id="an unpaid trial project"),
        pytest.param(
            "Before we decide, we'd ask you to do a test project, unpaid, over a weekend.",
            Intent.RECRUITING,
            True,
            id="a test project is a trial",
        ),
        pytest.param(PICK_YOUR_BRAIN, Intent.COFFEE_CHAT, False, id="free advice is no trial project"),
        pytest.param(
            VOLUNTEER_CFP, Intent.SPEAKING_INVITATION, False, id="an unpaid talk is no trial project"
        ),
        pytest.param(
            "Start your free trial of our project tracker today!",
            Intent.SALES_PITCH,
            False,
            id="a free trial",
        ),
    ],
)
def test_the_noun_an_unpaid_rule_qualifies_narrows_it(message: str, intent: Intent, holds: bool) -> None:
    # "where I'd do real work for free" says the rule again: no message need say "real"
    hit = never_rule_hit(with_never(TRIAL_RULE), message, intent)
    assert (hit is not None) is holds, hit


@pytest.mark.parametrize(
    ("rule", "holds"),
    [
        pytest.param("working for free", True, id="doing the work narrows nothing"),
        pytest.param("doing unpaid work", True, id="nor does doing it"),
        pytest.param("panels where I'm the only woman", False, id="a condition is no licence for every talk"),
    ],
)
def test_a_clause_or_a_verb_narrows_an_unpaid_rule_only_where_it_says_something(
    rule: str, holds: bool
) -> None:
    talk = "Would you join our panel on Tuesday? It's unpaid, sadly."
    assert (never_rule_hit(with_never(rule), talk, Intent.SPEAKING_INVITATION) is not None) is holds


CLINIC = (
    "We are expanding our evening employment tribunal advice clinic, where law students give initial advice to "
    "people with unfair dismissal, discrimination and unpaid wages claims. We are looking for experienced "
    "employment solicitors who could supervise one Thursday evening a month, on a pro bono basis."
)


def test_pro_bono_work_outside_a_field_is_a_condition_kindly_cannot_check() -> None:
    assert (
        never_rule_hit(
            with_never("pro bono work outside employment law"), CLINIC, Intent.COMMUNITY_INVITATION
        )
        is None
    )


@pytest.mark.parametrize(
    "owed",
    [
        "people with unfair dismissal and unpaid wages claims",
        "Our platform chases unpaid invoices for small firms.",
    ],
)
def test_money_owed_is_not_work_done_unpaid(owed: str) -> None:
    assert (
        never_rule_hit(with_never("unpaid work"), f"Could we have a call? {owed}", Intent.SALES_PITCH) is None
    )
    assert never_rule_hit(with_never("unpaid work"), "It's an unpaid role.", Intent.RECRUITING) is not None


SHOWCASE = (
    "This year we are opening a small number of Investor Showcase places. For GBP 1,800 + VAT your fund gets a "
    "five-minute slot on stage to present your thesis."
)


@pytest.mark.parametrize(
    "rule",
    [
        "paid 'investor showcase' slots",
        "paying for 'investor showcase' slots or demo-day sponsorships",
        "pay for 'investor showcase' slots",
    ],
)
def test_paying_for_a_place_reads_like_a_paid_place(rule: str) -> None:
    hit = never_rule_hit(with_never(rule), SHOWCASE, Intent.EVENT_INVITATION)
    assert hit is not None and f'"{rule.split()[0]}": "GBP 1,800"' in hit[1]
    free = "Our Investor Showcase is open to every fund, with no charge to attend."
    assert never_rule_hit(with_never(rule), free, Intent.EVENT_INVITATION) is None


BROKER = (
    "Subject: Partnership: monetize your customer list\n\nI work with independent retailers to monetize their "
    "customer data responsibly. Our partners pay top dollar for engaged, local email subscribers - $0.40 per "
    "verified address per quarter. Open to a 20-minute call to walk through how it works?"
)


def test_a_broker_who_would_buy_the_list_asks_the_user_to_sell_it() -> None:
    rule = "selling or renting out our customers' email list"
    hit = never_rule_hit(with_never(rule), BROKER, Intent.SALES_PITCH)
    assert hit is not None and '"selling": "monetize your"' in hit[1]
    # a seller of lists asks the user to buy one, not to sell theirs
    seller = "Buy verified email lists of 10,000 local customers today, from $99!"
    assert never_rule_hit(with_never(rule), seller, Intent.SALES_PITCH) is None


BOOKSHOP = """
[user]
name = "Mei Lin Harcourt"
email = "meilin@driftwoodbooks.example.com"

[[goals]]
kind = "find_community"
description = "Build a community of local authors and book clubs who read, launch and meet at the shop"
targets = ["local authors", "book clubs", "reading groups"]

[[never]]
what = "events on Sundays - it's the one day the shop is closed and I'm with my family"

[[never]]
what = "selling or renting out our customers' email list"
"""


def write_mail(folder: Path, name: str, sender: str, subject: str, body: str) -> None:
    """Mail `name` to Mei Lin, the bookshop owner, saved in `folder`."""
    eml(
        folder / f"{name}.eml",
        body,
        sender=sender,
        to="meilin@driftwoodbooks.example.com",
        subject=subject,
        message_id=f"{name}@example.org",
        date="Mon, 16 Nov 2026 10:00:00 +0000",
    )


def test_a_bookshop_owners_rules_decline_what_they_name_and_nothing_else(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(BOOKSHOP, tmp_path)
    mail = tmp_path / "mail"
    mail.mkdir()
    write_mail(
        mail,
        "panel",
        "Ruth Ellison <ruth@writers.example.org>",
        "Panel invitation",
        (
            "I'm delighted to invite you to join our closing panel on Sunday, January 24, 2027, from 1:00 to 2:15 pm. "
            "Panelists receive a $150 honorarium."
        ),
    )
    write_mail(
        mail,
        "club",
        "Marisol Quintero <marisol@school.example.org>",
        "Teen book club at Driftwood?",
        BOOK_CLUB,
    )
    write_mail(
        mail, "broker", "Brock Haldane <brock@reachlist.example.com>", BROKER.split("\n")[0][9:], BROKER
    )
    result = kindly("triage", str(mail), "--profile", str(profile), "--json")
    decided = {
        row["subject"]: (row["reason_code"], row["reason"])
        for row in map(json.loads, result.stdout.splitlines())
    }
    assert decided["Panel invitation"][0] == "never_do"
    assert decided["Partnership: monetize your customer list"][0] == "never_do"
    assert "Sundays" not in decided["Teen book club at Driftwood?"][1]


VC = """
[user]
name = "Amara Osei"
email = "amara@kestrelridge.example.com"

[[goals]]
kind = "find_community"
description = "Climate founders raising their first round"

[[never]]
what = "crypto token deals of any kind"

[[never]]
what = "one-off coffees with service providers selling to VCs"

[[never]]
what = "speaking on panels with no women speakers"
"""


def test_triage_notes_once_which_rules_it_reads_word_for_word(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(VC, tmp_path)
    mail = tmp_path / "mail"
    mail.mkdir()
    for name in ("pr", "law"):
        write_mail(
            mail,
            name,
            f"Someone <{name}@firm.example.com>",
            "Coffee?",
            "I'd love to buy you a coffee next week.",
        )
    result = kindly("triage", str(mail), "--profile", str(profile))
    assert result.stderr.count("word for word") == 1
    words = '"one-off coffees with service providers selling to VCs": one, off, coffees, service, providers'
    assert words in result.stderr
    assert '"speaking on panels with no women speakers": nothing kindly can check' in result.stderr
    assert "crypto" not in result.stderr  # read by its idea
    plain = kindly("triage", str(mail), "--profile", str(EXAMPLES / "profile.toml"))
    assert "word for word" not in plain.stderr
