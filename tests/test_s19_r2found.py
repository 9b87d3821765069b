"""Nineteenth session, round two for a founder (Lena Vogt, heat-pump controllers) and a financial adviser (Priya
Raman): what their reviews still found wrong. As examples of use."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

ADVISER = """
[user]
name = "Priya Raman"
email = "priya@ramanwealth.com.au"
signature = "Priya Raman\\nPrincipal Adviser, Raman Wealth Partners"
tone = "warm"
date_style = "international"
weekly_networking_hours = 3
time_zone = "Australia/Sydney"
meeting_hours = "Mon-Fri 07:30-17:30"

[[goals]]
kind = "find_clients"
description = "New clients through referral partners who refer clients needing retirement advice"
targets = ["accountants", "estate lawyers"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak at retirement and superannuation seminars"
targets = ["retirement seminars", "superannuation", "pre-retirees"]
priority = 2

[[providers]]
category = "accounting"
name = "Tom Becker, Becker & Co Accountants"

[[providers]]
category = "investment platform"
name = "our investment platform (Netwealth)"
"""

PEERS = """
[[goals]]
kind = "find_community"
description = "A like-minded peer group of independent financial advisers"
targets = ["independent advisers", "adviser peer group"]
priority = 3
"""


def adviser(folder: Path, extra: str = "") -> Path:
    return profile_file(ADVISER + extra, folder)


def mail(folder: Path, body: str, sender: str, subject: str = "Coffee?", name: str = "mail.eml") -> Path:
    return eml(
        folder / name,
        body,
        sender=sender,
        to="Priya Raman <priya@ramanwealth.com.au>",
        subject=subject,
        date="Mon, 23 Nov 2026 13:02:00 +1100",
    )


# -- an accountant offering clients is the referral source her find-clients goal asks for --------------------------

MARK = "Mark Ellis <mark@ellissmsf.example.com.au>"
ONE_WAY = (
    "Hi Priya,\n\nI'm an SMSF accountant in North Sydney with a handful of trustees heading into pension phase "
    "who'd benefit from an independent adviser. Would a coffee in the week of 7 December work?\n\nMark Ellis\n"
    "Director, Ellis SMSF Accounting"
)


def test_an_accountant_whose_trustees_need_an_adviser_is_met_for_her_find_clients_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, mail(tmp_path, ONE_WAY, MARK), profile=adviser(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find clients" in str(record["reason"])
    assert "Would" in str(record["draft"])


def test_clients_who_need_an_adviser_sold_per_appointment_are_still_a_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: the same words from a seller of appointments, with a price, buy clients; no partner offers them."""
    seller = (
        "Hi Priya,\n\nI'm a growth consultant with a list of pre-retirees and business owners who need an independent "
        "adviser. We book qualified appointments into your diary at $180 per appointment. Would a coffee next week "
        "work?\n\nKieran Walsh\nRetireLeads"
    )
    record = triaged_one(
        kindly,
        mail(tmp_path, seller, "Kieran Walsh <kieran@retireleads.example.com.au>"),
        profile=adviser(tmp_path),
    )
    assert record["decision"] == "decline"


# -- a peer's new group of "us independents" is the peer group she looks for ----------------------------------------

RAJ = (
    "Hi Priya, Raj here. A few of us independents are starting a monthly case-study session over breakfast in North "
    "Sydney - first one Wed 9/12 at 7:30am at Cafe Sopra. Keen to join? No sponsors, just us."
)


def texted(folder: Path, body: str) -> Path:
    sms = folder / "raj.txt"
    sms.write_text(f"From: Raj Patel (SMS)\n\n{body}\n", encoding="utf-8")
    return sms


def test_a_fellow_independents_breakfast_group_is_the_peer_group_she_looks_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "Us independents", from one who writes to an independent adviser, are independent advisers by their short
    name: the peer group her goal looks for."""
    record = triaged_one(kindly, texted(tmp_path, RAJ), profile=adviser(tmp_path, PEERS))
    assert record["decision"] == "accept", record["reason"]
    assert "find community" in str(record["reason"])
    assert "glad to join - see you on 9/12 at 7:30am" in str(record["draft"])


def test_independents_are_no_peers_to_a_goal_of_peers_of_another_kind(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: the same group to a user whose community goal looks for women in finance is no peer group of hers."""
    others = PEERS.replace('["independent advisers", "adviser peer group"]', '["women in finance"]')
    record = triaged_one(kindly, texted(tmp_path, RAJ), profile=adviser(tmp_path, others))
    assert record["decision"] != "accept"


# -- an accelerator that pairs founders with a mentor is weighed for the mentor, not as a pitch ---------------------

FOUNDER = """
[user]
name = "Lena Vogt"
email = "lena@thermora.de"
signature = "Lena\\nFounder & CEO, Thermora GmbH"
tone = "warm"
date_style = "international"
time_zone = "Europe/Berlin"

[[goals]]
kind = "build_credibility"
description = "Speak at climate and energy events and on climate-tech podcasts"
targets = ["climate tech conferences", "energy events", "heat pumps"]
priority = 2
"""
MENTOR_GOAL = """
[[goals]]
kind = "find_mentor"
description = "A mentor who has scaled a hardware company from seed to series B"
targets = ["hardware founders", "hardware scale-up", "manufacturing"]
priority = 3
"""
ACCELERATOR = (
    "Hi Lena,\n\nI lead the Cleantech Scale Programme, a six-month programme for hardware climate startups ({terms})."
    " Each company is paired with a mentor who has scaled a hardware company, and the programme ends with an "
    "investor day in Munich.\n\nI think Thermora would be a strong fit for our 2027 cohort. Applications close on 15 "
    "January 2027. Would you like to have a short call so I can tell you more?\n\nBest,\nNina Fischer\nProgramme "
    "Director"
)


def from_nina(folder: Path, terms: str = "no equity taken, no fees") -> Path:
    return eml(
        folder / "nina.eml",
        ACCELERATOR.replace("{terms}", terms),
        sender="Nina Fischer <nina.fischer@cleantech-accelerator.eu>",
        to="Lena Vogt <lena@thermora.de>",
        subject="Applications open: Cleantech Scale Programme 2027",
        date="Fri, 13 Nov 2026 10:30:00 +0100",
    )


def test_an_accelerator_that_pairs_her_with_a_mentor_who_scaled_hardware_is_the_mentor_she_seeks(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, from_nina(tmp_path), profile=profile_file(FOUNDER + MENTOR_GOAL, tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find mentor" in str(record["reason"])
    assert "I'd be glad to have a short call to hear more" in str(record["draft"])


def test_one_that_takes_equity_and_a_fee_is_still_a_programme_whose_cost_she_weighs(
    kindly: Kindly, tmp_path: Path
) -> None:
    terms = "we take 6% equity and a EUR 5,000 programme fee"
    record = triaged_one(
        kindly, from_nina(tmp_path, terms), profile=profile_file(FOUNDER + MENTOR_GOAL, tmp_path)
    )
    assert record["decision"] == "accept", record["reason"]
    assert "EUR 5,000" in str(record["reason"])


def test_without_a_mentor_goal_the_accelerator_is_still_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: to a founder who seeks no mentor, the programme is what it sells."""
    record = triaged_one(kindly, from_nina(tmp_path), profile=profile_file(FOUNDER, tmp_path))
    assert record["decision"] == "decline"


# -- a platform's rep pitching its managed accounts is told she has a platform --------------------------------------

HUB24 = (
    "Hi Priya,\n\nJosh here, BDM for HUB24 in Sydney. I've heard great things about your practice and would love to "
    "grab a coffee next week - I can come to you in the CBD.\n\nI'd like to walk you through our new managed account "
    "and retirement income features; a lot of independent practices are moving their clients across to us this "
    "year and the transition team does all the heavy lifting.\n\nWould Tuesday or Wednesday morning suit?\n\nCheers,"
    "\nJosh Fenwick\nBusiness Development Manager | HUB24"
)
JOSH = "Josh Fenwick <josh.fenwick@hub24.com.au>"


def test_a_platform_reps_managed_accounts_are_the_investment_platform_she_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, mail(tmp_path, HUB24, JOSH, "Coffee next week?"), profile=adviser(tmp_path))
    assert record["reason_code"] == "has_provider"
    assert "our investment platform (Netwealth)" in str(record["reason"])
    assert "I already use an investment platform I'm very happy with" in str(record["draft"])
    assert "accounting" not in str(record["draft"])


def test_without_a_platform_her_accountant_is_no_answer_to_managed_accounts(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: "accounting" is no "managed account" - without a platform of her own, no provider answers it."""
    toml = ADVISER.split('[[providers]]\ncategory = "investment platform"')[0]
    record = triaged_one(
        kindly, mail(tmp_path, HUB24, JOSH, "Coffee next week?"), profile=profile_file(toml, tmp_path)
    )
    assert record["decision"] == "decline"
    assert "accounting" not in str(record["draft"])


# -- a seller of leads is offered nothing to pass on ----------------------------------------------------------------

LEADS = (
    "Hi Priya,\n\nI'm reaching out about a partnership opportunity. RetireLeads partners with a small number of "
    "advisers in each postcode to deliver exclusive, pre-qualified retirees with $500k+ in super who are actively "
    "looking for advice.\n\nOur partners pay $85 per qualified lead and typically convert one in five.\n\nDo you "
    "have 15 minutes this week for a quick call so I can show you how it works?\n\nBest,\nKieran Walsh\n"
    "Partnerships Director, RetireLeads"
)
APPOINTMENTS = (
    "Hi Priya,\n\nOur team runs the marketing and appointment setting for you, and you simply turn up to 10 qualified,"
    " booked appointments each month with pre-retirees. Alliance members invest $2,400 a month.\n\nAre you free for "
    "a 20-minute Zoom on Thursday?\n\nAmelia Stone\nAlliance Manager | Adviser Growth Alliance"
)


def test_a_seller_of_leads_or_appointments_is_promised_no_one_to_point_their_way(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Whom would she send to a seller of clients to advisers? Her rivals. The decline offers nothing to pass on."""
    for body, sender in (
        (LEADS, "Kieran Walsh <kieran@retireleads.example.com.au>"),
        (APPOINTMENTS, "Amelia Stone <amelia@advisergrowth.example.com>"),
    ):
        record = triaged_one(kindly, mail(tmp_path, body, sender, "Partnership"), profile=adviser(tmp_path))
        draft = str(record["draft"])
        assert record["decision"] == "decline"
        for promise in (
            "your way",
            "put you in touch",
            "pass your",
            "pass them on",
            "keep it in mind",
            "overview",
        ):
            assert promise not in draft, draft


def test_a_web_designer_is_still_offered_her_word_to_those_who_need_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: a trade others she knows may need keeps the offer to pass the seller's details on."""
    body = (
        "Hi Priya,\n\nI'm a web designer for financial advisers. Our website packages start at $3,500 and include "
        "SEO. Could we book a call next week?\n\nSam Lee\nPixelpoint Web Design"
    )
    record = triaged_one(
        kindly,
        mail(tmp_path, body, "Sam Lee <sam@pixelpoint.example.com>", "Websites"),
        profile=adviser(tmp_path),
    )
    assert "overview" in str(record["draft"])


# -- two hours on one day in one sentence are two slots -------------------------------------------------------------

EARLY_CALLS = '\n[[never]]\nwhat = "calls before 09:00"\n'


def podcast(folder: Path, ask: str) -> Path:
    body = (
        "Hi Lena,\n\nI host The Climate Hardware Podcast (about 12k listeners, mostly founders and investors in energy). "
        "I'd love to have you on to talk about retrofitting heat pumps in multi-family buildings.\n\nWe record "
        f"remotely; it takes about 45 minutes. {ask}\n\nCheers,\nRavi"
    )
    return eml(
        folder / "ravi.eml",
        body,
        sender="Ravi Menon <ravi@climatecast.fm>",
        to="Lena Vogt <lena@thermora.de>",
        subject="Guest invite: The Climate Hardware Podcast",
        date="Mon, 23 Nov 2026 19:02:00 +0000",
    )


def test_the_second_hour_of_the_same_day_is_the_slot_inside_her_hours(kindly: Kindly, tmp_path: Path) -> None:
    """7:00 GMT is 08:00 in Berlin, before her calls start; 16:00 GMT the same Monday is the slot she takes."""
    ask = "Could you do Monday 14 December at 7:00 GMT or 16:00 GMT?"
    record = triaged_one(
        kindly, podcast(tmp_path, ask), profile=profile_file(FOUNDER + EARLY_CALLS, tmp_path)
    )
    draft = str(record["draft"])
    assert "on Monday 14 December at 16:00 GMT (17:00 my time)" in draft
    assert "doesn't work" not in draft


def test_an_hour_on_a_day_of_its_own_is_not_the_first_days(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "or 16:00 GMT on Tuesday 15 December" names its own day, not Monday's."""
    ask = "Could you do Monday 14 December at 7:00 GMT or 16:00 GMT on Tuesday 15 December?"
    record = triaged_one(
        kindly, podcast(tmp_path, ask), profile=profile_file(FOUNDER + EARLY_CALLS, tmp_path)
    )
    assert "Monday 14 December at 16:00" not in str(record["draft"])


# -- a law firm's seed package is the startup law firm she has ------------------------------------------------------


def test_a_seed_package_of_legal_papers_is_told_she_has_a_startup_law_firm(
    kindly: Kindly, tmp_path: Path
) -> None:
    law_firm = (
        '\n[[providers]]\ncategory = "legal (startup law firm)"\nname = "Brandt Lehmann Rechtsanwälte"\n'
    )
    body = (
        "Dear Lena,\n\nRaising a seed round? Our fixed-fee seed package covers the term sheet, investment agreement, "
        "shareholder agreement and notary coordination for EUR 9,900 flat.\n\nHappy to walk you through it on a "
        "20-minute call - just pick a slot: https://cal.com/sven-koehler\n\nBest regards,\nSven Köhler\nPartner, "
        "Köhler Startup Legal"
    )
    pitch = eml(
        tmp_path / "sven.eml",
        body,
        sender="Dr. Sven Köhler <sven.koehler@startup-legal.berlin>",
        to="Lena Vogt <lena@thermora.de>",
        subject="Seed financing package - fixed fee",
        date="Tue, 10 Nov 2026 12:00:00 +0100",
    )
    record = triaged_one(kindly, pitch, profile=profile_file(FOUNDER + law_firm, tmp_path))
    assert record["reason_code"] == "has_provider"
    assert "I already work with a provider I'm very happy with" in str(record["draft"])
