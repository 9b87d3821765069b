"""Round two of the pre-seed climate VC's review (s21 `vc`, /tmp/s21/review_vc, "Still wrong"): a founder's raise
serves his deal flow only in his field; what is left of his mailbox."""

from __future__ import annotations

from pathlib import Path

from personas import VC_DEAL_FLOW, to_marcus, varied, vc_partner_profile
from support import Kindly, profile_file, triaged_one


def _triaged(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, profile: str = ""
) -> dict:
    mail = to_marcus(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(profile or vc_partner_profile(), tmp_path))


# -- a raise serves "climate-tech founders raising pre-seed" only where the company is climate tech -------------

PAYLINQ = (
    "Hi Marcus,\n\nPaylinq is a BNPL checkout for Indian D2C brands; 40 merchants live, £30k MRR. We're raising "
    "£1m pre-seed.\nDeck: https://docsend.com/view/paylinq\n\nCould we do a 30-minute call next week?\n\n"
    "Ravi Menon, Founder"
)


def _from_paylinq(kindly: Kindly, tmp_path: Path, *goals: dict) -> dict:
    """Paylinq's pitch of its raise, to Marcus as he is, or with `goals` for his own."""
    profile = vc_partner_profile(goals=goals) if goals else ""
    return _triaged(
        kindly,
        tmp_path,
        PAYLINQ,
        sender="Ravi Menon <ravi@paylinq.app>",
        subject="Paylinq - pre-seed, deck inside",
        profile=profile,
    )


def test_an_off_thesis_founders_raise_is_not_the_climate_deal_flow_he_looks_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _from_paylinq(kindly, tmp_path)
    assert record["decision"] == "decline"
    assert "about the round" not in (record["draft"] or "")


def test_an_off_thesis_raise_is_declined_under_a_find_clients_goal_of_the_same_words_too(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _from_paylinq(kindly, tmp_path, varied(VC_DEAL_FLOW, kind="find_clients"))
    assert record["decision"] == "decline"


def test_a_climate_founder_in_her_own_words_still_serves_it(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "grid-scale flywheel storage" shares no word with "climate-tech", yet is climate tech
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus - I'm building a grid-scale flywheel storage startup and we're raising pre-seed. Deck: "
        "https://docsend.com/view/spinvault. Could we hop on a 20-min call next week?\n\nOskar",
        sender="Oskar Nilsson <oskar@spinvault.se>",
        subject="Spinvault - pre-seed",
    )
    assert (record["decision"], record["goal"]) == ("accept", "custom")
    assert "about the round" in record["draft"]


def test_a_deal_flow_goal_that_names_no_field_takes_any_founders_raise(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "Meet founders raising pre-seed" asks no field of the company
    anyone = varied(
        VC_DEAL_FLOW, description="Meet founders raising pre-seed (deal flow)", targets=["pre-seed"]
    )
    record = _from_paylinq(kindly, tmp_path, anyone)
    assert (record["decision"], record["goal"]) == ("accept", "custom")


# -- a buyer scouting for what the portfolio company makes is the customer the goal seeks -------------------------


def test_a_buyer_scouting_for_a_paid_pilot_is_introduced_to_the_portfolio_company(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus, I lead innovation at Brightgrid Energy. We're scouting battery analytics startups for a paid "
        "pilot with our flexibility team in Q1. I hear a company in your portfolio does this - would you be open "
        "to a quick call to tell me more?",
        sender="Laura Kemp <laura.kemp@brightgrid.example>",
        subject="Battery analytics pilot",
    )
    assert (record["decision"], record["goal"]) == ("accept", "help_client")
    assert "introduce you to Tidewell" in record["draft"]


def test_a_buyer_scouting_for_what_no_client_makes_is_no_customer_for_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a pilot of payroll software is not what Tidewell (grid battery analytics) makes
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus, I lead HR at Brightgrid Energy. We're scouting payroll software startups for a paid pilot in "
        "Q1. Would you be open to a quick call?",
        sender="Laura Kemp <laura.kemp@brightgrid.example>",
        subject="Payroll pilot",
    )
    assert record["decision"] != "accept"
    assert "Tidewell" not in (record["draft"] or "")


def test_a_seller_looking_for_startups_to_sell_to_stays_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "looking for battery analytics startups" from someone selling them a plan
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus, we're looking for battery analytics startups to roll out our investor CRM - plans start at "
        "£99/month. Could we book a quick demo?",
        sender="Sam Pike <sam@crmly.example>",
        subject="CRM for your portfolio",
    )
    assert record["decision"] != "accept"
    assert "Tidewell" not in (record["draft"] or "")


# -- "paid investor matchmaking events" by the names such events run under --------------------------------------

SPEED_DATING = (
    "Hi Marcus, we run VC x Founder Speed Dating in Shoreditch - 12 curated pre-seed climate founders, 8 minutes "
    "each. {seats} Can I save you one for 10 December?"
)


def test_investor_speed_dating_with_a_paid_seat_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        SPEED_DATING.format(seats="Investor seats are £199."),
        sender="Bianca Ferrer <bianca@vcspeed.example>",
        subject="VC x Founder Speed Dating",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "paid investor matchmaking events" in record["draft"]


def test_investor_speed_dating_with_a_free_seat_is_not_held_to_the_paid_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the rule is against paying for the seat
    record = _triaged(
        kindly,
        tmp_path,
        SPEED_DATING.format(seats="Investor seats are free."),
        sender="Bianca Ferrer <bianca@vcspeed.example>",
        subject="VC x Founder Speed Dating",
    )
    assert record["reason_code"] != "never_do"


def test_a_paid_speed_networking_night_with_no_investors_is_not_investor_matchmaking(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: speed networking for marketers, £25 a ticket, pairs no investor with a founder
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus, we run a speed networking night for marketers in Shoreditch - 8 minutes each. Tickets are £25. "
        "Can I save you one for 10 December?",
        sender="Bianca Ferrer <bianca@mktnight.example>",
        subject="Speed networking night",
    )
    assert record["reason_code"] != "never_do"


# -- a UTC hour at a place that keeps the user's own clock is said once ------------------------------------------

DEMO_DAY = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Carbon13//Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c13-demo-day-2026-12@carbon13.example
DTSTAMP:20261120T100000Z
DTSTART:20261210T140000Z
DTEND:20261210T180000Z
SUMMARY:Carbon13 Cohort 7 Demo Day (investors)
LOCATION:{place}
DESCRIPTION:You're invited as an investor to Carbon13's Cohort 7 Demo Day: 14 climate-tech startups raising
  pre-seed pitch\\, followed by drinks. Please RSVP.
ORGANIZER;CN=Carbon13 Investor Relations:mailto:investors@carbon13.example
ATTENDEE;CN=Marcus Oyelaran;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:marcus@ashgrove.vc
END:VEVENT
END:VCALENDAR
"""


def _demo_day(kindly: Kindly, tmp_path: Path, place: str) -> dict:
    source = tmp_path / "demo_day.ics"
    source.write_text(DEMO_DAY.format(place=place))
    return triaged_one(kindly, source, profile_file(vc_partner_profile(), tmp_path))


def test_a_demo_day_in_his_own_city_is_confirmed_at_its_hour_without_my_time(
    kindly: Kindly, tmp_path: Path
) -> None:
    # 14:00 UTC in December is 14:00 in London, where the demo day is: one clock
    record = _demo_day(kindly, tmp_path, "Here East\\, Queen Elizabeth Olympic Park\\, London")
    assert record["decision"] == "accept"
    assert "see you on Thursday 10 December at 14:00." in record["draft"]


def test_a_demo_day_held_in_another_clock_still_says_my_time(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: in New York the same instant is 09:00; his 14:00 is his own clock's
    record = _demo_day(kindly, tmp_path, "Brooklyn Navy Yard\\, New York")
    assert "14:00 my time" in record["draft"]


# -- "Happy to introduce you" says to whom -----------------------------------------------------------------------


def test_the_yes_to_a_portfolio_founders_ask_for_introductions_says_to_whom(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus,\n\nQuick one: we're ready to start conversations with a first enterprise customer. Do you know "
        "anyone at a UK\nutility or an energy retailer (grid ops or flexibility team ideally) you could introduce me "
        "to?\n\nThanks!\nDev\nCEO, Tidewell",
        sender="Dev Anand <dev@tidewell.example>",
        subject="Intro ask",
    )
    assert record["decision"] == "accept"
    assert "introduce you to someone at a UK utility or an energy retailer" in record["draft"]


def test_an_ask_by_a_pronoun_keeps_the_plain_yes(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "introduce me to her" names no one the yes could repeat
    record = _triaged(
        kindly,
        tmp_path,
        "Hi Marcus,\n\nI saw you know Helena Vautrin from the family office. Could you introduce me to her? I'm "
        "building a climate fund of funds.\n\nThanks,\nDev",
        sender="Dev Anand <dev@tidewell.example>",
        subject="Intro ask",
    )
    assert "introduce you to her" not in (record["draft"] or "")
    assert "introduce you to Could" not in (record["draft"] or "")
