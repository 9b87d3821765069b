"""Scams that borrow a target's name, a never-rule with a condition, endorsements and paid entry, as an elected
councillor found them in the thirteenth session: each case is a short paraphrase of her mail, run through
`kindly triage` as she ran it, failing before its fix."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import never_rule_hit
from kindly.model import Intent
from kindly.profile import parse_profile
from support import Kindly

COUNCILLOR = """
[user]
name = "Aroha Bennett"
email = "aroha.bennett@dcc.govt.nz"
signature = "Aroha"
weekly_networking_hours = 8

[[goals]]
kind = "amplify_campaign"
description = "Build support for the Dunedin harbour cycleway before the council vote in March"
targets = ["community groups", "local media", "harbour cycleway"]
priority = 1

[[goals]]
kind = "meet_person"
description = "Meet the Associate Minister of Transport about cycleway funding"
targets = ["Hon. Tama Whiu", "Associate Minister of Transport"]
priority = 1

[[goals]]
kind = "find_community"
description = "Connect with other councillors working on active transport"
targets = ["active transport", "councillors"]
priority = 2

[[providers]]
category = "legal advice"
name = "the council's legal team"
"""
NEVER = """
[[never]]
what = "{}"
"""
STAFF_RULE = "meetings with lobbyists without council officers present"


def profile(*rules: str) -> str:
    return COUNCILLOR + "".join(NEVER.format(rule) for rule in rules)


def mail(path: Path, sender: str, subject: str, body: str) -> Path:
    note = EmailMessage()
    note["From"] = sender
    note["To"] = "Aroha Bennett <aroha.bennett@dcc.govt.nz>"
    note["Subject"] = subject
    note["Date"] = "Tue, 1 Dec 2026 09:00:00 +1300"
    note.set_content(body)
    path.write_bytes(bytes(note))
    return path


def triage(kindly: Kindly, tmp_path: Path, eml: Path, toml: str) -> dict[str, Any]:
    written = tmp_path / "profile.toml"
    written.write_text(toml)
    result = kindly("triage", str(eml), "--profile", str(written), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


# -- 1. money asked in gift cards or for a meeting is a scam, whoever the sender says they are ------------------


def test_a_fake_ministers_office_asking_a_fee_in_gift_cards_is_ignored_as_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "fake.eml",
        "Office of Hon. Tama Whiu <office.hon.whiu@outlook.com>",
        "Meeting with the Associate Minister",
        "Dear Councillor,\n\nHon. Tama Whiu, Associate Minister of Transport, would like to meet you about "
        "cycleway funding. Please confirm on Telegram at +64 21 555 0199 and cover the NZ$280 clearance fee "
        "with Google Play gift cards so the appointment can be booked.\n\nMinisterial Office",
    )
    record = triage(kindly, tmp_path, eml, profile())
    assert record["decision"] == "ignore" and record["reason_code"] == "scam", record["reason"]
    assert "gift cards" in record["reason"] and record["draft"] is None


def test_a_ministers_office_writing_from_webmail_is_unverified_not_the_target_person(
    kindly: Kindly, tmp_path: Path
) -> None:
    # nothing asked for but a meeting: still no yes, and no reply to an address anyone can open
    eml = mail(
        tmp_path / "office.eml",
        "Office of Hon. Tama Whiu <tamawhiu.office@gmail.com>",
        "Meeting request",
        "Kia ora Aroha,\n\nThe Associate Minister would like to meet you about funding for the harbour "
        "cycleway. Would Thursday 10 December at 2pm suit?\n\nOffice of Hon. Tama Whiu",
    )
    record = triage(kindly, tmp_path, eml, profile())
    assert record["decision"] == "ignore" and record["reason_code"] == "unverified", record["reason"]
    assert "gmail.com" in record["reason"] and record["draft"] is None


def test_gift_cards_asked_by_a_target_persons_own_address_are_still_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "hacked.eml",
        "Hon. Tama Whiu <tama.whiu@parliament.govt.nz>",
        "Quick favour before we meet",
        "Hi Aroha,\n\nLooking forward to meeting about the cycleway. Before then, could you buy four Apple gift "
        "cards of $100 and email me photos of the codes? I'll pay you back when we meet.\n\nTama",
    )
    record = triage(kindly, tmp_path, eml, profile())
    assert record["decision"] == "ignore" and record["reason_code"] == "scam", record["reason"]


def test_the_target_persons_real_office_is_still_accepted(kindly: Kindly, tmp_path: Path) -> None:
    eml = mail(
        tmp_path / "real.eml",
        "Hon. Tama Whiu <tama.whiu@parliament.govt.nz>",
        "Cycleway funding",
        "Kia ora Aroha,\n\nI'd like to meet to talk about funding for the harbour cycleway. Would Thursday "
        "10 December at 2pm at Parliament suit?\n\nTama Whiu\nAssociate Minister of Transport",
    )
    record = triage(kindly, tmp_path, eml, profile())
    assert record["decision"] == "accept" and record["reason_code"] == "target_person", record["reason"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        pytest.param(
            "Please pay the NZ$350 vetting fee by iTunes gift cards.", True, id="a fee in gift cards"
        ),
        pytest.param(
            "A security fee of $200 is payable before the appointment with the Minister.",
            True,
            id="a fee to meet",
        ),
        pytest.param(
            "Please confirm on WhatsApp. The vetting fee of NZ$350 is payable by bank transfer.",
            True,
            id="a fee and a chat app",
        ),
        pytest.param(
            "As a thank you for your time, we'll send you a $50 gift card.", False, id="a gift card offered"
        ),
        pytest.param(
            "Volunteers need a police check; the vetting fee is $15. We meet on Tuesdays.",
            False,
            id="a volunteer's vetting",
        ),
        pytest.param("Tickets are $40, and the raffle prizes include gift vouchers.", False, id="prizes"),
    ],
)
def test_money_asked_is_a_fee_in_gift_cards_or_to_meet_not_a_gift_card_offered(
    text: str, asked: bool
) -> None:
    from kindly.decide.rules import money_asked

    assert (money_asked(text) is not None) is asked


# -- 2. a never-rule with a condition is kept to: a yes says it, a private meeting is declined ---------------


@pytest.mark.parametrize(
    "who",
    [
        pytest.param(
            "I head up government relations at the Southern Freight Forum", id="government relations"
        ),
        pytest.param("I'm a lobbyist for the Southern Freight Forum", id="says so"),
    ],
)
def test_a_lobbyist_gets_a_yes_only_with_council_officers_present(
    kindly: Kindly, tmp_path: Path, who: str
) -> None:
    eml = mail(
        tmp_path / "freight.eml",
        "Nadia Kerr <nadia.kerr@southernfreight.org.nz>",
        "Coffee?",
        f"Hi Aroha,\n\n{who}, and I'd love to hear your thinking on active transport. Could we grab a coffee "
        "on Wednesday 9 December at 10am?\n\nNadia Kerr",
    )
    record = triage(kindly, tmp_path, eml, profile(STAFF_RULE))
    assert record["decision"] in ("accept", "ask_details"), record["reason"]
    assert "only with council officers present" in record["reason"]
    assert "I only do meetings with lobbyists with council officers present." in record["draft"]


def test_a_lobbyists_request_to_meet_just_the_two_of_us_is_declined_with_the_condition(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "pa.eml",
        "Ollie Grant <ollie@harbourline.co.nz>",
        "Coffee?",
        "Hi Aroha,\n\nWould you have time for a coffee next week? Nothing formal, just the two of us. I'm "
        "working with Otago Marine Holdings on their wharf redevelopment proposal and they'd value your "
        "view.\n\nOllie Grant\nPublic Affairs Consultant, Harbourline",
    )
    record = triage(kindly, tmp_path, eml, profile(STAFF_RULE))
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]
    draft = record["draft"]
    assert "I only do meetings with lobbyists with council officers present" in draft
    assert "firm rule against meetings with lobbyists" not in draft  # never told as broader than it is
    assert "with council officers present would suit" in draft or "with council officers present" in draft


def test_a_developers_private_tour_before_a_hearing_falls_under_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "developer.eml",
        "Sam Hollis <sam@quaysidehomes.co.nz>",
        "Site tour",
        "Dear Councillor Bennett,\n\nQuayside Homes would like to invite you to a private tour of our Harbour "
        "Terrace site with our board, before the plan change hearing in March. Would Friday 11 December at "
        "11am suit?\n\nSam Hollis",
    )
    record = triage(kindly, tmp_path, eml, profile(STAFF_RULE))
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]
    assert "with council officers present" in record["reason"]


def test_a_short_rule_about_lobbyists_is_told_as_written_and_read_by_its_idea(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "grm.eml",
        "Nadia Kerr <nadia.kerr@southernfreight.org.nz>",
        "Catch-up",
        "Hi Aroha,\n\nCould we catch up over a drink on Thursday 10 December to talk about freight access on "
        "the harbour cycleway route?\n\nNadia Kerr\nGovernment Relations Manager, Southern Freight Forum",
    )
    record = triage(kindly, tmp_path, eml, profile("meetings with lobbyists"))
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]
    assert "I have a firm rule against meetings with lobbyists, so" in record["draft"]


def test_a_conditional_rule_is_no_longer_reported_as_one_that_never_holds(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "hello.eml", "Jo <jo@example.org>", "Hello", "Hi Aroha, thanks for your talk!\n\nJo"
    )
    toml = tmp_path / "profile.toml"
    toml.write_text(profile(STAFF_RULE))
    result = kindly("triage", str(eml), "--profile", str(toml))
    assert result.exit_code == 0
    assert "it never holds" not in result.output and STAFF_RULE not in result.output


def test_a_residents_association_is_no_lobbyist_and_its_yes_names_no_condition(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "residents.eml",
        "Mele Fifita <secretary@southdunedinresidents.org.nz>",
        "Talk at our AGM",
        "Kia ora Aroha,\n\nThe South Dunedin Residents' Association would love you to speak about the harbour "
        "cycleway at our community AGM on Tuesday 8 December at 7pm.\n\nMele",
    )
    record = triage(kindly, tmp_path, eml, profile(STAFF_RULE))
    assert record["decision"] == "accept", record["reason"]
    assert "lobbyists" not in record["draft"] and "lobbyists" not in record["reason"]


# -- 3. appearing in a company's promotion, with its product given, is an endorsement -------------------------


def test_starring_in_a_brands_ad_for_a_free_product_is_an_endorsement(kindly: Kindly, tmp_path: Path) -> None:
    eml = mail(
        tmp_path / "ad.eml",
        "Lena Park <lena@peakcycles.co.nz>",
        "Peak Cycles x harbour cycleway",
        "Hi Aroha,\n\nWe love the harbour cycleway campaign! Would you star in our new product video for the "
        "Peak Commuter e-bike, with a quick line on how our bikes make the hill suburbs easy? We'd give you a "
        "Peak Commuter to keep.\n\nLena Park, Marketing, Peak Cycles",
    )
    record = triage(kindly, tmp_path, eml, profile("endorsing commercial products"))
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]
    assert "endorsing commercial products" in record["draft"]


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        pytest.param(
            "A short line about how our shoes make the daily commute easy - and we'll send you a pair (RRP $240).",
            True,
            id="a word of praise and the product",
        ),
        pytest.param("We'd love you to appear in our advert for the spring range.", True, id="an advert"),
        pytest.param("Would you appear on our podcast to talk about the cycleway?", False, id="a podcast"),
        pytest.param(
            "Come and appear in our community video about the cycleway.", False, id="a community video"
        ),
    ],
)
def test_an_endorsement_is_a_companys_promotion_not_any_appearance(text: str, holds: bool) -> None:
    rules = parse_profile(profile("endorsing commercial products"), "test profile")
    assert (never_rule_hit(rules, text, Intent.PARTNERSHIP_PROPOSAL) is not None) is holds


# -- 4. paid entry is a price for a place, and politicians are those elected or standing ---------------------


def test_seats_priced_per_person_for_elected_members_are_paid_entry_for_politicians(
    kindly: Kindly, tmp_path: Path
) -> None:
    eml = mail(
        tmp_path / "dinner.eml",
        "Rachel Moore <rachel.moore@otagochamber.co.nz>",
        "Chamber Christmas dinner",
        "Dear Aroha,\n\nYou're invited to the Otago Chamber Christmas dinner on Thursday 10 December at 7pm. "
        "We've set aside a table for councillors and MPs, with tickets at $180 per person.\n\nRachel",
    )
    record = triage(kindly, tmp_path, eml, profile("events with paid entry for politicians"))
    assert record["decision"] == "decline" and record["reason_code"] == "never_do", record["reason"]
    assert "events with paid entry for politicians" in record["draft"]


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        pytest.param(
            "A table is reserved for elected members and candidates, with seats at $295 per person.",
            True,
            id="seats per person",
        ),
        pytest.param(
            "Dear Councillor, our firm offers a fixed-fee compliance review of your campaign for $1,450.",
            False,
            id="a service's price and a greeting",
        ),
        pytest.param(
            "The breakfast is free for elected members and candidates; others pay $45.",
            False,
            id="free for them",
        ),
    ],
)
def test_paid_entry_is_a_price_for_a_place_and_politicians_an_audience(text: str, holds: bool) -> None:
    rules = parse_profile(profile("events with paid entry for politicians"), "test profile")
    assert (never_rule_hit(rules, text, Intent.EVENT_INVITATION) is not None) is holds
