"""Session 23's persona leftovers, as Miriam Okafor-Lund (a therapist in Portland) and Kendra Lowry (a contractor in
Denver) met them (session 24): a never-rule's "from clients or their families" belongs to each thing it lists; a
rule is told back in English ("You never accept gifts or meals from clients", "You never speak, judge or host");
every half of a rule is read ("lead marketplaces"); a licensing board's impostor on a domain of its initials is a
scam; and an FYI forward of a partner's request asks nothing, while a forward whose note asks is the request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rule_parts import you_never_do
from kindly.decide.rules import never_rule_hit, words_needed
from kindly.model import Intent
from personas import contractor_profile, therapist_profile, therapist_with_never, to_kendra, to_therapist
from support import Kindly, profile_file, triaged_one, written_profile

FAMILY_RULE = "gifts, meals or invitations from clients or their families"


def _to_miriam(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, profile: str = ""
) -> dict[str, Any]:
    """The triage record of a mail to Miriam against her profile (or `profile`)."""
    mail = to_therapist(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(profile or therapist_profile(), tmp_path))


# -- 1. "... from clients or their families": whom the things come from is every thing's, never an alternative -----


def test_whom_a_rule_names_after_from_belongs_to_each_thing_it_lists() -> None:
    assert words_needed(FAMILY_RULE) == (
        ("gifts", "clients"),
        ("gifts", "families"),
        ("meals", "clients"),
        ("meals", "families"),
        ("invitations", "clients"),
        ("invitations", "families"),
    )


@pytest.mark.parametrize(
    ("rule", "needed"),
    [
        # near misses: an "or" that starts a thing of its own still parts the alternatives
        pytest.param(
            "gifts or meals from clients", (("gifts", "clients"), ("meals", "clients")), id="one-whom"
        ),
        pytest.param(
            "unpaid work for nonprofits or startups",
            (("unpaid", "nonprofits"), ("unpaid", "startups")),
            id="whom-of-a-qualified-thing",
        ),
    ],
)
def test_a_rule_with_one_whom_or_several_reads_each(rule: str, needed: tuple[tuple[str, ...], ...]) -> None:
    assert words_needed(rule) == needed


def test_a_client_familys_invitation_is_declined_by_her_rule(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dear Miriam,\n\nOur daughter Lily has been seeing you since March and we can't thank you enough. Our family "
        "would love to invite you to our holiday open house on Saturday, December 19 - it would mean a lot to "
        "all of us.\n\nWarmly,\nHelen Park\n"
    )
    record = _to_miriam(
        kindly,
        tmp_path,
        body,
        sender="Helen Park <helen.park@mail.example>",
        subject="An invitation",
        profile=therapist_with_never(FAMILY_RULE),
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


def test_a_drug_reps_lunch_is_no_meal_from_a_client_or_their_family(tmp_path: Path) -> None:
    # before: "meals" stood alone as an alternative, and every lunch offered met it
    miriam = written_profile(therapist_with_never(FAMILY_RULE), tmp_path)
    lunch = (
        "Hi Dr. Okafor-Lund - I'd love to bring lunch for you and your staff and share the latest data on "
        "Zuravex for postpartum depression. 45 minutes, any Thursday in December.\n\nKyle Benton, Meridian Pharma\n"
    )
    assert never_rule_hit(miriam, lunch, Intent.SALES_PITCH) is None


# -- 2. and 3. a rule told back as English: by the verb its things imply, or its doings' verbs ---------------------


@pytest.mark.parametrize(
    ("rule", "told"),
    [
        ("gifts or meals from clients", "You never accept gifts or meals from clients"),
        (FAMILY_RULE, f"You never accept {FAMILY_RULE}"),
        (
            "press trips or hospitality paid by companies I cover",
            "You never accept press trips or hospitality paid by companies I cover",
        ),
        ("speaking, judging or hosting", "You never speak, judge or host"),
        ("speaking at conferences", "You never speak at conferences"),
        # near misses: a thing in -ing, or things whose verb kindly cannot be sure of, are told as written
        ("sponsoring or networking events", "You never do sponsoring or networking events"),
        ("speaking gigs that pay in exposure", "You never do speaking gigs that pay in exposure"),
        ("pay-per-lead services", "You never do pay-per-lead services"),
        ("gifts or speaking slots", "You never do gifts or speaking slots"),
        ("meetings over meals", "You never do meetings over meals"),
    ],
)
def test_a_rule_is_told_back_as_english(rule: str, told: str) -> None:
    assert you_never_do(rule) == told


def test_a_clients_thank_you_dinner_is_declined_in_english(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dear Ms. Okafor-Lund,\n\nOur son has been seeing you since the spring and he is doing so much better. "
        "My wife and I would love to take you to dinner at Le Pigeon to say thank you.\n\nWith gratitude,\n"
        "Robert Kline\n"
    )
    record = _to_miriam(kindly, tmp_path, body, sender="Robert Kline <rk@law.example>", subject="Thank you")
    assert record["decision"] == "decline", record["reason"]
    assert "You never accept" in record["reason"] and "never do" not in record["reason"], record["reason"]


# -- 4. both halves of "pay-per-lead services or lead marketplaces" are read --------------------------------------

LEAD_RULE = "pay-per-lead services or lead marketplaces"
MARKETPLACE = (
    "Hi Kendra,\n\nI'm with BuildBid, the marketplace for home projects in Denver. Join our marketplace: homeowners "
    "post jobs every day, you bid on the ones you want, and you only pay when you win one. Setup takes five "
    "minutes.\n\nWould you like me to set up your profile?\n\nTyler Grant\nBuildBid\n"
)


def _to_kendra(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    mail = to_kendra(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    never = ("free design or bid work on spec", LEAD_RULE, "work on Sundays")
    return triaged_one(kindly, mail, profile_file(contractor_profile(never=never), tmp_path))


def test_a_lead_marketplaces_pitch_meets_her_rule(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_kendra(
        kindly, tmp_path, MARKETPLACE, sender="Tyler Grant <tyler@buildbid.example>", subject="Join BuildBid"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "lead marketplaces" in record["reason"], record["reason"]


def test_a_therapy_marketplace_meets_miriams_rule_against_lead_marketplaces(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Miriam,\n\nTherapyMatch is the marketplace where clients post what they're looking for and therapists "
        "respond. Join our marketplace today - your first month is free, then $49 a month.\n\nWould you like a "
        "profile?\n\nNina Cole\nTherapyMatch\n"
    )
    record = _to_miriam(
        kindly, tmp_path, body, sender="Nina Cole <nina@therapymatch.example>", subject="Join us"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "lead marketplaces" in record["draft"]


def test_a_holiday_market_is_no_lead_marketplace(tmp_path: Path) -> None:
    kendra = written_profile(contractor_profile(never=(LEAD_RULE,)), tmp_path)
    market = (
        "Hi Kendra, the Park Hill neighborhood association holds its holiday marketplace on December 12. Would "
        "Lowry Build like a table? Homeowners love meeting local builders."
    )
    assert never_rule_hit(kendra, market, Intent.COMMUNITY_INVITATION) is None


# -- 5. a licensing board's impostor on a domain of its initials ----------------------------------------------------

BOARD = "Oregon Board of Licensed Professional Counselors and Therapists"
FAKE_RENEWAL = (
    "Dear Licensee,\n\nOur records show your license renewal is incomplete. Your license will be suspended on "
    "December 15 unless the renewal fee of $185 is paid. Log in here to verify your details and pay: "
    "https://oblpct-verify.com/renew\n\n{board}\nLicensing Division\n"
)


@pytest.mark.parametrize(
    "sender",
    [
        pytest.param(f"{BOARD} <renewals@oblpct-verify.com>", id="the-board-named-by-the-sender"),
        pytest.param("Licensing Division <renewals@oblpct-verify.com>", id="the-board-named-in-the-mail"),
    ],
)
def test_a_fake_board_on_a_domain_of_its_initials_is_a_scam(
    kindly: Kindly, tmp_path: Path, sender: str
) -> None:
    record = _to_miriam(
        kindly,
        tmp_path,
        FAKE_RENEWAL.format(board=BOARD),
        sender=sender,
        subject="License renewal - action required",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert "oblpct-verify.com" in record["reason"]


def test_the_boards_own_mail_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    # near misses: the same words from the board's own domain, and the board's mail that asks no login
    own = FAKE_RENEWAL.format(board=BOARD).replace(
        "https://oblpct-verify.com/renew", "https://oblpct.oregon.gov/renew"
    )
    record = _to_miriam(
        kindly, tmp_path, own, sender=f"{BOARD} <renewals@oblpct.oregon.gov>", subject="Renewal"
    )
    assert record["reason_code"] != "scam", record["reason"]
    news = (
        "Dear Licensee,\n\nThe Board's winter newsletter is out: new continuing education rules for 2027 and a "
        "reminder that renewals open in January. Read it at https://oblpct-news.com/winter\n\n" + BOARD + "\n"
    )
    record = _to_miriam(
        kindly, tmp_path, news, sender=f"{BOARD} <news@oblpct-news.com>", subject="Winter news"
    )
    assert record["reason_code"] != "scam", record["reason"]


# -- 6. an FYI forward of a partner's request asks nothing; a forward whose note asks is the request -------------

PARTNER_REQUEST = """{note}

---------- Forwarded message ---------
From: Dr. Alicia Moreno <amoreno@rosecityfamilymed.example>
Date: Fri, Nov 27, 2026 at 2:15 PM
Subject: Referral partners - lunch talk?
To: Jamie Lee <jamie@alderstreetcounseling.example>

Hi Jamie,

Could Miriam give a 30-minute talk on perinatal anxiety to our primary care team over lunch in January? We'd love
to start referring more of our patients to her practice.

Best,
Alicia Moreno, MD
Rose City Family Medicine
"""


def _forwarded(kindly: Kindly, tmp_path: Path, note: str) -> dict[str, Any]:
    return _to_miriam(
        kindly,
        tmp_path,
        PARTNER_REQUEST.format(note=note),
        sender="Jamie Lee <jamie@alderstreetcounseling.example>",
        subject="Fwd: Referral partners - lunch talk?",
    )


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("FYI - see below.\nJamie", id="opens-fyi"),
        # before: only a note that opened "FYI" passed the forward on (these were an ask_details and a yes)
        pytest.param("See below, FYI.\nJamie", id="ends-fyi"),
        pytest.param("Passing this along for your info.\nJamie", id="for-your-info"),
    ],
)
def test_an_fyi_forward_of_a_partners_request_asks_nothing(kindly: Kindly, tmp_path: Path, note: str) -> None:
    record = _forwarded(kindly, tmp_path, note)
    assert (record["decision"], record["intent"]) == ("ignore", "none"), record["reason"]


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Miriam - can you take this one? Alicia's team sends us a lot.\nJamie", id="asks"),
        # before: a note that opened "FYI" was read alone, asking "what would they like to discuss?"
        pytest.param("FYI - can you take this one?\nJamie", id="opens-fyi-and-asks"),
    ],
)
def test_a_forward_whose_note_asks_is_read_as_the_request(kindly: Kindly, tmp_path: Path, note: str) -> None:
    record = _forwarded(kindly, tmp_path, note)
    assert (record["decision"], record["intent"]) == ("accept", "speaking_invitation"), record["reason"]
