"""Kendra Lowry's mail (session 23): the owner of a 12-person kitchen and basement remodeling firm in Denver, who
wants referral partners among architects and designers, homeowners met through their neighborhood associations,
a peer group and licensed subcontractors; on site 6:30 to 3:30 on weekdays, and never at work on Sundays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindly.decide.rules import never_rule_hit
from kindly.decide.scams import phishing_cue
from kindly.model import Intent
from kindly.reply.slot_wording import preference
from kindly.understand.extract import extract
from personas import contractor_profile, text_to_kendra, to_kendra
from support import Kindly, incoming, profile_file, triaged_one, written_profile


def _to_kendra(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, Any]:
    mail = to_kendra(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(contractor_profile(), tmp_path))


def _texted(kindly: Kindly, tmp_path: Path, words: str, sender: str) -> dict[str, Any]:
    text = text_to_kendra(tmp_path / "text.txt", words, sender=sender)
    return triaged_one(kindly, text, profile_file(contractor_profile(), tmp_path))


# -- a homeowner asks her to come and see their project: a client, on whatever day they name ----------------------

SUNDAY_VISIT = (
    "Hey Kendra, it's Omar Haddad from the Park Hill block association. We're finally doing our basement! Could "
    "you stop by this Sunday to take a look? Weekends are all we have, sorry."
)


def test_a_homeowner_asking_her_to_stop_by_on_sunday_is_a_client_offered_her_weekdays(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _texted(kindly, tmp_path, SUNDAY_VISIT, "Omar Haddad")
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    assert "firm rule" not in record["draft"]
    said, _, offered = record["draft"].partition("doesn't work for me, though")
    assert "This Sunday" in said and offered
    assert "Sunday" not in offered and "Saturday" not in offered


def test_a_homeowner_asking_her_to_swing_by_on_a_weekday_gets_a_yes(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hi Kendra,\n\nOur kitchen is from 1962 and it's time. Any chance you could swing by Thursday morning to "
        "see it and talk through options?\n\nThanks,\nPriyanka Rao\n",
        "Priyanka Rao <priyanka.rao@example.com>",
        "kitchen",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]


def test_a_day_to_swing_by_is_when_to_meet_and_a_day_to_send_by_is_a_deadline() -> None:
    assert extract(
        incoming("Any chance you could swing by this Sunday to look?"), Intent.CLIENT_INQUIRY
    ).when == ("this Sunday")
    assert (
        extract(incoming("Could you stop by Thursday to see it?"), Intent.CLIENT_INQUIRY).when == "Thursday"
    )
    assert extract(incoming("Could you send us the quote by Friday?"), Intent.CLIENT_INQUIRY).when == ""


def test_a_seller_asking_to_swing_by_her_shop_on_sunday_is_still_no_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hi Kendra,\n\nI rep Alder Cabinetry in the Denver metro. Can I swing by your shop this Sunday to show you "
        "our new frameless kitchen line? Dealer pricing for remodelers this quarter.\n\nCole Whitman\n",
        "Cole Whitman <cole@aldercabinetry.example>",
        "New kitchen cabinet line",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["intent"] != "client_inquiry"


def test_an_hoa_event_on_a_sunday_is_still_declined_by_her_sunday_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hi Kendra,\n\nThe Washington Park East HOA is holding a renovated-homes tour on Sunday, December 13 from "
        "1 to 4pm and we'd love a builder on hand to answer questions. Can you join us?\n\nAmy Trask\nWPE HOA\n",
        "Amy Trask <amy.trask@washparkeast.example>",
        "Renovated-homes tour",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "Sundays" in record["reason"]


# -- a "bid invitation" whose documents need her own mail account's sign-in ------------------------------------

BID_LURE = (
    "You have been invited to submit a bid.\n\nProject: Clinic Tenant Finish, Level 2\nBid due: December 9\n\n"
    "Drawings and specifications are on our secure file share. Log in using your work email password to "
    "download them:\nhttps://bids-portal.filedrop-secure.example/auth\n"
)


def test_a_bid_invitation_asking_her_to_sign_in_with_her_mail_account_is_a_scam_left_unanswered(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        BID_LURE.replace("Log in using your work email password", "Sign in with your company email account"),
        "Bid Desk <bids@metro-procurement.example>",
        "Invitation to Bid: Clinic Tenant Finish",
    )
    assert record["decision"] == "ignore", record["reason"]
    assert "scam" in record["reason"]
    assert not record["draft"]


def test_a_sign_in_asked_with_her_own_mail_account_is_phishing_and_an_account_of_the_site_is_not() -> None:
    assert phishing_cue("Please log on using your Office 365 credentials to view the file.")
    assert phishing_cue("Sign in with your work email account to open the drawings.")
    assert not phishing_cue("Sign in with your BidNet account to download the plan set.")
    assert not phishing_cue("Register on the county's bid portal, then log in to download the documents.")


# -- a supplier's rep brings a lunch-and-learn to her own crew: a pitch over tacos, not a peer group ---------------

CREW_LUNCH = (
    "Hi Kendra,\n\nHappy December! I'm the new rep for Front Range Tile & Stone on the east side of town.\n\nWe're "
    "doing Lunch & Learns for remodelers this winter on the new Schluter heated-floor kits and curbless shower "
    "systems. I bring lunch for your crew (pizza or burritos, your call), and it runs about 45 minutes with Q&A."
    "\n\nCould we do Wednesday, December 16 at 11:30 at your shop? Or any Tuesday in January.\n\nThanks!\n"
    "Alyssa Moreno\nTerritory Sales Rep | Front Range Tile & Stone\n"
)


def test_a_supply_reps_lunch_and_learn_for_her_crew_is_a_pitch_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        CREW_LUNCH,
        "Alyssa Moreno <alyssa@frontrangetile.example>",
        "Lunch & Learn for your crew",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "see you" not in record["draft"]


def test_a_suppliers_breakfast_where_she_meets_other_remodelers_is_still_weighed_as_an_event(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hi Kendra,\n\nWe're hosting our winter contractor breakfast at the Peak Electrical Supply showroom on "
        "Wednesday, December 16, 7:00-8:00am - meet other remodelers from around the metro, and our rep walks "
        "through the 2026 NEC changes for kitchens.\n\nJordan Reyes\nOutside Sales Rep | Peak Electrical Supply\n",
        "Jordan Reyes <jreyes@peakelectricalsupply.example>",
        "Contractor breakfast Dec 16",
    )
    assert record["intent"] == "event_invitation", record["reason"]
    assert record["decision"] == "accept", record["reason"]


# -- a licensed sub who offers their time over coffee has said what the coffee is for --------------------------


def test_a_master_electrician_with_room_in_january_asking_for_coffee_gets_a_yes(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _texted(
        kindly,
        tmp_path,
        "hi Kendra, Dana Kowalski w/ Kowalski Electric - master electrician, licensed and insured. we've got room on "
        "our schedule from mid January if you ever need an electrician for your kitchen jobs. coffee some morning?",
        "Dana Kowalski",
    )
    assert (record["decision"], record["goal"]) == ("accept", "custom"), record["reason"]
    assert "something specific" not in record["draft"]


def test_an_hvac_installer_offering_the_same_is_no_sub_she_seeks(kindly: Kindly, tmp_path: Path) -> None:
    record = _texted(
        kindly,
        tmp_path,
        "hi Kendra, Dana Kowalski w/ Kowalski Heating & Air - HVAC installs, licensed and insured. we've got room "
        "on our schedule from mid January if you ever need ductwork for your basement jobs. coffee some morning?",
        "Dana Kowalski",
    )
    assert record["decision"] != "accept", record["reason"]


def test_a_plumber_who_offers_nothing_is_still_asked_what_the_coffee_is_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _texted(
        kindly,
        tmp_path,
        "hey Kendra, Luis Ortega here, master plumber - Marcus at Volt Bros gave me your number. want to grab a "
        "coffee sometime?",
        "Luis Ortega",
    )
    assert record["decision"] == "ask_details", record["reason"]


# -- leads sold by the piece fall under her rule against pay-per-lead services, however the seller words it -----

LEAD_SELLER = (
    "Hi Kendra,\n\nWe'd love to welcome Lowry Build into our Preferred Remodeler network. Homeowners across Denver "
    "request renovation quotes through our site every day, and partners receive verified leads in their zip codes "
    "at $55 per verified lead - cancel anytime.\n\nOpen to a quick call Thursday?\n\nBrooke Adler\nNestQuote Pro\n"
)


def test_a_network_that_sells_leads_at_a_price_each_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        LEAD_SELLER,
        "Brooke Adler <brooke@nestquotepro.example>",
        "Preferred Remodeler network",
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["reason"] == "You never do pay-per-lead services."
    assert "pay-per-lead" in record["draft"]


def test_a_rule_against_buying_leads_is_not_met_by_a_homeowners_budget_or_free_referrals(
    tmp_path: Path,
) -> None:
    kendra = written_profile(contractor_profile(), tmp_path)
    budget = "We'd like a quote for our kitchen - our budget is about $60,000 all in."
    free = "Our HOA keeps a list of builders and we pass on a few homeowner referrals each month, no charge."
    assert never_rule_hit(kendra, budget, Intent.CLIENT_INQUIRY) is None
    assert never_rule_hit(kendra, free, Intent.COMMUNITY_INVITATION) is None


# -- "weekday mornings are best": the times offered are mornings ----------------------------------------------


def test_a_homeowner_for_whom_weekday_mornings_are_best_is_offered_mornings(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hello,\n\nWe saw your truck on our street and would like a quote to finish our basement (about 800 sq "
        "ft, a bedroom and a bathroom). Could someone come out to look at it? Weekday mornings are best."
        "\n\nThanks,\nGrace Liu\n",
        "Grace Liu <grace.liu@example.com>",
        "Basement finish quote",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    offered = record["draft"].split("Would ", 1)[1].split("work for you")[0]
    assert offered.count(" am") == 2 and " pm" not in offered, offered


def test_a_question_of_which_is_best_is_no_preference_of_hours() -> None:
    assert preference("Which layout is best for a small galley kitchen?") == ""
    assert preference("We're home all week, mornings are best.") == "We're home all week, mornings are best"


def test_a_designer_for_whom_early_mornings_are_fine_is_offered_mornings(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hi Kendra,\n\nNoor from Hollis Interiors - we have two clients planning kitchen remodels next spring and "
        "I'd love to talk about sending work each other's way. I'm easy on timing; early mornings are fine by me."
        "\n\nNoor Haddad\nDesigner, Hollis Interiors\n",
        "Noor Haddad <noor@hollisinteriors.example>",
        "designer + builder referrals",
    )
    assert (record["decision"], record["goal"]) == ("accept", "meet_person"), record["reason"]
    offered = record["draft"].split("ould ", 1)[1].split("work for you")[0]
    assert offered.count(" am") == 2 and " pm" not in offered, offered


def test_asking_whether_a_time_is_fine_states_no_preference() -> None:
    assert preference("I can do Tuesday at 2pm - is that fine by you?") == ""


def test_a_homeowner_asking_her_to_come_out_and_look_is_told_she_will_come(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _texted(
        kindly,
        tmp_path,
        "hi! Tasha Greene here, the Parks' neighbor on Ash St. we want to redo our kitchen - could you come take "
        "a look sometime next week? mornings are easiest",
        "Tasha Greene",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "I'd be glad to come and take a look." in record["draft"]


def test_a_homeowner_asking_for_a_call_is_not_told_she_will_come(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_kendra(
        kindly,
        tmp_path,
        "Hi Kendra,\n\nWe're thinking about redoing our kitchen next year. Could we have a quick call first to "
        "talk through budget and timing?\n\nSam Ortiz\n",
        "Sam Ortiz <sam.ortiz@example.com>",
        "Kitchen next year",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "come and take a look" not in record["draft"]
